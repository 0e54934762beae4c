"""holdout152: the user's own interviews, sent from Outlook / Exchange."""

from holdout152ev_ics import ev

_KEMPI_UID = (
    "040000008200E00074C5B7101A82E00800000000A0C3B1F2D53EDC01"
    "000000000000000010000000E4F0B1C2D3A4B5C6D7E8F90A1B2C3D4E"
)

_KEMPI = r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:{stamp}
DESCRIPTION:Dear Chiara\,\n\n{body}\n\nKind regards\nMichaela Fink\nExecutiv
 e Assistant to the Regional Vice President Commercial\nKempinski Hotels S.A
 .\n\n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or ro
 om device\nClick here to join the meeting<https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_YmQ3>\nMeeting ID: 372 114 550 98\nPasscode: 9hTe4P
 \n________________________________________________________________________
 ________\n
DTEND;TZID="W. Europe Standard Time":{end}
DTSTAMP:{stamp}
DTSTART;TZID="W. Europe Standard Time":{start}
LAST-MODIFIED:{stamp}
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Lehner, Thomas";SENT-BY="mailto:michaela.fink@kempinski.com":
 mailto:thomas.lehner@kempinski.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
ATTENDEE;CN="Gruber, Anna";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:anna.grube
 r@kempinski.com
PRIORITY:5
SEQUENCE:{seq}
SUMMARY;LANGUAGE=en-us:{summary}
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""

