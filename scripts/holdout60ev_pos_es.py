"""holdout60: the user's own interviews, Spanish employers (part 1)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, meet, teams
from holdout60ev_ics import Ev, pos


def sorribes() -> Ev:
    uid = "5q1lq0e3h7rk2o6c9vbd8s4mfa@google.com"
    foot = gcal_footer("es", "amparo.sorribes@sorribesarquitectos.com")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T173000
DTEND;TZID=Europe/Madrid:20250408T183000
DTSTAMP:20250402T091522Z
ORGANIZER;CN=Amparo Sorribes:mailto:amparo.sorribes@sorribesarquitectos.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amparo Sorribes;X-NUM-GUESTS=0:mailto:amparo.sorribes@sorribesarquitectos.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=Héctor Moll;X-NUM-GUESTS=0:mailto:hector.moll@sorribesarquitectos.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=lucia.ferreira.gomez@hotmail.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
CREATED:20250402T091404Z
DESCRIPTION:Hola Lucía\,\n\ncomo hablamos por teléfono\, te esperamos en el estudio para conocerte con más
  calma. Estaremos Héctor Moll (jefe de proyectos de vivienda\, sería tu responsable directo) y yo.\n\nSi
  puedes\, trae el portfolio impreso o en tablet: nos interesa sobre todo el proyecto de cooperativa y cómo
  llevaste la documentación en Revit.\n\nUn saludo\,\nAmparo{foot}
LAST-MODIFIED:20250402T091522Z
LOCATION:Sorribes Arquitectos\, Carrer de la Pau 14\, 2ª\, 46002 València\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Lucía Ferreira – Arquitecta/o de proyecto (vivienda)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-es", uid, text, "Sorribes Arquitectos", "Arquitecta/o de proyecto (vivienda)",
               "hiring_manager", "amparo.sorribes@sorribesarquitectos.com;hector.moll@sorribesarquitectos.com")


def oemsa_phone() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0A7C4D1B49DDB01000000000000000010000000"
           "8C4F2A9E1D3B5C7A9E0F1D2C3B4A5968")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Navarro Pons, Rocío":mailto:rnavarro@oemsa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lucia.ferreira
 .gomez@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Lucía\,\n\nGracias por tu interés en la vacante de Técnico/a BIM para
  nuestra Oficina Técnica de Valencia. Como te comenté por correo\, te llamaré el jueves a las 10:00 al
  número que indicas en tu candidatura (+34 6** *** 418). Será una conversación de unos 20-30 minutos
  sobre tu trayectoria\, disponibilidad y expectativas.\n\nSi te surge cualquier imprevisto\, responde a
  esta convocatoria.\n\nUn saludo\,\n\nRocío Navarro Pons\nTécnica de Selección | Departamento de
  Personas\nOBRAS Y ESTRUCTURAS DEL MEDITERRÁNEO\, S.A. (OEMSA)\nAvda. de Aragón 30\, 46021 Valencia\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica – Técnico/a BIM Oficina Técnica
DTSTART;TZID=Romance Standard Time:20250410T100000
DTEND;TZID=Romance Standard Time:20250410T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118734022
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-phone-screen-es", uid, text, "OEMSA", "Técnico/a BIM Oficina Técnica",
               "recruiter_screen", "rnavarro@oemsa.es")


def oemsa_tech() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000070D3F0E6B9A2DB01000000000000000010000000"
           "1F7E3D5C9B8A6F4E2D1C0B9A8F7E6D5C")
    tz = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    html = (r"<html><head><meta http-equiv=Content-Type content=text/html></head><body>"
            r"<p>Hola Lucía\,</p><p>Te confirmo la <b>segunda fase</b> del proceso: entrevista técnica en nuestras"
            r" oficinas con Ferran Sanchis (Jefe de Oficina Técnica) y Marta Lorente (BIM Manager). Incluye un"
            r" pequeño ejercicio sobre un modelo Revit\; no hace falta que traigas portátil.</p><p>Yo no estaré"
            r" presente\; pregunta por Ferran en recepción.</p><p>Rocío</p></body></html>")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN="Navarro Pons, Rocío":mailto:rnavarro@oemsa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lucia.ferreira
 .gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sanchis Roig, Ferran":mailto:fsanchis@oemsa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lorente Martí, Marta":mailto:mlorente@oemsa.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VLC-P2-Sala Albufera (8)":mailto:
 sala.albufera@oemsa.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTe confirmo la segunda fase del proceso: entrevista técnica en
  nuestras oficinas con Ferran Sanchis (Jefe de Oficina Técnica) y Marta Lorente (BIM Manager). Incluye un
  pequeño ejercicio sobre un modelo Revit\; no hace falta que traigas portátil.\n\nYo no estaré presente\;
  pregunta por Ferran en recepción.\n\nRocío\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista técnica (2ª fase) – Técnico/a BIM – Lucía Ferreira
DTSTART;TZID="{tz}":20250424T093000
DTEND;TZID="{tz}":20250424T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T081233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:VLC-P2-Sala Albufera (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:{html}
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-utc-zone-room-es", uid, text, "OEMSA", "Técnico/a BIM", "technical",
               "fsanchis@oemsa.es;mlorente@oemsa.es")


def ibercons_workday() -> Ev:
    uid = "WD-ibercons-INTERVIEW-7d1e0f6a9b2c4d55@myworkday.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250328T154702Z
DTSTART:20250403T080000Z
DTEND:20250403T084500Z
SUMMARY:Ibercons Infraestructuras – Entrevista: Técnico/a de Estudios BIM (R-004512)
ORGANIZER;CN=Ibercons Selección:mailto:ibercons@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gonzalo Prieto Alcaide:mailto:gprieto@ibercons.com
LOCATION:Microsoft Teams
DESCRIPTION:Estimado/a Lucía\,\n\nNos complace invitarle a una entrevista para la posición Técnico/a de
  Estudios BIM (R-004512) en Madrid.\n\nTipo de entrevista: Entrevista con el responsable de
  contratación\nEntrevistador: Gonzalo Prieto Alcaide\, Jefe del Departamento de Estudios\nDuración: 45
  minutos\nFormato: videoconferencia (recibirá el enlace de Teams por separado)\n\nPuede consultar el estado
  de su candidatura en nuestro portal de empleo.\n\nAtentamente\,\nEquipo de Selección\nIbercons
  Infraestructuras\, S.A.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("workday-utc-es", uid, text, "Ibercons Infraestructuras", "Técnico/a de Estudios BIM",
               "hiring_manager", "gprieto@ibercons.com")


def cardenas_teamtailor() -> Ev:
    uid = "teamtailor-interview-2f9c1b77-58e0-4a3d-9e6b-0c4d1a2b3e4f"
    m = meet("es", "vqx-hmtb-kse", "+34 910 48 76 53", "712 904 336")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250331T101200Z
DTSTART:20250407T090000Z
DTEND:20250407T093000Z
SUMMARY:Entrevista: Arquitecto/a Junior – Concursos | Lucía Ferreira Gómez
ORGANIZER;CN=Pilar Ocaña:mailto:pilar.ocana@cardenasvidal.com
ATTENDEE;CN=Pilar Ocaña;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pilar.ocana@cardenasvidal.com
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira
 .gomez@hotmail.com
DESCRIPTION:Hola Lucía\,\n\n¡Gracias por tu candidatura a Estudio Cárdenas Vidal! Te proponemos una primera
  conversación de 30 minutos con Pilar Ocaña (Talent & People) para conocerte y contarte cómo trabajamos
  en el equipo de concursos.\n\n{m}
LOCATION:https://meet.google.com/vqx-hmtb-kse
URL:https://cardenasvidal.teamtailor.com/jobs/5521904-arquitecto-a-junior-concursos
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("teamtailor-meet-es", uid, text, "Estudio Cárdenas Vidal", "Arquitecto/a Junior – Concursos",
               "recruiter_screen", "pilar.ocana@cardenasvidal.com")


def cardenas_final_sentby() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A0F1B3C2D5A8DB01000000000000000010000000"
           "4E6A2C8D0B1F3E5A7C9D1B3F5E7A9C0B")
    tz = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN="Cárdenas Vidal, Ignacio";SENT-BY="mailto:asistente.direccion@cardenasvidal.com":mailto:icardenas@
 cardenasvidal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ocaña Ruiz, Pilar":mailto:pilar.ocana@cardenas
 vidal.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benavente, Susana (Asistente de Dirección)":
 mailto:asistente.direccion@cardenasvidal.com
DESCRIPTION;LANGUAGE=es-ES:Estimada Lucía:\n\nEn nombre de Ignacio Cárdenas\, le convoco a la entrevista final
  del proceso de Arquitecto/a Junior para el equipo de Concursos. La entrevista la realizará Ignacio
  Cárdenas (socio director). Pilar Ocaña asistirá únicamente para comentar con usted las condiciones al
  final de la reunión.\n\nDirección: Calle de Fortuny 21\, 3º\, 28010 Madrid. Por favor\, pregunte por mí en
  recepción.\n\nReciba un cordial saludo\,\nSusana Benavente\nAsistente de Dirección\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista final – Arquitecto/a Junior Concursos (L. Ferreira)
DTSTART;TZID="{tz}":20250429T120000
DTEND;TZID="{tz}":20250429T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T075901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Estudio Cárdenas Vidal – Fortuny 21\, Madrid
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-sent-by-final-es", uid, text, "Estudio Cárdenas Vidal", "Arquitecto/a Junior Concursos",
               "final", "icardenas@cardenasvidal.com")


def bimtek_personio() -> Ev:
    uid = "personio-interview-3381920-5d2c@bimtek.personio.de"
    t = teams("es", "348 772 160 594", "Hk6pR2", "NjQ2ZTFjYmItYjM0Ny00YWQ4LWJjNzMtZTFmODQyY2I0NTZh")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250409T140310Z
DTSTART;TZID=Europe/Madrid:20250415T160000
DTEND;TZID=Europe/Madrid:20250415T171500
SUMMARY:Entrevista personal - BIM Modeler (m/f/d) - BIMtek Ingeniería S.L.
ORGANIZER;CN=BIMtek Ingeniería S.L.:mailto:noreply@bimtek.personio.de
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Álvaro Ruiz Tena;PARTSTAT=ACCEPTED:mailto:aruiz@bimtek.es
DESCRIPTION:Hola Lucía\,\n\nte invitamos a la siguiente fase para el puesto BIM Modeler (m/f/d).\n\nEn esta
  entrevista con Álvaro Ruiz Tena (BIM Manager) haremos una prueba técnica en Revit en directo: te pediremos
  que compartas pantalla y modeles un pequeño núcleo de escaleras a partir de un PDF. Ten Revit 2024 o
  superior abierto.\n\n{t}\n\nSaludos\,\nEquipo de Personas – BIMtek Ingeniería
LOCATION:Microsoft Teams
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
"""
    return pos("personio-teams-technical-es", uid, text, "BIMtek Ingeniería", "BIM Modeler (m/f/d)",
               "technical", "aruiz@bimtek.es")


