"""holdout60 negatives: practice, webinars, classes, press, personal appointments."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, meet, teams, zoom
from holdout60ev_ics import Ev, neg


def _google(uid: str, organizer: str, cn: str, body: str, tz: str = "Europe/Madrid") -> str:
    return rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN={cn}:mailto:{organizer}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{organizer}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
{body.strip()}
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


def _apple(uid: str, body: str) -> str:
    return rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
{body.strip()}
SEQUENCE:0
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
END:VCALENDAR
"""


def mock_friend_es() -> Ev:
    uid = "6bq0d4h8l2p6t0x4b8f2j6n0rr@google.com"
    m = meet("es", "wmc-pzhu-avx", "+34 910 48 12 07", "930 552 118")
    foot = gcal_footer("es", "clara.benet@gmail.com")
    body = rf"""
DTSTART;TZID=Europe/Madrid:20250412T110000
DTEND;TZID=Europe/Madrid:20250412T120000
DTSTAMP:20250409T221003Z
DESCRIPTION:Simulacro en inglés antes de las de Londres 😄 Yo hago de directora de estudio londinense:
  preguntas típicas (why London\, weaknesses\, a project you're proud of) + presentar portfolio en 10
  min. Luego feedback con café.\n\nClara\n\n{m}{foot}
LOCATION:
SUMMARY:Simulacro de entrevista en inglés (Clara + Lucía)
"""
    return neg("mock-friend-es", uid, _google(uid, "clara.benet@gmail.com", "Clara Benet", body))


def mock_mentor_en() -> Ev:
    uid = "0e2a4c6e-8a0c-4e2a-b4c6-8e0a2c4e6a8d@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250414T190000Z
DTSTART:20250419T090000Z
DTEND:20250419T100000Z
SUMMARY:Lucía Ferreira Gómez and Olu Adebayo
ORGANIZER;CN=Olu Adebayo:mailto:olu.adebayo.mentoring@gmail.com
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Olu Adebayo;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:olu.adebayo.mentoring@gmail.com
DESCRIPTION:Event Name: Mentoring – mock interview practice (60 min)\n\nLocation: This is a Google Meet web
  conference.\n\nQuestions: What would you like to focus on?\nA full mock interview for London practices
  (UK interview style\, ARB questions) and feedback on my portfolio order.\n\nThis session is part of the
  Archimentor volunteer programme – no fee.\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ecj-oyrb-ksn
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return neg("mock-mentor-calendly-en", uid, text)


def webinar_es() -> Ev:
    uid = "zoom-webinar-88317702455-20250410@zoom.us"
    z = zoom("es", "AJAV – Jóvenes Arquitectos Valencianos", "883 1770 2455", "Y0pUWkVsS0JUQT09", "218330")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T080000Z
DTSTART:20250410T170000Z
DTEND:20250410T183000Z
SUMMARY:Webinar: Cómo preparar la entrevista en un estudio internacional
DESCRIPTION:Hola Lucía Ferreira\,\n\nGracias por inscribirte en el webinar «Cómo preparar la entrevista en
  un estudio internacional» organizado por AJAV. Ponentes: dos arquitectas que trabajan en Londres y
  París y una técnica de selección de una constructora.\n\nPuedes enviar tus preguntas desde el chat.\n\n{z}
LOCATION:https://us06web.zoom.us/j/88317702455?pwd=Y0pUWkVsS0JUQT09
ORGANIZER;CN=AJAV:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""
    return neg("webinar-es", uid, text)


def webinar_en() -> Ev:
    uid = "gotowebinar-5561238840-reg-77104@archjobs.co.uk"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//ArchJobs UK//Events//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250501T120000Z
DTSTART;TZID=Europe/London:20250508T183000
DTEND;TZID=Europe/London:20250508T193000
SUMMARY:Live webinar: Landing your first job at a London practice (for EU architects)
DESCRIPTION:You're registered! Topics: CV and portfolio format for UK practices\, what to expect in
  interviews and design tests\, ARB registration and the Skilled Worker visa. Q&A with two practice
  directors and a recruiter.\n\nJoin: https://attendee.gotowebinar.com/join/5561238840/77104\n\nArchJobs UK
  – the architecture jobs board
