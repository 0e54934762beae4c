# ruff: noqa: E501, W291, W293, RUF100
"""holdout261 events, part C: the user's own job interviews (small employers, other sports, public posts)."""

from holdout261ev_zones import MADRID, ROMANCE, UTC01_ES, WEUROPE

EVENTS = [
    dict(
        kind="android-handtyped",
        uid="20260204T181512Z-4471@samsung-calendar",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//ES
BEGIN:VEVENT
UID:20260204T181512Z-4471@samsung-calendar
DTSTAMP:20260204T181512Z
DTSTART:20260206T170000
DTEND:20260206T180000
SUMMARY:Entrev. Activa Perf. 17h c/ Jaume
LOCATION:Activa Performance Center - Alboraia
DESCRIPTION:readaptador lesionados + grupos. llevar CV impreso
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Activa Performance Center", role="readaptador", stage="",
        interviewers="Jaume", trap="abbreviated-entrev-floating-android", hiring=False,
    ),
    dict(
        kind="founder-gmail-meet",
        uid="6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260304T193000Z
DTEND:20260304T201500Z
DTSTAMP:20260301T120000Z
ORGANIZER;CN=Dani Roig:mailto:daniroig.xtreme@gmail.com
UID:6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dani Roig;X-NUM-GUESTS=0:mailto:daniroig.xtreme@gmail.com
DESCRIPTION:Pablo\, encantado. Como te comenté soy cofundador de Xtreme Readapta (centros de readaptación para deportistas semiprofesionales). Buscamos Head of Rehab para abrir el centro de Valencia. Hablamos 45' y te cuento números\, equipo y qué esperamos.\n\nÚnete con Google Meet: https://meet.google.com/xtr-head-rehab\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Xtreme Readapta <> Pablo (Head of Rehab)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Xtreme Readapta", role="Head of Rehab", stage="hiring_manager",
        interviewers="daniroig.xtreme@gmail.com", trap="startup-cofounder-gmail-utc", hiring=False,
    ),
    dict(
        kind="google-cycling-team",
        uid="2q4w6e8r0t2y4u6i8o0p2a4s6d@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260112T110000
DTEND;TZID=Europe/Madrid:20260112T113000
DTSTAMP:20260108T160000Z
ORGANIZER;CN=Azahar Pro Cycling - Staff:mailto:staff@azaharprocycling.com
UID:2q4w6e8r0t2y4u6i8o0p2a4s6d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hugo Esteve;X-NUM-GUESTS=0:mailto:hugo.esteve@azaharprocycling.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Azahar Pro Cycling - Staff;X-NUM-GUESTS=0:mailto:staff@azaharprocycling.com
DESCRIPTION:Primera toma de contacto para el puesto de fisioterapeuta/osteópata de carrera (calendario UCI ProTeam\, ~110 días de competición). Entrevista con Hugo Esteve (Responsable de Staff).\n\nÚnete con Google Meet: https://meet.google.com/azh-fisio-ucip\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Azahar Pro Cycling – Entrevista fisioterapeuta de carrera
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Azahar Pro Cycling", role="fisioterapeuta/osteópata de carrera",
        stage="recruiter_screen", interviewers="hugo.esteve@azaharprocycling.com",
        trap="cycling-team-shared-staff-mailbox-organizer", hiring=False,
    ),
    dict(
        kind="ios-allday-stage-race",
        uid="9E8D7C6B-5A49-4838-A726-150F4E3D2C1B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260125T100000Z
DTSTART;VALUE=DATE:20260205
DTEND;VALUE=DATE:20260209
DTSTAMP:20260125T100020Z
SUMMARY:Prueba Azahar – Challenge Mallorca (staff)
DESCRIPTION:me prueban 4 días en carrera como 2º fisio con el grupo. valoración final con Hugo el domingo. vuelo PMI jueves 7:10
LOCATION:Palma de Mallorca
UID:9E8D7C6B-5A49-4838-A726-150F4E3D2C1B
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Azahar Pro Cycling", role="", stage="onsite",
        interviewers="Hugo", trap="allday-multi-day-race-trial", hiring=False,
    ),
    dict(
        kind="thunderbird-valencian",
        uid="e5d4c3b2-a190-4f8e-9d7c-6b5a4f3e2d1c",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260310T090000Z
LAST-MODIFIED:20260310T090000Z
DTSTAMP:20260310T090000Z
UID:e5d4c3b2-a190-4f8e-9d7c-6b5a4f3e2d1c
SUMMARY:entrevista fisio primer equip BM Sagunt
DTSTART;TZID=Europe/Madrid:20260316T203000
DTEND;TZID=Europe/Madrid:20260316T211500
LOCATION:Pavelló Internacional de Sagunt
DESCRIPTION:amb el president (Toni) i l'entrenador. mitja jornada\, compatible?
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Balonmano Sagunt Morvedre", role="fisio primer equip", stage="hiring_manager",
        interviewers="Toni", trap="valencian-lowercase-handball-abbrev", hiring=False,
    ),
    dict(
        kind="zoom-basketball",
        uid="zoom-91188273645-20260219@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20260215T090000Z
DTSTART;TZID=Europe/Madrid:20260219T120000
DTEND;TZID=Europe/Madrid:20260219T130000
SUMMARY:CB Alhambra - Entrevista Fisioterapeuta ACB
UID:zoom-91188273645-20260219@zoom.us
DESCRIPTION:Javier Moreno Ledesma le invita a una reunión de Zoom.\n\nEntrevista para la plaza de fisioterapeuta del primer equipo (Liga ACB) con Javier Moreno (director deportivo) y Dr. Paula Ariza.\n\nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/91188273645?pwd=Q2JBbGhhbWJyYQ\n\nID de reunión: 911 8827 3645\nCódigo de acceso: 440211\n\nMarcación rápida móvil\n+34917873431\,\,91188273645# España
LOCATION:https://us06web.zoom.us/j/91188273645?pwd=Q2JBbGhhbWJyYQ
ORGANIZER;CN=Javier Moreno Ledesma:mailto:jmoreno@cbalhambra.es
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="CB Alhambra", role="fisioterapeuta del primer equipo", stage="hiring_manager",
        interviewers="jmoreno@cbalhambra.es;Paula Ariza", trap="zoom-basketball-second-interviewer-name-only",
        hiring=False,
    ),
    dict(
        kind="outlook-university-panel",
        uid="040000008200E00074C5B7101A82E0080000000033D4E5F6A7AADC0100000000000000001000000044556677889900AABBCCDDEEFF001122",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEUROPE}BEGIN:VEVENT
ORGANIZER;CN="Servei de Personal PDI":mailto:personal.pdi@usafor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ribes Camarasa, Dra. Elvira":mailto:elvira.ribes@usafor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mascarell, Dr. Pau":mailto:pau.mascarell@usafor.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Aulari Nord - Sala de Graus":mailto:salagraus.aularinord@usafor.es
DESCRIPTION;LANGUAGE=ca-ES:Benvolgut/da\,\n\nLa comissió de selecció de la plaça de Professor/a Associat/da (Ciències de l'Activitat Física i de l'Esport\, perfil readaptació)\, codi 26/PA/014\, el convoca a l'entrevista personal. Membres de la comissió: Dra. Elvira Ribes (presidenta) i Dr. Pau Mascarell (secretari).\n\nCal portar l'original del DNI.\n\nServei de Personal PDI – Universitat de la Safor\n
UID:040000008200E00074C5B7101A82E0080000000033D4E5F6A7AADC0100000000000000001000000044556677889900AABBCCDDEEFF001122
SUMMARY;LANGUAGE=ca-ES:Entrevista comissió de selecció 26/PA/014 - Sanchis Ferrer\, Pablo
DTSTART;TZID=W. Europe Standard Time:20260407T100000
DTEND;TZID=W. Europe Standard Time:20260407T102000
CLASS:PUBLIC
DTSTAMP:20260327T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Aulari Nord - Sala de Graus
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Universitat de la Safor", role="Professor/a Associat/da (Ciències de l'Activitat Física i de l'Esport)",
        stage="onsite", interviewers="elvira.ribes@usafor.es;pau.mascarell@usafor.es",
        trap="valencian-university-selection-committee", hiring=False,
    ),
    dict(
        kind="outlook-public-practical-test",
        uid="040000008200E00074C5B7101A82E00800000000C4D5E6F7A8ABDC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC01_ES}BEGIN:VEVENT
ORGANIZER;CN="CTE Xest - Recursos Humans":mailto:rrhh@ctexest.gva.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION;LANGUAGE=ca-ES:Borsa de treball Fisioterapeuta – Centre de Tecnificació Esportiva de Xest. Prova pràctica (valoració i tractament d'un esportista d'alt rendiment). Tribunal: Sr. Josep Alapont i Sra. Lidia Ferri. Temps màxim: 40 minuts.\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8ABDC01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=ca-ES:Prova pràctica borsa Fisioterapeuta CTE Xest
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260423T090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260423T094000
DTSTAMP:20260414T093000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:CTE Xest - Edifici Serveis Mèdics
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Centre de Tecnificació Esportiva de Xest", role="Fisioterapeuta",
        stage="technical", interviewers="Josep Alapont;Lidia Ferri", trap="public-job-pool-practical-exam-valencian",
        hiring=False,
    ),
    dict(
        kind="outlook-hospital-hr",
        uid="040000008200E00074C5B7101A82E00800000000E6F7A8B9C0ACDC0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Selección RRHH - Hospital Vall del Túria":mailto:seleccion@hospitalvalldelturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cuesta Ibáñez, Noelia":mailto:ncuesta@hospitalvalldelturia.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días\,\n\nLe citamos a una entrevista por competencias con Noelia Cuesta (Técnico de Selección) para la vacante de Fisioterapeuta – Unidad de Medicina Deportiva. Por favor\, confirme su asistencia.\n\nAtentamente\,\nDepartamento de Selección\n
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9C0ACDC0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1
SUMMARY;LANGUAGE=es-ES:Entrevista por competencias – Fisioterapeuta UMD
DTSTART;TZID=Romance Standard Time:20260414T083000
DTEND;TZID=Romance Standard Time:20260414T091500
DTSTAMP:20260408T101500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Hospital Vall del Túria", role="Fisioterapeuta – Unidad de Medicina Deportiva",
        stage="recruiter_screen", interviewers="ncuesta@hospitalvalldelturia.es",
        trap="hospital-competency-interview-shared-mailbox", hiring=False,
    ),
    dict(
        kind="google-export-rugby",
        uid="7u5y3t1r9e7w5q3a1s9d7f5g3h@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:pablo.sanchis.fisio@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260324T180000Z
DTEND:20260324T203000Z
DTSTAMP:20260318T080000Z
UID:7u5y3t1r9e7w5q3a1s9d7f5g3h@google.com
RRULE:FREQ=WEEKLY;COUNT=2;BYDAY=TU
CREATED:20260318T075900Z
DESCRIPTION:Rugby Turia me quiere ver trabajar 2 entrenos (mar 24 y 31) ant
 es de decidir lo del fisio del senior. Habla con Gareth (head coach) al
  acabar.
LAST-MODIFIED:20260318T080000Z
LOCATION:Campo de Rugby del Río Turia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rugby Turia – prueba entrenos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Rugby Turia Club", role="fisio del senior", stage="onsite",
        interviewers="Gareth", trap="recurring-two-session-trial-export", hiring=False,
    ),
    dict(
        kind="calendly-tennis-academy",
        uid="f0e1d2c3-calendly-academiamora-20260402",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e1d2c3-calendly-academiamora-20260402
DTSTAMP:20260330T150000Z
DTSTART:20260402T083000Z
DTEND:20260402T090000Z
SUMMARY:Entrevista Fisio Academia (30 min) between Pilar Mora and Pablo Sanchis Ferrer
ORGANIZER;CN=Pilar Mora:mailto:pilar@academiatenismora.es
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Event Name: Entrevista Fisio Academia (30 min)\n\nLocation: This is a phone call. Pilar Mora will call the invitee at: +34 6XX XXX 217\n\nQuestions and answers:\n¿Puesto al que optas?: Fisioterapeuta residencial (jugadores ITF/ATP junior)\n¿Cómo nos conociste?: Recomendación de Jordi Sanz\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/MORA-2231\nReschedule: https://calendly.com/reschedulings/MORA-2231\n\nPowered by Calendly.com
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Academia de Tenis Mora", role="Fisioterapeuta residencial", stage="hiring_manager",
        interviewers="pilar@academiatenismora.es", trap="calendly-user-is-invitee-academy-word", hiring=False,
    ),
    dict(
        kind="outlook-womens-club",
        uid="040000008200E00074C5B7101A82E0080000000055E6F7A8B9ADDC01000000000000000010000000A1A1B2B2C3C3D4D4E5E5F6F6A7A7B8B8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Esteve, Marina":mailto:mesteve@sportingalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pablo Sanchis":mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Esteve, Marina":mailto:mesteve@sportingalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Llinares, Carla":mailto:cllinares@sportingalbufera.es
DESCRIPTION;LANGUAGE=es-ES:Hola Pablo\, tal y como hablamos\, te esperamos para conocernos y hablar de la plaza de readaptador/a del primer equipo femenino (Liga F). Marina Esteve (directora deportiva) y Carla Llinares (entrenadora).\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SAFem@thread.v2/0>\nId. de reunión: 301 998 442 117\nCódigo de acceso: Hn7sE3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000055E6F7A8B9ADDC01000000000000000010000000A1A1B2B2C3C3D4D4E5E5F6F6A7A7B8B8
SUMMARY;LANGUAGE=es-ES:Sporting Albufera Femenino – readaptador/a primer equipo
DTSTART;TZID=Romance Standard Time:20260409T190000
DTEND;TZID=Romance Standard Time:20260409T194500
DTSTAMP:20260403T121000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Sporting Albufera Femenino", role="readaptador/a del primer equipo femenino",
        stage="hiring_manager", interviewers="mesteve@sportingalbufera.es;cllinares@sportingalbufera.es",
        trap="teams-no-interview-word-womens-team", hiring=False,
    ),
    dict(
        kind="workable-invite",
        uid="workable-interview-rcdc-7d41f9a2",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Interview//EN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:workable-interview-rcdc-7d41f9a2
DTSTAMP:20260320T111100Z
DTSTART;TZID=Europe/Madrid:20260325T100000
DTEND;TZID=Europe/Madrid:20260325T103000
SUMMARY:Entrevista: Pablo Sanchis Ferrer para Fisioterapeuta Primer Equipo (RC Deportivo Cantábrico)
ORGANIZER;CN=RC Deportivo Cantábrico:mailto:rcdcantabrico@candidates.workablemail.com
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Aitor Gándara:mailto:agandara@rcdcantabrico.es
DESCRIPTION:Hola Pablo\,\n\nTe confirmamos la entrevista inicial con Aitor Gándara (Personas y Cultura) por videollamada.\n\nEnlace: https://meet.google.com/rcd-fisio-pe\n\nSaludos\,\nRC Deportivo Cantábrico\n\n(Enviado a través de Workable)
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Club Deportivo Cantábrico", role="Fisioterapeuta Primer Equipo",
        stage="recruiter_screen", interviewers="agandara@rcdcantabrico.es", trap="workable-club-abbreviated-name",
        hiring=False,
    ),
    dict(
        kind="google-hm-stadium",
        uid="5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260408T101500
DTEND;TZID=Europe/Madrid:20260408T120000
DTSTAMP:20260401T091000Z
ORGANIZER;CN=Aitor Gándara:mailto:agandara@rcdcantabrico.es
UID:5t7y9u1i3o5p7a9s1d3f5g7h9j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Íñigo Revuelta;X-NUM-GUESTS=0:mailto:irevuelta@rcdcantabrico.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aitor Gándara;X-NUM-GUESTS=0:mailto:agandara@rcdcantabrico.es
DESCRIPTION:Pablo\, te esperamos en las instalaciones para la entrevista con Íñigo Revuelta (Jefe de Servicios Médicos). Después verás la sesión del primer equipo desde la banda. Yo te recibo en recepción (no estaré en la entrevista).\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Instalaciones Deportivas La Albericia\, Santander
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jefe Servicios Médicos + visita (P. Sanchis)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Real Club Deportivo Cantábrico", role="", stage="hiring_manager",
        interviewers="irevuelta@rcdcantabrico.es", trap="coordinator-organizer-not-interviewer", hiring=False,
    ),
    dict(
        kind="ios-handtyped-typo",
        uid="1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260412T210000Z
DTSTART;TZID=Europe/Madrid:20260415T183000
DTEND;TZID=Europe/Madrid:20260415T193000
DTSTAMP:20260412T210010Z
SUMMARY:entrevsita Palmeral d'Elx (fisio 1er eq)
LOCATION:Estadi Nou Palmeral
UID:1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9
SEQUENCE:0
BEGIN:VALARM
ACTION:AUDIO
TRIGGER:-PT1H
ATTACH;VALUE=URI:Chord
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="CF Palmeral d'Elx", role="fisio 1er eq", stage="",
        interviewers="", trap="typo-entrevsita-no-description", hiring=False,
    ),
    dict(
        kind="google-gym-owner",
        uid="3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260318T110000
DTEND;TZID=Europe/Madrid:20260318T120000
DTSTAMP:20260314T170000Z
ORGANIZER;CN=Quique Fuster:mailto:quique.fisicdenia@yahoo.es
UID:3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Pablo\, aquí tens la cita per a l'entrevista. Et faré una classe pràctica de readaptació amb dos clients (genoll i esquena) i després parlem de condicions. Quique\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Gimnàs Físic Dénia\, Carrer Marqués de Campo 7\, Dénia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista + classe pràctica – Gimnàs Físic
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Gimnàs Físic Dénia", role="", stage="technical",
        interviewers="quique.fisicdenia@yahoo.es", trap="owner-yahoo-valencian-practical", hiring=False,
    ),
    dict(
        kind="talentclue-invite",
        uid="tc-ev-20260407-88132@talentclue.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talent Clue//Agenda Entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:tc-ev-20260407-88132@talentclue.example
DTSTAMP:20260402T090000Z
DTSTART;TZID=Romance Standard Time:20260407T120000
DTEND;TZID=Romance Standard Time:20260407T123000
SUMMARY:Entrevista online - Investigador/a Fisioterapeuta (Biomecánica deportiva)
ORGANIZER;CN=Instituto Biomecánico del Mediterráneo:mailto:rrhh@ibmediterraneo.es
ATTENDEE;CN=PABLO SANCHIS FERRER;RSVP=TRUE:mailto:PABLO.SANCHIS.FISIO@GMAIL.COM
ATTENDEE;CN=Maite Puchades:mailto:Maite.Puchades@ibmediterraneo.es
DESCRIPTION:Estimado PABLO\,\nLe confirmamos la entrevista online con Maite Puchades (Responsable de RR.HH.) para el proceso Investigador/a Fisioterapeuta (Biomecánica deportiva) - Ref. IBM-26-07.\nEnlace a la videoentrevista: https://app.talentclue.example/v/88132\n\nUn saludo\,\nInstituto Biomecánico del Mediterráneo (IBM)
LOCATION:Videoentrevista
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Instituto Biomecánico del Mediterráneo",
        role="Investigador/a Fisioterapeuta (Biomecánica deportiva)", stage="recruiter_screen",
        interviewers="maite.puchades@ibmediterraneo.es", trap="uppercase-user-address-mixed-case-interviewer",
        hiring=False,
    ),
    dict(
        kind="agency-teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000077F8A9B0C1AEDC01000000000000000010000000C0C0C0C0D1D1D1D1E2E2E2E2F3F3F3F3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Sastre, Borja":mailto:borja.sastre@prostaff-football.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=psanchis@valenciaunionfc.es:mailto:psanchis@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Pablo\, te paso la invitación para la entrevista de cualificación antes de presentar tu candidatura al Atlético Guadalquivir (readaptador primer equipo). Confidencial\, por supuesto. Te pregunto por metodología\, idiomas y salario actual.\n\nBorja Sastre · ProStaff Football Agency\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PSFA@thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000077F8A9B0C1AEDC01000000000000000010000000C0C0C0C0D1D1D1D1E2E2E2E2F3F3F3F3
SUMMARY;LANGUAGE=es-ES:ProStaff – cualificación candidatura (Atl. Guadalquivir)
DTSTART;TZID=Romance Standard Time:20260331T083000
DTEND;TZID=Romance Standard Time:20260331T090000
DTSTAMP:20260327T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Atlético Guadalquivir", role="readaptador primer equipo", stage="recruiter_screen",
        interviewers="borja.sastre@prostaff-football.es", trap="agency-qualification-call-work-address", hiring=False,
    ),
    dict(
        kind="google-club-interview",
        uid="8i6u4y2t0r8e6w4q2a0s8d6f4g@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260415T110000
DTEND;TZID=Europe/Madrid:20260415T123000
DTSTAMP:20260409T100000Z
ORGANIZER;CN=Borja Sastre:mailto:borja.sastre@prostaff-football.es
UID:8i6u4y2t0r8e6w4q2a0s8d6f4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Manuel Ortiz de Zárate;X-NUM-GUESTS=0:mailto:mortiz@atleticoguadalquivir.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rocío Benjumea;X-NUM-GUESTS=0:mailto:rbenjumea@atleticoguadalquivir.es
DESCRIPTION:Entrevista en la ciudad deportiva del Atlético Guadalquivir con Manuel Ortiz de Zárate (director deportivo) y Rocío Benjumea (responsable de rendimiento). Yo te acompaño a la llegada y me voy. AVE Valencia-Sevilla cubierto por el club.\n\nBorja – ProStaff Football Agency\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Ciudad Deportiva Atlético Guadalquivir\, Ctra. de Utrera km 3\, Sevilla
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Atl. Guadalquivir – entrevista director deportivo + rendimiento
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Atlético Guadalquivir", role="", stage="hiring_manager",
        interviewers="mortiz@atleticoguadalquivir.es;rbenjumea@atleticoguadalquivir.es",
        trap="agency-organizer-club-interviewers-onsite", hiring=False,
    ),
]
