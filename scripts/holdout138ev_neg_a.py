"""holdout138 negatives, part A: the user on the hiring side at Pagaya Fintech (kits, panels, scorecards)."""

from __future__ import annotations

from holdout138ev_common import APPLE, OUTLOOK, Ev, meet_es, teams_es

W = "srestrepo@pagaya-fintech.co"
A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
MEW = f"{A};PARTSTAT=ACCEPTED;CN=Santiago Restrepo;X-NUM-GUESTS=0:mailto:{W}"

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "greenhouse-kit-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250312T100000
DTEND;TZID=America/Bogota:20250312T110000
DTSTAMP:20250307T151000Z
ORGANIZER;CN=Luisa Montoya:mailto:luisa.montoya@pagaya-fintech.co
UID:0k2j4h6g8f1d3s5a7p9o@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Luisa Montoya;X-NUM-GUESTS=0:mailto:luisa.montoya@pagaya-fintech.co
{A};PARTSTAT=NEEDS-ACTION;CN=juancamilo.toro94@gmail.com;X-NUM-GUESTS=0:mailto:juancamilo.toro94@gmail.com
DESCRIPTION:Entrevistador: Santiago Restrepo\nCandidato: Juan Camilo Toro\nVacante: Desarrollador Backend
  Junior\n\nKit de entrevista: https://app.greenhouse.io/guides/88120/people/4471203?application_id=9930127\nPor
  favor envía tu scorecard en Greenhouse máximo 24 h después.\n\n{meet_es("pgy-kdtr-wqe")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica: Juan Camilo Toro - Desarrollador Backend Junior
TRANSP:OPAQUE
END:VEVENT
""",
    "0k2j4h6g8f1d3s5a7p9o@google.com", 0, trap="user-as-interviewer-greenhouse-kit-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "scorecard-reminder-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250313T083000
DTEND;TZID=America/Bogota:20250313T084500
DTSTAMP:20250312T190000Z
UID:1l3k5j7h9g0f2d4s6a8p@google.com
DESCRIPTION:scorecard de Juan Camilo en Greenhouse (jr backend) - antes de que Luisa lo pida
SEQUENCE:0
SUMMARY:Llenar scorecard candidato jr
TRANSP:TRANSPARENT
END:VEVENT
""",
    "1l3k5j7h9g0f2d4s6a8p@google.com", 0, trap="user-as-interviewer-scorecard-note-es", method="",
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "debrief-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250314T160000
DTEND;TZID=America/Bogota:20250314T163000
DTSTAMP:20250312T201500Z
ORGANIZER;CN=Carolina Henao:mailto:carolina.henao@pagaya-fintech.co
UID:2m4n6b8v0c1x3z5l7k9j@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Carolina Henao;X-NUM-GUESTS=0:mailto:carolina.henao@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Luisa Montoya;X-NUM-GUESTS=0:mailto:luisa.montoya@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Mateo Giraldo;X-NUM-GUESTS=0:mailto:mateo.giraldo@pagaya-fintech.co
DESCRIPTION:Debrief de los 3 candidatos finalistas para Dev Backend Jr (Juan Camilo T.\, Valentina R.\, Kevin A.).
  Traigan sus scorecards.\n\n{meet_es("pgy-dbrf-jrr")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief - vacante Dev Backend Jr
TRANSP:OPAQUE
END:VEVENT
""",
    "2m4n6b8v0c1x3z5l7k9j@google.com", 0, trap="user-as-interviewer-debrief-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "panel-candidate-freemail-es",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Panel técnico para la vacante Desarrollador(a) Junior - Equipo Recaudos.\n\nCandidata: Valentina Ruiz
  (valeruiz.dev@hotmail.com)\nPanel: Santiago Restrepo\, Mateo Giraldo\nHoja de vida y prueba técnica en
  Greenhouse.\n\n{teams_es("19%3ameeting_UGFnYXlh")}\n
DTEND;TZID=SA Pacific Standard Time:20250311T150000
DTSTAMP:20250306T140000Z
DTSTART;TZID=SA Pacific Standard Time:20250311T140000
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
ORGANIZER;CN="Montoya, Luisa":mailto:luisa.montoya@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Restrepo Gómez, Santiago":mailto:srestrepo@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Giraldo, Mateo":mailto:mateo.giraldo@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=valeruiz.dev@hotmail.com:mailto:valeruiz.dev@hotmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-CO:Panel técnico - Valentina Ruiz - Desarrollador(a) Junior
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000001122AABB3344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000001122AABB3344", 0,
    trap="user-as-interviewer-panel-freemail-candidate-es", prodid=OUTLOOK, tzs=("win_bogota",),
))

EVENTS.append(Ev(
    "shadowing-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250319T110000
DTEND;TZID=America/Bogota:20250319T120000
DTSTAMP:20250317T140000Z
ORGANIZER;CN=Carolina Henao:mailto:carolina.henao@pagaya-fintech.co
UID:3n5b7v9c1x2z4l6k8j0h@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Carolina Henao;X-NUM-GUESTS=0:mailto:carolina.henao@pagaya-fintech.co
{A};PARTSTAT=ACCEPTED;CN=Kevin Arango;X-NUM-GUESTS=0:mailto:kevin.arango.dev@gmail.com
DESCRIPTION:Santi\, entras como shadow: yo lidero la entrevista de diseño con Kevin y tú observas. Después hablamos
  10 min de cómo calificar.\n\n{meet_es("pgy-shdw-kvn")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista diseño - Kevin Arango (Santi shadow)
TRANSP:OPAQUE
END:VEVENT
""",
    "3n5b7v9c1x2z4l6k8j0h@google.com", 0, trap="user-as-interviewer-shadowing-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "calendly-user-host-es",
    r"""
BEGIN:VEVENT
UID:f2b9c4d7-1e6a-4b3c-9d8e-0a7f6e5d4c3b
DTSTAMP:20250320T130000Z
DTSTART:20250325T200000Z
DTEND:20250325T204500Z
SUMMARY:Laura Cano y Santiago Restrepo: Entrevista técnica (45 min)
ORGANIZER;CN=Santiago Restrepo:mailto:srestrepo@pagaya-fintech.co
ATTENDEE;CN=Laura Cano;PARTSTAT=ACCEPTED:mailto:lauracano.sistemas@gmail.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:srestrepo@pagaya-fintech.co
DESCRIPTION:Evento: Entrevista técnica (45 min)\nAnfitrión: Santiago Restrepo (Pagaya Fintech)\n\nNombre del
  invitado: Laura Cano\nCorreo del invitado: lauracano.sistemas@gmail.com\n\nRespuestas:\nVacante a la que aplicas:
  Desarrollador(a) Backend Junior\n\nUbicación: https://meet.google.com/pgy-lcno-ttt\n\nCon tecnología de
  Calendly.com
LOCATION:https://meet.google.com/pgy-lcno-ttt
END:VEVENT
""",
    "f2b9c4d7-1e6a-4b3c-9d8e-0a7f6e5d4c3b", 0, trap="user-as-interviewer-calendly-host-es",
    prodid="-//Calendly//Calendly//ES",
))

