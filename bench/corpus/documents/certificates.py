"""Medical certificates and imaging reports: short, formulaic, with the patient's identity up front."""

from __future__ import annotations

import datetime as dt

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx

_CERTIFICATE_PURPOSES = [
    "ne présente pas de contre-indication à la pratique du football en compétition",
    "présente un état de santé nécessitant un arrêt de travail de 15 jours",
    "a été hospitalisé(e) dans notre service et ne peut se présenter à l'audience",
    "présente des lésions compatibles avec les faits allégués (ITT de 8 jours au sens pénal)",
    "doit bénéficier d'un transport assis pour ses séances de dialyse",
]
_IMAGING = [
    ("SCANNER THORACO-ABDOMINO-PELVIEN", "Acquisition hélicoïdale après injection de 90 mL d'Omnipaque 350."),
    ("IRM CÉRÉBRALE", "Séquences T1, T2 FLAIR, diffusion et T2*, sans injection de gadolinium."),
    ("ÉCHOGRAPHIE ABDOMINALE", "Examen réalisé à jeun, sonde convexe 3,5 MHz."),
    ("RADIOGRAPHIE DU BASSIN DE FACE", "Cliché de face en charge."),
]


def certificate(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("certificat")
    p = case.patient
    doc.line("{dr}", dr=people.doctor(ctx, case.doctor))
    doc.line("{a}", a=places.address(ctx))
    doc.line("RPPS {r}", r=identifiers.rpps(ctx))
    doc.add("\nCERTIFICAT MÉDICAL\n\n")
    doc.fmt(
        "Je soussigné(e), {dr}, certifie avoir examiné ce jour {name}, {b}, demeurant {a}, et certifie qu'{il} {purpose}.\n\n",
        dr=people.doctor(ctx, case.doctor),
        name=people.full(ctx, p),
        b=dates.birth(ctx, case.birth, p.female),
        a=places.address(ctx),
        il="elle" if p.female else "il",
        purpose=ctx.pick(_CERTIFICATE_PURPOSES),
    )
    doc.fmt(
        "Certificat établi à la demande de l'intéressé(e) et remis en main propre pour faire valoir ce que de droit.\n"
        "Fait à {city}, le {d}.\n",
        city=places.city(ctx),
        d=dates.date(ctx, case.admission, allow_partial=False),
    )
    return doc


def imaging_report(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("compte_rendu_imagerie")
    p = case.patient
    title, technique = ctx.pick(_IMAGING)
    doc.line("{etab} — Service d'imagerie médicale", etab=places.establishment(ctx))
    doc.line("{name} — {b} — IPP {ipp}", name=people.full(ctx, p), b=dates.birth(ctx, case.birth, p.female),
             ipp=identifiers.ipp(ctx))  # fmt: skip
    doc.line("Examen du {d} — demandé par {dr}", d=dates.date(ctx, case.admission, allow_partial=False),
             dr=people.doctor(ctx, case.gp))  # fmt: skip
    doc.add("\n" + title + "\n\n")
    doc.line("Indication : " + ctx.pick(medical.REASONS) + ".")
    doc.line("Technique : " + technique)
    previous = case.admission - dt.timedelta(days=ctx.rng.randrange(30, 900))
    doc.fmt("Comparaison avec l'examen du {d}.\n\n", d=dates.date(ctx, previous))
    doc.line("Résultats : " + ctx.pick(medical.IMAGING))
    doc.line(ctx.pick(medical.EPONYM_SENTENCES))
    doc.add("\n")
    doc.line("Conclusion : " + ctx.pick(medical.CONCLUSIONS) + ".")
    doc.line("{dr}, radiologue", dr=people.doctor(ctx, case.colleague))
    return doc
