"""holdout193 events, part f: Kempinski (Webex), Leonardo (cancelled), Schani, B&B, Premier Inn, Rosewood via
Michael Page, Hotel Residenzplatz, JUFA, Parkhotel Igls, H-Hotels.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "webex-english",
        "webex-2657190388-20261216T140000Z@kempinski.webex.com",
        1,
        "Hotel Vier Jahreszeiten Kempinski München",
        "Director of Rooms",
        "",
        "annalena.huber@kempinski.com;benedikt.ruf@kempinski.com",
        "webex-boilerplate-two-interviewers",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:webex-2657190388-20261216T140000Z@kempinski.webex.com
DTSTAMP:20261209T101455Z
DTSTART;TZID=Europe/Berlin:20261216T150000
DTEND;TZID=Europe/Berlin:20261216T160000
SUMMARY:Interview Director of Rooms | Hotel Vier Jahreszeiten Kempinski München | Stefan Brunner
DESCRIPTION:Dear Mr Brunner\,\n\nwe look forward to speaking with you. Yo
 u will meet Anna-Lena Huber (Director of Human Resources) and Benedikt Ruf 
 (Hotel Manager).\n\n-- Do not delete or change any of the following text. -
 -\n\nWhen it's time\, join the Webex meeting here.\nhttps://kempinski.webex
 .com/kempinski/j.php?MTID=m8d2a1f\n\nMeeting number (access code): 2657 190 
 388\nMeeting password: Kmp26Dor\n\nJoin by phone\n+49-619-6781-9736 Germany 
 toll\n+43-1-2060-92965 Austria toll\n\nJoin by video system\nDial 265719038
 8@kempinski.webex.com
LOCATION:https://kempinski.webex.com/kempinski/j.php?MTID=m8d2a1f
ORGANIZER;CN=Anna-Lena Huber:mailto:annalena.huber@kempinski.com
ATTENDEE;CN=Benedikt Ruf;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:benedikt.ruf@kempinski.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goto-cancelled",
        "goto-meeting-483-119-605-leonardo-20261208",
        1,
        "Leonardo Hotels",
        "Hotel Manager (m/w/d) Leonardo Hotel Salzburg City Center",
        "recruiter_screen",
        "ronja.peters@leonardo-hotels.com",
        "cancelled-interview-method-cancel-position-filled",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:CANCEL
%%TZ vienna-google%%
BEGIN:VEVENT
UID:goto-meeting-483-119-605-leonardo-20261208
SEQUENCE:1
DTSTAMP:20261204T153022Z
DTSTART;TZID=Europe/Vienna:20261208T110000
DTEND;TZID=Europe/Vienna:20261208T114500
SUMMARY:Abgesagt: Kennenlernen Hotel Manager Leonardo Salzburg City Center – S. Brunner
DESCRIPTION:Lieber Herr Brunner\,\n\nleider muss ich unseren Termin absagen
 \, da die Position kurzfristig intern nachbesetzt wurde. Ich melde mich gern
 e\, sobald wir in Wien oder München etwas Passendes haben.\n\nViele Grüße\n
 Ronja Peters\nTalent Acquisition Leonardo Hotels Central Europe\n\nGoTo Me
 eting: https://meet.goto.com/483119605
LOCATION:https://meet.goto.com/483119605
ORGANIZER;CN=Ronja Peters:mailto:ronja.peters@leonardo-hotels.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT:mailto:stefan.brunner.tirol@gmx.at
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-gespraech",
        "ZOOM-87702183460-20270111@zoom.us",
        1,
        "Hotel Schani Wien",
        "Hotel Manager",
        "hiring_manager",
        "lena.fuerst@schani.com",
        "zoom-du-form-ops-head",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTAMP:20270105T090011Z
DTSTART;TZID=Europe/Vienna:20270111T170000
DTEND;TZID=Europe/Vienna:20270111T174500
SUMMARY:Schani x Stefan – Hotel Manager Gespräch
UID:ZOOM-87702183460-20270111@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Lena Fürst lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZ
 oom-Meeting beitreten\nhttps://schani.zoom.us/j/87702183460?pwd=bFJ2Y0xwZ\n
 \nMeeting-ID: 877 0218 3460\nKenncode: 552190\n\nSchnelleinwahl mobil\n+4
 3120609 3094\,\,87702183460# Österreich
LOCATION:https://schani.zoom.us/j/87702183460?pwd=bFJ2Y0xwZ
ORGANIZER;CN=Lena Fürst:mailto:lena.fuerst@schani.com
ATTENDEE;CN=Stefan Brunner;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "recruitee-video",
        "recruitee-interview-event-4418207@recruitee.com",
        1,
        "B&B Hotels",
        "Hotel Manager (m/w/d) München",
        "hiring_manager",
        "jessica.wagner@hotelbb.com",
        "recruitee-area-manager-video",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:recruitee-interview-event-4418207@recruitee.com
DTSTAMP:20261210T120311Z
DTSTART;TZID=Europe/Berlin:20261217T100000
DTEND;TZID=Europe/Berlin:20261217T104500
SUMMARY:Interview: Stefan Brunner – Hotel Manager (m/w/d) München
DESCRIPTION:Hallo Stefan\,\n\nhiermit bestätigen wir dein Interview mit Jes
 sica Wagner (Area Manager Bayern) für die Position Hotel Manager (m/w/d) Mün
 chen bei B&B HOTELS.\n\nVideo: https://meet.google.com/bnb-hmuc-ost\n\nViel
 e Grüße\ndein B&B HOTELS Recruiting-Team
LOCATION:https://meet.google.com/bnb-hmuc-ost
ORGANIZER;CN=B&B HOTELS Recruiting:mailto:jobs@hotelbb.recruitee.com
ATTENDEE;CN=Jessica Wagner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jessica.wagner@hotelbb.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hirevue-live",
        "HV-LIVE-9b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
        1,
        "Premier Inn",
        "Hotel Manager – Premier Inn München City Zentrum",
        "",
        "oliver.grant@whitbread.com",
        "hirevue-live-uk-windows-zone",
        r"""BEGIN:VCALENDAR
