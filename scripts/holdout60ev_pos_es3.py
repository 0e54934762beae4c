"""holdout60: the user's own interviews, Spanish employers (part 3)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, meet
from holdout60ev_ics import Ev, pos


def zubiaur_self() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000308E4C1A7D9FDB01000000000000000010000000"
           "C3E5A7B9D1F3A5C7E9B1D3F5A7C9E1B3")
    text = rf"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=es-ES:enlace en el mail de Miren (oficina). Preguntar por teletrabajo 2 días/semana
  desde Valencia y si pagan desplazamientos a Bilbao.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista Zubiaur Arkitektura – 2ª con Iñaki Zubiaur (gerente) – Teams
DTSTART;TZID=Romance Standard Time:20250520T163000
DTEND;TZID=Romance Standard Time:20250520T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T211244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-com-self-typed-es", uid, text, "Zubiaur Arkitektura", "", "hiring_manager", "Iñaki Zubiaur")


def ayora_final() -> Ev:
    uid = "7r2mfd0b5e8k1ql4t9s3c6h0va@google.com"
    foot = gcal_footer("es", "ngarrido@ayorahomes.com")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250527T100000
DTEND;TZID=Europe/Madrid:20250527T113000
DTSTAMP:20250520T153312Z
ORGANIZER;CN=Noelia Garrido:mailto:ngarrido@ayorahomes.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Noelia Garrido;X-NUM-GUESTS=0:
 mailto:ngarrido@ayorahomes.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofía Lerma;X-NUM-GUESTS=0:mai
 lto:slerma@ayorahomes.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alberto Ayora;X-NUM-GUESTS=0:m
 ailto:aayora@ayorahomes.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hola Lucía\,\n\n¡Enhorabuena por llegar a la última fase! La entrevista final para el puesto de
  Arquitecto/a de Producto será en nuestras oficinas de Madrid con Sofía Lerma (Directora de Producto) y
  Alberto Ayora (CEO). Yo solo coordino la agenda y te recibiré en recepción.\n\nPrepara 10 minutos sobre
  cómo estandarizarías una tipología de vivienda build-to-rent en BIM.\n\nUn saludo\,\nNoelia Garrido ·
  People & Talent · Ayora Homes{foot}
LOCATION:Ayora Homes\, Paseo de la Castellana 141\, planta 9\, 28046 Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final – Arquitecto/a de Producto – Ayora Homes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-final-coordinator-es", uid, text, "Ayora Homes", "Arquitecto/a de Producto", "final",
               "slerma@ayorahomes.com;aayora@ayorahomes.com")


def tecnoterra_case() -> Ev:
    uid = "3cvu9h1a6n4e0o8l2g5k7r1jd2@google.com"
    m = meet("es", "gtd-wmyo-rxa", "+34 910 48 85 31", "620 481 775")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250508T143000Z
DTEND:20250508T153000Z
DTSTAMP:20250430T120958Z
ORGANIZER;CN=Raúl Castaño:mailto:rcastano@tecnoterra.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Raúl Castaño;X-NUM-GUESTS=0:ma
 ilto:rcastano@tecnoterra.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lorena Montes;X-NUM-GUESTS=0:m
 ailto:lmontes@tecnoterra.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Lucía\, te dejo convocada la presentación del caso práctico que te enviamos el lunes
  (licitación de un centro de salud: mediciones desde modelo y planificación 4D). 20 minutos de
  presentación y después preguntas de Lorena y mías.\n\nRaúl Castaño\nJefe de Licitaciones – Tecnoterra
  Infraestructuras\n\n{m}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presentación caso práctico – Técnico/a BIM de Licitaciones
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-case-study-es", uid, text, "Tecnoterra Infraestructuras", "Técnico/a BIM de Licitaciones",
               "technical", "rcastano@tecnoterra.es;lmontes@tecnoterra.es")


def marzal_floating() -> Ev:
    uid = "0q4n6d8s2f1h3j5k7l9m1p3r5t@google.com"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lucía – personal
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250502T100000
DTEND:20250502T110000
DTSTAMP:20250425T090112Z
UID:{uid}
CREATED:20250424T185301Z
DESCRIPTION:Con Rosa Nebot. Puesto arquitecta proyectista (equipamientos). Tren a Castelló 8:15 desde
  Joaquín Sorolla. Llevar portfolio A3.
LAST-MODIFIED:20250424T185301Z
LOCATION:Carrer d'Enmig 37\, Castelló de la Plana
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista estudio Marzal Nebot (Castelló)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("x-wr-timezone-floating-es", uid, text, "Marzal Nebot Arquitectes", "arquitecta proyectista", "",
               "Rosa Nebot")


def planora_lever() -> Ev:
    uid = "lever-interview-8f2e6c0a-4b9d-47e1-a3c5-d7f9b1e3a5c7"
    m = meet("es", "pqn-zkty-vbe", "+34 910 52 13 88", "274 330 619")
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250410T101500Z
DTSTART:20250414T103000Z
DTEND:20250414T110000Z
SUMMARY:Entrevista con Planora – Especialista de Producto BIM (Revit)
ORGANIZER;CN=Laura Méndez (Planora):mailto:no-reply@hire.lever.co
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;CN=Laura Méndez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.mendez@planora.io
DESCRIPTION:Hola Lucía\,\n\n¡Gracias por tu interés en Planora! Te confirmo nuestra primera llamada (30 min)
  para conocerte y contarte el puesto de Especialista de Producto BIM. Hablaremos de tu experiencia con
  Revit y de cómo trabajas con estudios y constructoras.\n\nLaura Méndez\nTalent Acquisition\, Planora\n\n{m}
LOCATION:https://meet.google.com/pqn-zkty-vbe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("lever-meet-es", uid, text, "Planora", "Especialista de Producto BIM (Revit)", "recruiter_screen",
               "laura.mendez@planora.io")


def renova_coop() -> Ev:
    uid = "5ga9k3m7o1q5s9u3w7y1b5d9f3@google.com"
    foot = gcal_footer("es", "seleccio@renovahabitat.coop")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250528T093000
DTEND;TZID=Europe/Madrid:20250528T103000
DTSTAMP:20250521T074522Z
ORGANIZER;CN=Selecció Renova Hàbitat:mailto:seleccio@renovahabitat.coop
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anna Ferrer;X-NUM-GUESTS=0:mai
 lto:anna.ferrer@renovahabitat.coop
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Toni Pastor;X-NUM-GUESTS=0:mai
 lto:toni.pastor@renovahabitat.coop
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez;X-NUM
 -GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Bon dia Lucía\,\n\net convoquem a l'entrevista per a la plaça de Tècnica de Rehabilitació
  Energètica. T'entrevistaran Anna Ferrer (coordinadora de projectes) i Toni Pastor (sòcia treballadora de
  l'àrea tècnica).\n\n---\n\nHola Lucía\, te convocamos a la entrevista para la plaza de Técnica de
  Rehabilitación Energética con Anna Ferrer y Toni Pastor\, en nuestro local del Cabanyal (C/ de la
  Reina 112).\n\nRenova Hàbitat\, Cooperativa Valenciana{foot}
LOCATION:C/ de la Reina 112\, 46011 València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Tècnica de Rehabilitació Energètica / Técnica de Rehabilitación Energética
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("google-bilingual-ca-es", uid, text, "Renova Hàbitat", "Tècnica de Rehabilitació Energètica", "",
               "anna.ferrer@renovahabitat.coop;toni.pastor@renovahabitat.coop")


def llorens_icloud() -> Ev:
    uid = "B7E2D94C-0A3F-4C6B-9E58-1D7A3C5F9B02"
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
ATTENDEE;CN="Lucía Ferreira Gómez";CUTYPE=INDIVIDUAL;EMAIL="lucia.ferreira.gomez@hotmail.com";PARTSTAT=NEEDS-A
 CTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN="Marta Llorens";CUTYPE=INDIVIDUAL;EMAIL="marta@llorenssanjuan.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:ma
 ilto:2_HAZTCMBQGU3DKNBZHAZTCMBQGUBW4Q7ZNM5FXMNEKZPGMJTJMXV4Y@imip.me.com
CREATED:20250505T071210Z
DESCRIPTION:Lucía\, te esperamos en el estudio el miércoles. Estaremos Jaume Sanjuán y yo. Hablaremos del
  puesto de arquitecta junior en el equipo de proyectos sanitarios (hospitales y centros de salud).
  Marta
DTEND;TZID=Europe/Madrid:20250507T130000
DTSTAMP:20250505T071305Z
DTSTART;TZID=Europe/Madrid:20250507T120000
LAST-MODIFIED:20250505T071305Z
LOCATION:Llorens Sanjuán Arquitectos\nAv. del Regne de València 52\, 46005 València
ORGANIZER;CN="Marta Llorens";EMAIL="marta@llorenssanjuan.com":mailto:2_HAZTCMBQGU3DKNBZHAZTCMBQGUBW4Q7ZNM5FX
 MNEKZPGMJTJMXV4Y@imip.me.com
SEQUENCE:0
SUMMARY:Entrevista Lucía Ferreira – equipo sanitario
TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""
    return pos("icloud-imip-es", uid, text, "Llorens Sanjuán Arquitectos", "arquitecta junior", "",
               "marta@llorenssanjuan.com;Jaume Sanjuán")


def nuvola_phone_self() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C07B1E9D4A97DB01000000000000000010000000"
           "E5A7C9B1D3F5E7A9C1B3D5F7E9A1C3B5")
    text = rf"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Romance Standard Time@@
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=es-ES:Sandra Gil\, People. 20 min. Me llama ella.\nPreguntar rango salarial y si es
  Barcelona o híbrido. Tener a mano el proyecto de la tienda de Colón.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Llamada Sandra (Nuvola Retail Design) – arquitecta interiorismo retail
DTSTART;TZID=Romance Standard Time:20250403T133000
DTEND;TZID=Romance Standard Time:20250403T135000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T200501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-com-phone-screen-es", uid, text, "Nuvola Retail Design", "arquitecta interiorismo retail",
               "recruiter_screen", "Sandra Gil")


def nuvola_onsite() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000907D3F1A6BA5DB01000000000000000010000000"
           "A7C9E1B3D5F7A9C1E3B5D7F9A1C3E5B7")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ortega, Laia (People Team)":mailto:laia.ortega@nuvola-rd.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Masdeu, Oriol":mailto:omasdeu@nuvola-rd.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quintana, Bea":mailto:bquintana@nuvola-rd.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="BCN Proyector portátil":mailto:
 proyector.bcn@nuvola-rd.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="BCN-Sala Montjuïc":mailto:sala.mont
 juic@nuvola-rd.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nGracias por tu tiempo la semana pasada. Te confirmo la entrevista
  presencial en nuestras oficinas de Barcelona (Carrer de Pujades 77\, 4ª planta) para la posición de
  Arquitecto/a de Interiorismo Retail.\n\nAgenda:\n10:00 – Oriol Masdeu (Head of Store Design)\n10:45 –
  Bea Quintana (Senior Architect): presentación de un proyecto tuyo (15 min) + preguntas\n\nYo te
  recibiré en recepción pero no participaré en las entrevistas.\n\nUn saludo\,\nLaia Ortega\nPeople Team ·
  Nuvola Retail Design\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista presencial – Arquitecto/a de Interiorismo Retail – Lucía Ferreira Gómez
DTSTART;TZID=W. Europe Standard Time:20250416T100000
DTEND;TZID=W. Europe Standard Time:20250416T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T093047Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:BCN-Sala Montjuïc
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-onsite-room-resource-es", uid, text, "Nuvola Retail Design",
               "Arquitecto/a de Interiorismo Retail", "onsite", "omasdeu@nuvola-rd.com;bquintana@nuvola-rd.com")


def events() -> list[Ev]:
    return [
        zubiaur_self(),
        ayora_final(),
        tecnoterra_case(),
        marzal_floating(),
        planora_lever(),
        renova_coop(),
        llorens_icloud(),
        nuvola_phone_self(),
        nuvola_onsite(),
    ]
