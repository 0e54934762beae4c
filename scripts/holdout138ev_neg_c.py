"""holdout138 negatives, part C: mocks, classes, webinars, research/press/podcast interviews, personal errands."""

from __future__ import annotations

from holdout138ev_common import APPLE, Ev, meet_en, zoom_en, zoom_es

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = f"{A};PARTSTAT=ACCEPTED;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:mailto:santiago.restrepo.dev@gmail.com"
MEW = f"{A};PARTSTAT=ACCEPTED;CN=Santiago Restrepo;X-NUM-GUESTS=0:mailto:srestrepo@pagaya-fintech.co"

EVENTS: list[Ev] = []


def personal(kind: str, uid: str, start: str, end: str, summary: str, trap: str, extra: str = "",
             prodid: str = APPLE) -> Ev:
    """A plain entry the user typed on the phone (no organizer, no attendees)."""
    body = (
        f"BEGIN:VEVENT\nCREATED:20250301T120000Z\nDTSTAMP:20250301T120000Z\nUID:{uid}\n"
        f"DTSTART;TZID=America/Bogota:{start}\nDTEND;TZID=America/Bogota:{end}\nSUMMARY:{summary}\n"
        f"{extra}SEQUENCE:0\nEND:VEVENT"
    )
    return Ev(kind, body, uid, 0, trap=trap, method="", prodid=prodid, tzs=("bogota",))


EVENTS.append(Ev(
    "pramp-mock-en",
    r"""
BEGIN:VEVENT
DTSTART:20250309T150000Z
DTEND:20250309T160000Z
DTSTAMP:20250305T000000Z
ORGANIZER;CN=Pramp:mailto:sessions@pramp.com
UID:pramp-session-20250309-8812a
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Your Pramp practice session is confirmed!\n\nInterview type: System Design\nYour peer: Anonymous
  (Software Engineer\, Berlin)\nYou'll each interview the other for 30 minutes. Questions are revealed in the
  session.\n\nJoin: https://www.pramp.com/session/8812a
SUMMARY:Pramp mock interview - System Design (peer practice)
LOCATION:https://www.pramp.com/session/8812a
END:VEVENT
""",
    "pramp-session-20250309-8812a", 0, trap="mock-peer-practice-en", prodid="-//Pramp//Sessions//EN",
))

