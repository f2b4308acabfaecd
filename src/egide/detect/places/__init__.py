"""Places: postal addresses, postcodes, communes, establishment names, one recogniser per file.

- ``address``: ADRESSE, the street line and postal boxes (« 12 bis rue de la Paix », « BP 123 »);
- ``unnumbered_line``: ADRESSE, a place name alone before « , » + postcode (« La Ville Oger, 22400 Lamballe »);
- ``address_column``: ADRESSE, a place's name in a headerless column of street lines (a round's « Le Haut Bréhand »);
- ``postcode``: CODE_POSTAL, five digits in an address context (« 75013 Paris », « CEDEX »);
- ``postcode_column``: CODE_POSTAL, five digits in a table's column headed « CP », « Code postal »;
- ``fixed_width_postcode``: CODE_POSTAL, a padded field of five digits in a PMSI or mainframe record;
- ``foreign``: CODE_POSTAL and VILLE, a Belgian, Swiss or Luxembourg code before its city (« 1000 Bruxelles »);
- ``foreign_postcode_after_town``: CODE_POSTAL, such a code after its town, closing a clause (« Mouscron, 7700. »);
- ``andorran_postcode``: CODE_POSTAL and VILLE, « ADN00 » before an Andorran town (« AD500 Andorra la Vella »);
- ``portuguese_postcode``: CODE_POSTAL and VILLE, « NNNN-NNN » before a Portuguese town (« 4990-620 Ponte de Lima »);
- ``foreign_street``: ADRESSE, CODE_POSTAL, VILLE, a street line abroad (« Kirchstrasse 14, 4051 Basel »);
- ``kilometre_point``: ADRESSE, a house by its kilometre point in French Polynesia (« PK 18,5 côté mer »);
- ``farm_before_commune``: ADRESSE, a farm or a country house by its kind and name (« mas de la Fage, 48100 … »);
- ``city``: VILLE, French communes from the INSEE list in ``data/``, in a place context;
- ``city_column``: VILLE, a commune in a table's column headed « Ville », « Commune »…;
- ``establishment_column``: ETABLISSEMENT, a short name in a column headed « Site », « Établissement »…;
- ``emergency_unit_town``: VILLE, the town of a mobile emergency unit without « de » (« SMUR Lannion »);
- ``journey``: VILLE, the towns of a trip joined by a hyphen or an arrow (« vol Istanbul-Lyon »);
- ``place_with_travel_time``: VILLE, a village by the time it takes to come from it (« depuis Cacao (1h de route) »);
- ``establishment``: ETABLISSEMENT, named hospitals and clinics (« CHU de Rouen »);
- ``centre_by_its_name``: ETABLISSEMENT, a centre of care by its place's name, « centre » in lower case (« au centre de Perharidy »);
- ``laboratory``: ETABLISSEMENT, a medical biology laboratory after its type (« LBM Biolab Saône »);
- ``descriptive_name``: ETABLISSEMENT, a practice named by its speciality and its area (« Centre de sénologie du Roussillon »);
- ``care_service``: ETABLISSEMENT, a home-help, guardianship or coordination body and its territory (« UDAF 48 »);
- ``transport_company``: ETABLISSEMENT, an ambulance or approved-taxi company (« Ambulances du Léon »),
  NOM its owner's surname when it names the firm (« Ambulances Brunel »);
- ``mutual_insurer``: ETABLISSEMENT, a mutual or complementary health insurer (« Harmonie Mutuelle »);
- ``pharmacy_and_lab_in_notes``: ETABLISSEMENT, a pharmacy or a laboratory in a note or a table's cell;
- ``acronym_with_site``: ETABLISSEMENT, an establishment's acronym before its site (« CHICAS – site de Gap »);
- ``establishment_field``: ETABLISSEMENT, the value of a form's « Établissement : » field (« GH70 »);
- ``hand_emergency_unit``: ETABLISSEMENT, a hand emergency centre by its label (« SOS Main Provence »);
- ``hospital_abroad``: ETABLISSEMENT, a hospital abroad named the English way (« Auckland City Hospital »);
- ``neighbour_hospital``: ETABLISSEMENT, a Belgian, Dutch, German or Swiss hospital in its language (« AZ Groeninge »);
- ``stay_by_name``: ETABLISSEMENT, a place of care by its own name after a stay (« à Les Cèdres (Blagnac) »);
- ``site_after_care_cue``: ETABLISSEMENT, a site by its own name after a unit or in a clause of care (« opéré à la Timone »);
- ``town_beside_country``: VILLE, a town beside its country in brackets (« Conakry (Guinée) », « au Vietnam (Hué) »);
- ``compound_hospital_word``: ETABLISSEMENT, a hospital abroad by a word compounding its kind (« l'Inselspital »);
- ``letterhead_sender``: ETABLISSEMENT, the sender a letterhead names before its address (« SOS Main Provence, Marseille 13008 »);
- ``locality_after_address``: VILLE, a hamlet after an address and a comma (« lieu-dit Suerta, Folelli »);
- ``home_by_its_staff``: ETABLISSEMENT, a care home after its coordinating nurse or doctor (« l'IDEC des Tilleuls »);
- ``kind_then_bracket``: ETABLISSEMENT, a care structure's name in brackets after its kind (« en EHPAD (Les Tilleuls) »);
- ``unit_site_in_brackets``: ETABLISSEMENT, the site in brackets after a unit's own name (« Unité Les Chênes (Vauclaire) »).
- ``employer_field``, ``company_legal_form``, ``organisation_by_kind``, ``workplace_after_work_word``:
  ETABLISSEMENT, an organisation named as a person's own (an employer, a crèche, a club: « Employeur :
  Scierie Perrin », « SARL Couvertures Lemoine », « crèche Les Petits Mousses », « cariste chez Brico
  Dépôt »), a quasi-identifier masked as an establishment (see ``organisation_name``).

The commune list is built by ``scripts/build_communes.py`` and loaded once per process.
"""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.places.acronym_beside_unit import AcronymBesideUnitRecogniser
from egide.detect.places.acronym_with_site import AcronymWithSiteRecogniser
from egide.detect.places.address import AddressRecogniser
from egide.detect.places.address_column import AddressColumnRecogniser
from egide.detect.places.andorran_postcode import AndorranPostcodeRecogniser
from egide.detect.places.care_service import CareServiceRecogniser
from egide.detect.places.centre_by_its_name import CentreByItsNameRecogniser
from egide.detect.places.city import CityRecogniser
from egide.detect.places.city_column import CityColumnRecogniser
from egide.detect.places.company_legal_form import CompanyLegalFormRecogniser
from egide.detect.places.compound_hospital_word import CompoundHospitalWordRecogniser
from egide.detect.places.descriptive_name import DescriptiveNameRecogniser
from egide.detect.places.division_abroad import DivisionAbroadRecogniser
from egide.detect.places.emergency_unit_town import EmergencyUnitTownRecogniser
from egide.detect.places.employer_field import EmployerFieldRecogniser
from egide.detect.places.establishment import EstablishmentRecogniser
from egide.detect.places.establishment_column import EstablishmentColumnRecogniser
from egide.detect.places.establishment_field import EstablishmentFieldRecogniser
from egide.detect.places.farm_before_commune import FarmBeforeCommuneRecogniser
from egide.detect.places.fixed_width_postcode import FixedWidthPostcodeRecogniser
from egide.detect.places.foreign import ForeignPostcodeRecogniser
from egide.detect.places.foreign_postcode_after_town import ForeignPostcodeAfterTownRecogniser
from egide.detect.places.foreign_street import ForeignStreetRecogniser
from egide.detect.places.hand_emergency_unit import HandEmergencyUnitRecogniser
from egide.detect.places.home_by_its_staff import HomeByItsStaffRecogniser
from egide.detect.places.hospital_abroad import HospitalAbroadRecogniser
from egide.detect.places.house_name_after_age import HouseNameAfterAgeRecogniser
from egide.detect.places.journey import JourneyRecogniser
from egide.detect.places.kilometre_point import KilometrePointRecogniser
from egide.detect.places.kind_then_bracket import KindThenBracketRecogniser
from egide.detect.places.laboratory import LaboratoryRecogniser
from egide.detect.places.letterhead_sender import LetterheadSenderRecogniser
from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.locality_after_address import LocalityAfterAddressRecogniser
from egide.detect.places.mutual_insurer import MutualInsurerRecogniser
from egide.detect.places.neighbour_hospital import NeighbourHospitalRecogniser
from egide.detect.places.organisation_by_kind import OrganisationByKindRecogniser
from egide.detect.places.pharmacy_and_lab_in_notes import PharmacyAndLabInNotesRecogniser
from egide.detect.places.place_with_travel_time import PlaceWithTravelTimeRecogniser
from egide.detect.places.portuguese_postcode import PortuguesePostcodeRecogniser
from egide.detect.places.postcode import PostcodeRecogniser
from egide.detect.places.postcode_column import PostcodeColumnRecogniser
from egide.detect.places.practice_by_department import PracticeByDepartmentRecogniser
from egide.detect.places.site_after_care_cue import SiteAfterCareCueRecogniser
from egide.detect.places.site_in_lower_case_after_emergency import SiteInLowerCaseAfterEmergencyRecogniser
from egide.detect.places.stay_by_name import StayByNameRecogniser
from egide.detect.places.town_beside_country import TownBesideCountryRecogniser
from egide.detect.places.transport_company import TransportCompanyRecogniser
from egide.detect.places.unit_site_in_brackets import UnitSiteInBracketsRecogniser
from egide.detect.places.unnumbered_line import UnnumberedLineRecogniser
from egide.detect.places.workplace_after_work_word import WorkplaceAfterWorkWordRecogniser
from egide.detect.recogniser import Recogniser


