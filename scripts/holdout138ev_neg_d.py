"""holdout138 negatives, part D: work routine, the user's own appraisal/exit, chats, fairs, references, prep."""

from __future__ import annotations

from holdout138ev_common import APPLE, OUTLOOK, Ev, meet_en, meet_es, teams_es

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = f"{A};PARTSTAT=ACCEPTED;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:mailto:santiago.restrepo.dev@gmail.com"
MEW = f"{A};PARTSTAT=ACCEPTED;CN=Santiago Restrepo;X-NUM-GUESTS=0:mailto:srestrepo@pagaya-fintech.co"
CARO = f"{A};PARTSTAT=ACCEPTED;CN=Carolina Henao;X-NUM-GUESTS=0:mailto:carolina.henao@pagaya-fintech.co"

EVENTS: list[Ev] = []


def work(kind: str, uid: str, start: str, end: str, summary: str, trap: str, extra: str = "") -> Ev:
    """A meeting on the work calendar organised by a colleague (Google Workspace)."""
    body = (
        f"BEGIN:VEVENT\nDTSTART;TZID=America/Bogota:{start}\nDTEND;TZID=America/Bogota:{end}\n"
        f"DTSTAMP:20250301T130000Z\nORGANIZER;CN=Carolina Henao:mailto:carolina.henao@pagaya-fintech.co\nUID:{uid}\n"
        f"{MEW}\n{CARO}\n{extra}SEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:{summary}\nTRANSP:OPAQUE\nEND:VEVENT"
    )
    return Ev(kind, body, uid, 0, trap=trap, tzs=("bogota",))