EVENTS = [
    ev(
        "outlook-hm",
        "040000008200E00074C5B7101A82E008000000003077A5C1D73EDC01000000000000000010000000B9A17E2E6F1C3B4A8A5D0E7C3F2B1A90",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Chiara\,\n\nas discussed with Sarah\, I would like to invite
  you to a conversation with Dominik Huber\, Area Director of Revenue Switze
 rland\, about the Cluster Revenue Manager position for Zurich Marriott and
  Renaissance Zurich Tower.\n\nPlease ask for the Executive Lounge\, 6th flo
 or. Dominik is looking forward to meeting you.\n\nBest\nSarah\n
DTEND;TZID="W. Europe Standard Time":20261019T173000
DTSTAMP:20261012T090412Z
DTSTART;TZID="W. Europe Standard Time":20261019T163000
LOCATION:Zurich Marriott Hotel\, Neumühlequai 42\, 8006 Zürich - Executive
  Lounge
ORGANIZER;CN="Keller, Sarah":mailto:Sarah.Keller@marriott.com
ATTENDEE;CN="Huber, Dominik";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Dominik
 .Huber@marriott.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;CN="ZRHDT Exec Lounge 6F";ROLE=NON-PARTICIPANT;RSVP
 =TRUE:mailto:zrhdt.execlounge6f@marriott.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Chiara Romano / Dominik Huber - Cluster RM Zurich
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003077A5C1D73EDC01000000000000000
 010000000B9A17E2E6F1C3B4A8A5D0E7C3F2B1A90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Marriott International",
        role="Cluster Revenue Manager",
        stage="hiring_manager",
        interviewers="dominik.huber@marriott.com",
        trap="outlook-names-only-subject-room-resource",
    ),
    ev(
        "outlook-rescheduled",
        _KEMPI_UID,
        _KEMPI.format(
            stamp="20261015T080000Z",
            start="20261021T150000",
            end="20261021T160000",
            seq="0",
            uid=_KEMPI_UID[:75] + "\n " + _KEMPI_UID[75:],
            summary="Kempinski | Cluster Director of Revenue - C. Romano / T. Lehner",
            body="On behalf of Thomas Lehner\\, Regional Vice President Commercial Central\n Europe\\, "
            "I am pleased to invite you to the next interview round.",
        ),
        interview=1,
        company="Kempinski Hotels",
        role="Cluster Director of Revenue",
        stage="hiring_manager",
        interviewers="thomas.lehner@kempinski.com",
        trap="outlook-sent-by-assistant-original",
    ),
    ev(
        "outlook-rescheduled",
        _KEMPI_UID,
        _KEMPI.format(
            stamp="20261019T131500Z",
            start="20261023T090000",
            end="20261023T100000",
            seq="2",
            uid=_KEMPI_UID[:75] + "\n " + _KEMPI_UID[75:],
            summary="Kempinski | Cluster Director of Revenue - C. Romano / T. Lehner (NEW\n  TIME)",
            body="Due to a change in Mr Lehner's travel plans we have moved your interview\n  to Friday "
            "morning. Apologies for the inconvenience.",
        ),
        interview=1,
        company="Kempinski Hotels",
        role="Cluster Director of Revenue",
        stage="hiring_manager",
        interviewers="thomas.lehner@kempinski.com",
        trap="outlook-sent-by-assistant-rescheduled-sequence",
    ),
    ev(
        "outlook-panel",
        "040000008200E00074C5B7101A82E00800000000D0B6E2A3F83EDC010000000000000000100000007A1B2C3D4E5F60718293A4B5C6D7E8F9",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ GMT Standard Time%%
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Chiara\,\n\nThank you for your time with Hannah last week.
  We would now like to invite you to London to meet the panel for the Direct
 or of Revenue Strategy\, UK & Europe role:\n\n- Laurent Mercier\, Chief Com
 mercial Officer\n- Olivia Grant\, Director of Finance\, The Dorchester\n- H
 annah Whitfield\, Senior Talent Partner\n\nPlease allow 2 hours. Reception
  will bring you to the Board Room.\n\nWarm regards\nHannah
DTEND;TZID="GMT Standard Time":20261112T123000
DTSTAMP:20261104T112233Z
DTSTART;TZID="GMT Standard Time":20261112T103000
LOCATION:The Dorchester\, 53 Park Lane\, London W1K 1QA - Board Room
ORGANIZER;CN="Whitfield, Hannah":mailto:hannah.whitfield@dorchestercollecti
 on.com
ATTENDEE;CN="Mercier, Laurent";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lauren
 t.mercier@dorchestercollection.com
ATTENDEE;CN="Grant, Olivia";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:olivia.gr
 ant@dorchestercollection.com
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.roma
 no.hotel@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;CN="TD Board Room";ROLE=NON-PARTICIPANT:mailto:td.
 boardroom@dorchestercollection.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Panel - Director of Revenue Strategy UK & Europe - C
 hiara Romano
UID:040000008200E00074C5B7101A82E00800000000D0B6E2A3F83EDC01000000000000000
 0100000007A1B2C3D4E5F60718293A4B5C6D7E8F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Dorchester Collection",
        role="Director of Revenue Strategy, UK & Europe",
        stage="onsite",
        interviewers="laurent.mercier@dorchestercollection.com;olivia.grant@dorchestercollection.com;"
        "hannah.whitfield@dorchestercollection.com",
        trap="outlook-gmt-panel-organizer-interviews",
    ),
    ev(
        "outlook-hm",
        "040000008200E00074C5B7101A82E00800000000112233445566DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Dear Ms Romano\,\n\nFurther to your conversation with our Talen
 t team\, Mr Andreas Köhler\, Hotel Manager\, would be delighted to meet yo
 u in person. Please report to the Concierge Desk.\n\nMandarin Oriental\, Mu
 nich\nNeuturmstrasse 1\, 80331 Munich\n
DTEND;TZID="W. Europe Standard Time":20261026T120000
DTSTAMP:20261020T073000Z
DTSTART;TZID="W. Europe Standard Time":20261026T110000
LOCATION:Mandarin Oriental\, Munich - Concierge
ORGANIZER;CN="Köhler, Andreas";SENT-BY="mailto:verena.seidl@mohg.com":mai
 lto:andreas.koehler@mohg.com
ATTENDEE;CN="Köhler, Andreas";ROLE=REQ-PARTICIPANT:mailto:andreas.koehler@m
 ohg.com
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.roma
 no.hotel@bluewin.ch
SEQUENCE:0
SUMMARY;LANGUAGE=de-de:Meeting Ms Romano - Director of Revenue
UID:040000008200E00074C5B7101A82E00800000000112233445566DC01000000000000000
 01000000055AA66BB77CC88DD99EE00FF11223344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Mandarin Oriental",
        role="Director of Revenue",
        stage="hiring_manager",
        interviewers="andreas.koehler@mohg.com",
        trap="outlook-meeting-ms-subject-sent-by",
    ),
    ev(
        "outlook-cancelled",
        "040000008200E00074C5B7101A82E00800000000998877665544DC01000000000000000010000000C0FFEE00D15EA5E0BADC0DE123456789",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Dear Ms Romano\, unfortunately Mr Köhler has to travel to Hong
  Kong at short notice. Verena will propose new dates for the final meeting
  with our Area Vice President.\n
DTEND;TZID="W. Europe Standard Time":20261106T160000
DTSTAMP:20261103T101500Z
DTSTART;TZID="W. Europe Standard Time":20261106T143000
LOCATION:Mandarin Oriental\, Munich - Private Dining Room
ORGANIZER;CN="Köhler, Andreas";SENT-BY="mailto:verena.seidl@mohg.com":mai
 lto:andreas.koehler@mohg.com
ATTENDEE;CN="Köhler, Andreas";ROLE=REQ-PARTICIPANT:mailto:andreas.koehler@m
 ohg.com
ATTENDEE;CN="Lam, Vivian";ROLE=REQ-PARTICIPANT:mailto:vivian.lam@mohg.com
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT:mailto:chiara.romano.hotel@b
 luewin.ch
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=de-de:Abgesagt: Final meeting Ms Romano / AVP
UID:040000008200E00074C5B7101A82E00800000000998877665544DC01000000000000000
 010000000C0FFEE00D15EA5E0BADC0DE123456789
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Mandarin Oriental",
        role="",
        stage="final",
        interviewers="andreas.koehler@mohg.com;vivian.lam@mohg.com",
        trap="outlook-method-cancel-german-abgesagt",
    ),
    ev(
        "outlook-screen",
        "040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC010000000000000000100000004D2A9B7C1E3F5A6B8C9D0E1F2A3B4C5D",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Arabian Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Dear Chiara\,\n\nPlease find below the Teams link for our call
  regarding the Director of Revenue Management role at Jumeirah Burj Al Arab.
  The call will be approx. 30 minutes (14:00 Dubai time / 11:00 Zurich).\n\n
 Best regards\,\nReem Al Suwaidi\nTalent Acquisition Specialist | Jumeirah\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_NmJh\nDial in by phone +971 4 521 8890\,\,48271932#
  United Arab Emirates\, Dubai\n
DTEND;TZID="Arabian Standard Time":20261104T143000
DTSTAMP:20261028T052000Z
DTSTART;TZID="Arabian Standard Time":20261104T140000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Reem Al Suwaidi":mailto:reem.alsuwaidi@jumeirah.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=en-us:Jumeirah - Chiara Romano - Teams call
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC0100000000000000
 00100000004D2A9B7C1E3F5A6B8C9D0E1F2A3B4C5D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Jumeirah",
        role="Director of Revenue Management",
        stage="recruiter_screen",
        interviewers="reem.alsuwaidi@jumeirah.com",
        trap="outlook-arabian-standard-time-teams-call",
    ),
    ev(
        "outlook-gespraech",
        "040000008200E00074C5B7101A82E0080000000022AA44CC66EEDC01000000000000000010000000F1E2D3C4B5A697887766554433221100",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Liebe Frau Romano\n\nGerne bestätige ich Ihnen den Termin für
  das persönliche Gespräch betreffend die Position Director of Revenue & Dis
 tribution. Teilnehmend: Herr Markus Gloor (Managing Director) und ich.\n\n
 Bitte melden Sie sich beim Portier. Parkplätze stehen in der Garage zur Ve
 rfügung.\n\nFreundliche Grüsse\nCorinne Widmer\nHead of Human Resources\nT
 he Dolder Grand\n
DTEND;TZID="W. Europe Standard Time":20261124T153000
DTSTAMP:20261117T140200Z
DTSTART;TZID="W. Europe Standard Time":20261124T140000
LOCATION:The Dolder Grand\, Kurhausstrasse 65\, 8032 Zürich - Sitzungszimm
 er Belvoir
ORGANIZER;CN="Widmer Corinne":mailto:corinne.widmer@thedoldergrand.com
ATTENDEE;CN="Gloor Markus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markus.glo
 or@thedoldergrand.com
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.ro
 mano.hotel@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;CN="DG Sitzungszimmer Belvoir";ROLE=NON-PARTICIPAN
 T:mailto:sz.belvoir@thedoldergrand.com
SUMMARY;LANGUAGE=de-ch:Gespräch Frau Romano / Herr Gloor / Frau Widmer
UID:040000008200E00074C5B7101A82E0080000000022AA44CC66EEDC0100000000000000
 0010000000F1E2D3C4B5A697887766554433221100
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="The Dolder Grand",
        role="Director of Revenue & Distribution",
        stage="",
        interviewers="markus.gloor@thedoldergrand.com;corinne.widmer@thedoldergrand.com",
        trap="outlook-swiss-german-gespraech-names-only",
    ),
    ev(
        "outlook-case",
        "040000008200E00074C5B7101A82E00800000000AC0BB0A1C2D3DC01000000000000000010000000ACC0BB0ACC0BB0ACC0BB0ACC0BB0ACC0",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Hello Chiara\,\n\nAs announced by Florian\, here is the slot fo
 r your business case presentation (Budget 2027 Swissôtel Zürich – rooms &
  F&B revenue mix). Please bring your presentation on a USB stick or send it
  beforehand.\n\nJury: Nathalie Berger (VP Commercial Switzerland)\, Stefan
  Imhof (GM Swissôtel Zürich).\n\nBest regards\nLaura Meier\nAssistant to VP
  Commercial\n
DTEND;TZID="W. Europe Standard Time":20261022T110000
DTSTAMP:20261014T150000Z
DTSTART;TZID="W. Europe Standard Time":20261022T093000
LOCATION:Swissôtel Zürich\, Schulstrasse 44\, 8050 Zürich-Oerlikon - Meeti
 ng Room Säntis
ORGANIZER;CN="Berger, Nathalie";SENT-BY="mailto:laura.meier@accor.com":mai
 lto:nathalie.berger@accor.com
ATTENDEE;CN="Imhof, Stefan";ROLE=REQ-PARTICIPANT:mailto:stefan.imhof@accor
 .com
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:chiara.romano.hote
 l@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;CN="ZRH Saentis (12)";ROLE=NON-PARTICIPANT:mailto
 :zrh.saentis@accor.com
SUMMARY;LANGUAGE=fr-ch:Business Case - Chiara Romano - DOR Zürich
UID:040000008200E00074C5B7101A82E00800000000AC0BB0A1C2D3DC0100000000000000
 0010000000ACC0BB0ACC0BB0ACC0BB0ACC0BB0ACC0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Accor",
        role="Director of Revenue",
        stage="technical",
        interviewers="nathalie.berger@accor.com;stefan.imhof@accor.com",
        trap="outlook-business-case-jury-sent-by",
    ),
    ev(
        "outlook-teams",
        "040000008200E00074C5B7101A82E0080000000056781234ABCDDC0100000000000000001000000077EE88FF99AA00BB11CC22DD33EE44FF",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Romance Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Hi Chiara\,\nthanks for your interest in the Director Commercia
 l Strategy – Central Europe opening. Looking forward to our chat.\nPieter\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting>\nJoin
  the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zj
 E4>\nMeeting ID: 318 554 209 117\nPasscode: wR3nQx\nDial in by phone\n+32 2
  897 60 41\,\,715204331# Belgium\, Brussels\n
DTEND;TZID="Romance Standard Time":20261029T093000
DTSTAMP:20261023T162500Z
DTSTART;TZID="Romance Standard Time":20261029T084500
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Claes, Pieter":mailto:pieter.claes@radissonhotels.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=en-us:Pieter / Chiara - Director Commercial Strategy CE
UID:040000008200E00074C5B7101A82E0080000000056781234ABCDDC0100000000000000
 001000000077EE88FF99AA00BB11CC22DD33EE44FF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Radisson Hotel Group",
        role="Director Commercial Strategy – Central Europe",
        stage="",
        interviewers="pieter.claes@radissonhotels.com",
        trap="outlook-romance-zone-first-names-chat",
    ),
]