PRODID:-//HireVue//HireVue Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ gmt-win%%
BEGIN:VEVENT
UID:HV-LIVE-9b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0
DTSTAMP:20261130T161207Z
DTSTART;TZID=GMT Standard Time:20261207T090000
DTEND;TZID=GMT Standard Time:20261207T094500
SUMMARY:HireVue Live Interview – Hotel Manager – Premier Inn München City Zentrum
DESCRIPTION:Hi Stefan\,\n\nYour live video interview has been scheduled wit
 h Oliver Grant (Operations Manager Germany).\n\nJoin here (Chrome recommend
 ed): https://app.hirevue.com/live/9b1c2d3e\n\nTimes are shown in GMT – that
  is 10:00 in Munich.\n\nGood luck!\nPremier Inn Recruitment Team
LOCATION:HireVue Live
ORGANIZER;CN=Premier Inn Recruitment:mailto:noreply@hirevue.com
ATTENDEE;CN=Oliver Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oliver.grant@whitbread.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-outlook",
        "040000008200E00074C5B7101A82E00800000000C0FFEE11223344DB01000000000000000010000000BADC0FFEE0DDF00D1234567890ABCDEF",
        1,
        "Rosewood Munich",
        "Director of Rooms",
        "recruiter_screen",
        "laura.schuster@michaelpage.de",
        "agency-screen-employer-in-subject",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Schuster, Laura":mailto:laura.schuster@michaelpage.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brunner\,\n\nwie besprochen unser Te
 rmin zur Position Director of Rooms im Rosewood Munich. Ich rufe Sie an.\n\n
 Beste Grüße\nLaura Schuster\nSenior Consultant Hospitality\nMichael Page Mü
 nchen\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11223344DB01000000000000000010000000BADC0FFEE0DDF00D1234567890ABCDEF
SUMMARY;LANGUAGE=de-DE:Stefan Brunner – Michael Page | Director of Rooms\, Rosewood Munich
DTSTART;TZID=W. Europe Standard Time:20270105T110000
DTEND;TZID=W. Europe Standard Time:20270105T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261222T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-onsite",
        "040000008200E00074C5B7101A82E00800000000C0FFEE55667788DB01000000000000000010000000FEEDFACE0DDF00D1234567890ABCDEF0",
        1,
        "Rosewood Munich",
        "Director of Rooms",
        "onsite",
        "jeanmarc.dufour@rosewoodhotels.com",
        "agency-organizer-onsite-with-managing-director",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Schuster, Laura":mailto:laura.schuster@michaelpage.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dufour, Jean-Marc":mailto:jeanmarc.dufour@rosewoodhotels.com
DESCRIPTION;LANGUAGE=en-GB:Dear Stefan\,\n\nas promised\, here is the invi
 tation to meet Jean-Marc Dufour\, Managing Director of Rosewood Munich\, at
  the hotel (Kardinal-Faulhaber-Straße 1). Please ask for him at the Front D
 esk. I will call you afterwards for a debrief.\n\nBest of luck!\nLaura\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE55667788DB01000000000000000010000000FEEDFACE0DDF00D1234567890ABCDEF0
SUMMARY;LANGUAGE=en-GB:Rosewood Munich – Meeting Jean-Marc Dufour / Stefan Brunner
DTSTART;TZID=W. Europe Standard Time:20270119T143000
DTEND;TZID=W. Europe Standard Time:20270119T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270111T165008Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Rosewood Munich\, Kardinal-Faulhaber-Straße 1\, 80333 München
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoho-einladung",
        "zr-interview-1188000004512211@zohorecruit.eu",
        1,
        "Hotel Residenzplatz Salzburg",
        "Rooms Division Manager / Stv. Direktor",
        "",
        "g.moosbrugger@hotel-residenzplatz.at",
        "zoho-recruit-in-person-direktor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:zr-interview-1188000004512211@zohorecruit.eu
