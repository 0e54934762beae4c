"""holdout133: career events that are not the user's own interview (mock, webinars, press, coffees, prep)."""

from __future__ import annotations

from holdout133ev_ics import (
    GOOGLE,
    GOOGLE_INVITE_ES,
    OUTLOOK,
    THUNDERBIRD,
    TZ_LONDON,
    TZ_MADRID,
    TZ_ROMANCE,
    USER_GMAIL,
    USER_NAME,
    USER_WORK,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    vev,
    zoom_en,
    zoom_es,
)

ME = att(USER_GMAIL, USER_NAME)
ME_G = att(USER_GMAIL, "Ainhoa Etxeberria")
ME_W = att(USER_WORK, "Etxeberria Lasa, Ainhoa")
M = "Europe/Madrid"


def _n(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def _hand(uid: str, stamp: str, start: str, end: str, summary: str, descr: str | None = None) -> str:
    return cal([vev(uid, stamp, start, end, summary, description=descr, seq=None, status=None)],
               GOOGLE, method="PUBLISH", head=["X-WR-TIMEZONE:Europe/Madrid"])


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "6mv0q2c8t4kh1p9b3jd7srnf5a@google.com"
    out.append(_n("google-mock-mentor-es", cal([vev(
        uid, "20251114T190000Z", f"DTSTART;TZID={M}:20251117T190000", f"DTEND;TZID={M}:20251117T200000",
        "Simulacro entrevista con Amaia – preparar final Vialterra",
        organizer=org("amaia.salaberria@gmail.com", "Amaia Salaberria"),
        attendees=[att("amaia.salaberria@gmail.com", "Amaia Salaberria", partstat="ACCEPTED", rsvp=False), ME_G],
        location="https://meet.google.com/kzr-uvqa-mpd",
        description="Te hago de comité: preguntas de liderazgo, conflictos con subcontratas y números de la "
                    "concesión. Ensayo, no te agobies.\n\n" + meet("es", "kzr-uvqa-mpd"),
    )], GOOGLE, tz=[TZ_MADRID]), uid, "mock-mentor-company-named-es"))

    uid = "040000008200E00074C5B7101A82E00800000000BBA0C1D2E3F4DC0100000000000000001000000041424344454647484950"
    out.append(_n("outlook-mock-english-es", cal([vev(
        uid, "20251020T100000Z", "DTSTART;TZID=Romance Standard Time:20251029T180000",
        "DTEND;TZID=Romance Standard Time:20251029T184500",
        "Simulacro de entrevista en inglés – Servicio de Empleo del Colegio",
        organizer=org("empleo@caminos-euskadi.org", "Servicio de Empleo – Demarcación de Euskadi"),
        attendees=[ME, att("james.whitfield.coach@gmail.com", "James Whitfield")],
        location="Sede del Colegio, Alameda Mazarredo 69, Bilbao",
        description="Sesión de práctica de entrevista en inglés (mock interview) con feedback del coach. "
                    "Actividad gratuita para colegiados/as.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "mock-english-practice-es"))

    uid = "zoom-webinar-86120457731@caminos-euskadi.org"
    out.append(_n("zoom-webinar-competencias-es", cal([vev(
        uid, "20251001T090000Z", f"DTSTART;TZID={M}:20251015T180000", f"DTEND;TZID={M}:20251015T193000",
        "Webinar: Cómo superar una entrevista por competencias en el sector de la construcción",
        organizer=org("no-reply@zoom.us", "Colegio de Ingenieros de Caminos – Euskadi"),
        attendees=[ME], location="https://us06web.zoom.us/w/86120457731",
        description="Gracias por inscribirse. Ponente: Rosa Elorriaga (consultora de selección).\n\n"
                    + zoom_es("Colegio de Ingenieros", "861 2045 7731", "V2ViaW5hcjI1"),
    )], "-//zoom.us//iCalendar Event//EN", tz=[TZ_MADRID]), uid, "webinar-interviewing-es"))

    uid = "gtw-7719304471-reg-5528831"
    out.append(_n("webinar-digital-twin-en", cal([vev(
        uid, "20251102T110000Z", "DTSTART:20251106T150000Z", "DTEND:20251106T160000Z",
        "Webinar: Digital twins for site managers - live Q&A",
        organizer=org("customercare@gotowebinar.com", "SiteLens Academy"),
        attendees=[ME], location="GoTo Webinar",
        description="You're registered! Join the webinar: https://attendee.gotowebinar.com/join/7719304471",
    )], "-//GoTo Technologies//GoTo Webinar//EN"), uid, "webinar-en"))

    uid = "040000008200E00074C5B7101A82E00800000000CCB1D2E3F4A5DC0100000000000000001000000051525354555657585960"
    out.append(_n("outlook-lanbide-workshop-es", cal([vev(
        uid, "20251009T080000Z", "DTSTART;TZID=Romance Standard Time:20251016T093000",
        "DTEND;TZID=Romance Standard Time:20251016T130000",
        "Taller: la entrevista de trabajo y tu perfil de LinkedIn",
        organizer=org("orientacion-bilbao@lanbide.eus", "Lanbide Orientazioa"),
        attendees=[ME], location="Lanbide – Bulegoa Bilbao Deusto",
        description="Taller grupal: tipos de entrevista, preguntas frecuentes y role-play entre participantes.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "class-about-interviewing-es"))

    uid = "040000008200E00074C5B7101A82E00800000000DDC2E3F4A5B6DC0100000000000000001000000061626364656667686970"
    out.append(_n("outlook-talk-school-es", cal([vev(
        uid, "20251103T120000Z", "DTSTART;TZID=Romance Standard Time:20251119T120000",
        "DTEND;TZID=Romance Standard Time:20251119T133000",
        "Charla 'De la escuela a la obra' – 4º Ingeniería Civil",
        organizer=org("josune.olaeta@ehu.eus", "Olaeta Rementeria, Josune"),
        attendees=[ME_W], location="Escuela de Ingeniería de Bilbao – Aula P3B5",
        description="Ainhoa, gracias por aceptar. 45 min de charla + preguntas de los alumnos sobre cómo es "
                    "trabajar de jefa de obra y cómo preparar las primeras entrevistas.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "user-gives-talk-es"))

    uid = "040000008200E00074C5B7101A82E00800000000EED3F4A5B6C7DC0100000000000000001000000071727374757677787980"
    out.append(_n("outlook-press-es", cal([vev(
        uid, "20251024T101000Z", "DTSTART;TZID=Romance Standard Time:20251028T110000",
        "DTEND;TZID=Romance Standard Time:20251028T114500",
        "Entrevista Deia – viaducto Zorrotzaurre (periodista: Ane Uribarri)",
        organizer=org("comunicacion@construcciones-nervion.es", "Comunicación Nervión"),
        attendees=[ME_W, att("a.uribarri@deia.eus", "Ane Uribarri")],
        location="Obra Zorrotzaurre", description="Ane hará la entrevista a Ainhoa para el reportaje sobre el "
                                                  "viaducto. Fotógrafo incluido; EPIs para los dos.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "press-interview-es"))

    uid = "riverside-rec-4e1b7a90c3"
    out.append(_n("podcast-recording-es", cal([vev(
        uid, "20251125T170000Z", f"DTSTART;TZID={M}:20251202T190000", f"DTEND;TZID={M}:20251202T200000",
        "Grabación podcast 'Ingenieras en obra' – entrevista a Ainhoa",
        organizer=org("hola@ingenierasenobra.com", "Ingenieras en obra (podcast)"),
        attendees=[ME], location="https://riverside.fm/studio/ingenieras-en-obra",
        description="Charlaremos de tu trayectoria como jefa de obra. Usa auriculares.",
    )], "-//Riverside//EN", tz=[TZ_MADRID]), uid, "podcast-interview-es"))

    uid = "ui-study-3398127-session-77"
    out.append(_n("user-research-en", cal([vev(
        uid, "20251110T150000Z", "DTSTART:20251113T160000Z", "DTEND:20251113T164500Z",
        "User interview: construction scheduling research (45 min) - $60 gift card",
        organizer=org("research@sitewise.app", "Sitewise Research"),
        attendees=[ME], location="Zoom",
        description="Thanks for joining our research study! We'd like to learn how site managers plan the "
                    "weekly lookahead. You'll receive a $60 gift card after the session.\n\n"
                    + zoom_en("771 3302 9914", "UmVzZWFyY2g"),
    )], "-//User Interviews//Scheduler//EN"), uid, "user-research-interview-en"))

    uid = "1cn7q0v3t9mk5h2b8p4jdsa6re@google.com"
    out.append(_n("google-coffee-chat-es", cal([vev(
        uid, "20251015T200000Z", f"DTSTART;TZID={M}:20251018T103000", f"DTEND;TZID={M}:20251018T113000",
        "Café con Itziar – cómo es la consultoría de infraestructuras",
        organizer=org(USER_GMAIL, "Ainhoa Etxeberria"),
        attendees=[att("itziar.lekue@gmail.com", "Itziar Lekue")],
        location="Café Iruña, Bilbao",
        description="Itziar trabaja en Tallow & Reed en Londres. No es entrevista: le quiero preguntar cómo es "
                    "el día a día y el paso de obra a consultoría.",
    )], GOOGLE, tz=[TZ_MADRID]), uid, "coffee-chat-company-named-es"))

    uid = "040000008200E00074C5B7101A82E00800000000FFE4A5B6C7D8DC0100000000000000001000000081828384858687888990"
    out.append(_n("outlook-coffee-en", cal([vev(
        uid, "20251201T170000Z", "DTSTART;TZID=GMT Standard Time:20251208T170000",
        "DTEND;TZID=GMT Standard Time:20251208T173000",
        "Coffee - Mark Ellison (catch up)",
        organizer=org("mark.ellison@hotmail.co.uk", "Mark Ellison"),
        attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
        location="Pret, Canary Wharf",
        description="Since you're in London for the day - quick coffee after your thing? Happy to tell you what "
                    "it's like at Kestrel these days. Purely informal!",
    )], OUTLOOK, tz=[TZ_LONDON.replace("Europe/London", "GMT Standard Time")]), uid, "coffee-chat-en"))

    uid = "7qk2v9c4t0mh6p1b3jd8srna5f@google.com"
    out.append(_n("hand-job-fair-es", _hand(
        uid, "20251020T180000Z", "DTSTART;VALUE=DATE:20251106", "DTEND;VALUE=DATE:20251107",
        "Foro de Empleo Ingeniería (BEC Barakaldo) – pasar por stands", "llevar 10 CV impresos",
    ), uid, "job-fair-es"))

    uid = "040000008200E00074C5B7101A82E0080000000010F5B6C7D8E9DC01000000000000000010000000919293949596979899A0"
    out.append(_n("outlook-reference-referee-en", cal([vev(
        uid, "20251118T100000Z", "DTSTART;TZID=Europe/London:20251120T090000",
        "DTEND;TZID=Europe/London:20251120T091500",
        "Reference call re: Mikel Ugarte - Tallow & Reed",
        organizer=org("references@tallowreed.com", "Tallow & Reed HR"),
        attendees=[att(USER_WORK, "Ainhoa Etxeberria")], location="Phone: we'll call +34 944 00 00 00",
        description="Thank you for agreeing to act as a referee for Mikel Ugarte, who has applied for an "
                    "Analyst role with us. The call takes about 15 minutes.",
    )], OUTLOOK, tz=[TZ_LONDON]), uid, "reference-call-user-referee-en"))

    uid = "0vd6q1c8t3mk9h5b2p7jsra4nf@google.com"
    out.append(_n("google-headhunter-noemployer-es", cal([vev(
        uid, "20251006T100000Z", f"DTSTART;TZID={M}:20251008T131500", f"DTEND;TZID={M}:20251008T134500",
        "Llamada Ainhoa Etxeberria / Sara – Talenta Ingeniería Search",
        organizer=org("sara.villalba@talenta-search.es", "Sara Villalba"),
        attendees=[att("sara.villalba@talenta-search.es", "Sara Villalba", partstat="ACCEPTED", rsvp=False),
                   ME_G],
        location="Teléfono",
        description="Hola Ainhoa, charlamos sobre tu perfil y las posiciones de jefatura de obra que llevamos "
                    "ahora en el norte (no puedo dar nombres de clientes todavía)." + GOOGLE_INVITE_ES,
    )], GOOGLE, tz=[TZ_MADRID]), uid, "agency-call-no-employer-es"))

    uid = "keystone-tr-intro-20251021-ae"
    out.append(_n("agency-intro-en", cal([vev(
        uid, "20251021T090000Z", "DTSTART:20251023T080000Z", "DTEND:20251023T083000Z",
        "Intro call - Keystone Technical Recruitment",
        organizer=org("ben.hargreaves@keystone-tr.co.uk", "Ben Hargreaves"),
        attendees=[ME], location="Microsoft Teams",
        description="Hi Ainhoa, good to connect on LinkedIn. Let's have a quick chat about what you're looking "
                    "for - we have several marine and infrastructure PM roles across the Benelux.\n\n"
                    + teams("en", "NGE1YzQ2MmQtZWY0Ni00", "318 447 205 661", "Ke7yT3"),
    )], GOOGLE), uid, "agency-intro-no-employer-en"))

    uid = "4pj8c2q6vt0mk3h9b1d5srna7e@google.com"
    out.append(_n("hand-prep-es", _hand(
        uid, "20251022T201000Z", "DTSTART:20251022T203000", "DTEND:20251022T220000",
        "Preparar entrevista Hidrotec (proyectos saneamiento + EDAR)",
        "repasar ejemplos STAR, números de la obra de Sestao, preguntas para ellos",
    ), uid, "prep-block-company-named-es"))

    uid = "ABCD1234-5E6F-4A7B-8C9D-0E1F2A3B4C5D"
    out.append(_n("thunderbird-prep-en", cal([[
        "CREATED:20251108T091000Z", "LAST-MODIFIED:20251108T091000Z", "DTSTAMP:20251108T091000Z",
        f"UID:{uid}", "SUMMARY:Repasar caso Tallow & Reed + PPP / concesiones (prep)",
        "DTSTART;TZID=Europe/Madrid:20251109T170000", "DTEND;TZID=Europe/Madrid:20251109T190000",
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:1",
    ]], THUNDERBIRD, method=None, tz=[TZ_MADRID]), uid, "prep-block-case-es"))

    uid = "040000008200E00074C5B7101A82E0080000000021A6C7D8E9F0DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0"
    out.append(_n("outlook-own-appraisal-es", cal([vev(
        uid, "20251117T080000Z", "DTSTART;TZID=Romance Standard Time:20251124T090000",
        "DTEND;TZID=Romance Standard Time:20251124T100000",
        "Evaluación de desempeño 2025 – Ainhoa / Iñaki",
        organizer=org("inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki"),
        attendees=[ME_W], location="Despacho Dirección",
        description="Revisión de objetivos 2025 y plan 2026. Trae la autoevaluación rellenada.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "own-appraisal-es"))

    uid = "040000008200E00074C5B7101A82E0080000000032B7D8E9F0A1DC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0"
    out.append(_n("outlook-exit-interview-es", cal([vev(
        uid, "20260203T090000Z", "DTSTART;TZID=Romance Standard Time:20260212T120000",
        "DTEND;TZID=Romance Standard Time:20260212T124500",
        "Entrevista de salida – Ainhoa Etxeberria",
        organizer=org("begona.urrutia@construcciones-nervion.es", "Urrutia Sasia, Begoña"),
        attendees=[ME_W], location="Sala 1",
        description="Ainhoa, como parte de tu baja voluntaria, nos gustaría tener la entrevista de salida. "
                    "Es confidencial y nos ayuda a mejorar.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "exit-interview-es"))

    uid = "040000008200E00074C5B7101A82E0080000000043C8E9F0A1B2DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0"
    out.append(_n("outlook-thesis-board-es", cal([vev(
        uid, "20260115T090000Z", "DTSTART;TZID=Romance Standard Time:20260129T100000",
        "DTEND;TZID=Romance Standard Time:20260129T133000",
        "Tribunal TFM Máster Ingeniería de Caminos – defensas (vocal externa)",
        organizer=org("josune.olaeta@ehu.eus", "Olaeta Rementeria, Josune"),
        attendees=[ME_W], location="Escuela de Ingeniería de Bilbao – Sala de Grados",
        description="Cuatro defensas de 40 min. Como vocal externa del tribunal tienes las memorias en eGela.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "thesis-board-es"))
    return out
