# ruff: noqa: E501, W291, W293, RUF100
"""holdout276 events, part C: tour operators (German, French, US, UK), travel tech, wineries, venues, small firms."""

from holdout276ev_zones import (
    GMT_OUTLOOK,
    MADRID_APPLE,
    MADRID_GOOGLE,
    MADRID_MOZ,
    NEW_YORK,
    ROMANCE,
    WEUROPE,
    fold,
    google_footer,
    google_meet,
    teams,
    zoom,
)

ME = "macarena.villalobos.guia@gmail.com"
ME_WORK = "macarena@sevillatours-guias.example.es"

FORMS = {
    "Sonnenweg Reisen": ["Sonnenweg Reisen GmbH", "Sonnenweg"],
    "Horizons Sud Voyages": ["Horizons Sud"],
    "Tourvia": ["Tourvia Experiences", "Tourvia.com"],
    "Paseíto Experiences": ["Paseíto", "Paseito", "Paseito Experiences"],
    "Bodegas Tío Aurelio": ["Tío Aurelio", "Bodega Tío Aurelio", "Bodegas Tio Aurelio"],
    "Hacienda Los Olivillos": ["Los Olivillos", "Hacienda Olivillos"],
    "Expreso Bético": ["Expreso Bético Luxury Train", "Tren Expreso Bético", "Expreso Betico"],
    "Viajes Giraldillo": ["Giraldillo", "Viajes Giraldillo S.L."],
    "Puerto Sur Agencia Marítima": ["Puerto Sur", "Puerto Sur Ag. Marítima"],
    "Hispania Heritage Tours": ["Hispania Heritage", "HHT"],
    "Marco Polo Cultural Journeys": ["Marco Polo Journeys", "Marco Polo"],
    "Lumen Travel Group": ["Lumen Travel", "Lumen"],
    "Congresos Hispalis": ["Congresos Hispalis S.L.", "Hispalis Congresos"],
    "Cruceros Fluviales del Guadalquivir": ["Cruceros Fluviales", "Cruceros Guadalquivir"],
    "Escapadas Doñana Ecoturismo": ["Doñana Eco", "Escapadas Doñana"],
}

