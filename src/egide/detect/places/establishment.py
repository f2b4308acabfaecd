"""Health establishments (ETABLISSEMENT): « CHU de Rouen », « CHU Grenoble-Alpes », « Hôpital Saint-Louis »,
« Clinique du Parc », « Centre hospitalier de Lens », « CH de Dax », « Hôpital européen Georges-Pompidou »,
« EHPAD Les Tilleuls », « GHU Paris », « Institut Curie », « Centre Léon Bérard », « AP-HP », « HOP Tenon »;
short names of well-known hospitals after a care cue (« transféré à Tenon », « urgences de Cochin »: the
list is ``data/hospital_short_names.txt``; « signe de Trousseau » stays an eponym); the acronym of the
territory's hospital alone after an article (« suivi au GHU », « hospitalisé au CHR », « le CHI »; « CHU »
and « CH » alone stay in clear: every note says « au CHU » of whichever one).

A type of establishment followed by a capitalised proper name. Generic mentions stay in clear:
« l'hôpital », « la clinique », « le service de cardiologie », « hôpital de jour », « Centre de
Référence Maladies Rares » (a name made only of generic words is no name).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer, search
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.lexicon import fold, is_common_word, is_first_name, is_surname
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES
from egide.detect.names.medicines import COMPANY_FORMS, ends_a_medicine_name, medicine_lists
from egide.detect.names.next_label import FIELD_WORDS, is_field_label
from egide.detect.names.tokens import tokenise, words
from egide.detect.places.atoms import CONNECT, LOWER, SEP, TOKEN, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.establishment_tails import extended
from egide.detect.places.kind_then_document import names_a_document
from egide.detect.places.lexicon import commune_after, load_lexicon
from egide.detect.places.not_a_place import company_before
from egide.detect.places.patients_site import named_for_its_patients
from egide.detect.places.regions import DEPARTMENT_NAMES, REGION_NAMES, REGIONS
from egide.detect.places.service_of_establishment import with_service_before
from egide.detect.places.unit_in_town import hospitals_by_town
from egide.detect.recognisers.fr.dates.atoms import accents_optional
from egide.detect.recognisers.fr.dates.base import matches_at, word_starts

_ACRONYMS = (
    r"CHU|CHRU|CHRS|CHR|CHIC|CHI|CHS|CHG|CHD|CH|GHU|GHT|GHI|GH|HIA|CLCC|SSR|USLD|EHPAD|Ehpad|EHPA|HAD|CMPP|CMP|CATTP"
    # the hospitals of the overseas collectivities, named by their own acronym before their name: the
    # territorial hospital of New Caledonia (« CHT Gaston-Bourret »), French Polynesia's (« CHPF
    # Taaone »), West Guiana's (« CHOG Franck Joly »)
    r"|CHT|CHPF|CHOG"
    # The médico-social homes where a person lives or is followed: shelters (CHRS, CADA), addiction
    # centres (CSAPA, CAARUD), homes and services for disabled adults and children (MAS, FAM, IME,
    # ITEP, ESAT, SAMSAH, SAVS, MECS), home nursing (SSIAD), rural homes (MARPA).
    r"|CADA|CSAPA|CAARUD|MAS|FAM|IME|ITEP|ESAT|SAMSAH|SAVS|MECS|SSIAD|MARPA"
    # early childhood and school-age care of disabled children (« CAMSP de Lens », « SESSAD Les
    # Hirondelles »), the health units of prisons (« USMP de Fresnes », « UCSA de Nanterre »)
    r"|CAMSP|SESSAD|USMP|UCSA"
    # Public centres where a person is screened or followed, named by their town (« CeGIDD de
    # Bobigny », « PMI de Saint-Denis », « CPEF des Lilas », « CMS de Montreuil », « CLAT 93 »).
    r"|CeGIDD|CEGIDD|PMI|CPEF|CMS|CLAT|CDAG"
    # the health centres of French Guiana's river and inland communes, run by its hospital and named by
    # their commune (« CDPS de Maripasoula », « CDPS de Saint-Georges-de-l'Oyapock »)
    r"|CDPS"
    # a department's public psychiatric hospital (« EPSM de la Marne », « EPSM Lille-Métropole »)
    r"|EPSM"
    # Where a person is cared for at the edges of the hospital and in the médico-social sector, named by
    # a town or a proper name like the homes above: rehabilitation (SMR, the name of SSR since 2023),
    # the Alzheimer units of nursing homes (« PASA de Quimperlé », « UHR Les Iris »), the secure units
    # for prisoners (UHSI, UHSA, SMPR) and for dangerous patients (UMD), forensic medicine (UMJ), and
    # the homes of disabled children (IEM, EEAP, DITEP).
    r"|SMR|PASA|UHR|UHSI|UHSA|UMD|UMJ|SMPR|IEM|EEAP|DITEP"
    # palliative care and cognitive-behavioural units (« USP de Brest », « UCC de Pontivy »), a day
    # hospital with its name (« HDJ Les Tamaris »), the memory centres (« CMRR de Lille »), the local
    # information centres of the elderly (« CLIC de Redon »), the beds and teams of the homeless and of
    # precarious psychiatry (« LHSS de Saint-Denis », « EMPP de Rennes »), the young users' addiction
    # consultations (« CJC de Quimper »)
    r"|USP|UCC|HDJ|CMRR|CLIC|LHSS|EMPP|CJC"
    # the regional establishments of the French blood service, named by their region in a blood bank's
    # letterhead (« EFS Hauts-de-France-Normandie », « EFS Bretagne », « EFS de Rennes »)
    r"|EFS"
    # the multi-professional health centres of a town or a district, named like a practice (« MSP des
    # Quatre-Routes », « MSP de Rostrenen »), and the territorial health communities (« CPTS Sud Gironde »)
    r"|MSP|CPTS"
)
# The acronyms of kinds of care structures, alone: no person's name either (names.structures).
STRUCTURE_ACRONYMS: frozenset[str] = frozenset(a for a in _ACRONYMS.split("|") if len(a) >= 3 and a.isupper())
# The kinds of practice (« cabinet … »), by what must come before their own name (the speciality in
# any case: a letterhead capitalises it, « Cabinet de Cardiologie Pasteur »):
_PRACTICE_KINDS = {
    # a speciality that says a place of care: its name follows at once or after its link (« Cabinet
    # d'échographie Mistral », « cabinet de cardiologie du Parc »)
    "named": r"d['’][ \t]*(?:échographie|ophtalmologie|orthophonie|ostéopathie|orthoptie)"
    r"|de[ \t]+(?:sénologie|cardiologie|gynécologie|dermatologie|pédiatrie|rhumatologie|pneumologie"
    r"|gastro-entérologie|neurologie|kinésithérapie|podologie|psychiatrie|psychologie|groupe|sages?-femmes?)",
    # a profession, or a speciality told by its ending only: a link and a place must follow (« cabinet
    # infirmier des Tilleuls »), and a town after « de » is the town's (« cabinet infirmier de Rostrenen »,
    # found as a town; « du Léon », « des Tilleuls »: a district or a house, the practice's own name)
    "linked": r"(?:(?:de|d['’])[ \t]*)?(?:[\w-]*(?:logie|iatrie|thérapie|pédie|graphie)|médical|infirmier"
    r"|paramédical|dentaire|sages?-femmes?|kinés?|orthophonie|ostéopathie|podologie)",
}
# The imaging and pathology practices, kinds of their own whatever follows them.
_SPECIALISED_PRACTICE = r"d['’][ \t]*(?:imagerie|anatom)|de[ \t]+(?:radiologie|(?:cyto)?pathologie)"
# Types that always mean an establishment, in any case (« hôpital Saint-Louis », « Clinique du Parc »).
_TYPES = accents_optional(
    r"(?i:centre[ \t]+hospitalier(?:[ \t]+(?:universitaire|régional|intercommunal|spécialisé|général|"
    r"départemental))*|groupe(?:ment)?[ \t]+hospitalier(?:[ \t]+(?:universitaire|de[ \t]+territoire))?|"
    r"hôpitaux|hôpital|hopital|hospices?(?:[ \t]+civils)?|polyclinique|clinique|maternité"
    # Belgium's university hospitals, plural (« Cliniques universitaires Saint-Luc »)
    r"|cliniques[ \t]+universitaires"
    # the two words OCR'd, an « l » read as a « 1 », an « I » as an « l » (« hôpita1 de Pontivy »,
    # « CLlNlQUE SAlNT-PAUL », a scanned page)
    r"|hôpita1|cl[il1]n[il1]que"
    # (an « O » read as a zero: « H0PITAUX UNIVERSITAIRES DE STRASB0URG », « H0PITAL NORD »)
    r"|h0pitaux|h0pital"
    # a psychiatric hospital named by its town (« centre psychothérapique de Nancy »); a hospital in a
    # letter from abroad (« hospital de Perpignan »,
    # « Hospital São João »: the word is English, Spanish and Portuguese, never French)
    r"|centre[ \t]+psychothérapique|hospital"
    # an imaging or radiology practice named after its place (« centre d'imagerie Les Cèdres »), a
    # practice named by its speciality then its own name (« Cabinet d'échographie Mistral », « cabinet
    # de cardiologie du Parc »): the speciality says a place of care (« cabinet médical de Rostrenen »,
    # « cabinet infirmier … » stay the town's: a practice of every town)
    r"|(?:centre|cabinet)[ \t]+(?:d['’][ \t]*imagerie(?:[ \t]+médicale)?|de[ \t]+radiologie)"
    rf"|cabinet[ \t]+(?:{_PRACTICE_KINDS['named']})"
    # a practice named by its speciality or its profession, then by its place with its link (« Cabinet de
    # Cardiologie du Parc », « cabinet infirmier des Tilleuls », « Cabinet Sage-femmes du Léon »): the
    # link is required, « cabinet médical Dupont » names a person (imaging and pathology practices are
    # kinds of their own, above and below)
    rf"|(?P<linked_practice>cabinet[ \t]+(?!{_SPECIALISED_PRACTICE})(?:{_PRACTICE_KINDS['linked']}))"
    # (the link in lower case: « cabinet médical Dupont » is no « du »)
    r"(?=[ \t]+(?-i:du|des|de|d['’]))"
    # a dialysis centre, a department's public mental-health hospital, a home-hospitalisation service,
    # each written out in a letterhead (« Centre de dialyse de la Côte Basque », « Établissement public
    # de santé mentale de la Marne », « Hospitalisation à domicile du Nord Alsace »)
    # (or by its speciality, as the private dialysis structures name themselves: « Centre de néphrologie de
    # la Plaine »)
    r"|centre[ \t]+(?:de[ \t]+(?:dialyse|néphrologie)|d['’][ \t]*(?:hémo)?dialyse|d['’][ \t]*autodialyse)"
    # a radiotherapy or cancer centre named by its town or its own name (« Centre de radiothérapie de
    # Belfort », « centre d'oncologie et de radiothérapie du Parc », « centre de cancérologie Les Dentellières »)
    r"|centre[ \t]+(?:de[ \t]+(?:radiothérapie|cancérologie|radio-?oncologie)(?:[ \t]+et[ \t]+d['’][ \t]*oncologie)?"
    r"|d['’][ \t]*oncologie(?:[ \t]+et[ \t]+de[ \t]+radiothérapie)?)"
    r"|établissement[ \t]+public[ \t]+de[ \t]+santé(?:[ \t]+mentale)?"
    r"|hospitalisation[ \t]+à[ \t]+domicile"
    # where a deceased patient lies, named after its hospital or its town as a place of its own
    # (« Chambre mortuaire du CH de Vichy », « chambre funéraire de Montluçon », « funérarium de Riom »)
    r"|chambre[ \t]+(?:mortuaire|funéraire)|funérarium"
    # the médico-social homes of ``_ACRONYMS`` written out (« Foyer d'accueil médicalisé « Le Clos
    # Saint-Martin » », « maison d'accueil spécialisée Les Genêts », « foyer de vie L'Arche »)
    r"|foyer[ \t]+d['’][ \t]*accueil[ \t]+médicalisé|foyer[ \t]+de[ \t]+vie|foyer[ \t]+d['’][ \t]*hébergement"
    r"|maison[ \t]+d['’][ \t]*accueil[ \t]+spécialisée|institut[ \t]+médico-(?:éducatif|professionnel)"
    r"|maison[ \t]+d['’][ \t]*enfants[ \t]+à[ \t]+caractère[ \t]+social|résidence[ \t]+autonomie"
    r"|centre[ \t]+d['’][ \t]*hébergement[ \t]+et[ \t]+de[ \t]+réinsertion[ \t]+sociale"
    r"|centre[ \t]+d['’][ \t]*accueil[ \t]+de[ \t]+demandeurs[ \t]+d['’][ \t]*asile"
    r"|établissement[ \t]+d['’][ \t]*hébergement[ \t]+pour[ \t]+personnes[ \t]+âgées(?:[ \t]+dépendantes)?"
    # Where a person studies or is held, named as precisely as a hospital: « collège Jean-Moulin »,
    # « lycée Victor-Hugo », « école Jules-Ferry », « maison d'arrêt de Fleury-Mérogis », « centre
    # pénitentiaire de Rennes-Vezin ».
    r"|collège|lycée|école(?:[ \t]+(?:primaire|maternelle|élémentaire))?|maison[ \t]+d['’]arrêt"
    # the school's kind without « école », as a form's field gives it (« École : maternelle Jules-Ferry »,
    # « groupe scolaire : élémentaire Paul-Bert »)
    r"|maternelle|élémentaire|groupe[ \t]+scolaire"
    r"|centre[ \t]+(?:pénitentiaire|de[ \t]+détention)|maison[ \t]+centrale"
    # Where a patient stays after a hospital, typed in lower case inside a sentence as often as in a
    # letterhead (« séjour au centre de rééducation de Kerpape », « maison de convalescence Les
    # Pins »): the type says a place of care; a capitalised proper name must still follow.
    r"|centre[ \t]+de[ \t]+(?:rééducation|réadaptation)(?:[ \t]+fonctionnelle)?"
    # (« centre de soins de suite de Pen-Bron », « centre de soins de suite et de réadaptation Les
    # Tilleuls », « maison de soins de suite », « centre de cure médicale », « centre de
    # convalescence »: the older names of the SMR, written out)
    r"|(?:centre|maison|établissement)[ \t]+de[ \t]+soins[ \t]+de[ \t]+suite"
    r"(?:[ \t]+et[ \t]+de[ \t]+réadaptation(?:[ \t]+fonctionnelle)?)?(?:[ \t]+(?:spécialisés?|polyvalents?))?"
    r"|centre[ \t]+de[ \t]+(?:cure[ \t]+médicale|soins[ \t]+médicaux[ \t]+et[ \t]+de[ \t]+réadaptation)"
    r"|(?:centre|maison)[ \t]+de[ \t]+(?:convalescence|post-?cure|repos)|maison[ \t]+de[ \t]+retraite"
    # an addiction unit's stay named alone, as letters after a withdrawal write it (« sortie vers la
    # postcure de La Musse »)
    r"|post-?cure"
    # a pathology practice or laboratory, where a specimen is sent (« cabinet d'anatomie et de
    # cytologie pathologiques du Parc », « laboratoire d'anatomopathologie Les Feuillants »)
    r"|(?:cabinet|centre|laboratoire|institut)[ \t]+(?:d['’][ \t]*anatomie(?:[ \t]+et[ \t]+(?:de[ \t]+)?cytologie)?"
    r"[ \t]+pathologiques?|d['’][ \t]*anatomo-?(?:cyto-?)?pathologie|de[ \t]+(?:cyto)?pathologie)"
    # The médico-social and hospital kinds written out that the homes above leave out (« centre
    # médico-psychologique de Dinan », « unité d'hébergement renforcé Les Iris », « service de soins
    # infirmiers à domicile du Pays de Fougères », « institut d'éducation motrice de Flavigny »).
    r"|centre[ \t]+médico-psycho(?:logique|-?pédagogique)|institut[ \t]+d['’][ \t]*éducation[ \t]+motrice"
    r"|unité[ \t]+d['’][ \t]*hébergement[ \t]+renforcé|pôle[ \t]+d['’][ \t]*activités[ \t]+et[ \t]+de[ \t]+soins[ \t]+adaptés"
    r"|unité[ \t]+de[ \t]+soins[ \t]+de[ \t]+longue[ \t]+durée|service[ \t]+de[ \t]+soins[ \t]+infirmiers[ \t]+à[ \t]+domicile"
    r"|établissement[ \t]+et[ \t]+service[ \t]+d['’][ \t]*aide[ \t]+par[ \t]+le[ \t]+travail"
    # The care structures of a town named by it (« Maison des adolescents de Besançon », « maison des
    # femmes de Saint-Denis », « maison de naissance de Nancy », « maison de santé pluriprofessionnelle
    # de Rostrenen »): where a patient is followed, as a CMP of its town.
    r"|maison[ \t]+des[ \t]+(?:adolescents|femmes)|maison[ \t]+de[ \t]+naissance"
    r"|maison[ \t]+de[ \t]+santé(?:[ \t]+pluri-?professionnelle)?"
    # a health centre by its older name, the one French Polynesia and the overseas keep (« dispensaire de
    # Taravao », « dispensaire de Faaa »)
    r"|dispensaire)"
)
# Types that are also ordinary words (« au centre de Lyon »): only capitalised.
_CAPITALISED_TYPES = accents_optional(
    # (a medical centre national or of reference: « Centre médical national de Bligny », « Centre médical de
    # référence de Mamoudzou », the health centres of Mayotte's villages)
    r"(?:Centre|CENTRE)[ \t]+(?i:médical(?:[ \t]+(?:national|de[ \t]+référence))?|de[ \t]+(?:rééducation|réadaptation|soins|santé|lutte[ \t]+contre"
    r"[ \t]+le[ \t]+cancer))|Centre|CENTRE[ \t]+HOSPITALIER|HÔPITAL|HOPITAL|CLINIQUE|Institut|INSTITUT|"
    r"HOP\.?|Hop\.|HÔP\.?|Hôp\.|Fondation|Médipôle|Médipole|MÉDIPÔLE|"
    # the deaconesses' hospitals of Alsace and their sites, named after the order then the site
    # (« Diaconat-Fonderie », « Diaconat Roosevelt », « Clinique des Diaconesses » is read as a clinic)
    r"Diaconat|DIACONAT|"
    # a pharmacy named in its header or on a ticket (« Pharmacie Centrale de Guebwiller », « PHARMACIE
    # DU MARCHÉ »): where a patient's medicines are dispensed, as a laboratory is where blood is taken;
    # capitalised only (« la pharmacie de garde »)
    r"Pharmacie(?:[ \t]+(?:Centrale|Principale|Nouvelle|Moderne))?|PHARMACIE(?:[ \t]+(?:CENTRALE|PRINCIPALE|NOUVELLE|MODERNE))?|"
    # a hospital's acronym typed with its dots (« C.H. de Vichy », « C.H.U. de Rouen », an OCR'd letterhead)
    r"C\.H\.(?:[URIS]\.){0,2}|G\.H\.(?:U\.)?|"
    # an imaging practice named by its place (« Imagerie Médicale du Pays Basque », « Imagerie du Mail »)
    r"Imagerie(?:[ \t]+[Mm]édicale)?|IMAGERIE(?:[ \t]+MÉDICALE)?"
    # a home by its own place name, « Maison » capitalised then its link (« Maison de la Chênaie », « Maison
    # du Parc », « Maison des Sources »): where a person stays for respite or a cure, a home of its own;
    # a name of generic words stays in clear as after any type (« Maison de la Santé »)
    # (the kinds of « maison des … » a town has, named by whom they receive, are the types above, their
    # town required: « Maison des Adolescents » alone is no home's name)
    r"|Maison(?=[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des)[ \t]*[A-ZÀ-Þ])"
    r"(?![ \t]+des[ \t]+(?i:adolescents|femmes|usagers|associations|solidarités|aidants|familles|parents))|"
    r"Maison[ \t]+de[ \t]+[Ss]anté|Maison[ \t]+[Mm]édicale|Maison[ \t]+de[ \t]+[Rr]etraite|Pôle[ \t]+de[ \t]+[Ss]anté"
)
_ADJECTIVES = accents_optional(
    r"(?:privé|privée|public|publique|européen|universitaire|général|local|intercommunal|départemental|"
    r"régional|militaire|américain|franco-britannique|mutualiste|pédiatrique|psychiatrique|gériatrique|"
    r"d'instruction[ \t]+des[ \t]+armées|d['’]instruction[ \t]+des[ \t]+armées|spécialisé|médical|"
    r"hospitalier|universitaire"
    # a hospital shared by two countries (« hôpital transfrontalier de Cerdagne »)
    r"|transfrontalier|transfrontière"
    # a hospital named by its setting or its history (« Hôpital marin d'Hendaye », « hôpital maritime de
    # Berck », « centre héliomarin de Roscoff », « hôpital thermal d'Amélie », « hôpital rural de Lannion »,
    # « hôpital cantonal de Genève », « hôpital gérontologique de Lyon »)
    r"|marin|maritime|héliomarin|hélio-marin|thermal|rural|cantonal|communal|gérontologique"
    # a speciality's centre or clinic (« Centre ophtalmologique des Capucins », « Clinique dentaire du Lac »)
    r"|ophtalmologique|dentaire|cardiologique|oncologique|neurologique|orthopédique|chirurgical|chirurgicale"
    r"|radiologique|gynécologique|dermatologique"
    # the public a psychiatric or médico-social unit receives (« CMP adultes de Vénissieux », « CMP
    # infanto-juvénile de Brest », « CATTP adolescents Les Tilleuls »)
    r"|adultes|enfants|adolescents|infanto-juvénile|infanto-juvéniles"
    # the plural of a group of hospitals and the public they serve, written between the kind and its town
    # (« Hôpitaux universitaires de Strasbourg », « Hôpitaux civils de Colmar », « Hôpital d'enfants de
    # Brabois »): generic words, the town or the site still required after them
    r"|universitaires|civils|d['’][ \t]*enfants)"
)
# A hospital or a centre that receives by day or by night (« Hôpital de jour de Lanmary », « centre de
# jour Les Glycines », « Hôpital de nuit »): generic alone, a place once its proper name follows.
_PART_TIME = r"(?:de[ \t]+(?:jour|nuit|semaine))"
# The kind of care a clinic, a hospital or a home gives, said between its type and its own name (« Clinique
# de rééducation Les Grands Pins », « Hôpital de soins de suite Le Montet », « Clinique du sport de
# Bordeaux-Mérignac », « Maison de santé mentale La Roseraie »): generic words, the name still required
# after them (« la clinique de rééducation » alone stays in clear).
_CARE_KIND = accents_optional(
    r"(?i:(?:de|d['’])[ \t]*(?:rééducation(?:[ \t]+fonctionnelle)?|réadaptation(?:[ \t]+fonctionnelle)?"
    r"|soins[ \t]+de[ \t]+suite(?:[ \t]+et[ \t]+de[ \t]+réadaptation)?|soins[ \t]+palliatifs|convalescence|repos"
    r"|santé[ \t]+mentale|psychiatrie|gériatrie|pédiatrie|addictologie|orthopédie|cardiologie|pneumologie"
    r"|oncologie|cancérologie|néphrologie|dialyse|chirurgie(?:[ \t]+ambulatoire)?|ophtalmologie"
    r"|médecine[ \t]+physique)"
    r"|du[ \t]+(?:sport|souffle|dos|sommeil)|de[ \t]+la[ \t]+(?:main|mère[ \t]+et[ \t]+de[ \t]+l['’]enfant))"
)
_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|la|le|les|l['’]|La|Le|Les|L['’])"
# Between the words of a name, the place names' joints and « de la », « de l' » (« EHPAD Les Jardins de
# la Vallée », « Résidence du Parc de l'Orangerie »): a home is named after a place with its article.
# (and Breton's article between two capitalised words, as a clinic of Finistère is named after its place:
# « Clinique Pen an Dalar », « Résidence Ker ar Mor »)
_JOINT = rf"(?:{CONNECT}|{SEP}(?:de|DE){SEP}(?:(?:la|LA){SEP}|[lL]['’])|[ \t]+(?:an|ar)[ \t]+(?=[{UPPER}]))"
_NAME = rf"{TOKEN}(?:{_JOINT}{TOKEN}){{0,5}}"

ESTABLISHMENT = re.compile(
    rf"""
    (?<![\w])
    (?P<type> {_ACRONYMS} | {_TYPES} | {_CAPITALISED_TYPES} )
    (?: [ \t]+ (?P<part_time>{_PART_TIME}) )?   # « Hôpital de jour gériatrique de Lanmary »: a day hospital
    (?: [ \t]+ (?P<care_kind>{_CARE_KIND}) (?=[ \t]+(?:{_LINK}[ \t]*)?[{UPPER}]) )?   # « Clinique de rééducation Les Pins »
    (?: [ \t]+ {_ADJECTIVES} ){{0,2}}
    (?: [ \t]* [-–] [ \t]* | [ \t]+
        | (?<=[A-Z]) _ (?=[A-Z])   # « CHU_RENNES »: an HL7 facility or assigning authority, glued
        | (?P<field> [ \t]* : [ \t]* )   # « EHPAD : Les Tilleuls   Ville : … »: a form's field
        # (or the field of where the patient comes from: « FAM d'origine : Les Tamaris »)
        | [ \t]+ (?:d['’][ \t]*origine|de[ \t]+provenance|de[ \t]+r[ée]sidence|d['’][ \t]*accueil)
          [ \t]* : [ \t]* )
    (?: [«"“] [ \t]* )?   # « EHPAD « Les Tilleuls » »: a quoted name
    (?: {_LINK} (?:[ \t]+|(?<=['’])) )?
    (?P<name> {_NAME} )
    | (?<![\w\-]) (?P<group> AP-HP | APHP | AP-HM | APHM | HCL | Hospices[ \t]+Civils[ \t]+de[ \t]+Lyon
        # the two public-assistance groups written out (« Assistance Publique – Hôpitaux de Paris »,
        # « ASSISTANCE PUBLIQUE — HÔPITAUX DE MARSEILLE »)
        # (or with a space only between the two parts, as a letterhead in capitals lays them: « ASSISTANCE
        # PUBLIQUE HÔPITAUX DE MARSEILLE »)
        | (?i:assistance[ \t]+publique(?:[ \t]*[-–—][ \t]*|[ \t]+)h[ôo]pitaux[ \t]+de[ \t]+(?:paris|marseille)) ) (?![\w\-])
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
_SCHOOL = re.compile(r"(?i:coll[èe]ge|[ée]cole)")
# A school's kind without « école »: its name follows it directly (« maternelle Jules-Ferry »), never
# after « de » (« transmission maternelle de Tetrathyridia » is an adjective's complement).
_SCHOOL_KIND = re.compile(r"(?i:maternelle|[ée]l[ée]mentaire)")
_OF = re.compile(r"(?i:\bde\b|\bd['’]|\bdu\b|\bdes\b)")
# What a learned society or a national school is called after « Collège » or « École ».
_LEARNED = frozenset(
    {"national", "nationale", "français", "française", "francais", "francaise", "européen", "européenne",
     "international", "internationale", "royal", "royale", "supérieur", "supérieure", "normale", "pratique",
     "hautes", "nationales", "doctorale", "universitaire"}
)  # fmt: skip
_TITLES = frozenset({"dr", "pr", "docteur", "professeur", "m", "mme", "mlle", "mr", "madame", "monsieur"})
# Titles that open no establishment's name (« Clinique du Docteur Schweitzer » may be one).
_PERSON_TITLES = frozenset({"m", "mme", "mlle", "mr", "madame", "monsieur", "mademoiselle"})
# A letter's salutation, which no hospital is called (« suivie au CMP ⏎ Madame, je vous adresse »:
# the second reading joins the lines).
_SALUTATIONS = frozenset(
    {"madame", "monsieur", "mesdames", "messieurs", "mademoiselle", "cher", "chère", "chers"}
)
# What cannot open an establishment's name: a person's title or a salutation.
_OPENS_NO_NAME = _PERSON_TITLES | _SALUTATIONS
_WORD = re.compile(r"\b\w")
# Every type word, on the lower-cased text, followed by a non-letter.
_PREFILTER = re.compile(
    # grouped by first letter: a trie by hand, several times faster for ``re`` than a flat alternation
    r"[^a-zà-ÿ0-9_](?:c(?:\.h\.(?:[a-z]\.){0,2}|hu|hru|hr|hic|hi|hs|hg|hd|ht|hpf|hog|h|lcc|lat|lic|mpp|mp|mrr|ms|attp|amsp|entre|l[il1]n[il1]ques?|abinet|egidd|pef|dag|dps|jc|pts)|g(?:\.h\.(?:u\.)?|hu|ht|hi|h|roupement|roupe)|efs"
    r"|h(?:ia|ad|dj|ôpitaux|[o0]pitaux|[ôo0]pita[l1]|ospital|ospices|ospice|cl|op|ôp)|ssr|usld|ehpad|p(?:olyclinique|ôle|ole|mi|harmacie)|institut|fondation"
    r"|m(?:aternité|aternite|aison|as|ecs|arpa|édipôle|édipole|sp)|a(?:p-hp|php|p-hm|phm)|c(?:hrs|ada|sapa|aarud)|fam|i(?:me|tep)|esat|dispensaire"
    r"|foyer|résidence|residence|chambre|funérarium|funerarium|diaconat"
    r"|s(?:amsah|avs|siad|essad|mr|mpr|ervice)|u(?:smp|sp|csa|cc|hr|hsi|hsa|md|mj|nité|nite)|ehpa|coll(?:ège|ege)|lyc(?:ée|ee)|école|ecole"
    r"|epsm|établissement|etablissement|hospitalisation|imagerie|assistance|laboratoire"
    r"|pasa|iem|eeap|ditep|lhss|empp|maternelle|élémentaire|elementaire|post-?cure)(?![a-zà-ÿ])"
)

# The link words a site's name keeps in lower case between its capitalised words.
_LINK_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "en", "sur"})


def _listed() -> dict[str, tuple[bool, bool]]:
    """The names of ``data/hospital_short_names.txt``, each with whether it is an establishment alone
    (« alone ») and whether it may be read in lower case after a cue (not « capitals »): a name listed
    twice takes the laxer of its lines."""
    text = (resources.files("egide.detect.places") / "data" / "hospital_short_names.txt").read_text("utf-8")
    listed: dict[str, tuple[bool, bool]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, tail = line.partition("|")
        tags = {t.strip() for t in tail.split(",")}
        alone, lower = listed.get(name.strip(), (False, False))
        listed[name.strip()] = (alone or "alone" in tags, lower or "capitals" not in tags)
    return listed


_LISTED = _listed()
# The acronyms of the list (« GHER », « CHOG », « AURAL », « HUS »): read as a hospital where a place is
# said (:func:`_an_acronyms_place`), which a word or a unit in capitals seldom is.
_LISTED_ACRONYMS = frozenset(
    n for n in _LISTED if len(n) >= 3 and n.replace("-", "").isalpha() and n.isupper()
)
# (read by ``acronym_beside_unit``: a site's acronym after its hospital's, « HUS HTP »)
LISTED_ACRONYMS = _LISTED_ACRONYMS
# Hospitals that everyone names without « hôpital » (« suivie à Necker », « transféré à la Pitié-Salpêtrière »,
# « transfert Carémeau »): only names that are not also eponyms, streets or common surnames (« Cochin »,
# « Tenon », « Trousseau », « Bichat » want a care cue: « signe de Trousseau », « boule de Bichat »).
_FAMOUS_NAMES = tuple(sorted(n for n, (alone, _) in _LISTED.items() if alone))
# Plain literals first: ``re`` skips ahead on their first letters; the boundary before is checked in code.
# (in capitals too: « À BICÊTRE », « TRANSFÉRÉ À LARIBOISIÈRE » in a text typed so)
FAMOUS = re.compile(
    "(?:"
    + "|".join(
        re.escape(n) for n in sorted({*_FAMOUS_NAMES, *map(str.upper, _FAMOUS_NAMES)}, key=len, reverse=True)
    )
    + r")(?![\w-])"
)


def _variants(names: Iterable[str]) -> set[str]:
    """``names`` as notes type them: with spaces for their hyphens, « Saint » as « St »."""
    names = set(names)
    # a name of capitalised words typed with spaces for its hyphens (« Cavale Blanche », « Robert Debré »)
    names |= {n.replace("-", " ") for n in names if "-" in n and all(p[:1].isupper() for p in n.split("-"))}
    # and one whose link word stays in lower case (« suivi à Arnaud de Villeneuve », « Gui de Chauliac »)
    names |= {
        n.replace("-", " ")
        for n in names
        if "-" in n
        and all(p[:1].isupper() or p in _LINK_WORDS for p in n.split("-"))
        and n.split("-")[-1][:1].isupper()
    }
    # « Saint » abbreviated, with a hyphen or a space (« St-Joseph », « st joseph »)
    names |= {
        abbreviation + sep + n.split("-", 1)[1]
        for n in names
        if n.startswith(("Saint-", "Sainte-"))
        for abbreviation in (("St",) if n.startswith("Saint-") else ("Ste",))
        for sep in ("-", " ")
    }
    return names


def _short_names() -> tuple[str, ...]:
    names = _variants(_LISTED)
    return tuple(sorted(names | {n.upper() for n in names}, key=len, reverse=True))


def _lower_short_names() -> tuple[str, ...]:
    """The short names typed in a hurry, in lower case (« elle est a mondor », « urg de st joseph »),
    and the famous ones (« suivie à necker », « vers lariboisière »: in lower case they want the same
    cue as the others): not the names that are also words in lower case, nor those listed in capitals
    only (« HCL », « Bon Sauveur »)."""
    # (a name of two words or more is kept whatever its words: « a croix rousse », « vers lyon sud »,
    # the cue before it required as for the others; words common alone seldom make such a pair)
    names = {
        n.lower()
        for n in _variants(n for n, (_, lower) in _LISTED.items() if lower)
        if len(re.split(r"[- ]", n)) > 1 or not is_common_word(n.lower())
    }
    # typed without their accents too (« transfert prévu à st eloi », « vers beclere »)
    bare = {_without_accents(n) for n in names}
    names |= {n for n in bare if len(re.split(r"[- ]", n)) > 1 or not is_common_word(n)}
    return tuple(sorted(names, key=len, reverse=True))


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def pair_key(name: str) -> str:
    """A site's words as :func:`capitals_only_pairs` keys them: lower case, no accents, a hyphen or a tab
    read as a space (« Bel-Air », « bél air » → « bel air »)."""
    return _without_accents(name.lower()).replace("-", " ").replace("\t", " ")


def capitals_only_pairs() -> frozenset[str]:
    """The listed names of two words or more that the list wants as written (« Bel-Air », « Beau
    Soleil »), keyed by :func:`pair_key`: typed so, they want a stronger cue than a word does
    (``site_in_lower_case_after_emergency``)."""
    names = {
        pair_key(n)
        for n, (_, lower) in _LISTED.items()
        if not lower and len(re.split(r"[- ]", n)) > 1 and not n.isupper()
    }
    return frozenset(n for n in names if not n.startswith(("chi ", "hopital ", "nouvel ")))


# The short names, as written or in capitals; the boundary before is checked in code.
def _grouped(names: tuple[str, ...]) -> str:
    """An alternation grouped by first letter (« T(?:enon|rousseau) »): ``re`` tries one branch per
    position instead of every name, several times faster than a flat alternation."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(
        re.escape(first) + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")"
        for first, rest in sorted(by_first.items())
    )


# (tried only at the words whose folded key opens a listed name: :func:`_name_starts`, never over a text)
SHORT_NAME = re.compile("(?:" + _grouped(_short_names()) + r")(?![\w-])")
LOWER_SHORT_NAME = re.compile("(?:" + _grouped(_lower_short_names()) + r")(?![\w-])")

# The articles a name may open with (« La Timone », « Le Vinatier »): such a name is looked up by its
# next word, the only one that says which, and tried from the article before it.
_ARTICLE_KEYS = frozenset({"la", "le", "les", "l'"})


def _keys(names: Iterable[str]) -> frozenset[str]:
    """The folded words the engine's tokens give for the first word of each name (its second when the
    first is an article): « Pitié-Salpêtrière » → « pitie-salpetriere », « St Jo » → « st »."""
    keys = set()
    for name in names:
        first, *rest = [t.key for t in tokenise(name)]
        keys.add(rest[0] if rest and first in _ARTICLE_KEYS else first)
    return frozenset(keys)


_FAMOUS_KEYS = _keys(_FAMOUS_NAMES)
_SHORT_KEYS = _keys(_short_names())
_LOWER_KEYS = _keys(_lower_short_names())
_ANY_KEY = _FAMOUS_KEYS | _SHORT_KEYS | _LOWER_KEYS


_PIECE = re.compile("[^'’\r\n]+")
_HYPHEN = re.compile("-(?=[A-ZÀ-Þ])")


def _add(
    text: str, key: str, starts: list[int], famous: list[int], short: list[int], lower: list[int]
) -> None:
    """``starts`` of a word whose key is ``key``, added to the lists of the names that key opens."""
    for start in starts:
        if key in _FAMOUS_KEYS:
            famous.append(start)
        if key in _SHORT_KEYS:
            short.append(start)
        if key in _LOWER_KEYS and not (start and (text[start - 1].isalnum() or text[start - 1] in "-_")):
            lower.append(start)


def _name_starts(doc: Document) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Where a famous name, a short name and a short name in lower case after a character that is no
    letter, digit, « _ » or « - » may start: the words of the text (the names' reader's tokens, read
    once per document) whose folded key opens a listed name, and the article before such a word; a
    set lookup per word instead of a scan of the text for some 2,300 names. The same in both readings
    of a text (:meth:`Document.shared_by_readings`: a word holds no white space, and the names'
    patterns, tried at these words only, read a line break inside a name in the second reading)."""
    text = doc.text
    famous: list[int] = []
    short: list[int] = []
    lower: list[int] = []
    article: int | None = None  # where an article right before the word starts (« la Timone »)
    for token in doc.shared(words):
        key, before, article = token.key, article, None
        if key in _ANY_KEY:
            _add(text, key, [token.start] if before is None else [before, token.start], famous, short, lower)
        elif key in _ARTICLE_KEYS:
            article = token.start
        elif "'" in key or "\n" in token.text:
            # a word the tokens keep whole with apostrophes inside (« HEGP'S », « x'Tenon ») or cut at a
            # line's end (« LAGACHE-⏎DIACONESSES », one word in the text as written, two in its second
            # reading): each of its pieces where it starts, the last one perhaps the article of the next
            # word (« x'La Timone »)
            for piece in _PIECE.finditer(token.text):
                key = fold(piece.group().rstrip("-"))
                at = token.start + piece.start()
                if key in _ANY_KEY:
                    _add(text, key, [at] if before is None else [before, at], famous, short, lower)
                before = article = at if key in _ARTICLE_KEYS else None
        elif "-" in key and token.text[:1].isupper():
            # a site hyphenated to its town (« Strasbourg-Hautepierre », « Lyon-Croix-Rousse »): each part
            # after a hyphen where it starts (:func:`_town_glued_before` reads the town)
            for hyphen in _HYPHEN.finditer(token.text):
                at = hyphen.end()
                if fold(token.text[at:]) in _FAMOUS_KEYS:
                    famous.append(token.start + at)
        if token.gap_after.strip():
            article = None
    return tuple(famous), tuple(short), tuple(lower)


# (read by the letterhead chain too, from the same cache: ``doc.shared_by_readings(name_starts)``)
name_starts = _name_starts


# A care cue right before a short name: « à », « vers », « HOP », « site », « AP-HP », « à la », « CHU ».
_SHORT_CUE_BEFORE = re.compile(
    # (in any case: « À LA PITIÉ », « À BICÊTRE » in a text typed in capitals)
    # (« au » too: « prévue au Carémeau », « admise au Pellegrin », the « CHU » or « site » left out)
    # (« aux » before the plural acronym of a university hospital's sites: « suivi aux HUS », « aux HCL »)
    r"(?<![\w])(?:(?:(?i:à|a|au|aux|vers|depuis|site)|HOP\.?|Hop\.|HÔP\.?|Hôp\.|hôp\.|AP-HP|APHP|CHU|GH"
    # (a public psychiatric hospital's status before its name: « EPS Maison-Blanche », « EPSM Esquirol »)
    r"|EPSM?)[ \t]+"
    # where a patient left or came from (« elle est sortie de la Timone mardi », « il sort de Bichat »,
    # « revenu de la Pitié », « en provenance de Purpan »)
    r"|(?i:sortie?s?|sort|sortent|revenue?s?|revient|transférée?s?|venant|provenance"
    # (the other moves a team's note says of a patient brought back: « remonté de la timone », « rentrée
    # de Purpan », « retour de Bichat », « ramené de Necker »)
    r"|remontée?s?|redescendue?s?|rentrée?s?|retour|ramenée?s?|rapatriée?s?)[ \t]+"
    r"(?i:de[ \t]+|du[ \t]+|d['’][ \t]*)"
    # the arrow of a transport list or a planning, from where to where (« Ivry → Pitié consult neuro »,
    # « domicile -> Mondor »): where the patient is taken
    r"|(?:→|->|=>|⇒)[ \t]*)"
    # (« le » too before a name whose article is its own: « transfert vers le Vinatier »)
    r"(?:(?i:la|le|l['’])[ \t]*)?$"
)
# A public psychiatric hospital's status right before its short name, part of its name.
_STATUS_BEFORE = re.compile(r"(?<![\w\-])EPSM?[ \t]+$")
# A year or a day and month, then a bracket that holds the short name alone: where the event of a history
# took place (« SEP diagnostiquée 2019 (Bretonneau) », « PTH G 03/2021 (Cochin) »).
_DATED_BRACKET_BEFORE = re.compile(
    r"(?<![\w/.])(?:(?:19|20)[0-9]{2}|[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?)[ \t]*\($"
)
# A practitioner's title and surname, then a comma: where he works may follow (« Dr Dubrana, Cavale
# Blanche », « Pr Lenoir, Purpan »).
_DOCTOR_BEFORE = re.compile(
    r"(?<![\w])(?:Dr|Pr|Docteur|Professeur)\.?[ \t]+[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+)?[ \t]*,[ \t]*$"
)
# « urgences de Cochin », « réanimation de Bichat », « service de cardiologie de Tenon », « maternité de
# Port-Royal »: « de » after a unit or a speciality (« signe de Trousseau » has neither).
# A stay in a hospital, then « à » or « au » (« hospitalisé à », « opérée au », « évacué à »).
_STAY_AT_BEFORE = re.compile(
    r"(?<![\w])(?i:hospitalis[ée]e?s?|transf[ée]r[ée]e?s?|admise?s?|[ée]vacu[ée]e?s?|op[ée]r[ée]e?s?"
    r"|soign[ée]e?s?|accouch[ée]e?s?|dialys[ée]e?s?|suivie?s?|revue?s?)[ \t]+(?:à|a|au)[ \t]+$"
)
# A first name and a surname joined by a hyphen, the way a hospital named after a person is written.
_FIRST_DASH_SURNAME = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+)-(?P<last>[A-ZÀ-Þ][a-zà-ÿ]{2,})(?![\w-])"
)
_DASH_THEN_SURNAME = re.compile(r"-[A-ZÀ-Þ][a-zà-ÿ]{2,}(?![\w-])")
_SHORT_UNIT_BEFORE = re.compile(
    r"(?i:urgences|urg|sau|service|réanimation|réa|maternité|consultations?|hospitalisation|équipe|unité|pôle|"
    r"smur|bloc|[\w-]*(?:logie|iatrie|urgie|atrique))[ \t]+(?:de|du|d['’])[ \t]*(?:la[ \t]+|l['’])?$"
    # (an emergency or a maternity unit with its kind, « de » left out as a letterhead does: « Urgences
    # pédiatriques Clocheville », « SAU adultes de Trousseau », « réanimation néonatale Port-Royal »)
    r"|(?i:urgences|urg|sau|réanimation|réa|maternité)[ \t]+(?:p[ée]diatriques?|adultes?|gyn[ée]co\w*"
    r"|obst[ée]tricales?|n[ée]onatales?|m[ée]dicales?|chirurgicales?|polyvalentes?)"
    r"[ \t]+(?:(?:de|du|d['’])[ \t]*(?:la[ \t]+|l['’])?)?$"
)
# A territory's hospital named by its acronym alone after an article: « au GHU », « le CHI », « du CHR ».
# Scanned from their « H », a literal that ``re`` finds fast; the letter before it is checked in code.
_ACRONYM_TAIL = re.compile(r"H(?:IC|RU|IA|I|R|S|U)(?![\w\-])")
_ACRONYMS_ALONE = frozenset({"CHIC", "CHI", "CHRU", "CHR", "GHU", "CHS", "HIA"})
# The acronym of a territory's hospital: « CH » or « GH », then one to three capitals (« CHPF », « GHER »).
_TERRITORY_ACRONYM = re.compile(r"[CG]H[A-Z]{1,3}(?![\w\-])")
_ACRONYM_TYPE = re.compile(_ACRONYMS)
# A proper name right after a territory's acronym, capitalised, a hyphen or a space between its words
# (« CHPF Taaone », « CHOG Franck-Joly »); its first word must be no French word.
_PROPER_NAME_AFTER = re.compile(
    rf"[ \t]+(?P<word>[{UPPER}][{LOWER}]{{2,}})"
    # (a place's compound with its small words: « GHEF Marne-la-Vallée », « CHI Bourg-en-Bresse »)
    rf"(?P<compound>(?:-(?:la|le|les|de|du|des|sur|sous|en|lès|lez|aux|au)(?=-))+-)?"
    rf"(?(compound)[{UPPER}][{LOWER}]{{2,}})"
    rf"(?:(?:-|[ \t]+)[{UPPER}][{LOWER}]{{2,}})?(?![\w\-])"
)
# The part of its territory after a hospital's town (« GHR Mulhouse Sud-Alsace », « CH Lens Nord »): a
# point of the compass, alone or hyphenated to its region.
_COMPASS_AFTER = re.compile(
    rf"[ \t]+(?:Nord|Sud|Est|Ouest|Centre)(?:-[{UPPER}][{LOWER}]+(?:-[{LOWER}]+-[{UPPER}][{LOWER}]+)*)*(?![\w\-])"
)
# A hospital's acronym in mixed case, its two capitals then lower-case letters, as Belgian hospitals
# write their own (« CHwapi Tournai », « CHirec », « CHpeg »): no word opens on two capitals so.
# (opening on its capitals, a class ``re`` skips to fast; the character before is checked in code)
_MIXED_CASE_ACRONYM = re.compile(r"[CG]H[a-z]{2,6}(?:[A-Z][a-z]{0,3})?(?![\w\-])")
_CAPITALS_BEFORE = re.compile(rf"(?<![\w])[{UPPER}]{{2,}}[ \t]+$")
# Not hospitals: the PMSI's groups, a chemotherapy, a hepatocellular carcinoma (« suivi pour un CHC »),
# carbohydrates, a hyperthermic chemotherapy, a hormone and its binding protein, a drug, the EMA's
# committee for human medicines (« recommandations du CHMP »: QUAERO's leaflets), a blood count's index
# (« VGM;CHCM;TCMH »); « CHU » alone names whichever one the note is about.
_NOT_HOSPITAL_ACRONYMS = frozenset(
    {"GHM", "GHS", "GHJ", "GHT", "CHOP", "CHF", "CHA", "GHB", "CHE", "CHD", "CHU", "CHC", "CHO", "CHIP", "GHRH",
     "GHBP", "CHT", "CHAP", "CHMP", "CHCM"}
)  # fmt: skip
# « centre », then a capitalised first name and surname, with a space or a hyphen (« centre Eugène
# Marquis », « centre Oscar-Lambret »).
_CENTRE_OF_A_PERSON = re.compile(
    rf"(?<![\w\-])centre[ \t]+(?P<first>[{UPPER}][{LOWER}]+)(?:[ \t]+|-)(?P<last>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    r"(?![\w\-])"
)
# A shop's address right after its name (« Pharmacie Centrale, 4 place du Marché », « Pharmacie Principale
# — 12 rue Gambetta », « Pharmacie Nouvelle, 64100 Bayonne »): a street's number and type, or a postcode
# and its town; a hospital's unit has no street of its own.
_SHOP_ADDRESS_AFTER = re.compile(
    r"[ \t]*[,—–-][ \t]*(?:[0-9]{1,4}(?:[ \t]*(?:bis|ter|[A-D]))?,?[ \t]+(?i:rue|place|pl\.|avenue|av\.|bd|boulevard"
    r"|all[ée]e|chemin|route|quai|cours|impasse|square|faubourg|esplanade|promenade|galerie|centre[ \t]+commercial)"
    r"(?![\w])|[0-9]{2}[ \t]?[0-9]{3}[ \t]+[A-ZÀ-Þ])"
)
# What follows « Pharmacie » when it names a hospital's unit or a kind, not a shop (« Pharmacie
# Centrale » alone, « Pharmacie Clinique et Stérilisation », « Pharmacie Hospitalière »).
_PHARMACY_UNITS = frozenset(
    {"centrale", "principale", "clinique", "hospitaliere", "hospitalier", "interieure", "interne", "galenique",
     "oncologique", "sterilisation", "et", "a"}
)  # fmt: skip
# Home-care services, whose names are often brands made of generic words (« HAD Santé Service »).
_HOME_CARE = frozenset({"HAD", "SSIAD"})
# The endings of a kind of care or a speciality (« Soins Palliatifs », « Pédiatrie », « Gériatrique »),
# which a unit is named by, no brand.
_KIND_ENDINGS = ("ie", "ique", "iques", "if", "ifs", "ive", "ives", "al", "ale", "aux", "ée", "ées")
# Two or three capitalised words, not in capitals, with no link between them (« Santé Service »).
# (« et » may join the last two: « HAD Soins et Santé »)
_BRAND = re.compile(rf"[{UPPER}][{LOWER}]+(?:(?:[ \t]+et)?[ \t]+[{UPPER}][{LOWER}]+){{1,2}}")
# A hospital's acronym that no list holds: « CH » or « GH » and one to three capitals, or « H » and two to
# four (« CHLS », « CHAL », « HNFC »); told by its place only (``_hospital_acronyms_by_cue``).
# (opening on a class, the character before looked at after it: ``re`` skips to « C », « G », « H » in C)
# (four capitals after « GH » too: a regional group, « GHRMSA », « GHPSO »)
_HOSPITAL_ACRONYM = re.compile(
    r"[CGH](?<![\w\-].)(?:(?<=C)H[A-Z]{1,4}|(?<=G)H[A-Z]{1,4}|(?<=H)[A-Z]{2,4})(?![\w\-])"
)
# A hospitals' group named « GH » and two to four capitals, after an article or « de » (« ou le GHRMSA »,
# « SMUR de GHER »): no disease nor hormone opens so but those listed (« GHRH », « GHBP »).
_GROUP_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:le|du|au|de|à)[ \t]+$")
# Medical acronyms that open on « H », never a hospital's (a disease, a test, a drug, an authority).
_MEDICAL_H_ACRONYMS = frozenset(
    {"HTA", "HTAP", "HDL", "HPV", "HBPM", "HAS", "HLA", "HIV", "HBV", "HCV", "HVB", "HVC", "HSV", "HTLV", "HHV",
     "HBS", "HBC", "HBE", "HGPO", "HPP", "HSA", "HSD", "HED", "HTIC", "HVG", "HBP", "HNF", "HMG", "HCG", "HER",
     "HELLP", "HAART", "HACEK", "HADS", "HAMD", "HRS", "HIC", "HSM", "HAI", "HDM", "HPN", "HTS", "HRP", "HPLC",
     "HCC", "HCQ", "HCT", "HCM", "HUS", "HSH", "HAP", "HLM", "HGT"}
)  # fmt: skip
# A type of establishment written out before the bracket on the same line (« CH de Lons-le-Saunier (»).
_TYPE_BEFORE_BRACKET = re.compile(
    accents_optional(
        r"(?<![\w])(?:(?i:centre[ \t]+hospitalier|groupe(?:ment)?[ \t]+hospitalier|hôpital|hôpitaux|"
        r"clinique|polyclinique|hôpita1)|CHU|CHR|CHI|CH|GHU|GH)(?![\w])[^()\n]{0,64}[ \t]*$"
    )
)
# A practitioner's title and name right before the bracket (« Avis : Dr Nadia Benkirane (CHP) », « Pr
# Lemaire (CHBA) »): the bracket after a doctor holds where he works, a hospital's own acronym when it
# opens on « CH » or « GH ».
_PRACTITIONER_BEFORE_BRACKET = re.compile(
    r"(?<![\w])(?:Dr|Pr|Docteur|Professeur|Drs|Dre)\.?[ \t]+[A-ZÀ-Þ][\w'’\-]*\.?(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+){0,2}[ \t]*$"
)
# A doctor's or a carer's speciality and a comma before the acronym (« Dr Perrin, pédiatre, »).
_ROLE_BEFORE = re.compile(
    r"(?<![\w])(?i:[\w-]*(?:logue|iatre|chirurgien|chirurgienne)|médecin|interne|praticien[ \t]+hospitalier|"
    r"chef[ \t]+de[ \t]+clinique|sage-femme|infirmière?|IDE|IPA|cadre[ \t]+de[ \t]+santé)[ \t]*,[ \t]*$"
)
# Where a patient is cared for, then « au » or « à l' » (« hospitalisé au CHLS », « suivie à l'HNFC »,
# « opérée au CHAL »): a place, no disease (« suivi de l'HTA » takes « de »).
_CARE_VERB_BEFORE = re.compile(
    r"(?<![\w])(?i:hospitalisée?s?|suivie?s?|transférée?s?|adressée?s?|admise?s?|opérée?s?|accouchée?s?|"
    r"soignée?s?|vue?s?|revue?s?|consulte|née?s?)[ \t]+(?i:au|à[ \t]*l['’]|a[ \t]*l['’])[ \t]*$"
)
# Where a transport goes (« destination : », « dest. », a list's arrow), right before a hospital's acronym.
_DESTINATION_BEFORE = re.compile(r"(?:(?<![\w])(?i:destination|dest\.)[ \t]*:?|→|->|=>|⇒)[ \t]*$")
# A unit or a care service, then « du », « de l' » or « de la »: the hospital it belongs to follows (« suivie
# par la PASS du GHRMSA », « urgences du CHBA », « service de pneumologie de l'HNFC »).
_UNIT_OF_BEFORE = re.compile(
    r"(?<![\w])(?:PASS|SAU|HDJ|EMSP|EMG|USP|UHCD|(?i:urgences|service|maternité|consultations?|unité|équipe"
    r"|pôle|réanimation|[\w-]*(?:logie|iatrie|urgie)))[ \t]+(?i:du|de[ \t]+l['’]|de[ \t]+la)[ \t]*$"
)
# Where a patient is moved to or from (« mutation vers Rangueil puis HNFC », « transfert vers le CHAL »,
# « arrivée depuis l'HNFC »): « vers » or « depuis », or « puis » / « et » after a move's word earlier in the
# clause.
_MOVED_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:vers|depuis)[ \t]+(?:(?i:le|l['’])[ \t]*)?"
    r"|(?i:vers|transf[ée]r\w*|mutation|mutée?s?|transport\w*|évacuée?s?)[^.;\n]{1,60}?[ \t,](?i:puis|et)"
    r"[ \t]+(?:(?i:vers|au|à[ \t]*l['’])[ \t]*)?(?:(?i:le|l['’])[ \t]*)?)$"
)
# A patient's arrival or move, then « au » or « vers le »: a place follows, whatever else its acronym means.
_STAY_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:hospitalisée?s?|transférée?s?|admise?s?|arrivée?s?|transfert|retour|évacuée?s?|mutée?s?|mutation)"
    r"[ \t]+(?i:au|vers[ \t]+le)"
    # or leaves it (« sort du CHD jeudi », « sortie du CHC le 3 », « a quitté le CHD »): a patient leaves a
    # place, not a carcinoma
    r"|(?i:sort|sortie?s?|sortante?s?|quitte|quitté|quittée?s?)[ \t]+(?i:du|le)"
    # or is sent to its emergency department (« consulter aux urgences du CHD »)
    r"|(?i:urgences)[ \t]+(?i:du))[ \t]*$"
)
# The groups that are plural, « Hôpitaux universitaires de … », « Hospices civils de … » (« HUG », « HUS »,
# « HCL »): their acronym after a plural article says the place (« actuellement aux HUG », « les HUS »),
# which a disease's or a test's (« HTA », « HPV ») never takes.
_PLURAL_GROUP = re.compile(r"H[UC][A-Z]{1,4}")
_PLURAL_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:aux|les|des)[ \t]+$")
# An acronym alone opening a line, then a dash (« GHXY — site de Melun »): a letterhead's first item.
# (a table's first cell too: « | GHXY — site de Melun | »)
_LETTERHEAD_ACRONYM = re.compile(
    r"\n[ \t]*(?:\|[ \t]*)?(?P<acronym>[A-Z][A-Z\-]{1,7}[A-Z])[ \t]*(?:[—–][ \t]*|-[ \t]+)"
)
# Acronyms that open a heading before a dash and name no establishment.
_ACRONYMS_NOT_NAMES = frozenset(
    {
        "CR",
        "CRH",
        "CRO",
        "RCP",
        "IPP",
        "NDA",
        "NIR",
        "DMP",
        "DPI",
        "PAT",
        "URGENT",
        "FAX",
        "TEL",
        "MAIL",
        "REF",
    }
)
# What the dash leads to: one of its sites, or its kind written out (in any case, a letterhead's often
# in capitals).
_ESTABLISHMENT_WRITTEN_OUT = re.compile(
    accents_optional(
        r"(?i:site[ \t]+(?:de[ \t]+|du[ \t]+|d['’][ \t]*)?[A-ZÀ-Þ]|groupe(?:ment)?[ \t]+hospitalier"
        r"|centre[ \t]+hospitalier|hôpita(?:l|ux)[ \t]|hospices?[ \t]|polyclinique|clinique[ \t])"
    )
)
# « anapath à », « ACP chez », « labo chez »: where a specimen is sent, then the practice's name.
# (opening on the words, which ``re`` skips to by their first letters; the boundary before is checked in code)
# (or after a sending word, where a specimen or a file goes: « exérèse, envoi à Cypex », « lames
# adressées à Histalis », « transmis chez Biomnis »: a name that no list holds, told by the verb)
_SPECIMEN_SENT_TO = re.compile(
    r"(?:anapath(?:ologie)?|anatomo-?pathologie|anatomopath|ACP|labo(?:ratoire)?"
    r"|(?P<verb>envoi|envoyée?s?|adressée?s?|transmise?s?))[ \t]+(?:à|a|chez|par)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}{UPPER}]{{2,}}(?:-[{UPPER}][{LOWER}{UPPER}]+)?)(?![\w\-'’])"
)
# What every match of ``_SPECIMEN_SENT_TO`` opens on (« envo » of « envoi », « envoyé »): the scan, which
# ``re`` stops at every « a », « e », « l », « t » to try, starts at the first of them, if any.
_SPECIMEN_WORDS = ("anapath", "labo", "ACP", "anatomo", "envo", "adressé", "transmis")
# A specimen or its analysis, earlier on the line of a sending verb.
_SPECIMEN_BEFORE = re.compile(
    accents_optional(
        r"(?i:exérèse|biopsie|pièce|lames?|blocs?|prélèvement|frottis|cytologie|histolog|anapath|échantillon"
        r"|ponction|curetage|résection|tumorectomie|analyse)"
    )
)
# What ends a signature's last item: the line's end, a full stop or a dash before another item.
# (or the bracket that holds a correspondent's speciality and place: « Dr Jégo (cardiologue, CHBA) »)
_SIGNATURE_END = re.compile(r"[ \t]*(?:$|\n|[.;)]|[—–][ \t])")
# « de » and the capitalised name of the place after the acronym (« CHOG de Saint-Laurent-du-Maroni »).
_TERRITORY_NAME_AFTER = re.compile(
    r"[ \t]+(?:de|du|d['’])[ \t]*(?:la[ \t]+|l['’])?[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*){0,2}"
)
# The words that open an establishment's name, after a dash in a letterhead: the next item is another.
# (« CHU de Bordeaux — Groupe hospitalier Pellegrin »: the group of one of its sites, a name of its own)
_TYPE_WORDS = frozenset(
    {"hôpital", "hopital", "clinique", "polyclinique", "centre", "institut", "maternité", "ehpad", "chu",
     "chru", "chr", "ch", "chi", "gh", "ghu", "groupe", "groupement"}
)  # fmt: skip
# An adjective that names a hospital before its type (« Nouvel Hôpital Civil », « Grand Hôpital de l'Est
# Francilien », « Nouvelle Clinique des Dentellières »): part of its name.
_LEADING_ADJECTIVE = re.compile(r"(?<![\w\-])(?:Nouvel|Nouvelle|Grand|NOUVEL|NOUVELLE|GRAND)[ \t]+$")
# The words that open a unit's name, after a dash in a letterhead: the next item, no part of the name.
_UNIT_WORDS = frozenset(
    {"service", "unité", "unite", "pôle", "pole", "département", "departement", "secteur"}
)


