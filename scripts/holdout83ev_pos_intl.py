"""holdout83: the user's own interviews with employers elsewhere in Latin America (Colombia, Mexico, Chile,
Uruguay): Calendly, Workable, Google, Teams with a Windows zone and Cal.com."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, Ev, T, att, cal, desc, meet, meet_link, ms_tail, ms_uid, org, teams, zoom

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"


def tinto_calendly() -> Ev:
    uid = "e41b8d27-90c3-4f6a-b7d2-5c0e3a9f18b6"
    text = T("""
        Nombre del evento: Entrevista inicial – Desarrollador/a Frontend Jr

        Ubicación: Esta es una conferencia web de Google Meet.
        https://meet.google.com/tnt-ohkw-bzp

        Preguntas: Comparte cualquier cosa que nos ayude a preparar la reunión.
        Vi la vacante en Get on Board. Tengo experiencia con React y Next.js del bootcamp.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/e41b8d27-90c3-4f6a-b7d2-5c0e3a9f18b6
        Reprogramar: https://calendly.com/reschedulings/e41b8d27-90c3-4f6a-b7d2-5c0e3a9f18b6

        Con la tecnología de Calendly.com
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250324T202113Z",
        "DTSTART:20250327T150000Z",
        "DTEND:20250327T153000Z",
        "SUMMARY:Entrevista inicial – Desarrollador/a Frontend Jr entre Daniela Ospina y Valentina Ríos",
        f"UID:{uid}",
        desc(text),
        "LOCATION:https://meet.google.com/tnt-ohkw-bzp",
        org("daniela.ospina@tintolabs.co", "Daniela Ospina"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED", rsvp=None, style="plain"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calendly", uid, cal(body, prodid="-//Calendly//Calendly Scheduling//EN"), 1, "Tinto Labs",
              "Desarrollador/a Frontend Jr", "recruiter_screen", "daniela.ospina@tintolabs.co", "calendly-es")


