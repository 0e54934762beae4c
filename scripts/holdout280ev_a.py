# ruff: noqa: E501, W291, W293, RUF100
"""holdout280 events, part A: the five main processes (podcast company, streaming platform, public concurso,
university, content agency) and the internal application at the user's own station."""

from holdout280ev_zones import (
    GOOGLE_BA,
    GOOGLE_NEW_YORK,
    OUTLOOK_ARG,
    OUTLOOK_ARG_DISPLAY,
    OUTLOOK_ROMANCE,
    fold,
)

FORMS = {
    "Ondacorta Media": "Ondacorta|Ondacorta Podcasts",
    "Cauce": "Cauce+|Cauce Streaming",
    "Radio Pública Federal": "RPF|Radio Pública",
    "Universidad Nacional de Almagro": "UNAlm|Universidad de Almagro",
    "Bruma Contenidos": "Bruma",
    "Radio Platense": "Platense|Radio Platense AM 1040",
}

TEAMS_ES_SPAIN = r"""\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ2MzE4NDEtYjYxNy00ZGIxLWE0NTYtOWY0ZTI3NDg1YmQw%40thread.v2/0?context=%7b%22Tid%22%3a%2288c1d2f4-1b2e-4a51-9f0e-3b7d2a6c9e10%22%2c%22Oid%22%3a%22c0a81e55-6f7b-4c0e-8d2f-7a91b3e4d502%22%7d>\nId. de reunión: 341 877 902 615\nCódigo de acceso: 7qT9bX\nDescargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/?organizerId=c0a81e55-6f7b-4c0e-8d2f-7a91b3e4d502&tenantId=88c1d2f4-1b2e-4a51-9f0e-3b7d2a6c9e10&threadId=19_meeting_ZjQ2MzE4NDEtYjYxNy00ZGIxLWE0NTYtOWY0ZTI3NDg1YmQw@thread.v2&messageId=0&language=es-ES>\n________________________________________________________________________________\n"""

TEAMS_ES_AR = r"""\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MWI4ZDcyNTQtOTRmYy00YjY3LWFhMjEtZDc0NjA3YjE1ZmQ4%40thread.v2/0?context=%7b%22Tid%22%3a%22f2b7c1a9-0d34-4e8b-b6a2-5c19d7e03f44%22%2c%22Oid%22%3a%2213e9a4d0-7b25-41c6-9f80-6d2e58b1a7c3%22%7d>\nId. de la reunión: 286 410 553 907\nCódigo de acceso: Hx3mQ2\nDescargar Teams<https://www.microsoft.com/es-ar/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n"""