# The cues of a place that an acronym of the list takes (``_LISTED_ACRONYMS``): where a patient is
# oriented or taken (« orientation GHER », « dest. CHOR »), the establishment a carer or a unit belongs to
# (« le néphrologue de l'AURAL », « la PASS du CHOG », « à l'HNFC »).
_ACRONYM_CUE_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:orientation|orienté(?:e|s|es)?|destination|dest\.|régulé(?:e|s|es)?[ \t]+(?:sur|vers))[ \t]*:?[ \t]*"
    r"|(?i:de|à|a)[ \t]+l['’][ \t]*|(?i:du|des)[ \t]+)$"
)


def _an_acronyms_place(text: str, start: int, end: int) -> bool:
    """A listed acronym ``text[start:end]`` where a place is said: after a cue of
    ``_ACRONYM_CUE_BEFORE``, in brackets after an establishment's type (« CH de Saint-Laurent-du-Maroni
    (CHOG) »), or alone as an item of a heading's line (« Direction des usagers — HUS⏎ »)."""
    if _ACRONYM_CUE_BEFORE.search(text, max(0, start - 24), start):
        # (not an acronym that is a syndrome, a lens or an acid too: « la prise en charge de l'ICANS »)
        return text[start:end] not in _ALSO_MEDICAL
    if start and text[start - 1] == "(" and text.startswith(")", end):
        line_start = text.rfind("\n", 0, start) + 1
        return _TYPE_BEFORE_BRACKET.search(text, max(line_start, start - 90), start - 1) is not None
    return _a_heading_item(text, start, end)