EVENTS += [
    work("daily-es", "pgy-daily-recaudos-0001@google.com", "20250303T090000", "20250303T091500", "daily",
         "internal-daily-recurring-es", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\n"
         "LOCATION:https://meet.google.com/pgy-dly-rcd\n"),
    work("refinamiento-es", "pgy-refinamiento-0002@google.com", "20250305T140000", "20250305T150000",
         "refinamiento", "internal-refinement-es", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE\n"),
    work("retro-es", "pgy-retro-sprint-0003@google.com", "20250314T160000", "20250314T170000",
         "retro sprint 24", "internal-retro-es"),
    work("one-on-one-es", "pgy-1on1-caro-santi-0004@google.com", "20250306T110000", "20250306T113000",
         "1:1 con Caro", "internal-1on1-es", "RRULE:FREQ=WEEKLY;BYDAY=TH\n"),
]

EVENTS.append(Ev(
    "deploy-prod-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250320T210000
DTEND;TZID=America/Bogota:20250320T230000
DTSTAMP:20250318T000000Z
UID:0b2c4d6e8f1a3b5c7d9e@google.com
SUMMARY:deploy prod - recaudos v3.2 (ventana)
DESCRIPTION:runbook en confluence. rollback si error rate > 2%
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""",
    "0b2c4d6e8f1a3b5c7d9e@google.com", 0, trap="internal-deploy-es", method="", tzs=("bogota",),
))

EVENTS.append(Ev(
    "appraisal-own-es",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Conversación de evaluación de desempeño 2024 - Santiago Restrepo. Trae tu autoevaluación diligenciada
  en el portal de Talento Humano.\n\n{teams_es("19%3ameeting_RXZhbHVh")}\n
DTEND;TZID=SA Pacific Standard Time:20250310T160000
DTSTAMP:20250303T140000Z
DTSTART;TZID=SA Pacific Standard Time:20250310T150000
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
ORGANIZER;CN="Henao, Carolina":mailto:carolina.henao@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Restrepo Gómez, Santiago":mailto:srestrepo@pagaya-fintech.co
SEQUENCE:0
SUMMARY;LANGUAGE=es-CO:Evaluación de desempeño 2024 - Santiago
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000010000000AB12CD34EF56
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB01000000000000000010000000AB12CD34EF56", 0,
    trap="own-appraisal-es", prodid=OUTLOOK, tzs=("win_bogota",),
))

EVENTS.append(Ev(
    "exit-interview-own-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250528T150000
DTEND;TZID=America/Bogota:20250528T153000
DTSTAMP:20250520T140000Z
ORGANIZER;CN=Talento Humano Pagaya:mailto:talento@pagaya-fintech.co
UID:1c3d5e7f9a2b4c6d8e0f@google.com
{MEW}
DESCRIPTION:Entrevista de retiro: queremos conocer tu experiencia en Pagaya Fintech antes de tu último día. Es
  confidencial y no afecta tu liquidación.\n\n{meet_es("pgy-rtro-ssr")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de retiro - Santiago Restrepo
TRANSP:OPAQUE
END:VEVENT
""",
    "1c3d5e7f9a2b4c6d8e0f@google.com", 0, trap="own-exit-interview-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "coffee-chat-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250308T100000
DTEND;TZID=America/Bogota:20250308T110000
DTSTAMP:20250305T010000Z
ORGANIZER;CN=Santiago Restrepo:mailto:santiago.restrepo.dev@gmail.com
UID:2d4e6f8a0b1c3d5e7f9a@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Mauricio Lalinde;X-NUM-GUESTS=0:mailto:mauricio.lalinde@gmail.com
DESCRIPTION:Café con Mauricio (trabaja remoto para una empresa de Austin). Preguntarle cómo le fue con las
  entrevistas en inglés\, contratos como contractor vs. EOR y cómo negoció salario.
LOCATION:Pergamino Café\, Cra. 37 #8A-37\, El Poblado
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café con Mauricio - consejos trabajo remoto
TRANSP:OPAQUE
END:VEVENT
""",
    "2d4e6f8a0b1c3d5e7f9a@google.com", 0, trap="informational-coffee-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "job-fair-es",
    r"""
BEGIN:VEVENT
UID:feria-talento-ti-med-2025@eventos.rutatalento.co
DTSTAMP:20250301T000000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Feria laboral Talento TI Medellín 2025
LOCATION:Plaza Mayor Medellín
DESCRIPTION:Más de 40 empresas de tecnología con vacantes. Lleva tu hoja de vida impresa. Entrevistas rápidas en
  los stands.
URL:https://rutatalento.co/feria-ti-2025
END:VEVENT
""",
    "feria-talento-ti-med-2025@eventos.rutatalento.co", 0, trap="job-fair-allday-es", method="PUBLISH",
    prodid="-//Ruta Talento//Eventos//ES",
))

EVENTS.append(Ev(
    "reference-call-en",
    rf"""
BEGIN:VEVENT
DTSTART:20250416T170000Z
DTEND:20250416T171500Z
DTSTAMP:20250414T190000Z
ORGANIZER;CN=Becca Stone:mailto:becca.stone@lumenpath.io
UID:3e5f7a9b1c2d4e6f8a0b@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Becca Stone;X-NUM-GUESTS=0:mailto:becca.stone@lumenpath.io
DESCRIPTION:Hi Santiago\, thanks for agreeing to be a reference for Carolina Vélez\, who is a finalist for our
  Senior QA Engineer role. 15 minutes about your time working together.\n\n{meet_en("lmp-refc-cvz")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re: Carolina Vélez (Lumenpath)
TRANSP:OPAQUE
END:VEVENT
""",
    "3e5f7a9b1c2d4e6f8a0b@google.com", 0, trap="reference-call-user-referee-en",
))

EVENTS.append(Ev(
    "recruiter-no-employer-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250319T123000
DTEND;TZID=America/Bogota:20250319T130000
DTSTAMP:20250317T150000Z
ORGANIZER;CN=Sergio Naranjo:mailto:sergio.naranjo@ejecutivostech.co
UID:4f6a8b0c2d3e5f7a9b1c@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Sergio Naranjo;X-NUM-GUESTS=0:mailto:sergio.naranjo@ejecutivostech.co
DESCRIPTION:Hola Santiago\, gracias por tu tiempo. Te cuento de varias oportunidades confidenciales para líderes
  técnicos (clientes fintech en EE. UU. y Colombia). Aún no puedo revelar nombres.\n\n{meet_es("ejt-snrj-cnf")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Conversación con Ejecutivos Tech - oportunidades Tech Lead
TRANSP:OPAQUE
END:VEVENT
""",
    "4f6a8b0c2d3e5f7a9b1c@google.com", 0, trap="recruiter-no-employer-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "prep-block-company-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250320T070000
DTEND;TZID=America/Bogota:20250320T083000
DTSTAMP:20250318T030000Z
UID:5a7b9c1d3e4f6a8b0c2d@google.com
SUMMARY:Preparar entrevista Lumenpath (live coding)
DESCRIPTION:repasar LeetCode mediums de grafos\, leer blog de ingeniería de Lumenpath\, preparar 2 preguntas
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""",
    "5a7b9c1d3e4f6a8b0c2d@google.com", 0, trap="prep-block-names-company-es", method="", tzs=("bogota",),
))

EVENTS.append(Ev(
    "prep-block-floating-en",
    r"""
BEGIN:VEVENT
CREATED:20250406T010000Z
DTSTAMP:20250406T010000Z
UID:6B8C0D2E-4F5A-4B7C-9D1E-3F5A7B9C1D3E
DTSTART:20250407T060000
DTEND:20250407T070000
SUMMARY:sys design practice - design a ledger (before Northstack round 3)
SEQUENCE:0
END:VEVENT
""",
    "6B8C0D2E-4F5A-4B7C-9D1E-3F5A7B9C1D3E", 0, trap="prep-block-floating-en", method="", prodid=APPLE,
))

EVENTS.append(Ev(
    "friend-interview-ride-es",
    r"""
BEGIN:VEVENT
CREATED:20250325T230000Z
DTSTAMP:20250325T230000Z
UID:7C9D1E3F-5A6B-4C8D-0E2F-4A6B8C0D2E4F
DTSTART;TZID=America/Bogota:20250327T073000
DTEND;TZID=America/Bogota:20250327T081500
SUMMARY:Llevar a Mafe a su entrevista de trabajo (Bancoandes\, Torre)
SEQUENCE:0
END:VEVENT
""",
    "7C9D1E3F-5A6B-4C8D-0E2F-4A6B8C0D2E4F", 0, trap="someone-elses-interview-es", method="", prodid=APPLE,
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "webinar-de",
    r"""
BEGIN:VEVENT
UID:gotowebinar-447120938-srestrepo
DTSTAMP:20250320T100000Z
DTSTART;TZID=Europe/Berlin:20250402T170000
DTEND;TZID=Europe/Berlin:20250402T180000
SUMMARY:Webinar: Remote arbeiten für deutsche Tech-Firmen aus Lateinamerika - Bewerbung & Vorstellungsgespräch
ORGANIZER;CN=Tech Talent Bridge:mailto:webinare@techtalentbridge.de
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Vielen Dank für Ihre Anmeldung. Themen: Lebenslauf nach deutschem Standard\, typischer Ablauf eines
  Vorstellungsgesprächs\, Gehaltsvorstellungen\, EOR-Verträge.\n\nTeilnehmen:
  https://global.gotowebinar.com/join/447120938
LOCATION:GoTo Webinar
END:VEVENT
""",
    "gotowebinar-447120938-srestrepo", 0, trap="webinar-interviewing-de", prodid="-//GoTo//GoTo Webinar//DE",
    tzs=("berlin",),
))
