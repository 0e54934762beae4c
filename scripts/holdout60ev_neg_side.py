"""holdout60 negatives: the user on the hiring side at Estudio Turia (part 1)."""

from __future__ import annotations

from holdout60ev_boiler import teams
from holdout60ev_ics import Ev, neg

_EXCH = """BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
"""
_CDO = """CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""


def factorial_candidate() -> Ev:
    uid = "factorial-ats-interview-118204-estudioturia"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//Factorial ATS//ES
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250404T102210Z
DTSTART;TZID=Europe/Madrid:20250410T170000
DTEND;TZID=Europe/Madrid:20250410T174500
SUMMARY:Entrevista: Pablo Serrano Ruiz – Becario/a de Arquitectura (verano 2025)
ORGANIZER;CN=Estudio Turia Arquitectura:mailto:no-reply@factorialhr.com
ATTENDEE;CN=Lucía Ferreira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lferreira@estudioturia.es
ATTENDEE;CN=Pablo Serrano Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pablo.serrano.ruiz
 @gmail.com
DESCRIPTION:Entrevistadores: Lucía Ferreira\nCandidato: Pablo Serrano Ruiz\nPosición: Becario/a de
  Arquitectura (verano 2025)\nFase: Entrevista presencial\nUbicación: Estudio Turia Arquitectura\, C/ de
  Ciscar 22\, bajo\, 46005 València\n\nVer candidato en Factorial:
  https://app.factorialhr.com/recruitment/candidates/118204
LOCATION:Estudio Turia Arquitectura\, C/ de Ciscar 22\, bajo\, 46005 València
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-factorial-es", uid, text)


def calendly_host() -> Ev:
    uid = "6a8c0e2b-4d6f-4a8c-9e0b-2d4f6a8c0e2b@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250407T195011Z
DTSTART:20250414T150000Z
DTEND:20250414T153000Z
SUMMARY:Marta Ibáñez y Lucía Ferreira
ORGANIZER;CN=Lucía Ferreira:mailto:lferreira@estudioturia.es
ATTENDEE;CN=Lucía Ferreira;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lferreira@estudioturia.es
ATTENDEE;CN=Marta Ibáñez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:marta.ibanez.arq@gmail.com
DESCRIPTION:Nombre del evento: Entrevista prácticas Estudio Turia\n\nUbicación: Estudio Turia – C/ de Ciscar
  22\, bajo\, València\n\nPreguntas: Universidad y curso\nETSA Llevant\, 5º curso (TFM en septiembre)\n\nEnlace
  a tu portfolio\nhttps://marta-ibanez.myportfolio.com\n\nNecesitas hacer cambios en este
  evento?\nCancelar: https://calendly.com/cancellations/6a8c0e2b-4d6f-4a8c-9e0b-2d4f6a8c0e2b\nReprogramar:
  https://calendly.com/reschedulings/6a8c0e2b-4d6f-4a8c-9e0b-2d4f6a8c0e2b\n\nCon tecnología de Calendly.com
LOCATION:Estudio Turia – C/ de Ciscar 22\, bajo\, València
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-calendly-host-es", uid, text)


def scorecard_block() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C0A2B4C6D8E0DB01000000000000000010000000"
           "11A3C5E7B9D1F3A5C7E9B1D3F5A7C9E1")
    text = _EXCH.format(method="PUBLISH") + rf"""
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferreira:mailto:lferreira@estudioturia.es
DESCRIPTION;LANGUAGE=es-ES:Rellenar ficha de valoración en Factorial de Pablo y Marta (portfolio\, Revit\,
  actitud\, disponibilidad) antes del debrief con Vicente.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Valoraciones candidatos prácticas (Pablo\, Marta)
DTSTART;TZID=Romance Standard Time:20250415T090000
DTEND;TZID=Romance Standard Time:20250415T093000
DTSTAMP:20250414T180100Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:
""" + _CDO
    return neg("user-as-interviewer-scorecard-es", uid, text)


def debrief() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000D0B3C5D7E9F1DB01000000000000000010000000"
           "22B4D6F8A0C2E4B6D8F0A2C4E6B8D0F2")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roig, Empar":mailto:administracion@estudiotu
 ria.es
DESCRIPTION;LANGUAGE=es-ES:Ponemos en común las entrevistas de becarios de verano (Pablo\, Marta\, Nuria) y
  decidimos a quién hacemos oferta. Empar: trae el convenio con la ETSA.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Debrief selección becarios verano
DTSTART;TZID=Romance Standard Time:20250416T133000
DTEND;TZID=Romance Standard Time:20250416T140000
DTSTAMP:20250414T090500Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Vicente
""" + _CDO
    return neg("user-as-interviewer-debrief-es", uid, text)


def panel_teams() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0C4D6E8F0A2DB01000000000000000010000000"
           "33C5E7A9B1D3F5C7E9A1B3D5F7C9E1A3")
    t = teams("es", "385 221 670 043", "Tu8Wn2", "Y2FmNDgyNmQtOTc1Yi00MzE3LWI4YTEtNjk0ZTJmN2QxMWU1")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andrea.climent@outlook.es:mailto:andrea.climen
 t@outlook.es