EVENTS = [
    dict(
        kind="teamtailor-invite",
        uid="interview-4418207-7c1e@ondacorta.teamtailor-mail.example.com",
        is_interview=1,
        company="Ondacorta Media",
        role="Senior Producer, Podcasts en español",
        stage="recruiter_screen",
        interviewers="valeria.sanchez@ondacorta.example.com",
        trap="teamtailor-miami-zone-talent-partner",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_NEW_YORK}
BEGIN:VEVENT
UID:interview-4418207-7c1e@ondacorta.teamtailor-mail.example.com
DTSTAMP:20260902T141203Z
SEQUENCE:0
DTSTART;TZID=America/New_York:20260908T100000
DTEND;TZID=America/New_York:20260908T103000
SUMMARY:Ondacorta Media – Entrevista: Senior Producer\, Podcasts en español
DESCRIPTION:Hola Lucía\,\n\nGracias por tu interés en la posición de Senior Producer\, Podcasts en español. Te confirmo una primera conversación de 30 minutos con Valeria Sánchez-Ortiz\, Talent Partner (Miami).\n\nHora: 10:00 Miami / 11:00 Buenos Aires / 16:00 Madrid\n\nUnirse con Google Meet: https://meet.google.com/xqe-hmbd-rva\n\n¿Necesitás cambiar el horario? https://ondacorta.teamtailor-mail.example.com/interviews/4418207/reschedule\n\nUn saludo\,\nEquipo de Talento · Ondacorta Media\n\nPowered by Teamtailor
LOCATION:https://meet.google.com/xqe-hmbd-rva
ORGANIZER;CN=Valeria Sánchez-Ortiz:mailto:valeria.sanchez@ondacorta.example.com
ATTENDEE;CN=Valeria Sánchez-Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:valeria.sanchez@ondacorta.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-teams-madrid",
        uid="040000008200E00074C5B7101A82E008000000009E28EA0F17FE7CFB0000000000000000100000000B89A013CEB4DDF98AEF2B5E0260B42AF",
        is_interview=1,
        company="Ondacorta Media",
        role="Productor/a Senior",
        stage="hiring_manager",
        interviewers="jaime.arrieta@ondacorta.example.com",
        trap="outlook-romance-zone-madrid-original",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Arrieta, Jaime":mailto:jaime.arrieta@ondacorta.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sánchez-Ortiz, Valeria":mailto:valeria.sanchez@ondacorta.example.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nTe envío la convocatoria para la entrevista con Jaime Arrieta (Head of Content\, Madrid) para el puesto de Productor/a Senior. Será una conversación de una hora sobre tu trayectoria en radio\, cómo produces una entrevista en vivo y cómo llevarías un podcast semanal con equipo repartido entre Madrid y Miami.\n\nHora: 17:00 Madrid / 12:00 Buenos Aires.\n\nUn saludo\,\nValeria{TEAMS_ES_SPAIN}
UID:040000008200E00074C5B7101A82E008000000009E28EA0F17FE7CFB0000000000000000100000000B89A013CEB4DDF98AEF2B5E0260B42AF
SUMMARY;LANGUAGE=es-ES:Entrevista Productor/a Senior – Lucía Benedetti / Jaime Arrieta
DTSTART;TZID=Romance Standard Time:20260917T170000
DTEND;TZID=Romance Standard Time:20260917T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T083412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117649018
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-reschedule",
        uid="040000008200E00074C5B7101A82E008000000009E28EA0F17FE7CFB0000000000000000100000000B89A013CEB4DDF98AEF2B5E0260B42AF",
        is_interview=1,
        company="Ondacorta Media",
        role="Productor/a Senior",
        stage="hiring_manager",
        interviewers="jaime.arrieta@ondacorta.example.com",
        trap="outlook-romance-zone-rescheduled-sequence-sent-by",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Arrieta, Jaime";SENT-BY="mailto:paloma.giner@ondacorta.example.com":mailto:jaime.arrieta@ondacorta.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sánchez-Ortiz, Valeria":mailto:valeria.sanchez@ondacorta.example.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\, te escribo de parte de Jaime: el jueves tiene grabación en estudio y hemos movido la entrevista al viernes 18 a las 16:30 (11:30 en Buenos Aires). Disculpa el cambio. Paloma Giner – asistente de Contenidos\n\nHola Lucía\,\n\nTe envío la convocatoria para la entrevista con Jaime Arrieta (Head of Content\, Madrid) para el puesto de Productor/a Senior. Será una conversación de una hora sobre tu trayectoria en radio\, cómo produces una entrevista en vivo y cómo llevarías un podcast semanal con equipo repartido entre Madrid y Miami.\n\nUn saludo\,\nValeria{TEAMS_ES_SPAIN}
UID:040000008200E00074C5B7101A82E008000000009E28EA0F17FE7CFB0000000000000000100000000B89A013CEB4DDF98AEF2B5E0260B42AF
SUMMARY;LANGUAGE=es-ES:Entrevista Productor/a Senior – Lucía Benedetti / Jaime Arrieta
DTSTART;TZID=Romance Standard Time:20260918T163000
DTEND;TZID=Romance Standard Time:20260918T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T101955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117649018
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
    ),
    dict(
        kind="google-invite-zoom",
        uid="cvr6of8hmmt99ki04gpn3gscne@google.com",
        is_interview=1,
        company="Ondacorta Media",
        role="Senior Producer",
        stage="final",
        interviewers="daniela.ferrer@ondacorta.example.com;inigo.salcedo@ondacorta.example.com",
        trap="google-invite-final-panel-pitch-exercise",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_NEW_YORK}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261006T100000
