"""holdout231 events, part E: UK aerospace, rail, and a Spanish-owned engine company."""

from holdout231ev_tz import GMT_STD, LONDON_G, MADRID, ROMANCE_STD

_ALSTOM_UID = "SF-IV-ALSTOM-R-0188271-T2@successfactors.eu"

EVENTS = [
    {
        "kind": "outlook-own-entry",
        "uid": ("040000008200E00074C5B7101A82E00800000000F08A61C21EC1DB01000000000000000010000000"
                "8E2D0B71C5A34F09A6C3D1F2E4B5A697"),
        "iv": 1, "company": "Dowty Propellers", "role": "", "stage": "technical",
        "who": ["Chris Alder", "Jo Banerjee"], "trap": "own-outlook-entry-second-interview",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:panel: Chris Alder (Eng Mgr\, PECS) + Jo Banerj
 ee (Chief Eng). tech q's on EEC/propeller control\, DO-178C DAL A\, FMEA.
  park visitor car park\, sign in at B1. take annual leave - tell Martin it's
  dentist.\n
UID:040000008200E00074C5B7101A82E00800000000F08A61C21EC1DB010000000000000
 000100000008E2D0B71C5A34F09A6C3D1F2E4B5A697
SUMMARY;LANGUAGE=en-GB:Dowty 2nd int (tech)
DTSTART;TZID=GMT Standard Time:20250522T093000
DTEND;TZID=GMT Standard Time:20250522T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T204512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Dowty Propellers\, Anson Business Park\, Staverton
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-webex", "uid": "WD-INT-2fd6e8a9b05c4f17a4c3e9d0b7a61c28@myworkday.com", "iv": 1,
        "company": "Collins Aerospace", "role": "Engineering Manager, Avionics Software", "stage": "hiring_manager",
        "who": ["nick.hargreaves@collins.com"], "trap": "workday-webex-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2fd6e8a9b05c4f17a4c3e9d0b7a61c28@myworkday.com
DTSTAMP:20250414T161040Z
DTSTART:20250423T150000Z
DTEND:20250423T160000Z
SUMMARY:Interview with Hiring Manager: Engineering Manager\, Avionics Soft
 ware (01712345)
ORGANIZER;CN=RTX:mailto:rtx@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nick Hargreaves:mailto:
 nick.hargreaves@collins.com
LOCATION:Webex
DESCRIPTION:Collins Aerospace\n\nCandidate: Rebecca Howell\nInterviewer: N
 ick Hargreaves\nJob: Engineering Manager\, Avionics Software (hybrid - Bri
 stol / remote)\n\nJoin Webex meeting\nhttps://rtx.webex.com/meet/nick.harg
 reaves\nMeeting number (access code): 2641 118 0047\nJoin by phone +44-20
 -7660-8149 United Kingdom Toll\n\nTo view or change this interview go to
  Candidate Home.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": ("040000008200E00074C5B7101A82E00800000000306E5B9A2CC7DB01000000000000000010000000"
                "A4C8F2E06B1D3E4F9D7C2B5A8E0F1C33"),
        "iv": 1, "company": "Horstman", "role": "Engineering Manager - Electronics & Software",
        "stage": "hiring_manager", "who": ["p.greaves@horstman.co.uk"], "trap": "small-firm-md-outlook-bath",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Philip Greaves":mailto:p.greaves@horstman.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Rebecca\,\n\nGood to speak on Friday. As promis
 ed\, here is a slot to come and see us properly and meet the team. We'll
  talk through the Engineering Manager - Electronics & Software role (susp
 ension control units for armoured vehicles\, Def Stan 00-056/MIL-STD-461)
  and you can have a look round the test house.\n\nWe're on Locksbrook Roa
 d - parking in the yard at the back.\n\nRegards\,\nPhil\n
UID:040000008200E00074C5B7101A82E00800000000306E5B9A2CC7DB010000000000000
 00010000000A4C8F2E06B1D3E4F9D7C2B5A8E0F1C33
SUMMARY;LANGUAGE=en-GB:Rebecca Howell - visit & interview
DTSTART;TZID=GMT Standard Time:20250604T140000
DTEND;TZID=GMT Standard Time:20250604T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T084911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Horstman\, Locksbrook Road\, Bath
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tribepad-invite", "uid": "tp-ivslot-2025-0612-1100-nr-88451@networkrail.tribepad.com", "iv": 1,
        "company": "Network Rail", "role": "Principal Engineer (Signalling Systems Assurance)", "stage": "",
        "who": ["Gemma Whitfield", "Imran Qureshi"], "trap": "tribepad-values-based-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:PUBLISH
""" + LONDON_G + r"""BEGIN:VEVENT
UID:tp-ivslot-2025-0612-1100-nr-88451@networkrail.tribepad.com
DTSTAMP:20250602T140444Z
DTSTART;TZID=Europe/London:20250612T110000
DTEND;TZID=Europe/London:20250612T123000
SUMMARY:Network Rail Interview - Principal Engineer (Signalling Systems As
 surance) - 88451
LOCATION:Network Rail\, The Railway Technical Centre\, London Road\, Derb
 y DE24 8UP
DESCRIPTION:Dear Rebecca\,\n\nYou have booked the following interview slo
 t.\n\nPanel: Gemma Whitfield (Head of Systems Engineering)\, Imran Qures
 hi (Principal Engineer). The interview is competency and values based (C
 ustomer\, Integrity\, Teamwork\, Safety) and includes a 10 minute prese
 ntation: "How would you assure a digital signalling change to EN 50126/5
 0128/50129 under the CSM-RA?"\n\nPlease bring proof of right to work.\n\n
 Network Rail Recruitment
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "avature-teams", "uid": "AVT-SIE-INT-466120-0031@siemens.avature.net", "iv": 1,
        "company": "Siemens Mobility", "role": "Engineering Manager - Signalling Products",
        "stage": "hiring_manager", "who": ["ben.ashworth@siemens.com"], "trap": "avature-rail-hiring-manager-teams",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:AVT-SIE-INT-466120-0031@siemens.avature.net
DTSTAMP:20250512T104000Z
DTSTART:20250519T120000Z
DTEND:20250519T130000Z
SUMMARY:Siemens Mobility | Interview | Engineering Manager - Signalling Pro
 ducts (466120)
ORGANIZER;CN=Siemens Talent Acquisition:mailto:no-reply@siemens.avature.n
 et
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=Ben Ashworth;RSVP=FALSE:mailto:ben.ashworth@siemens.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Rebecca\,\n\nYour interview with Ben Ashworth (Head of En
 gineering\, Rail Infrastructure - Chippenham) has been confirmed.\n\nTeam
 s: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDFkOGU5@thread
 .v2/0\n\nBest regards\,\nSiemens Talent Acquisition (this mailbox is not
  monitored)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-invite", "uid": "workable-event-77d0f3a2-hitachi-rail-5541", "iv": 1,
        "company": "Hitachi Rail", "role": "Principal Systems Engineer (ETCS On-board)", "stage": "technical",
        "who": ["marco.bellini@hitachirail.com", "sarah.townsend@hitachirail.com"],
        "trap": "workable-technical-interview-rail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-77d0f3a2-hitachi-rail-5541
DTSTAMP:20250520T083015Z
DTSTART:20250527T090000Z
DTEND:20250527T101500Z
SUMMARY:Technical interview: Rebecca Howell for Principal Systems Engineer
  (ETCS On-board)
ORGANIZER;CN=Sarah Townsend:mailto:sarah.townsend@hitachirail.com
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Marco Bellini;PARTSTAT=ACCEPTED:mailto:marco.bellini@hitachirai
 l.com
ATTENDEE;CN=Sarah Townsend;PARTSTAT=ACCEPTED:mailto:sarah.townsend@hitachi
 rail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Rebecca\,\n\nMarco (ETCS Product Architect) and I (Systems
  Engineering Manager) look forward to the technical interview. Expect que
 stions on Subset-026\, SIL 4 software\, hazard logs and how you'd transfe
 r DO-178C practice to EN 50716.\n\nhttps://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_ZmE2N2Y3@thread.v2/0\n\nSent via Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-invite", "uid": "teamtailor-meeting-41d7e9b0-porterbrook", "iv": 1,
        "company": "Porterbrook", "role": "Head of Fleet Engineering Systems", "stage": "final",
        "who": ["david.kerr@porterbrook.co.uk", "anita.sharma@porterbrook.co.uk"],
        "trap": "teamtailor-final-interview-derby",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
UID:teamtailor-meeting-41d7e9b0-porterbrook
DTSTAMP:20250616T092000Z
DTSTART;TZID=Europe/London:20250624T100000
DTEND;TZID=Europe/London:20250624T120000
SUMMARY:Final interview - Head of Fleet Engineering Systems | Porterbrook
ORGANIZER;CN=Porterbrook:mailto:noreply@teamtailor.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=David Kerr;RSVP=FALSE:mailto:david.kerr@porterbrook.co.uk
ATTENDEE;CN=Anita Sharma;RSVP=FALSE:mailto:anita.sharma@porterbrook.co.uk
LOCATION:Porterbrook\, Ivatt House\, The Point\, Pride Park\, Derby DE24 8
 BE
DESCRIPTION:Hi Rebecca\, we're delighted to invite you to the final interv
 iew with David Kerr (Engineering Director) and Anita Sharma (Chief People
  Officer). Please prepare a 15 minute presentation on your first 100 day
 s.\n\nBooked via Teamtailor
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-invite", "uid": "SF-IV-ALSTOM-R-0188271-T1@successfactors.eu", "iv": 1,
        "company": "Alstom", "role": "Engineering Manager - Train Control Systems", "stage": "hiring_manager",
        "who": ["rachel.oduya@alstomgroup.com"], "trap": "successfactors-first-interview-rail",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-IV-ALSTOM-R-0188271-T1@successfactors.eu
DTSTAMP:20250425T095000Z
SEQUENCE:0
DTSTART:20250501T123000Z
DTEND:20250501T133000Z
SUMMARY:Interview: Engineering Manager - Train Control Systems (R-0188271)
ORGANIZER;CN=Alstom Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rebecca.h
 owell.eng@outlook.com
ATTENDEE;CN=Rachel Oduya;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:rachel.odu
 ya@alstomgroup.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Rebecca\,\n\nYou are invited to an interview with Rachel
  Oduya\, Engineering Director - Derby Litchurch Lane\, for Engineering Man
 ager - Train Control Systems.\n\nhttps://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_MTA3YjQ2@thread.v2/0\n\nAlstom Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-cancel", "uid": _ALSTOM_UID, "iv": 1, "company": "Alstom",
        "role": "Engineering Manager - Train Control Systems", "stage": "technical",
        "who": ["kieran.walsh@alstomgroup.com"], "trap": "cancelled-interview-method-cancel",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:""" + _ALSTOM_UID + r"""
DTSTAMP:20250519T151200Z
SEQUENCE:1
DTSTART:20250521T083000Z
DTEND:20250521T100000Z
SUMMARY:Cancelled: Technical Interview: Engineering Manager - Train Contro
 l Systems (R-0188271)
ORGANIZER;CN=Alstom Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT:mailto:rebecca.howell.eng
 @outlook.com
ATTENDEE;CN=Kieran Walsh;ROLE=REQ-PARTICIPANT:mailto:kieran.walsh@alstomg
 roup.com
DESCRIPTION:This interview has been cancelled. The requisition has been p
 ut on hold following an internal reorganisation\; your recruiter will be
  in touch.
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-entrevista", "uid": "8a1f2c3d-4b5e-46f7-8091-a2b3c4d5e6f7@itpaero.com", "iv": 1,
        "company": "ITP Aero", "role": "Principal Engineer Control Systems", "stage": "recruiter_screen",
        "who": ["ainhoa.etxeberria@itpaero.com"], "trap": "spanish-entrevista-recruiter",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250409T100000
DTEND;TZID=Europe/Madrid:20250409T104500
DTSTAMP:20250403T081200Z
ORGANIZER;CN=Ainhoa Etxeberria:mailto:ainhoa.etxeberria@itpaero.com
UID:8a1f2c3d-4b5e-46f7-8091-a2b3c4d5e6f7@itpaero.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
DESCRIPTION:Hola Rebecca\,\n\nTe envío la convocatoria para una primera en
 trevista (45 min) para la posición de Principal Engineer Control Systems
  en nuestro centro de Hucknall (Reino Unido). Si lo prefieres\, podemos
  hacerla en inglés.\n\nUnirse a la reunión de Microsoft Teams: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_OWU0ZDc2@thread.v2/0\n\nUn sa
 ludo\,\nAinhoa Etxeberria\nTalent Acquisition - ITP Aero\, Zamudio
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista ITP Aero - Rebecca Howell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-entrevista",
        "uid": ("040000008200E00074C5B7101A82E00800000000901D4E6A37C8DB01000000000000000010000000"
                "F1E2D3C4B5A6978899AABBCCDDEEFF01"),
        "iv": 1, "company": "ITP Aero", "role": "Principal Eng. Control Systems", "stage": "technical",
        "who": ["iker.goikoetxea@itpaero.com", "simon.hale@itpaero.com"],
        "trap": "spanish-segunda-entrevista-outlook",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Etxeberria\, Ainhoa":mailto:ainhoa.etxeberria@itpaero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Goikoetx
 ea\, Iker":mailto:iker.goikoetxea@itpaero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hale\,
  Simon":mailto:simon.hale@itpaero.com
DESCRIPTION;LANGUAGE=es-ES:Hola Rebecca\,\n\nSegunda entrevista (técnica)
  con Iker Goikoetxea (Jefe de Ingeniería de Control\, Zamudio) y Simon H
 ale (Engineering Lead\, Hucknall). Se hará en inglés.\n\nUn saludo\,\nAin
 hoa\n\n________________________________________________________________\n
 Reunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación m
 óvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_YmUzNGEx@thread.v2/0>\n
 Id. de reunión: 355 801 962 417  Código de acceso: Kq3Vb8\n
UID:040000008200E00074C5B7101A82E00800000000901D4E6A37C8DB010000000000000
 00010000000F1E2D3C4B5A6978899AABBCCDDEEFF01
SUMMARY;LANGUAGE=es-ES:2ª entrevista técnica - R. Howell - Principal Eng.
  Control Systems
DTSTART;TZID=Romance Standard Time:20250430T110000
DTEND;TZID=Romance Standard Time:20250430T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T102040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