# Listed acronyms that are also a medical term (a neurotoxicity syndrome, an implanted lens, a
# cardiomyopathy, chlorambucil, hydrochloric acid): a place only in brackets or as a heading's item.
_ALSO_MEDICAL = frozenset({"ICANS", "ICL", "ICM", "IPC", "CLB", "HCL"})
# A French commune hyphenated to the name that follows (« Strasbourg-Hautepierre »).
_TOWN_HYPHEN_BEFORE = re.compile(rf"(?<![\w\-'’])[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*-$")


def _town_glued_before(text: str, start: int) -> int | None:
    """Where the French commune hyphenated right before a famous site starts (« Strasbourg-Hautepierre »,
    « Lyon-Croix-Rousse », a site named with its town), or None."""
    if not start or text[start - 1] != "-":
        return None
    m = _TOWN_HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    commune = load_lexicon().commune(m.group()[:-1])
    return m.start() if commune is not None and not commune.abroad else None


def _case_changes(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """True when the word ``text[next_start:next_end]`` is in capitals and the name before it
    (``text[start:end]``) is not: another item, written otherwise."""
    word = text[next_start:next_end]
    return len(word) > 1 and word.isupper() and not text[start:end].isupper()


_DASH = re.compile(r"[ \t]*[—–][ \t]*|[ \t]+-[ \t]+")
# Hospitals that name a unit's place (« laboratoire d'anatomopathologie du CHU de Bordeaux »): the
# hospital is found at its own start, the unit's type stays readable.
_HOSPITAL_FIRST = frozenset(
    {"CHU", "CHRU", "CHR", "CH", "CHI", "CHIC", "CHT", "CHPF", "CHOG", "GH", "GHU", "AP-HP", "APHP"}
)
# A unit of « the » hospital named by its acronym alone: no name (« CHU de Rouen » has one).
_BARE_ACRONYMS = frozenset(
    {"CHU", "CHRU", "CHR", "CH", "CHI", "CHIC", "CHT", "CHPF", "CHOG", "GH", "GHU", "GHT"}
)
# An acronym in capitals, then « de » and a capitalised word (a town: checked in code).
# (opening on a capital, the character before looked at after it: ``re`` skips to capitals in C)
_ACRONYM_OF_A_TOWN = re.compile(
    r"(?P<acronym>[A-Z](?<![\w\-][A-Z])[A-Z]{1,5})[ \t]+(?:de|d['’]|du)[ \t]*(?=[A-ZÀ-Þ])"
)
# Where a patient goes, stays or comes from, right before the acronym: « au », « à l' », « vers le »,
# « depuis l' », « du », « de l' ».
_GOES_TO_BEFORE = re.compile(
    r"(?<![\w])(?:(?i:au|à[ \t]*l['’]|a[ \t]*l['’]|du|de[ \t]*l['’])"
    r"|(?i:vers|depuis|via)[ \t]+(?:(?i:le|l['’]))?)[ \t]*$"
)
# Acronyms before « de » and a town that name no place of care: emergency and fire services, insurers and
# funds, courts, authorities, social services, banks and companies.
_NOT_PLACES_OF_CARE = frozenset(
    {"SAMU", "SMUR", "SAU", "SDIS", "CPAM", "CGSS", "CAF", "MSA", "MDPH", "MDA", "ARS", "CCAS", "CIAS", "TGI",
     "TJ", "TI", "UDAF", "URSSAF", "CDAPH", "DDPP", "DDETS", "ASE", "SPIP", "PJJ", "CIO", "CRA", "SNCF", "RATP",
     "EDF", "INSEE", "CNIL", "ANSM", "CHSCT", "CSE", "CE", "RH", "DRH", "IUT", "CIC", "BNP", "LCL", "SA",
     "SAS", "SARL", "SCI", "SCP", "RCP", "DIM", "CRCI", "CCI", "CMA", "FO", "CGT", "CFDT", "UFR", "ENS",
     "DU", "DIU", "DES", "CES", "PH", "AS", "IDE", "MG", "MT", "CR", "RDV", "OK"}
)  # fmt: skip
# A clinic abroad named before its type, as German and English write it (« Schulthess Klinik », « Mayo
# Clinic », « Bethesda Spital »): one or two capitalised words that are no French words (checked in code).
_NAME_THEN_FOREIGN_TYPE = re.compile(
    rf"(?<![\w\-])(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]{{2,}})?)[ \t]+(?:Klinik|Clinic|Spital)(?![\w\-])"
)
# A German care centre named by a compound type and its place, after its operator's acronym maybe, as
# dialysis patients on holiday and their home units write it (« KfH Nierenzentrum Köln-Lindenthal »,
# « Dialysezentrum Bonn », « Klinikum Großhadern », « Universitätsklinikum Freiburg »): no French word ends
# so.
_GERMAN_TYPE_THEN_PLACE = re.compile(
    rf"(?<![\w\-])(?:[A-Z][A-Za-z]{{0,3}}[A-Z][ \t]+"
    # (or its operator's or its district's name: « Ortenau Klinikum Offenburg », « Helios Klinikum
    # Berlin-Buch », « Städtisches Klinikum Karlsruhe »; no French article or word)
    rf"|(?!(?:Le|La|Les|Au|Du|Un|Une|Des|De|Suivi|Vu|Et)[ \t])[{UPPER}][{LOWER}]{{3,}}[ \t]+(?=Klinikum|Krankenhaus))?"
    rf"(?:[{UPPER}][{LOWER}]*(?:zentrum|klinikum|krankenhaus|klinik)|Klinikum|Krankenhaus)"
    # (a spa town's « Bad », a saint's « Sankt » before the place: « Rehaklinik Bad Wildungen »)
    rf"[ \t]+(?:(?:Bad|Sankt|St\.)[ \t]+)?[{UPPER}][{LOWER}ß]+(?:-[{UPPER}][{LOWER}ß]+)*(?![\w\-])"
)
# A nursing home named in a note typed in lower case, its name built as homes' are: an article, a noun,
# a link and another noun, ending the clause (« ehpad les jardins de l'arche, 4 rue … », « à l'ehpad le
# clos du moulin. »); not a time (« ehpad la semaine de noël », ``_TIME_WORDS``).
# (the other homes and stays of after a hospital typed so, the same way: « ssr les terrasses de l'orb »,
# « usld le clos des vignes », « smr la maison du lac »; the clause may end on the home's town, « … à
# béziers »)
_LOWER_CASE_HOME = re.compile(
    r"(?<![\w\-])(?P<kind>ehpad|ssr|smr|usld|résidence|residence)[ \t]+(?P<name>(?:les|le|la|l['’])[ \t]*[a-zà-ÿ]{3,}[ \t]+"
    r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])"
    r"[ \t]*[a-zà-ÿ]{3,})(?=[ \t]*(?:[,.;\n]|$)|[ \t]+(?:à|a)[ \t]+[a-zà-ÿ])"
)
_TIME_WORDS = frozenset(
    {
        "semaine",
        "semaines",
        "journée",
        "nuit",
        "matin",
        "soir",
        "mois",
        "veille",
        "fin",
        "rentrée",
        "date",
        "sortie",
    }
)
# A care centre's brand made on « -pôle » (« IUCT-Oncopole », « Cancéropôle », « Biopôle »), an institute's
# acronym before it, hyphenated or spaced (« IUCT Oncopole »); a word that is no French word (checked in
# code: « Métropole »).
_POLE_BRAND = re.compile(rf"(?<![\w\-])(?:[A-Z]{{2,6}}[- ])?(?P<word>[{UPPER}][{LOWER}]+p[oô]le)(?![\w\-])")
# A kind of care provider in lower case, then its brand in capitals or in two capitalised parts
# (« centre AUDRA », « centre NephroCare Braga », « téléradiologie IMADIS »), and a capitalised town.
_BRAND_AND_TOWN = (
    r"(?P<brand>[A-Z]{4,8}|[A-Z][a-zà-ÿ]+[A-Z][A-Za-zà-ÿ]+)(?![\w\-'’])"
    rf"(?P<town>[ \t]+[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)*(?![\w\-'’]))?"
)
_BRAND_AFTER_A_KIND = re.compile(r"(?P<kind>centre|(?:télé-?)?radiologie)[ \t]+" + _BRAND_AND_TOWN)
# A dialysis association's brand after the treatment (« → dialyse AURA », « hémodialyse ECHO Nantes »):
# scanned on its own, from the literal, only in a text that says « dialyse » (``hémo``, ``auto`` before
# it are checked in code).
_BRAND_AFTER_DIALYSIS = re.compile(r"(?P<kind>dialyse)[ \t]+" + _BRAND_AND_TOWN)
_DIALYSIS_PREFIX = re.compile(r"(?i:hémo|hemo|auto)\Z")
# The techniques of dialysis and of renal replacement, said after « dialyse » (« dialyse DPCA »): no brand.
_DIALYSIS_TECHNIQUES = frozenset(
    {"DPCA", "DPA", "CAPD", "APD", "HDFL", "HDF", "HDIT", "CVVH", "CVVHD", "CVVHDF", "EERC", "EDDV", "SLED",
     "UDM", "AUTO", "ECMO", "IRCT", "MRC", "IRC", "IRA", "FAV"}
)  # fmt: skip
# Words in capitals after « dialyse » that a note stresses, no brand: its days, its state.
_NOT_DIALYSIS_BRANDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "prevue", "faite",
     "urgente", "stop", "arret", "annulee", "reportee", "matin", "soir", "nuit", "aujourd'hui", "seance"}
)  # fmt: skip
# What closes an item after a brand: a dash, a comma, a bracket, the line's end.
_ITEM_CLOSES = re.compile(r"[ \t]*(?:[—–,;(|]|-[ \t]|$|\n)")
# A treatment given at a centre, earlier on its line (« l'hémodialyse au centre X », « séances au centre X »).
_TREATMENT_BEFORE = re.compile(
    accents_optional(r"(?i:dialys|séances?|radiothérapie|chimiothérapie|rééducation|greffe|consultation)")
)
# A region's name (« Normandie », « PACA », in capitals too), found by its literal first; the acronym before
# it is checked in code (``_ACRONYM_BEFORE_A_REGION``).
_REGION = re.compile(
    "(?:" + _grouped(tuple(sorted({*REGION_NAMES, *map(str.upper, REGION_NAMES)}))) + r")(?![\w\-])"
)
# Acronyms before a region that name no centre: companies' forms, trains, roads, insurers and funds,
# authorities, a trade (« Employeur : BTP Auvergne », « MSA Auvergne — service social »).
_NOT_CENTRES_OF_A_REGION = frozenset(
    {"SA", "SAS", "SARL", "SCI", "SCP", "SELARL", "EURL", "TGV", "TER", "RN", "RD", "FR", "BTP", "MSA", "ARS",
     "CPAM", "CAF", "CARSAT", "CGSS", "URSSAF", "DREETS", "DRAAF", "DREAL", "SNCF", "EDF", "CIC", "BNP", "LCL"}
)  # fmt: skip
# (after an elided article too: « avec l'AURAD Aquitaine », « suivi à l'ORS Bretagne »)
_ACRONYM_BEFORE_A_REGION = re.compile(r"(?:(?<=\b[lLdD]['’])|(?<![\w\-'’]))(?P<acronym>[A-Z]{2,6})[ \t]+$")
# The capitals of the acronym stand among lower-case letters on their line (no text typed in capitals).
_LOWER_LETTER = re.compile(r"[a-zà-ÿ]")


