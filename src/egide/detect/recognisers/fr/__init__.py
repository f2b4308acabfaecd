"""French structured identifiers and dates, one recogniser per file."""

from __future__ import annotations

from egide.detect.config import DetectConfig
from egide.detect.recogniser import Recogniser
from egide.detect.recognisers.fr import (
    adeli,
    affiliation_numbers,
    bank_card,
    column_extensions,
    dictated_email,
    dotted_initials,
    email,
    extension,
    extension_cells,
    finess,
    glued_names,
    hl7_fields,
    hospital_ids,
    iban,
    identity_document,
    insurer_numbers,
    ip_address,
    issuer_numbers,
    keyed_fields,
    licence_plate,
    listed_patients,
    mrz,
    named_extensions,
    nir,
    nir_key,
    numbered,
    phone,
    rpps,
    secrets,
    siret,
    six_digit_phone,
    unexplained,
    url,
    user_name,
    year_serials,
)
from egide.detect.recognisers.fr.dates import build_date_recognisers
from egide.detect.recognisers.fr.site_patterns import SitePatternRecogniser


def build_structured_recognisers(config: DetectConfig) -> list[Recogniser]:
    """The recognisers of structured direct identifiers (NIR, IPP, phones, secrets…)."""
    recognisers: list[Recogniser] = [
        nir.build(),
        nir_key.NirKeyRecogniser(),
        hospital_ids.build(),
        hl7_fields.build(),
        keyed_fields.build(),
        rpps.build(),
        adeli.build(),
        finess.build(),
        siret.build(),
        iban.build(),
        bank_card.build(),
        identity_document.build(),
        mrz.MrzRecogniser(),
        licence_plate.build(),
        ip_address.build(),
        ip_address.build_v6(),
        url.build(),
        email.build(),
        dictated_email.DictatedEmailRecogniser(),
        dotted_initials.build(),
        glued_names.build(),
        phone.build(),
        six_digit_phone.build(),
        extension.build(),
        column_extensions.build(),
        extension_cells.build(),
        named_extensions.build(),
        secrets.build(),
        user_name.build(),
        listed_patients.build(),
        unexplained.build(),
        numbered.build(),
        year_serials.build(),
        issuer_numbers.build(),
        insurer_numbers.build(),
        affiliation_numbers.build(),
    ]
    if config.site_patterns:
        recognisers.append(SitePatternRecogniser(config.site_patterns, timeout_s=config.timeout_ms / 1000))
    return recognisers


def build_recognisers(config: DetectConfig) -> list[Recogniser]:
    """Every French pattern recogniser, configured for this site."""
    return [*build_structured_recognisers(config), *build_date_recognisers(config)]