DESCRIPTION;LANGUAGE=es-ES:Hola Andrea\,\n\nGracias por tu interés en Estudio Turia. Te convocamos a una
  primera entrevista por Teams para el puesto de Arquitecta/o junior. Estaremos Lucía Ferreira (arquitecta
  del equipo de vivienda) y yo.\n\nUn saludo\,\nVicente Albors\nEstudio Turia Arquitectura\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista Arquitecta/o junior – Andrea Climent (Estudio Turia)
DTSTART;TZID=Romance Standard Time:20250422T160000
DTEND;TZID=Romance Standard Time:20250422T164500
DTSTAMP:20250417T081300Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
""" + _CDO
    return neg("user-as-interviewer-panel-teams-es", uid, text)


def agency_sends_candidate() -> Ev:
    uid = "4vm8q2u6y0c4g8k2o6s0w4a8eb@google.com"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250523T120000
DTEND;TZID=Europe/Madrid:20250523T130000
DTSTAMP:20250519T110215Z
ORGANIZER;CN=Beatriz Llorca:mailto:bllorca@perfilestecnicos.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira;X-NUM-GUEST
 S=0:mailto:lferreira@estudioturia.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jorge Lluch;X-NUM-GUESTS=0:mai
 lto:jorge.lluch.delineante@gmail.com
DESCRIPTION:Hola Lucía\,\n\nte confirmo la entrevista con Jorge Lluch\, el candidato que os presentamos para
  la posición de Delineante BIM en Estudio Turia. Tienes su CV y portfolio en el correo de ayer. Jorge
  irá a vuestro estudio en C/ de Ciscar.\n\nCualquier cosa me dices.\n\nBeatriz Llorca\nConsultora Senior ·
  Perfiles Técnicos Selección
LOCATION:Estudio Turia Arquitectura\, C/ de Ciscar 22\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista candidato Jorge Lluch – Delineante BIM (Estudio Turia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-agency-candidate-es", uid, text)


def portfolio_review() -> Ev:
    uid = "A3F09C2E-71B4-4D86-9E5A-0C2B4D6F8A13"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
CREATED:20250505T083000Z
DTEND;TZID=Europe/Madrid:20250507T100000
DTSTAMP:20250505T083011Z
DTSTART;TZID=Europe/Madrid:20250507T093000
LAST-MODIFIED:20250505T083011Z
SEQUENCE:0
SUMMARY:Revisar portfolio candidata Irene Soler antes de su entrevista
DESCRIPTION:Marcar 3 proyectos para preguntarle. Ver si ha usado Revit de verdad o solo render.
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-portfolio-prep-es", uid, text)


def shadowing() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F0D5E7F9A1B3DB01000000000000000010000000"
           "44D6F8A0C2E4A6D8F0B2C4E6A8D0F2B4")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sergio.morant@gmail.com:mailto:sergio.morant@gmai
 l.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, vente de oyente a la entrevista técnica de Sergio (delineante BIM) para
  que veas cómo la llevo. La siguiente la haces tú y yo hago de sombra.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista técnica Delineante BIM – Sergio Morant (Lucía de oyente)
DTSTART;TZID=Romance Standard Time:20250430T110000
DTEND;TZID=Romance Standard Time:20250430T120000
DTSTAMP:20250428T071900Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de reuniones
""" + _CDO
    return neg("user-as-interviewer-shadowing-es", uid, text)


def university_day() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000000E6F8A0B2C4DB01000000000000000010000000"
           "55E7A9B1C3D5F7E9B1C3D5A7F9E1B3C5")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN=Servei de Pràctiques ETSA Llevant:mailto:practiques@etsallevant.edu.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lferreira@estudioturia.es:mailto:lferreira@es
 tudioturia.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=ETSA-Aula B2.14:mailto:aula.b214@ets
 allevant.edu.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Lucía:\n\nLe confirmamos el aula B2.14 para realizar las entrevistas a
  los estudiantes interesados en la oferta de prácticas curriculares de Estudio Turia (ref. PR-2025-118).\n
  \n10:00 Laura Sanz Bort\n10:30 Pau Giner Fuster\n11:00 Hugo Marí Cano\n11:30 Nuria Calatayud Vidal\n\nLos
  estudiantes ya han recibido la convocatoria.\n\nServei de Pràctiques i Ocupació – ETSA Llevant\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevistas prácticas curriculares – Estudio Turia (PR-2025-118)
DTSTART;TZID=Romance Standard Time:20250409T100000
DTEND;TZID=Romance Standard Time:20250409T120000
DTSTAMP:20250402T101500Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ETSA Llevant – Aula B2.14
""" + _CDO
    return neg("user-as-interviewer-university-room-es", uid, text)


def self_typed_note() -> Ev:
    uid = "5E2B8D41-C7A0-4F93-B6E1-3A9D0C4F7B25"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250408T121500Z
DTEND:20250411T174500
DTSTAMP:20250408T121522Z
DTSTART:20250411T170000
LAST-MODIFIED:20250408T121522Z
SEQUENCE:0
SUMMARY:entrevistar a Nuria (candidata prácticas) – estudio
DESCRIPTION:la del portfolio de la biblioteca. preguntar disponibilidad julio-sept y si sabe Revit
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-self-typed-es", uid, text)


def events() -> list[Ev]:
    return [
        factorial_candidate(),
        calendly_host(),
        scorecard_block(),
        debrief(),
        panel_teams(),
        agency_sends_candidate(),
        portfolio_review(),
        shadowing(),
        university_day(),
        self_typed_note(),
    ]