DTEND;TZID=America/New_York:20261006T111500
DTSTAMP:20260929T191544Z
ORGANIZER;CN=Daniela Ferrer-Hall:mailto:daniela.ferrer@ondacorta.example.com
UID:cvr6of8hmmt99ki04gpn3gscne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniela Ferrer-Hall;X-NUM-GUESTS=0:mailto:daniela.ferrer@ondacorta.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Íñigo Salcedo;X-NUM-GUESTS=0:mailto:inigo.salcedo@ondacorta.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valeria Sánchez-Ortiz;X-NUM-GUESTS=0:mailto:valeria.sanchez@ondacorta.example.com
X-MICROSOFT-CDO-OWNERAPPTID:-1460925838
CREATED:20260929T191543Z
DESCRIPTION:Final round – Senior Producer\n\nHola Lucía! Para la última instancia te pedimos una propuesta de formato (pitch de 10 minutos\, con un demo de 1 minuto si tenés) para un podcast narrativo semanal en español. Después\, 45 minutos de conversación con Daniela Ferrer-Hall (Executive Producer\, Miami) e Íñigo Salcedo (CEO\, Madrid). Valeria queda como opcional por si hay temas de logística.\n\n16:00 Madrid · 10:00 Miami · 11:00 Buenos Aires\n\n──────────\n\nDaniela Ferrer-Hall is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84419037265?pwd=Qm9uZGFjb3J0YUZpbmFsUm91bmQ1\n\nMeeting ID: 844 1903 7265\nPasscode: 552910\n\n──────────\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260929T191543Z
LOCATION:https://us06web.zoom.us/j/84419037265?pwd=Qm9uZGFjb3J0YUZpbmFsUm91bmQ1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ondacorta | Final round – Lucía Benedetti (Senior Producer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="greenhouse-phone-screen",
        uid="gh-interview-31877520-cauce@greenhouse-mail.example.io",
        is_interview=1,
        company="Cauce",
        role="Audio Lead, Original Podcasts (LatAm)",
        stage="recruiter_screen",
        interviewers="mariana.okafor@cauce.example.com",
        trap="greenhouse-utc-phone-screen",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-31877520-cauce@greenhouse-mail.example.io
DTSTAMP:20260904T201107Z
DTSTART:20260910T160000Z
DTEND:20260910T163000Z
SUMMARY:Phone Screen: Lucía Benedetti - Audio Lead\, Original Podcasts (LatAm)
DESCRIPTION:Hi Lucía\,\n\nThanks for taking the time to speak with us about the Audio Lead\, Original Podcasts (LatAm) role at Cauce. Mariana Okafor (Senior Recruiter\, LatAm) will call you at +54 9 11 5555-0142.\n\nWhen: Thursday\, September 10\, 1:00 PM - 1:30 PM (GMT-03:00) Buenos Aires\nFormat: Phone call (30 min)\n\nIf you need to reschedule\, please reply to this email.\n\nBest\,\nThe Cauce Recruiting Team
LOCATION:Phone call – Mariana will call you
ORGANIZER;CN=Cauce Recruiting:mailto:no-reply@greenhouse-mail.example.io
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Mariana Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mariana.okafor@cauce.example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-coordinator",
        uid="le3rp5nk3netidtntkdk8hrttl@google.com",
        is_interview=1,
        company="Cauce",
        role="Audio Lead",
        stage="technical",
        interviewers="lucas.ferreyra@cauce.example.com",
        trap="google-invite-take-home-review-coordinator-organizer",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260924T150000