# The word right before a short name, after a blank (« avis neurochir Tenon », « urg Bichat »).
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w\-])(?P<word>[\w-]{2,})[ \t]+$")
_UNITS_CLIPPED = frozenset(
    {"urg", "urgences", "rea", "reanimation", "sau", "smur", "hdj", "usic", "usi", "bloc",
     # (where a patient is sent, the noun alone as a transport sheet writes it: « transfert Carémeau »,
     # « mutation Brabois », « transf. Purpan »; the unit of newborns, mothers, the tumour board:
     # « neonat hfme », « mater Port-Royal », « RCP Bergonié »)
     "transfert", "transferts", "transf", "mutation", "neonat", "neonatal", "neonatalogie", "mater", "rcp",
     "consultation", "consult"}
)  # fmt: skip


def _specialty_right_before(text: str, window: int, start: int) -> bool:
    """A speciality clipped as a note writes it, or a unit, right before a short name, no « de » between
    (« avis neurochir Tenon », « cs cardio Bichat », « réa Cochin »): the department of that hospital."""
    m = _WORD_RIGHT_BEFORE.search(text, window, start)
    if m is None:
        return False
    word = fold(m["word"])
    return (
        word in CLIPPED_SPECIALTIES
        or word in _UNITS_CLIPPED
        # a speciality written out or by its acronym, a ward's desk (« Secrétariat Néphrologie Brabois »,
        # « consult ORL brabois », « Serv : Gériatrie Pasteur 2 », « Bureau des entrées Bel Air »): the
        # department of the hospital that the listed name says
        or (word.endswith(_SPECIALTY_ENDINGS) and word not in _STUDIES)
        or word in _SPECIALTY_ACRONYMS
        or _UNIT_AND_SPECIALTY_BEFORE.search(text, window, start) is not None
        or _DESK_OR_ON_CALL_BEFORE.search(text, window, start) is not None
    )


# Words in « -logie » that are no unit: the study of a thing (« pathologie Pasteur », an eponym's disease).
_STUDIES = frozenset(
    {"pathologie", "physiologie", "physiopathologie", "etiologie", "semiologie", "histologie", "morphologie",
     "symptomatologie", "typologie", "chronologie", "technologie", "posologie", "nosologie", "analogie"}
)  # fmt: skip
# The acronyms of specialities, folded, that stand before a hospital's name as a word written out does.
_SPECIALTY_ACRONYMS = frozenset({"orl", "hge", "ccv", "cmf", "ctcv", "mpr", "mir"})
# A ward's desk, or a practitioner on call, right before a short name (« bureau des entrées Bel Air »,
# « cardiologue de garde Salengro »).
_DESK_OR_ON_CALL_BEFORE = re.compile(
    r"(?<![\w\-])(?i:bureau[ \t]+des[ \t]+entr[ée]es|admissions|[\w-]+(?:logue|iatre)[ \t]+de[ \t]+garde)[ \t]+$"
)


# A unit, its number maybe, then a speciality written out, right before a short name (« HDJ oncologie
# Bergonié », « UF 4521 gériatrie Charles-Foix », « consultation neurologie Pitié »): the unit of that hospital.
_UNIT_AND_SPECIALTY_BEFORE = re.compile(
    r"(?<![\w\-])(?i:hdj|hds|hc|uf|cs|consult(?:ation)?s?|service|unit[ée]|hospitalisation|urg(?:ences)?|r[ée]a|sau)"
    r"[ \t]+(?:[0-9]{3,5}[ \t]+)?[\w-]*(?:logie|iatrie|urgie|atrique|ologique)[ \t]+$"
)


# What follows a listed name and says it is the hospital: a part of its buildings or a unit (« Lyon Sud –
# Pav. 3A », « CHPF Maternité », « Brabois bât. Philippe Canton »), after a dash, a comma or a blank.
# (the engine reads a dash between blanks as « - »: « Lyon Sud – Pav. 3A » is read « Lyon Sud - Pav. 3A »)
_SEPARATOR_AFTER = re.compile(r"[ \t]*(?:[,—–\-][ \t]*)?")
_BUILDING_AFTER = re.compile(
    r"(?i:pav(?:illon)?\.?|b[âa]t(?:iment)?\.?|aile|hall|niveau|[ée]tage|maternit[ée]|urgences|site)(?![\w])"
)
# What stands before a person's or a street's name, which a listed name may also be (« Dr Curie, Paris »,
# « rue Pasteur, Lyon », « lycée Marie-Curie »): no hospital then, whatever its town after it.
_NOT_A_HOSPITAL_BEFORE = re.compile(
    r"(?<![\w])(?i:rue|avenue|av|bd|boulevard|place|pl|all[ée]e|quai|impasse|chemin|cours|square|route|rte"
    r"|lyc[ée]e|coll[èe]ge|[ée]cole|dr|pr|docteur|professeur|m|mme|mr|mlle|madame|monsieur|famille"
    # (a room or a building named after a person: « en salle Pasteur, bâtiment B », « amphi Charcot »)
    r"|salle|amphi|amphith[ée][âa]tre|pavillon|pav|b[âa]timent|b[âa]t|aile)\.?[ \t]+"
    r"(?:(?:de|du|des|la|le|l['’])[ \t]*)?$"
    # (an eponym's « de »: « maladie de Dupuytren, chirurgie de la main », « signe de Trousseau, Paris »;
    # a unit's « de » before its hospital is a cue of its own, read before this)
    r"|(?<![\w])(?i:de|d['’]|du|des)[ \t]*$"
)
# A unit or a speciality after a comma or a dash (« cimiez – gériatrie aiguë », « Pasteur 2, neurologie
# vasculaire »): the site, then its department, as a list of beds or a request form writes them.
_UNIT_AFTER = re.compile(r"(?P<unit>[\w-]{2,})(?![\w-])")
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w\-'’])(?P<word>[{UPPER}][{LOWER}]+)[ \t]+$")


def _town_or_building_after(text: str, start: int, end: int) -> bool:
    """A listed name followed by its town or one of its buildings or units, where no person's title, no
    street and no first name stands before it (« Sainte-Musse, Toulon », « NHC Strasbourg », « AURAL
    Mulhouse », « Haut-Lévêque, Pessac », « Lyon Sud – Pav. 3A »): how a hospital's team writes where
    a patient is, without « à »."""
    sep = _SEPARATOR_AFTER.match(text, end)
    after = sep.end() if sep is not None else end
    # (a unit says less than a town: not after a name that opens with a first name, « Louis Pasteur,
    # microbiologie » is a person as well)
    unit = _UNIT_AFTER.match(text, after) if sep is not None and sep.group().strip() else None
    named = re.split(r"[ \t\-]+", text[start:end])
    if unit is not None and (
        not _a_unit(unit["unit"])
        or (len(named) > 1 and named[1].isalpha() and is_first_name(named[0].lower()))
    ):
        unit = None
    if (after >= len(text) or not text[after].isupper()) and not (_BUILDING_AFTER.match(text, after) or unit):
        return False
    window = max(0, start - 32)
    if _NOT_A_HOSPITAL_BEFORE.search(text, window, start):
        return False
    first = _CAPITALISED_WORD_BEFORE.search(text, window, start)
    if first is not None and is_first_name(first["word"].lower()):
        return False  # « Marie Curie, Paris »: a person
    if _BUILDING_AFTER.match(text, after) or unit or SHORT_NAME.match(text, after):
        return True  # (« ICO René Gauducheau », « ICM Val d'Aurelle »: the acronym, then the site's name)
    found = commune_after(load_lexicon(), text, after, min(len(text), after + 40))
    # (a large city that is also a word is its city all the same: « Huriez, Lille », « Carémeau, Nîmes »)
    return found is not None and not found[1].ambiguous and not found[1].abroad


# A letterhead's or an address line's unit, then the hospital it belongs to (« Rhumatologie — Lapeyronie »,
# « Gériatrie aiguë, Bichat », « service de cardiologie, La Cavale Blanche », « Réa méd Lapeyronie »): a
# speciality or a unit, perhaps one word of its kind, then a comma, a dash or a blank.
_UNIT_THEN_SITE_BEFORE = re.compile(
    r"(?<![\w\-])(?P<unit>[\w-]{2,})(?:[ \t]+(?P<kind>[\w-]{3,}\.?))?"
    r"(?:[ \t]*[,—–][ \t]*|[ \t]+-[ \t]+|[ \t]+)$"
)
# What a unit's kind says after it (« aiguë », « adulte », « méd », « pédiatrique »), compared folded.
_KINDS_OF_A_UNIT = frozenset(
    {"aigue", "aigues", "adulte", "adultes", "med", "med.", "medicale", "chir", "chir.", "chirurgicale",
     "ped", "ped.", "pediatrique", "polyvalente", "generale", "interventionnelle", "infantile", "geriatrique",
     "conventionnelle", "intensive", "intensifs"}
)  # fmt: skip
# A separator or a kind is wanted after a unit a note may well write alone (« urg », « réa »): the bare
# blank after a speciality is ``_specialty_right_before``'s.
_SPECIALTY_ENDINGS = ("logie", "iatrie", "urgie", "atrique")


