"""holdout94: the user's own interviews, Mexican-Spanish invites (Calendly founder, SENT-BY assistant, Orbis)."""

from __future__ import annotations

from holdout94ev_ics import (
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    Ev,
    att,
    cal,
    desc,
    meet_es,
    org,
    outlook_uid,
    teams_es,
    vevent,
)


def _calendly_sentby_orbis() -> list[Ev]:
    uid1 = "BFHK3GQ2XKLM7ZPA"
    b1 = ("Nombre del evento: Entrevista Gerente de Planta (45 min)\n\n"
          "Lugar: Esta es una llamada de Google Meet. Un enlace se agregará al evento.\n\n"
          "¿Necesitas hacer cambios a este evento?\nCancelar: https://calendly.com/cancellations/bfhk3gq2\n"
          "Reprogramar: https://calendly.com/reschedulings/bfhk3gq2\n\n"
          "Notas de Ernesto: platicamos de la nueva nave de inyección de Apodaca Plásticos Inyectados y de lo que "
          "necesito en un gerente de planta.\n\nCon tecnología de Calendly.com")
    ev1 = vevent(
        "DTSTART:20250327T230000Z",
        "DTEND:20250327T234500Z",
        "DTSTAMP:20250325T031944Z",
        org("ernesto.galvan.api@gmail.com", "Ernesto Galván"),
        f"UID:{uid1}",
        att(ME, ME_CN),
        att("ernesto.galvan.api@gmail.com", "Ernesto Galván", ps="ACCEPTED", rsvp=False),
        desc(b1),
        "LOCATION:https://meet.google.com/hyt-ccqa-wej",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Gerente de Planta entre Ernesto Galván y Alejandro Treviño",
        "TRANSP:OPAQUE",
    )
    uid2 = outlook_uid("h94-es-7")
    ev2 = vevent(
        "CLASS:PUBLIC",
        desc("Ing. Treviño:\nPor indicaciones del Ing. Héctor Zambrano, Director de Planta, le envío la invitación "
             "para conversar sobre la posición de Gerente de Mantenimiento.\n"
             "Atentamente,\nBeatriz Garza\nAsistente de Dirección | Línea Blanca Cumbres" + teams_es("247 903 118 556",
                                                                                              "TGJjdW1i")),
        "DTSTART;TZID=\"Central Standard Time (Mexico)\":20250506T130000",
        "DTEND;TZID=\"Central Standard Time (Mexico)\":20250506T140000",
        "DTSTAMP:20250430T162200Z",
        "LOCATION:Reunión de Microsoft Teams",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-MX:Entrevista Ing. Héctor Zambrano / Alejandro Treviño",
        f"UID:{uid2}",
        org("hzambrano@lbcumbres.com", "Zambrano, Héctor", sent_by="bgarza@lbcumbres.com"),
        att(ME, "alex.trevino.ing@outlook.com"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    uid3 = "6n2m9b4v1c8x3z7l5k0j@google.com"
    ev3 = vevent(
        "DTSTART:20250320T163000Z",
        "DTEND:20250320T171500Z",
        "DTSTAMP:20250317T210045Z",
        org("andrea.quezada@orbis-aero.com", "Andrea Quezada"),
        f"UID:{uid3}",
        att(ME, ME, google=True),
        desc("Hola Alejandro, te comparto el enlace para nuestra llamada de 45 minutos sobre la vacante "
             "Gerente de Ingeniería de Planta en Turbinas Orbis México (Chihuahua). Es una conversación inicial "
             "con Talento." + meet_es("pfe-wnzk-jrd", "903 116 442")),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Alejandro Treviño / Orbis – conversación inicial",
        "TRANSP:OPAQUE",
    )
    uid4 = "2r6t0y4u8i1o3p5a7s9d@google.com"
    ev4 = vevent(
        "DTSTART;TZID=America/Chihuahua:20250410T083000",
        "DTEND;TZID=America/Chihuahua:20250410T150000",
        "DTSTAMP:20250401T181500Z",
        org("andrea.quezada@orbis-aero.com", "Andrea Quezada"),
        f"UID:{uid4}",
        att(ME, ME, google=True),
        att("r.holguin@orbis-aero.com", "Ricardo Holguín", google=True),
        att("m.chavez@orbis-aero.com", "Mónica Chávez", google=True),
        att("t.brennan@orbis-aero.com", "Tom Brennan", google=True),
        desc("Agenda en sitio (Chihuahua):\n8:30 Bienvenida y seguridad (Andrea Quezada)\n"
             "9:00 Recorrido por celdas de reparación de álabes\n10:30 Ricardo Holguín – Director de Planta\n"
             "11:30 Mónica Chávez – Calidad / AS9100\n13:00 Comida con Tom Brennan (VP Operations, vía Teams)\n"
             "Orbis cubre vuelo MTY-CUU y hotel."),
        "LOCATION:Turbinas Orbis México\\, Complejo Industrial Chihuahua",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Visita en sitio – Gerente de Ingeniería de Planta",
        "TRANSP:OPAQUE",
    )
    forms = ["Turbinas Orbis", "Orbis"]
    return [
        Ev("calendly-founder", cal(ev1, prodid="-//Calendly//Calendly//ES"), uid1, 1, "Apodaca Plásticos Inyectados",
           "Gerente de Planta", "hiring_manager", ["ernesto.galvan.api@gmail.com"], "calendly-freemail-founder-es",
           ["Apodaca Plásticos"]),
        Ev("outlook-sent-by", cal(ev2, prodid=OUTLOOK, tz=("win-mx",)), uid2, 1, "Línea Blanca Cumbres",
           "Gerente de Mantenimiento", "hiring_manager", ["hzambrano@lbcumbres.com"], "sent-by-assistant-es",
           []),
        Ev("google-utc", cal(ev3, prodid=GOOGLE), uid3, 1, "Turbinas Orbis México",
           "Gerente de Ingeniería de Planta", "recruiter_screen", ["andrea.quezada@orbis-aero.com"], "utc-screen-es",
           forms),
        Ev("google-onsite", cal(ev4, prodid=GOOGLE, tz=("America/Chihuahua",)), uid4, 1, "Turbinas Orbis México",
           "Gerente de Ingeniería de Planta", "onsite",
           ["r.holguin@orbis-aero.com", "m.chavez@orbis-aero.com", "t.brennan@orbis-aero.com"],
           "onsite-agenda-es"),
    ]


def events() -> list[Ev]:
    return _calendly_sentby_orbis()