def arenal_moix_calendly() -> Ev:
    uid = "c9a4e1d2-7b38-4f06-a5c1-83e2d9f04b6a@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250411T170245Z
DTSTART:20250416T073000Z
DTEND:20250416T080000Z
SUMMARY:Lucía Ferreira Gómez y Jordi Moix
ORGANIZER;CN=Jordi Moix:mailto:jordi@arenalmoix.com
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Jordi Moix;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jordi@arenalmoix.com
DESCRIPTION:Nombre del evento: Primera conversación – candidatura arquitecto/a\n\nUbicación: Jordi te
  llamará por teléfono al +34 6** *** 418\n\nNecesitas hacer cambios en este evento?\nCancelar:
  https://calendly.com/cancellations/c9a4e1d2-7b38-4f06-a5c1-83e2d9f04b6a\nReprogramar:
  https://calendly.com/reschedulings/c9a4e1d2-7b38-4f06-a5c1-83e2d9f04b6a\n\nCon tecnología de Calendly.com
LOCATION:+34 6** *** 418
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("calendly-phone-es", uid, text, "Arenal & Moix Arquitectura", "arquitecto/a", "",
               "jordi@arenalmoix.com")


def bisbe_thunderbird() -> Ev:
    uid = "8b2d6f0e-93a1-4c57-b8e4-1f7a0c3d5e92"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250405T192211Z