EVENTS = [
    # Sonnenweg Reisen, round 1: Personio, German, W. Europe Standard Time
    dict(
        kind="personio-invite",
        uid="personio-interview-2219857-b4e1@sonnenweg-reisen.example.de",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
UID:personio-interview-2219857-b4e1@sonnenweg-reisen.example.de
DTSTAMP:20250924T085012Z
DTSTART;TZID=W. Europe Standard Time:20250930T100000
DTEND;TZID=W. Europe Standard Time:20250930T104500
SUMMARY:Vorstellungsgespräch: Produktmanager (m/w/d) Spanien & Portugal – Macarena Villalobos Ruiz
ORGANIZER;CN=Sonnenweg Reisen GmbH Recruiting:mailto:jobs@sonnenweg-reisen.example.de
ATTENDEE;CN=Katrin Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:khollmann@sonnenweg-reisen.example.de
ATTENDEE;CN=Jonas Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jweber@sonnenweg-reisen.example.de
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Liebe Frau Villalobos Ruiz\,\n\nvielen Dank für Ihre Bewerbung als Produktmanager (m/w/d) Spanien & Portugal. Gerne möchten wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams einladen.\n\nIhre Gesprächspartner:\n• Katrin Hollmann – Teamleitung Produkt Südeuropa\n• Jonas Weber – People & Culture\n\nDas Gespräch findet auf Deutsch statt\; einzelne Teile gerne auch auf Spanisch.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Sonnenweg Reisen GmbH\n\n{teams("de", "371 552 804 196", "Mk4rT9", "ZGJmOTg3NjUtNDMyMS00YWJjLWRlZjAtMTIzNDU2Nzg5MGFi")}\nGesendet mit Personio
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Sonnenweg Reisen",
        role="Produktmanager (m/w/d) Spanien & Portugal",
        stage="hiring_manager",
        interviewers="khollmann@sonnenweg-reisen.example.de;jweber@sonnenweg-reisen.example.de",
        trap="german-personio-w-europe-zone",
        hiring=False,
    ),
    # Sonnenweg Reisen, round 2: case study with the managing director
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E542DC0100000000000000001000000035F7A9C1E3B5D7092B4D6F8A0C2E4A6C",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hollmann, Katrin":mailto:khollmann@sonnenweg-reisen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Macarena Villalobos Ruiz:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Dr. Matthias":mailto:mbrandt@sonnenweg-reisen.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Macarena\,\n\nwie besprochen hier die Einladung zum Zweitgespräch. Bitte bereite eine Kalkulation und eine Programmskizze für eine 8-tägige Rundreise „Andalusien Klassik“ (Sevilla\, Córdoba\, Granada\, Ronda) für 30 Gäste vor – Präsentation ca. 20 Minuten\, danach Fragen. Mit dabei ist unser Geschäftsführer Dr. Matthias Brandt.\n\nViele Grüße\nKatrin\n\n{teams("de", "308 117 462 905", "Pz7nQ1", "ZmE0YjEyMzQtNTY3OC00OWFiLWNkZWYtOTg3NjU0MzIxMGZl")}
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E542DC0100000000000000001000000035F7A9C1E3B5D7092B4D6F8A0C2E4A6C
SUMMARY;LANGUAGE=de-DE:Zweitgespräch inkl. Fallstudie – Produktmanager Spanien & Portugal
DTSTART;TZID=W. Europe Standard Time:20251023T140000
DTEND;TZID=W. Europe Standard Time:20251023T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T134522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1455092371
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
"""),
        is_interview=1,
        company="Sonnenweg Reisen",
        role="Produktmanager Spanien & Portugal",
        stage="technical",
        interviewers="khollmann@sonnenweg-reisen.example.de;mbrandt@sonnenweg-reisen.example.de",
        trap="german-zweitgespraech-case-study",
        hiring=False,
    ),
    # Horizons Sud Voyages: French 'entretien', Romance Standard Time, Teams in French
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F643DC0100000000000000001000000046A8C0E2B4D6F8193C5E7A9B1D3F5B7D",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Dubois, Claire":mailto:cdubois@horizons-sud.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mercier, Antoine":mailto:amercier@horizons-sud.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Macarena\,\n\nSuite à notre échange téléphonique\, je vous propose un entretien en visio avec moi-même et Antoine Mercier\, directeur de la production\, pour le poste de Responsable de production Espagne/Portugal. L'entretien se déroulera en français (et un peu en espagnol\, pour simuler vos échanges avec nos réceptifs).\n\nBien cordialement\,\n\nClaire Dubois\nChargée de recrutement – Horizons Sud Voyages\, Lyon\n\n{teams("fr", "362 880 517 043", "gK2sV6", "NWMxZDIzNDUtNjc4OS00YWJjLWRlZjEtMjM0NTY3ODkwYWJj")}
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F643DC0100000000000000001000000046A8C0E2B4D6F8193C5E7A9B1D3F5B7D
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable de production Espagne/Portugal – Macarena Villalobos
DTSTART;TZID=Romance Standard Time:20251017T143000
DTEND;TZID=Romance Standard Time:20251017T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T091145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1271649901
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
"""),
        is_interview=1,
        company="Horizons Sud Voyages",
        role="Responsable de production Espagne/Portugal",
        stage="hiring_manager",
        interviewers="cdubois@horizons-sud.example.fr;amercier@horizons-sud.example.fr",
        trap="french-entretien-teams",
        hiring=False,
    ),
    # Tourvia, round 1: Lever intro call, '<>' summary, English footer
    dict(
        kind="lever-google-invite",
        uid="6p3e0k8v5m2c9q1h4s7b0n3d6j@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251013T100000Z
DTEND:20251013T103000Z
DTSTAMP:20251008T113340Z
ORGANIZER;CN=Marc Puig:mailto:marc.puig@tourvia.example.com
UID:6p3e0k8v5m2c9q1h4s7b0n3d6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Puig;X-NUM-GUESTS=0:mailto:marc.puig@tourvia.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251008T113339Z
DESCRIPTION:Hey Macarena! Looking forward to chatting about the Destination Manager role for Sevilla & Andalucía. 30 min intro with me (Talent Partner) – no prep needed.\n\nScheduled via Lever\n\n{google_meet("en", "tqh-wxvu-rmb", "(ES) +34 910 55 7723", "640 915 283")}
LAST-MODIFIED:20251008T113339Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tourvia <> Macarena Villalobos – Intro call (Destination Manager Sevilla)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Tourvia",
        role="Destination Manager Sevilla",
        stage="recruiter_screen",
        interviewers="marc.puig@tourvia.example.com",
        trap="lever-angle-bracket-summary",
        hiring=False,
    ),
    # Tourvia, round 2: case presentation, the organizer only opens the call
    dict(
        kind="google-invite",
        uid="0r7b4m1k8e5v2q9c6h3s0d7n4t@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251105T140000Z
DTEND:20251105T150000Z
DTSTAMP:20251027T161804Z
ORGANIZER;CN=Marc Puig:mailto:marc.puig@tourvia.example.com
UID:0r7b4m1k8e5v2q9c6h3s0d7n4t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Puig;X-NUM-GUESTS=0:mailto:marc.puig@tourvia.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Laia Ferrer;X-NUM-GUESTS=0:mailto:laia.ferrer@tourvia.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oskar Lind;X-NUM-GUESTS=0:mailto:oskar.lind@tourvia.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251027T161803Z
DESCRIPTION:Hi Macarena\,\n\nNext step: your case presentation "Supply strategy for Sevilla" (20 min + 40 min Q&A) for Laia Ferrer (Head of Supply Iberia) and Oskar Lind (Director Marketplace). Feel free to present in Spanish or English – Oskar prefers English.\nI'll just open the call and drop off.\n\nMarc\n\n{google_meet("en", "bsa-jkoe-fpz", "(ES) +34 910 55 7723", "227 091 846")}
LAST-MODIFIED:20251027T161803Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tourvia | Case presentation – Supply strategy Sevilla (Destination Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Tourvia",
        role="Destination Manager",
        stage="technical",
        interviewers="laia.ferrer@tourvia.example.com;oskar.lind@tourvia.example.com",
        trap="case-presentation-organizer-drops-off",
        hiring=False,
    ),
    # Paseíto Experiences: Calendly in Spanish ('entre')
    dict(
        kind="calendly-invite",
        uid="9c2f5a18-7e3b-4d6c-a0f1-3b5d7e9f1a2c@calendly.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:9c2f5a18-7e3b-4d6c-a0f1-3b5d7e9f1a2c@calendly.com
DTSTAMP:20250912T193011Z
DTSTART:20250919T160000Z
DTEND:20250919T163000Z
SUMMARY:Entrevista Local Operations Manager (Sevilla) entre Nerea Gil y Macarena Villalobos Ruiz
ORGANIZER;CN=Nerea Gil:mailto:nerea@paseito.example.com
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:Nombre del evento: Entrevista Local Operations Manager (Sevilla)\n\nUbicación: Nerea te llamará por Google Meet: https://meet.google.com/hzn-ecow-yvu\n\nPaseíto Experiences – free tours y experiencias locales en Málaga\, Sevilla y Granada.\n\n¿Por qué te interesa el puesto?: Llevo 10 años guiando en Sevilla y conozco bien a los guías locales\; me gustaría pasar a operaciones.\n\n¿Necesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/9c2f5a18-7e3b-4d6c-a0f1-3b5d7e9f1a2c\nReprogramar: https://calendly.com/reschedulings/9c2f5a18-7e3b-4d6c-a0f1-3b5d7e9f1a2c\n\nCon la tecnología de Calendly.com
LOCATION:https://meet.google.com/hzn-ecow-yvu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Paseíto Experiences",
        role="Local Operations Manager (Sevilla)",
        stage="recruiter_screen",
        interviewers="nerea@paseito.example.com",
        trap="calendly-spanish-entre",
        hiring=False,
    ),
    # Bodegas Tío Aurelio, round 1: owner on Gmail, 'charla' instead of 'entrevista'
    dict(
        kind="google-invite",
        uid="2d9m6q3h0v7k4c1s8e5b2n9t6r@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251107T110000Z
DTEND:20251107T123000Z
DTSTAMP:20251103T194422Z
ORGANIZER;CN=Aurelio Domínguez:mailto:aureliodominguez.bodega@gmail.com
UID:2d9m6q3h0v7k4c1s8e5b2n9t6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aurelio Domínguez;X-NUM-GUESTS=0:mailto:aureliodominguez.bodega@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251103T194421Z
DESCRIPTION:Macarena\, como te dije por teléfono\, me gustaría conocerte en persona y que veas la bodega antes de hablar del puesto de responsable de enoturismo. Te enseño las botas y la sala de catas y luego comemos algo en el despacho y hablamos con calma.\nUn saludo\,\nAurelio\n\n{google_footer("es")}
LAST-MODIFIED:20251103T194421Z
LOCATION:Bodegas Tío Aurelio\, C/ Muro 3\, Jerez de la Frontera
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Macarena – charla en la bodega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Bodegas Tío Aurelio",
        role="responsable de enoturismo",
        stage="hiring_manager",
        interviewers="aureliodominguez.bodega@gmail.com",
        trap="owner-free-mail-charla-wording",
        hiring=False,
    ),
    # Bodegas Tío Aurelio, round 2: trial guided visit that looks like ordinary work
    dict(
        kind="apple-hand-typed",
        uid="D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}BEGIN:VEVENT
CREATED:20251108T102215Z
DTEND;TZID=Europe/Madrid:20251115T130000
DTSTAMP:20251108T102301Z
DTSTART;TZID=Europe/Madrid:20251115T110000
LAST-MODIFIED:20251108T102301Z
LOCATION:Bodegas Tío Aurelio\, Jerez
SEQUENCE:0
SUMMARY:Visita de prueba Tío Aurelio (grupo 12 pax ingleses)
DESCRIPTION:parte del proceso enoturismo: guío yo la visita + cata de finos. Aurelio y su hija Rocío me ven. Luego hablamos condiciones. Tren 9:15 Santa Justa.
TRANSP:OPAQUE
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT3H
UID:E2F3A4B5-C6D7-4E8F-90A1-B2C3D4E5F607
X-WR-ALARMUID:E2F3A4B5-C6D7-4E8F-90A1-B2C3D4E5F607
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Bodegas Tío Aurelio",
        role="",
        stage="onsite",
        interviewers="Aurelio;Rocío",
        trap="trial-guided-tour-looks-like-work",
        hiring=False,
    ),
    # Hacienda Los Olivillos: all-day trial day at a wedding, owner on Hotmail
    dict(
        kind="google-invite-all-day",
        uid="8f5c2n9k6h3q0v7m4s1e8b5d2t@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251025
DTEND;VALUE=DATE:20251026
DTSTAMP:20251019T102030Z
ORGANIZER;CN=Cristina Olivares:mailto:cristina.olivares.olivillos@hotmail.com
UID:8f5c2n9k6h3q0v7m4s1e8b5d2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251019T102029Z
DESCRIPTION:Hola Macarena\, te espero el sábado a las 10 para el día de prueba del puesto de Directora de Experiencias: montaje\, recepción de los invitados de la boda (180 pax\, muchos ingleses)\, coordinación con el catering y el cierre. Terminamos tarde. Comes y cenas con el equipo. Al día siguiente te llamo y hablamos.\nCristina\n\n{google_footer("es")}
LAST-MODIFIED:20251019T102029Z
LOCATION:Hacienda Los Olivillos\, Ctra. A-398 km 4\, Carmona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Día de prueba – Directora de Experiencias (boda Hacienda)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hacienda Los Olivillos",
        role="Directora de Experiencias",
        stage="onsite",
        interviewers="cristina.olivares.olivillos@hotmail.com",
        trap="all-day-trial-day-hotmail-owner",
        hiring=False,
    ),
    # Expreso Bético: Outlook with CUTYPE=ROOM attendee, two interviewers
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A763DC0100000000000000001000000057B9D1F3C5E7A92B4D6F8A0C2E4B6D8F",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lucena Pardo, Gaspar":mailto:glucena@expresobetico.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alcaide, Mercedes":mailto:malcaide@expresobetico.example.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sala Vagón Salón (Estación Plaza de Armas):mailto:sala.vagon@expresobetico.example.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días Macarena\,\n\nTe confirmamos la entrevista para el puesto de Guest Experience Manager a bordo (temporada 2026) con Gaspar Lucena (Director de Producto y Experiencia) y Mercedes Alcaide (Jefa de Tren). Parte de la entrevista será en inglés y una breve parte en francés.\n\nNos vemos en la antigua estación de Plaza de Armas\, acceso por la puerta lateral.\n\nGaspar\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A763DC0100000000000000001000000057B9D1F3C5E7A92B4D6F8A0C2E4B6D8F
SUMMARY;LANGUAGE=es-ES:Entrevista Guest Experience Manager a bordo – Temporada 2026
DTSTART;TZID=Romance Standard Time:20251202T113000
DTEND;TZID=Romance Standard Time:20251202T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T084910Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Vagón Salón (Estación Plaza de Armas)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:906634115
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
"""),
        is_interview=1,
        company="Expreso Bético",
        role="Guest Experience Manager a bordo",
        stage="hiring_manager",
        interviewers="glucena@expresobetico.example.es;malcaide@expresobetico.example.es",
        trap="outlook-cutype-room-luxury-train",
        hiring=False,
    ),
    # Viajes Giraldillo: interview booked through InfoJobs, portal no-reply organizer
    dict(
        kind="infojobs-invite",
        uid="ij-entrevista-7f3a9d21c4e8@infojobs.example.net",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//InfoJobs//Agenda de entrevistas//ES
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:ij-entrevista-7f3a9d21c4e8@infojobs.example.net
DTSTAMP:20250903T120544Z
DTSTART;TZID=Europe/Madrid:20250910T100000
DTEND;TZID=Europe/Madrid:20250910T104500
SUMMARY:Entrevista presencial – Jefe/a de Producto Receptivo – Viajes Giraldillo
ORGANIZER;CN=Viajes Giraldillo S.L. (vía InfoJobs):mailto:noreply-entrevistas@infojobs.example.net
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:Viajes Giraldillo S.L. te ha convocado a una entrevista a través de InfoJobs.\n\nOferta: Jefe/a de Producto Receptivo\nFecha: miércoles 10/09/2025\, 10:00\nDirección: C/ Tetuán 19\, 1º\, 41001 Sevilla\nTe entrevistará: Lola Pacheco\, Directora de Producto (lpacheco@viajesgiraldillo.example.es)\n\nRecuerda confirmar tu asistencia desde la app de InfoJobs. Si no puedes asistir\, avisa a la empresa.
LOCATION:C/ Tetuán 19\, 1º\, 41001 Sevilla
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Viajes Giraldillo",
        role="Jefe/a de Producto Receptivo",
        stage="hiring_manager",
        interviewers="lpacheco@viajesgiraldillo.example.es",
        trap="infojobs-noreply-organizer",
        hiring=False,
    ),
    # Puerto Sur Agencia Marítima: Thunderbird, abbreviations, cruise wording like her daily work
    dict(
        kind="thunderbird-hand-typed",
        uid="c7e9a1b3-d5f7-4a9c-b1d3-e5f7a9c1b3d5",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID_MOZ}BEGIN:VEVENT
CREATED:20250902T170412Z
LAST-MODIFIED:20250902T170530Z
DTSTAMP:20250902T170530Z
UID:c7e9a1b3-d5f7-4a9c-b1d3-e5f7a9c1b3d5
SUMMARY:Entrevista Puerto Sur Ag. Marítima (coord excursiones cruceros)
DTSTART;TZID=Europe/Madrid:20250908T120000
DTEND;TZID=Europe/Madrid:20250908T130000
DESCRIPTION:Muelle de las Delicias\, edificio terminal\, preguntar x Tomás Reina (jefe operaciones)\, me entrevista él. Ojo: temporada cruceros = fines de semana. Sueldo?
LOCATION:Terminal cruceros Muelle Delicias
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Puerto Sur Agencia Marítima",
        role="coord excursiones cruceros",
        stage="",
        interviewers="Tomás Reina",
        trap="thunderbird-abbrev-cruise-wording",
        hiring=False,
    ),
    # Hispania Heritage Tours, round 1: Zoom from Boston, America/New_York
    dict(
        kind="zoom-invite",
        uid="ZOOM89033417620-20251104T160000Z@zoom.us",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{NEW_YORK}BEGIN:VEVENT
DTSTAMP:20251029T143320Z
DTSTART;TZID=America/New_York:20251104T110000
DTEND;TZID=America/New_York:20251104T113000
SUMMARY:Hispania Heritage Tours – Spain Operations Manager – screening call
UID:ZOOM89033417620-20251104T160000Z@zoom.us
TZID:America/New_York
ORGANIZER;CN=Rachel Kim:mailto:rkim@hispaniaheritage.example.com
DESCRIPTION:{zoom("en", "Rachel Kim (Hispania Heritage Tours)", "89033417620", "204861")}
LOCATION:https://us06web.zoom.us/j/89033417620?pwd=bG97620aXZ2U0tWc2hPZ1R20Qjdm.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hispania Heritage Tours",
        role="Spain Operations Manager",
        stage="recruiter_screen",
        interviewers="rkim@hispaniaheritage.example.com",
        trap="zoom-new-york-boston-operator",
        hiring=False,
    ),
    # Hispania Heritage Tours, final: founder on Gmail, no 'interview' word
    dict(
        kind="google-invite",
        uid="4h1s8d5n2q9m6k3v0c7e4b1t8r@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T170000Z
DTEND:20251120T180000Z
DTSTAMP:20251114T225517Z
ORGANIZER;CN=Peggy Collins:mailto:peggy.collins.hht@gmail.com
UID:4h1s8d5n2q9m6k3v0c7e4b1t8r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Peggy Collins;X-NUM-GUESTS=0:mailto:peggy.collins.hht@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20251114T225516Z
DESCRIPTION:Hi Macarena\,\n\nRachel tells me the team loved talking with you. I'd like a last conversation before we put together an offer for the Spain Operations Manager role – mostly about how you'd run our guides and suppliers from Seville and what a first season would look like.\n\nPeggy Collins\nFounder\, Hispania Heritage Tours (Boston)\n\n{google_meet("en", "ykc-pqrb-uwn", "(US) +1 617-555-0160", "771 305 928")}
LAST-MODIFIED:20251114T225516Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Macarena / Peggy – final conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Hispania Heritage Tours",
        role="Spain Operations Manager",
        stage="final",
        interviewers="peggy.collins.hht@gmail.com",
        trap="founder-gmail-final-no-interview-word",
        hiring=False,
    ),
    # Marco Polo Cultural Journeys, round 1: London agency recruiter names the client, GMT Standard Time
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D5E6F7A8B944DC0100000000000000001000000068CAE0B2D4F6A83C5E7A9B1D3F5C7E9A",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Cole, Harriet":mailto:harriet.cole@wanderlust-talent.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
DESCRIPTION;LANGUAGE=en-GB:Hi Macarena\,\n\nGreat to connect on LinkedIn. As discussed\, I'm representing Marco Polo Cultural Journeys on their Programme Manager\, Spain & Portugal hire. 30 mins to go through your background\, salary expectations and notice before I put you forward to their Head of Programmes. I'll call you on WhatsApp at the time below (UK time).\n\nBest\,\nHarriet Cole | Senior Consultant | Wanderlust Talent\n
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B944DC0100000000000000001000000068CAE0B2D4F6A83C5E7A9B1D3F5C7E9A
SUMMARY;LANGUAGE=en-GB:Call re: Programme Manager\, Spain & Portugal (Marco Polo Cultural Journeys)
DTSTART;TZID=GMT Standard Time:20251024T100000
DTEND;TZID=GMT Standard Time:20251024T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T152312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:WhatsApp call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1096214577
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Marco Polo Cultural Journeys",
        role="Programme Manager, Spain & Portugal",
        stage="recruiter_screen",
        interviewers="harriet.cole@wanderlust-talent.example.co.uk",
        trap="uk-agency-gmt-zone-names-client",
        hiring=False,
    ),
    # Marco Polo Cultural Journeys, round 2: hiring manager and head of operations, Teams
    dict(
        kind="outlook-teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E6F7A8B9CA4FDC0100000000000000001000000079DBF1C3E5A7B94D6F8A0C2E4B6D8F0A",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_OUTLOOK}BEGIN:VEVENT
ORGANIZER;CN="Ashworth, Tom":mailto:tashworth@marcopolojourneys.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Price, Hannah":mailto:hprice@marcopolojourneys.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hello Macarena\,\n\nHarriet has passed on your details – thank you for your interest in the Programme Manager\, Spain & Portugal role. Hannah Price (Head of Operations) and I would like to talk through a couple of our itineraries and how you'd work with our tour managers on the ground.\n\nKind regards\,\nTom Ashworth\nHead of Programmes\, Marco Polo Cultural Journeys\n\n{teams("en", "245 118 603 997", "Tq8Wn5", "MzRhYmNkZWYtMTIzNC00NTY3LTg5MGEtYmNkZWYxMjM0NTY3")}
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9CA4FDC0100000000000000001000000079DBF1C3E5A7B94D6F8A0C2E4B6D8F0A
SUMMARY;LANGUAGE=en-GB:Macarena Villalobos - Programme Manager interview
DTSTART;TZID=GMT Standard Time:20251113T140000
DTEND;TZID=GMT Standard Time:20251113T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T110830Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1450098812
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
"""),
        is_interview=1,
        company="Marco Polo Cultural Journeys",
        role="Programme Manager",
        stage="hiring_manager",
        interviewers="tashworth@marcopolojourneys.example.co.uk;hprice@marcopolojourneys.example.co.uk",
        trap="london-hm-teams-gmt-zone",
        hiring=False,
    ),
    # Lumen Travel Group: one-way video interview deadline typed as an all-day event
    dict(
        kind="google-export-all-day",
        uid="1c8k5e2v9n6q3h0m7s4b1d8t5p@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251109
DTEND;VALUE=DATE:20251110
DTSTAMP:20251105T081202Z
UID:1c8k5e2v9n6q3h0m7s4b1d8t5p@google.com
CREATED:20251105T081140Z
DESCRIPTION:Entrevista en diferido (HireVue) para Product Executive Spain. 5 preguntas\, 2 min cada una\, 1 intento. Plazo: domingo 23:59 hora UK (= 00:59 aquí!!). Fondo neutro\, luz ventana.
LAST-MODIFIED:20251105T081202Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HireVue Lumen Travel – grabar vídeo entrevista (plazo hoy)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Lumen Travel Group",
        role="Product Executive Spain",
        stage="recruiter_screen",
        interviewers="",
        trap="async-video-deadline-all-day",
        hiring=False,
    ),
    # Congresos Hispalis: Webex-generated invitation (a PCO, not the tourism board)
    dict(
        kind="webex-invite",
        uid="f2b8c0d4e6a81c3e5a7b9d1f3a5c7e9b@congresoshispalis.webex.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:f2b8c0d4e6a81c3e5a7b9d1f3a5c7e9b@congresoshispalis.webex.com
DTSTAMP:20251203T101500Z
DTSTART;TZID=Romance Standard Time:20251210T100000
DTEND;TZID=Romance Standard Time:20251210T104500
SUMMARY:Entrevista Project Manager Congresos - Congresos Hispalis
ORGANIZER;CN=Begoña Torres:mailto:btorres@congresoshispalis.example.es
ATTENDEE;CN=Macarena Villalobos Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
LOCATION:https://congresoshispalis.webex.com/congresoshispalis/j.php?MTID=m8d21f0c7a93b4e56d1c2f8a0b7e94c31
DESCRIPTION:Begoña Torres le invita a una reunión de Webex.\n\nHola Macarena\, como te comenté\, esta primera entrevista para el puesto de Project Manager Congresos (OPC) la haré yo desde RR. HH. Si encaja\, la segunda será con dirección.\n\nEnlace de la reunión:\nhttps://congresoshispalis.webex.com/congresoshispalis/j.php?MTID=m8d21f0c7a93b4e56d1c2f8a0b7e94c31\n\nNúmero de reunión: 2650 117 4492\nContraseña: Opc2025\n\nUnirse por teléfono\n+34-910-55-4102 España (peaje)\nCódigo de acceso: 265 011 74492
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Congresos Hispalis",
        role="Project Manager Congresos",
        stage="recruiter_screen",
        interviewers="btorres@congresoshispalis.example.es",
        trap="webex-generated-pco-name-like-board",
        hiring=False,
    ),
    # Cruceros Fluviales del Guadalquivir: iPhone, floating, lower case, typo
    dict(
        kind="apple-hand-typed",
        uid="F6A7B8C9-D0E1-4F23-A456-B789C0D1E2F3",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250901T212233Z
DTEND:20250904T120000
DTSTAMP:20250901T212251Z
DTSTART:20250904T110000
LAST-MODIFIED:20250901T212251Z
LOCATION:embarcadero Torre del Oro
SEQUENCE:0
SUMMARY:entrevsita cruceros fluviales 11h
DESCRIPTION:jefa de excursiones. preguntar x Rosa
TRANSP:OPAQUE
UID:F6A7B8C9-D0E1-4F23-A456-B789C0D1E2F3
X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cruceros Fluviales del Guadalquivir",
        role="jefa de excursiones",
        stage="",
        interviewers="Rosa",
        trap="lowercase-floating-typo-entrevsita",
        hiring=False,
    ),
    # Escapadas Doñana Ecoturismo: a 'llamada' found on LinkedIn, typed in Google
    dict(
        kind="google-export-hand-typed",
        uid="7t4q1e8m5v2k9c6h3s0b7d4n1f@google.com",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:{ME}
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250909T173000
DTEND;TZID=Europe/Madrid:20250909T180000
DTSTAMP:20250905T095512Z
UID:7t4q1e8m5v2k9c6h3s0b7d4n1f@google.com
CREATED:20250905T095430Z
DESCRIPTION:me llama Paco Vázquez (gerente). Es la oferta de Responsable de Producto Ecoturismo que vi en LinkedIn. Primera criba. Tener a mano tarifas 2025 y lo de los grupos de birdwatching ingleses.
LAST-MODIFIED:20250905T095512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Doñana Eco (LinkedIn) - resp. producto
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
        is_interview=1,
        company="Escapadas Doñana Ecoturismo",
        role="Responsable de Producto Ecoturismo",
        stage="recruiter_screen",
        interviewers="Paco Vázquez",
        trap="llamada-no-interview-word-linkedin",
        hiring=False,
    ),
]