def nopal_workable() -> Ev:
    uid = "workable-event-0a93e6c1f7d2b854@workable.com"
    url, zt = zoom("es", "nopal", "nopal-tech")
    text = T(f"""
        ¡Hola Valentina!

        Te invitamos a la entrevista técnica para la vacante de Desarrollador(a) Full Stack Jr. en Nopal
        Finanzas. Estarán Rodrigo Villaseñor (Líder de Ingeniería Backend) y Ximena Treviño (Ingeniera de
        Software). Vamos a platicar sobre tu experiencia y resolver juntos un ejercicio de APIs con Node.js.

        Duración: 60 minutos. Hora del centro de México.

        Saludos,
        Talento Nopal

        {zt}

        Enviado con Workable
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250404T163009Z",
        "DTSTART;TZID=America/Mexico_City:20250409T100000",
        "DTEND;TZID=America/Mexico_City:20250409T110000",
        "SUMMARY:Nopal Finanzas: Entrevista técnica – Desarrollador(a) Full Stack Jr.",
        desc(text),
        f"LOCATION:{url}",
        org("notifications@workablemail.com", "Nopal Finanzas"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("rodrigo.villasenor@nopal.mx", "Rodrigo Villaseñor", ps="ACCEPTED", style="plain"),
        att("ximena.trevino@nopal.mx", "Ximena Treviño", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("workable", uid, cal(body, prodid="-//Workable//Workable Calendar//EN", tz=("America/Mexico_City",),
                                   tzstyle="apple"), 1,
              "Nopal Finanzas", "Desarrollador(a) Full Stack Jr.", "technical",
              "rodrigo.villasenor@nopal.mx;ximena.trevino@nopal.mx", "workable-technical-mx")


def nopal_platica() -> Ev:
    uid = "5bq2n8hv0ke3m7rt1ds6jc9ola@google.com"
    text = T(f"""
        Hola Valentina, qué gusto que avanzaste. Esta es la plática con Andrea Zamora, gerente de ingeniería y
        quien sería tu jefa directa. Es una conversación de 45 min, nada técnico.

        Saludos,
        Paola Cárdenas | Talento, Nopal Finanzas

        {meet("es", "nopal-platica")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Mexico_City:20250416T120000",
        "DTEND;TZID=America/Mexico_City:20250416T124500",
        "DTSTAMP:20250411T231140Z",
        org("paola.cardenas@nopal.mx", "Paola Cárdenas"),
        f"UID:{uid}",
        att("andrea.zamora@nopal.mx", "Andrea Zamora", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        att("paola.cardenas@nopal.mx", "Paola Cárdenas", ps="ACCEPTED"),
        "X-GOOGLE-CONFERENCE:" + meet_link("nopal-platica"),
        "CREATED:20250411T231137Z",
        desc(text),
        "LAST-MODIFIED:20250411T231139Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Plática con Andrea (Gerente de Ingeniería) – Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("America/Mexico_City",)), 1, "Nopal Finanzas", "",
              "hiring_manager", "andrea.zamora@nopal.mx", "gcal-hiring-manager-coordinator-mx")


def condor_teams() -> Ev:
    uid = ms_uid("condor-panel-final")
    turl, tt = teams("es", "condor-panel")
    text = T(f"""
        Hola Valentina:

        Te escribo para coordinar la etapa final del proceso para el cargo de Desarrolladora Web Junior en Cóndor
        Retail Tech. Es una entrevista con panel de 60 minutos con:

        - Felipe Contreras, Jefe de Desarrollo
        - Javiera Fuentes, Product Manager
        - Ignacio Soto, Desarrollador Senior

        La hora está en horario de Chile continental. Cualquier duda, me avisas.

        Saludos cordiales,
        Constanza Muñoz
        Atracción de Talento | Cóndor Retail Tech SpA

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("constanza.munoz@condorretail.cl", "Muñoz, Constanza"),
        att("felipe.contreras@condorretail.cl", "Contreras, Felipe", style="outlook"),
        att("javiera.fuentes@condorretail.cl", "Fuentes, Javiera", style="outlook"),
        att("ignacio.soto@condorretail.cl", "Soto, Ignacio", style="outlook"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        desc(text, params=";LANGUAGE=es-CL"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-CL:Etapa final: entrevista con panel – Valentina Ríos",
        "DTSTART;TZID=Pacific SA Standard Time:20250513T110000",
        "DTEND;TZID=Pacific SA Standard Time:20250513T120000",
        "DTSTAMP:20250507T155920Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("outlook-teams", uid, cal(body, prodid=EXCH, tz=("Pacific SA Standard Time",), tzstyle="outlook"), 1,
              "Cóndor Retail Tech", "Desarrolladora Web Junior", "final",
              "felipe.contreras@condorretail.cl;javiera.fuentes@condorretail.cl;ignacio.soto@condorretail.cl",
              "teams-panel-final-cl")


def ceibo_calcom() -> Ev:
    uid = "hB7xN2qLw9Pz4TcR1vKm6Y@Cal.com"
    text = T("""
        ¿Qué?:
        Live coding – Desarrollador/a JavaScript Jr.

        Zona horaria del invitado:
        America/Argentina/Buenos_Aires

        ¿Quién?:
        Joaquín Pereyra - Organizador
        joaquin.pereyra@ceibo.uy
        Valentina Ríos
        vale.rios.dev@gmail.com

        ¿Dónde?:
        Google Meet
        https://meet.google.com/cbo-yxrf-kwa

        Descripción:
        50 minutos resolviendo un problema chico en JavaScript, hablando en voz alta. Podés usar el lenguaje
        que quieras dentro de JS/TS.

        ¿Necesitás hacer un cambio? Cancelar o reprogramar: https://app.cal.com/booking/hB7xN2qLw9Pz4TcR1vKm6Y
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SUMMARY:Live coding entre Joaquín Pereyra y Valentina Ríos",
        "DTSTAMP:20250416T201142Z",
        "DTSTART:20250421T130000Z",
        "DTEND:20250421T135000Z",
        desc(text),
        "LOCATION:https://meet.google.com/cbo-yxrf-kwa",
        org("joaquin.pereyra@ceibo.uy", "Joaquín Pereyra"),
        att(USER_FREE, "Valentina Ríos", ps="ACCEPTED", rsvp="TRUE", style="plain"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calcom", uid, cal(body, prodid="-//Cal.com Inc.//Cal.com Event//EN"), 1, "Ceibo Software",
              "Desarrollador/a JavaScript Jr.", "technical", "joaquin.pereyra@ceibo.uy", "calcom-live-coding-uy")


def ceibo_final() -> Ev:
    uid = "0ls5k2tb8qh6v1nrm9ed4cjo3u@google.com"
    text = T(f"""
        Hola Valentina, ¡buenísimo lo de la técnica! Te agendo la entrevista final con Gonzalo y Victoria, socios
        de Ceibo Software. Es más charla que otra cosa: cómo trabajamos, tus expectativas, condiciones.

        Un abrazo,
        Joaquín

        {meet("es", "ceibo-final")}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Montevideo:20250429T150000",
        "DTEND;TZID=America/Montevideo:20250429T160000",
        "DTSTAMP:20250424T140521Z",
        org("joaquin.pereyra@ceibo.uy", "Joaquín Pereyra"),
        f"UID:{uid}",
        att("gonzalo.fernandez@ceibo.uy", "Gonzalo Fernández", ps="ACCEPTED"),
        att("victoria.rodriguez@ceibo.uy", "Victoria Rodríguez", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        att("joaquin.pereyra@ceibo.uy", "Joaquín Pereyra", ps="ACCEPTED", role="OPT-PARTICIPANT"),
        "X-GOOGLE-CONFERENCE:" + meet_link("ceibo-final"),
        "CREATED:20250424T140518Z",
        desc(text),
        "LAST-MODIFIED:20250424T140520Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista final Ceibo – Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("America/Montevideo",)), 1, "Ceibo Software", "", "final",
              "gonzalo.fernandez@ceibo.uy;victoria.rodriguez@ceibo.uy", "gcal-final-uy")


EVENTS = [tinto_calendly, nopal_workable, nopal_platica, condor_teams, ceibo_calcom, ceibo_final]

FORMS = {
    "Tinto Labs": ["Tinto"],
    "Nopal Finanzas": ["Nopal"],
    "Cóndor Retail Tech": ["Cóndor Retail", "Cóndor"],
    "Ceibo Software": ["Ceibo"],
}
