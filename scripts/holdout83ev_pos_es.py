"""holdout83: the user's own interviews with employers in Spain (Spanish from Spain): Personio, Teamtailor, an
Outlook "(UTC+01:00)" zone with SENT-BY, an agency naming the employer, Workable and a recurring pair
programming test with a moved second session."""

from __future__ import annotations

from holdout83ev_ics import (
    USER_FREE,
    Ev,
    T,
    alt_html,
    att,
    cal,
    desc,
    meet,
    meet_link,
    ms_alarm,
    ms_tail,
    ms_uid,
    org,
    teams,
    zoom,
)

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"
MAD = "Europe/Madrid"
UTC1 = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"


def cobalto_personio() -> Ev:
    uid = "personio-interview-6f0d2c8a91b3@personio.de"
    text = T(f"""
        Hola Valentina:

        Gracias por tu candidatura para el puesto de Desarrolladora Frontend Junior (remoto) en Cobalto Digital.
        Nos encantaría conocerte en una primera llamada de 30 minutos con Inés Calvo (Talent & Culture), en la
        que te contaremos cómo trabajamos y resolveremos tus dudas sobre el proceso.

        Si el horario no te viene bien, contesta a este correo y buscamos otro hueco.

        Un saludo,
        El equipo de Cobalto Digital

        {meet("es", "cobalto")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250310T094402Z",
        f"DTSTART;TZID={MAD}:20250313T160000",
        f"DTEND;TZID={MAD}:20250313T163000",
        "SUMMARY:Entrevista: Desarrolladora Frontend Junior (remoto) – Cobalto Digital",
        desc(text),
        "LOCATION:" + meet_link("cobalto"),
        org("ines.calvo@cobaltodigital.es", "Inés Calvo"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("ines.calvo@cobaltodigital.es", "Inés Calvo", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("personio", uid, cal(body, prodid="-//Personio GmbH//Personio Recruiting//ES", tz=(MAD,),
                                   tzstyle="apple"), 1,
              "Cobalto Digital", "Desarrolladora Frontend Junior (remoto)", "recruiter_screen",
              "ines.calvo@cobaltodigital.es", "personio-es")


def ahorrin_teamtailor() -> Ev:
    uid = "tt-meeting-91c4e7b2-3d05-4a8f-b6e1-0f2a9c7d5e83@teamtailor.com"
    text = T("""
        Hola Valentina,

        ¡Gracias por enviarnos la prueba técnica! Nos ha gustado mucho y queremos revisarla contigo.

        Participantes:
        - Pablo Herrero, Tech Lead
        - Lucía Martín, Desarrolladora React Native

        Duración: 1 hora. Te pediremos que nos expliques las decisiones que tomaste y haremos algún pequeño
        cambio juntos sobre tu código.

        Únete a la videollamada: https://app.teamtailor.com/meetings/v/8KQ2-WX7P

        ¡Hasta pronto!
        Equipo de Personas de Ahorrín
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250326T111514Z",
        "DTSTART:20250401T150000Z",
        "DTEND:20250401T160000Z",
        "SUMMARY:Revisión de la prueba técnica · Ahorrín · Desarrollador/a React Native Junior",
        desc(text),
        "LOCATION:https://app.teamtailor.com/meetings/v/8KQ2-WX7P",
        org("no-reply@teamtailor-mail.com", "Ahorrín"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("pablo.herrero@ahorrin.com", "Pablo Herrero", ps="ACCEPTED", style="plain"),
        att("lucia.martin@ahorrin.com", "Lucía Martín", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("teamtailor", uid, cal(body, prodid="-//Teamtailor//Teamtailor Meetings//EN"), 1, "Ahorrín",
              "Desarrollador/a React Native Junior", "technical", "pablo.herrero@ahorrin.com;lucia.martin@ahorrin.com",
              "teamtailor-takehome-review-es")


def meridiano_outlook() -> Ev:
    uid = ms_uid("seguros-meridiano")
    turl, tt = teams("es", "meridiano")
    text = T(f"""
        Estimada Valentina:

        Por indicación de Elena García Soler, responsable del equipo de Portal Clientes y de esta incorporación,
        le convocamos a una entrevista para el puesto de Programador/a Junior (Portal Clientes, remoto desde
        Latinoamérica). La entrevista se realizará por Microsoft Teams y tendrá una duración aproximada de 45
        minutos.

        Atentamente,

        Marta Ruiz Pardo
        Asistente de Dirección – Tecnología
        Seguros Meridiano

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("elena.garcia@segurosmeridiano.es", "García Soler, Elena", sent_by="marta.ruiz@segurosmeridiano.es"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        att("marta.ruiz@segurosmeridiano.es", "Ruiz Pardo, Marta", style="outlook", role="OPT-PARTICIPANT"),
        desc(text, params=";LANGUAGE=es-ES"),
        alt_html(text.split("_" * 80)[0]),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista – Programador/a Junior (Portal Clientes) – Valentina Ríos",
        f'DTSTART;TZID="{UTC1}":20250423T170000',
        f'DTEND;TZID="{UTC1}":20250423T174500',
        "DTSTAMP:20250415T073318Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        *ms_tail(teams_link=turl),
        *ms_alarm(15),
        "END:VEVENT",
    ]
    return Ev("outlook-utc-zone", uid, cal(body, prodid=EXCH, tz=(UTC1,), tzstyle="outlook"), 1, "Seguros Meridiano",
              "Programador/a Junior (Portal Clientes)", "hiring_manager", "elena.garcia@segurosmeridiano.es",
              "outlook-sent-by-utc-zone-es")


def kibo_agency() -> Ev:
    uid = "4dk9s1ovm6q2hl8ber0ct3nj7f@google.com"
    text = T(f"""
        Hola Valentina:

        Como te comenté por teléfono, Kibo Energía quiere conocerte para la posición de Desarrollador/a Web
        Junior (remoto). Estarás con Álvaro Sanz y Beatriz Ocaña, del equipo de producto digital. Yo no me
        conecto, pero llámame después y me cuentas qué tal.

        Mucha suerte,
        Nerea Iglesias
        Consultora de selección IT · Talento Norte Consultores

        {meet("es", "kibo")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={MAD}:20250508T153000",
        f"DTEND;TZID={MAD}:20250508T163000",
        "DTSTAMP:20250505T101129Z",
        org("nerea.iglesias@talentonorte.es", "Nerea Iglesias"),
        f"UID:{uid}",
        att("alvaro.sanz@kiboenergia.es", "Álvaro Sanz", ps="ACCEPTED"),
        att("beatriz.ocana@kiboenergia.es", "Beatriz Ocaña", ps="NEEDS-ACTION"),
        att(USER_FREE, "Valentina Ríos"),
        "X-GOOGLE-CONFERENCE:" + meet_link("kibo"),
        "CREATED:20250505T101126Z",
        desc(text),
        "LAST-MODIFIED:20250505T101128Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Kibo Energía – Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal-agency", uid, cal(body, prodid=GCAL, tz=(MAD,)), 1, "Kibo Energía",
              "Desarrollador/a Web Junior (remoto)", "", "alvaro.sanz@kiboenergia.es;beatriz.ocana@kiboenergia.es",
              "agency-names-employer-es")


def pixelmar_workable() -> Ev:
    uid = "workable-event-7c2f91d0e4a3b685@workable.com"
    url, zt = zoom("es", "pixelmar", "pixelmar-final")
    text = T(f"""
        Hola Valentina,

        ¡Enhorabuena por llegar a la última fase! Nos gustaría invitarte a la entrevista final para el puesto de
        Desarrollador/a Web Junior. Estará Carmen Llopis, CEO y cofundadora de Pixelmar; será una conversación
        sobre tu encaje en el equipo y tus expectativas.

        Saludos,
        Pixelmar · Valencia

        {zt}

        Enviado con Workable
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250428T082034Z",
        f"DTSTART;TZID={MAD}:20250430T150000",
        f"DTEND;TZID={MAD}:20250430T154500",
        "SUMMARY:Pixelmar: Entrevista final – Desarrollador/a Web Junior",
        desc(text),
        f"LOCATION:{url}",
        org("notifications@workablemail.com", "Pixelmar"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("carmen.llopis@pixelmar.es", "Carmen Llopis", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("workable", uid, cal(body, prodid="-//Workable//Workable Calendar//EN", tz=(MAD,), tzstyle="apple"), 1,
              "Pixelmar", "Desarrollador/a Web Junior", "final", "carmen.llopis@pixelmar.es", "workable-final-es")


def lucuma_recurring() -> Ev:
    uid = "2gm7t0qk9rv4e1n6cs3hbl8fdj@google.com"
    text = T(f"""
        ¡Hola Valentina!

        Como hablamos, hacemos la prueba técnica en dos sesiones de 90 minutos programando juntos sobre un repo de
        ejemplo (Node + React). No hace falta preparar nada; te paso el enlace al repo el mismo día.

        Jordi Puig
        CTO · Lúcuma Labs (Barcelona)

        {meet("es", "lucuma")}
        """)
    common = [
        org("jordi.puig@lucumalabs.com", "Jordi Puig"),
        f"UID:{uid}",
        att("jordi.puig@lucumalabs.com", "Jordi Puig", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED"),
        "X-GOOGLE-CONFERENCE:" + meet_link("lucuma"),
        desc(text),
        "LOCATION:",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={MAD}:20250423T160000",
        f"DTEND;TZID={MAD}:20250423T173000",
        "RRULE:FREQ=WEEKLY;WKST=MO;COUNT=2;BYDAY=WE",
        "DTSTAMP:20250417T093015Z",
        *common,
        "CREATED:20250417T092950Z",
        "LAST-MODIFIED:20250417T093012Z",
        "SEQUENCE:0",
        "SUMMARY:Prueba técnica en pareja – Lúcuma Labs",
        "END:VEVENT",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={MAD}:20250502T170000",
        f"DTEND;TZID={MAD}:20250502T183000",
        "DTSTAMP:20250428T141002Z",
        *common,
        f"RECURRENCE-ID;TZID={MAD}:20250430T160000",
        "CREATED:20250417T092950Z",
        "LAST-MODIFIED:20250428T140958Z",
        "SEQUENCE:1",
        "SUMMARY:Prueba técnica en pareja – Lúcuma Labs (2ª sesión\\, movida al viernes)",
        "END:VEVENT",
    ]
    return Ev("gcal-recurring", uid, cal(body, prodid=GCAL, tz=(MAD,)), 1, "Lúcuma Labs", "", "technical",
              "jordi.puig@lucumalabs.com", "recurring-override-es")


EVENTS = [cobalto_personio, ahorrin_teamtailor, meridiano_outlook, kibo_agency, pixelmar_workable, lucuma_recurring]

FORMS = {
    "Cobalto Digital": ["Cobalto"],
    "Ahorrín": [],
    "Seguros Meridiano": [],
    "Kibo Energía": ["Kibo"],
    "Pixelmar": [],
    "Lúcuma Labs": ["Lúcuma"],
}
