"""holdout60: the user's own interviews, Spanish employers (part 2)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, meet, teams, webex
from holdout60ev_ics import Ev, pos


def via_verde_agency() -> Ev:
    uid = "0m7c2h5t9qk1v3e8n6d4r0fb2s@google.com"
    foot = gcal_footer("es", "bllorca@perfilestecnicos.es")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250514T113000
DTEND;TZID=Europe/Madrid:20250514T123000
DTSTAMP:20250509T160844Z
ORGANIZER;CN=Beatriz Llorca:mailto:bllorca@perfilestecnicos.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira;X-NUM-GUE
 STS=0:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ramón Gil Berenguer;X-NUM-GUE
 STS=0:mailto:ramon.gil@viaverdepromociones.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Beatriz Llorca;X-NUM-GUESTS=0
 :mailto:bllorca@perfilestecnicos.es
DESCRIPTION:Hola Lucía\,\n\nte confirmo la entrevista con D. Ramón Gil\, Director Técnico de Vía Verde
  Promociones\, para el puesto de Coordinador/a BIM. Será en sus oficinas de Alicante (Av. Maisonnave
  41\, 5º B). Ramón quiere ver sobre todo cómo coordinarías a las ingenierías y el control de
  mediciones desde el modelo.\n\nYo no asistiré\, pero llámame al salir y me cuentas.\n\n¡Mucha
  suerte!\n\nBeatriz Llorca\nConsultora Senior · Perfiles Técnicos Selección{foot}
LOCATION:Vía Verde Promociones\, Av. Maisonnave 41\, 5º B\, 03003 Alicante
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Vía Verde Promociones – Coordinador/a BIM (Lucía Ferreira)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("agency-names-employer-es", uid, text, "Vía Verde Promociones", "Coordinador/a BIM",
               "hiring_manager", "ramon.gil@viaverdepromociones.es")


def inarsa_smartrecruiters() -> Ev:
    uid = "sr-interview-6e4f0c21a9d84b7f93e0b2d5c1a7f8e6@smartrecruiters.com"
    t = teams("es", "391 604 227 815", "Qm9Lx4", "ZDQ4YjY2NzEtOTJlMi00ZjU1LWE0NzgtN2Q1YzhiM2Q0YjAx")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
SEQUENCE:0
DTSTAMP:20250403T090017Z
DTSTART:20250408T070000Z
DTEND:20250408T073000Z
SUMMARY:Entrevista por videollamada: Delineante Proyectista BIM – Inarsa Ingeniería
ORGANIZER;CN="Inarsa Ingeniería":mailto:no-reply@smartrecruiters.com
ATTENDEE;CN="Lucía Ferreira Gómez";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;CN="Carmen Velasco";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cvelasco@inarsa.es
DESCRIPTION:Hola Lucía\,\n\nGracias por confirmar tu disponibilidad. A continuación tienes los detalles de tu
  entrevista inicial con el equipo de Selección de Inarsa Ingeniería (Sevilla).\n\nPuesto: Delineante
  Proyectista BIM\nEntrevistadora: Carmen Velasco\, Selección\nDuración: 30 minutos\n\n{t}\n\nSi necesitas
  cambiar la hora\, utiliza el enlace del correo de confirmación.\n\nPowered by SmartRecruiters
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("smartrecruiters-teams-es", uid, text, "Inarsa Ingeniería", "Delineante Proyectista BIM",
               "recruiter_screen", "cvelasco@inarsa.es")


def nomada_workable() -> Ev:
    uid = "workable-event-9f3a7c15e2b04d68a1c0@workable.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250506T113502Z
DTSTART;TZID=Europe/Madrid:20250512T100000
DTEND;TZID=Europe/Madrid:20250512T110000
SUMMARY:Entrevista final con Nómada Arquitectura – Arquitecto/a de proyecto (obra nueva)
ORGANIZER;CN=Nómada Arquitectura:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Irene Sastre;PARTSTAT=ACCEPTED:mailto:irene@nomada-arq.com
ATTENDEE;CN=David Lozano;PARTSTAT=ACCEPTED:mailto:david@nomada-arq.com
DESCRIPTION:Hola Lucía\,\n\nIrene Sastre te ha invitado a una entrevista para el puesto Arquitecto/a de
  proyecto (obra nueva) en Nómada Arquitectura.\n\nEs la última entrevista del proceso: conocerás a los dos
  socios\, Irene Sastre y David Lozano\, en el estudio.\n\nDirección: Calle del Pez 18\, bajo\, 28004
  Madrid\n\nSi no puedes asistir\, responde a este correo.\n\n--\nEnviado mediante Workable
LOCATION:Calle del Pez 18\, bajo\, 28004 Madrid
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("workable-final-es", uid, text, "Nómada Arquitectura", "Arquitecto/a de proyecto (obra nueva)",
               "final", "irene@nomada-arq.com;david@nomada-arq.com")


def ingenia_bookings() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000D2C9E5A8F0ABDB01000000000000000010000000"
           "9A3B5C7D1E2F4A6B8C0D2E4F6A8B0C1D")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Selección Ingenia Levante:mailto:SeleccionIngeniaLevante@ingenialevante.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Lidia Font:mailto:lidia.font@ingenialevante.com
DESCRIPTION;LANGUAGE=es-ES:Lucía Ferreira Gómez\n+34 6** *** 418\nlucia.ferreira.gomez@hotmail.com\n\nServicio:
  Entrevista inicial (30 min)\nPersonal: Lidia Font\n\nNotas del cliente: Candidatura Arquitecto/a BIM –
  oficina de Castellón (referencia IL-25-07)\n\nTe llamaremos al teléfono indicado.\n\nAdministrar la
  reserva: https://outlook.office365.com/owa/calendar/SeleccionIngeniaLevante@ingenialevante.com/bookings/
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista inicial (30 min)
DTSTART;TZID=Romance Standard Time:20250417T130000
DTEND;TZID=Romance Standard Time:20250417T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T181920Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("ms-bookings-phone-es", uid, text, "Ingenia Levante", "Arquitecto/a BIM", "recruiter_screen",
               "lidia.font@ingenialevante.com")


def habitat_calcom() -> Ev:
    uid = "kT8vWq3nZr6yB1mD5pXs9c@Cal.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
SUMMARY:Entrevista arquitecta/o diseño modular entre Marcos Peiró y Lucía Ferreira Gómez
DTSTAMP:20250418T200914Z
DTSTART:20250423T160000Z
DTEND:20250423T164500Z
DESCRIPTION:¿Qué?:\nEntrevista arquitecta/o diseño modular entre Marcos Peiró y Lucía Ferreira Gómez\n\n¿Cu
 ándo?:\nmiércoles\, 23 de abril de 2025 18:00 - 18:45 (Hora de verano de Europa central)\n\n¿Quién?:\nMa
 rcos Peiró - Organizador\nmarcos.peiro.habitat@gmail.com\n\nLucía Ferreira Gómez\nlucia.ferreira.gomez
 @hotmail.com\n\n¿Dónde?:\nCal Video\nhttps://app.cal.com/video/kT8vWq3nZr6yB1mD5pXs9c\n\nNotas adicional
 es:\nHola Marcos\, gracias por la oportunidad en Habitat Modular. Te envío el portfolio por correo antes
  de la llamada.\n
ORGANIZER;CN=Marcos Peiró:mailto:marcos.peiro.habitat@gmail.com
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.ferreira.gomez
 @hotmail.com
LOCATION:https://app.cal.com/video/kT8vWq3nZr6yB1mD5pXs9c
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("calcom-founder-gmail-es", uid, text, "Habitat Modular", "arquitecta/o diseño modular", "",
               "marcos.peiro.habitat@gmail.com")


def edm_teaching() -> Ev:
    uid = "2ul8s0f4k6c1b9m3q7h5j2ve0n@google.com"
    foot = gcal_footer("es", "mbellver@edm.es")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250521T150000Z
DTEND:20250521T160000Z
DTSTAMP:20250515T104501Z
ORGANIZER;CN=Mar Bellver:mailto:mbellver@edm.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mar Bellver;X-NUM-GUESTS=0:m
 ailto:mbellver@edm.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez;X-NU
 M-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hola Lucía\,\n\ngracias por presentarte a la plaza de profesor/a de Revit para los cursos de fin
  de semana de la Escuela de Diseño Mediterránea (EDM) a partir de septiembre.\n\nLa entrevista será conmigo
  (coordinación académica del área de Arquitectura e Interiores). Al final te pediremos una mini-clase de
  10 minutos sobre familias paramétricas\, como si fuera con alumnos de primer curso.\n\nTe espero en la
  sede de Gran Vía Marqués del Turia 49.\n\nMar{foot}
LOCATION:EDM – Gran Vía Marqués del Turia 49\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista profesor/a Revit fines de semana – Lucía Ferreira
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-teaching-job-es", uid, text, "Escuela de Diseño Mediterránea", "profesor/a Revit", "",
               "mbellver@edm.es")


def ribes_recurring() -> Ev:
    uid = "6jbe3t1k9o0q2p5s7v4c8n1hmr@google.com"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250505T090000
DTEND;TZID=Europe/Madrid:20250505T140000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20250429T081127Z
ORGANIZER;CN=Carla Ribes:mailto:carla.ribes@ribescliment.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Ribes;X-NUM-GUESTS=0:m
 ailto:carla.ribes@ribescliment.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.c
 om;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hola Lucía\,\n\ntal como quedamos\, la prueba práctica del proceso de arquitecta BIM serán dos
  mañanas aquí en el estudio\, trabajando conmigo sobre un proyecto real de rehabilitación (levantamiento
  y modelo de estado actual). Las dos jornadas se pagan.\n\nTrae tu portátil si lo prefieres\, aquí
  tenemos licencias de Revit 2025.\n\nCarla Ribes\nRibes & Climent Arquitectes
LOCATION:Ribes & Climent Arquitectes\, Carrer de Sueca 61\, 46006 València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba práctica en el estudio – Arquitecta BIM (Lucía Ferreira)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250506T100000
DTEND;TZID=Europe/Madrid:20250506T150000
DTSTAMP:20250429T081127Z
ORGANIZER;CN=Carla Ribes:mailto:carla.ribes@ribescliment.com
UID:{uid}
RECURRENCE-ID;TZID=Europe/Madrid:20250506T090000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carla Ribes;X-NUM-GUESTS=0:m
 ailto:carla.ribes@ribescliment.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.c
 om;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:El martes empezamos a las 10:00 (tengo visita de obra a primera hora) y acabamos a las 15:00.
LOCATION:Ribes & Climent Arquitectes\, Carrer de Sueca 61\, 46006 València
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Prueba práctica en el estudio – Arquitecta BIM (Lucía Ferreira)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-recurring-override-es", uid, text, "Ribes & Climent Arquitectes", "Arquitecta BIM",
               "technical", "carla.ribes@ribescliment.com")


def benlloch_cancel() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000050B8D2E7C3ACDB01000000000000000010000000"
           "2D4F6A8C0E1B3D5F7A9C1E3B5D7F9A0E")
    text = rf"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Benlloch Sanz, Josep":mailto:jbenlloch@construccionesbenlloch.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lucia.ferreira
 .gomez@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, por un imprevisto en obra tengo que anular la entrevista del viernes.
  Te llamará Amparo (administración) para buscar otra fecha la semana que viene. Disculpa las molestias.\n\n
  Josep Benlloch\nConstrucciones Benlloch\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista – Técnico/a BIM de producción
DTSTART;TZID=Romance Standard Time:20250502T090000
DTEND;TZID=Romance Standard Time:20250502T100000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250430T170512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Oficinas Construcciones Benlloch – Pol. Ind. Fuente del Jarro\, Paterna
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-cancel-es", uid, text, "Construcciones Benlloch", "Técnico/a BIM de producción", "",
               "jbenlloch@construccionesbenlloch.es")


def bioma_rescheduled() -> Ev:
    uid = "1ok5c3u8r0g2i6m9w4t7a1pd3y@google.com"
    m = meet("es", "xbr-fqwe-pnu", "+34 910 38 20 94", "395 117 802")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250515T120000
DTEND;TZID=Europe/Madrid:20250515T124500
DTSTAMP:20250512T085530Z
ORGANIZER;CN=Elena Ortí:mailto:elena.orti@bioma-arquitectura.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Ortí;X-NUM-GUESTS=0:mai
 lto:elena.orti@bioma-arquitectura.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotma
 il.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hola Lucía\, como te comenté por teléfono\, movemos nuestra entrevista del martes 13 al jueves 15
  a las 12:00. Sigue siendo conmigo: dirijo el área de rehabilitación energética\, que es donde
  entrarías.\n\nElena\n\n{m}
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Entrevista Bioma Arquitectura – Lucía Ferreira (nueva fecha)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-rescheduled-es", uid, text, "Bioma Arquitectura", "", "hiring_manager",
               "elena.orti@bioma-arquitectura.com")


def almanzora_successfactors() -> Ev:
    uid = "SF-INTERVIEW-almanzoraP1-28815-1744813020@successfactors.eu"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250416T141700Z
DTSTART:20250422T083000Z
DTEND:20250422T090000Z
SUMMARY:Invitación a entrevista: Coordinador/a BIM (Req. 21877)
ORGANIZER;CN=Grupo Constructor Almanzora - Talento:mailto:seleccion@almanzora.com
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;CN=Javier Cortés Ruano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jcortes@almanzora.com
DESCRIPTION:Estimada Lucía Ferreira Gómez:\n\nLe invitamos a una entrevista telefónica con nuestro equipo de
  Talento para la posición Coordinador/a BIM (Req. 21877)\, con base en Almería.\n\nEntrevistador: Javier
  Cortés Ruano (Técnico de Talento)\nDuración aproximada: 30 minutos\nLe llamaremos al teléfono que figura en
  su candidatura.\n\nPara aceptar o proponer otra hora\, acceda al Portal del Candidato.\n\nUn cordial
  saludo\,\nGrupo Constructor Almanzora
LOCATION:Entrevista telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("successfactors-phone-es", uid, text, "Grupo Constructor Almanzora", "Coordinador/a BIM",
               "recruiter_screen", "jcortes@almanzora.com")


def almanzora_webex() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F0C7A9B2E5AEDB01000000000000000010000000"
           "6B8D0F2A4C6E8A0B2D4F6A8C0E2B4D6F")
    w = webex("es", "almanzora", "2741 118 3305", "Bim25Alm")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Cortés Ruano, Javier":mailto:jcortes@almanzora.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salmerón Pardo, Antonio":mailto:asalmeron@almanz
 ora.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Uclés, Rocío":mailto:rgil@almanzora.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Lucía\,\n\nTe paso la convocatoria de la entrevista técnica para
  Coordinador/a BIM con Antonio Salmerón (Director de Producción) y Rocío Gil (BIM Lead). Te pedirán que
  comentes un BEP y un caso de coordinación de instalaciones. Yo abriré la sesión y os dejaré a
  solas.\n\n{w}\n\nJavier Cortés\nTalento – Grupo Constructor Almanzora\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Coordinador/a BIM – Lucía Ferreira Gómez
DTSTART;TZID=Romance Standard Time:20250506T170000
DTEND;TZID=Romance Standard Time:20250506T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-webex-coordinator-es", uid, text, "Grupo Constructor Almanzora", "Coordinador/a BIM",
               "technical", "asalmeron@almanzora.com;rgil@almanzora.com")


def events() -> list[Ev]:
    return [
        via_verde_agency(),
        inarsa_smartrecruiters(),
        nomada_workable(),
        ingenia_bookings(),
        habitat_calcom(),
        edm_teaching(),
        ribes_recurring(),
        benlloch_cancel(),
        bioma_rescheduled(),
        almanzora_successfactors(),
        almanzora_webex(),
    ]
