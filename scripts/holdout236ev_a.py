# ruff: noqa: E501, W291
"""holdout236 events, part a: Roche, Novartis, the headhunter and Idorsia (written blind)."""

from holdout236ev_tz import BERLIN_APPLE, BERLIN_G, WEUROPE, ZURICH

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-INT-7f3a91c2-5d0e-4b6a-9a1e-2c81f0d4e519",
        iv=1,
        company="Roche",
        role="Section Head, Infection Biology & Microbiome (pRED)",
        stage="recruiter_screen",
        who="sabine.meury@roche.com",
        trap="workday-talent-partner-phone-screen-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Calendar 2025.46//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-7f3a91c2-5d0e-4b6a-9a1e-2c81f0d4e519
DTSTAMP:20251111T152204Z
DTSTART:20251118T090000Z
DTEND:20251118T094500Z
SUMMARY:Interview: Section Head\, Infection Biology & Microbiome (pRED) - R
 ole 202511-12877 - Anja Roth
DESCRIPTION:Dear Anja\,\n\nThank you for your interest in Roche. Please fi
 nd below the details for your upcoming conversation.\n\nInterview type: P
 hone Screen\nInterviewer: Sabine Meury\, Talent Partner Research & Early 
 Development\nDuration: 45 minutes\n\nSabine will call you on +49 160 9482
 117. If you need to change the time\, please reply to this e-mail.\n\nKin
 d regards\nRoche Talent Acquisition\n\nThis is an automatically generated
  message from Workday. Please do not reply directly.
LOCATION:Phone call
ORGANIZER;CN=Roche Talent Acquisition:mailto:roche@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:
 mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sabine Meury:mailto:sab
 ine.meury@roche.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-hiring-manager",
        uid="040000008200E00074C5B7101A82E0080000000050B2E3A1C45CDC01000000000000000010000000A7F3C2D9E41B5E4FB0C1D2E3F4A5B6C7",
        iv=1,
        company="Roche",
        role="Section Head, Infection Biology & Microbiome",
        stage="hiring_manager",
        who="thomas.leuenberger@roche.com",
        trap="outlook-sent-by-coordinator-hiring-manager-teams",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Leuenberger, Thomas";SENT-BY="mailto:nadine.vonarx@roche.com":mailto:thomas.leuenberger@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meury, Sabine":mailto:sabine.meury@roche.com
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Roth\,\n\nOn behalf of Thomas Leuenberger (Global Head Immunology & Infectious Diseases\, pRED) I am happy to confirm your conversation about the Section Head position. Thomas would like to learn more about your research on biofilm persistence and your leadership experience.\n\nBest regards\nNadine von Arx\nAssistant to Thomas Leuenberger\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA4N2E0ZTMtMTQ3Ni00OWZjLWEzZTYtNzQ1OTFjY2U0ZDE1%40thread.v2/0>\nMeeting ID: 364 118 902 774\nPasscode: Ft7vQ2\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000050B2E3A1C45CDC01000000000000000010000000A7F3C2D9E41B5E4FB0C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=en-US:Roche pRED – Dr. Anja Roth / Thomas Leuenberger
DTSTART;TZID=W. Europe Standard Time:20251204T163000
DTEND;TZID=W. Europe Standard Time:20251204T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251127T081512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scientific-seminar",
        uid="040000008200E00074C5B7101A82E00800000000F0C4A9B8D871DC01000000000000000010000000C3B1E77A52F0DA4E8D0E2B7F19A4C6D2",
        iv=1,
        company="Roche",
        role="Section Head, Infection Biology & Microbiome",
        stage="onsite",
        who="thomas.leuenberger@roche.com;claudia.mettler@roche.com;peter.hofstetter@roche.com",
        trap="pharma-scientific-seminar-with-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="von Arx, Nadine":mailto:nadine.vonarx@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leuenberger, Thomas":mailto:thomas.leuenberger@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mettler, Claudia":mailto:claudia.mettler@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofstetter, Peter":mailto:peter.hofstetter@roche.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CH-BS Bau 1 / OG10 Auditorium (120)":mailto:ch-bs-b001-og10-auditorium@roche.com