def _unit_then_site_before(text: str, window: int, start: int) -> bool:
    """A speciality or a unit with perhaps its kind, then a comma, a dash, or its kind and a blank, right
    before a short name (« Rhumatologie — Lapeyronie », « Gériatrie aiguë, Bichat », « Réa méd
    Lapeyronie »): the hospital whose department heads the page."""
    m = _UNIT_THEN_SITE_BEFORE.search(text, window, start)
    if m is not None and m["kind"] is not None and not _a_unit(m["unit"]):
        # (« de neurologie, »: the word before the unit was read as it, the kind as the unit)
        m = _UNIT_THEN_SITE_BEFORE.match(text, m.start("kind"), start)
    if m is None or not _a_unit(m["unit"]):
        return False
    kind = m["kind"]
    if kind is not None and fold(kind) not in _KINDS_OF_A_UNIT:
        return False
    # a bare blank only after a kind (the unit alone before a blank is ``_specialty_right_before``'s)
    return kind is not None or text[m.end("unit") : start].strip(" \t") != ""


def _a_unit(word: str) -> bool:
    word = fold(word)
    return word in CLIPPED_SPECIALTIES or word in _UNITS_CLIPPED or word.endswith(_SPECIALTY_ENDINGS)


def _in_mixed_case(text: str, start: int, least: int = 12) -> bool:
    """The line of ``start`` holds ``least`` lower-case letters: it is not typed in capitals. (Read within
    ``_LINE_REACH`` characters on each side: a line of a whole text read again at each acronym of it would
    make the reading quadratic.)"""
    low = max(0, start - _LINE_REACH)
    line_start = max(low, text.rfind("\n", low, start) + 1)
    line_end = text.find("\n", start, start + _LINE_REACH)
    line = text[line_start : min(len(text), start + _LINE_REACH) if line_end < 0 else line_end]
    return len(_LOWER_LETTER.findall(line)) >= least


_LINE_REACH = 400


# A stay, then « à » and a capitalised article before a proper name (« hospitalisation à La Colombière »).
_STAY_AT_A_NAMED_PLACE = re.compile(
    r"(?<![\w])(?i:hospitalisation|hospitalisée?s?|séjour|séjourné|admise?s?|transférée?s?|internée?s?|"
    r"internement|cure)[ \t]+(?:à|a)[ \t]+"
    rf"(?P<name>(?:La|Le|Les|L['’])[ \t]*[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)*)(?![\w\-'’])"
)
# A public centre named by its department's number (« suivi au CLAT 75 », « CeGIDD 93 », « PMI 974 »):
# screening, prevention and psychiatric centres that each department runs, a place of its own.
_CENTRE_OF_A_DEPARTMENT = re.compile(
    # (the occupational health services too, each of its department: « AIST 87 », « SPSTI 53 »)
    r"(?<![\w\-])(?:CLAT|CeGIDD|CEGIDD|CDAG|PMI|CPEF|CMP|CMPP|CSAPA|CAMSP|EPSM|AIST|SIST|SPSTI|SSTI)[ \t]+"
    r"(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])(?![\w\-/]|[.,][0-9])"
)
# A nurses' or a care practice named by its brand, capitalised words ending on what it gives (« cabinet
# Valinco Soins », « Cabinet infirmier Azur Santé », « cabinet Corsica Soins Infirmiers »): the brand
# closes on a care word, no person's name does.
_PRACTICE_BRAND = re.compile(
    # (opening on its first letter, which ``re`` skips to fast; the character before is checked in code)
    r"[Cc]abinet[ \t]+(?:(?i:infirmier|paramédical|médical)[ \t]+)?"
    rf"(?P<word>[{UPPER}][{LOWER}]{{2,}})(?:[ \t]+[{UPPER}][{LOWER}]{{2,}})?"
    r"[ \t]+(?:Soins|Santé|Sante)(?:[ \t]+(?:Infirmiers|Domicile|Services?))?(?![\w\-])"
)
# An occupational health service named by its brand after its kind (« service de santé au travail AST
# Grand Lyon », « SERVICE DE SANTÉ AU TRAVAIL — AIST 87 », « médecine du travail : ACMS »): an acronym in
# capitals, then its department's number or the capitalised words of its territory.
_OCCUPATIONAL_HEALTH = re.compile(
    accents_optional(r"(?i:santé[ \t]+au[ \t]+travail|médecine[ \t]+du[ \t]+travail)")
    + r"(?:[ \t]*[—–:,(][ \t]*|[ \t]+-[ \t]+|[ \t]+)(?:(?i:de[ \t]+l['’]|du|de)[ \t]*)?"
    r"(?P<brand>[A-Z]{2,8}(?![\w\-'’])"
    r"(?:[ \t]+(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])(?![\w\-/]|[.,][0-9])"
    rf"|(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*(?![\w\-'’])){{0,2}}))"
)
# An occupational health service named as a brand: its kind in capitalised words, then one to three
# capitalised words of its territory (« Santé au Travail Côte Basque », « Pôle Santé Travail Métropole Nord »,
# « Santé Travail Provence »); a section's title in lower case (« santé au travail : ») is no brand.
_OCCUPATIONAL_BRAND = re.compile(
    rf"(?<![\w\-])(?:Pôle[ \t]+)?Santé[ \t]+(?:au[ \t]+)?Travail"
    rf"(?:[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de))?"
    rf"(?:[ \t]+(?!(?:Dr|Pr|Mme|Madame|Monsieur|Convocation|CONVOCATION)(?![\w\-]))[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*){{1,3}}"
    r"(?![\w\-'’])"
)
# « 3C », the cancer coordination centre, then its territory or its establishment: capitalised words, the
# link words between them.
_CANCER_COORDINATION = re.compile(
    rf"(?<![\w\-.,/])3C[ \t]+(?:(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*)?"
    rf"[{UPPER}][{UPPER}{LOWER}]+(?:-[{UPPER}]?[{UPPER}{LOWER}]+)*"
    rf"(?:[ \t]+(?:(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’])[ \t]*)?[{UPPER}][{UPPER}{LOWER}]+(?:-[{UPPER}]?[{UPPER}{LOWER}]+)*){{0,4}}"
    r"(?![\w\-'’])"
)


def _named_services(text: str, written: str, source: str) -> Iterator[Finding]:
    """The services of care named as brands, each on one line as written: an occupational health service
    (« Santé au Travail Côte Basque », ``_OCCUPATIONAL_BRAND``), a cancer coordination centre (« 3C
    Territoire Nord Franche-Comté », « 3C du CHU de Rennes », ``_CANCER_COORDINATION``: where a
    patient's file is discussed), not a tumour's stage (« stade 3C »)."""
    if "Travail" in text or "3C " in text:
        for m in itertools.chain(_OCCUPATIONAL_BRAND.finditer(text), _CANCER_COORDINATION.finditer(text)):
            if "\n" in written[m.start() : m.end()]:
                continue
            if _STAGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.75, source)


