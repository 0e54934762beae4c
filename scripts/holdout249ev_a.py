# ruff: noqa: E501
"""holdout249 events, part A: the user's own job interviews (first 31). Hand-written raw iCalendar text."""
from holdout249ev_zones import (
    BERLIN_GOOGLE,
    DUBLIN_GOOGLE,
    EASTERN_UTC_LABEL,
    EASTERN_WIN,
    GMT_WIN,
    GOOGLE_FOOTER,
    MADRID_GOOGLE,
    MADRID_UTC_LABEL,
    MEET_SEP,
    NY_APPLE,
    NY_GOOGLE,
    PARIS_GOOGLE,
    TEAMS_DE,
    TEAMS_EN,
    TEAMS_ES,
    WEUROPE_WIN,
    fold,
    teams,
    zoom,
)


def ev(kind, uid, ics, iv, company="", role="", stage="", interviewers="", trap="", hiring=False, eol=None):
    d = dict(kind=kind, uid=uid, ics=ics, is_interview=iv, company=company, role=role, stage=stage,
             interviewers=interviewers, trap=trap, hiring=hiring)
    if eol:
        d["eol"] = eol
    return d


EVENTS = []

# 1 Wrenfield College: search-firm consultant's first conversation (Outlook, Windows zone with VTIMEZONE)
UID = "040000008200E00074C5B7101A82E00800000000D0C4E7A1F93ADC01000000000000000010000000B7E2C45A1D9F4E43A66C0F2B9D1E7A35"
EVENTS.append(ev("outlook-search-firm-call", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Oyelaran, Margaret":mailto:moyelaran@callowaysearchpartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Brandt, Tessa":mailto:tbrandt@callowaysearchpartners.com
DESCRIPTION;LANGUAGE=en-US:Dear Siobhan\,\n\nThank you for your interest in the Dean of Admission position at Wrenfield College. As we discussed by email\, I would welcome a confidential conversation about your background and the search before the committee begins its review in early December. I will call you at 617-555-0148 at the time below; Tessa Brandt\, our search associate\, may join to take notes.\n\nWarm regards\,\nMargaret Oyelaran\nManaging Partner\, Calloway Search Partners\n\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Confidential conversation - Wrenfield College Dean of Admission (Calloway Search)
DTSTART;TZID=Eastern Standard Time:20251118T120000
DTEND;TZID=Eastern Standard Time:20251118T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T153322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Margaret will call 617-555-0148
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119845361
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
"""), 1, "Wrenfield College", "Dean of Admission", "recruiter_screen", "moyelaran@callowaysearchpartners.com",
    "search-firm-consultant-names-client-college"))

# 2 Wrenfield: semi-finalist "airport interview" in a Logan hotel, sent by the firm's coordinator on behalf of partner
UID = "040000008200E00074C5B7101A82E008000000002F6B3D9A0C44DC01000000000000000010000000E1A4C9270F3B4C1D8C5B6A79E20F4D11"
EVENTS.append(ev("outlook-airport-interview", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Oyelaran, Margaret";SENT-BY="mailto:jcosta@callowaysearchpartners.com":mailto:moyelaran@callowaysearchpartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Hale, Dorothea":mailto:dhale@wrenfield.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Achebe, Nnamdi":mailto:nachebe@wrenfield.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=FALSE;CN="Lindqvist, Ann-Marie":mailto:alindqvist@wrenfield.edu
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CUTYPE=ROOM;CN=Hilton Boston Logan - Harbor Boardroom A:mailto:harbor.a.rooms@callowaysearchpartners.com
DESCRIPTION;LANGUAGE=en-US:Siobhan\,\n\nOn behalf of Margaret\, I am delighted to confirm your semi-finalist interview with the Wrenfield College Dean of Admission search committee. The committee is holding airport interviews with eight candidates on December 9-10.\n\nPlease arrive 15 minutes early and check in with me in the lobby outside Harbor Boardroom A (2nd floor\, Hilton Boston Logan Airport). The conversation will last 75 minutes. Committee members present: Professor Dorothea Hale (chair\, Chemistry)\, Nnamdi Achebe (VP for Finance)\, Ann-Marie Lindqvist (Director of Financial Aid) and two student trustees.\n\nWith best wishes\,\nJoana Costa\nSearch Coordinator | Calloway Search Partners\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Wrenfield College - Dean of Admission - Semi-finalist interview (Kelleher)
DTSTART;TZID=Eastern Standard Time:20251210T101500
DTEND;TZID=Eastern Standard Time:20251210T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T200412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Hilton Boston Logan Airport\, Harbor Boardroom A\, 1 Hotel Dr\, Boston MA
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""), 1, "Wrenfield College", "Dean of Admission", "onsite",
    "dhale@wrenfield.edu;nachebe@wrenfield.edu;alindqvist@wrenfield.edu", "sent-by-coordinator-room-resource-airport-interview"))

# 3 Wrenfield: two-day finalist campus visit typed into her own iPhone, all-day, names only
UID = "7C1E2B44-90A3-4E7D-B1C2-3F5A8D6E9B01"
EVENTS.append(ev("ios-all-day-campus-visit", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260112T021533Z
DTEND;VALUE=DATE:20260130
DTSTAMP:20260112T021610Z
DTSTART;VALUE=DATE:20260128
LAST-MODIFIED:20260112T021610Z
LOCATION:Wrenfield\, ME
SEQUENCE:0
SUMMARY:Wrenfield finalist visit!!
DESCRIPTION:Day 1: breakfast w Pres. Ellen Marsh\, then admission staff mtg\, lunch w students\, open forum 3pm (present "Admission at Wrenfield in 2030")\nDay 2: Dorothea Hale + cttee\, 1:1 w Dean of Faculty Raj Patel\, tour\, dinner\nFly PWM Tues 6:10am. Rental car booked.
TRANSP:TRANSPARENT
UID:""" + UID + r"""
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20260127T130000Z
UID:5D0B1A7E-8F44-4D0E-9C3B-0A2E1F6C7D88
X-WR-ALARMUID:5D0B1A7E-8F44-4D0E-9C3B-0A2E1F6C7D88
END:VALARM
END:VEVENT
END:VCALENDAR
"""), 1, "Wrenfield College", "", "final", "Ellen Marsh;Dorothea Hale;Raj Patel",
    "hand-typed-all-day-finalist-visit-names-only"))