EVENTS.append(Ev(
    "agency-sends-candidate-es",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250401T090000
DTEND;TZID=America/Bogota:20250401T100000
DTSTAMP:20250327T170000Z
ORGANIZER;CN=Andrea Vélez | HuntTech Colombia:mailto:andrea.velez@hunttech.co
UID:4o6i8u0y2t3r5e7w9q1a@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Andrea Vélez | HuntTech Colombia;X-NUM-GUESTS=0:mailto:andrea.velez@hunttech.co
{A};PARTSTAT=ACCEPTED;CN=Daniela Ríos;X-NUM-GUESTS=0:mailto:daniela.rios.ing@outlook.com
DESCRIPTION:Hola Santiago\,\n\nTal como acordamos con Luisa\, te presento a nuestra candidata Daniela Ríos para la
  vacante de Desarrolladora Backend Semi-Senior en Pagaya Fintech. Adjunto su hoja de vida. Quedo atenta a tu
  feedback después de la entrevista.\n\nAndrea Vélez\nHuntTech Colombia\n\n{meet_es("htc-drio-pgy")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Pagaya Fintech - Daniela Ríos (candidata HuntTech)
TRANSP:OPAQUE
END:VEVENT
""",
    "4o6i8u0y2t3r5e7w9q1a@google.com", 0, trap="user-as-interviewer-agency-candidate-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "handtyped-entrevistar-es",
    r"""
BEGIN:VEVENT
CREATED:20250402T233000Z
DTSTAMP:20250402T233010Z
DTSTART;TZID=America/Bogota:20250404T150000
DTEND;TZID=America/Bogota:20250404T160000
SUMMARY:entrevistar a Felipe (jr) - llevar preguntas SQL
UID:9C8B7A6D-5E4F-4321-8A9B-0C1D2E3F4A5B
SEQUENCE:0
DESCRIPTION:sala 3. Luisa manda la hoja de vida
END:VEVENT
""",
    "9C8B7A6D-5E4F-4321-8A9B-0C1D2E3F4A5B", 0, trap="user-as-interviewer-handtyped-es", method="", prodid=APPLE,
    tzs=("bogota",),
))

EVENTS.append(Ev(
    "lever-feedback-en",
    rf"""
BEGIN:VEVENT
DTSTART:20250408T143000Z
DTEND:20250408T153000Z
DTSTAMP:20250403T180000Z
ORGANIZER;CN=Pagaya Fintech Recruiting:mailto:recruiting@pagaya-fintech.co
UID:5p7o9i1u3y4t6r8e0w2q@google.com
{MEW}
{A};PARTSTAT=ACCEPTED;CN=Nicolás Pardo;X-NUM-GUESTS=0:mailto:nicolas.pardo@pagaya-fintech.co
{A};PARTSTAT=NEEDS-ACTION;CN=Andrés Mejía;X-NUM-GUESTS=0:mailto:andres.mejia.co@gmail.com
DESCRIPTION:Interviewers: Santiago Restrepo\, Nicolás Pardo\nCandidate: Andrés Mejía\nPosition: Senior QA
  Automation Engineer\n\nPlease submit feedback in the interview kit within 24 hours:
  https://hire.lever.co/interviews/feedback/7af0c2\n\n{meet_es("pgy-amej-qaa")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Andrés Mejía - Senior QA Automation Engineer (pairing)
TRANSP:OPAQUE
END:VEVENT
""",
    "5p7o9i1u3y4t6r8e0w2q@google.com", 0, trap="user-as-interviewer-feedback-kit-en",
))

EVENTS.append(Ev(
    "candidate-organizes-es",
    r"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250410T170000
DTEND;TZID=America/Bogota:20250410T173000
DTSTAMP:20250408T020000Z
ORGANIZER;CN=Juan Camilo Toro:mailto:juancamilo.toro94@gmail.com
UID:6q8p0o2i4u5y7t9r1e3w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Juan Camilo
  Toro;X-NUM-GUESTS=0:mailto:juancamilo.toro94@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=srestrepo@pagaya-fintech.co;X-NUM-GUESTS=0:mailto:srestrepo@pagaya-fintech.co
DESCRIPTION:Hola Santiago\, como me pediste te envío la invitación para la segunda entrevista (revisión de mi
  prueba técnica). Gracias por la oportunidad!\n\nJuan Camilo\n\nUnirse con Google Meet:
  https://meet.google.com/jct-rvsp-aaa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Pagaya Fintech - Juan Camilo Toro
TRANSP:OPAQUE
END:VEVENT
""",
    "6q8p0o2i4u5y7t9r1e3w@google.com", 0, trap="user-as-interviewer-candidate-organizer-es", tzs=("bogota",),
))

EVENTS.append(Ev(
    "intern-university-es",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista para practicante de desarrollo (semestre 2025-2). Estudiante: Sara Cárdenas\, Ingeniería de
  Sistemas. Entrevistan: Santiago Restrepo y Mateo Giraldo.\n\n{teams_es("19%3ameeting_UHJhY3Rp")}\n
DTEND;TZID=SA Pacific Standard Time:20250422T110000
DTSTAMP:20250415T140000Z
DTSTART;TZID=SA Pacific Standard Time:20250422T103000
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
ORGANIZER;CN="Montoya, Luisa":mailto:luisa.montoya@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Restrepo Gómez, Santiago":mailto:srestrepo@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Giraldo, Mateo":mailto:mateo.giraldo@pagaya-fintech.co
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Sara Cárdenas Mesa:mailto:scardenasm@udva.edu.co
SEQUENCE:0
SUMMARY;LANGUAGE=es-CO:Entrevista practicante - Sara Cárdenas (Universidad del Valle de Aburrá)
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000055667788AA99
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000055667788AA99", 0,
    trap="user-as-interviewer-intern-university-es", prodid=OUTLOOK, tzs=("win_bogota",),
))