# A stage or a grade before « 3C » (« stade 3C », « grade IIIC »): a tumour's, no centre.
# (nor a ward, a room or a floor named so: « unité 3C Sud », « chambre 3C Nord », « bâtiment 3C Est »)
_STAGE_BEFORE = re.compile(
    r"(?i:stade|grade|type|classe|niveau|pT|cT|FIGO|chambre|ch\.|lit|box|salle|unité|secteur|aile|étage|bâtiment"
    r"|bât\.|porte|bureau|service|pavillon)[ \t]*:?[ \t]*$"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?i:au|du|le|l['’]|vers[ \t]+le|au[ \t]+sein[ \t]+du)[ \t]*$")

# Words that make a unit or a speciality, not a proper name (compared in lower case).
GENERIC = frozenset(
    [
        "jour",
        "nuit",
        "semaine",
        "santé",
        "soins",
        "soin",
        "référence",
        "ressources",
        "compétence",
        "compétences",
        "rééducation",
        "réadaptation",
        "réanimation",
        "urgence",
        "urgences",
        "chirurgie",
        "chirurgical",
        "chirurgicale",
        "médecine",
        "cardiologie",
        "pneumologie",
        "hospitalier",
        "hospitalière",
        "universitaire",
        "régional",
        "régionale",
        "médical",
        "médicale",
        "médicales",
        "médico",
        "psychologique",
        "social",
        "sociale",
        "ambulatoire",
        "anti",
        "cancer",
        "douleur",
        "dialyse",
        "imagerie",
        "radiologie",
        "prélèvement",
        "planification",
        "vaccination",
        "dépistage",
        "addictologie",
        "gériatrie",
        "pédiatrie",
        "psychiatrie",
        "maladies",
        "maladie",
        "rares",
        "rare",
        "sommeil",
        "mémoire",
        "brûlés",
        "grands",
        "traumatologie",
        "orthopédie",
        "neurologie",
        "oncologie",
        "hématologie",
        "néphrologie",
        "gastro",
        "entérologie",
        "gastro-entérologie",
        "endocrinologie",
        "diabétologie",
        "rhumatologie",
        "dermatologie",
        "ophtalmologie",
        "orl",
        "maternité",
        "obstétrique",
        "gynécologie",
        "néonatologie",
        "infectiologie",
        "explorations",
        "fonctionnelles",
        "consultations",
        "consultation",
        "accueil",
        "hospitalisation",
        "domicile",
        "long",
        "séjour",
        "moyen",
        "court",
        "suite",
        "suites",
        "palliatifs",
        "palliatif",
        "intensifs",
        "continus",
        "surveillance",
        "unité",
        "service",
        "pôle",
        "département",
        "bloc",
        "opératoire",
        "plateau",
        "technique",
        "laboratoire",
        "biologie",
        "pharmacie",
        "analyses",
        "anatomie",
        "pathologique",
        "cytologie",
        "nucléaire",
        "hygiène",
        "sécurité",
        "qualité",
        "direction",
        "administration",
        "recherche",
        "clinique",
        "cliniques",
        "investigation",
        "essais",
        "thérapeutiques",
        "centre",
        "hôpital",
        "public",
        "privé",
        "national",
        "nationale",
        "etat",
        "état",
        "armées",
        "spécialisé",
        "général",
        "générale",
        "gériatrique",
        "pédiatrique",
        "psychiatrique",
        "mutualiste",
        "expert",
        "experte",
        "coordination",
        "périnatal",
        "périnatale",
        "prévention",
        "information",
        "orientation",
        "évaluation",
        "diagnostic",
        "dépendance",
        "handicap",
        "autisme",
        "reference",
        "cmp",
        "cmpp",
        "smur",
        "samu",
        "sau",
        "usic",
        "usi",
        "uhcd",
        "ssr",
        "usld",
        "had",
        "entrée",
        "sortie",
        "formation",
        "éducation",
        "infirmiers",
        "infirmier",
        "infirmière",
        "enseignement",
        "lutte",
        "contre",
        "infections",
        "veille",
        "sanitaire",
        "vigilance",
        "promotion",
        "protection",
        "maternelle",
        "infantile",
        "enfance",
        "adolescence",
        "adolescents",
        "enfants",
        "adultes",
        "personnes",
        "âgées",
        "handicapées",
        "sourds",
        "aveugles",
        # what the HAS says of a medicine's benefit (« SMR Important », « SMR Modéré »): no place
        "important",
        "importante",
        "modéré",
        "modérée",
        "faible",
        "insuffisant",
        "insuffisante",
    ]
)
# « examen clinique », « tableau clinique Typique »: « clinique » after these is an adjective (also
# typed without accents: « Etude clinique du Vascoril »).
_ADJECTIVE_USE = re.compile(
    accents_optional(
        r"(?i:examen|bilan|tableau|forme|signes?|essai|étude|recherche|évaluation|présentation|contexte|"
        r"diagnostic|stade|suivi|aspect|amélioration|état|situation|évolution|critères?|cas|pratique|"
        r"médecine|pharmacie|psychologie|biologie|infirmier|infirmière|réponse|rémission|surveillance|"
        r"données|recherches|intérêt|argument|arguments|examens)\s+$"
    )
)


# Types whose first word is a noun only, never an adjective: after « suivi », « pharmacie », « bilan »
# they are no « examen clinique » but the kind said twice before the name (« appel pharmacie Pharmacie
# du Marché Cognac », « suivi Hôpital Saint-Louis »).
_NOUN_TYPE = re.compile(
    accents_optional(r"(?i:pharmacie|hôpital|hopital|hôp|hop|institut|fondation|polyclinique)\b")
)


def _type_starts(doc: Document) -> tuple[int, ...]:
    """Where a type of establishment may start in the lower-cased text (``doc.lowered``, not None): the
    same in both readings of a text (:meth:`Document.shared_by_readings`: ``_PREFILTER`` holds no white
    space and reads a line break before or after its word as it reads a space)."""
    return tuple(word_starts(_PREFILTER, doc.lower))


class EstablishmentRecogniser:
    """ETABLISSEMENT: a named hospital, clinic, nursing home or health centre."""

    name = "fr_establishment"

    def __init__(self) -> None:
        # the words of the medicine database's holders (« centrale », « armees »), read once
        self._maker_words = medicine_lists()[2]
        # and of its medicines (« envoyé à Doliprane » sends no specimen)
        self._medicine_words = medicine_lists()[0]

    def find(self, doc: Document) -> Iterator[Finding]:
        # (the town after an establishment and a dash ending its line is the letterhead chain's to read:
        # :func:`egide.detect.places.letterhead_chain.chain_items`)
        # (« SSR gériatrique — CRH »: a unit's kind and the document's, no establishment)
        # (« Laboratoire du CH de Vesoul »: the hospital's service named with it, the whole a place)
        # (then what its name goes on with: « CHC Andrée Rosemon », « CHU DE POINTE-A-PITRE / ABYMES »)
        found = [
            extended(doc.text, with_service_before(doc.text, f), doc.written)
            for f in self._found(doc)
            if not names_a_document(doc.text, f.start, f.end)
        ]
        yield from found
        yield from _numbered_tails(doc.text, found, self.name)

    def _found(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        # (without a lower-cased text of the same offsets, every word may start one)
        starts = (
            doc.shared_by_readings(_type_starts)
            if low is not None
            else [m.start() for m in _WORD.finditer(text)]
        )
        yield from self._typed(text, doc.written, starts)
        famous, short, lower_short = doc.shared_by_readings(_name_starts)
        # (``matches_at`` at every position a name may start: what ``FAMOUS.finditer(text)`` finds)
        for m in matches_at(FAMOUS, text, famous):
            start = m.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_"):
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.8, self.name)
            elif (town := _town_glued_before(text, start)) is not None:
                # « Strasbourg-Hautepierre », « Lyon-Croix-Rousse »: the site with its town, one name
                yield Finding(town, m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        yield from self._short_names(text, short, lower_short)
        yield from _named_services(text, doc.written, self.name)
        if " à " in text or " a " in text or " au " in text:
            yield from hospitals_by_town(text, self.name)
        if "site" in text or "Site" in text:
            yield from self._sites_in_care(text)

    def _sites_in_care(self, text: str) -> Iterator[Finding]:
        """The site of a hospital by its name after « site » where a practitioner, a unit or a speciality
        stands before it on the line (« Dr Brault, néphrologie, site de la Milétrie », « consultation
        d'anesthésie — site Rangueil »): a proper name, no French word alone (« site Droit »)."""
        for m in _SITE_IN_CARE.finditer(text):
            name = m["site"]
            words = [w for w in re.split(r"[ \t'’\-]+", name) if w]
            if not _said_a_site(name) or all(is_common_word(w.lower()) for w in words):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _CARE_ON_THE_LINE.search(text, max(line_start, m.start() - 100), m.start()):
                yield Finding(m.start("site"), m.end("site"), Label.ETABLISSEMENT, 0.75, self.name)

    def _short_names(self, text: str, short: Iterable[int], lower_short: Iterable[int]) -> Iterator[Finding]:
        """Short names after a care cue, and a territory's acronym alone after an article; ``short``,
        ``lower_short``: where they may start (:func:`_name_starts`)."""
        # (offsets in " " + text are one past the character before the name: the name's own; each is
        # what ``_LOWER_SHORT_NAME_AFTER.finditer(" " + text)`` finds, one character per match)
        lower = (m for at in lower_short if (m := LOWER_SHORT_NAME.match(text, at)))
        for m in itertools.chain(matches_at(SHORT_NAME, text, short), lower):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            window = max(0, start - 48)
            article = start - 3 if start >= 3 and text[start - 3 : start] in ("La ", "Le ") else start
            if article < start and (
                _DOCTOR_BEFORE.search(text, max(0, article - 48), article)
                or _unit_then_site_before(text, max(0, article - 48), article)
            ):
                # « (Dr Dubrana, La Cavale Blanche) »: a practitioner, then the hospital he works at,
                # with the capitalised article of its name
                yield Finding(article, m.end(), Label.ETABLISSEMENT, 0.8, self.name)
                yield from _site_in_brackets(text, m.end(), self.name)
            elif (
                _SHORT_CUE_BEFORE.search(text, window, start)
                or _SHORT_UNIT_BEFORE.search(text, window, start)
                or _DOCTOR_BEFORE.search(text, window, start)
                or _specialty_right_before(text, window, start)
                or _unit_then_site_before(text, window, start)
                or (_DATED_BRACKET_BEFORE.search(text, window, start) and text.startswith(")", m.end()))
                or _town_or_building_after(text, start, m.end())
                or (m.group() in _LISTED_ACRONYMS and _an_acronyms_place(text, start, m.end()))
            ):
                # (the status is part of the name: « EPS Maison-Blanche » is what its letters say)
                status = _STATUS_BEFORE.search(text, max(0, start - 6), start)
                # (a listed acronym, then its site's listed name: « ICO René Gauducheau », one hospital)
                end = m.end()
                if text.startswith(" ", end) and (site := SHORT_NAME.match(text, end + 1)) is not None:
                    end = site.end()
                yield Finding(status.start() if status else start, end, Label.ETABLISSEMENT, 0.8, self.name)
                yield from _site_in_brackets(text, end, self.name)
        for m in _ACRONYM_TAIL.finditer(text):
            start = m.start() if m.group() == "HIA" else m.start() - 1
            if start < 0 or text[start : m.end()] not in _ACRONYMS_ALONE:
                continue
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            if _ARTICLE_BEFORE.search(text, max(0, start - 16), start):
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.7, self.name)
        yield from self._territory_acronyms(text)
        if "CH" in text or "GH" in text:
            yield from self._mixed_case_acronyms(text)
        yield from self._hospital_acronyms_by_cue(text)
        if "-" in text:
            yield from self._hospitals_named_after_a_person(text)
        if "centre" in text:
            yield from self._centres_named_after_a_person(text)
        if " site " in text or "(site " in text:
            for m in _ACRONYM_SITE.finditer(text):
                acronym = re.split(r"[ \t(]", m.group(), maxsplit=1)[0]
                if not _names_a_site(m["site"]):
                    continue
                if is_common_word(acronym) and not (
                    # a word in capitals (« CHANGE ») is the acronym all the same after an article, in
                    # a line typed in lower case around it: « transféré depuis le CHANGE (site d'Annecy) »
                    _ARTICLE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    and _in_mixed_case(text, m.start())
                ):
                    continue
                yield Finding(m.start(), m.start() + len(acronym), Label.ETABLISSEMENT, 0.75, self.name)
                if m.group()[len(acronym) :].lstrip().startswith("site"):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.75, self.name)
        yield from self._acronyms_of_a_town(text)
        yield from self._acronyms_of_a_region(text)
        if "centre " in text or "radiologie " in text or "dialyse " in text:
            yield from self._brands_after_a_kind(text)
        if "Klinik" in text or "Clinic" in text or "Spital" in text:
            for m in _NAME_THEN_FOREIGN_TYPE.finditer(text):
                words = m["name"].split()
                if any(is_common_word(w) or w.lower() in _OPENS_NO_NAME for w in words):
                    continue  # « la nouvelle Klinik », « Madame Clinic »
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        if "zentrum " in text or "linik" in text or "rankenhaus " in text:
            for m in _GERMAN_TYPE_THEN_PLACE.finditer(text):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        if "ehpad " in text or "ssr " in text or "smr " in text or "usld " in text or "sidence " in text:
            for m in _LOWER_CASE_HOME.finditer(text):
                if not (set(m["name"].split()) & _TIME_WORDS):
                    yield Finding(m.start(), m.end("name"), Label.ETABLISSEMENT, 0.75, self.name)
        if "pole" in text or "pôle" in text:
            for m in _POLE_BRAND.finditer(text):
                if not is_common_word(m["word"]):  # (« Métropole », « Technopole »: words)
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.75, self.name)
        if "—" in text or "–" in text or " - " in text:
            yield from self._letterhead_acronyms(text)
        # (the verb's participle « adressé », not the noun « adresse » of every address)
        firsts = [at for at in map(text.find, _SPECIMEN_WORDS) if at >= 0]
        if firsts:
            yield from self._where_a_specimen_goes(text, min(firsts))
        for m in finditer(_CENTRE_OF_A_DEPARTMENT, text):  # tried at its first letters only: same matches
            yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        if "à L" in text or "a L" in text:
            yield from self._places_of_a_stay(text)
        if "abinet " in text:
            for m in _PRACTICE_BRAND.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                    continue
                if m["word"].lower() in _OPENS_NO_NAME or m["word"].lower() in _TITLES:
                    continue  # « cabinet Madame Soins »: no brand
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        if "travail" in text or "TRAVAIL" in text or "Travail" in text:
            yield from self._occupational_health_services(text)

    def _occupational_health_services(self, text: str) -> Iterator[Finding]:
        """An occupational health service by its brand after its kind (« service de santé au travail AST
        Grand Lyon », « SANTÉ AU TRAVAIL — AIST 87 »): where a worker is followed, named by an acronym that
        no list holds; not a bare acronym of a structure, an authority or a word in capitals, nor a
        person after his title (« médecine du travail : Dr Martin »)."""
        for m in _OCCUPATIONAL_HEALTH.finditer(text):
            acronym = m["brand"].split()[0]
            words = m["brand"].split()[1:]
            if (
                acronym in _NOT_PLACES_OF_CARE
                or acronym in _BARE_ACRONYMS
                or acronym in _NOT_HOSPITAL_ACRONYMS
                or is_common_word(acronym)
                or acronym.lower() in _TITLES
            ):
                continue
            end = m.end("brand")
            # (the words after it are its territory's, not a person's nor a sentence's: « AST Grand Lyon »,
            # not « AIST Madame Durand », « ACMS Concernant »)
            while words and (
                words[-1].lower() in _OPENS_NO_NAME
                or (is_first_name(words[-1]) and load_lexicon().commune(words[-1]) is None)
                or (is_common_word(words[-1]) and words[-1].lower() not in ("grand", "grande", "pays", "val"))
            ):
                end = text.rfind(words.pop(), m.start("brand"), end)
                end = len(text[:end].rstrip())
            yield Finding(m.start("brand"), end, Label.ETABLISSEMENT, 0.75, self.name)

    def _letterhead_acronyms(self, text: str) -> Iterator[Finding]:
        """The acronym of an establishment that opens a letterhead's line, then a dash and one of its
        sites or its name written out (« GHXY — site de Melun », « CHXY — GROUPE HOSPITALIER … »,
        « ABCD – Centre hospitalier de … »): no list holds it, the line's shape says what it is."""
        # (on the text with a line break in front: the pattern opens on it, a literal ``re`` finds fast)
        for m in _LETTERHEAD_ACRONYM.finditer("\n" + text):
            word = m["acronym"]
            if not _names_its_group(word):
                continue
            if word in _NOT_PLACES_OF_CARE or word in _ACRONYMS_NOT_NAMES or is_common_word(word.lower()):
                continue  # (« FAX — Clinique … », « OBJET — … »: what the page is, not whose)
            if fold(word) in DEPARTMENT_NAMES or fold(word) in REGIONS:
                continue  # (« GUYANE — Centre Hospitalier … »: the territory in capitals, no acronym)
            if _ESTABLISHMENT_WRITTEN_OUT.match(text, m.end() - 1):
                yield Finding(
                    m.start("acronym") - 1, m.end("acronym") - 1, Label.ETABLISSEMENT, 0.75, self.name
                )

    def _where_a_specimen_goes(self, text: str, first: int) -> Iterator[Finding]:
        """The pathology or biology practice a specimen is sent to, by its name alone after « anapath à »,
        « labo chez » (« exérèse, anapath à Cypex », « envoyé au labo chez Biomnis »): a name that is no
        French word and no acronym of a kind of unit. ``first``: where the first of
        :data:`_SPECIMEN_WORDS` stands, which every match opens on: none starts before it."""
        for m in _SPECIMEN_SENT_TO.finditer(text, first):
            name = m["name"]
            if m.start() and text[m.start() - 1].isalnum():
                continue  # inside a word
            if (
                is_common_word(name)
                or name in STRUCTURE_ACRONYMS
                or name in _BARE_ACRONYMS
                or name in _HOSPITAL_FIRST
                or fold(name) in CLIPPED_SPECIALTIES
            ):
                continue
            if m["verb"] is not None and (
                # after a sending verb, what is sent is a specimen said earlier on the line (« Exérèse
                # le 10/12, envoi à Cypath »), not a letter between persons (« Bernard a envoyé à Fierri »)
                not _SPECIMEN_BEFORE.search(
                    text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 100), m.start()
                )
                # a person or a town is the name recognisers' (« adressée à Martin », « transmis à
                # Lyon »), an authority in capitals no laboratory (« à ANSM »)
                or is_first_name(name)
                or is_surname(name)
                or load_lexicon().commune(name) is not None
                or name.isupper()
                or name.lower() in _TITLES
                or name.lower() in _SALUTATIONS
                or fold(name) in self._medicine_words
            ):
                continue
            yield Finding(m.start("name"), m.end("name"), Label.ETABLISSEMENT, 0.75, self.name)

    def _places_of_a_stay(self, text: str) -> Iterator[Finding]:
        """A place named after a house or a spot, with its capitalised article, where a patient stayed
        (« une hospitalisation à La Colombière », « séjour à Les Oliviers », « admise à L'Escale »): the
        stay says a place of care; not a town, a department or a region (« hospitalisée à La Rochelle »,
        « à La Réunion »), nor a common word (« séjour à La Montagne »)."""
        lexicon = load_lexicon()
        for m in _STAY_AT_A_NAMED_PLACE.finditer(text):
            name = m["name"]
            words = [w for w in re.split(r"[ \t'’\-]+", name) if w]
            if (
                lexicon.commune(name) is not None
                or fold(name) in DEPARTMENT_NAMES
                or is_common_word(words[-1])
                or is_first_name(words[-1])
            ):
                continue
            yield Finding(m.start("name"), m.end("name"), Label.ETABLISSEMENT, 0.75, self.name)

    def _brands_after_a_kind(self, text: str) -> Iterator[Finding]:
        """A provider of care named by its brand after its kind in lower case, where a treatment is given
        (« l'hémodialyse au centre AUDRA », « séances organisées au centre NephroCare Braga »,
        « téléradiologie IMADIS »): a brand in capitals or in two capitalised parts (« NephroCare »),
        no word, no acronym of a kind of unit, a disease or an authority; the town after it too."""
        kinds = _BRAND_AFTER_A_KIND.finditer(text) if "centre " in text or "radiologie " in text else ()
        dialysis = _BRAND_AFTER_DIALYSIS.finditer(text) if "dialyse " in text else ()
        for m in itertools.chain(kinds, dialysis):
            brand = m["brand"]
            if (
                m.start()
                and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")
                and not (
                    m["kind"] == "dialyse" and _DIALYSIS_PREFIX.search(text, max(0, m.start() - 4), m.start())
                )
            ):
                continue
            if brand.isupper() and (
                brand in STRUCTURE_ACRONYMS
                or brand in _BARE_ACRONYMS
                or brand in _NOT_PLACES_OF_CARE
                or brand in _NOT_HOSPITAL_ACRONYMS
                or brand in _MEDICAL_H_ACRONYMS
                or brand in _DIALYSIS_TECHNIQUES
                or fold(brand) in REGIONS
                or not _in_mixed_case(text, m.start())
            ):
                continue
            if fold(brand) in self._medicine_words or (
                is_common_word(brand)
                and not (
                    # a dialysis association's brand may be a word, typed in capitals amid lower case and
                    # closing its item or before its town (« dialyse AURA — Ambulances … », « hémodialyse
                    # ECHO Nantes »): no word after « dialyse » so
                    m["kind"] == "dialyse"
                    and brand.isupper()
                    and fold(brand) not in _NOT_DIALYSIS_BRANDS
                    and (
                        _ITEM_CLOSES.match(text, m.end("brand"))
                        if m["town"] is None
                        else _french_commune(m["town"].strip())
                    )
                )
            ):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m["kind"].lower() == "centre" and not _TREATMENT_BEFORE.search(
                text, max(line_start, m.start() - 80), m.start()
            ):
                continue  # « au centre PACA »: no treatment said, a centre of anything
            end = m.end("brand")
            town = m["town"]
            if town is not None and (
                # a town of the lists, here or abroad (« Porto »), or a name that is no word
                load_lexicon().commune(town.strip()) is not None
                or not (is_common_word(town.strip()) or is_first_name(town.strip()))
            ):
                end = m.end("town")
            yield Finding(
                m.start("kind") if m["kind"].lower() == "centre" else m.start("brand"),
                end,
                Label.ETABLISSEMENT,
                0.75,
                self.name,
            )

    def _acronyms_of_a_region(self, text: str) -> Iterator[Finding]:
        """A regional centre named by its acronym and its region (« diagnostic posé au CRA Aquitaine »,
        « 2e lecture — CRCDC Normandie », « CRA PACA », « ORS Bretagne »): the region says a centre of
        its own, which no list holds. Not a medical acronym, a company's form or a word in capitals."""
        for m in _REGION.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            before = _ACRONYM_BEFORE_A_REGION.search(text, max(0, start - 12), start)
            if before is None:
                continue
            acronym = before["acronym"]
            if (
                acronym in _NOT_HOSPITAL_ACRONYMS
                or acronym in _MEDICAL_H_ACRONYMS
                or acronym in _BARE_ACRONYMS
                or acronym in _NOT_CENTRES_OF_A_REGION
                # (a word typed in capitals; amid lower case, capitals make an acronym: « au CRA PACA »)
                or (is_common_word(acronym) and (len(acronym) < 3 or not _in_mixed_case(text, start)))
                # (a surname in capitals, then a given name a region also is: « PETIT Lorraine », « ROUX
                # Lorraine » in a table's cell is a person as records write one; a centre's acronym is
                # short or no surname: « CRA Lorraine », « CRCDC Lorraine »)
                or (len(acronym) >= 4 and is_surname(acronym) and is_first_name(m.group()))
            ):
                continue
            yield Finding(before.start(), m.end(), Label.ETABLISSEMENT, 0.75, self.name)

    def _acronyms_of_a_town(self, text: str) -> Iterator[Finding]:
        """An establishment's acronym that no list holds, then « de » and its town, where a patient goes,
        stays or comes from (« accouchement prévu au CMCO de Schiltigheim », « sortie vers l'IRR de
        Lay-Saint-Christophe », « arrivée depuis le CRF de Kerpape »): the town and the place word before
        say a place of care. Not an emergency service, an insurer, a court or an authority (« au SAMU de
        Paris », « à la CPAM de Lyon », « au TJ de Nanterre »), a medical acronym or a word."""
        lexicon = load_lexicon()
        for m in _ACRONYM_OF_A_TOWN.finditer(text):
            acronym, start = m["acronym"], m.start()
            if (
                acronym in _NOT_PLACES_OF_CARE
                or acronym in _NOT_HOSPITAL_ACRONYMS
                or acronym in _MEDICAL_H_ACRONYMS
                or acronym in _BARE_ACRONYMS
            ):
                continue
            if is_common_word(acronym) and (len(acronym) < 3 or not _in_mixed_case(text, start)):
                continue  # (a word typed in capitals; amid lower case, capitals make an acronym: « IRR »)
            if not _GOES_TO_BEFORE.search(text, max(0, start - 24), start):
                continue
            found = commune_after(lexicon, text, m.end(), min(len(text), m.end() + 48))
            if found is None or found[1].abroad:
                continue
            stop = found[0]
            if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_"):
                continue
            yield Finding(start, stop, Label.ETABLISSEMENT, 0.75, self.name)

    def _territory_acronyms(self, text: str) -> Iterator[Finding]:
        """A hospital named by the acronym of its « centre hospitalier » or « groupe hospitalier » and
        its territory (« au CHPF », « le GHER », « CHOG de Saint-Laurent-du-Maroni », « arrivée au
        CHC », « CHPF Taaone »): « CH » or « GH » and one to three more capitals, after an article or
        before « de » and a capitalised name, or a proper name of its own. Not the PMSI's groups (« GHM », « GHS »), nor a chemotherapy (« CHOP »)."""
        for m in _TERRITORY_ACRONYM.finditer(text):
            start = m.start()
            if (
                m.group() in _NOT_HOSPITAL_ACRONYMS
                and m.group() != "CHU"
                and _STAY_BEFORE.search(text, max(0, start - 24), start)
            ):
                # « arrivée au CHC », « transférée au CHD »: a patient arrives at or moves to a place, not
                # to a carcinoma or a disease's acronym (« suivi pour un CHC »)
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.7, self.name)
                continue
            if (
                m.group() in _NOT_HOSPITAL_ACRONYMS
                or m.group() in _ACRONYMS_ALONE
                or is_common_word(m.group())
            ):
                continue  # (« LE CHOC », « CHEZ »: words in capitals)
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            named = _TERRITORY_NAME_AFTER.match(text, m.end())
            if named is not None:
                yield Finding(start, named.end(), Label.ETABLISSEMENT, 0.75, self.name)
            elif (town_end := _town_after(text, m.end())) is not None:
                yield Finding(start, town_end, Label.ETABLISSEMENT, 0.75, self.name)
            elif (
                (proper := _PROPER_NAME_AFTER.match(text, m.end())) is not None
                and (not is_common_word(proper["word"]) or proper["compound"] is not None)
                # (inside a run of capitals the acronym is a word: « MASTIC DE CHIO Rygiène », OCR'd press)
                and _CAPITALS_BEFORE.search(text, max(0, start - 24), start) is None
            ):
                yield Finding(start, proper.end(), Label.ETABLISSEMENT, 0.75, self.name)  # « CHPF Taaone »
            elif (
                _ARTICLE_BEFORE.search(text, max(0, start - 16), start)
                or _a_heading_item(text, start, m.end())
                or (len(m.group()) == _FULL_TERRITORY_ACRONYM and _a_field_item(text, start, m.end()))
            ):
                # (or an item of a letterhead or a banner alone, between the line's edges and its dashes:
                # « CHM — Cellule EVASAN — … », « Soarian Clinicals — CHUV⏎ »)
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.7, self.name)

    def _mixed_case_acronyms(self, text: str) -> Iterator[Finding]:
        """A hospital named by its acronym in mixed case (« Dr Vercruysse, CHwapi Tournai », « suivie au
        CHirec »): « CH » or « GH » then lower-case letters, no word typed with its first two letters in
        capitals (« CHez », « CHaque » in a drop cap are words: the lists); the town after it too."""
        for m in _MIXED_CASE_ACRONYM.finditer(text):
            word = m.group()
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                continue
            if is_common_word(word.lower()) or is_common_word(word.capitalize()):
                continue
            end = m.end()
            proper = _PROPER_NAME_AFTER.match(text, end)
            if proper is not None and (
                not is_common_word(proper["word"])
                or load_lexicon().commune(proper.group().strip()) is not None
            ):
                end = proper.end()  # « CHwapi Tournai »: its town
            yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.75, self.name)

    def _hospitals_named_after_a_person(self, text: str) -> Iterator[Finding]:
        """A hospital by the person it is named after, first name and surname joined by a hyphen as the
        street names and the hospitals write them (« hospitalisé à Louis-Pasteur à Cherbourg », « urgences
        de Jacques-Lacarin »), right after a stay or a unit: no person is written so there (« adressé à
        Jean-Pierre » is no stay), no listed commune either."""
        # (scanned from the hyphen, a literal that ``re`` finds fast; the first name read back from it)
        for dash in _DASH_THEN_SURNAME.finditer(text):
            m = _FIRST_DASH_SURNAME.search(text, max(0, dash.start() - 24), dash.end())
            if m is None or m.end() != dash.end():
                continue
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            if not is_first_name(m["first"]):
                continue
            window = max(0, start - 48)
            # a stay or a unit right before says a hospital, whatever the surname (« Pasteur », « Rostand »
            # are first names too); a mere « à » does not (« à Janssen-Cilag International »: a company)
            if not (
                _STAY_AT_BEFORE.search(text, window, start) or _SHORT_UNIT_BEFORE.search(text, window, start)
            ):
                continue
            if load_lexicon().commune(m.group()) is not None:
                continue
            yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.75, self.name)

    def _centres_named_after_a_person(self, text: str) -> Iterator[Finding]:
        """A centre named after a person, « centre » typed in lower case inside a sentence (« séances au
        centre Eugène Marquis », « suivie au centre Oscar-Lambret », « le centre Jean Perrin »): the cancer
        centres and many others bear a first name and a surname, which no place of a town does after
        « centre » (« au centre de Lyon », « centre Val de Loire »: no first name)."""
        for m in _CENTRE_OF_A_PERSON.finditer(text):
            first, last = m["first"], m["last"]
            if not is_first_name(first) or is_common_word(first):
                continue
            if (
                not is_surname(last)
                and is_common_word(last)
                and (
                    # (a surname that no list holds and that is a word too, « centre Antoine Portail »: a
                    # person's name still, after a first name that names no town and before no point of the
                    # compass; « centre Paris Nord », « centre Valence Sud » are a town's parts)
                    fold(last) in _COMPASS or load_lexicon().commune(first) is not None
                )
            ):
                continue  # (a surname may be a word too: « centre Eugène Marquis »)
            yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)

    def _hospital_acronyms_by_cue(self, text: str) -> Iterator[Finding]:
        """A hospital's own acronym that no list holds (« CHLS », « CHAL », « HNFC », « GHPSO »), told by
        where it stands: in brackets right after an establishment's written-out name on its line (« CH
        de Lons-le-Saunier (CHLS) », « hôpital d'Annemasse (CHAL) »), or after a doctor's speciality and a
        comma at a signature's end (« Dr Perrin, pédiatre, HNFC »). Not a kind of unit (« (HDJ) », « (SSR) »),
        a disease or a test (« HTA », « HPV »): the lists of structures and of medical acronyms."""
        for m in _HOSPITAL_ACRONYM.finditer(text):
            word, start, end = m.group(), m.start(), m.end()
            line_start = text.rfind("\n", 0, start) + 1
            if (
                word not in _BARE_ACRONYMS
                and word not in STRUCTURE_ACRONYMS
                and _DESTINATION_BEFORE.search(text, max(line_start, start - 24), start)
                and (town_end := _town_after(text, end)) is not None
            ):
                # « destination HIC Quimper », « → HSA Avignon »: where a transport takes the patient, an
                # acronym and its town, whatever else the acronym means (« HIC » is a disease too)
                yield Finding(start, town_end, Label.ETABLISSEMENT, 0.75, self.name)
                continue
            if (
                word in _NOT_HOSPITAL_ACRONYMS
                or word in _BARE_ACRONYMS
                or word in STRUCTURE_ACRONYMS
                or word in _MEDICAL_H_ACRONYMS
            ):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            in_brackets = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
            # a word of French in capitals is no acronym, but in brackets right after a hospital written
            # out, where a hospital gives its own (« Hôpital d'Annecy (CHANGE) »: centre hospitalier Annecy
            # Genevois)
            if is_common_word(word) and not (in_brackets and word[0] == "C"):
                continue
            if in_brackets:
                if _TYPE_BEFORE_BRACKET.search(text, max(line_start, start - 80), start - 1) or (
                    word[0] in "CG"
                    and _PRACTITIONER_BEFORE_BRACKET.search(text, max(line_start, start - 64), start - 1)
                ):
                    yield Finding(start, end, Label.ETABLISSEMENT, 0.75, self.name)
            elif word[0] == "C" and len(word) == 6:
                continue  # « CH » and four capitals: a hospital's own only in its brackets (« CHADS » is a score)
            elif (
                (
                    _SIGNATURE_END.match(text, end)
                    and _ROLE_BEFORE.search(text, max(line_start, start - 48), start)
                )
                or _CARE_VERB_BEFORE.search(text, max(line_start, start - 40), start)
                or _UNIT_OF_BEFORE.search(text, max(line_start, start - 48), start)
                or _MOVED_BEFORE.search(text, max(line_start, start - 90), start)
                # « Cilaos → GHSR | AVP »: a transfer list's arrow, the acronym closing its cell or line
                or (
                    _DESTINATION_BEFORE.search(text, max(line_start, start - 24), start)
                    and _ITEM_CLOSES.match(text, end) is not None
                )
                or (
                    _PLURAL_GROUP.match(word)
                    and _PLURAL_ARTICLE_BEFORE.search(text, max(line_start, start - 8), start)
                    and _in_mixed_case(text, start)
                )
                or (
                    word.startswith("GH")
                    and len(word) >= 4
                    and _GROUP_ARTICLE_BEFORE.search(text, max(line_start, start - 8), start)
                    and _in_mixed_case(text, start, least=4)
                )
            ):
                yield Finding(start, end, Label.ETABLISSEMENT, 0.75, self.name)

    def _typed(self, text: str, written: str, starts: Iterable[int]) -> Iterator[Finding]:
        """A type of establishment followed by a proper name; ``starts``: where a type may start;
        ``written``: the text as written (``text`` may be its second reading, lines joined)."""
        done = 0
        # where an establishment written out opens right after its acronym and a hyphen (« CHU-Hôpitaux de
        # Rouen »): the acronym's start, the one name's
        glued: dict[int, int] = {}
        for start in starts:
            if start < done:
                continue
            m = ESTABLISHMENT.match(text, start)
            if m is None:
                continue
            if m["group"] is not None:
                done = m.end()
                # « Méthadone AP-HP », « Pediaven AP-HP »: the maker of a medicine, no stay
                if not ends_a_medicine_name(text[max(0, m.start() - 48) : m.start()], m["group"], maker=True):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.75, self.name)
                continue
            inner = _TOKEN.match(text, m.start("name"))
            own = (
                ESTABLISHMENT.match(text, m.start("name"))
                if m["field"] is None and "-" in text[m.end("type") : m.start("name")]
                else None
            )
            if own is not None and own["type"] is not None and not _ACRONYM_TYPE.fullmatch(own["type"]):
                # « COMPTE RENDU D'IMAGERIE — Cabinet de radiologie des Boulevards »: a kind, a dash, then an
                # establishment with its own type written out, read from there
                if _ACRONYM_TYPE.fullmatch(m["type"]) and text[m.end("type") : m.start("name")] == "-":
                    # « CHU-Hôpitaux de Rouen »: one name, the acronym in it
                    glued[m.start("name")] = m.start()
                continue
            if (
                inner is not None
                and _ACRONYM_TYPE.fullmatch(inner.group())
                and ("-" in text[m.end("type") : m.start("name")] or inner.group() == m["type"])
            ):
                # « HOSPITALISATION À DOMICILE — HAD Santé Relais Domicile »: the kind written out, a dash,
                # then the establishment with its own type, read from there (« HAD HAD Santé Service »:
                # the kind said twice, the second opens the brand)
                continue
            name_end = self._proper_name_end(text, written, m.start("name"), m.end("name"))
            if name_end is not None and _next_line_opens_a_field(
                written, m.end("type"), m.start("name"), name_end
            ):
                continue  # « … — saisie PMI⏎Nom de l'enfant : »: the next line is a form's field
            opens = m.start()
            if text[m.end("type")] == "_" and inner is not None:
                # « CHU_RENNES »: glued to its town, the facility of an HL7 message, whose next field
                # follows (« ^PI », read as a space); « CH_TOTAL » is a variable's name
                if load_lexicon().commune(inner.group()) is None:
                    continue
                name_end = inner.end()
            if (
                m["linked_practice"] is not None
                and _TOWN_LINK_AFTER_PRACTICE.match(text, m.end("type")) is not None
                and load_lexicon().commune(text[m.start("name") : name_end or m.end("name")]) is not None
            ):
                # « cabinet infirmier de Rostrenen »: the town is the place, found as a town (« du Léon »,
                # « des Tilleuls »: an article, a district or a house, the practice's own name)
                continue
            # (the brand on its own line: the second reading joins the next one, the document's title)
            brand = written[m.start("name") : m.end("name")].split("\n", 1)[0].rstrip()
            if (
                (name_end is None or name_end < m.start("name") + len(brand))
                and m["type"] in _HOME_CARE
                and _BRAND.fullmatch(brand)
                and not any(w.lower().endswith(_KIND_ENDINGS) for w in brand.split())
            ):
                # « HAD Santé Service », « SSIAD Soins Service »: a home-care service's brand made of
                # generic words, each capitalised (« HAD pédiatrique », « HAD Pédiatrie »: one word);
                # the brand only is the name, the kind before it says what every such service is
                # (a brand read as a name with a generic word at its end: the type with it, as for any name)
                # (the kind said twice, « visite HAD HAD Santé Service », « Relève HAD — HAD Santé
                # Service »: the second is the brand's own first word)
                # The kind is masked with its brand: the service calls itself so (« HAD Santé Service »
                # on its letterhead, in its staff's notes), the kind alone before a brand of generic words
                # is the name's first word as every writer of the probes marked it (batches 24, 27, 31),
                # and it says nothing once the brand is hidden.
                name_end = m.start("name") + len(brand)
            if (
                name_end is None
                or (
                    # (an acronym is no adjective: « suivi CH Delafontaine » is where the follow-up is)
                    _ACRONYM_TYPE.fullmatch(m["type"]) is None
                    and _NOUN_TYPE.match(m["type"]) is None
                    and search(_ADJECTIVE_USE, text, max(0, m.start() - 24), m.start())
                    # (a capitalised type that opens its line goes on no sentence: « BULLETIN DE SITUATION ⏎
                    # Hôpital privé d'Antony », where « tableau ⏎ clinique typique » stays in lower case)
                    and not (
                        m["type"][:1].isupper()
                        and _OPENS_ITS_LINE.search(written, max(0, m.start() - 8), m.start())
                    )
                )
            ):
                continue
            if m["field"] is not None and not _FIELD_VALUE_END.match(text, name_end):
                continue  # « EHPAD : Le patient refuse »: a sentence, no field's value
            if (
                m["field"] is not None
                and not _FIELD_HOLDS_A_NAME.match(text, m.end("field"))
                and all(
                    is_common_word(text[a:b])
                    for a, b in (
                        (t.start(), t.end()) for t in _TOKEN.finditer(text, m.start("name"), name_end)
                    )
                )
            ):
                continue  # « EHPAD : Non », « HAD : Oui »: a form's answer; « EHPAD : Les Tilleuls » a home's name
            if _HEADING_AFTER_DASH.fullmatch(text, m.end("type"), m.start("name")) and _section_title(
                text, m.start("name"), name_end
            ):
                continue  # « DEMANDE D'ADMISSION EN EHPAD — Volet administratif »: a form's section
            first_word = m["name"].split()[0] if m["name"].split() else ""
            if (_units_type(m["type"]) or m["part_time"] is not None) and first_word in _HOSPITAL_FIRST:
                # « cabinet d'anatomie pathologique du CHU de Rouen », « l'hôpital de jour du CHU de
                # Bobo-Dioulasso »: the CHU is the place, found at its own start
                continue
            if text[m.start("name") : name_end] in _BARE_ACRONYMS or name_end - m.start("name") < 2:
                # « laboratoire d'anatomie pathologique du CHU »: whichever one the note is about; a
                # capital alone is no name (« … PATHOLOGIQUES⏎N° d'examen » read with the next line)
                continue
            if _in_web_address(text, m.start()):
                continue  # « HTTPS://DPI.CHU-EXEMPLE.FR/… »: a part of an address on the web
            if company_before(text, m.start()):
                continue  # « Eisai Manufacturing Limited European Knowledge Centre »: a company's
            kind = m["type"]
            if (
                kind[:1] in "Pp"
                and kind.lower() == "pharmacie"
                and fold(first_word) in _PHARMACY_UNITS
                # (a shop's header gives its street: « Pharmacie Centrale, 4 place du Marché, … »)
                and not _SHOP_ADDRESS_AFTER.match(text, name_end)
            ):
                continue  # « Pharmacie Centrale », « Pharmacie Clinique »: a hospital's unit, no shop's name
            if (
                kind[:1] in "Pp"
                and kind.lower().startswith("pharmacie")
                and _a_medicine_maker(text, m, self._maker_words)
                and not _SHOP_ADDRESS_AFTER.match(text, name_end)
            ):
                # « Doxycycline Pharmacie Centrale des Armées »: right after a medicine, its maker (the
                # database's holder), as « Méthadone AP-HP »; no dispensing shop
                continue
            if _SCHOOL_KIND.fullmatch(kind) and _OF.search(text, m.end("type"), m.start("name")):
                continue  # « transmission maternelle de … », « composition élémentaire de … »: adjectives
            if _SCHOOL.match(kind) and m["name"].split()[0].lower() in _LEARNED:
                continue  # « Collège National des Gynécologues », « École Normale Supérieure »: no place of a person
            # Above a city's score, so that « CHU de Rouen » stays one establishment, not a city.
            score = 0.92 if kind[:1].isupper() else 0.9
            joined = _AMPERSAND_AFTER.match(text, m.end("name"))
            if joined is not None:
                # « GHU Paris Psychiatrie & Neurosciences »: generic words joined by « & » make a name
                # of its own, kept whole
                name_end = joined.end()
            cut = _CUT_AT_THE_LINE_END.match(written, name_end)
            if cut is not None and cut["rest"] not in cues.FUNCTION_WORDS:
                name_end = cut.end()  # « Clinique de la Sauve-⏎garde »: the last word cut by the line's end
            second = _SECOND_TOWN_AFTER.match(text, name_end)
            if (
                second is not None
                and not is_common_word(second["town"])
                # (« CHU de Nantes / HDJ »: a unit's acronym)
                and not (second["town"].isupper() and len(second["town"]) <= 5)
            ):
                name_end = second.end()  # « CHU DE POINTE-À-PITRE / ABYMES »: a hospital of two towns
            region = _REGIONAL_ADJECTIVE_AFTER.match(text, name_end)
            if region is not None and (
                _COMPASS_LAST.search(text, m.start("name"), name_end) is not None
                or (
                    _FRENCH_TERRITORY_LAST.search(text, m.start("name"), name_end)
                    and _FRANCAISE.match(region.group())
                )
            ):
                name_end = region.end()  # « hôpital de l'Ouest guyanais », « CH Sud francilien »
            building = _BUILDING_NUMBER.match(text, name_end)
            if building is not None:
                name_end = building.end()  # « HÔPITAL PASTEUR 2 », « Hôpital Nord II »: one of its buildings
            site = _SITE_AFTER.match(text, name_end)
            if site is not None and _names_a_site(site["site"]):
                name_end = site.end()  # « CHU de Nantes, site Laënnec »: one of its sites
            done = name_end
            lead = _LEADING_ADJECTIVE.search(text, max(0, opens - 12), opens)
            if lead is not None and opens == m.start():
                opens = lead.start()  # « Nouvel Hôpital Civil », « Grand Hôpital de l'Est Francilien »
            opens = glued.get(opens, opens)
            yield Finding(opens, name_end, Label.ETABLISSEMENT, score, self.name)
            named_site = _NAMED_SITE_AFTER.match(text, name_end)
            if named_site is not None:
                # « CHU de Martinique, Maison de la Femme, de la Mère et de l'Enfant »: the named building
                # of the hospital that ends the letterhead's line, one of its sites
                done = named_site.end()
                yield Finding(
                    named_site.start("site"), named_site.end(), Label.ETABLISSEMENT, score, self.name
                )
            acronym = _ACRONYM_AFTER_NAME.match(text, name_end)
            if acronym is not None and _names_its_group(acronym["acronym"]):
                # « Hôpital Saint-Philibert, GHICL⏎ », « Clinique Pasteur — GHPSO »: the letterhead
                # names the group the establishment belongs to by its acronym
                done = acronym.end("acronym")
                yield Finding(
                    acronym.start("acronym"), acronym.end("acronym"), Label.ETABLISSEMENT, 0.75, self.name
                )
            bracket = _BRACKETED_SITE.match(text, name_end)
            if bracket is not None and _acronym_named_after_a_person(bracket["site"]):
                # « CH de Cayenne (CHC Andrée Rosemon) »: the hospital's own acronym and the person it is
                # named after, its name as the town knows it
                done = bracket.end()
                yield Finding(
                    bracket.start("site"), bracket.end("site"), Label.ETABLISSEMENT, score, self.name
                )
            elif bracket is not None and (
                _names_a_site(bracket["site"])
                or (bracket["said"] is not None and _said_a_site(bracket["site"]))
            ):
                # « CHU Félix Guyon (Bellepierre) »: the site or the district it stands in; a commune
                # that is no French word is the town it stands in (« centre de soins de suite de
                # Pen-Bron (La Turballe) », « clinique du Parc (Lyon) »)
                done = bracket.end()
                commune = load_lexicon().commune(bracket["site"])
                a_town = commune is not None and not commune.is_word and not commune.abroad
                yield Finding(
                    bracket.start("site"),
                    bracket.end("site"),
                    Label.VILLE if a_town else Label.ETABLISSEMENT,
                    0.85 if a_town else score,
                    self.name,
                )
            after_comma = _UNLISTED_TOWN_AFTER.match(text, name_end)
            town = after_comma or _TOWN_AT_AFTER.match(text, name_end)
            between = None if town is not None else _TOWN_BETWEEN_ITEMS.match(text, name_end)
            if between is not None and _plain_town(between["town"]):
                # « CHU Dupuytren, Limoges, Hépato-gastro-entérologie »: the letterhead's items go on
                # after the town, the unit next; a town large enough to need no cue (``_plain_town``)
                yield Finding(between.start("town"), between.end("town"), Label.VILLE, 0.75, self.name)
            if town is not None and (
                _unlisted_town(town["town"]) or (after_comma is not None and _french_commune(town["town"]))
            ):
                # (a listed commune too after the comma, at the line's or the item's end: « Réanimation,
                # CHU Dupuytren, Limoges⏎ », where the city recogniser has no cue of its own)
                yield Finding(town.start("town"), town.end("town"), Label.VILLE, 0.75, self.name)

    @staticmethod
    def _proper_name_end(text: str, written: str, start: int, end: int) -> int | None:
        """Where the proper name ends once trailing generic words are dropped; None if all are generic."""
        tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
        whole = list(tokens)
        if tokens and text[tokens[0][0] : tokens[0][1]].lower().rstrip(".") in _OPENS_NO_NAME:
            # « SSR de Madame Jaouen »: a person after the unit; « au CMP ⏎ Madame, »: a salutation
            return None
        for k, (token_start, token_end) in enumerate(tokens):
            word = text[token_start:token_end].lower()
            if k and (word in _TITLES or word in _SALUTATIONS):
                del tokens[k:]  # « Hôpital de Lorient Dr. Marc »: a title starts a person
                break
            if (
                k
                and "\n" in written[tokens[k - 1][1] : token_start]
                and _FIELD_LABEL_END.match(text, token_end)
            ):
                # « CENTRE HOSPITALIER DE CHARTRES ⏎ Patient : … », « Clinique des Cèdres ⏎ Dossier
                # n° … »: the next line opens on a field's label (joined by the second reading)
                del tokens[k:]
                break
            if k and _COLUMN_GAP.search(written, tokens[k - 1][1], token_start):
                # « CENTRE HOSPITALIER DE COMPIÈGNE-NOYON          Courrier de sortie »: the other column
                # of a page whose columns the extraction merged on one line (unless the name before the
                # gap is made of generic words only, « Maternité Régionale Universitaire⇥Dossier »: then
                # the whole run is kept, as before, rather than nothing)
                if _name_tokens(text, tokens[:k]):
                    del tokens[k:]
                    break
                tokens = whole
                break
            if (
                k
                and "\n" in written[tokens[k - 1][1] : token_start]
                and is_common_word(word)
                and _LOWER_WORD_AFTER.match(text, token_end)
            ):
                # « CHU de Nantes – Service de Pneumologie ⏎ Compte rendu de consultation »: the next
                # line opens on a phrase of words, the document's title, no part of the name (a name
                # carried over the line goes on with capitals: « Centre Hospitalier Bretagne ⏎ Atlantique »);
                # the words before the break are kept whole, generic or not, as they were read with it
                # (« HAD Santé Relais Domicile ⏎ Synthèse de fin de prise en charge »)
                del tokens[k:]
                return tokens[-1][1]
            if (
                k
                and _DASH.fullmatch(text, tokens[k - 1][1], token_start)
                and (
                    word in _UNIT_WORDS
                    or _case_changes(text, tokens[0][0], tokens[k - 1][1], token_start, token_end)
                )
            ):
                # « HÔPITAL FOCH — SERVICE D'IMAGERIE », « Hôpital Nord – ÇELIK Hüseyin – NDA … »: after a
                # dash, a letterhead's or a footer's next item, a unit or a name in capitals after a name
                # that is not (the patient's, in a PDF's repeated footer)
                del tokens[k:]
                break
            if k and word in _TYPE_WORDS and _DASH.fullmatch(text, tokens[k - 1][1], token_start):
                # « CHRU de Brest — Hôpital de la Cavale Blanche »: a letterhead's next item, another
                # establishment (found at its own start)
                del tokens[k:]
                break
            if text[token_start:token_end] in COMPANY_FORMS:
                return None  # « Centre Spécialités Pharmaceutiques », « … Centre Ltd »: a company
        # « Nom : MAS   Prénom : Jordi »: the next field's label is no word of the name
        while tokens and is_field_label(
            text[tokens[-1][0] : tokens[-1][1]], text[tokens[-1][1] : tokens[-1][1] + 4]
        ):
            tokens.pop()
        if tokens and named_for_its_patients(text, tokens):
            return tokens[-1][1]  # « Hôpital des Enfants »: the site's own name, its words generic
        tokens = _name_tokens(text, tokens)
        if not tokens:
            return None
        return tokens[-1][1]