# 4 Lumenpath (ed-tech): Greenhouse recruiter screen, Google Meet
UID = "greenhouse-4418207-lumenpath-0a9c71e2"
EVENTS.append(ev("greenhouse-recruiter-screen", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251104T190000Z
DTEND:20251104T193000Z
DTSTAMP:20251030T171204Z
ORGANIZER;CN=Lumenpath Recruiting:mailto:no-reply@us.greenhouse-mail.io
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Ostrowski;X-NUM-GUESTS=0:mailto:camille.ostrowski@lumenpath.io
DESCRIPTION:Hi Siobhan\,\n\nThanks for scheduling time with Lumenpath! This is a 30-minute introductory call with Camille Ostrowski (Senior Talent Partner) about the Director\, Higher Education Partnerships role.\n\nJoin with Google Meet: https://meet.google.com/kqe-tprw-hzv\n\nNeed to reschedule? Use this link: https://app.greenhouse.io/scheduling/reschedule/4418207?token=Zx81Lq\n\nPowered by Greenhouse
LOCATION:https://meet.google.com/kqe-tprw-hzv
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Siobhan Kelleher <> Lumenpath: Recruiter Screen (Director\, Higher Education Partnerships)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Lumenpath", "Director, Higher Education Partnerships", "recruiter_screen", "camille.ostrowski@lumenpath.io",
    "greenhouse-noreply-organizer-utc"))