DESCRIPTION;LANGUAGE=en-US:Scientific Seminar – Dr. Anja Roth (Georg-Lichtenberg-Universität Göttingen)\n"Persisters\, biofilms and the tolerance gap: new entry points for anti-infective discovery"\n\n45 min talk + 15 min Q&A. Audience: pRED I2O leadership team and scientists (open seminar\, please forward to interested colleagues).\n\nVisitor badge at Empfang Bau 1\, Grenzacherstrasse 124. The 1:1 meetings follow in the afternoon (separate invitations).\n
UID:040000008200E00074C5B7101A82E00800000000F0C4A9B8D871DC01000000000000000010000000C3B1E77A52F0DA4E8D0E2B7F19A4C6D2
SUMMARY;LANGUAGE=en-US:Scientific Seminar: Dr. Anja Roth – Persisters\, biofilms and the tolerance gap
DTSTART;TZID=W. Europe Standard Time:20260120T100000
DTEND;TZID=W. Europe Standard Time:20260120T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T133041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CH-BS Bau 1 / OG10 Auditorium (120)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-one-to-one",
        uid="040000008200E00074C5B7101A82E00800000000A1D5B9C0D871DC01000000000000000010000000F0E8D7C6B5A4938271605F4E3D2C1B0A",
        iv=1,
        company="Roche",
        role="",
        stage="onsite",
        who="claudia.mettler@roche.com",
        trap="pharma-onsite-one-to-one-terse-subject",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="von Arx, Nadine":mailto:nadine.vonarx@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mettler, Claudia":mailto:claudia.mettler@roche.com
DESCRIPTION;LANGUAGE=en-US:Claudia Mettler – Head Discovery Biology I2O\n\nPlease come to Bau 1\, OG 12\, room 12.214 after lunch. Nadine will pick you up at the restaurant.\n
UID:040000008200E00074C5B7101A82E00800000000A1D5B9C0D871DC01000000000000000010000000F0E8D7C6B5A4938271605F4E3D2C1B0A
SUMMARY;LANGUAGE=en-US:1:1 Anja Roth / Claudia Mettler
DTSTART;TZID=W. Europe Standard Time:20260120T133000
DTEND;TZID=W. Europe Standard Time:20260120T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T133517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bau 1\, 12.214
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-one-to-one",
        uid="040000008200E00074C5B7101A82E00800000000B2E6CAD1D871DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
        iv=1,
        company="Roche",
        role="",
        stage="onsite",
        who="peter.hofstetter@roche.com",
        trap="pharma-onsite-one-to-one-german-subject",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="von Arx, Nadine":mailto:nadine.vonarx@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofstetter, Peter":mailto:peter.hofstetter@roche.com
DESCRIPTION;LANGUAGE=de-CH:Peter Hofstetter\, Head Research Portfolio & Strategy. Gespräch kann gerne auf Deutsch stattfinden. Anschliessend Rundgang durch die Labors in Bau 93 mit Dr. Lea Brunner.\n
UID:040000008200E00074C5B7101A82E00800000000B2E6CAD1D871DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=de-CH:Gespräch Dr. Roth – P. Hofstetter (Section Head I2O)
DTSTART;TZID=W. Europe Standard Time:20260120T143000
DTEND;TZID=W. Europe Standard Time:20260120T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T133901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Bau 1\, 12.220
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-pred-head",
        uid="7c0f4b3e2a@anja-roth-mikro.posteo",
        iv=1,
        company="Roche",
        role="Section Head",
        stage="final",
        who="Hanno Siegrist",
        trap="self-typed-final-with-research-head-iphone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260203T194411Z