DTSTAMP:20261211T104409Z
DTSTART;TZID=Europe/Vienna:20261218T090000
DTEND;TZID=Europe/Vienna:20261218T100000
SUMMARY:In-Person Interview - Rooms Division Manager / Stv. Direktor - Stefan Brunner
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nSie sind zu einem persönlichen
  Gespräch mit Herrn Gerhard Moosbrugger (Direktor) eingeladen.\n\nAdresse: 
 Hotel Residenzplatz\, Residenzplatz 4\, 5020 Salzburg\n\nMit freundlichen 
 Grüßen\nHotel Residenzplatz – Personalabteilung
LOCATION:Hotel Residenzplatz\, Residenzplatz 4\, 5020 Salzburg
ORGANIZER;CN=Personalabteilung Hotel Residenzplatz:mailto:jobs@hotel-residenzplatz.at
ATTENDEE;CN=Gerhard Moosbrugger;ROLE=REQ-PARTICIPANT:mailto:g.moosbrugger@hotel-residenzplatz.at
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "coveto-vorstellung",
        "coveto-termin-JUFA-2027-000318",
        1,
        "JUFA Hotels",
        "Hotelleitung (m/w/d) JUFA Hotel Wien City",
        "hiring_manager",
        "p.url@jufa.eu;a.kogler@jufa.eu",
        "austrian-ats-coveto-hotelleitung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//COVETO//Bewerbermanagement//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:coveto-termin-JUFA-2027-000318
DTSTAMP:20270107T072233Z
DTSTART;TZID=Europe/Vienna:20270114T100000
DTEND;TZID=Europe/Vienna:20270114T113000
SUMMARY:Vorstellungsgespräch Hotelleitung (m/w/d) JUFA Hotel Wien City
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nwir laden Sie herzlich zu einem 
 Vorstellungsgespräch ein.\nGesprächspartner: Mag. Petra Url (Personal) und 
 Andreas Kogler (Regionalleitung Ost)\nOrt: JUFA Hotel Wien City\, Mautner-
 Markhof-Gasse 50\, 1110 Wien\n\nMit freundlichen Grüßen\nJUFA Hotels – Recr
 uiting
LOCATION:JUFA Hotel Wien City\, Mautner-Markhof-Gasse 50\, 1110 Wien
ORGANIZER;CN=JUFA Recruiting:mailto:bewerbung@jufa.eu
ATTENDEE;CN=Petra Url;ROLE=REQ-PARTICIPANT:mailto:p.url@jufa.eu
ATTENDEE;CN=Andreas Kogler;ROLE=REQ-PARTICIPANT:mailto:a.kogler@jufa.eu
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "samsung-vorstellung",
        "samsung-cal-6602188419-stefan",
        1,
        "Parkhotel Igls",
        "",
        "",
        "Hr. Thurner",
        "hand-typed-vorstellen-tzid-without-vtimezone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsung-cal-6602188419-stefan
DTSTAMP:20270114T211905Z
DTSTART;TZID=Europe/Vienna:20270120T160000
DTEND;TZID=Europe/Vienna:20270120T170000
SUMMARY:Igls Parkhotel - vorstellen bei Hr. Thurner (GF)
DESCRIPTION:Stelle Rooms Div. / Ganzjahr\nBus J ab Hbf 15:12
LOCATION:Parkhotel Igls
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bite-case",
        "bite-interview-hhotels-20270121-77310",
        1,
        "H-Hotels",
        "Director of Operations – Hyperion Hotel Salzburg",
        "technical",
        "jp.kuehn@h-hotels.com",
        "case-interview-budget-forecast",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BITE GmbH//BITE Recruiting//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:bite-interview-hhotels-20270121-77310
DTSTAMP:20270113T140015Z
DTSTART;TZID=Europe/Vienna:20270121T133000
DTEND;TZID=Europe/Vienna:20270121T150000
SUMMARY:Case-Interview: Director of Operations – Hyperion Hotel Salzburg
DESCRIPTION:Hallo Herr Brunner\,\n\nim zweiten Schritt bitten wir Sie\, die 
 Fallstudie (Budget 2027 & Forecast Q2\, Unterlagen im Anhang) vorzubereiten
  und in 20 Minuten zu präsentieren. Anschließend Fragen durch Herrn Jan-Phi
 lipp Kühn (Regional Director Operations).\n\nTeams-Link: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_hh77310\n\nH-Hotels Recruiting
LOCATION:Microsoft Teams
ORGANIZER;CN=H-Hotels Recruiting:mailto:karriere@h-hotels.com
ATTENDEE;CN=Jan-Philipp Kühn;ROLE=REQ-PARTICIPANT:mailto:jp.kuehn@h-hotels.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
]