# A form's label on the line after a type ending its line (« saisie PMI⏎Nom de l'enfant : LABORDE »,
# « EHPAD⏎Date d'entrée : »): the label's first word, its complement, then the colon on that line.
_FIELD_LABEL_LINE = re.compile(r"[^\n:;,.]{0,32}:(?![0-9])")
_LABEL_WORDS = cues.HEADER_LABELS | FIELD_WORDS


def _next_line_opens_a_field(written: str, type_end: int, start: int, end: int) -> bool:
    """The name read after the type (``start``…``end``) opens the next line, and that line is a form's
    field: a label's word, then its colon (the second reading joined the two lines)."""
    if "\n" not in written[type_end:start]:
        return False
    first = _TOKEN.match(written, start)
    if first is None or fold(first.group()) not in _LABEL_WORDS:
        return False
    return _FIELD_LABEL_LINE.match(written, first.end()) is not None


# Three blanks or more, or a tab, between two words: the gap between two columns of a page.
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t")
# A word in lower case after a word (« Compte rendu », « Courrier de sortie »): a phrase goes on (a
# section's title after one word of three letters or more, ``_section_title``).
_LOWER_WORD_AFTER = re.compile(rf"[ \t]+(?P<word>[{LOWER}]+)")
# What ends a form's label: its colon, or « n° » before a number (« Patient : », « Dossier n° »).
_FIELD_LABEL_END = re.compile(r"[ \t]*(?::|[Nn][°º])")
# A hospital named after the part of its region it serves: a compass point, then the region's adjective
# in lower case (« hôpital de l'Ouest guyanais », « CH Sud francilien », « Hôpital Nord franc-comtois »).
# A territory whose name is said with « française » (« Centre hospitalier de la Polynésie française »).
_FRENCH_TERRITORY_LAST = re.compile(r"(?<![\w])(?:Polynésie|Guyane)$")
_FRANCAISE = re.compile(r"[ \t]+française$")
_COMPASS_LAST = re.compile(r"(?<![\w])(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Est|Ouest))?$")
_REGIONAL_ADJECTIVE_AFTER = re.compile(
    r"[ \t]+(?!(?:matin|demain|médecin|prochain|voisin|final|normal|local|total|médian)(?![\w]))"
    r"[a-zà-ÿ][a-zà-ÿ\-]{2,}(?:ais|aise|ien|ienne|ois|oise|in|ine|al|ale|and|ande|an|ane)(?![\w])"
)
# The number of a hospital's building after its name, ending the line or the item of a letterhead
# (« HÔPITAL PASTEUR 2\n », « Hôpital Nord II — »): a site of the establishment. Not « Clinique du Parc
# 2 fois par semaine »: a word follows.
_BUILDING_NUMBER = re.compile(
    r"[ \t]+(?:[1-9]|I{1,3}|IV)(?=[ \t]*(?:$|\n|[—–\-,;:)])"
    # or before the town it stands in (« admitted to Hôpital Pasteur 2 in Nice », « Hôpital Nord 2 à
    # Marseille »): a preposition of place and a capital, no quantity's word
    r"|[ \t]+(?:à|a|in|de|d['’])[ \t]*[A-ZÀ-Þ])"
)
# Capitalised words joined to a name by « & » (« Psychiatrie & Neurosciences », « Santé & Vie »): the
# establishment's own name, generic words and all.
_AMPERSAND_AFTER = re.compile(rf"[ \t]*&[ \t]*{TOKEN}(?:[ \t]+{TOKEN}){{0,2}}", re.VERBOSE)
# A second town after « / » ending the line or the letterhead's item (« CHU DE POINTE-À-PITRE / ABYMES »).
_SECOND_TOWN_AFTER = re.compile(
    # (or the sentence goes on: « évacué vers le CHU de Pointe-à-Pitre/Abymes à 17h », « … /Abymes. »)
    r"[ \t]*/[ \t]*(?P<town>[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)(?=[ \t]*(?:$|\n|[—–,;.)]|-[ \t])|[ \t]+(?:à|a|le|pour|depuis|en)[ \t])"
)
# The rest of a name's last word cut by a hyphen at the line's end (« Sauve-⏎garde »), in lower case.
_CUT_AT_THE_LINE_END = re.compile(r"-\n(?P<rest>[a-zà-ÿ]{2,})(?![\w\-])")
# A named building of the hospital after its name and a comma, to the line's end (« CHU de X, Maison de
# la Femme, de la Mère et de l'Enfant », « CHU de Y, Pavillon des Enfants »): its capitalised words after
# their links, joined by commas and « et ».
_SITE_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*"
_NAMED_SITE_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?P<site>(?:Maison|Pavillon|Bâtiment|Hôpital|Institut)[ \t]+{_SITE_LINK}[A-ZÀ-Þ][\w'’\-]*"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+|[ \t]+){_SITE_LINK}[A-ZÀ-Þ][\w'’\-]*){{0,4}})(?=[ \t]*(?:\n|$))"
)
_WEB_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*", re.IGNORECASE)
# One of the sites of an establishment after its name (« CHU de Nantes, site Laënnec », « INSTITUT DE
# CANCÉROLOGIE DE L'OUEST — site René Gauducheau », « CH de Cornouaille - site de Quimperlé », « CHU de
# Grenoble, site sud »): a capitalised name, or the point of the compass a site is named by. Not « CHU de
# Nantes, site opératoire propre », « …, site d'injection »: a word in lower case.
_SITE_WORD = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_SITE_NAME = (
    r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"
    rf"(?:{_SITE_WORD}(?:(?:[ \t]+(?:de[ \t]+la|du|des|de|la|le)[ \t]+|[ \t]+d['’]|[ \t]+){_SITE_WORD}){{0,3}}"
    r"|(?i:nord|sud|est|ouest|centre|central|principal)(?![\w\-]))"
)


