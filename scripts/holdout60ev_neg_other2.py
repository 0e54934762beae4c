"""holdout60 negatives: work meetings, own appraisal/exit, chats, fairs, references, prep, travel."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, teams
from holdout60ev_ics import Ev, neg
from holdout60ev_neg_other import _apple, _google
from holdout60ev_neg_side import _CDO, _EXCH


def bim_weekly() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000090B5C7D9E1F3DB01000000000000000010000000"
           "EEB6D8F0A2C4E6B8D0F2A4C6E8B0D2F4")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Ferreira Gómez, Lucía":mailto:lferreira@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nacho (Instalaciones Llevant):mailto:nacho@instal
 acionesllevant.es
DESCRIPTION;LANGUAGE=es-ES:Revisión semanal del modelo federado: incidencias de Navisworks\, estado de
  estructura e instalaciones\, próximos entregables.\n
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=12
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Coordinación BIM semanal – Residencial Benimaclet
DTSTART;TZID=Romance Standard Time:20250401T090000
DTEND;TZID=Romance Standard Time:20250401T100000
DTSTAMP:20250328T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala reuniones Estudio Turia / Teams
""" + _CDO
    return neg("internal-bim-meeting-recurring-es", uid, text)


def site_meeting() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A0C6D8E0F2A4DB01000000000000000010000000"
           "FFC7E9A1B3D5F7C9E1A3B5D7F9C1E3A5")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jefe de obra – Construcciones Benlloch:mailto:obr
 a.patraix@construccionesbenlloch.es
DESCRIPTION;LANGUAGE=es-ES:Visita semanal de obra. Lucía redacta el acta. Revisar replanteo de tabiquería
  planta 3 y muestras de fachada.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Reunión de obra – Residencial Patraix
DTSTART;TZID=Romance Standard Time:20250425T090000
DTEND;TZID=Romance Standard Time:20250425T110000
DTSTAMP:20250422T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Obra C/ de Sant Vicent Màrtir 280
""" + _CDO
    return neg("site-meeting-contractor-es", uid, text)


def appraisal() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000B0D7E9F1A3B5DB01000000000000000010000000"
           "01D8F0A2C4E6A8D0F2B4C6E8A0D2F4B6")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
DESCRIPTION;LANGUAGE=es-ES:Revisión anual: repaso de objetivos 2024\, feedback\, objetivos 2025 y revisión
  salarial. Trae tu autoevaluación rellenada.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Evaluación de desempeño anual – Lucía Ferreira
DTSTART;TZID=Romance Standard Time:20250328T120000
DTEND;TZID=Romance Standard Time:20250328T130000
DTSTAMP:20250320T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Vicente
""" + _CDO
    return neg("own-appraisal-es", uid, text)


def exit_interview() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C0E8F0A2B4C6DB01000000000000000010000000"
           "12E9A1B3D5F7B9E1A3C5D7F9B1E3A5C7")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Roig, Empar":mailto:administracion@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, antes de tu último día te propongo la entrevista de salida (20 min):
  qué te ha gustado\, qué mejorarías del estudio y entrega de llaves y portátil. También firmamos el
  finiquito.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista de salida – Lucía Ferreira
DTSTART;TZID=Romance Standard Time:20250627T123000
DTEND;TZID=Romance Standard Time:20250627T130000
DTSTAMP:20250616T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Administración
""" + _CDO
    return neg("own-exit-interview-es", uid, text)


def coffee_es() -> Ev:
    uid = "F4A6C8E0-B2D4-4F6A-8C0E-2B4D6F8A0C2E"
    body = r"""
CREATED:20250404T201000Z
DTEND;TZID=Europe/Madrid:20250405T123000
DTSTAMP:20250404T201010Z
DTSTART;TZID=Europe/Madrid:20250405T113000
LAST-MODIFIED:20250404T201010Z
LOCATION:Café Berlín\, Russafa
SUMMARY:Café con Jaume Puig (arquitecto en Londres)
DESCRIPTION:Está de vacaciones en Valencia. Preguntarle: cómo funciona lo del ARB\, sueldos reales\, barrios\,
  qué estudios recomienda y cuáles evitar.
"""
    return neg("informational-coffee-es", uid, _apple(uid, body))


def coffee_en() -> Ev:
    uid = "8n2r6v0z4d8h2l6p0t4x8b2f6j@google.com"
    m = teams("en", "301 447 662 180", "Hc4Jk8", "NWM5MjE1ZDItNmJmYS00ODk1LWFkNzEtMjdkNWQyZTk2ZjEx")
    body = rf"""