# 5 Lumenpath: hiring-manager interview, Google Calendar invite, rescheduled (SEQUENCE 2)
UID = "3v8g0kq1m5o2c7d9r4t6u1a0bj@google.com"
EVENTS.append(ev("google-invite-rescheduled", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251114T153000
DTEND;TZID=America/New_York:20251114T161500
DTSTAMP:20251111T141522Z
ORGANIZER;CN=Nadia Ferreira-Lowe:mailto:nadia@lumenpath.io
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Ferreira-Lowe;X-NUM-GUESTS=0:mailto:nadia@lumenpath.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Ostrowski;X-NUM-GUESTS=0:mailto:camille.ostrowski@lumenpath.io
X-GOOGLE-CONFERENCE:https://meet.google.com/wbn-fgyc-sqa
CREATED:20251105T163010Z
DESCRIPTION:Moved to Friday because of our board meeting - so sorry for the shuffle\, Siobhan!\n\nHiring manager conversation: Nadia (VP Partnerships) would love to hear how you've built school-counselor relationships at Harborview and how you'd think about selling to enrollment offices.\n\n""" + MEET_SEP + r"""\nJoin with Google Meet: https://meet.google.com/wbn-fgyc-sqa\nOr dial: (US) +1 234-555-0187 PIN: 552 118 930#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n""" + MEET_SEP + GOOGLE_FOOTER + r"""
LAST-MODIFIED:20251111T141521Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Updated invitation: Siobhan / Nadia - Lumenpath hiring manager interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Lumenpath", "", "hiring_manager", "nadia@lumenpath.io", "rescheduled-sequence-2-coordinator-optional"))

# 6 Lumenpath: case presentation to a panel (Greenhouse multi-interviewer)
UID = "greenhouse-4418207-lumenpath-5f31c8b0"
EVENTS.append(ev("greenhouse-case-presentation", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251202T163000Z
DTEND:20251202T180000Z
DTSTAMP:20251124T220931Z
ORGANIZER;CN=Lumenpath Recruiting:mailto:no-reply@us.greenhouse-mail.io
UID:""" + UID + r"""
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Nadia Ferreira-Lowe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadia@lumenpath.io
ATTENDEE;CN=Owen Tsai;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:owen.tsai@lumenpath.io
ATTENDEE;CN=Grace Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grace.adeyemi@lumenpath.io
DESCRIPTION:Case Presentation - Director\, Higher Education Partnerships\n\nSchedule (Eastern Time):\n11:30 - 12:15  Case presentation: "Launching Lumenpath Yield in 15 small private colleges" (Nadia Ferreira-Lowe\, Owen Tsai - Product)\n12:15 - 1:00  Q&A and partnership deep-dive (Grace Adeyemi - Customer Success)\n\nPlease send your slides to camille.ostrowski@lumenpath.io by noon the day before. Zoom: https://lumenpath.zoom.us/j/86123440917\n\nPowered by Greenhouse
LOCATION:https://lumenpath.zoom.us/j/86123440917
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Case Presentation with Lumenpath
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Lumenpath", "Director, Higher Education Partnerships", "technical",
    "nadia@lumenpath.io;owen.tsai@lumenpath.io;grace.adeyemi@lumenpath.io", "case-presentation-recruiter-email-in-text"))

# 7 Lumenpath: final with CEO, cancelled by the company (METHOD:CANCEL)
UID = "7h2k5p0q9s3u1w8y6a4c2e0g1i@google.com"
EVENTS.append(ev("google-cancel-final", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20251211T200000Z
DTEND:20251211T204500Z
DTSTAMP:20251209T131744Z
ORGANIZER;CN=Camille Ostrowski:mailto:camille.ostrowski@lumenpath.io
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Okonkwo;X-NUM-GUESTS=0:mailto:ben@lumenpath.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Ostrowski;X-NUM-GUESTS=0:mailto:camille.ostrowski@lumenpath.io
CREATED:20251203T150201Z
DESCRIPTION:Final conversation with Ben Okonkwo (CEO & co-founder). Ben has to travel unexpectedly - Camille will be in touch with new times.""" + GOOGLE_FOOTER + r"""
LAST-MODIFIED:20251209T131743Z
LOCATION:https://meet.google.com/ors-ktwa-bdm
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Final interview - Siobhan Kelleher & Ben (CEO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Lumenpath", "", "final", "ben@lumenpath.io", "method-cancel-final-ceo"))

# 8 Colegio Internacional Montealto (Madrid): Head of School video call, Spanish/English, Google
UID = "1q0m6c4v2n8h5tgd3kbe9ls7ro@google.com"
EVENTS.append(ev("google-invite-es-hiring-manager", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251119T170000
DTEND;TZID=Europe/Madrid:20251119T180000
DTSTAMP:20251113T091105Z
ORGANIZER;CN=Inés Garrido Solana:mailto:direccion@colegiomontealto.es
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inés Garrido Solana;X-NUM-GUESTS=0:mailto:direccion@colegiomontealto.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Recursos Humanos Montealto;X-NUM-GUESTS=0:mailto:rrhh@colegiomontealto.es
DESCRIPTION:Estimada Siobhan\,\n\nGracias por tu candidatura al puesto de Head of University Counselling. Te propongo una primera conversación por videollamada con la Directora General (yo misma). Hablaremos en inglés y un poco en español\, si te parece bien.\n\nUn saludo\,\nInés Garrido Solana\nDirectora General - Colegio Internacional Montealto\n\n""" + MEET_SEP + r"""\nÚnete con Google Meet: https://meet.google.com/ydm-qzka-ufn\n""" + MEET_SEP + r"""\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251113T091104Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Head of University Counselling - Siobhan Kelleher / Inés Garrido
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Colegio Internacional Montealto", "Head of University Counselling", "hiring_manager",
    "direccion@colegiomontealto.es", "spanish-role-address-organizer-is-interviewer-hr-optional"))

# 9 Montealto: simulated counselling session with IB students (Outlook, Windows zone without VTIMEZONE)
UID = "040000008200E00074C5B7101A82E00800000000A0B91C4E2B5BDC0100000000000000001000000044C1F27D3B8A2E4F9E7C01D2A53B6F0C"
EVENTS.append(ev("outlook-nozone-demo-session", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Ruiz Ortega, Álvaro":mailto:aruiz@colegiomontealto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ruiz Ortega, Álvaro":mailto:aruiz@colegiomontealto.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Whitford, Claire":mailto:cwhitford@colegiomontealto.es
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CUTYPE=RESOURCE;CN=Aula 2.14 (Pantalla):mailto:aula214@colegiomontealto.es
DESCRIPTION;LANGUAGE=es-ES:Hola Siobhan\,\n\nComo segunda fase del proceso te pedimos una sesión práctica de 30 minutos con un grupo de alumnos de 1º de Bachillerato IB (en inglés): una charla sobre cómo elegir universidad en EE. UU. y Reino Unido\, seguida de 15 minutos de preguntas de los alumnos y 15 minutos de conversación con Claire Whitford (IB Coordinator) y conmigo.\n\nLa sesión será por Teams; los alumnos estarán en el aula 2.14.\n\n""" + teams(TEAMS_ES, "ZmQ4NjdiZTEtYzY1", "345 118 902 771", "Xb7qT2") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=es-ES:Sesión práctica con alumnos - candidata Head of University Counselling (S. Kelleher)
DTSTART;TZID=W. Europe Standard Time:20251203T113000
DTEND;TZID=W. Europe Standard Time:20251203T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T102244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams; Aula 2.14 (Pantalla)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjdiZTEtYzY1%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:aruiz@colegiomontealto.es\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZmQ4NjdiZTEtYzY1
END:VEVENT
END:VCALENDAR
"""), 1, "Colegio Internacional Montealto", "Head of University Counselling", "technical",
    "aruiz@colegiomontealto.es;cwhitford@colegiomontealto.es", "windows-zone-no-vtimezone-demo-lesson-spanish-resource"))

# 10 Montealto: final visit day in Madrid, Outlook "(UTC+01:00)" zone label, X-ALT-DESC
UID = "040000008200E00074C5B7101A82E00800000000C93D44F1E96FDC01000000000000000010000000FF02B8D1C6A3474E8F61A9E0D3C2B715"
EVENTS.append(ev("outlook-utc-label-final-visit", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + MADRID_UTC_LABEL + r"""BEGIN:VEVENT
ATTENDEE;CN="Siobhan Kelleher";RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN="Inés Garrido Solana";RSVP=TRUE:mailto:direccion@colegiomontealto.es
ATTENDEE;CN="Marcos Peñalver (Consejo)";RSVP=TRUE:mailto:mpenalver@fundacionmontealto.es
ATTENDEE;CN="Recursos Humanos Montealto";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rrhh@colegiomontealto.es
CLASS:PUBLIC
CREATED:20260108T094511Z
DESCRIPTION:Estimada Siobhan\,\n\nNos alegra invitarte a la fase final. Programa:\n09:30 Recepción en secretaría (pregunta por Lourdes)\n10:00 Visita del colegio con alumnos\n11:30 Reunión con el Consejo de Dirección (Inés Garrido\, Marcos Peñalver - Fundación Montealto)\n13:30 Comida con el equipo de orientación\n\nRRHH te enviará la información sobre el viaje.\n
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260122T150000
DTSTAMP:20260108T094511Z
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260122T093000
LAST-MODIFIED:20260108T094511Z
LOCATION:Colegio Internacional Montealto\, Camino de la Fuente 12\, 28109 Alcobendas (Madrid)
ORGANIZER;CN="Recursos Humanos Montealto":mailto:rrhh@colegiomontealto.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Fase final - visita al colegio y Consejo de Dirección (Head of University Counselling)
TRANSP:OPAQUE
UID:""" + UID + r"""
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Estimada Siobhan\,</p><p>Nos alegra invitarte a la <b>fase final</b>.</p><ul><li>09:30 Recepción</li><li>10:00 Visita del colegio</li><li>11:30 Consejo de Dirección</li><li>13:30 Comida</li></ul></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""), 1, "Colegio Internacional Montealto", "Head of University Counselling", "final",
    "direccion@colegiomontealto.es;mpenalver@fundacionmontealto.es", "utc-label-zone-x-alt-desc-hr-organizer-final"))

# 11 Liffeyside University (Dublin): preliminary interview board, Irish public-sector style, Teams, GMT Standard Time
UID = "040000008200E00074C5B7101A82E00800000000118E7F20A451DC010000000000000000100000003E9D2C1B0A4F5E6D7C8B9A0F1E2D3C4B"
EVENTS.append(ev("outlook-gmt-interview-board", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=HR Recruitment:mailto:recruitment@liffeyside.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com:mailto:siobhan.kelleher@icloud.com
DESCRIPTION;LANGUAGE=en-IE:Dear Ms Kelleher\,\n\nRe: Head of International Recruitment (Administrative Grade VII) - Competition Ref. LU-HR-2026-014\n\nFollowing the shortlisting process\, I am pleased to invite you to a preliminary interview. The interview board will comprise Dr Fionnuala Breen (Director of Global Engagement\, Chair)\, Mr Declan Moriarty (Registrar's Office) and an external assessor. The interview will be competency based and will last approximately 40 minutes. Please have photo ID available on camera.\n\nCandidates placed will be invited to a final interview in Dublin.\n\nKind regards\,\nAisling Dunne\nHuman Resources - Recruitment\nLiffeyside University\n\n""" + teams(TEAMS_EN, "NjEzYTc5ZjMtZDlh", "371 554 209 118", "q8Rn5s") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-IE:Preliminary Interview - LU-HR-2026-014 - Candidate 6
DTSTART;TZID=GMT Standard Time:20260204T143000
DTEND;TZID=GMT Standard Time:20260204T151000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T111908Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
"""), 1, "Liffeyside University", "Head of International Recruitment", "onsite",
    "Dr Fionnuala Breen;Mr Declan Moriarty", "irish-competency-board-candidate-number-names-only"))

# 12 Liffeyside: final interview + presentation in Dublin; Google invite from HR, Europe/Dublin
UID = "0c6s1p7fua8o4bq2mdh3ge9lkn@google.com"
EVENTS.append(ev("google-final-board-dublin", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260305T100000
DTEND;TZID=Europe/Dublin:20260305T113000
DTSTAMP:20260219T160233Z
ORGANIZER;CN=Aisling Dunne:mailto:aisling.dunne@liffeyside.ie
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aisling Dunne;X-NUM-GUESTS=0:mailto:aisling.dunne@liffeyside.ie
DESCRIPTION:Final interview\, Head of International Recruitment (LU-HR-2026-014).\n\n10:00 Presentation (10 minutes): "A three-year plan to grow North American enrolments at Liffeyside"\n10:10 Interview with the final board: Prof. Gearóid Lynch (Vice-President for Global Engagement\, Chair)\, Dr Fionnuala Breen\, Ms Orla Tierney (Dean of Graduate Studies) and an external assessor.\n\nVenue: Board Room 3\, An Bhialann Building\, Liffeyside University\, Dublin 9. Please report to main reception at 09:40. Reasonable travel expenses will be reimbursed in accordance with University policy.""" + GOOGLE_FOOTER + r"""
LOCATION:Board Room 3\, An Bhialann Building\, Liffeyside University\, Dublin 9
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final Interview - Head of International Recruitment
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Liffeyside University", "Head of International Recruitment", "final",
    "Prof. Gearóid Lynch;Dr Fionnuala Breen;Ms Orla Tierney", "hr-organizer-only-board-named-in-text"))

# 13 Alder Hill College: first-round Zoom with search committee, Outlook "(UTC-05:00)" label
UID = "040000008200E00074C5B7101A82E00800000000502BCE1F6A2DDC01000000000000000010000000D97A5E1C3B2F4A8E9D0C1B2A3F4E5D6C"
EVENTS.append(ev("outlook-zoom-search-committee", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + EASTERN_UTC_LABEL + r"""BEGIN:VEVENT
ATTENDEE;CN="siobhan.kelleher@icloud.com";RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN="Whitcombe, Gregory";RSVP=TRUE:mailto:gwhitcombe@alderhill.edu
ATTENDEE;CN="Sandoval, Rita";RSVP=TRUE:mailto:rsandoval@alderhill.edu
ATTENDEE;CN="Park, Minji";RSVP=TRUE:mailto:mpark@alderhill.edu
CLASS:PUBLIC
CREATED:20251120T191214Z
DESCRIPTION:Dear Siobhan\,\n\nOn behalf of the search committee for the Dean of Admissions and Financial Aid\, thank you for agreeing to a first-round interview. The committee (Gregory Whitcombe\, Provost and chair; Rita Sandoval\, Student Financial Services; Minji Park\, Associate Professor of Psychology) will meet with you by Zoom for 60 minutes.\n\n""" + zoom("alderhill", "91457730216", "dUx3Rk9aT0h", "403129") + r"""\n\nWarmly\,\nKaren Doyle\nExecutive Assistant to the Provost\n
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251205T103000
DTSTAMP:20251120T191214Z
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251205T093000
LAST-MODIFIED:20251120T191214Z
LOCATION:https://alderhill.zoom.us/j/91457730216?pwd=dUx3Rk9aT0h
ORGANIZER;CN="Doyle, Karen":mailto:kdoyle@alderhill.edu
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Dean of Admissions & Financial Aid - First Round Interview - S. Kelleher
TRANSP:OPAQUE
UID:""" + UID + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Alder Hill College", "Dean of Admissions and Financial Aid", "onsite",
    "gwhitcombe@alderhill.edu;rsandoval@alderhill.edu;mpark@alderhill.edu", "utc-label-zone-assistant-organizer-zoom-boilerplate"))

# 14 Alder Hill: conversation with the President (hiring manager), Thunderbird hand-typed, floating, alarm
UID = "a3c7e4f0-5b1d-4e29-8a6c-0d2f9b7e1c35"
EVENTS.append(ev("thunderbird-floating-president", UID, r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251215T022104Z
LAST-MODIFIED:20251215T022311Z
DTSTAMP:20251215T022311Z
UID:""" + UID + r"""
SUMMARY:Alder Hill - Pres. Okafor (zoom\, 45 min) - dean of adm/FA
DTSTART:20251217T130000
DTEND:20251217T134500
DESCRIPTION:she wants to talk net tuition revenue + discount rate. have the
  NACUBO numbers ready. link in Karen's email
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Alder Hill College", "", "hiring_manager", "Okafor", "thunderbird-floating-terse-president-surname-only",
    eol="\n"))

# 15 Alder Hill: finalist campus visit, Google Calendar export (X-WR-CALNAME), own calendar
UID = "5n1fd0i9b3k7g2m6o4q8s0u2w4@google.com"
EVENTS.append(ev("google-export-finalist-visit", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Siobhan - personal
X-WR-TIMEZONE:America/New_York
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260209T080000
DTEND;TZID=America/New_York:20260209T190000
DTSTAMP:20260201T032212Z
UID:""" + UID + r"""
CREATED:20260130T224401Z
DESCRIPTION:Alder Hill finalist day. Itinerary from Karen:\n8:00 breakfast - Provost Whitcombe\n9:30 admissions & FA staff\n11:00 students\n12:15 lunch - faculty cttee\n2:00 open presentation\n3:30 VP Finance\n5:00 exit w/ Provost\n6:30 dinner - search cttee\n\nwear the green blazer
LAST-MODIFIED:20260201T032210Z
LOCATION:Alder Hill College\, Pellham Hall\, Alder Hill NY
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ALDER HILL - finalist campus interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Alder Hill College", "", "final", "Whitcombe", "google-export-itinerary-own-calendar"))

# 16 Harborview (internal application): Workday HR screen for Director of Admission Operations
UID = "WD-INT-R-0231-56b2f1c9e4"
EVENTS.append(ev("workday-internal-screen", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251020T133000Z
DTSTART:20251028T140000Z
DTEND:20251028T143000Z
SUMMARY:Interview: Director of Admission Operations (R-0231) - Phone Screen
ORGANIZER;CN=Harborview University Talent Acquisition:mailto:harborview@myworkday.com
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:skelleher@harborview.edu
ATTENDEE;CN=Latoya Brooks;ROLE=REQ-PARTICIPANT:mailto:lbrooks@harborview.edu
DESCRIPTION:Internal Candidate Interview\n\nJob Requisition: R-0231 Director of Admission Operations (Office of Undergraduate Admission)\nCandidate: Siobhan Kelleher\nInterview Type: Phone Screen\nInterviewer: Latoya Brooks (Talent Acquisition Partner)\n\nAs an internal candidate\, please do not discuss this application with colleagues in the hiring department.\n\nThis message was sent from Workday.
LOCATION:Phone: Latoya will call your office line
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Harborview University", "Director of Admission Operations", "recruiter_screen", "lbrooks@harborview.edu",
    "internal-application-work-address-workday"))

# 17 Harborview internal: VP Enrollment (hiring manager), Exchange internal meeting, terse
UID = "040000008200E00074C5B7101A82E00800000000F1A95C3B7E48DC0100000000000000001000000087D6C5B4A3F2E1D0C9B8A7F6E5D4C3B2"
EVENTS.append(ev("exchange-internal-hiring-manager", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Castellano, Victor":mailto:vcastellano@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CUTYPE=RESOURCE;CN=HV-Enrollment Mgmt-Conf 412:mailto:conf412@harborview.edu
DESCRIPTION;LANGUAGE=en-US:Siobhan - as discussed\, this is the conversation for the Director of Admission Operations opening. Treat it as a proper interview; I'm meeting all three internal and two external finalists the same way. - V.\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Dir. Adm Ops - conversation (V. Castellano / S. Kelleher)
DTSTART;TZID=Eastern Standard Time:20251110T160000
DTEND;TZID=Eastern Standard Time:20251110T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251104T120855Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HV-Enrollment Mgmt-Conf 412
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Harborview University", "Director of Admission Operations", "hiring_manager", "vcastellano@harborview.edu",
    "internal-boss-conversation-private-class-room-resource"))

# 18 Pemberton College via Ashgrove Executive Search: consultant screen (Zoom, Google invite)
UID = "2r7t1v9x3z5b7d9f1h3j5l7n9p@google.com"
EVENTS.append(ev("google-search-firm-screen", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251201T170000Z
DTEND:20251201T174500Z
DTSTAMP:20251124T190144Z
ORGANIZER;CN=Hollis Adair:mailto:hadair@ashgroveexec.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hollis Adair;X-NUM-GUESTS=0:mailto:hadair@ashgroveexec.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Pemberton College - Dean of Admission: preliminary interview with Hollis Adair (Senior Consultant\, Ashgrove Executive Search). We'll walk through your materials and Pemberton's timeline.\n\n""" + zoom("ashgroveexec", "83376104452", "Q2VxbWtLa1", "775310") + GOOGLE_FOOTER + r"""
LOCATION:https://ashgroveexec.zoom.us/j/83376104452?pwd=Q2VxbWtLa1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pemberton Dean of Admission - Siobhan Kelleher / Hollis Adair
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Pemberton College", "Dean of Admission", "recruiter_screen", "hadair@ashgroveexec.com",
    "search-firm-preliminary-client-in-summary"))

# 19 Pemberton: semi-finalist interview, STATUS:CANCELLED (weather) in a PUBLISH from Apple Calendar subscription
UID = "E3B1F0A2-7C4D-4A5E-9B6F-1D2C3E4F5A60"
EVENTS.append(ev("ios-cancelled-semifinalist", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
""" + NY_APPLE + r"""BEGIN:VEVENT
CREATED:20251215T160233Z
DTEND;TZID=America/New_York:20260113T153000
DTSTAMP:20260112T231500Z
DTSTART;TZID=America/New_York:20260113T140000
LAST-MODIFIED:20260112T231500Z
LOCATION:Pemberton College - Fairchild House\, Pemberton PA
SEQUENCE:3
STATUS:CANCELLED
SUMMARY:CANCELLED - Pemberton semi-finalist interview (snowstorm\, Hollis to reschedule)
DESCRIPTION:Cttee: Dean Marguerite Osei + 4. Hollis says they'll move to Zoom the week after.
UID:""" + UID + r"""
URL;VALUE=URI:
END:VEVENT
END:VCALENDAR
"""), 1, "Pemberton College", "", "onsite", "Marguerite Osei", "status-cancelled-hand-edited-apple"))

# 20 Brightlane (college-counselling platform): Lever phone screen
UID = "lever-interview-8f2a91d7-1c4e-4b0a-9e77-5d2c6b3a1f08"
EVENTS.append(ev("lever-phone-screen", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251016T201533Z
DTSTART:20251022T150000Z
DTEND:20251022T153000Z
SUMMARY:Phone Screen: Siobhan Kelleher for Senior Manager\, Counselor Success at Brightlane
ORGANIZER;CN=Brightlane Talent:mailto:talent@brightlane.co
ATTENDEE;CN=Siobhan Kelleher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Priyanka Raman;PARTSTAT=ACCEPTED:mailto:priyanka.raman@brightlane.co
DESCRIPTION:Priyanka Raman will call you at +1 617 555 0148.\n\nAbout the role: Brightlane helps 4\,000 high schools run college counseling. The Senior Manager\, Counselor Success leads onboarding and training for counselor customers.\n\nScheduled via Lever
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Brightlane", "Senior Manager, Counselor Success", "recruiter_screen", "priyanka.raman@brightlane.co",
    "lever-phone-screen-escaped-comma-role"))

# 21 Brightlane: work-sample - run a mock counselor training (technical)
UID = "lever-interview-0b77c3e2-94fd-4a21-8d0c-61e5a2f9b4c3"
EVENTS.append(ev("lever-work-sample", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251030T140002Z
DTSTART:20251105T180000Z
DTEND:20251105T191500Z
SUMMARY:Work Sample: Counselor Training Demo - Siobhan Kelleher (Brightlane)
ORGANIZER;CN=Brightlane Talent:mailto:talent@brightlane.co
ATTENDEE;CN=Siobhan Kelleher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Marcus Lindgren;PARTSTAT=ACCEPTED:mailto:marcus@brightlane.co
ATTENDEE;CN=Yesenia Ortiz;PARTSTAT=ACCEPTED:mailto:yesenia.ortiz@brightlane.co
DESCRIPTION:Interview panel: Marcus Lindgren (Head of Customer Success)\, Yesenia Ortiz (Customer Training Lead)\n\nFormat: You'll run a 25-minute training for "new counselors" (played by the panel) on using Brightlane to manage a senior caseload\, followed by 30 minutes of questions.\n\nGoogle Meet: https://meet.google.com/pzx-ahem-crw\n\nScheduled via Lever
LOCATION:https://meet.google.com/pzx-ahem-crw
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Brightlane", "", "technical", "marcus@brightlane.co;yesenia.ortiz@brightlane.co",
    "work-sample-role-play-counselors"))

# 22 Gradline (Dublin ed-tech) via Liffey Talent recruiter: the recruiter books, the employer interviews
UID = "20260115T101500Z-1190@liffeytalent.ie"
EVENTS.append(ev("agency-invite-dublin", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Liffey Talent//Bullhorn Calendar Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260115T101500Z
DTSTART;TZID=Europe/Dublin:20260121T160000
DTEND;TZID=Europe/Dublin:20260121T164500
SUMMARY:Gradline - Partnerships Lead (North America) - 1st interview - Siobhan Kelleher
ORGANIZER;CN=Ciarán Walsh:mailto:ciaran.walsh@liffeytalent.ie
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Róisín Flood;RSVP=TRUE:mailto:roisin.flood@gradline.ie
DESCRIPTION:Hi Siobhan\,\n\nGreat news - Gradline would like to meet you. You'll speak with Róisín Flood\, Head of Partnerships\, by Google Meet (link to follow from her side). It's 4pm Dublin time\, 11am Boston.\n\nGive me a buzz after and let me know how it went!\n\nCiarán Walsh\nSenior Consultant - Education & EdTech\nLiffey Talent | +353 1 555 0192
LOCATION:Google Meet (link from Gradline)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""" .replace("END:VCALENDAR", "END:VCALENDAR").replace("BEGIN:VEVENT", DUBLIN_GOOGLE + "BEGIN:VEVENT", 1)),
    1, "Gradline", "Partnerships Lead (North America)", "hiring_manager", "roisin.flood@gradline.ie",
    "agency-organizer-not-interviewer-irish-names"))

# 23 Studienkompass GmbH (Berlin): Personio "Kennenlerngespräch" in German
UID = "personio-interview-5581230-studienkompass"
EVENTS.append(ev("personio-kennenlernen-de", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251203T083011Z
DTSTART;TZID=Europe/Berlin:20251209T160000
DTEND;TZID=Europe/Berlin:20251209T163000
SUMMARY:Kennenlerngespräch: Siobhan Kelleher – Head of International Admissions Advisory (m/w/d)
ORGANIZER;CN=Studienkompass GmbH via Personio:mailto:noreply@studienkompass.jobs.personio.de
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Friederike Albers;ROLE=REQ-PARTICIPANT:mailto:f.albers@studienkompass.de
DESCRIPTION:Hallo Siobhan\,\n\nvielen Dank für Deine Bewerbung als Head of International Admissions Advisory (m/w/d)! Wir freuen uns auf ein erstes Kennenlerngespräch (30 Minuten) mit Friederike Albers (People & Culture). Das Gespräch findet auf Englisch statt.\n\nVideocall: https://meet.google.com/hcu-ofsy-mta\n\nViele Grüße\nDein Studienkompass-Team
LOCATION:https://meet.google.com/hcu-ofsy-mta
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Studienkompass", "Head of International Admissions Advisory (m/w/d)", "recruiter_screen",
    "f.albers@studienkompass.de", "german-kennenlerngespraech-personio"))

# 24 Studienkompass: Fachgespräch with case study (technical), Outlook Romance/W. Europe zone, German
UID = "040000008200E00074C5B7101A82E00800000000B8E0D5A7C96ADC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899"
EVENTS.append(ev("outlook-fachgespraech-de", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Friederike":mailto:f.albers@studienkompass.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoffmann, Jan-Philipp":mailto:jp.hoffmann@studienkompass.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yıldız, Selin":mailto:s.yildiz@studienkompass.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, Friederike":mailto:f.albers@studienkompass.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Siobhan\,\n\nwie besprochen hier die Einladung zum Fachgespräch mit Case Study. Bitte bereite eine kurze Präsentation (max. 15 Min.) vor: "Wie beraten wir deutsche Abiturient:innen für US-Colleges im Testoptional-Zeitalter?" Danach Fragen von Jan-Philipp Hoffmann (Geschäftsführer) und Selin Yıldız (Teamlead Beratung).\n\n""" + teams(TEAMS_DE, "YjM5NDEwOGQtNTc3", "362 019 448 205", "Lm9xQ3") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=de-DE:Fachgespräch + Case Study | Head of International Admissions Advisory | S. Kelleher
DTSTART;TZID=W. Europe Standard Time:20251218T150000
DTEND;TZID=W. Europe Standard Time:20251218T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251211T093300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""), 1, "Studienkompass", "Head of International Admissions Advisory", "technical",
    "jp.hoffmann@studienkompass.de;s.yildiz@studienkompass.de", "german-fachgespraech-case-hr-optional-attendee"))

# 25 Admissia SAS (Paris): French "entretien" via Welcome to the Jungle
UID = "wttj-meeting-3c0a7f1e-2b95-4d1a-9c8e-5a6b7c8d9e0f"
EVENTS.append(ev("wttj-entretien-fr", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Solutions ATS//FR
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260106T101010Z
DTSTART;TZID=Europe/Paris:20260113T170000
DTEND;TZID=Europe/Paris:20260113T174500
SUMMARY:Entretien Admissia – Responsable des partenariats universitaires (Amérique du Nord) – Siobhan Kelleher
ORGANIZER;CN=Admissia Recrutement:mailto:recrutement@admissia.fr
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Hélène Marchetti;RSVP=FALSE:mailto:helene.marchetti@admissia.fr
DESCRIPTION:Bonjour Siobhan\,\n\nMerci pour votre candidature. Nous vous confirmons votre entretien avec Hélène Marchetti\, Directrice des partenariats. L'entretien se déroulera en anglais\, en visio.\n\nLien de la visioconférence : https://meet.google.com/rzt-fwqk-nav\n\nÀ bientôt\,\nL'équipe Admissia\n\nEnvoyé via Welcome to the Jungle Solutions
LOCATION:Visioconférence
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Admissia", "Responsable des partenariats universitaires (Amérique du Nord)", "hiring_manager",
    "helene.marchetti@admissia.fr", "french-entretien-ats"))

# 26 Colegio Británico de Aravaca via Talento Educativo (agency screen, Spanish)
UID = "TE-ENT-2026-0087@talentoeducativo.es"
EVENTS.append(ev("agency-screen-es", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talento Educativo//Agenda//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260107T120000Z
DTSTART:20260112T160000Z
DTEND:20260112T164500Z
SUMMARY:Entrevista de preselección - University Guidance Counsellor (cliente: Colegio Británico de Aravaca)
ORGANIZER;CN=Beatriz Llorente - Talento Educativo:mailto:bllorente@talentoeducativo.es
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Hola Siobhan\,\n\nTe confirmo la entrevista de preselección por videollamada para la vacante de University Guidance Counsellor en el Colegio Británico de Aravaca (British\, A-levels + IB). La entrevista será conmigo; si todo va bien\, presentaremos tu candidatura al colegio esa misma semana.\n\nEnlace: https://meet.google.com/ubd-wnqe-kos\n\nUn saludo\,\nBeatriz Llorente\nConsultora senior - Talento Educativo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Colegio Británico de Aravaca", "University Guidance Counsellor", "recruiter_screen",
    "bllorente@talentoeducativo.es", "agency-screen-client-school-named-spanish"))

# 27 Aravaca: second and final interview with Principal and Head of Sixth Form (Teams, Outlook Romance zone)
UID = "040000008200E00074C5B7101A82E008000000006C2A1E9F3D70DC010000000000000000100000001F2E3D4C5B6A79880918A7B6C5D4E3F2"
EVENTS.append(ev("outlook-romance-final", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE_WIN.replace("W. Europe Standard Time", "Romance Standard Time") + r"""BEGIN:VEVENT
ORGANIZER;CN="Hargreaves, Philippa":mailto:principal@cbaravaca.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Navarro, Tomás":mailto:tnavarro@cbaravaca.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Beatriz Llorente:mailto:bllorente@talentoeducativo.es
DESCRIPTION;LANGUAGE=en-GB:Dear Siobhan\,\n\nThank you for speaking with Beatriz. Tomás Navarro (Head of Sixth Form) and I would like to invite you to a second and final interview for the University Guidance Counsellor post\, starting September 2026.\n\nBest wishes\,\nPhilippa Hargreaves\nPrincipal\n\n""" + teams(TEAMS_EN, "ODk1YzA2MzUtNjIx", "318 760 294 551", "eA4kP9") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-GB:University Guidance Counsellor - final interview
DTSTART;TZID=Romance Standard Time:20260120T180000
DTEND;TZID=Romance Standard Time:20260120T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T170533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""), 1, "Colegio Británico de Aravaca", "University Guidance Counsellor", "final",
    "principal@cbaravaca.es;tnavarro@cbaravaca.es", "romance-zone-employer-only-in-domain-agency-optional"))

# 28 Rumbo Universidades: founder from gmail, "café" that is really an interview, Spanish
UID = "6b4d2f0h8j6l4n2p0r8t6v4x2z@google.com"
EVENTS.append(ev("gmail-founder-cafe-es", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260123T100000
DTEND;TZID=Europe/Madrid:20260123T110000
DTSTAMP:20260118T201455Z
ORGANIZER;CN=Marta Quintana:mailto:marta.quintana.rumbo@gmail.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Quintana;X-NUM-GUESTS=0:mailto:marta.quintana.rumbo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:¡Hola Siobhan! Ya que estarás en Madrid para lo del colegio\, aprovechamos: te cuento el proyecto de Rumbo Universidades y hablamos del puesto de Directora de Orientación Internacional. Mi socio Íñigo Bastida se une a la media hora. Te invito al café :)""" + GOOGLE_FOOTER + r"""
LOCATION:Café Comercial\, Glorieta de Bilbao 7\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Siobhan / Marta - Rumbo (puesto directora orientación)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Rumbo Universidades", "Directora de Orientación Internacional", "hiring_manager",
    "marta.quintana.rumbo@gmail.com;Íñigo Bastida", "founder-gmail-cafe-spanish-second-founder-name-only"))

