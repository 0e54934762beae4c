"""holdout45: negatives around the job search that are not the user's own interviews (part A).

Mock interviews, webinars, classes, user research, press and podcast "interviews", coffee chats, job fairs, the
user as referee, recruiters naming no employer, prep blocks. Written blind as raw iCalendar text (CC0 1.0).
"""

from __future__ import annotations

from datetime import date, timedelta

from holdout45ev_boiler import meet, teams, zoom
from holdout45ev_ics import (
    GOOGLE,
    OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    esc,
    event,
    uid_at,
    uid_google,
    uid_outlook,
    vcal,
)

PUBLISH = GOOGLE.replace("METHOD:REQUEST", "METHOD:PUBLISH")


def gcal(seed: str, start: str, end: str, summary: str, desc: str = "", location: str = "",
         organizer: str = "", attendees: tuple[str, ...] = (), head: str = GOOGLE) -> tuple[str, str]:
    """A Google Calendar VEVENT in Europe/Madrid; organizer/attendees are 'Name|address' strings."""
    uid = uid_google(seed)
    made = (date.fromisoformat(start[:8]) - timedelta(days=4 + len(seed) % 5)).strftime("%Y%m%d")
    stamp = f"{made}T{10 + len(summary) % 10:02d}{len(desc) % 60:02d}{len(seed) % 60:02d}Z"
    lines = [f"DTSTART;TZID=Europe/Madrid:{start}", f"DTEND;TZID=Europe/Madrid:{end}", f"DTSTAMP:{stamp}"]
    if organizer:
        name, addr = organizer.split("|")
        lines.append(f"ORGANIZER;CN={name}:mailto:{addr}")
    lines.append(f"UID:{uid}")
    for a in attendees:
        name, addr = a.split("|")
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}"
                     f";X-NUM-GUESTS=0:mailto:{addr}")
    lines += [f"CREATED:{stamp}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{stamp}",
              f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE"]
    body = "BEGIN:VEVENT\n" + "\n".join(lines) + "\nEND:VEVENT"
    return vcal(head, body, (TZ_MADRID,)), uid


ME = "Santiago Herrera|santi.herrera.farma@gmail.com"


def mock_friend() -> dict[str, str]:
    ics, uid = gcal("neg-mock-clara", "20250506T200000", "20250506T210000", "Simulacro entrevista MSL con Clara 🎯",
                    "Clara hace de Medical Director (ella pasó por el proceso en Montblanc el año pasado).\n"
                    "Practicar: presentación de 10 min + preguntas difíciles sobre KOL mapping.\n\n"
                    + meet("neg-mock-clara", "es"), "", "Clara Vidal|claravidal.bcn@gmail.com",
                    ("Clara Vidal|claravidal.bcn@gmail.com", ME))
    return event("google-mock-friend-es", ics, uid, trap="mock-interview-friend-es")


def mock_mentoring() -> dict[str, str]:
    uid = uid_at("neg-mock-afin", "zoom.us", 22)
    desc = """Programa de Mentoring AFIN 2025 – sesión 3

Mock interview (Medical Affairs) en inglés con tu mentora, Dra. Helen Carter. Ella hará de hiring manager de una \
compañía ficticia y al final te dará feedback con la rúbrica del programa.

""" + zoom("neg-mock-afin", "Helen Carter", "es")
    ics = vcal("PRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:REQUEST", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250325T101500Z
DTSTART:20250331T170000Z
DTEND:20250331T180000Z
SUMMARY:{esc("Mentoring AFIN – Mock interview Medical Affairs (Santiago H. / Helen C.)")}
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
ORGANIZER;CN=Helen Carter:mailto:helen.carter.mentor@afin-farma.es
ATTENDEE;CN=Santiago Herrera;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
STATUS:CONFIRMED
END:VEVENT""")
    return event("zoom-mock-mentoring-es", ics, uid, trap="mock-interview-mentoring-es")


def webinar() -> dict[str, str]:
    uid = uid_at("neg-webinar-msl", "zoom.us", 22)
    desc = """Hola Santiago Herrera:

Gracias por registrarte en "Cómo superar la entrevista de MSL: lo que buscan los Medical Directors".

Fecha y hora: 20 mar 2025 18:30 Madrid
Únete desde un PC, Mac, iPad o dispositivo Android: https://us06web.zoom.us/w/8812345670?tk=abc

Organiza: Asociación de Farmacéuticos de la Industria (AFIN) – Grupo Jóvenes"""
    ics = vcal("PRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH", f"""BEGIN:VEVENT
DTSTAMP:20250310T120000Z
DTSTART:20250320T173000Z
DTEND:20250320T190000Z
SUMMARY:{esc("Webinar: Cómo superar la entrevista de MSL")}
UID:{uid}
DESCRIPTION:{esc(desc)}
LOCATION:https://us06web.zoom.us/w/8812345670
ORGANIZER;CN=AFIN Jóvenes:mailto:no-reply@zoom.us
END:VEVENT""")
    return event("zoom-webinar-es", ics, uid, trap="webinar-about-interviews-es")


def class_competency() -> dict[str, str]:
    uid = uid_outlook("neg-class-competency")
    desc = """Formació interna per a comandaments intermedis i facultatius que participen en tribunals de selecció.
Continguts: entrevista per competències, biaixos, preguntes prohibides, graelles de puntuació.
Docent: Núria Jové (Desenvolupament de Persones)."""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Formació HULL:mailto:formacio@hullobregat.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Herrera Ruiz, Santiago"
 :mailto:sherrera@hullobregat.cat
DESCRIPTION;LANGUAGE=ca-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:Curs: L'entrevista per competències (4 h)
DTSTART;TZID=Romance Standard Time:20250313T090000
DTEND;TZID=Romance Standard Time:20250313T130000
DTSTAMP:20250224T090000Z
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Aula 1 Docència
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-course-interviewing-ca", ics, uid, trap="class-interviewing-skills-ca")


def user_research() -> dict[str, str]:
    ics, uid = gcal("neg-ux-dosis", "20250304T180000", "20250304T184500",
                    "Dosis Health – user interview (hospital pharmacists) – €60 voucher",
                    "Hi Santiago,\n\nThanks for signing up for our research panel! In this 45-minute user interview "
                    "we'll "
                    "show you prototypes of our medication-reconciliation tool and ask how you work today. There are "
                    "no right or wrong answers; we are testing the product, not you.\n\nYou'll receive a €60 Amazon "
                    "voucher after the session.\n\nJana – UX Research, Dosis Health\n\n" + meet("neg-ux-dosis", "en"),
                    "", "Jana Novak|jana.novak@dosis.health", ("Jana Novak|jana.novak@dosis.health", ME))
    return event("google-user-research-en", ics, uid, trap="user-research-interview-en")


def press() -> dict[str, str]:
    ics, uid = gcal("neg-press", "20250227T123000", "20250227T130000",
                    "Entrevista con Santiago Herrera – reportaje desabastecimiento de medicamentos",
                    "Hola Santiago, gracias por atenderme. Te llamo para el reportaje sobre la falta de amoxicilina "
                    "y de análogos de GLP-1 en los hospitales. Unos 20-25 minutos; te paso las citas antes de "
                    "publicar.\n\nNoelia Campmany\nRedactora de Salud – Gaceta Sanitaria Digital",
                    "Teléfono", "Noelia Campmany|ncampmany@gacetasanitaria.info",
                    ("Noelia Campmany|ncampmany@gacetasanitaria.info", ME))
    return event("google-press-interview-es", ics, uid, trap="press-interview-es")


def podcast() -> dict[str, str]:
    ics, uid = gcal("neg-podcast", "20250409T190000", "20250409T200000",
                    "Grabación «Farma en Abierto» ep. 42 – entrevista a Santiago Herrera",
                    "Grabamos en Riverside: https://riverside.fm/studio/farma-en-abierto\nTema: el día a día de un "
                    "farmacéutico de hospital y la preparación de citostáticos. Usa auriculares con cable 🙏\n\nÁlex",
                    "Riverside", "Álex Domènech|hola@farmaenabierto.com",
                    ("Álex Domènech|hola@farmaenabierto.com", ME))
    return event("google-podcast-es", ics, uid, trap="podcast-interview-es")


def coffee_novalis() -> dict[str, str]:
    ics, uid = gcal("neg-coffee-jordi", "20250228T083000", "20250228T091500",
                    "Café con Jordi (MSL Novalis) – networking",
                    "Jordi me cuenta cómo es el día a día de MSL en Hematología y cómo llegó desde el hospital. "
                    "No hay vacante, es solo para orientarme.", "Café Sirvent, Parlament 56",
                    "Jordi Rius|jordirius77@gmail.com", ("Jordi Rius|jordirius77@gmail.com", ME))
    return event("google-coffee-chat-es", ics, uid, trap="informational-coffee-es")


def coffee_en() -> dict[str, str]:
    ics, uid = gcal("neg-coffee-marta", "20250321T130000", "20250321T133000",
                    "Virtual coffee – life as a Medical Advisor",
                    "Hi Santiago! Happy to share how I moved from hospital pharmacy to medical affairs at Halvorsen. "
                    "Just an informal chat, no agenda – and not a recruiting call :)\n\nMarta\n\n"
                    + meet("neg-coffee-marta", "en"), "", "Marta Lindqvist|marta.lindqvist@halvorsen.dk",
                    ("Marta Lindqvist|marta.lindqvist@halvorsen.dk", ME))
    return event("google-virtual-coffee-en", ics, uid, trap="informational-coffee-employer-domain-en")


def job_fair_ub() -> dict[str, str]:
    uid = uid_google("neg-fira-ub")
    ics = vcal(PUBLISH, f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
DTSTAMP:20250301T100000Z
UID:{uid}
CREATED:20250301T095500Z
DESCRIPTION:{esc("Estands de laboratoris, CROs i hospitals. Portar 10 CV impresos. Xerrada MSL a les 12h.")}
LAST-MODIFIED:20250301T095500Z
LOCATION:{esc("Facultat de Farmàcia i Ciències de l'Alimentació, Av. Joan XXIII 27-31, Barcelona")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fira d'Ocupació Farmàcia i Indústria 2025
TRANSP:TRANSPARENT
END:VEVENT""")
    return event("google-allday-job-fair-ca", ics, uid, trap="job-fair-ca")


def careers_day_eventbrite() -> dict[str, str]:
    uid = uid_at("neg-careers-day", "eventbrite.com", 18)
    desc = """Pharma Careers Day Madrid 2025 – Order #11184433201

Meet recruiters from 40+ pharma companies, CROs and consultancies. CV clinic, speed-networking and talks on \
regulatory, medical affairs and market access careers.

View your ticket: https://www.eventbrite.es/mytickets/11184433201"""
    ics = vcal("PRODID:-//Eventbrite//Eventbrite Calendar//EN\nVERSION:2.0\nMETHOD:PUBLISH", f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T110000Z
DTSTART:20250523T070000Z
DTEND:20250523T150000Z
SUMMARY:Pharma Careers Day Madrid 2025
DESCRIPTION:{esc(desc)}
LOCATION:{esc("IFEMA Madrid, Pabellón 14, Av. del Partenón 5, Madrid")}
URL:https://www.eventbrite.es/e/pharma-careers-day-madrid-2025-tickets-90112233
END:VEVENT""")
    return event("eventbrite-job-fair-en", ics, uid, trap="job-fair-eventbrite-en")


def referee_es() -> dict[str, str]:
    uid = uid_outlook("neg-referee-ortiz")
    desc = """Hola Santiago:

Ana Ortiz Bravo nos ha facilitado tu contacto como referencia profesional (fuiste su tutor durante la residencia) \
para el proceso de Regulatory Affairs Specialist en el que participa. ¿Podríamos hablar 15 minutos? Te llamaré \
al teléfono del hospital.

Gracias de antemano,
Isabel Domínguez
Talent Acquisition Iberia – Kessler Pharma"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN="Domínguez, Isabel":mailto:isabel.dominguez@kessler-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sherrera@hullobregat.cat
 :mailto:sherrera@hullobregat.cat
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Referencias – Ana Ortiz (Regulatory Affairs Specialist)
DTSTART;TZID=Romance Standard Time:20250219T163000
DTEND;TZID=Romance Standard Time:20250219T164500
DTSTAMP:20250214T112000Z
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-user-is-referee-es", ics, uid, trap="reference-call-user-is-referee-es")


def referee_en() -> dict[str, str]:
    ics, uid = gcal("neg-referee-soler", "20250604T163000", "20250604T170000",
                    "Reference check – Dr. Marc Soler (MSL Oncology candidate)",
                    "Hi Santiago,\n\nMarc Soler listed you as a reference for our MSL Oncology role. I'd love 20 "
                    "minutes to hear about working with him at the hospital. I'll call your mobile.\n\nThanks!\nMegan "
                    "O'Donnell, Senior Recruiter, Vireon Therapeutics", "Phone",
                    "Megan O'Donnell|megan.odonnell@vireontx.com", (ME,))
    return event("google-referee-en", ics, uid, trap="reference-call-user-is-referee-en")


def recruiter_no_employer() -> dict[str, str]:
    uid = uid_outlook("neg-kiara-general")
    desc = """Hola Santiago,

Encantada de haber conectado por LinkedIn. Te propongo una llamada de 20 minutos para conocerte y entender qué \
buscas: ahora mismo trabajo varias posiciones de Medical Affairs y Farmacovigilancia con clientes del sector en \
Barcelona y Madrid.

Un saludo,
Rocío Santamaría
Kiara Life Sciences Recruitment"""
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=Rocío Santamaría:mailto:rocio.santamaria@kiarals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Herrera
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Llamada Kiara Life Sciences / Santiago Herrera
DTSTART;TZID=Romance Standard Time:20250408T183000
DTEND;TZID=Romance Standard Time:20250408T185000
DTSTAMP:20250403T090000Z
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-agency-no-employer-es", ics, uid, trap="recruiter-call-no-employer-es")


def recruiter_confidential() -> dict[str, str]:
    uid = uid_outlook("neg-harlow")
    desc = """Hi Santiago,

Thanks for accepting my LinkedIn request. As mentioned, I'm working on a confidential Regulatory Affairs \
opportunity for a client (mid-size European pharma, Barcelona area). Let's have a quick chat so I can understand \
your background before I share any details.

James Whitaker
Principal Consultant – Harlow Search

""" + teams("neg-harlow", "en")
    ics = vcal(OUTLOOK, f"""BEGIN:VEVENT
ORGANIZER;CN=James Whitaker:mailto:james.whitaker@harlowsearch.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santi.herrera.farma@gmail.com
 :mailto:santi.herrera.farma@gmail.com
DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Quick chat – confidential Regulatory Affairs opportunity
DTSTART;TZID=Romance Standard Time:20250522T130000
DTEND;TZID=Romance Standard Time:20250522T132000
DTSTAMP:20250519T150000Z
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT""", (TZ_ROMANCE,))
    return event("exchange-recruiter-confidential-en", ics, uid, trap="recruiter-call-confidential-client-en")


def prep_kessler() -> dict[str, str]:
    ics, uid = gcal("neg-prep-kessler", "20250423T190000", "20250423T210000",
                    "Preparar entrevista Kessler (STAR + pipeline)",
                    "- 3 historias STAR: error de medicación, proyecto biosimilares, conflicto con oncología\n"
                    "- Pipeline Kessler: variaciones tipo II pendientes\n- Preguntas para Alberto y la Dra. Brandt",
                    head=PUBLISH)
    return event("google-prep-block-es", ics, uid, trap="prep-block-names-employer-es")


def prep_dosis() -> dict[str, str]:
    ics, uid = gcal("neg-prep-dosis", "20250421T183000", "20250421T200000", "Repasar caso práctico Dosis",
                    "Conciliación en polimedicados: STOPP/START, interacciones, qué alertas priorizar.",
                    head=PUBLISH)
    return event("google-prep-case-es", ics, uid, trap="prep-block-case-es")


def events() -> list[dict[str, str]]:
    return [mock_friend(), mock_mentoring(), webinar(), class_competency(), user_research(), press(), podcast(),
            coffee_novalis(), coffee_en(), job_fair_ub(), careers_day_eventbrite(), referee_es(), referee_en(),
            recruiter_no_employer(), recruiter_confidential(), prep_kessler(), prep_dosis()]