DTSTART;TZID=Europe/London:20250411T123000
DTEND;TZID=Europe/London:20250411T130000
DTSTAMP:20250408T093000Z
DESCRIPTION:Hi Lucía – happy to have a virtual coffee and tell you what working at a mid-size London
  practice is like (I'm at Atlas Yard Architects). Just so you know\, we aren't recruiting at the
  moment\, but I'm glad to share tips on the market.\n\nHannah\n\n{m}
LOCATION:Microsoft Teams
SUMMARY:Virtual coffee – Hannah Price / Lucía Ferreira
"""
    return neg("informational-chat-en", uid,
               _google(uid, "hannah.price@atlasyard.co.uk", "Hannah Price", body, tz="Europe/London"))


def job_fair_es() -> Ev:
    uid = "foro-empleo-etsa-2025-asistente-3310@etsallevant.edu.es"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ETSA Llevant//Foro de Empleo//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T100000Z
DTSTART;VALUE=DATE:20250409
DTEND;VALUE=DATE:20250410
SUMMARY:Foro de Empleo ETSA Llevant 2025
DESCRIPTION:Inscripción confirmada (alumni). Más de 30 estudios\, constructoras e ingenierías con stand.
  Trae CV impreso. Programa de charlas y entrevistas rápidas en la web del foro.
LOCATION:ETSA Llevant – Hall principal
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    return neg("job-fair-all-day-es", uid, text)


def job_fair_fr() -> Ev:
    uid = "evt-104772311-ticket-55120@eventbrite.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
@@TZ:Europe/Paris@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250503T110000Z
DTSTART;TZID=Europe/Paris:20250605T093000
DTEND;TZID=Europe/Paris:20250605T180000
SUMMARY:Forum Emploi BTP & Architecture 2025 – Paris
DESCRIPTION:Votre billet visiteur : 1 x Entrée gratuite (candidat)\nRencontrez les recruteurs de plus de
  80 entreprises du BTP\, agences d'architecture et bureaux d'études. Pensez à imprimer votre CV.\n\nVoir
  l'événement : https://www.eventbrite.fr/e/forum-emploi-btp-architecture-2025-104772311
LOCATION:Paris Event Center\, 20 avenue de la Porte de la Villette\, 75019 Paris
END:VEVENT
END:VCALENDAR
"""
    return neg("job-fair-ticket-fr", uid, text)


def reference_en() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000D0F9A1B3C5D7DB01000000000000000010000000"
           "23F0B2C4E6A8C0F2B4D6E8A0C2F4B6D8")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Okafor, Chidi":mailto:chidi.okafor@kingsgatearchitects.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Lucía\,\n\nAndrea Soler has applied for the Part 2 Architectural Assistant
  role with us and named you as a referee from your time together at Estudio Turia. Would this slot work
  for a 15-minute reference call? I'll ring you.\n\nMany thanks\,\nChidi Okafor\nHR Manager\, Kingsgate
  Architects\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Reference call re: Andrea Soler
DTSTART;TZID=GMT Standard Time:20250520T100000
DTEND;TZID=GMT Standard Time:20250520T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""
    return neg("reference-call-referee-en", uid, text)


def reference_es() -> Ev:
    uid = "2h6l0p4t8x2b6f0j4n8r2v6z0d@google.com"
    body = r"""
DTSTART;TZID=Europe/Madrid:20250506T133000
DTEND;TZID=Europe/Madrid:20250506T134500
DTSTAMP:20250502T083000Z
DESCRIPTION:Hola Lucía\, Pau Martí está en la fase final de nuestro proceso de arquitecto junior y te ha
  dado como referencia de vuestra época en el taller de la ETSA y en Estudio Turia. ¿Te va bien una
  llamada corta el martes?\n\nGracias\,\nMaite Ros – Estudio Ábside
LOCATION:Teléfono
SUMMARY:Referencias Pau Martí (llamada Estudio Ábside)
"""
    return neg("reference-call-referee-es", uid,
               _google(uid, "maite.ros@estudioabside.com", "Maite Ros", body))


def headhunter_es() -> Ev:
    uid = "7m1q5u9y3c7g1k5o9s3w7a1e5i@google.com"
    body = r"""
DTSTART;TZID=Europe/Madrid:20250417T183000
DTEND;TZID=Europe/Madrid:20250417T190000
DTSTAMP:20250414T121000Z
DESCRIPTION:Hola Lucía\, encantada de hablar contigo. Te llamo para conocer tu perfil y qué buscas: ahora
  mismo trabajo varias posiciones BIM confidenciales en estudios y constructoras de Madrid y Barcelona.
  En la llamada no te puedo dar nombres de clientes todavía.\n\nCarla Vives\nTalentia Arquitectura –
  Headhunting técnico
LOCATION:Llamada
SUMMARY:Llamada Carla Vives (Talentia) – tu perfil BIM
"""
    return neg("recruiter-no-employer-es", uid,
               _google(uid, "carla.vives@talentia-arq.es", "Carla Vives", body))


def agency_intro_en() -> Ev:
    uid = "b5d7f9a1-c3e5-47a9-b1d3-f5a7c9e1b3d5@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T160000Z
DTSTART:20250407T110000Z
DTEND:20250407T113000Z
SUMMARY:Lucía Ferreira Gómez and Ryan Blake
ORGANIZER;CN=Ryan Blake:mailto:ryan@pinnaclearchrecruitment.co.uk
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Event Name: Candidate intro call (30 mins)\n\nLocation: Ryan will call you on the number
  provided.\n\nQuestions: What kind of roles are you looking for?\nArchitect / BIM coordinator\, London\,
  from September.\n\nWe represent 40+ London practices – on this call we'll get to know you and talk
  about the market. Powered by Calendly.com
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return neg("recruiter-no-employer-en", uid, text)