DTEND;TZID=America/Argentina/Buenos_Aires:20260924T160000
DTSTAMP:20260917T224810Z
ORGANIZER;CN=Emily Chen:mailto:emily.chen@cauce.example.com
UID:le3rp5nk3netidtntkdk8hrttl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emily Chen;X-NUM-GUESTS=0:mailto:emily.chen@cauce.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas Ferreyra;X-NUM-GUESTS=0:mailto:lucas.ferreyra@cauce.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260917T224809Z
DESCRIPTION:Hi Lucía\, this is your craft review for the Audio Lead role. Lucas Ferreyra (Sound Design Lead) will walk through the take-home you sent: the cold open edit of episode 3\, your mix and loudness decisions (-16 LUFS stereo / -19 mono) and how you'd brief a freelance sound designer. Please have your session file handy to screen-share.\n\nI'm only the scheduler – reach me if anything changes.\nEmily (Recruiting Coordinator)\n\nJoin with Google Meet: https://meet.google.com/pvk-dtwa-nzc\nOr dial: (US) +1 347-555-0190 PIN: 771 402 118#\nMore phone numbers: https://tel.meet/pvk-dtwa-nzc?pin=7792210413556\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260917T224809Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cauce | Audio Lead – Craft Review (take-home) w/ Lucas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="greenhouse-virtual-onsite",
        uid="gh-interview-31877520-onsite-2@greenhouse-mail.example.io",
        is_interview=1,
        company="Cauce",
        role="Audio Lead, Original Podcasts (LatAm)",
        stage="onsite",
        interviewers="tom.whitaker@cauce.example.com;ana.costa@cauce.example.com;jordan.blake@cauce.example.com",
        trap="greenhouse-virtual-onsite-loop-utc",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-31877520-onsite-2@greenhouse-mail.example.io
DTSTAMP:20260930T150522Z
DTSTART:20261008T150000Z
DTEND:20261008T180000Z
SUMMARY:Virtual Onsite: Lucía Benedetti – Audio Lead\, Original Podcasts (LatAm)
DESCRIPTION:Hi Lucía\,\n\nHere is your virtual onsite schedule (all times (GMT-03:00) Buenos Aires):\n\n12:00 – 12:45  Tom Whitaker\, Head of Audio (hiring manager)\n12:45 – 13:30  Ana Beatriz Costa\, Content Director – storytelling & slate\n13:30 – 13:45  Break\n13:45 – 14:30  Jordan Blake\, Podcast Marketing – cross-functional\n14:30 – 15:00  Wrap-up with your recruiter\n\nZoom: https://cauce.zoom.us/j/91550382716 (passcode 408113)\n\nYour recruiting coordinator Emily Chen will stay in the lobby in case of technical issues.\n\nGood luck!\nCauce Recruiting
LOCATION:Zoom – https://cauce.zoom.us/j/91550382716
ORGANIZER;CN=Emily Chen:mailto:emily.chen@cauce.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Tom Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitaker@cauce.example.com
ATTENDEE;CN=Ana Beatriz Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ana.costa@cauce.example.com
ATTENDEE;CN=Jordan Blake;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:jordan.blake@cauce.example.com
ATTENDEE;CN=Mariana Okafor;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mariana.okafor@cauce.example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="greenhouse-cancel",
        uid="gh-interview-31877520-final-3@greenhouse-mail.example.io",
        is_interview=1,
        company="Cauce",
        role="Audio Lead, Original Podcasts (LatAm)",
        stage="final",
        interviewers="rachel.dominguez@cauce.example.com",
        trap="greenhouse-method-cancel-final-role-on-hold",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:gh-interview-31877520-final-3@greenhouse-mail.example.io