EVENTS.append(Ev(
    "mock-friend-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250316T100000
DTEND;TZID=America/Bogota:20250316T113000
DTSTAMP:20250313T220000Z
ORGANIZER;CN=Julián Arenas:mailto:julian.arenas.dev@gmail.com
UID:4x6w8v0u2t3s5r7q9p1o@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Julián Arenas;X-NUM-GUESTS=0:mailto:julian.arenas.dev@gmail.com
DESCRIPTION:Simulacro de entrevista de system design en inglés\, como si fuera Lumenpath. Yo hago de entrevistador
  y después me das feedback del mío para Globant.\n\n{meet_en("jul-mock-sdi")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulacro entrevista system design (Juli)
TRANSP:OPAQUE
END:VEVENT
""",
    "4x6w8v0u2t3s5r7q9p1o@google.com", 0, trap="mock-friend-names-company-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "bootcamp-mock-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250322T090000
DTEND;TZID=America/Bogota:20250322T120000
DTSTAMP:20250317T150000Z
ORGANIZER;CN=CodeRuta Bootcamp:mailto:mentores@coderuta.co
UID:5y7x9w1v3u4t6s8r0q2p@google.com
{ME}
DESCRIPTION:Mentoría sábado - cohorte 14. Simulacros de entrevista técnica: cada mentor entrevista a 3 estudiantes
  (20 min c/u + feedback). Rúbrica en el drive de mentores.\n\n{zoom_es("871 2234 9901", "Q29kZVJ1dGE")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mentoría bootcamp - simulacros de entrevista técnica (cohorte 14)
TRANSP:OPAQUE
END:VEVENT
""",
    "5y7x9w1v3u4t6s8r0q2p@google.com", 0, trap="mock-bootcamp-mentor-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "webinar-interview-tips-es",
    r"""
BEGIN:VEVENT
UID:zoomwebinar-88230114455-santiago
DTSTAMP:20250310T000000Z
DTSTART:20250318T000000Z
DTEND:20250318T013000Z
SUMMARY:Webinar: Cómo pasar entrevistas técnicas en empresas de EE. UU.
ORGANIZER;CN=Devs LatAm Remoto:mailto:no-reply@zoom.us
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Gracias por registrarte en "Cómo pasar entrevistas técnicas en empresas de EE. UU." Panelistas:
  recruiters de empresas remote-first y devs colombianos que ya trabajan afuera.\n\nÚnete al webinar:
  https://us06web.zoom.us/w/88230114455?tk=abc123\nID del webinar: 882 3011 4455
LOCATION:https://us06web.zoom.us/w/88230114455
END:VEVENT
""",
    "zoomwebinar-88230114455-santiago", 0, trap="webinar-interview-tips-es", prodid="-//Zoom Video Communications//EN",
))

EVENTS.append(Ev(
    "class-system-design-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250312T190000
DTEND;TZID=America/Bogota:20250312T203000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6
DTSTAMP:20250301T000000Z
ORGANIZER;CN=Interview Prep Academy:mailto:classes@interviewprep.academy
UID:ipa-cohort-7-system-design-weds
{ME}
DESCRIPTION:System Design Interview Prep - Cohort 7 (live class). Week topics: caching\, queues\, consistency\,
  rate limiting\, mock interview debriefs.\n\n{zoom_en("913 4410 2287", "SVBBY29ob3J0")}
SUMMARY:System Design Interview Prep - live class
END:VEVENT
""",
    "ipa-cohort-7-system-design-weds", 0, trap="class-interview-prep-recurring-en",
    prodid="-//Interview Prep Academy//EN", tzs=("bogota",),
))

EVENTS.append(Ev(
    "user-research-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250402T150000
DTEND;TZID=America/Bogota:20250402T154500
DTSTAMP:20250328T140000Z
ORGANIZER;CN=Manuela Posada:mailto:manuela.posada@pagaya-fintech.co
UID:6z8y0x2w4v5u7t9s1r3q@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Manuela Posada;X-NUM-GUESTS=0:mailto:manuela.posada@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Tienda Don Gildardo;X-NUM-GUESTS=0:mailto:donGildardo.tienda@gmail.com
DESCRIPTION:Entrevista de usuario (research) con comercio piloto de pagos QR. Santi acompaña para escuchar los
  problemas de conciliación. Guion en Notion.\n\nhttps://meet.google.com/pgy-uxrs-qra
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista usuario - comercio piloto QR
TRANSP:OPAQUE
END:VEVENT
""",
    "6z8y0x2w4v5u7t9s1r3q@google.com", 0, trap="user-research-interview-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "press-interview-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250409T080000
DTEND;TZID=America/Bogota:20250409T083000
DTSTAMP:20250404T160000Z
ORGANIZER;CN=Comunicaciones Pagaya:mailto:comunicaciones@pagaya-fintech.co
UID:7a9z1y3x5w6v8u0t2s4r@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Paula Arango (El Valle Económico);X-NUM-GUESTS=0:mailto:parango@elvalleeconomico.com.co
DESCRIPTION:Entrevista para nota sobre pagos QR en tiendas de barrio. La periodista quiere una voz técnica.
  Mensajes clave en el doc adjunto.
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista prensa - El Valle Económico (pagos QR)
TRANSP:OPAQUE
END:VEVENT
""",
    "7a9z1y3x5w6v8u0t2s4r@google.com", 0, trap="press-interview-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "podcast-en",
    r"""
BEGIN:VEVENT
UID:riverside-rec-ld-ep42
DTSTAMP:20250320T000000Z
DTSTART:20250327T230000Z
DTEND:20250328T000000Z
SUMMARY:Podcast recording: LatAm Devs Abroad - interview with Santiago Restrepo
ORGANIZER;CN=Marco Villalobos:mailto:marco@latamdevsabroad.fm
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Episode 42: your career path from Medellín bootcamp grad to fintech tech lead\, and what you've learned
  from interviewing with US companies. Recording on Riverside: https://riverside.fm/studio/latam-devs-abroad
LOCATION:https://riverside.fm/studio/latam-devs-abroad
END:VEVENT
""",
    "riverside-rec-ld-ep42", 0, trap="podcast-interview-en", prodid="-//Riverside//EN",
))

EVENTS.append(Ev(
    "meetup-talk-es",
    r"""
BEGIN:VEVENT
UID:meetup-event-306118742@meetup.com
DTSTAMP:20250301T000000Z
DTSTART;TZID=America/Bogota:20250410T183000
DTEND;TZID=America/Bogota:20250410T210000
SUMMARY:MedellínJS #88 - charla: Idempotencia en pagos (Santiago Restrepo)
LOCATION:Ruta N\, Cl. 67 #52-20\, Medellín
URL:https://www.meetup.com/medellinjs/events/306118742/
DESCRIPTION:Charlas: 1) Idempotencia en pagos: lecciones de producción - Santiago Restrepo. 2) Bun vs Node en 2025.
END:VEVENT
""",
    "meetup-event-306118742@meetup.com", 0, trap="meetup-talk-es", method="PUBLISH",
    prodid="-//Meetup//Meetup Events v1.0//EN", tzs=("bogota",),
))

EVENTS += [
    personal("doctor-es", "AF01C2D3-0001-4E5F-8A9B-138000000001", "20250314T070000", "20250314T073000",
             "Cita médica general - Dr. Osorio", "personal-doctor-es",
             "LOCATION:IPS Vitalia Laureles\\, Cra. 76 #35-10\n"),
    personal("eps-es", "AF01C2D3-0002-4E5F-8A9B-138000000002", "20250321T073000", "20250321T080000",
             "EPS - autorización resonancia rodilla", "personal-eps-es", "LOCATION:EPS Salud Andina sede Centro\n"),
    personal("notaria-es", "AF01C2D3-0003-4E5F-8A9B-138000000003", "20250404T120000", "20250404T130000",
             "Notaría 15 - autenticar poder arriendo", "personal-notaria-es"),
    personal("gym-es", "AF01C2D3-0004-4E5F-8A9B-138000000004", "20250303T060000", "20250303T070000",
             "Gym - pierna", "personal-gym-recurring-es", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\n"),
    personal("bank-es", "AF01C2D3-0005-4E5F-8A9B-138000000005", "20250326T161500", "20250326T170000",
             "Cita banco - crédito de vivienda (asesora Yolanda)", "personal-bank-es"),
    personal("visa-interview-es", "AF01C2D3-0006-4E5F-8A9B-138000000006", "20250512T074500", "20250512T100000",
             "Entrevista visa EE.UU. - Embajada Bogotá", "personal-visa-interview-es",
             "LOCATION:Embajada de EE.UU.\\, Cra. 45 #24B-27\\, Bogotá\n"
             "DESCRIPTION:llevar DS-160\\, pasaporte\\, cita CAS del 9\\, carta laboral\n"),
    personal("admission-interview-es", "AF01C2D3-0007-4E5F-8A9B-138000000007", "20250415T180000",
             "20250415T183000", "Entrevista admisión Maestría en Ingeniería de Software", "admission-interview-es",
             "DESCRIPTION:Universidad del Valle de Aburrá - por Zoom\\, con el coordinador del programa\n"),
]
