"""holdout234 events, part D: more employers, tools and time forms (hand-written, blind)."""

from holdout234ev_tz import MADRID, ROMANCE


def _iv(uid: str, company: str, role: str, stage: str, who: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 1, "company": company, "role": role, "stage": stage,
            "interviewers": who, "trap": trap}


EVENTS = [
    {
        "kind": "teamtailor-camp",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:tt-meeting-5541287@teamtailor.com
DTSTAMP:20250408T102000Z
DTSTART;TZID=Europe/Madrid:20250415T190000
DTEND;TZID=Europe/Madrid:20250415T193000
SUMMARY:Videoentrevista: Coordinadora de campamento (julio) - Campaments Se
 rra Calderona
ORGANIZER;CN=Campaments Serra Calderona:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Raül Bellver:mailto:raul@serracalderona.cat
DESCRIPTION:Hola Laia! Raül\, director de temps lliure\, t'entrevistarà per a
  la coordinació del torn de juliol (8-12 anys). Cal tindre el títol de Dir
 ector/a d'Activitats de Temps Lliure.\nEnllaç: https://app.teamtailor.com/m
 eetings/v/5541287
LOCATION:Teamtailor video meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("tt-meeting-5541287@teamtailor.com", "Campaments Serra Calderona",
                       "Coordinadora de campamento (julio)", "", "raul@serracalderona.cat",
                       "teamtailor-summer-camp-job-valencian-body")],
    },
    {
        "kind": "personio-robotica",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:personio-appointment-88412-3@personio.de
DTSTAMP:20250114T083000Z
DTSTART;TZID=Europe/Madrid:20250116T170000
DTEND;TZID=Europe/Madrid:20250116T174500
SUMMARY:Entrevista personal - Monitor/a de Robótica Educativa (tardes)
ORGANIZER;CN=Robotix Academy:mailto:jobs@robotix-academy.personio.de
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Héctor Vilar:mailto:hector.vilar@robotixacademy.es
DESCRIPTION:Hola Laia\,\nte esperamos en nuestra academia de Benimaclet. Te
  entrevistará Héctor Vilar (responsable de centro). Al final te pediremos
  que montes un pequeño reto con LEGO Spike como si fuera para niños de 8 año
 s.\nUn saludo\, el equipo de Robotix
LOCATION:Robotix Academy Benimaclet\, c/ Emilio Baró 41
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("personio-appointment-88412-3@personio.de", "Robotix Academy",
                       "Monitor/a de Robótica Educativa (tardes)", "", "hector.vilar@robotixacademy.es",
                       "personio-entrevista-personal-afterschool")],
    },
    {
        "kind": "smartrecruiters",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7f3c2a19-01b8-4c3e-8e0f-5aa1c7d2b390
DTSTAMP:20250520T141100Z
DTSTART:20250527T080000Z
DTEND:20250527T090000Z
SUMMARY:Interview: Primary Teacher (Spanish Programme) - Meridian Internati
 onal School Valencia
ORGANIZER;CN=Meridian Schools Talent:mailto:meridianschools@smartrecruiters
 mail.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Carolina Mestre:mailto:carolina.mestre@meridianschools.com
ATTENDEE;CN=Peter Lindqvist:mailto:peter.lindqvist@meridianschools.com
DESCRIPTION:Panel interview with Carolina Mestre (Head of Spanish Programme)
  and Peter Lindqvist (Primary Principal). On campus\, Paterna. Please bring
  your Título de Grado and Máster de Profesorado if applicable.\n\nPowered by
  SmartRecruiters
LOCATION:Meridian International School Valencia\, Paterna
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("sr-int-7f3c2a19-01b8-4c3e-8e0f-5aa1c7d2b390", "Meridian Schools",
                       "Primary Teacher (Spanish Programme)", "onsite",
                       "carolina.mestre@meridianschools.com;peter.lindqvist@meridianschools.com",
                       "smartrecruiters-panel-on-campus-utc")],
    },
    {
        "kind": "founder-gmail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250208T093000Z
DTEND:20250208T103000Z
DTSTAMP:20250205T230411Z
ORGANIZER;CN=Jorge Cambra:mailto:jorgecambra.aulaviva@gmail.com
UID:3ltk9m2q5n7v1c4x8b0z6a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
DESCRIPTION:Hola Laia! Lo que te comenté por LinkedIn: busco a alguien que l
 leve la parte pedagógica de Aula Viva (responsable pedagógica\, media jorna
 da al principio). Te cuento el proyecto\, me cuentas tu experiencia y vemo
 s si encaja. Sábado por la mañana que entre semana estás en el cole. Invit
 o yo al café :)
