"""Messages typed into an assistant by a professional: the gateway's everyday input."""

from __future__ import annotations

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def assistant_prompt(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("prompt")
    p = case.patient
    form = ctx.rng.randrange(7)
    if form == 0:
        doc.fmt(
            "Peux-tu résumer le dossier de {name} {birth}, IPP {ipp} ?",
            name=people.full(ctx, p),
            birth=dates.birth(ctx, case.birth, p.female),
            ipp=identifiers.ipp(ctx),
        )
    elif form == 1:
        doc.fmt(
            "Rédige une lettre de sortie pour {name}, {age}, hospitalisé{e} du {a} au {b} pour {c}. "
            "Le médecin traitant est le {dr} à {city}.",
            name=people.full(ctx, p),
            age=case.age_piece(ctx),
            e="e" if p.female else "",
            a=dates.date(ctx, case.admission),
            b=dates.date(ctx, case.discharge),
            c=ctx.pick(medical.CONCLUSIONS),
            dr=people.doctor(ctx, case.gp),
            city=places.city(ctx),
        )
    elif form == 2:
        doc.fmt(
            "corrige l'orthographe : {name} ne sait plus ou elle habite ({addr}), sa fille {rel} appelle au {tel}",
            name=people.first_only(p) if ctx.chance(0.5) else people.full(ctx, p),
            addr=places.address(ctx),
            rel=people.first_only(people.person(ctx, True)),
            tel=identifiers.phone(ctx),
        )
    elif form == 3:
        doc.fmt(
            "Traduis en anglais pour le {etab} : « {name}, NIR {nir}, admis le {a}. {para} »",
            etab=places.establishment(ctx),
            name=people.full(ctx, p),
            nir=identifiers.nir(ctx, p.female, case.birth.year, case.birth.month),
            a=dates.date(ctx, case.admission),
            para=medical.paragraph(ctx, 70, p.female),
        )
    elif form == 4:
        doc.fmt(
            "Quel traitement proposer à {name} ({age}), qui présente : {h} ? Traitement actuel : {d}. Vu{e} le {a} par {dr}.",
            name=people.short(ctx, p),
            age=case.age_piece(ctx),
            h=ctx.pick(medical.HISTORY),
            d=ctx.pick(medical.DRUGS),
            a=dates.date(ctx, case.admission),
            e="e" if p.female else "",
            dr=people.doctor(ctx, case.colleague),
        )
    elif form == 6:  # typed fast: lower case, no accents, no punctuation
        doc.fmt(
            "resume le dossier de {name} {dn} ipp {ipp} stp, vu{e} le {a} pour {r}",
            name=people.ent(people.NOM, f"{p.last.lower()} {p.first.lower()}"),
            dn=dates.date(ctx, case.birth, "DATE_NAISSANCE", allow_partial=False),
            ipp=identifiers.ipp(ctx),
            e="e" if p.female else "",
            a=dates.date(ctx, case.admission),
            r=ctx.pick(medical.REASONS),
        )
    else:
        doc.fmt(
            "Fais un tableau des patients vus ce matin :\n{a} né le {da}, {ra}\n{b}, {db}, {rb}\n{c} ({mail})",
            a=people.staff_caps(p),
            da=dates.date(ctx, case.birth, "DATE_NAISSANCE", allow_partial=False),
            ra=ctx.pick(medical.REASONS),
            b=people.full(ctx, (q := people.person(ctx))),
            db=dates.birth(ctx, dates.date_between(ctx, 1930, 2000), q.female),
            rb=ctx.pick(medical.REASONS),
            c=people.full(ctx, (r := people.person(ctx))),
            mail=identifiers.email(ctx, r.first, r.last),
        )
    return doc