LOCATION:Online (GoTo Webinar)
ORGANIZER;CN=ArchJobs UK Events:mailto:events@archjobs.co.uk
END:VEVENT
END:VCALENDAR
"""
    return neg("webinar-job-board-en", uid, text)


def workshop_fr() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000080A4B6C8D0E2DB01000000000000000010000000"
           "DDA5C7E9F1B3D5A7C9E1F3B5D7A9C1E3")
    tz = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    t = teams("fr", "396 002 815 377", "Fv9Hs3", "ODQ2MmQxZjgtMTU1Yy00YWQ3LThlZWEtZDI2ODk1NmYyMGQ1")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:{tz}@@
BEGIN:VEVENT
ORGANIZER;CN="Maison des Jeunes Architectes":mailto:ateliers@mja-architectes.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nVous êtes inscrit(e) à l'atelier collectif « Réussir son entretien
  d'embauche en agence » (CV\, portfolio\, mises en situation en binôme). Atelier gratuit réservé aux
  jeunes diplômé(e)s.\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Atelier « Réussir son entretien d'embauche en agence » – MJA
DTSTART;TZID="{tz}":20250515T180000
DTEND;TZID="{tz}":20250515T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""
    return neg("workshop-interview-skills-fr", uid, text)


def revit_class() -> Ev:
    uid = "1r5v9z3d7h1l5p9t3x7b1f5j9n@google.com"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Clases Revit
X-WR-TIMEZONE:Europe/Madrid
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250405T100000
DTEND;TZID=Europe/Madrid:20250405T133000
RRULE:FREQ=WEEKLY;UNTIL=20250614T080000Z;BYDAY=SA
EXDATE;TZID=Europe/Madrid:20250419T100000
DTSTAMP:20250330T120000Z
UID:{uid}
CREATED:20250330T115900Z
DESCRIPTION:Academia Plano Cero – Curso Revit Arquitectura (grupo B\, sábados). Temario en el Drive. Traer
  el pendrive con las plantillas.
LAST-MODIFIED:20250330T120000Z
LOCATION:Academia Plano Cero\, Av. del Port 60\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase Revit – sábado grupo B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return neg("revit-class-teaching-recurring-es", uid, text)


def level_test() -> Ev:
    uid = "5d9h3l7p1t5x9b3f7j1n5r9v3z@google.com"
    body = r"""
DTSTART;TZID=Europe/Madrid:20250531T100000
DTEND;TZID=Europe/Madrid:20250531T123000
DTSTAMP:20250522T090000Z
DESCRIPTION:Lucía\, para el curso de verano necesitamos que hagas las entrevistas de nivel a los alumnos
  nuevos (10 min cada uno\, 12 inscritos) para repartirlos entre básico y avanzado. Te paso la lista el
  jueves.\n\nJosé – Academia Plano Cero
LOCATION:Academia Plano Cero\, Aula 2
SUMMARY:Entrevistas de nivel – alumnos nuevos curso Revit verano
"""
    return neg("class-level-interviews-es", uid,
               _google(uid, "jose@academiaplanocero.es", "José Plano Cero", body))


def press() -> Ev:
    uid = "3t7x1b5f9j3n7r1v5z9d3h7l1p@google.com"
    foot = gcal_footer("es", "smompo@diariodelturia.es")
    body = rf"""
DTSTART;TZID=Europe/Madrid:20250509T130000
DTEND;TZID=Europe/Madrid:20250509T140000
DTSTAMP:20250505T114500Z
DESCRIPTION:Hola Lucía\, gracias por aceptar. Te entrevisto para el reportaje del suplemento del domingo
  sobre jóvenes arquitectas y cooperativas de vivienda en València. Vendrá también Toni\, el fotógrafo\,
  para unas fotos en la obra de Benimaclet si os parece bien.\n\nSara Mompó\nDiario del Turia{foot}
LOCATION:Cafetería Ubik\, C/ del Literato Azorín 13\, València
SUMMARY:Entrevista Diario del Turia – reportaje jóvenes arquitectas
"""
    return neg("press-interview-es", uid, _google(uid, "smompo@diariodelturia.es", "Sara Mompó", body))


def podcast() -> Ev:
    uid = "4u8y2c6g0k4o8s2w6a0e4i8m2q@google.com"
    foot = gcal_footer("en", "ned.yaapodcast@gmail.com")
    body = rf"""
DTSTART;TZID=Europe/London:20250522T180000
DTEND;TZID=Europe/London:20250522T190000
DTSTAMP:20250512T200000Z
DESCRIPTION:Hi Lucía! Thanks so much for agreeing to be a guest on Young Architects Abroad. We'll record
  a 40-min interview about studying in Valencia\, cooperative housing and your plans to work in London.\n
  Recording link (Riverside): https://riverside.fm/studio/young-architects-abroad\n\nNed{foot}
LOCATION:https://riverside.fm/studio/young-architects-abroad
SUMMARY:Podcast recording: Young Architects Abroad – guest interview (Lucía)
"""
    return neg("podcast-interview-en", uid,
               _google(uid, "ned.yaapodcast@gmail.com", "Ned Carver", body, tz="Europe/London"))


def user_research() -> Ev:
    uid = "8b0d2f4a-6c8e-40a2-b4d6-f8a0c2e4a6b1@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250416T081800Z
DTSTART:20250424T150000Z
DTEND:20250424T154500Z
SUMMARY:Lucía Ferreira Gómez y Equipo UX Modulia
ORGANIZER;CN=Equipo UX Modulia:mailto:ux-research@modulia.app
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Nombre del evento: Entrevista de investigación de usuarios (45 min) – tarjeta regalo de 50 €\n\n
  Ubicación: Google Meet (recibirás el enlace)\n\nPreguntas: ¿Qué software BIM usas a diario?\nRevit\,
  Navisworks\, algo de Archicad\n\nGracias por ayudarnos a mejorar Modulia. La sesión es una conversación
  sobre tu flujo de trabajo\; no es un proceso de selección.\n\nCon tecnología de Calendly.com
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return neg("user-research-es", uid, text)


def doctor() -> Ev:
    uid = "B2D4F6A8-C0E2-4A4C-8E6F-0A2B4C6D8E1F"
    body = """
