"""holdout138 negatives, part B: more of the user on the hiring side (committees, calibration, agencies, HM)."""

from __future__ import annotations

from holdout138ev_common import OUTLOOK, THUNDERBIRD, Ev, meet_es, teams_en

W = "srestrepo@pagaya-fintech.co"
A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
MEW = f"{A};PARTSTAT=ACCEPTED;CN=Santiago Restrepo;X-NUM-GUESTS=0:mailto:{W}"

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "hiring-committee-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250417T140000
DTEND;TZID=America/Bogota:20250417T150000
DTSTAMP:20250414T120000Z
ORGANIZER;CN=Luisa Montoya:mailto:luisa.montoya@pagaya-fintech.co
UID:7r9q1p3o5i6u8y0t2r4e@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Carolina Henao;X-NUM-GUESTS=0:mailto:carolina.henao@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Ricardo Botero;X-NUM-GUESTS=0:mailto:ricardo.botero@pagaya-fintech.co
DESCRIPTION:Comité de contratación: decisión final vacantes Dev Backend Jr (2 cupos). Cada entrevistador presenta
  su recomendación.\n\n{meet_es("pgy-cmte-jrr")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comité de contratación - Dev Backend Jr
TRANSP:OPAQUE
END:VEVENT
""",
    "7r9q1p3o5i6u8y0t2r4e@google.com", 0, trap="user-as-interviewer-hiring-committee-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "calibration-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250424T100000
DTEND;TZID=America/Bogota:20250424T110000
DTSTAMP:20250418T150000Z
ORGANIZER;CN=Carolina Henao:mailto:carolina.henao@pagaya-fintech.co
UID:8s0r2q4p6o7i9u1y3t5r@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Mateo Giraldo;X-NUM-GUESTS=0:mailto:mateo.giraldo@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Nicolás Pardo;X-NUM-GUESTS=0:mailto:nicolas.pardo@pagaya-fintech.co
DESCRIPTION:Calibración de entrevistadores técnicos: revisamos la rúbrica de la entrevista de código y comparamos
  cómo calificamos a los últimos 5 candidatos.\n\n{meet_es("pgy-calb-rbr")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibración entrevistadores técnicos Q2
TRANSP:OPAQUE
END:VEVENT
""",
    "8s0r2q4p6o7i9u1y3t5r@google.com", 0, trap="user-as-interviewer-calibration-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "review-take-home-block-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250407T080000
DTEND;TZID=America/Bogota:20250407T090000
DTSTAMP:20250404T220000Z
UID:9t1s3r5q7p8o0i2u4y6t@google.com
DESCRIPTION:repo del candidato #3 (Kevin) - revisar tests y README antes de la entrevista de las 10
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Revisar prueba técnica candidato #3
TRANSP:OPAQUE
END:VEVENT
""",
    "9t1s3r5q7p8o0i2u4y6t@google.com", 0, trap="user-as-interviewer-review-takehome-es", method="",
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "interviewer-training-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250320T140000
DTEND;TZID=America/Bogota:20250320T160000
DTSTAMP:20250314T140000Z
ORGANIZER;CN=Talento Humano Pagaya:mailto:talento@pagaya-fintech.co
UID:0u2t4s6r8q9p1o3i5u7y@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Mateo Giraldo;X-NUM-GUESTS=0:mailto:mateo.giraldo@pagaya-fintech.co
DESCRIPTION:Taller obligatorio para nuevos entrevistadores: entrevistas estructuradas\, sesgos\, cómo escribir un
  scorecard útil. Después de este taller quedas habilitado en el pool de
  entrevistadores.\n\n{meet_es("pgy-tllr-ent")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Taller: cómo entrevistar (nuevos entrevistadores)
TRANSP:OPAQUE
END:VEVENT
""",
    "0u2t4s6r8q9p1o3i5u7y@google.com", 0, trap="user-as-interviewer-training-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "nearshore-agency-candidate-en",
    r"""
BEGIN:VEVENT
UID:a4c2e0f8-6b1d-4a9e-8c7f-3d5b1a9e7c20@nearsourcepartners.com
DTSTAMP:20250409T160000Z
DTSTART;TZID=America/Bogota:20250415T090000
DTEND;TZID=America/Bogota:20250415T100000
SUMMARY:Interview: Nearsource candidate Felipe Duarte for Pagaya Fintech - Senior Frontend (React)
ORGANIZER;CN=Kyle Brennan (Nearsource Partners):mailto:kyle.brennan@nearsourcepartners.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:srestrepo@pagaya-fintech.co
ATTENDEE;CN=Felipe Duarte:mailto:felipe.duarte.fe@gmail.com
DESCRIPTION:Hi Santiago\,\n\nAs agreed with your talent team\, here is the interview with our candidate Felipe
  Duarte for your Senior Frontend (React) opening. His profile is attached. Please share your feedback with me
  after the call.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmVhcnNv%40thread.v2/0\n\nKyle
  Brennan\nSenior Recruiter | Nearsource Partners
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""",
    "a4c2e0f8-6b1d-4a9e-8c7f-3d5b1a9e7c20@nearsourcepartners.com", 0,
    trap="user-as-interviewer-agency-candidate-en", prodid=OUTLOOK, tzs=("bogota",),
))

