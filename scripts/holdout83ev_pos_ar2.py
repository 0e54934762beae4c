"""holdout83: the user's own interviews (part AR 2): hand-typed entries (Google, iOS, macOS), a floating-time
Zoho export, an all-day onsite, an Outlook invite with no stage and a Brazilian recruiter in English."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, Ev, T, att, cal, desc, meet, meet_link, ms_tail, ms_uid, org, teams

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"
BA = "America/Argentina/Buenos_Aires"


def molinete_handtyped() -> Ev:
    uid = "6vq1k3mfe8rj0tn2bs9hd5loa7@google.com"
    text = T("""
        llevar: ejercicios de arrays/objetos, repasar event loop
        preguntar x stack (usan Vue??) y si es 100% remoto
        link en el mail de Ceci
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:20250314T170000",
        f"DTEND;TZID={BA}:20250314T180000",
        "DTSTAMP:20250312T020433Z",
        f"UID:{uid}",
        "CREATED:20250312T020415Z",
        desc(text),
        "LAST-MODIFIED:20250312T020431Z",
        "LOCATION:meet (link en el mail)",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entre técnica Molinete 🤞",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT1H0M0S",
        "END:VALARM",
        "END:VEVENT",
    ]
    head = ("X-WR-CALNAME:Vale", f"X-WR-TIMEZONE:{BA}")
    return Ev("handtyped", uid, cal(body, prodid=GCAL, method="PUBLISH", tz=(BA,), head=head), 1, "Molinete", "",
              "technical", "", "handtyped-es")


def nubo_ios() -> Ev:
    uid = "B7D3E0A4-6C21-4F9B-8E15-2A7C9D04F1E3"
    body = [
        "BEGIN:VEVENT",
        "CREATED:20250305T223811Z",
        f"DTEND;TZID={BA}:20250307T123000",
        "DTSTAMP:20250305T223843Z",
        "LAST-MODIFIED:20250305T223843Z",
        "SEQUENCE:0",
        "SUMMARY:Llamada con Sofi de Nubo (1ra entrevista)",
        f"DTSTART;TZID={BA}:20250307T120000",
        f"UID:{uid}",
        "DESCRIPTION:me llama ella al cel. tener CV abierto + pretensión en USD",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "BEGIN:VALARM",
        "X-WR-ALARMUID:0E2C4B1D-93A7-4D5E-B6F1-7C8A2E9D3B40",
        "UID:0E2C4B1D-93A7-4D5E-B6F1-7C8A2E9D3B40",
        "TRIGGER:-PT15M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
    ]
    return Ev("ios-handtyped", uid, cal(body, prodid="-//Apple Inc.//iPhone OS 18.3.1//EN", method=None, tz=(BA,),
                                        tzstyle="apple"), 1, "Nubo", "", "", "Sofi", "ios-handtyped-es")


def rumbo_floating() -> Ev:
    uid = "zr-int-4412000008812035@zohorecruit.com"
    text = T("""
        Hola Valentina,

        Te invitamos a una entrevista con Ezequiel Sandoval, líder técnico del equipo de Turnos Online, que sería
        tu líder directo en la posición de Desarrolladora Full Stack Jr.

        La idea es que conozcas al equipo, cómo trabajamos (Scrum, deploys diarios) y que nos cuentes sobre tu
        experiencia como ayudante en el bootcamp.

        Link: https://meet.google.com/rms-tjwq-xad

        Saludos,
        Equipo de Personas – Rumbo Salud
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250416T140512Z",
        "DTSTART:20250422T170000",
        "DTEND:20250422T174500",
        "SUMMARY:Entrevista con Líder Técnico – Rumbo Salud",
        desc(text),
        "LOCATION:https://meet.google.com/rms-tjwq-xad",
        org("personas@rumbosalud.com.ar", "Personas Rumbo Salud"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("ezequiel.sandoval@rumbosalud.com.ar", "Ezequiel Sandoval", style="plain"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    head = (f"X-WR-TIMEZONE:{BA}",)
    return Ev("zoho-floating", uid, cal(body, prodid="-//Zoho Corporation//Zoho Recruit//ES", head=head), 1,
              "Rumbo Salud", "Desarrolladora Full Stack Jr.", "hiring_manager", "ezequiel.sandoval@rumbosalud.com.ar",
              "floating-xwr-hiring-manager-es")


def globorojo_allday() -> Ev:
    uid = "3ha8ue0sk5tq1m9vfc7pl2dj6o@google.com"
    text = T("""
        ¡Hola Valentina! Te esperamos el martes a las 9:30 en Gorriti 5020, Palermo (timbre 2B).

        Agenda del día:
        10:00 – Ejercicio técnico en pareja con Iván Cabrera y Flor Aquino (traé tu compu)
        12:00 – Almuerzo con el equipo (invitamos nosotros 🍕)
        14:00 – Entrevista con Dolores Marchetti, cofundadora
        15:30 – Cierre y próximos pasos

        Yo te recibo y te acompaño durante el día; cualquier cosa escribime al +54 9 11 4021-3370.

        Julia Sarmiento – Operaciones y Personas, Globo Rojo Studio
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20250520",
        "DTEND;VALUE=DATE:20250521",
        "DTSTAMP:20250514T161922Z",
        org("julia.sarmiento@globorojo.studio", "Julia Sarmiento"),
        f"UID:{uid}",
        att("ivan.cabrera@globorojo.studio", "Iván Cabrera", ps="ACCEPTED"),
        att("florencia.aquino@globorojo.studio", "Florencia Aquino", ps="ACCEPTED"),
        att("dolores.marchetti@globorojo.studio", "Dolores Marchetti", ps="TENTATIVE"),
        att(USER_FREE, "Valentina Ríos"),
        att("julia.sarmiento@globorojo.studio", "Julia Sarmiento", ps="ACCEPTED"),
        "CREATED:20250514T161903Z",
        desc(text),
        "LAST-MODIFIED:20250514T161921Z",
        "LOCATION:Gorriti 5020\\, C1414 CABA\\, Argentina",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Jornada de entrevistas presencial – Globo Rojo Studio (Desarrolladora Frontend Jr.)",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return Ev("gcal-allday", uid, cal(body, prodid=GCAL), 1, "Globo Rojo Studio", "Desarrolladora Frontend Jr.",
              "onsite",
              "ivan.cabrera@globorojo.studio;florencia.aquino@globorojo.studio;dolores.marchetti@globorojo.studio",
              "allday-onsite-es")


