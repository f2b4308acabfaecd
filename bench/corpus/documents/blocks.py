"""Headers, patient banners and signatures shared by the documents."""

from __future__ import annotations

from bench.corpus import dates, identifiers, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def establishment_header(ctx: Ctx, doc: Doc, case: Case) -> None:
    doc.line("{etab}", etab=places.establishment(ctx))
    doc.line(places.service(ctx))
    if ctx.chance(0.7):
        doc.line("{addr}", addr=places.address(ctx))
    if ctx.chance(0.6):
        doc.line("Secrétariat : {tel}", tel=identifiers.phone(ctx))
    if ctx.chance(0.3):
        doc.line("Fax : {tel}", tel=identifiers.phone(ctx))
    if ctx.chance(0.35):
        doc.line("N° FINESS : {f}", f=identifiers.finess(ctx))
    if ctx.chance(0.5):
        doc.line("{dr} — RPPS {r}", dr=people.doctor(ctx, case.doctor), r=identifiers.rpps(ctx))
    doc.add("\n")


def patient_banner(ctx: Ctx, doc: Doc, case: Case) -> None:
    p = case.patient
    label = ctx.pick(["Patient(e) : ", "Nom : ", "Identité : ", "Patient : ", ""])
    doc.line("{label}{name}", label=label, name=people.full(ctx, p))
    doc.line("{birth}", birth=dates.birth(ctx, case.birth, p.female))
    ids = ctx.rng.randrange(4)
    if ids == 0:
        doc.line("IPP : {ipp}    NDA : {nda}", ipp=identifiers.ipp(ctx), nda=identifiers.nda(ctx))
    elif ids == 1:
        doc.line("N° IPP {ipp} - N° de séjour {nda}", ipp=identifiers.ipp(ctx), nda=identifiers.nda(ctx))
    elif ids == 2:
        doc.line("IPP:{ipp}", ipp=identifiers.ipp(ctx))
    else:
        doc.line("N° dossier : {nda}", nda=identifiers.nda(ctx))
    if ctx.chance(0.45):
        doc.line(
            "{w} {nir}",
            w=ctx.pick(["N° SS :", "NIR :", "INS :", "N° sécu", "Sécurité sociale :"]),
            nir=identifiers.nir(ctx, p.female, case.birth.year, case.birth.month),
        )
    if ctx.chance(0.5):
        doc.line("Adresse : {a}", a=places.address(ctx))
    if ctx.chance(0.4):
        doc.line("Tél. : {t}", t=identifiers.phone(ctx))
    doc.add("\n")


def signature(ctx: Ctx, doc: Doc, case: Case) -> None:
    doc.add("\n")
    doc.line(
        ctx.pick(["Bien confraternellement,", "Confraternellement,", "Bien cordialement,", "Cordialement,"])
    )
    doc.line("{dr}", dr=people.doctor(ctx, case.doctor))
    if ctx.chance(0.6):
        doc.line(
            ctx.pick(["Praticien hospitalier", "Chef de clinique assistant", "Interne", "Médecin attaché"])
        )
    if ctx.chance(0.5):
        doc.line("RPPS : {r}", r=identifiers.rpps(ctx))
    elif ctx.chance(0.3):
        doc.line("N° ADELI {a}", a=identifiers.adeli(ctx))
    if ctx.chance(0.5):
        doc.line("{mail}", mail=identifiers.email(ctx, case.doctor.first, case.doctor.last))
    if ctx.chance(0.4):
        doc.line("{ext}", ext=identifiers.extension(ctx))
    if ctx.chance(0.5):
        copies = [people.doctor(ctx, case.gp), people.doctor(ctx, case.colleague)]
        doc.fmt("Copie à : {a}, {b}", a=copies[0], b=copies[1])
        doc.add("\n")