def build_place_recognisers(config: DetectConfig) -> list[Recogniser]:
    """Every place recogniser, sharing one loaded list of communes."""
    lexicon = load_lexicon()
    return [
        AddressRecogniser(),
        UnnumberedLineRecogniser(lexicon),
        AddressColumnRecogniser(),
        PostcodeRecogniser(lexicon),
        PostcodeColumnRecogniser(lexicon),
        FixedWidthPostcodeRecogniser(lexicon),
        CityRecogniser(lexicon),
        CityColumnRecogniser(lexicon),
        JourneyRecogniser(lexicon),
        PlaceWithTravelTimeRecogniser(),
        EmergencyUnitTownRecogniser(lexicon),
        ForeignPostcodeRecogniser(lexicon),
        ForeignPostcodeAfterTownRecogniser(lexicon),
        PortuguesePostcodeRecogniser(lexicon),
        AndorranPostcodeRecogniser(),
        ForeignStreetRecogniser(),
        KilometrePointRecogniser(),
        FarmBeforeCommuneRecogniser(lexicon),
        HouseNameAfterAgeRecogniser(lexicon),
        EstablishmentRecogniser(),
        CentreByItsNameRecogniser(lexicon),
        EstablishmentColumnRecogniser(),
        LaboratoryRecogniser(),
        PracticeByDepartmentRecogniser(lexicon),
        DescriptiveNameRecogniser(lexicon),
        CareServiceRecogniser(),
        TransportCompanyRecogniser(),
        MutualInsurerRecogniser(),
        PharmacyAndLabInNotesRecogniser(),
        AcronymWithSiteRecogniser(),
        AcronymBesideUnitRecogniser(),
        StayByNameRecogniser(),
        SiteAfterCareCueRecogniser(lexicon),
        SiteInLowerCaseAfterEmergencyRecogniser(),
        TownBesideCountryRecogniser(lexicon),
        DivisionAbroadRecogniser(),
        CompoundHospitalWordRecogniser(),
        LetterheadSenderRecogniser(),
        LocalityAfterAddressRecogniser(),
        HospitalAbroadRecogniser(),
        NeighbourHospitalRecogniser(),
        HandEmergencyUnitRecogniser(),
        EstablishmentFieldRecogniser(),
        HomeByItsStaffRecogniser(),
        KindThenBracketRecogniser(),
        UnitSiteInBracketsRecogniser(),
        EmployerFieldRecogniser(lexicon),
        CompanyLegalFormRecogniser(),
        OrganisationByKindRecogniser(),
        WorkplaceAfterWorkWordRecogniser(lexicon),
    ]
