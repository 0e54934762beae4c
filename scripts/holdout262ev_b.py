# ruff: noqa: E501, W291, W293, RUF100
"""holdout262 events, part B: the user's own interviews (international, ATS-scheduled, agencies, GC Jobs)."""

from holdout262ev_zones import EST_OUTLOOK, ROMANCE_OUTLOOK, TORONTO_GOOGLE, W_EUROPE_OUTLOOK

FORMS = {
    "Organisation for Economic Policy Cooperation": ["OEPC", "OCPE", "Organisation de coopération en politique économique"],
    "Internationale Klimapolitik-Stiftung": ["IKS", "Klimapolitik-Stiftung", "International Climate Policy Foundation"],
    "Pan-American Development Forum": ["PADF", "FPD", "Foro Panamericano de Desarrollo"],
    "Harwick & Lane Consulting": ["Harwick & Lane", "Harwick and Lane", "H&L"],
    "Civic Ledger": ["Civic Ledger Inc.", "CivicLedger"],
    "Borealis Development Bank": ["BDB", "Borealis", "Banque de développement Borealis"],
    "Canadian Pension Policy Board": ["CPPB", "Pension Policy Board", "Conseil canadien des politiques de retraite"],
    "Great Lakes Energy Planning Agency": ["GLEPA", "Great Lakes Energy Planning"],
    "Bytown University": ["Bytown U", "Bytown University School of Public Policy", "BUSPP"],
    "City of Rideau Valley": ["Rideau Valley", "Ville de Rideau Valley"],
    "Statistics and Data Standards Canada": ["SDSC", "NSDC", "Normes statistiques et données Canada"],
}