DTSTAMP:20261016T131740Z
DTSTART:20261020T170000Z
DTEND:20261020T174500Z
SUMMARY:Canceled: Final Interview – Lucía Benedetti / Rachel Domínguez (VP Content)
DESCRIPTION:Hi Lucía\,\n\nYour final interview with Rachel Domínguez (VP Content) for the Audio Lead\, Original Podcasts (LatAm) role has been canceled. The role is on hold while we finalize next year's slate – Mariana will reach out with an update.\n\nThe Cauce Recruiting Team
ORGANIZER;CN=Emily Chen:mailto:emily.chen@cauce.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Rachel Domínguez;ROLE=REQ-PARTICIPANT:mailto:rachel.dominguez@cauce.example.com
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-display-zone",
        uid="040000008200E00074C5B7101A82E00800000000179EDCF38B1E329900000000000000001000000001B92263FE70A32C4F219DA813923A4AB",
        is_interview=1,
        company="Radio Pública Federal",
        role="Productor/a Periodístico/a Senior",
        stage="technical",
        interviewers="",
        trap="public-concurso-written-exam-outlook-display-zone",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{OUTLOOK_ARG_DISPLAY}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
CLASS:PUBLIC
CREATED:20261002T145512Z
DESCRIPTION:Sra. Benedetti\, Lucía (DNI 35.281.640):\n\nEn el marco del CONCURSO PÚBLICO ABIERTO N° 07/2026 para cubrir el cargo de PRODUCTOR/A PERIODÍSTICO/A SENIOR (Jefatura de Programación – Radio Pública Federal)\, y habiendo superado la etapa de evaluación de antecedentes\, se la convoca a la instancia de EVALUACIÓN TÉCNICA ESCRITA.\n\nDuración: 3 horas. Presentarse 30 minutos antes con DNI. No se permite el uso de dispositivos electrónicos.\n\nLa nómina de aspirantes y el orden de mérito parcial se publicarán en la cartelera y en el sitio web del organismo.\n\nComité de Selección – Gerencia de Recursos Humanos\nRadio Pública Federal
DTEND;TZID="(UTC-03:00) Ciudad de Buenos Aires":20261013T123000
DTSTAMP:20261002T145512Z
DTSTART;TZID="(UTC-03:00) Ciudad de Buenos Aires":20261013T093000
LAST-MODIFIED:20261002T145512Z
LOCATION:Sede Central RPF – Av. Entre Ríos 1150\, Aula 3\, CABA
ORGANIZER;CN="Concursos RPF":mailto:concursos@rpf.example.gob.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Concurso 07/2026 – Evaluación técnica escrita – BENEDETTI\, Lucía
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000179EDCF38B1E329900000000000000001000000001B92263FE70A32C4F219DA813923A4AB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT1440M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="zimbra-invite",
        uid="6b1f2e0a-94c3-4d57-8a1e-rpf-concurso-07-coloquio-benedetti",
        is_interview=1,
        company="Radio Pública Federal",
        role="Productor/a Periodístico/a Senior",
        stage="final",
        interviewers="Beatriz Ocampo;Hernán Villalba;Marcela Quiroga",
        trap="public-concurso-coloquio-jurado-names-veedor",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
X-WR-CALNAME:Concursos
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
UID:6b1f2e0a-94c3-4d57-8a1e-rpf-concurso-07-coloquio-benedetti
SUMMARY:Coloquio ante el Jurado – Concurso Público Abierto N° 07/2026
ATTENDEE;CN=Lucia Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ORGANIZER;CN=Concursos RPF:mailto:concursos@rpf.example.gob.ar
DTSTART;TZID="America/Argentina/Buenos_Aires":20261104T140000
DTEND;TZID="America/Argentina/Buenos_Aires":20261104T144500
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20261028T172204Z
DTSTAMP:20261028T172204Z
SEQUENCE:0
LOCATION:Sala de Jurados – Av. Entre Ríos 1150\, 5° piso
DESCRIPTION:Concurso Público Abierto N° 07/2026 – Productor/a Periodístico/a Senior.\n\nSe notifica a la aspirante BENEDETTI\, Lucía que el COLOQUIO ante el Jurado se realizará en la fecha y hora indicadas. Duración estimada: 30 a 45 minutos. La aspirante deberá exponer un proyecto de programa para la franja vespertina (máx. 10 minutos) y responder las preguntas del Jurado.\n\nJurado: Lic. Beatriz Ocampo (Presidenta)\, Prof. Hernán Villalba y Lic. Marcela Quiroga.\nVeedor gremial (sin voto): Sr. Raúl Giménez.\n\nGerencia de Recursos Humanos – Comité de Selección
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=START:-PT1H
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-terse",
        uid="5038D0A2-36D4-407C-B453-6890726DFE3C",
        is_interview=1,
        company="Radio Pública Federal",
        role="",
        stage="",
        interviewers="",
        trap="ios-terse-psicotecnico-floating",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261019T225140Z