# What may follow an item of a heading's line: the line's end, a dash, a cell's pipe.
# (a dash normalised to a hyphen between spaces: ``normalise``)
_ITEM_CLOSES = re.compile(r"[ \t]*(?:$|\n|[—–|])|[ \t]+-[ \t]")


# An arrondissement's or a sector's number after an establishment's town, then the quarter it stands in,
# to the clause's end (« CMP Paris 13 Tolbiac. », « CMP Marseille 4e Chartreux, »): the centre's name.
_NUMBERED_TAIL = re.compile(
    rf"[ \t]+(?:[1-9]|1[0-9]|20)(?:e|er|ème)?"
    # (the quarter's capitalised name ends the centre's name wherever the sentence goes on: « au CMP Paris
    # 13 Tolbiac est fixé »; the number alone must end the clause, « CMP Paris 2 fois » is no centre's)
    rf"(?:[ \t]+(?P<quarter>(?!(?:Dr|Pr|Mme|M)[ .])[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*)(?![\w\-'’])"
    r"|(?P<closes>(?=[ \t]*(?:[.,;)\n]|$)))|(?=[ \t]+[a-zà-ÿ]))"
)
# The cities whose establishments are named with their arrondissement's number (« CMP Lyon 8 »).
_ARRONDISSEMENT_CITIES = frozenset({"paris", "lyon", "marseille"})


def _numbered_tails(text: str, found: list[Finding], source: str) -> Iterator[Finding]:
    """An establishment whose name ends on a commune, then an arrondissement's number and perhaps its
    quarter (``_NUMBERED_TAIL``): the whole is its name."""
    lexicon = load_lexicon()
    for f in found:
        if f.label is not Label.ETABLISSEMENT or not text[f.start : f.end].split():
            continue
        m = _NUMBERED_TAIL.match(text, f.end)
        if m is None:
            continue
        last = text[f.start : f.end].split()[-1]
        if lexicon.commune(last) is None:
            continue
        if m["quarter"] is None and not m["closes"] and last.lower() not in _ARRONDISSEMENT_CITIES:
            continue  # (« CMP Rennes 2 fois »: a count; Paris, Lyon, Marseille have numbered districts)
        yield Finding(f.start, m.end(), Label.ETABLISSEMENT, f.score, source)


# « CH » or « GH » and two capitals (« CHOR », « GHBS »): few words or medical acronyms have this shape
# once the lists' are left out, enough to read it as a hospital closing a field or after « à ».
_FULL_TERRITORY_ACRONYM = 4
_FIELD_ITEM_ENDS = re.compile(r"[ \t]*(?:$|\n|[—–|,]|-[ \t])")
_TO_BEFORE = re.compile(r"(?<![\w])(?i:à)[ \t]+$")


def _a_field_item(text: str, start: int, end: int) -> bool:
    """A territory's full acronym closes a field or an item (« Dr Le Roux, GHBS, soins palliatifs »,
    « | GHER – Médecine », « bureau des entrées GHSR⏎ », « post-urgence CHOR – Saint-Paul ») or is the
    place after « à » (« suivre à CHOG l'enfant »); not inside a run of capitals (a heading's words)."""
    if _CAPITALS_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False
    return (
        _FIELD_ITEM_ENDS.match(text, end) is not None
        or _TO_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _a_heading_item(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands alone as an item of a heading's line: the line's start or a dash before
    it, the line's end or a dash after it."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
    if _ITEM_CLOSES.match(text, end) is None and not _commune_after_comma(text, end):
        return False
    return before.strip(" \t|") == "" or before.endswith(("—", "–", " -", "\t-"))


# A comma then the hospital's town, as a heading writes it (« CERTIFICAT — CHXY, Papeete⏎ »).
_COMMA_THEN_CAPITAL = re.compile(r",[ \t]*(?=[A-ZÀ-Þ])")


def _commune_after_comma(text: str, end: int) -> bool:
    """« — CHXY, Papeete »: a comma, then a French commune that is no word, ending its item."""
    comma = _COMMA_THEN_CAPITAL.match(text, end)
    if comma is None:
        return False
    found = commune_after(load_lexicon(), text, comma.end(), min(len(text), comma.end() + 48))
    if found is None or found[1].abroad or found[1].ambiguous:
        return False
    stop = found[0]
    return stop == len(text) or not (text[stop].isalnum() or text[stop] in "-_")


def _names_a_site(name: str) -> bool:
    """The name after « site » is a place after its link (« site de Lourdes »), a proper name or a point
    of the compass, not a side or a common word capitalised (« VVP site Droit »)."""
    if only_countries(name):
        return False  # « CHU Habib Bourguiba — Sfax (Tunisie) »: the country the hospital is in
    if fold(name) in DEPARTMENT_NAMES and name.lower() not in _COMPASS:
        return False  # « Centre médical de Bligny (Essonne) »: the department it is in, no place of a person
    words = [w for w in re.split(r"[ \t'’\-]+", name) if w]
    if len(words) > 1 and words[0].lower() in _SITE_LINKS:
        return True
    if words and (words[0].lower() in _TITLES or (words[0].isupper() and len(words[0]) <= 5)):
        # « (Pr Martin) », « (CHU) », « (HDJ) »: a person, an acronym (« (GABRIEL-MONTPIED) » after a
        # letterhead in capitals is its site)
        return False
    return bool(words) and (
        words[0].lower() in _COMPASS or not all(is_common_word(w) or w.lower() in _SITE_LINKS for w in words)
    )


# « site », its link perhaps, then a capitalised name (``_sites_in_care``).
_SITE_IN_CARE = re.compile(
    rf"(?<![\w\-])[Ss]ite[ \t]+(?:{_SITE_LINK})?(?P<site>{_SITE_WORD}(?:[ \t]+{_SITE_WORD}){{0,2}})(?![\w\-'’])"
)
# A practitioner, a unit or a speciality: care given at the site named after it.
_CARE_ON_THE_LINE = re.compile(
    r"(?<![\w])(?:Dr|Pr|(?i:docteur|service|unit[ée]|p[ôo]le|consultations?|urgences|h[ôo]pital|clinique"
    r"|[a-zé]+logie|[a-zé]+iatrie|[a-zé]+urgie))(?![\w])"
)


def _site_in_brackets(text: str, end: int, source: str) -> Iterator[Finding]:
    """The district or the site a hospital known by its short name stands in, in brackets after it
    (« site Félix-Guyon (Bellepierre) »): an establishment's, or the town's when it is a commune that
    is no French word (« Pellegrin (Bordeaux) »)."""
    bracket = _BRACKETED_SITE.match(text, end)
    if bracket is None or not _names_a_site(bracket["site"]):
        return
    commune = load_lexicon().commune(bracket["site"])
    a_town = commune is not None and not commune.is_word and not commune.abroad
    label = Label.VILLE if a_town else Label.ETABLISSEMENT
    yield Finding(bracket.start("site"), bracket.end("site"), label, 0.8, source)


def _said_a_site(name: str) -> bool:
    """The name after « site » said in so many words (« (site Notre-Dame) »): any capitalised name, words
    of the language too, but a person's title, an acronym of a unit or a country."""
    first = re.split(r"[ \t'’\-]+", name)[0]
    return not (first.lower() in _TITLES or (first.isupper() and len(first) <= 5) or only_countries(name))


def _acronym_named_after_a_person(name: str) -> bool:
    """An acronym in capitals, then a first name and a surname (« CHC Andrée Rosemon », « CHI Robert
    Ballanger »): a hospital named after a person, as its acronym's first letters say."""
    words = name.split()
    return (
        len(words) == 3
        and words[0].isupper()
        and 2 <= len(words[0]) <= 6
        and is_first_name(words[1])
        and not is_common_word(words[1])
        and not words[2].isupper()
    )


_SITE_LINKS = frozenset({"de", "la", "l", "du", "des", "d", "le"})
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "centre", "central", "principal"})
_SITE_AFTER = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+[—–\-][ \t]+|[ \t]+)(?i:site)[ \t]+(?P<site>{_SITE_NAME})")
# The site or the district of an establishment in brackets right after its name (« CHU Félix Guyon
# (Bellepierre) », « Hôpital Nord (Saint-Priest-en-Jarez) »): capitalised words only, up to the bracket's
# end; not a unit or a person (« (Cardiologie) », « (Pr Martin) »: common words, a title).
# (« site » may open the bracket: « Grand Hôpital de Charleroi (site Notre-Dame) », « (site de la Milétrie) »)
_BRACKETED_SITE = re.compile(
    rf"[ \t]*\((?P<said>(?i:site)[ \t]+(?:{_SITE_LINK})?)?(?P<site>{_SITE_WORD}(?:[ \t]+{_SITE_WORD}){{0,2}}"
    # (a building's number after the site's name: « CHU de Nice (Archet 2) », « (Pasteur 2) »)
    r"(?:[ \t]+[0-9]{1,2}(?![\w/.,]))?)\)"
)
# An establishment's acronym, then the name of one of its sites (« à l'ICO site Paul Papin », « AP-HM
# site Nord », « GHPSJ site Saint-Joseph »): the acronym that no list holds is told by its site.
_ACRONYM_SITE = re.compile(
    # (the site's name after its link too: « GHEF site de Meaux »)
    # (or in brackets: « depuis le CHANGE (site d'Annecy) »)
    rf"(?<![\w\-])[A-Z][A-Z\-]{{1,7}}[A-Z](?:[ \t]+|[ \t]*\([ \t]*)site[ \t]+(?=(?:de|du|d['’])?[ \t]*[A-ZÀ-Þ]|(?i:nord|sud|est|ouest)(?![\w\-]))"
    rf"(?P<site>{_SITE_NAME})"
)


# The town after an establishment and a comma, ending the line or the item of a letterhead
# (« Polyclinique du Cotentin, Équeurdreville⏎ », « Clinique des Cèdres, Cornebarrieu — »): a former
# commune merged since, a locality, no list holds it (a listed commune there is the city recogniser's).
_UNLISTED_TOWN_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?P<town>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)*)"
    r"(?=[ \t]*(?:$|\n|[—–-][ \t]|\.[ \t]*(?:$|\n)|[)|;]))"
)


# The town between two commas after an establishment, the letterhead's next item after it (« CHU
# Dupuytren, Limoges, Hépato-gastro-entérologie », « Hôpital Nord, Amiens, service de pneumologie »).
_TOWN_BETWEEN_ITEMS = re.compile(
    rf"[ \t]*,[ \t]*(?P<town>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)*)(?=[ \t]*,[ \t]*[^\W\d_])"
)
# A town this large is named so by its letterhead even when its name is a word or a surname too
# (« Limoges », « Tours », « Rouen »); as large as ``_FIRST_NAME_TOWN_MIN`` when a first name (« Nancy »).
_PLAIN_TOWN_MIN = 20_000
_FIRST_NAME_TOWN_MIN = 100_000


def _plain_town(word: str) -> bool:
    """A French commune of ``_PLAIN_TOWN_MIN`` people or more (``_FIRST_NAME_TOWN_MIN`` when it is a
    first name too), where a letterhead's item stands alone between commas."""
    commune = load_lexicon().commune(word)
    if commune is None or commune.abroad or commune.population < _PLAIN_TOWN_MIN:
        return False
    return commune.population >= _FIRST_NAME_TOWN_MIN or not is_first_name(word)


# The town after an establishment and « à » (« hôpital transfrontalier de Cerdagne à Puigcerdà le 2
# janvier », « Clinique Sant Jordi à Sabadell »): where it stands, a town abroad or a locality that no list
# holds (a listed commune there is the city recogniser's); not a name of the lists (``_unlisted_town``).
_TOWN_AT_AFTER = re.compile(
    rf"[ \t]+(?:à|in)[ \t]+(?P<town>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)*)(?![\w\-'’])"
)


_OPENS_ITS_LINE = re.compile(r"\n[ \t]*$")
# A home's name after a form's colon opens on its capitalised article (« Les Tilleuls », « Le Clos … »).
# What ends a field's value: the line, a column's gap, a separator.
_FIELD_VALUE_END = re.compile(r"[ \t]*(?:$|\n)|[ ]{2,}|\t|[ \t]*[,;|]")
_FIELD_HOLDS_A_NAME = re.compile(r"(?:Les|Le|La|L['’])[ \t]*[A-ZÀ-Þ]")
_HEADING_AFTER_DASH = re.compile(r"[ \t]*[—–-][ \t]*")


def _a_medicine_maker(text: str, m: re.Match[str], labs: frozenset[str]) -> bool:
    """The pharmacy ``m`` is a medicine's maker as the BDPM names its holders: right after a medicine,
    or named by the database's laboratory words alone (``labs``: « Pharmacie Centrale des Armées »)."""
    if ends_a_medicine_name(
        text[max(0, m.start() - 48) : m.start()], text[m.start() : m.end("name")], maker=True
    ):
        return True
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", m["name"])]
    return any(w in labs for w in words) and all(w in labs or w in cues.FUNCTION_WORDS for w in words)


def _section_title(text: str, start: int, end: int) -> bool:
    """The name after a dash is one common word that a word in lower case goes on from (« Volet
    administratif », « Compte rendu »), or two or three in capitals that end on an adjective's ending
    (« VOLET ADMINISTRATIF »): the title of a form's or a letter's section, no home's name."""
    word = text[start:end]
    words = word.split()
    if (
        word.isupper()
        and 2 <= len(words) <= 3
        and words[0].lower() not in _LINK_WORDS
        and all(is_common_word(w) for w in words)
        and words[-1].lower().endswith((*_KIND_ENDINGS, "if", "ifs", "ives", "aire", "aires", "tion"))
    ):
        # the same title in capitals, its words all words (« EHPAD — VOLET ADMINISTRATIF », « HAD — PARTIE
        # MÉDICALE »); a home's name opens on its article or holds a proper name (« EHPAD — LES TILLEULS »)
        return True
    after = _LOWER_WORD_AFTER.match(text, end)
    return " " not in word and is_common_word(word) and after is not None and len(after["word"]) >= 3


_TOWN_LINK_AFTER_PRACTICE = re.compile(r"[ \t]+(?:de|d['’])(?![ \t]+(?:la|l['’]))")
_UNIT_TYPES = re.compile(r"(?i:(?:cabinet|centre|laboratoire|institut)[ \t]+d)")


def _units_type(kind: str) -> bool:
    """A type that may name a unit inside a hospital (« laboratoire d'anatomie pathologique »,
    « centre de rééducation »), where the hospital's name follows."""
    return _UNIT_TYPES.match(kind) is not None


# An acronym in capitals after an establishment's name and a comma or a dash, ending the line or the
# letterhead's item.
_ACRONYM_AFTER_NAME = re.compile(
    r"[ \t]*(?:,|[ \t][—–\-])[ \t]*(?P<acronym>[A-Z]{3,6})(?=[ \t]*(?:$|\n|[—–,;)]|-[ \t]))"
)


def _names_its_group(acronym: str) -> bool:
    """An acronym that may name a hospital's group: no kind of unit or structure (« SSR », « HDJ »), no
    bare « CHU », no medical acronym, no company's form or authority, no word in capitals."""
    return not (
        acronym in STRUCTURE_ACRONYMS
        or acronym in _BARE_ACRONYMS
        or acronym in _NOT_HOSPITAL_ACRONYMS
        or acronym in _MEDICAL_H_ACRONYMS
        or acronym in _NOT_PLACES_OF_CARE
        or acronym in {"CEDEX", "SELARL", "SASU", "SELAS", "EURL", "SCM", "FRANCE"}
        # the hospital's unit the letter comes from (« CHU Gabriel-Montpied — USIC »): intensive, stroke,
        # short-stay and recovery units
        or acronym in {"USIC", "USI", "USC", "USINV", "UNV", "UHCD", "UHTCD", "SSPI", "UCC", "USP", "UMG"}
        or is_common_word(acronym)
    )


def _french_commune(word: str) -> bool:
    """A commune of the French lists (« Limoges », « Lomme »), not a city abroad."""
    commune = load_lexicon().commune(word)
    return commune is not None and not commune.abroad


def _unlisted_town(word: str) -> bool:
    """A capitalised word that no list knows: no French word, no first name, no surname."""
    return not any(is_common_word(w) or is_first_name(w) or is_surname(w) for w in word.split("-"))


# One space or tab, then a capital: where a commune may follow a territory's acronym (« CHBS Lorient »).
_SPACE_THEN_CAPITAL = re.compile(r"[ \t]+(?=[A-ZÀ-Þ])")


def _town_after(text: str, end: int) -> int | None:
    """Where the French commune written right after a territory's acronym ends (« CHBS Lorient »,
    « CHCB Pontivy », « CHSF Corbeil-Essonnes »: the hospital named by its acronym and its town, as a
    row or a letterhead writes it, without « de »); None if no commune that is no French word follows.
    """
    space = _SPACE_THEN_CAPITAL.match(text, end)
    if space is None:
        return None
    found = commune_after(load_lexicon(), text, space.end(), min(len(text), space.end() + 48))
    if found is None or found[1].abroad or found[1].ambiguous:
        return None
    stop = found[0]
    if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_"):
        return None  # the commune is the start of a longer word
    compass = _COMPASS_AFTER.match(text, stop)
    return stop if compass is None else compass.end()


def _in_web_address(text: str, start: int) -> bool:
    """``start`` lies inside a chunk without spaces that is an e-mail or a web address."""
    if not start or text[start - 1] not in "./@-":
        return False
    chunk_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    address = _WEB_ADDRESS.match(text, chunk_start)
    return address is not None and address.end() > start


def _name_tokens(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a name without its generic tail, nor the link word in capitals left ending it
    (« CLINIQUE DE DERMATOLOGIE »: « DE » is no name once the speciality is dropped)."""
    tokens = without_generic_tail(text, tokens)
    while tokens and text[tokens[-1][0] : tokens[-1][1]] in _CAPITAL_LINKS:
        tokens = without_generic_tail(text, tokens[:-1])
    return tokens


_CAPITAL_LINKS = frozenset(
    {"DE", "DU", "DES", "LA", "LE", "LES", "D'", "L'", "D’", "L’", "ET", "EN", "SUR", "AUX", "AU"}
)


def without_generic_tail(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words ``(start, end)`` of a name but the generic ones that end it (« Clinique du Parc
    service de cardiologie »: « service », « cardiologie » are no part of the name)."""
    end = len(tokens)
    while (
        end
        and (
            text[tokens[end - 1][0] : tokens[end - 1][1]].lower() in GENERIC
            # a speciality clipped as notes write it (« HDJ Diabéto », « CMP Pédopsy »): a unit, no name
            or fold(text[tokens[end - 1][0] : tokens[end - 1][1]]) in CLIPPED_SPECIALTIES
        )
    ):
        end -= 1
    return tokens[:end]