def prep_block() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0A0B2C4D6E8DB01000000000000000010000000"
           "34A1C3D5F7B9D1A3C5E7F9B1D3A5C7E9")
    text = rf"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=es-ES:Repasar Navisworks (clash detective\, informes)\, ISO 19650 (EIR/BEP/MIDP) y
  tener abierto el proyecto de Benimaclet para enseñar. Preparar 3 preguntas para ellos.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Preparar entrevista Kestrel (técnica)
DTSTART;TZID=Romance Standard Time:20250416T190000
DTEND;TZID=Romance Standard Time:20250416T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    return neg("prep-block-es", uid, text)


def flight() -> Ev:
    uid = "VY-PNR-K7QX2M-VY6214-20250423@vueling.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Vueling Airlines//Booking//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250411T093000Z
DTSTART:20250423T160500Z
DTEND:20250423T181500Z
SUMMARY:Vuelo VY6214 Valencia (VLC) – Londres Gatwick (LGW)
DESCRIPTION:Reserva K7QX2M\nPasajera: FERREIRA GOMEZ/LUCIA MS\nSalida 18:05 VLC – Llegada 19:15 LGW (hora
  local)\nTarifa Basic – equipaje de mano 10 kg
LOCATION:Aeropuerto de Valencia (VLC)
END:VEVENT
END:VCALENDAR
"""
    return neg("travel-flight-es", uid, text)


def admission() -> Ev:
    uid = "epo-admisiones-2025-5531@escuelapolitecnicaonline.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela Politécnica Online//Admisiones//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250505T090000Z
DTSTART:20250512T160000Z
DTEND:20250512T163000Z
SUMMARY:Entrevista de admisión – Máster en BIM Management (edición octubre)
ORGANIZER;CN=Admisiones EPO:mailto:admisiones@escuelapolitecnicaonline.com
ATTENDEE;CN=Lucía Ferreira Gómez;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hola Lucía\,\n\nGracias por tu solicitud. La entrevista de admisión con la dirección académica
  del Máster en BIM Management dura 30 minutos: motivación\, experiencia previa y opciones de beca.\n\nEnlace:
  https://meet.google.com/ayd-qwkr-mpz\n\nAdmisiones – Escuela Politécnica Online
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
"""
    return neg("admission-interview-masters-es", uid, text)


def client_briefing() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F0B1C3D5E7F9DB01000000000000000010000000"
           "45B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Ferreira Gómez, Lucía":mailto:lferreira@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jordi y Amparo (clientes Godella):mailto:jordi.ca
 rbonell@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Primera entrevista con los clientes para el programa de necesidades de la vivienda
  unifamiliar de Godella: presupuesto\, número de dormitorios\, plazos\, licencia.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista con clientes – vivienda unifamiliar Godella
DTSTART;TZID=Romance Standard Time:20250508T173000
DTEND;TZID=Romance Standard Time:20250508T190000
DTSTAMP:20250502T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Estudio Turia
""" + _CDO
    return neg("client-briefing-es", uid, text)


def sister_interview() -> Ev:
    uid = "D8F0A2C4-E6B8-4D0F-A2C4-E6B8D0F2A4C6"
    body = r"""
CREATED:20250506T210000Z
DTEND;TZID=Europe/Madrid:20250509T113000
DTSTAMP:20250506T210010Z
DTSTART;TZID=Europe/Madrid:20250509T093000
LAST-MODIFIED:20250506T210010Z
LOCATION:Hospital Universitario\, Av. de Fernando Abril Martorell
SUMMARY:Llevar a Carmen a su entrevista de trabajo (coche)
DESCRIPTION:La suya es a las 10. Esperarla en la cafetería y volver al estudio antes de las 12.
"""
    return neg("someone-elses-interview-es", uid, _apple(uid, body))


def gestoria() -> Ev:
    uid = "4f8j2n6r0v4z8d2h6l0p4t8x2b@google.com"
    foot = gcal_footer("es", "citas@gestoriamarti.es")
    body = rf"""
DTSTART;TZID=Europe/Madrid:20250520T180000
DTEND;TZID=Europe/Madrid:20250520T183000
DTSTAMP:20250512T090000Z
DESCRIPTION:Cita para la declaración de la renta 2024. Traer certificados de retenciones (Estudio Turia y
  Academia Plano Cero) y datos fiscales.{foot}
LOCATION:Gestoría Martí\, C/ de Cuba 19\, València
SUMMARY:Gestoría – declaración de la renta 2024
"""
    return neg("gestoria-es", uid, _google(uid, "citas@gestoriamarti.es", "Gestoría Martí", body))


def events() -> list[Ev]:
    return [
        bim_weekly(),
        site_meeting(),
        appraisal(),
        exit_interview(),
        coffee_es(),
        coffee_en(),
        job_fair_es(),
        job_fair_fr(),
        reference_en(),
        reference_es(),
        headhunter_es(),
        agency_intro_en(),
        prep_block(),
        flight(),
        admission(),
        client_briefing(),
        sister_interview(),
        gestoria(),
    ]