LOCATION:La Más Bonita\, Patacona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Jorge / Laia - Aula Viva
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("3ltk9m2q5n7v1c4x8b0z6a2s4d@google.com", "Aula Viva", "responsable pedagógica",
                       "hiring_manager", "jorgecambra.aulaviva@gmail.com",
                       "founder-free-mail-cafe-with-role-offered")],
    },
    {
        "kind": "calcom-tutora",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-9yV2kQm4XrTn8sLp
DTSTAMP:20250302T191233Z
DTSTART:20250306T173000Z
DTEND:20250306T180000Z
SUMMARY:Entrevista tutora online entre Rayuela Kids y Laia Ferrandis Soler
ORGANIZER;CN=Ana Belda:mailto:ana@rayuelakids.com
ATTENDEE;CN=Laia Ferrandis Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSV
 P=TRUE:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION:¿Qué?: Entrevista tutora online\n¿Cuándo?: jueves\, 6 de marzo
  de 2025 18:30 - 19:00 (Europe/Madrid)\n¿Quién?:\nAna Belda - Organizador\n
 ana@rayuelakids.com\nLaia Ferrandis Soler\nlaia.ferrandis.mestra@gmail.com\n
 ¿Dónde?: Cal Video\nhttps://app.cal.com/video/9yV2kQm4XrTn8sLp\nNotas adic
 ionales: refuerzo lectoescritura 1.º-2.º por las tardes
LOCATION:https://app.cal.com/video/9yV2kQm4XrTn8sLp
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("calcom-9yV2kQm4XrTn8sLp", "Rayuela Kids", "tutora online", "", "ana@rayuelakids.com",
                       "calcom-booking-she-booked-as-candidate")],
    },
    {
        "kind": "bookings-seleccion",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Colegio Internacional Ausiàs - Selección:mailto:Seleccion@colegi
 oausias.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferran
 dis Soler:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Reserva confirmada\n\nServicio: Entrevista de se
 lección - Profesorado de Primaria\nPersonal: Mercedes Aliaga\nDuración: 40
  minutos\n\nUnirse a la reunión de Microsoft Teams\nhttps://teams.microsof
 t.com/l/meetup-join/19%3ameeting_ZGQ1_thread.v2/0\n\nAdministrar reserva:
  https://outlook.office365.com/owa/calendar/Seleccion@colegioausias.onmicros
 oft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000BB01CC02DD03DB0100000000000000
 001000000012ABCDEF34567890ABCDEF1234567890
SUMMARY;LANGUAGE=es-ES:Entrevista de selección - Profesorado de Primaria
DTSTART;TZID=Romance Standard Time:20250602T103000
DTEND;TZID=Romance Standard Time:20250602T111000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250526T200203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("040000008200E00074C5B7101A82E00800000000BB01CC02DD03DB010000000000000000100000001"
                       "2ABCDEF34567890ABCDEF1234567890", "Colegio Internacional Ausiàs",
                       "Profesorado de Primaria", "", "Mercedes Aliaga",
                       "microsoft-bookings-staff-name-only")],
    },
    {
        "kind": "dies-de-prova",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250630T090000
DTEND;TZID=Europe/Madrid:20250630T133000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20250612T172044Z
UID:6x8z0b2d4f6h8j0l2n4p6r8t0v@google.com
SUMMARY:Dies de prova Casa dels Xiquets
DESCRIPTION:3 matins a l'ambient de Casa dels Xiquets (3-6) amb la guia\, L
 ídia Sastre. El dimecres a la vesprada reunió amb Lídia i Joan (fundadors) p
 er a decidir. Roba còmoda\, sense rellotge.
LOCATION:Casa dels Xiquets Montessori\, Rocafort
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250702T100000
DTEND;TZID=Europe/Madrid:20250702T140000
RECURRENCE-ID;TZID=Europe/Madrid:20250702T090000
DTSTAMP:20250627T090015Z
UID:6x8z0b2d4f6h8j0l2n4p6r8t0v@google.com
SUMMARY:Dies de prova Casa dels Xiquets (últim dia + reunió)
DESCRIPTION:entrar a les 10 (tenen excursió a primera hora)\, reunió amb Lí
 dia i Joan a les 13.
LOCATION:Casa dels Xiquets Montessori\, Rocafort
SEQUENCE:1
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("6x8z0b2d4f6h8j0l2n4p6r8t0v@google.com", "Casa dels Xiquets Montessori", "", "onsite",
                       "Lídia Sastre;Joan", "recurring-trial-days-with-override")],
    },
    {
        "kind": "trucada-extraescolars",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.2//EN
VERSION:2.0
BEGIN:VEVENT
UID:B3F1A2C4-7788-4D2E-9911-AA22BB33CC44
DTSTAMP:20250109T201500Z
DTSTART:20250110T140000
DTEND:20250110T141500
SUMMARY:Trucada Educa Lúdic (coord. extraescolars)
DESCRIPTION:em truca la Tere per a lo de coordinadora d'extraescolars a 4 co
 l·les de Mislata. 1a criba per telf. Tindre a mà horari.
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("B3F1A2C4-7788-4D2E-9911-AA22BB33CC44", "Educa Lúdic", "coordinadora d'extraescolars",
                       "recruiter_screen", "Tere", "typed-valencian-phone-screen-abbreviations")],
    },
    {
        "kind": "numeria",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250128T163000Z
DTEND:20250128T171500Z
DTSTAMP:20250124T132000Z
UID:0q2s4u6w8y0a2c4e6g8i0k2m4o@google.com
SUMMARY:Numeria Russafa - entrevista orientadora
DESCRIPTION:Franquicia de mates/lectura. La orientadora del centro (Patri) h
 ace la entrevista y luego ves una sesión. Sábados + 2 tardes.
LOCATION:c/ Cuba 31\, València
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("0q2s4u6w8y0a2c4e6g8i0k2m4o@google.com", "Centre Numeria Russafa", "", "",
                       "Patri", "typed-franchise-interview-orientadora-word")],
    },
    {
        "kind": "webex-universitat",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wbx-2649018871-uoll
DTSTAMP:20250603T090000Z
DTSTART:20250610T151500Z
DTEND:20250610T160000Z
SUMMARY:Entrevista - Profesorado colaborador: Tutor/a de Prácticas Grado Ma
 estro (Primaria)
ORGANIZER;CN=Dra. Silvia Orts:mailto:silvia.orts@uoll.edu.es
ATTENDEE;CN=laia.ferrandis.mestra@gmail.com;RSVP=TRUE:mailto:laia.ferrandis.
 mestra@gmail.com
ATTENDEE;CN=Dr. Andreu Pla:mailto:andreu.pla@uoll.edu.es
DESCRIPTION:Join meeting: https://uoll.webex.com/uoll/j.php?MTID=m3f0a1b2c\n
 Meeting number: 2649 018 871\nPassword: Mestre25\nJoin by phone: +34-91-11
 4-6577 Spain Toll\nAccess code: 264 901 8871\n\nComisión de selección del
  área de Didáctica: Dra. Silvia Orts (coordinadora del Practicum) y Dr. An
 dreu Pla.
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("wbx-2649018871-uoll", "Universitat Oberta Llevant",
                       "Profesorado colaborador: Tutor/a de Prácticas Grado Maestro (Primaria)", "",
                       "silvia.orts@uoll.edu.es;andreu.pla@uoll.edu.es",
                       "webex-university-practicum-tutor-job-selection-committee")],
    },
    {
        "kind": "gotomeeting",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-598330117-20250218
DTSTAMP:20250213T081000Z
DTSTART:20250218T161500Z
DTEND:20250218T170000Z
SUMMARY:Quadern App - charla con Laia (Teacher Advocate)
ORGANIZER;CN=Núria Ballester:mailto:nuria@quadernapp.com
ATTENDEE;CN=Laia Ferrandis;RSVP=TRUE:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CN=Dídac Ros:mailto:didac@quadernapp.com
DESCRIPTION:Hola Laia\, gracias por aplicar a Teacher Advocate. Dídac (CEO)
  y yo (People) queremos conocerte. 45'.\n\nJoin my meeting from your compute
 r\, tablet or smartphone.\nhttps://meet.goto.com/598330117\nYou can also di
 al in using your phone.\nSpain: +34 932 75 1230\nAccess Code: 598-330-117
LOCATION:https://meet.goto.com/598330117
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("goto-598330117-20250218", "Quadern App", "Teacher Advocate", "",
                       "nuria@quadernapp.com;didac@quadernapp.com", "goto-charla-applied-role")],
    },
    {
        "kind": "zoom-fundacion",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250612T173000
DTEND;TZID=Europe/Madrid:20250612T181500
DTSTAMP:20250606T100211Z
ORGANIZER;CN=Selección Semilla Educa:mailto:seleccion@semillaeduca.org
UID:5b7d9f1h3j5l7n9p1r3t5v7x9z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rocío
  Albiol:mailto:ralbiol@semillaeduca.org
DESCRIPTION:Entrevista para el puesto de Técnica de Proyectos Educativos (
 programa de refuerzo en barrios). Te entrevistará Rocío Albiol\, coordinado
 ra del programa en Valencia.\n\nUnirse a la reunión Zoom\nhttps://us02web.
 zoom.us/j/87711230094?pwd=Sm9O\nID de reunión: 877 1123 0094\nCódigo de ac
 ceso: 778812
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Técnica Proyectos Educativos - L. Ferrandis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("5b7d9f1h3j5l7n9p1r3t5v7x9z@google.com", "Fundación Semilla Educa",
                       "Técnica de Proyectos Educativos", "", "ralbiol@semillaeduca.org",
                       "ngo-zoom-spanish-boilerplate")],
    },
    {
        "kind": "entrevista-grupal",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Recursos Humans MVC":mailto:rrhh@museuciencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Benvolguda\,\nHas passat a la fase d'entrevista g
 rupal per a Educador/a de museu (programes escolars). La sessió inclou una
  dinàmica en grup\, una microactivitat de 5 minuts davant el tribunal i un
 a breu entrevista individual.\nLloc: Aula Didàctica 2\n
UID:040000008200E00074C5B7101A82E00800000000CD12EF34AB56DB0100000000000000
 0010000000AA11BB22CC33DD44EE55FF6600770088
SUMMARY;LANGUAGE=ca-ES:Entrevista grupal - Educador/a de museu
DTSTART;TZID=Romance Standard Time:20250508T093000
DTEND;TZID=Romance Standard Time:20250508T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T114400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Museu Valencià de Ciència - Aula Didàctica 2
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("040000008200E00074C5B7101A82E00800000000CD12EF34AB56DB010000000000000000100000"
                       "00AA11BB22CC33DD44EE55FF6600770088", "Museu Valencià de Ciència",
                       "Educador/a de museu (programes escolars)", "onsite", "",
                       "group-interview-assessment-tribunal-word-not-exam")],
    },
]