LAST-MODIFIED:20250405T192530Z
DTSTAMP:20250405T192530Z
UID:{uid}
SUMMARY:Entrevista Taller Bisbe (BCN) – videollamada con Núria
DTSTART:20250409T183000
DTEND:20250409T191500
LOCATION:Zoom (enlace en el correo de Núria)
DESCRIPTION:Núria Bisbe\, socia. Puesto: arquitecta junior para concursos y rehabilitación. Repasar
  Can Fabra y el concurso de Mislata. Preguntar si es presencial 100%.
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return pos("thunderbird-floating-es", uid, text, "Taller Bisbe", "arquitecta junior", "", "Núria Bisbe")


def bisbe_apple() -> Ev:
    uid = "1E6C8A3F-5B9D-4F27-8C01-9A4D2E7B6F13"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
CREATED:20250411T084512Z
DTEND;TZID=Europe/Madrid:20250422T130000
DTSTAMP:20250411T084540Z
DTSTART;TZID=Europe/Madrid:20250422T110000
LAST-MODIFIED:20250411T084540Z
LOCATION:Taller Bisbe\nCarrer de Verdi 88\, 08012 Barcelona\, España
SEQUENCE:0
SUMMARY:2ª entrevista Taller Bisbe – presencial
DESCRIPTION:Con Núria y Pau Esteve (director técnico). Llevar portfolio A3 + maqueta pequeña. Tren
  7:10 Joaquín Sorolla.
TRANSP:OPAQUE
UID:{uid}
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Carrer de Verdi 88, 08012 Barcelona, España";X-APPLE-RADI
 US=70.5;X-TITLE=Taller Bisbe:geo:41.406712,2.156934
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:77A0F2B4-1C3E-4D5A-9B6C-8E7F0A1B2C3D
X-WR-ALARMUID:77A0F2B4-1C3E-4D5A-9B6C-8E7F0A1B2C3D
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return pos("apple-onsite-es", uid, text, "Taller Bisbe", "", "onsite", "Núria Bisbe;Pau Esteve")


def events() -> list[Ev]:
    return [
        sorribes(),
        oemsa_phone(),
        oemsa_tech(),
        ibercons_workday(),
        cardenas_teamtailor(),
        cardenas_final_sentby(),
        bimtek_personio(),
        arenal_moix_calendly(),
        bisbe_thunderbird(),
        bisbe_apple(),
    ]
