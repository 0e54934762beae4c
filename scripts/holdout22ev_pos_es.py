"""Holdout22 positives in Spanish: Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
    ME_CN,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
WTTJ = "-//Welcome to the Jungle//Recruiter//FR"


def cases() -> list[Case]:
    """Given nothing returns the FR/ES interview cases."""
    out: list[Case] = []

    uid = "h22-es-greenhouse@greenhouse.io"
    r = Att("Lucía Ferrer", "lucia.ferrer@aulaclara.es")
    body = vevent(
        uid,
        "Entrevista inicial - Diseñadora instruccional (francés) - Aula Clara",
        "20261203T090000Z",
        "20261203T093000Z",
        organizer=Att("Aula Clara Talento", "no-reply@greenhouse.io"),
        attendees=(r, me()),
        desc=(
            "Hola Claire:\nTe confirmamos la entrevista inicial con Lucía Ferrer (Talent Acquisition) "
            "para el puesto de Diseñadora instruccional (francés), Barcelona.\n\n" + meet("hhd-pppo-awe", "es")
        ),
    )
    out.append(
        Case(
            "es-greenhouse-screen",
            uid,
            calendar("-//Greenhouse Software//Scheduling//EN", body),
            True,
            "Aula Clara",
            "Diseñadora instruccional (francés)",
            "recruiter_screen",
            (r.email,),
            lang="es",
        )
    )

    uid = "h22-es-outlook-tecnica@eduxpert.es"
    a, b = Att("Jordi Puigdomènech", "jordi.puig@eduxpert.es"), Att("Marta Saiz", "marta.saiz@eduxpert.es")
    body = vevent(
        uid,
        "Entrevista técnica Claire Dubois - Content Designer e-learning",
        "20261211T160000",
        "20261211T170000",
        tzid="Romance Standard Time",
        organizer=a,
        attendees=(b, Att(ME_CN, ME)),
        desc=(
            "Hola Claire,\nEn esta segunda fase revisaremos tu prueba (guion de un módulo de 15 "
            "minutos). Estaremos Marta Saiz (Lead de Contenidos) y yo, Jordi (Director de Producto).\n" + teams("es")
        ),
    )
    out.append(
        Case(
            "es-outlook-tech",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("Romance Standard Time")),
            True,
            "Eduxpert",
            "Content Designer e-learning",
            "technical",
            (a.email, b.email),
            lang="es",
        )
    )

    uid = "h22-es-founder-hotmail@calendar"
    f = Att("Álvaro Medina", "alvaro.medina84@hotmail.com")
    body = vevent(
        uid,
        "Entrevista con Álvaro (Pizarra Viva) - responsable de contenidos FR",
        "20261205T100000",
        "20261205T110000",
        tzid="Europe/Madrid",
        organizer=f,
        attendees=(f, me()),
        desc=(
            "Hola Claire, soy Álvaro, fundador de Pizarra Viva (app de idiomas para institutos). Te "
            "propongo la entrevista para el puesto de responsable de contenidos de francés. Te llamo por "
            "Meet.\n" + meet("gnm-opqa-wer", "es")
        ),
    )
    out.append(
        Case(
            "es-founder-hotmail",
            uid,
            calendar(GOOGLE, body, zones=iana_zone("Europe/Madrid")),
            True,
            "Pizarra Viva",
            "responsable de contenidos de francés",
            "hiring_manager",
            (f.email,),
            "free_mail_founder",
            "es",
        )
    )

    uid = "h22-es-final-presencial@workday"
    ps = (
        Att("Carmen Olmedo", "carmen.olmedo@grupo-saber.com"),
        Att("Iñaki Etxeberria", "inaki.etxeberria@grupo-saber.com"),
    )
    body = vevent(
        uid,
        "Entrevista final presencial - Responsable de Formación de Clientes - Grupo Saber",
        "20261216T103000",
        "20261216T123000",
        tzid="Europe/Madrid",
        organizer=Att("Grupo Saber Selección", "gruposaber@myworkday.com"),
        attendees=(*ps, me()),
        desc=(
            "Estimada Claire:\nLe convocamos a la entrevista final con Carmen Olmedo (Directora General) "
            "e Iñaki Etxeberria (Director de RR. HH.).\nLugar: Passeig de Gràcia 88, 08008 Barcelona, "
            "planta 5.\nMensaje generado por Workday."
        ),
        location="Passeig de Gràcia 88, planta 5, Barcelona",
    )
    out.append(
        Case(
            "es-workday-final",
            uid,
            calendar("-//Workday Inc//Workday Recruiting//ES", body, zones=eu_zone("Europe/Madrid")),
            True,
            "Grupo Saber",
            "Responsable de Formación de Clientes",
            "final",
            tuple(p.email for p in ps),
            lang="es",
        )
    )

    uid = "h22-es-agencia@talentohumano.es"
    ag = Att("Raquel Núñez (Selección Educativa)", "raquel.nunez@seleccioneducativa.es")
    cl = Att("Pablo Iriarte", "pablo.iriarte@campusnorte.edu.es")
    body = vevent(
        uid,
        "Entrevista Campus Norte (vía Selección Educativa) - Coordinadora e-learning",
        "20261209T090000Z",
        "20261209T100000Z",
        organizer=ag,
        attendees=(cl, me()),
        desc=(
            "Hola Claire,\nNuestro cliente, la Universidad Campus Norte, quiere conocerte para la plaza "
            "de Coordinadora e-learning. Te entrevistará Pablo Iriarte, Vicerrector de Innovación "
            "Docente. Yo no estaré en la llamada.\n" + zoom("877 1200 4412", "CnR9aa0q22", "es")
        ),
    )
    out.append(
        Case(
            "es-agency",
            uid,
            calendar(OUTLOOK, body),
            True,
            "Campus Norte",
            "Coordinadora e-learning",
            "hiring_manager",
            (cl.email,),
            "agency",
            "es",
        )
    )

    uid = "h22-es-terse@gmail"
    body = vevent(
        uid,
        "llamada RRHH Tizaverde (puesto diseño instruccional)",
        "20261201T163000",
        "20261201T170000",
        tzid="Europe/Madrid",
        status="",
        desc="me llama Nerea de selección",
    )
    out.append(
        Case(
            "es-terse",
            uid,
            calendar(GOOGLE, body, method=None, zones=iana_zone("Europe/Madrid")),
            True,
            "Tizaverde",
            "diseño instruccional",
            "recruiter_screen",
            (),
            "hand_typed",
            "es",
        )
    )

    uid = "h22-es-calendly@calendly.com"
    h = Att("Sergio Campos", "sergio@ludoteca-digital.com")
    body = vevent(
        uid,
        "Claire Dubois y Sergio Campos",
        "20261208T110000Z",
        "20261208T114500Z",
        organizer=h,
        attendees=(h, me("ACCEPTED")),
        desc=(
            "Nombre del evento: Entrevista con el Head of Education - Especialista en Formación de "
            "Docentes\nLudoteca Digital\n\nUbicación: Zoom\n"
            + zoom("898 3302 1190", "LdG88aq0w1", "es")
            + "\n\nCon la tecnología de Calendly.com"
        ),
    )
    out.append(
        Case(
            "es-calendly-hm",
            uid,
            calendar("-//Calendly//Calendly//ES", body),
            True,
            "Ludoteca Digital",
            "Especialista en Formación de Docentes",
            "hiring_manager",
            (h.email,),
            "title_names_only",
            "es",
        )
    )

    uid = "h22-es-cancelada@google.com"
    c = Att("Beatriz Llorente", "beatriz.llorente@edelvia.es")
    body = vevent(
        uid,
        "Entrevista técnica - Edelvia - Claire Dubois",
        "20261207T120000",
        "20261207T130000",
        tzid="Europe/Madrid",
        organizer=c,
        attendees=(c, me()),
        status="CANCELLED",
        seq=2,
        desc="Cancelada: Beatriz está de baja, te escribimos para una nueva fecha. Puesto: Editora digital FLE.",
    )
    out.append(
        Case(
            "es-cancelled",
            uid,
            calendar(GOOGLE, body, method="CANCEL", zones=iana_zone("Europe/Madrid")),
            True,
            "Edelvia",
            "Editora digital FLE",
            "technical",
            (c.email,),
            "cancelled",
            "es",
        )
    )
    return out
