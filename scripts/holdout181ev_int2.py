"""holdout181: the user's own interviews, part 2 (hand-written raw iCalendar text)."""

from holdout181ev_tz import BERLIN, STOCKHOLM, VIENNA, W_EUROPE

EVENTS = [
    {
        "kind": "teamtailor-stockholm",
        "uid": "teamtailor-interview-8a1d55c2-0e0f-4a6b-a1bb-3c9c0ef01234",
        "is_interview": 1,
        "company": "Nordvik Electric AB",
        "role": "System Architect – Electric Drivetrain",
        "stage": "recruiter_screen",
        "interviewers": "elin.sandberg@nordvik.se",
        "trap": "teamtailor-english-stockholm-tz",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
{STOCKHOLM}
BEGIN:VEVENT
UID:teamtailor-interview-8a1d55c2-0e0f-4a6b-a1bb-3c9c0ef01234
DTSTAMP:20260302T092233Z
DTSTART;TZID=Europe/Stockholm:20260305T090000
DTEND;TZID=Europe/Stockholm:20260305T094500
SUMMARY:Interview: System Architect – Electric Drivetrain | Nordvik Electric
LOCATION:Microsoft Teams
DESCRIPTION:Hi Tobias\,\n\nGreat to have you in the process for System Arch
 itect – Electric Drivetrain (Göteborg or remote from Germany).\n\nYou will
  meet Elin Sandberg\, Talent Acquisition Partner. The conversation will be
  held in English.\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_ZDk4%40thread.v2/0\n\nBest regards\,\nNordvi
 k Electric AB
ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@nordvik.se
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.hart
 l@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-english-panel",
        "uid": "3h9kq2m7b1v0d8e5t6r4n2p9sa@google.com",
        "is_interview": 1,
        "company": "Nordvik Electric AB",
        "role": "System Architect – Electric Drivetrain",
        "stage": "technical",
        "interviewers": "johan.lindqvist@nordvik.se;priya.nair@nordvik.se",
        "trap": "google-invite-swedish-tech-panel",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{STOCKHOLM}
BEGIN:VEVENT
DTSTART;TZID=Europe/Stockholm:20260319T140000
DTEND;TZID=Europe/Stockholm:20260319T153000
DTSTAMP:20260311T080412Z
ORGANIZER;CN=Johan Lindqvist:mailto:johan.lindqvist@nordvik.se
UID:3h9kq2m7b1v0d8e5t6r4n2p9sa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Johan L
 indqvist;X-NUM-GUESTS=0:mailto:johan.lindqvist@nordvik.se
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya N
 air;X-NUM-GUESTS=0:mailto:priya.nair@nordvik.se
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.hartl@web.de;X-NUM-GUESTS=0:mailto:tobias.hartl@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elin S
 andberg;X-NUM-GUESTS=0:mailto:elin.sandberg@nordvik.se
DESCRIPTION:Technical deep-dive with Johan (Head of Drivetrain Systems) and
  Priya (Functional Safety Lead). Expect a whiteboard-style discussion on in
 verter/e-motor system partitioning\, ASIL decomposition and how you would st
 ructure the architecture team.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/xsd-omqt-
 kbe\nJoin by phone\n(SE) +46 8 505 169 34 PIN: 771 402 338#\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nordvik | Tobias Hartl – technical interview (System Architect)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prescreen-graz",
        "uid": "prescreen-appointment-551907-1741@murtal-pe.prescreen.io",
        "is_interview": 1,
        "company": "Murtal Powertrain Engineering GmbH",
        "role": "Teamleiter Hardwareentwicklung Leistungselektronik (m/w/d)",
        "stage": "",
        "interviewers": "stefan.url@murtal-pe.at;verena.kogler@murtal-pe.at",
        "trap": "austrian-ats-bewerbungsgespraech-vienna-tz",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen international GmbH//prescreen//DE
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:prescreen-appointment-551907-1741@murtal-pe.prescreen.io
DTSTAMP:20260225T105911Z
DTSTART;TZID=Europe/Vienna:20260310T090000
DTEND;TZID=Europe/Vienna:20260310T100000
SUMMARY:Bewerbungsgespräch - Teamleiter Hardwareentwicklung Leistungselektr
 onik (m/w/d)
LOCATION:Online via Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Hartl\,\n\nwir bedanken uns für Ihre Bewerbu
 ng und laden Sie herzlich zu einem ersten Bewerbungsgespräch ein.\n\nTeilne
 hmer seitens Murtal Powertrain Engineering:\nDI Stefan Url\, Abteilungsleit
 er Hardware\nMag. Verena Kogler\, HR\n\nDen Teams-Link erhalten Sie in eine
 r separaten E-Mail.\n\nMit freundlichen Grüßen aus Graz\nVerena Kogler
ORGANIZER;CN=Mag. Verena Kogler:mailto:verena.kogler@murtal-pe.at
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.hart
 l@web.de
ATTENDEE;CN=DI Stefan Url;PARTSTAT=ACCEPTED:mailto:stefan.url@murtal-pe.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "graz-zug",
        "uid": "20260401T0627-tobias-murtal-graz@web.de",
        "is_interview": 1,
        "company": "Murtal Powertrain Engineering GmbH",
        "role": "",
        "stage": "onsite",
        "interviewers": "Url",
        "trap": "handtyped-floating-second-round-abroad",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//DE
BEGIN:VEVENT
UID:20260401T0627-tobias-murtal-graz@web.de
DTSTAMP:20260401T062700Z
DTSTART:20260415T110000
DTEND:20260415T140000
SUMMARY:Graz - 2. Gespräch Murtal PE + Werksführung
LOCATION:Puchstraße 85\, Graz
DESCRIPTION:Zug 6:27 ab Mü Hbf (RJ)\, zurück 17:33\nUrl + GF + evtl. jemand
  vom Team\nFragen: Reisetätigkeit? Homeoffice aus Mü? Umzug nötig?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-personalberater",
        "uid": "040000008200E00074C5B7101A82E0080000000060F3B9D2C1B1DC01000000000000000010000000"
        "A3C2E1F09B8D7C6E5F4A3B2C1D0E9F8A",
        "is_interview": 1,
        "company": "Regentec Elektronik GmbH",
        "role": "Leiter Systemtechnik (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "p.kessler@kessler-partner.de",
        "trap": "personalberatung-screen-names-client",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Peter Dr.":mailto:p.kessler@kessler-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Hartl
 :mailto:tobias.hartl@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nwie angekündigt da
 rf ich Ihnen nun unseren Mandanten nennen: Es handelt sich um die Regentec E
 lektronik GmbH in Regensburg (ca. 900 MA\, Leistungselektronik für Nutzfahr
 zeuge). Gesucht wird ein Leiter Systemtechnik (m/w/d) mit Personalverantwo
 rtung für 14 Mitarbeitende.\n\nIn unserem Telefonat möchte ich mit Ihnen Ihr
 en Werdegang\, Ihre Motivation und Ihre Rahmenbedingungen (Gehalt\, Kündigu
 ngsfrist) besprechen. Ich rufe Sie auf Ihrem Mobiltelefon an.\n\nMit freund
 lichen Grüßen\nDr. Peter Kessler\nKessler & Partner Personalberatung GmbH\
 nMaximilianstraße 31 · 80539 München\n
UID:040000008200E00074C5B7101A82E0080000000060F3B9D2C1B1DC010000000000000000
 10000000A3C2E1F09B8D7C6E5F4A3B2C1D0E9F8A
SUMMARY;LANGUAGE=de-DE:Telefonat Hartl / Kessler - Mandat Regentec (Leitung
  Systemtechnik)
DTSTART;TZID=W. Europe Standard Time:20260309T180000
DTEND;TZID=W. Europe Standard Time:20260309T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260304T141207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon (Dr. Kessler ruft an)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mandant-regensburg",
        "uid": "040000008200E00074C5B7101A82E00800000000C0A4D3E2F1B1DC01000000000000000010000000"
        "77B6A5948372615049382716A5B4C3D2",
        "is_interview": 1,
        "company": "Regentec Elektronik GmbH",
        "role": "Leiter Systemtechnik (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "h.strobl@regentec-elektronik.de;k.wolf@regentec-elektronik.de",
        "trap": "personalberatung-client-meeting-onsite",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Peter Dr.":mailto:p.kessler@kessler-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Hartl
 :mailto:tobias.hartl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Strobl, Hel
 mut":mailto:H.Strobl@regentec-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wolf, Kers
 tin":mailto:K.Wolf@regentec-elektronik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nanbei die Terminbe
 stätigung für Ihr Gespräch beim Mandanten:\nHelmut Strobl (Geschäftsführer
  Technik) und Kerstin Wolf (Leiterin Personal).\nIch selbst bin nicht dabei
 \, wir telefonieren am Tag darauf zur Nachbesprechung.\n\nAdresse: Regentec
  Elektronik GmbH\, Im Gewerbepark D 40\, 93059 Regensburg. Parkplätze vor d
 em Gebäude.\n\nViel Erfolg!\nPeter Kessler\n
UID:040000008200E00074C5B7101A82E00800000000C0A4D3E2F1B1DC010000000000000000
 1000000077B6A5948372615049382716A5B4C3D2
SUMMARY;LANGUAGE=de-DE:Gespräch bei Regentec Elektronik GmbH\, Regensburg (
 Hr. Strobl / Fr. Wolf)
DTSTART;TZID=W. Europe Standard Time:20260402T100000
DTEND;TZID=W. Europe Standard Time:20260402T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T092033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Regensburg\, Im Gewerbepark D 40
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-zoom",
        "uid": "greenhouse-interview-40918273004@ampero-pe.com",
        "is_interview": 1,
        "company": "Ampero Power Electronics GmbH",
        "role": "Engineering Manager, Power Electronics",
        "stage": "technical",
        "interviewers": "d.okonkwo@ampero-pe.com;s.fischer@ampero-pe.com",
        "trap": "greenhouse-technical-zoom-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-40918273004@ampero-pe.com
DTSTAMP:20260305T161844Z
DTSTART:20260312T130000Z
DTEND:20260312T141500Z
SUMMARY:Interview with Ampero Power Electronics – Engineering Manager\, Powe
 r Electronics
LOCATION:https://ampero.zoom.us/j/84120937715?pwd=Tk9qQ2FtR1l3cE5iUT09
DESCRIPTION:Hi Tobias\,\n\nHere are the details for your technical intervie
 w.\n\nInterviewers:\n- David Okonkwo\, Director Hardware Engineering\n- Sa
 rah Fischer\, Principal Engineer SiC Modules\n\nFormat: 75 minutes\, system
  design discussion + questions on team leadership.\n\nZoom: https://ampero.
 zoom.us/j/84120937715?pwd=Tk9qQ2FtR1l3cE5iUT09\nMeeting ID: 841 2093 7715\
 nPasscode: 556102\n\nBest\,\nMeike (Recruiting Coordinator)
ORGANIZER;CN=Meike Brunner:mailto:m.brunner@ampero-pe.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=David Okonkwo:mailto:d.okonkwo@ampero-pe.com
ATTENDEE;CN=Sarah Fischer:mailto:s.fischer@ampero-pe.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-english",
        "uid": "d3b1f0c2a9e84e6f8c77e1f2b5a69d40@hochfeld.wd103.myworkday.com",
        "is_interview": 1,
        "company": "Hochfeld Mobility SE",
        "role": "Team Lead E/E Architecture",
        "stage": "hiring_manager",
        "interviewers": "christian.auer@hochfeld-mobility.com",
        "trap": "workday-english-hiring-manager-teams",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20260302T081200Z
UID:d3b1f0c2a9e84e6f8c77e1f2b5a69d40@hochfeld.wd103.myworkday.com
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260309T150000
DTEND;TZID=Europe/Berlin:20260309T160000
SUMMARY:Interview Invitation: Team Lead E/E Architecture (JR104339)
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Tobias\,\n\nYour interview has been scheduled.\n\nPosition
 : Team Lead E/E Architecture (JR104339)\nInterview type: Hiring Manager Int
 erview\nInterviewer(s): Christian Auer\n\nMicrosoft Teams meeting\nJoin: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1%40thread.v2/0\nM
 eeting ID: 391 055 718 226 Passcode: Hx3fQ9\n\nThis is an automated messag
 e from Workday.
ORGANIZER;CN=Hochfeld Mobility Talent Acquisition:mailto:hochfeld@myworkday.
 com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Christian Auer:mailto:christian.auer@hochfeld-mobility.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-final-utc",
        "uid": "040000008200E00074C5B7101A82E00800000000F04C4A0DB8C1DC01000000000000000010000000"
        "1F2E3D4C5B6A79880796A5B4C3D2E1F0",
        "is_interview": 1,
        "company": "Hochfeld Mobility SE",
        "role": "Team Lead E/E Architecture",
        "stage": "final",
        "interviewers": "ralf.niedermeier@hochfeld-mobility.com;anna.leitner@hochfeld-mobility.com",
        "trap": "outlook-final-sent-by-assistant-utc",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Niedermeier, Ralf";SENT-BY="mailto:sekretariat.vp-ee@hochfel
 d-mobility.com":mailto:ralf.niedermeier@hochfeld-mobility.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Hartl
 :mailto:tobias.hartl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leitner, An
 na (HR)":mailto:anna.leitner@hochfeld-mobility.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HM Campus A.05.12 (10 Per
 s.)":mailto:room-a0512@hochfeld-mobility.com
DESCRIPTION;LANGUAGE=en-US:Dear Mr Hartl\,\n\non behalf of Mr Niedermeier (V
 P E/E Development) I'd like to invite you to the final round for the Team Le
 ad E/E Architecture position. Anna Leitner (HR) will join.\nPlease report t
 o the reception at Hochfeld Campus\, Lilienthalallee 40\, 80939 Munich.\n\n
 Kind regards\nSusanne Graf\nOffice of VP E/E Development\n
UID:040000008200E00074C5B7101A82E00800000000F04C4A0DB8C1DC010000000000000000
 100000001F2E3D4C5B6A79880796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-US:Final interview - T. Hartl (Team Lead E/E Architectu
 re)
DTSTART:20260330T070000Z
DTEND:20260330T083000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T130122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HM Campus A.05.12 (10 Pers.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-gmail",
        "uid": "2d7c1e8a-0b94-4f3b-b6f1-9c4e2a85d713@calendly.com",
        "is_interview": 1,
        "company": "Alpenstrom Drive GmbH",
        "role": "",
        "stage": "",
        "interviewers": "florian.kirchmair@gmail.com",
        "trap": "calendly-founder-on-gmail",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:2d7c1e8a-0b94-4f3b-b6f1-9c4e2a85d713@calendly.com
DTSTAMP:20260221T193310Z
DTSTART:20260224T190000Z
DTEND:20260224T194500Z
SUMMARY:Tobias Hartl und Florian Kirchmair
LOCATION:https://us02web.zoom.us/j/6613849270
DESCRIPTION:Veranstaltungsname: Kennenlernen 45 Min\n\nTeilnehmer: Tobias H
 artl\nE-Mail: tobias.hartl@web.de\n\nFragen:\nWorum soll es gehen?\nIhre Na
 chricht wegen der Elektronik-Leitung bei Alpenstrom Drive – gerne Details
  zu Team und Produkt\n\nOrt: https://us02web.zoom.us/j/6613849270\n\nPower
 ed by Calendly.com
ORGANIZER;CN=Florian Kirchmair:mailto:florian.kirchmair@gmail.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE;PARTSTAT=ACCEPTED:mailto:tobias.hartl@we
 b.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