EVENTS = [
    dict(
        kind="successfactors-paris-written-test",
        uid="SF-INTV-7731904-20251103-OEPC",
        is_interview=1,
        company="Organisation for Economic Policy Cooperation",
        role="Policy Analyst (Fiscal Federalism Network), Grade A3",
        stage="technical",
        interviewers="",
        trap="romance-zone-paris-online-test",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2505//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE_OUTLOOK}
BEGIN:VEVENT
UID:SF-INTV-7731904-20251103-OEPC
DTSTAMP:20251027T091455Z
DTSTART;TZID=Romance Standard Time:20251103T150000
DTEND;TZID=Romance Standard Time:20251103T180000
SUMMARY:OEPC - Written test - Policy Analyst (Fiscal Federalism Network) - Req 7731904
ORGANIZER;CN=OEPC Talent Acquisition:mailto:talent.noreply@oepc.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Tre
 mblay-Singh:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION:Dear Emilie Tremblay-Singh\,\n\nFollowing the review of your ap
 plication for the position of Policy Analyst (Fiscal Federalism Network)\, 
 Grade A3 (Req 7731904)\, we are pleased to invite you to an online written 
 test. The test lasts 3 hours and will be held on 3 November 2025 from 15:0
 0 to 18:00 Paris time (09:00-12:00 Ottawa time). You will receive the secu
 re link by e-mail 30 minutes before the start.\n\nPlease note that the tes
 t may be taken in English or French.\n\nBest regards\,\nOEPC Talent Acquis
 ition\, 2 rue André-Pascal-Fictif\, 75016 Paris\n
LOCATION:Online test platform
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-panel-paris",
        uid="040000008200E00074C5B7101A82E00800000000418F0E2DCB80DC01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F",
        is_interview=1,
        company="Organisation for Economic Policy Cooperation",
        role="Policy Analyst (Fiscal Federalism Network), Grade A3",
        stage="onsite",
        interviewers="camille.roussel@oepc.example.org;henrik.lindqvist@oepc.example.org;ana.ferreira@oepc.example.org",
        trap="international-panel-webex-paris-time",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="ROUSSEL Camille, CTP/FFN":mailto:camille.roussel@oepc.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LINDQVIST Henrik\, CTP/
 FFN":mailto:henrik.lindqvist@oepc.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FERREIRA Ana\, EXD/HRM"
 :mailto:ana.ferreira@oepc.example.org
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Tremblay-Singh\,\n\nFurther to your succ
 essful written test\, you are invited to a competency-based panel intervie
 w by video conference for Req 7731904. The panel will comprise Camille Rou
 ssel (Head of Unit)\, Henrik Lindqvist (Senior Economist) and Ana Ferreira 
 (HR). The interview will be conducted in English with a short part in Fren
 ch.\n\nTimes are Paris time (CET).\n\n-- Do not delete or change any of th
 e following text. --\nJoin Webex meeting\nMeeting number (access code): 27
 41 558 903\nMeeting password: OEPC2025\nJoin by phone\n+33-1-5555-0147 Fra
 nce toll\n
UID:040000008200E00074C5B7101A82E00800000000418F0E2DCB80DC01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=en-GB:Panel interview - Req 7731904 - TREMBLAY-SINGH Emilie
DTSTART;TZID=Romance Standard Time:20251127T160000
DTEND;TZID=Romance Standard Time:20251127T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T104401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german-auswahlgespraech",
        uid="040000008200E00074C5B7101A82E008000000006C2D1E0F3A81DC01000000000000000010000000A1F2E3D4C5B6A7988A9B0C1D2E3F4A5B",
        is_interview=1,
        company="Internationale Klimapolitik-Stiftung",
        role="Senior Policy Advisor (m/w/d) Canada & Arctic",
        stage="onsite",
        interviewers="j.hoffmann@klimapolitik-stiftung.example.de;s.yilmaz@klimapolitik-stiftung.example.de",
        trap="german-w-europe-zone-auswahlgespraech",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bewerbung IKS":mailto:bewerbung@klimapolitik-stiftung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoffmann, Jana":mailto:
 j.hoffmann@klimapolitik-stiftung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Yilmaz, Serkan":mailto:
 s.yilmaz@klimapolitik-stiftung.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Tremblay-Singh\,\n\nvielen Dan
 k für Ihre Bewerbung als Senior Policy Advisor (m/w/d) Canada & Arctic. Wi
 r laden Sie herzlich zu einem Auswahlgespräch per Zoom ein. Das Gespräch f
 indet auf Englisch statt und dauert ca. 60 Minuten. Seitens der Stiftung n
 ehmen Dr. Jana Hoffmann (Programmleitung Nordamerika) und Serkan Yilmaz (P
 ersonal) teil.\n\n(English) Dear Ms Tremblay-Singh\, please find attached 
 the invitation to a selection interview via Zoom (Bonn time).\n\nZoom-Meet
 ing beitreten\nhttps://zoom.example.us/j/91230077415\nMeeting-ID: 912 3007 
 7415\nKenncode: IKS-2025\n\nMit freundlichen Grüßen\nIhr Bewerbungsteam\n
UID:040000008200E00074C5B7101A82E008000000006C2D1E0F3A81DC01000000000000000010000000A1F2E3D4C5B6A7988A9B0C1D2E3F4A5B
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Senior Policy Advisor (m/w/d) Canada & Arctic - Fr. Tremblay-Singh
DTSTART;TZID=W. Europe Standard Time:20251013T160000
DTEND;TZID=W. Europe Standard Time:20251013T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T080233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-spanish-entrevista-preliminar",
        uid="WD-PADF-INT-000482215@myworkday.example.com",
        is_interview=1,
        company="Pan-American Development Forum",
        role="Especialista Senior en Política Fiscal",
        stage="recruiter_screen",
        interviewers="lgutierrez@forop-padf.example.org",
        trap="spanish-workday-utc-entrevista",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-PADF-INT-000482215@myworkday.example.com
DTSTAMP:20251030T154011Z
DTSTART:20251105T150000Z
DTEND:20251105T153000Z
SUMMARY:Entrevista preliminar - Especialista Senior en Política Fiscal (R-0482215)
ORGANIZER;CN=Foro Panamericano de Desarrollo - Talento Humano:mailto:padf@myworkday.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Emilie Tremblay-Singh:mailto:emi
 lie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lucía Gutiérrez:mailto:lgutierrez@forop-pa
 df.example.org
DESCRIPTION:Estimada Emilie:\n\nGracias por su interés en el Foro Panameric
 ano de Desarrollo. Le confirmamos su entrevista preliminar (30 minutos) co
 n Lucía Gutiérrez\, Especialista de Talento Humano\, para el puesto Especi
 alista Senior en Política Fiscal (R-0482215)\, sede Washington\, D.C.\n\nL
 a entrevista se realizará en inglés y español. Enlace de Zoom: https://zoo
 m.example.us/j/6610048822\n\nEste mensaje fue enviado desde Workday. No re
 sponda a este correo.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-panel-director",
        uid="040000008200E00074C5B7101A82E00800000000D09AB7C6E584DC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7",
        is_interview=1,
        company="Pan-American Development Forum",
        role="Especialista Senior en Política Fiscal",
        stage="onsite",
        interviewers="rmedina@forop-padf.example.org;cbarros@forop-padf.example.org;lgutierrez@forop-padf.example.org",
        trap="spanish-panel-eastern-us-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Gutiérrez, Lucía":mailto:lgutierrez@forop-padf.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Medina, Rodrigo":mailto
 :rmedina@forop-padf.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Barros, Carolina":mailt
 o:cbarros@forop-padf.example.org
DESCRIPTION;LANGUAGE=es-ES:Estimada Emilie\,\n\nLe invitamos a la entrevist
 a con el panel técnico para el puesto R-0482215. Panel: Rodrigo Medina (Di
 rector\, División Fiscal)\, Carolina Barros (Economista Principal) y yo mi
 sma. La entrevista durará 60 minutos; la primera parte en español y la se
 gunda en inglés. Le pediremos comentar un caso sobre transferencias interg
 ubernamentales.\n\nSaludos cordiales\,\nLucía\n\nUnirse a la reunión de Mic
 rosoft Teams\nID de la reunión: 298 117 404 552\nCódigo de acceso: pD9sAx\n
UID:040000008200E00074C5B7101A82E00800000000D09AB7C6E584DC01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=es-ES:Entrevista con panel - R-0482215 - E. Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20251120T110000
DTEND;TZID=Eastern Standard Time:20251120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T201716Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-recruiter-screen",
        uid="greenhouse-interview-44871203-emilie@harwicklane.example.com",
        is_interview=1,
        company="Harwick & Lane Consulting",
        role="Manager, Public Sector Advisory",
        stage="recruiter_screen",
        interviewers="priya.raman@harwicklane.example.com",
        trap="greenhouse-screen-google-meet",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-44871203-emilie@harwicklane.example.com
DTSTAMP:20250917T181930Z
DTSTART:20250923T143000Z
DTEND:20250923T150000Z
SUMMARY:Emilie Tremblay-Singh <> Harwick & Lane: Recruiter Phone Screen
ORGANIZER;CN=Priya Raman:mailto:priya.raman@harwicklane.example.com
ATTENDEE;CN=Emilie Tremblay-Singh;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION:Hi Emilie\,\n\nThanks for applying for the Manager\, Public Sec
 tor Advisory role at Harwick & Lane Consulting (Ottawa office). This call 
 is a 30-minute conversation with Priya Raman\, Talent Acquisition Partner.
 \n\nJoin with Google Meet: https://meet.google.com/hwl-scrn-pqe\n\nLooking
  forward to speaking with you!\n\n--\nThis event was scheduled via Greenho
 use.
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-case-rescheduled",
        uid="greenhouse-interview-44901877-emilie@harwicklane.example.com",
        is_interview=1,
        company="Harwick & Lane Consulting",
        role="Manager, Public Sector Advisory",
        stage="technical",
        interviewers="tobias.ward@harwicklane.example.com;isabelle.fortin@harwicklane.example.com",
        trap="greenhouse-case-interview-rescheduled-sequence",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-44901877-emilie@harwicklane.example.com
DTSTAMP:20251002T130205Z
DTSTART:20251007T180000Z
DTEND:20251007T191500Z
SUMMARY:[Rescheduled] Emilie Tremblay-Singh - Case Interview (Manager\, Public Sector Advisory)
ORGANIZER;CN=Harwick & Lane Recruiting Coordination:mailto:recruiting-coord@harwicklane.example.com
ATTENDEE;CN=Emilie Tremblay-Singh;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;CN=Tobias Ward;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobia
 s.ward@harwicklane.example.com
ATTENDEE;CN=Isabelle Fortin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i
 sabelle.fortin@harwicklane.example.com
DESCRIPTION:Your case interview has been moved to a new time.\n\nSchedule:\
 n2:00 PM - 2:45 PM  Case: modernizing a federal grants program - Tobias Wa
 rd (Senior Manager)\n2:45 PM - 3:15 PM  Behavioural - Isabelle Fortin (Dir
 ector)\n\nPlease bring a notepad; calculators allowed. Location: Harwick &
  Lane\, 150 Elgin St (fictional)\, 11th floor - check in at reception.\n\n
 --\nThis event was scheduled via Greenhouse.
LOCATION:150 Elgin St\, 11th floor\, Ottawa
STATUS:CONFIRMED
SEQUENCE:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-partner-final",
        uid="greenhouse-interview-44955102-emilie@harwicklane.example.com",
        is_interview=1,
        company="Harwick & Lane Consulting",
        role="Manager, Public Sector Advisory",
        stage="final",
        interviewers="m.oduya@harwicklane.example.com",
        trap="partner-final-coffee-wording",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-44955102-emilie@harwicklane.example.com
DTSTAMP:20251014T162240Z
DTSTART:20251021T130000Z
DTEND:20251021T134500Z
SUMMARY:Final round: coffee with Margaret Oduya (Partner) - Emilie Tremblay-Singh
ORGANIZER;CN=Harwick & Lane Recruiting Coordination:mailto:recruiting-coord@harwicklane.example.com
ATTENDEE;CN=Emilie Tremblay-Singh;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;CN=Margaret Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.o
 duya@harwicklane.example.com
DESCRIPTION:Final-round conversation for the Manager\, Public Sector Adviso
 ry role. Margaret will meet you at Bridgehead (fictional) on Sparks St.\n\
 n--\nThis event was scheduled via Greenhouse.
LOCATION:Bridgehead Café\, Sparks St\, Ottawa
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-zoom-screen",
        uid="lever-7f2c9e01-33ab-4d5e-8f10-aa42c6b9d071",
        is_interview=1,
        company="Civic Ledger",
        role="Policy Lead, Government Partnerships",
        stage="recruiter_screen",
        interviewers="jess@civicledger.example.io",
        trap="lever-startup-screen-zoom",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-7f2c9e01-33ab-4d5e-8f10-aa42c6b9d071
DTSTAMP:20250911T201511Z
DTSTART:20250915T190000Z
DTEND:20250915T193000Z
SUMMARY:Interview: Emilie Tremblay-Singh for Policy Lead\, Government Partnerships
ORGANIZER;CN=Jess Amari:mailto:jess@civicledger.example.io
ATTENDEE;CN=Emilie Tremblay-Singh;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emi
 lie.tremblaysingh@outlook.com
ATTENDEE;CN=Jess Amari;PARTSTAT=ACCEPTED:mailto:jess@civicledger.example.io
DESCRIPTION:Hi Emilie! Looking forward to chatting about the Policy Lead ro
 le at Civic Ledger - we build payments infrastructure for municipalities. 
 30 min\, intro + your questions.\n\nJoin Zoom Meeting\nhttps://zoom.exampl
 e.us/j/77410293388\nMeeting ID: 774 1029 3388\n\nScheduled with Lever
LOCATION:https://zoom.example.us/j/77410293388
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-memo-debrief",
        uid="0gq8v3m1l5k9s2h7c4a6n0pbtd@google.com",
        is_interview=1,
        company="Civic Ledger",
        role="Policy Lead, Government Partnerships",
        stage="technical",
        interviewers="jess@civicledger.example.io;arnav@civicledger.example.io",
        trap="take-home-memo-review-called-walkthrough",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250929T120000
DTEND;TZID=America/Toronto:20250929T130000
DTSTAMP:20250922T150907Z
ORGANIZER;CN=Jess Amari:mailto:jess@civicledger.example.io
UID:0gq8v3m1l5k9s2h7c4a6n0pbtd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jess Amari;X-NUM-GUESTS=0:mailto:jess@civicledger.example.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Arnav Kulkarni;X-NUM-GUESTS=0:mailto:arnav@civicledger.example.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
DESCRIPTION:Policy memo walkthrough - you'll present your take-home memo (r
 eal-time payments for municipal procurement) to Jess and Arnav (CEO)\, the
 n Q&A. 20 min presentation max.\n\nJoin with Google Meet: https://meet.goo
 gle.com/cvl-memo-wtk\n\nInvitation from Google Calendar: https://calendar.
 google.com/calendar/\n\nYou are receiving this email because you are an at
 tendee on the event.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Civic Ledger | Policy memo walkthrough - Emilie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-hiring-manager",
        uid="WD-BDB-INT-R0013377-1@myworkday.example.com",
        is_interview=1,
        company="Borealis Development Bank",
        role="Senior Economist, Northern Investment Strategy",
        stage="hiring_manager",
        interviewers="anika.sorensen@borealisbank.example.ca",
        trap="workday-crown-corp-floating-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-BDB-INT-R0013377-1@myworkday.example.com
DTSTAMP:20251103T141132Z
DTSTART:20251112T190000Z
DTEND:20251112T194500Z
SUMMARY:Interview - Senior Economist\, Northern Investment Strategy (R0013377) - Hiring Manager
ORGANIZER;CN=Borealis Development Bank Talent:mailto:borealisbank@myworkday.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Emilie Tremblay-Singh:mailto:emi
 lie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Anika Sorensen:mailto:anika.sorensen@borea
 lisbank.example.ca
DESCRIPTION:Interview Details\n\nCandidate: Emilie Tremblay-Singh\nJob Requ
 isition: R0013377 Senior Economist\, Northern Investment Strategy\nInterv
 iew Type: Hiring Manager Interview\nInterviewer: Anika Sorensen\, VP Econ
 omics\nFormat: Microsoft Teams (link to follow)\n\nPlease do not reply to 
 this automated message.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-panel-in-person",
        uid="WD-BDB-INT-R0013377-2@myworkday.example.com",
        is_interview=1,
        company="Borealis Development Bank",
        role="Senior Economist, Northern Investment Strategy",
        stage="onsite",
        interviewers="anika.sorensen@borealisbank.example.ca;louis.tanguay@borealisbank.example.ca;mary.kilabuk@borealisbank.example.ca",
        trap="workday-panel-schedule-list",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-BDB-INT-R0013377-2@myworkday.example.com
DTSTAMP:20251117T160514Z
DTSTART:20251126T143000Z
DTEND:20251126T163000Z
SUMMARY:Interview - Senior Economist\, Northern Investment Strategy (R0013377) - Panel
ORGANIZER;CN=Borealis Development Bank Talent:mailto:borealisbank@myworkday.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Emilie Tremblay-Singh:mailto:emi
 lie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Anika Sorensen:mailto:anika.sorensen@borea
 lisbank.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Louis Tanguay:mailto:louis.tanguay@boreal
 isbank.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mary Kilabuk:mailto:mary.kilabuk@borealis
 bank.example.ca
DESCRIPTION:Interview Details\n\nCandidate: Emilie Tremblay-Singh\nJob Requ
 isition: R0013377\nInterview Type: Panel Interview (in person)\n\n9:30-10:
 30  Panel - Anika Sorensen\, Louis Tanguay (Director\, Risk)\, Mary Kilab
 uk (Director\, Indigenous Partnerships)\n10:30-11:30  Data exercise (Exce
 l) - self-directed\n\nLocation: 55 Metcalfe St (fictional)\, 9th floor rec
 eption\, Ottawa\n\nPlease do not reply to this automated message.
LOCATION:55 Metcalfe St\, 9th floor\, Ottawa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-intro-with-client",
        uid="040000008200E00074C5B7101A82E00800000000E19C8B7A6F86DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
        is_interview=1,
        company="Canadian Pension Policy Board",
        role="Director, Policy Research",
        stage="hiring_manager",
        interviewers="h.lavigne@cppb-ccpr.example.ca",
        trap="agency-organizer-client-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Moreau, Stéphanie":mailto:smoreau@prospecttalent.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lavigne, Hugo":mailto:h
 .lavigne@cppb-ccpr.example.ca
DESCRIPTION;LANGUAGE=en-CA:Emilie\,\n\nAs discussed\, I've set up your firs
 t conversation with Hugo Lavigne\, Vice-President\, Research & Policy at t
 he Canadian Pension Policy Board\, for the Director\, Policy Research mand
 ate. Hugo has read your CV and my summary. Expect questions on retirement 
 income adequacy and on managing a team of economists.\n\nI'll call you af
 terwards for a debrief.\n\nStéphanie Moreau\nPrincipal\, Prospect Talent 
 Partners | Executive Search\n+1 613-555-0162\n
UID:040000008200E00074C5B7101A82E00800000000E19C8B7A6F86DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-CA:CPPB - Director\, Policy Research: E. Tremblay-Singh / H. Lavigne
DTSTART;TZID=Eastern Standard Time:20251208T080000
DTEND;TZID=Eastern Standard Time:20251208T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T223017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:CPPB offices\, 200 Laurier Ave W (fictional)\, suite 700
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-panel-forwarded",
        uid="040000008200E00074C5B7101A82E00800000000F2AD9C8B7097DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9",
        is_interview=1,
        company="Canadian Pension Policy Board",
        role="Director, Policy Research",
        stage="onsite",
        interviewers="h.lavigne@cppb-ccpr.example.ca;a.kowalczyk@cppb-ccpr.example.ca;t.ndiaye@cppb-ccpr.example.ca",
        trap="agency-recruiter-attends-panel-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Lavigne, Hugo":mailto:h.lavigne@cppb-ccpr.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kowalczyk, Anna":mailto
 :a.kowalczyk@cppb-ccpr.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ndiaye, Thierno":mailto
 :t.ndiaye@cppb-ccpr.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreau, S
 téphanie":mailto:smoreau@prospecttalent.example.ca
DESCRIPTION;LANGUAGE=en-CA:Panel interview - Director\, Policy Research.\n\
 nPanel: Hugo Lavigne (VP)\, Anna Kowalczyk (Chief Actuary)\, Thierno Ndia
 ye (Board member\, HR committee). Stéphanie Moreau (Prospect Talent) is co
 pied for information only.\n\nPlease prepare a 10-minute presentation: "Th
 e next five years of pension policy research in Canada".\n
UID:040000008200E00074C5B7101A82E00800000000F2AD9C8B7097DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=en-CA:Panel - Director\, Policy Research (Prospect Talent candidate)
DTSTART;TZID=Eastern Standard Time:20260112T130000
DTEND;TZID=Eastern Standard Time:20260112T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251218T150322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:CPPB Boardroom\, suite 700
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-agency-panel",
        uid="5r0kq2a9d1m8v3c6h4l7j0f2xe@google.com",
        is_interview=1,
        company="Great Lakes Energy Planning Agency",
        role="Manager, Regulatory Policy",
        stage="onsite",
        interviewers="nkhan@glepa.example.ca;bsaunders@glepa.example.ca",
        trap="google-export-agency-copied-toronto",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:emilie.tremblaysingh@outlook.com
X-WR-TIMEZONE:America/Toronto
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260115T103000
DTEND;TZID=America/Toronto:20260115T120000
DTSTAMP:20260110T020112Z
ORGANIZER;CN=Owen Fairbairn:mailto:owen@quorumsearch.example.com
UID:5r0kq2a9d1m8v3c6h4l7j0f2xe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=emilie
 .tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.tremblaysingh@outl
 ook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia 
 Khan;X-NUM-GUESTS=0:mailto:nkhan@glepa.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brian 
 Saunders;X-NUM-GUESTS=0:mailto:bsaunders@glepa.example.ca
CREATED:20260106T211541Z
DESCRIPTION:GLEPA - Manager\, Regulatory Policy - panel interview with Nadi
 a Khan (Director\, Regulatory Affairs) and Brian Saunders (VP Planning). 1
 20 Adelaide St W (fictional)\, Toronto\, 14th fl. Owen (Quorum) will not 
 attend - call him after.\n\nTrain: VIA 43 Ottawa 06:40 -> Toronto 11:02?? 
 NO - take the 05:45.
LAST-MODIFIED:20260110T020112Z
LOCATION:120 Adelaide St W\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quorum / GLEPA panel - Manager Regulatory Policy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-university-hiring-committee",
        uid="040000008200E00074C5B7101A82E00800000000A3BE0D9C81A8DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0",
        is_interview=1,
        company="Bytown University",
        role="Associate Director, Centre for Public Finance",
        stage="onsite",
        interviewers="rachel.ng@bytownu.example.ca;francois.lemire@bytownu.example.ca;kwame.asante@bytownu.example.ca",
        trap="university-search-committee-job-talk",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Public Policy School Admin - Bytown U":mailto:spp-admin@bytownu.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ng, Rachel":mailto:rach
 el.ng@bytownu.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lemire, François":mailt
 o:francois.lemire@bytownu.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Asante, Kwame":mailto:k
 wame.asante@bytownu.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Desmarais 
 Hall 4120 Seminar (30)":mailto:dms4120@bytownu.example.ca
DESCRIPTION;LANGUAGE=en-CA:Search Committee - Associate Director\, Centre f
 or Public Finance\n\n1:00-1:45 Public talk by the candidate (open to facul
 ty and students)\n1:45-3:00 Interview with the search committee: Prof. Rac
 hel Ng (Chair)\, Prof. François Lemire\, Kwame Asante (Executive Director\
 , Centre for Public Finance)\n\nParking permit will be left at the Desmara
 is Hall front desk.\n
UID:040000008200E00074C5B7101A82E00800000000A3BE0D9C81A8DC01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=en-CA:CPF Associate Director search - candidate visit: E. Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20260203T130000
DTEND;TZID=Eastern Standard Time:20260203T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T181902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Desmarais Hall 4120 Seminar (30)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="njoyn-municipal-panel",
        uid="NJOYN-RV-2025-0911-INT-3341@rideauvalley.example.ca",
        is_interview=1,
        company="City of Rideau Valley",
        role="Senior Policy Planner, Economic Development",
        stage="onsite",
        interviewers="Sarah McIntyre;Pat Dubé",
        trap="municipal-ats-names-without-addresses",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Njoyn//Interview Scheduler 9.4//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:NJOYN-RV-2025-0911-INT-3341@rideauvalley.example.ca
DTSTAMP:20251110T134455Z
DTSTART;TZID=America/Toronto:20251118T090000
DTEND;TZID=America/Toronto:20251118T103000
SUMMARY:City of Rideau Valley - Interview - Senior Policy Planner\, Economic Development (Job #2025-0911)
DESCRIPTION:Dear Emilie\,\n\nYou have been selected for an interview for th
 e position of Senior Policy Planner\, Economic Development (Job #2025-0911
 ).\n\nThe interview will consist of a 30-minute written exercise followed 
 by a panel interview with Sarah McIntyre (Director\, Economic Development) 
 and Councillor liaison Pat Dubé. Please arrive 10 minutes early at City Ha
 ll\, 1 Civic Square (fictional)\, Human Resources\, 2nd floor.\n\nAccommod
 ation is available upon request throughout the recruitment process.\n\nHum
 an Resources\, City of Rideau Valley
LOCATION:City Hall\, 1 Civic Square\, Rideau Valley - HR 2nd floor
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-online-exam-bilingual",
        uid="040000008200E00074C5B7101A82E00800000000B4CF1EAD92B9DC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1",
        is_interview=1,
        company="Statistics and Data Standards Canada",
        role="Analyste principal(e) / Senior Analyst (EC-06)",
        stage="technical",
        interviewers="",
        trap="gc-unsupervised-internet-test-window",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="SDSC Dotation / Staffing (NSDC/SDSC)":mailto:dotation-staffing@sdsc-nsdc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:Processus 25-SDSC-EA-EC-0566\n\nLe Test de raiso
 nnement analytique et l'examen écrit seront disponibles dans la plateform
 e d'évaluation en ligne pendant la fenêtre indiquée (13 h à 16 h\, heure d
 e l'Est). / The analytical reasoning test and written exam will be availa
 ble on the online assessment platform during the window shown (1 to 4 p.m
 . Eastern).\n\nNe pas répondre à ce courriel. / Do not reply.\n
UID:040000008200E00074C5B7101A82E00800000000B4CF1EAD92B9DC01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1
SUMMARY;LANGUAGE=fr-CA:25-SDSC-EA-EC-0566 : Examen en ligne / Online exam (EC-06)
DTSTART;TZID=Eastern Standard Time:20251201T130000
DTEND;TZID=Eastern Standard Time:20251201T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T164420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Plateforme d'évaluation en ligne / Online assessment platform
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-status-cancelled-board",
        uid="040000008200E00074C5B7101A82E00800000000C5D02FBEA3CADC01000000000000000010000000A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2",
        is_interview=1,
        company="Statistics and Data Standards Canada",
        role="Analyste principal(e) / Senior Analyst (EC-06)",
        stage="onsite",
        interviewers="amelie.cote@sdsc-nsdc.example.ca;darnell.hughes@sdsc-nsdc.example.ca",
        trap="cancelled-board-process-cancelled-status",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="SDSC Dotation / Staffing (NSDC/SDSC)":mailto:dotation-staffing@sdsc-nsdc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Côté, Amé
 lie":mailto:amelie.cote@sdsc-nsdc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, D
 arnell":mailto:darnell.hughes@sdsc-nsdc.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Le processus 25-SDSC-EA-EC-0566 est annulé en ra
 ison de la révision des besoins organisationnels. L'entrevue avec le comit
 é (Amélie Côté\, Darnell Hughes) n'aura pas lieu. Nous vous remercions de 
 votre intérêt.\n\nProcess 25-SDSC-EA-EC-0566 has been cancelled due to a r
 eview of organizational needs. The board interview will not take place.\n
UID:040000008200E00074C5B7101A82E00800000000C5D02FBEA3CADC01000000000000000010000000A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2
SUMMARY;LANGUAGE=fr-CA:Annulé : Entrevue / Interview - 25-SDSC-EA-EC-0566
DTSTART;TZID=Eastern Standard Time:20260113T100000
DTEND;TZID=Eastern Standard Time:20260113T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260107T195511Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-CA:Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