UID:7c0f4b3e2a@anja-roth-mikro.posteo
DTSTART;TZID=Europe/Berlin:20260210T150000
DTEND;TZID=Europe/Berlin:20260210T154500
DTSTAMP:20260203T194433Z
SEQUENCE:0
SUMMARY:Roche letzte Runde – Hanno Siegrist (Head pRED)
DESCRIPTION:Video\, Link kommt von Nadine. Section Head. 45 min\, "mostly
  about vision + team". Fragen: Budget I2O 2027? Headcount? Wie viel Fre
 iheit fuer eigene Projekte? Standort Basel vs. Penzberg?
LOCATION:Teams
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-screen",
        uid="WD-SCHED-2d95c1e0-8a74-4f3b-b6e2-90d1c3a4f7e8",
        iv=1,
        company="Novartis",
        role="Director, Bacterial Infection Biology - Biomedical Research",
        stage="recruiter_screen",
        who="maja.kellerhals@novartis.com",
        trap="workday-novartis-screen-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Calendar 2026.02//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:WD-SCHED-2d95c1e0-8a74-4f3b-b6e2-90d1c3a4f7e8
DTSTAMP:20260107T101522Z
DTSTART;TZID=Europe/Zurich:20260113T090000
DTEND;TZID=Europe/Zurich:20260113T093000
SUMMARY:Novartis | Initial Conversation | Director\, Bacterial Infection B
 iology - Biomedical Research (REQ-10071234)
DESCRIPTION:Hello Anja\,\n\nYou have been scheduled for an initial conversa
 tion with Maja Kellerhals (Talent Acquisition Partner).\n\nJoin via Micros
 oft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmM2Nz
 UzZGQtYTIxMi00%40thread.v2/0\n\nPlease have your CV at hand. We look forw
 ard to speaking with you.\n\nNovartis Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Novartis Careers:mailto:novartis@myworkday.com
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Maja Kellerhals;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 maja.kellerhals@novartis.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-manager",
        uid="a6b1c7d2-3e4f-4a5b-8c9d-0e1f2a3b4c5d@novartis.com",
        iv=1,
        company="Novartis",
        role="Director, Bacterial Infection Biology",
        stage="hiring_manager",
        who="rahul.iyer@novartis.com;elena.gasser@novartis.com",
        trap="pharma-second-round-two-interviewers",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Iyer, Rahul":mailto:rahul.iyer@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gasser, Elena":mailto:elena.gasser@novartis.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kellerhals, Maja":mailto:maja.kellerhals@novartis.com
DESCRIPTION;LANGUAGE=en-US:Hi Anja\, looking forward to our discussion. Elena (Global Head Infectious Diseases Discovery) will join me. We would like to hear about your group's current work and how you would build the bacterial infection biology team in Basel. No slides needed.\nRahul\n\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1OGE3%40thread.v2/0>\nMeeting ID: 381 227 640 119\nPasscode: 9sKd2P\n________________________________________________________________________________\n
UID:a6b1c7d2-3e4f-4a5b-8c9d-0e1f2a3b4c5d@novartis.com
SUMMARY;LANGUAGE=en-US:Anja Roth <> Rahul / Elena – Director BIB
DTSTART;TZID=W. Europe Standard Time:20260129T170000
DTEND;TZID=W. Europe Standard Time:20260129T180000
DTSTAMP:20260116T071844Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-anonymous",
        uid="3e8d9a10-7b5f-11f0-9c1a-0242ac120002",
        iv=0,
        company="",
        role="",
        stage="",
        who="",
        trap="headhunter-call-names-no-employer-oberrhein",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251125T180000
DTEND;TZID=Europe/Berlin:20251125T183000
DTSTAMP:20251119T204512Z
ORGANIZER;CN=Dr. Marcus Hellwig:mailto:m.hellwig@hellwig-lifescience-search.de
UID:3e8d9a10-7b5f-11f0-9c1a-0242ac120002
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@po
 steo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Marcus Hellwig;X-NUM-GUESTS=0:mailto:m.hellwig@hellwig-lifescience
 -search.de