DTEND:20261027T113000
DTSTAMP:20261019T225205Z
DTSTART:20261027T083000
LAST-MODIFIED:20261019T225205Z
LOCATION:RPF – Gerencia RRHH\, piso 2
SEQUENCE:0
SUMMARY:Psicotécnico concurso RPF 📝 llevar DNI y lápiz
TRANSP:OPAQUE
UID:5038D0A2-36D4-407C-B453-6890726DFE3C
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H30M
UID:1C6F0E3B-7D57-4B4A-9A8E-2B55D3E9A1F0
X-WR-ALARMUID:1C6F0E3B-7D57-4B4A-9A8E-2B55D3E9A1F0
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-spanish",
        uid="sibtao3j6l285kn7v7m1a94peu@google.com",
        is_interview=1,
        company="Universidad Nacional de Almagro",
        role="Coordinador/a de Comunicación Institucional",
        stage="recruiter_screen",
        interviewers="sergio.paredes@unalm.example.edu.ar",
        trap="google-invite-spanish-footer-university-hr",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260915T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20260915T104500
DTSTAMP:20260909T130250Z
ORGANIZER;CN=Sergio Paredes:mailto:sergio.paredes@unalm.example.edu.ar
UID:sibtao3j6l285kn7v7m1a94peu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sergio Paredes;X-NUM-GUESTS=0:mailto:sergio.paredes@unalm.example.edu.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260909T130249Z
DESCRIPTION:Estimada Lucía:\n\nTe esperamos para una entrevista con la Dirección de Personal en el marco de la búsqueda de Coordinador/a de Comunicación Institucional (Res. R. 1123/26). Traé por favor CV impreso y copia del título.\n\nSaludos cordiales\,\nLic. Sergio Paredes\nDirección de Personal – Universidad Nacional de Almagro\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones futuras de este evento\, rechaza este evento.\n\nSi reenvías esta invitación\, cualquier destinatario podrá enviar una respuesta al organizador\, ser añadido a la lista de invitados\, invitar a otras personas independientemente de su propio estado de invitación o modificar tu respuesta.\n\nMás información https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260909T130249Z
LOCATION:Rectorado UNAlm – Av. Díaz Vélez 4100\, 1° piso\, Dirección de Personal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Búsqueda Coordinador/a de Comunicación Institucional
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-export",
        uid="tiup0ktreqoe1jc5jg5s3mcr4b@google.com",
        is_interview=1,
        company="Universidad Nacional de Almagro",
        role="Coordinadora de Comunicación Institucional",
        stage="final",
        interviewers="laura.iturbe@unalm.example.edu.ar;andres.colombo@unalm.example.edu.ar",
        trap="google-export-x-wr-calname-accepted-final",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lu.benedetti.radio@gmail.com
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261001T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20261001T170000
DTSTAMP:20261103T011500Z
ORGANIZER;CN=Laura Iturbe:mailto:laura.iturbe@unalm.example.edu.ar
UID:tiup0ktreqoe1jc5jg5s3mcr4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura Iturbe;X-NUM-GUESTS=0:mailto:laura.iturbe@unalm.example.edu.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Colombo;X-NUM-GUESTS=0:mailto:andres.colombo@unalm.example.edu.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hcu-wqmz-fra
CREATED:20260924T181022Z
DESCRIPTION:Lucía: segunda y última instancia de la búsqueda de Coordinadora de Comunicación Institucional. Participan Mg. Laura Iturbe (Secretaria de Comunicación) y el Vicerrector Dr. Andrés Colombo. Nos interesa conversar sobre el plan de comunicación de la radio universitaria y el podcast institucional.\n\nUnirse con Google Meet: https://meet.google.com/hcu-wqmz-fra\n\nMás opciones de teléfono: https://tel.meet/hcu-wqmz-fra?pin=3390218847712
LAST-MODIFIED:20260925T120301Z
LOCATION:Secretaría de Comunicación – Pabellón B\, UNAlm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Secretaría de Comunicación – UNAlm
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:EMAIL
DESCRIPTION:This is an event reminder
SUMMARY:Alarm notification
ATTENDEE:mailto:lu.benedetti.radio@gmail.com
TRIGGER:-P0DT1H0M0S
END:VALARM
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-agency-client",
        uid="040000008200E00074C5B7101A82E008000000002A5F0905BC0C9BA80000000000000000100000000BF441E2E7200DCF31ABB0F09E1A5D359",
        is_interview=1,
        company="Bruma Contenidos",
        role="Líder de Contenidos Sonoros",
        stage="recruiter_screen",
        interviewers="agustina.lamas@nexo-rh.example.com.ar",
        trap="agency-names-client-outlook-cn-last-first",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Benedetti, Lucía";RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