EVENTS.append(Ev(
    "outlook-panel-en",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Panel interview for Senior Data Engineer (Risk).\nCandidate: Tomás Villamizar
  (tvillamizar@proton.me)\nInterviewers: Santiago Restrepo (system design)\, Ricardo Botero (data
  modelling)\nPlease submit scorecards in Greenhouse by EOD.\n\n{teams_en("19%3ameeting_UmlzayBE")}\n
DTEND;TZID=SA Pacific Standard Time:20250430T113000
DTSTAMP:20250424T140000Z
DTSTART;TZID=SA Pacific Standard Time:20250430T100000
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
ORGANIZER;CN="Montoya, Luisa":mailto:luisa.montoya@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Restrepo Gómez, Santiago":mailto:srestrepo@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Botero, Ricardo":mailto:ricardo.botero@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tomás Villamizar:mailto:tvillamizar@proton.me
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Panel Interview - Tomás Villamizar - Senior Data Engineer (Risk)
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000BBCCDDEE0011
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000BBCCDDEE0011", 0,
    trap="user-as-interviewer-panel-proton-en", prodid=OUTLOOK, tzs=("win_bogota",),
))

EVENTS.append(Ev(
    "greenhouse-takehome-review-en",
    rf"""
BEGIN:VEVENT
DTSTART:20250502T150000Z
DTEND:20250502T160000Z
DTSTAMP:20250428T190000Z
ORGANIZER;CN=Pagaya Fintech Recruiting:mailto:recruiting@pagaya-fintech.co
UID:1v3u5t7s9r0q2p4o6i8u@google.com
{MEW}
{A};PARTSTAT=NEEDS-ACTION;CN=María José Pineda;X-NUM-GUESTS=0:mailto:mjpineda.dev@yahoo.com
DESCRIPTION:Interviewer: Santiago Restrepo\nCandidate: María José Pineda\nJob: Backend Developer (Payments)\nStage:
  Take-home review\n\nInterview kit:
  https://app.greenhouse.io/guides/88145/people/5510034\n\n{meet_es("pgy-mjpn-thr")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Take-home review: María José Pineda - Backend Developer (Payments)
TRANSP:OPAQUE
END:VEVENT
""",
    "1v3u5t7s9r0q2p4o6i8u@google.com", 0, trap="user-as-interviewer-greenhouse-kit-en",
))

EVENTS.append(Ev(
    "user-is-hiring-manager-es",
    r"""
BEGIN:VEVENT
CREATED:20250407T210000Z
LAST-MODIFIED:20250407T210100Z
DTSTAMP:20250407T210100Z
UID:2b4d6f8h-0j1l-4n3p-8r5t-7v9x1z3b5d7f
SUMMARY:Entrevista hiring manager (yo) - Camila Ortiz - Dev Semi-Senior equipo Recaudos
ORGANIZER;CN=Santiago Restrepo:mailto:srestrepo@pagaya-fintech.co
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:srestrepo@pagaya-fintech.co
ATTENDEE;CN=Camila Ortiz;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camilaortiz.dev@gmail.com
DTSTART;TZID=America/Bogota:20250411T140000
DTEND;TZID=America/Bogota:20250411T144500
DESCRIPTION:Hola Camila\, te envío la invitación para la entrevista con el hiring manager del equipo (yo).
  Hablaremos de tu experiencia y de cómo trabaja el equipo de Recaudos en Pagaya Fintech.\n\nGoogle Meet:
  https://meet.google.com/pgy-cmor-hmm\n\nSantiago Restrepo\nLíder Técnico - Recaudos
LOCATION:https://meet.google.com/pgy-cmor-hmm
SEQUENCE:0
END:VEVENT
""",
    "2b4d6f8h-0j1l-4n3p-8r5t-7v9x1z3b5d7f", 0, trap="user-as-interviewer-user-is-hm-es", prodid=THUNDERBIRD,
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "final-panel-user-side-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250418T100000
DTEND;TZID=America/Bogota:20250418T110000
DTSTAMP:20250414T210000Z
ORGANIZER;CN=Luisa Montoya:mailto:luisa.montoya@pagaya-fintech.co
UID:3w5v7u9t1s2r4q6p8o0i@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Carolina Henao;X-NUM-GUESTS=0:mailto:carolina.henao@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Camila Ortiz;X-NUM-GUESTS=0:mailto:camilaortiz.dev@gmail.com
DESCRIPTION:Entrevista final para Camila Ortiz (Dev Semi-Senior\, Recaudos). Panel: Carolina Henao (Gerente de
  Ingeniería) y Santiago Restrepo (Líder Técnico). Camila ya pasó prueba técnica y HM.\n\n{meet_es("pgy-fnal-cmo")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final - Camila Ortiz
TRANSP:OPAQUE
END:VEVENT
""",
    "3w5v7u9t1s2r4q6p8o0i@google.com", 0, trap="user-as-interviewer-final-panel-es", tzs=("bogota",),
))