DESCRIPTION:Liebe Frau Dr. Roth\,\n\nherzlichen Dank für Ihre Rückmeldung 
 auf meine Nachricht. Wie angekündigt würde ich Ihnen gerne vertraulich ei
 ne Position vorstellen: die Leitung eines Forschungsbereichs Infektiologi
 e bei einem forschenden Pharmaunternehmen am Oberrhein. Den Namen meines 
 Mandanten darf ich Ihnen erst nach unserem ersten Gespräch nennen.\n\nIch 
 rufe Sie unter der angegebenen Mobilnummer an.\n\nMit besten Grüßen\nMarcu
 s Hellwig\nHellwig Life Science Executive Search GmbH\, Frankfurt am Main
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vertrauliches Gespräch – Dr. Roth / Dr. Hellwig
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-named",
        uid="5a1f0c64-8d21-11f0-b3e7-0242ac120002",
        iv=1,
        company="Idorsia",
        role="Head of Infectious Diseases Research",
        stage="recruiter_screen",
        who="m.hellwig@hellwig-lifescience-search.de",
        trap="headhunter-names-client-only-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251209T173000
DTEND;TZID=Europe/Berlin:20251209T183000
DTSTAMP:20251201T091133Z
ORGANIZER;CN=Dr. Marcus Hellwig:mailto:m.hellwig@hellwig-lifescience-search.de
UID:5a1f0c64-8d21-11f0-b3e7-0242ac120002
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@posteo
 .de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Marcus Hellwig;X-NUM-GUESTS=0:mailto:m.hellwig@hellwig-lifescience
 -search.de
DESCRIPTION:Liebe Frau Roth\,\n\nwie besprochen: Mein Mandant ist die Idor
 sia Pharmaceuticals Ltd in Allschwil (BL). Die Position „Head of Infectio
 us Diseases Research“ berichtet an den CSO. In unserem zweiten Gespräch m
 öchte ich mit Ihnen Ihren Werdegang\, Ihre Führungserfahrung und Ihre Gehal
 tsvorstellungen strukturiert durchgehen\, bevor ich Sie dem Mandanten vors
 telle.\n\nZoom: https://us06web.zoom.us/j/84419327765?pwd=aGVsbHdpZzIwMjU\n
 Meeting-ID: 844 1932 7765\nKenncode: 251209\n\nBeste Grüße\nMarcus Hellwig
LOCATION:https://us06web.zoom.us/j/84419327765?pwd=aGVsbHdpZzIwMjU
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dr. Roth / Dr. Hellwig – Strukturiertes Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-interview",
        uid="idorsia-2026-0115-roth-panel@idorsia.com",
        iv=1,
        company="Idorsia",
        role="Head of Infectious Diseases Research",
        stage="",
        who="beat.imhof@idorsia.com;stefan.brand@idorsia.com;julia.fehr@idorsia.com",
        trap="panel-with-cso-office-no-stage-word",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Fehr, Julia":mailto:julia.fehr@idorsia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Imhof, Beat":mailto:beat.imhof@idorsia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brand, Stefan":mailto:stefan.brand@idorsia.com
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Hellwig, Marcus (extern)":mailto:m.hellwig@hellwig-lifescience-search.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ALL-Hegenheimermattweg 91 - Room Rhein":mailto:room.rhein@idorsia.com
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Roth\,\nwe are pleased to welcome you in Allschwil. The meeting will be held in English with members of the research leadership team (Beat Imhof – CSO\, Stefan Brand – Head Drug Discovery Biology) and myself (HR Business Partner R&D). Please bring a 20 minute overview of your research and your vision for the ID unit.\nParking: visitor spaces P3.\nKind regards\, Julia Fehr\n
UID:idorsia-2026-0115-roth-panel@idorsia.com
SUMMARY;LANGUAGE=en-US:Meeting Dr. Anja Roth – Idorsia Research Leadership
DTSTART;TZID=W. Europe Standard Time:20260115T130000
DTEND;TZID=W. Europe Standard Time:20260115T160000
DTSTAMP:20251222T101010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Allschwil\, Hegenheimermattweg 91\, Room Rhein
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