def mate_outlook() -> Ev:
    uid = ms_uid("mate-digital-entrevista")
    turl, tt = teams("es", "mate-digital")
    text = T(f"""
        Hola Valentina,

        Gracias por postularte. Te invito a una entrevista para la posición de Desarrolladora Jr. en Mate Digital.
        Nos conectamos por Teams con el link de abajo.

        Saludos,
        Ivana Acosta
        Mate Digital

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("ivana.acosta@matedigital.com.ar", "Acosta, Ivana"),
        att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"),
        desc(text, params=";LANGUAGE=es-AR"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-AR:Entrevista Valentina Ríos - Mate Digital",
        "DTSTART;TZID=Argentina Standard Time:20250509T090000",
        "DTEND;TZID=Argentina Standard Time:20250509T100000",
        "DTSTAMP:20250505T195102Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("outlook", uid, cal(body, prodid=EXCH, tz=("Argentina Standard Time",), tzstyle="outlook"), 1,
              "Mate Digital", "Desarrolladora Jr.", "", "ivana.acosta@matedigital.com.ar", "outlook-no-stage-es")


def driftwood_macos() -> Ev:
    uid = "5F1A9C2E-D847-4B3A-A0E6-93C2B71F4D08"
    body = [
        "BEGIN:VEVENT",
        "CREATED:20250409T011455Z",
        f"DTEND;TZID={BA}:20250411T150000",
        "DTSTAMP:20250409T011532Z",
        "LAST-MODIFIED:20250409T011532Z",
        "SEQUENCE:0",
        "SUMMARY:Driftwood Studio tech screen w/ Sarah",
        f"DTSTART;TZID={BA}:20250411T140000",
        f"UID:{uid}",
        "DESCRIPTION:zoom link in email. JS + CSS questions\\, maybe small React task. ask about contractor setup",
        "URL;VALUE=URI:",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "END:VEVENT",
    ]
    return Ev("macos-handtyped", uid, cal(body, prodid="-//Apple Inc.//macOS 14.4.1//EN", method=None, tz=(BA,),
                                          tzstyle="apple"), 1, "Driftwood Studio", "", "technical", "Sarah",
              "macos-handtyped-en")


def jabuti_recruiter() -> Ev:
    uid = "1ne6c0vj4rk8qd2mt5ls9bh3gp@google.com"
    text = T(f"""
        Hi Valentina!

        As mentioned on LinkedIn, this is a first conversation with me (People team) to get to know you and tell
        you about the Frontend Developer (Junior, LatAm remote) position at Jabuti. We'll speak in English, but
        feel free to switch to Spanish or Portuguese if you get stuck — no problem at all.

        Abraços,
        Larissa Moura
        Talent Acquisition | Jabuti Tecnologia Ltda.

        {meet("en", "jabuti")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Sao_Paulo:20250402T110000",
        "DTEND;TZID=America/Sao_Paulo:20250402T113000",
        "DTSTAMP:20250331T171530Z",
        org("larissa.moura@jabuti.com.br", "Larissa Moura"),
        f"UID:{uid}",
        att("larissa.moura@jabuti.com.br", "Larissa Moura", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        "X-GOOGLE-CONFERENCE:" + meet_link("jabuti"),
        "CREATED:20250331T171528Z",
        desc(text),
        "LAST-MODIFIED:20250331T171529Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Jabuti | Intro call with Valentina",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("America/Sao_Paulo",)), 1, "Jabuti",
              "Frontend Developer (Junior, LatAm remote)", "recruiter_screen", "larissa.moura@jabuti.com.br",
              "intro-call-brazil-en")


EVENTS = [molinete_handtyped, nubo_ios, rumbo_floating, globorojo_allday, mate_outlook, driftwood_macos,
          jabuti_recruiter]

FORMS = {
    "Molinete": [],
    "Nubo": [],
    "Rumbo Salud": [],
    "Globo Rojo Studio": ["Globo Rojo"],
    "Mate Digital": [],
    "Driftwood Studio": ["Driftwood"],
    "Jabuti": ["Jabuti Tecnologia"],
}