CREATED:20250403T071500Z
DTEND;TZID=Europe/Madrid:20250408T083000
DTSTAMP:20250403T071520Z
DTSTART;TZID=Europe/Madrid:20250408T081500
LAST-MODIFIED:20250403T071520Z
LOCATION:Centro de Salud Benimaclet
SUMMARY:Médico cabecera – Dra. Sanchis (análisis)
DESCRIPTION:En ayunas!!
"""
    return neg("doctor-es", uid, _apple(uid, body))


def dentist() -> Ev:
    uid = "cita-8841207@clinicadentalrussafa.es"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clinica Dental Russafa//Citas online//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250410T100000Z
DTSTART:20250429T164500Z
DTEND:20250429T173000Z
SUMMARY:Cita: Revisión e higiene dental – Clínica Dental Russafa
DESCRIPTION:Paciente: Lucía Ferreira Gómez\nProfesional: Dr. Ferran Mas\nTratamiento: Revisión + limpieza\n
  Si no puede acudir\, avísenos con 24 h de antelación al 963 ** ** 10.
LOCATION:C/ de Cádiz 41\, 46006 València
END:VEVENT
END:VCALENDAR
"""
    return neg("dentist-booking-es", uid, text)


def bank() -> Ev:
    uid = "bdt-cita-20250520-00931@bancodelturia.es"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Banco del Turia//Cita Previa//ES
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250514T090000Z
DTSTART;TZID=Europe/Madrid:20250520T093000
DTEND;TZID=Europe/Madrid:20250520T100000
SUMMARY:Cita con su gestora – Banco del Turia (Of. Russafa)
ORGANIZER;CN=Banco del Turia:mailto:citaprevia@bancodelturia.es
ATTENDEE;CN=Lucía Ferreira Gómez;RSVP=TRUE:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Motivo: Cuenta para no residentes y transferencias internacionales\nGestora: Inmaculada
  Puchades\nDocumentación: DNI\n\nBanco del Turia
LOCATION:Of. 0417 Russafa\, C/ de Sueca 12\, València
END:VEVENT
END:VCALENDAR
"""
    return neg("bank-appointment-es", uid, text)


def visa() -> Ev:
    uid = "GWF0784412-20250612-MAD@appointments.ukvcas.co.uk"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//UKVCAS//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250602T080000Z
DTSTART:20250612T084000Z
DTEND:20250612T091000Z
SUMMARY:Visa application centre appointment – biometrics (Madrid)
DESCRIPTION:Applicant: FERREIRA GOMEZ\, LUCIA\nGWF reference: GWF0784412\nVisa type: Skilled Worker\nPlease
  bring your passport\, appointment confirmation and any supporting documents. Arrive no earlier than 15
  minutes before your appointment.
LOCATION:Visa Application Centre\, Calle de Rafael Calvo 24\, Madrid
END:VEVENT
END:VCALENDAR
"""
    return neg("visa-biometrics-en", uid, text)


def flat_viewing() -> Ev:
    uid = "E1F3A5B7-C9D1-4E3F-A5B7-C9D1E3F5A7B9"
    body = r"""
CREATED:20250419T102000Z
DTEND;TZID=Europe/Madrid:20250423T193000
DTSTAMP:20250419T102015Z
DTSTART;TZID=Europe/Madrid:20250423T190000
LAST-MODIFIED:20250419T102015Z
LOCATION:C/ de Sueca 40\, 3ª\, València
SUMMARY:Ver piso Russafa (Inmobiliaria Marvà) – 850 €
DESCRIPTION:Preguntar fianza y si admiten contrato de 6 meses por si me voy a Londres
"""
    return neg("flat-viewing-es", uid, _apple(uid, body))


def speaking_exam() -> Ev:
    uid = "ce-vlc-2025-0412-spk@examcentrevalencia.es"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Exam Centre Valencia//Candidate Timetable//EN
METHOD:PUBLISH
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250425T080000Z
DTSTART;TZID=Europe/Madrid:20250517T113500
DTEND;TZID=Europe/Madrid:20250517T115500
SUMMARY:C1 Advanced – Speaking test (candidate 0412)
DESCRIPTION:Candidate: Lucía Ferreira Gómez (0412)\nPaper 4 – Speaking: you will be examined in pairs by
  two examiners. Please arrive 30 minutes early with your ID document. Mobile phones must be switched off.
LOCATION:Exam Centre Valencia\, Gran Vía Fernando el Católico 61
END:VEVENT
END:VCALENDAR
"""
    return neg("exam-speaking-test-en", uid, text)


def events() -> list[Ev]:
    return [
        mock_friend_es(),
        mock_mentor_en(),
        webinar_es(),
        webinar_en(),
        workshop_fr(),
        revit_class(),
        level_test(),
        press(),
        podcast(),
        user_research(),
        doctor(),
        dentist(),
        bank(),
        visa(),
        flat_viewing(),
        speaking_exam(),
    ]