CLASS:PUBLIC
CREATED:20261017T140000Z
DESCRIPTION:Hola Lucía\, ¿cómo estás?\n\nTal como hablamos\, te paso la invitación para la entrevista por la búsqueda de Líder de Contenidos Sonoros para nuestro cliente Bruma Contenidos (agencia de contenidos de marca). Vamos a repasar tu experiencia\, expectativas salariales y disponibilidad para modalidad híbrida.\n\nSaludos\,\nAgustina Lamas\nConsultora Sr. – Nexo RH{TEAMS_ES_AR}
DTEND;TZID="Argentina Standard Time":20260922T114500
DTSTAMP:20260917T181204Z
DTSTART;TZID="Argentina Standard Time":20260922T110000
LAST-MODIFIED:20260917T181204Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Lamas, Agustina":mailto:agustina.lamas@nexo-rh.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevista Nexo RH – Búsqueda Líder de Contenidos Sonoros (Bruma Contenidos)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002A5F0905BC0C9BA80000000000000000100000000BF441E2E7200DCF31ABB0F09E1A5D359
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hola Lucía\, ¿cómo estás?</p><p>Tal como hablamos\, te paso la invitación para la entrevista por la búsqueda de <b>Líder de Contenidos Sonoros</b> para nuestro cliente <b>Bruma Contenidos</b>.</p><p>Saludos\,<br>Agustina Lamas<br>Consultora Sr. – Nexo RH</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-sent-by",
        uid="040000008200E00074C5B7101A82E008000000009914947E11CF5B7100000000000000001000000000D4B6E28BD7BDAFCF5EFDC32C08353F9",
        is_interview=1,
        company="Bruma Contenidos",
        role="",
        stage="hiring_manager",
        interviewers="ramiro.etchegaray@bruma.example.com.ar;julia.sarmiento@bruma.example.com.ar",
        trap="agency-sent-by-client-interview-consultant-not-interviewer",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Benedetti, Lucía";RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN="Etchegaray, Ramiro";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ramiro.etchegaray@bruma.example.com.ar