# 29 CounselorOS: founder on gmail, Zoom, casual
UID = "1a3c5e7g9i1k3m5o7q9s1u3w5y@google.com"
EVENTS.append(ev("gmail-founder-zoom", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251030T213000Z
DTEND:20251030T221500Z
DTSTAMP:20251027T041200Z
ORGANIZER;CN=Dev Malhotra:mailto:devmalhotra.builds@gmail.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Malhotra;X-NUM-GUESTS=0:mailto:devmalhotra.builds@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Siobhan - thanks for replying to my LinkedIn post! CounselorOS is 6 people\, seed-funded\, and we need a Head of Admissions Content who has actually read 10\,000 files. Let's talk about the role and whether it's a fit. - Dev (founder)\n\n""" + zoom("us06web", "84129930563", "bGx0SmZ2Uk", "221904") + GOOGLE_FOOTER + r"""
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Siobhan <> Dev (CounselorOS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "CounselorOS", "Head of Admissions Content", "hiring_manager", "devmalhotra.builds@gmail.com",
    "founder-gmail-bare-summary"))

# 30 Kestrel Bay College: semi-finalist Zoom interview, PeopleAdmin-style notice
UID = "PA-KBC-20260114-1041-SK"
EVENTS.append(ev("peopleadmin-semifinalist", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PeopleAdmin//Applicant Tracking//EN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260107T154412Z
DTSTART;TZID=America/New_York:20260114T103000
DTEND;TZID=America/New_York:20260114T113000
SUMMARY:Kestrel Bay College | Posting #S-0419 Dean of Admission | Semi-Finalist Interview
ORGANIZER;CN=Kestrel Bay College Human Resources:mailto:hr-noreply@kestrelbay.edu
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Search Committee Chair Lorna Fitzwilliam:mailto:lfitzwilliam@kestrelbay.edu
ATTENDEE;CN=Theo Marchand:mailto:tmarchand@kestrelbay.edu
DESCRIPTION:Applicant: Siobhan Kelleher\nPosting: S-0419 Dean of Admission\nInterview: Semi-finalist (virtual\, 60 min)\nCommittee: Lorna Fitzwilliam (VP for Enrollment & Student Success\, Chair)\, Theo Marchand (Faculty)\, two staff members\nZoom link will be sent by the committee chair's office.\n\nKestrel Bay College is an Equal Opportunity Employer.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Kestrel Bay College", "Dean of Admission", "onsite", "lfitzwilliam@kestrelbay.edu;tmarchand@kestrelbay.edu",
    "applicant-tracking-posting-number-semifinalist"))

# 31 Kestrel Bay: on-campus finalist day, hand-typed Outlook.com entry (floating time, no attendees)
UID = "AAMkADQ1ZjAwZDhkLTg0NjUtNDZhMC1iYTJmLTQ0ZWM3ZGE2N2FmOQBGAAAAAACx"
EVENTS.append(ev("outlookcom-terse-finalist", UID, r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
VERSION:2.0
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260203T013300Z
DTSTART:20260211T073000
DTEND:20260211T200000
SUMMARY:KBC finalst day - Dean of Adm (Lorna F. + Pres. Haddad)
LOCATION:Kestrel Bay\, RI
DESCRIPTION:drive down 5:45. presentation @ 1:30. bring 20 copies of 1-pager
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", 1, "Kestrel Bay College", "Dean of Admission", "final", "Lorna F.;Pres. Haddad",
    "typo-acronym-floating-out-of-office"))