ATTENDEE;CN="Sarmiento, Julia";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julia.sarmiento@bruma.example.com.ar
ATTENDEE;CN="Lamas, Agustina";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:agustina.lamas@nexo-rh.example.com.ar
CLASS:PUBLIC
CREATED:20260929T163320Z
DESCRIPTION:Lucía\, te confirmamos la entrevista con el cliente. Te van a recibir Ramiro Etchegaray (Director Creativo) y Julia Sarmiento (COO) en las oficinas de Bruma. Llevá dos o tres piezas de branded podcast que hayas producido. Agustina queda en copia por cualquier cosa\, no participa de la entrevista.\n\nSaludos\,\nMicaela Díaz – Asistente de Selección\, Nexo RH
DTEND;TZID="Argentina Standard Time":20261005T180000
DTSTAMP:20260929T163320Z
DTSTART;TZID="Argentina Standard Time":20261005T170000
LAST-MODIFIED:20260929T163320Z
LOCATION:Bruma Contenidos – Gorriti 5870\, Palermo Hollywood\, CABA
ORGANIZER;CN="Lamas, Agustina";SENT-BY="mailto:micaela.diaz@nexo-rh.example.com.ar":mailto:agustina.lamas@nexo-rh.example.com.ar
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ar:Entrevista con cliente (Bruma) – Benedetti\, Lucía
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000009914947E11CF5B7100000000000000001000000000D4B6E28BD7BDAFCF5EFDC32C08353F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT60M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-room-internal",
        uid="040000008200E00074C5B7101A82E008000000007316A9C4726E597F000000000000000010000000001DE9CA788F504449A46EFF300CE64F1",
        is_interview=1,
        company="Radio Platense",
        role="Jefe/a de Producción Turno Tarde",
        stage="hiring_manager",
        interviewers="ocarrizo@radioplatense.example.com.ar;stoledo@radioplatense.example.com.ar",
        trap="internal-application-own-employer-room-attendee",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN="Toledo, Silvina":mailto:stoledo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carrizo, Osvaldo":mailto:ocarrizo@radioplatense.example.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sala Reuniones 4° piso":mailto:sala.4piso@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucía\, gracias por postularte a la convocatoria interna para Jefe/a de Producción Turno Tarde. Te citamos a una entrevista con Osvaldo Carrizo (Gerente de Programación) y conmigo. La búsqueda es confidencial hasta el cierre\, te pedimos no comentarla con el equipo.\n\nSilvina Toledo\nRecursos Humanos – Radio Platense\n
UID:040000008200E00074C5B7101A82E008000000007316A9C4726E597F000000000000000010000000001DE9CA788F504449A46EFF300CE64F1
SUMMARY;LANGUAGE=es-AR:Convocatoria interna – Entrevista Jefe/a de Producción Turno Tarde
DTSTART;TZID=Argentina Standard Time:20260929T150000
DTEND;TZID=Argentina Standard Time:20260929T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260923T171144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Reuniones 4° piso
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1987436005
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
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000A74F11F9CEA0FEA7000000000000000010000000028678E2D96A5C3EB2A94BC2F821353C0",
        is_interview=1,
        company="Radio Platense",
        role="",
        stage="final",
        interviewers="gmaidana@radioplatense.example.com.ar;ocarrizo@radioplatense.example.com.ar",
        trap="internal-application-final-proposal-outlook-no-vtimezone",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Toledo, Silvina":mailto:stoledo@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Lucía":mailto:lbenedetti@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Maidana, Gustavo":mailto:gmaidana@radioplatense.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Carrizo, Osvaldo":mailto:ocarrizo@radioplatense.example.com.ar
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dirección – Sala de Directorio":mailto:sala.directorio@radioplatense.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucía: pasaste a la instancia final de la convocatoria interna. Vas a presentar tu propuesta para el turno tarde (grilla\, equipo y presupuesto) ante Gustavo Maidana (Director General) y Osvaldo Carrizo. 20 minutos de presentación + preguntas.\n\nSilvina
UID:040000008200E00074C5B7101A82E00800000000A74F11F9CEA0FEA7000000000000000010000000028678E2D96A5C3EB2A94BC2F821353C0
SUMMARY;LANGUAGE=es-AR:Convocatoria interna Jefatura Producción – presentación de propuesta (instancia final)
DTSTART;TZID=Argentina Standard Time:20261014T100000
DTEND;TZID=Argentina Standard Time:20261014T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261008T122409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Dirección – Sala de Directorio
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
]
