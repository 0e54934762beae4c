"""holdout177: Florian Gruber's own interviews at EdTech firms (Vienna, Berlin, Munich)."""

from holdout177ev_tz import TZ_BERLIN, TZ_VIENNA, E

EVENTS = [
    E(
        "workable-phone-screen",
        "workable-8f3c2a91d0-gostudent-call@workable.com",
        (1, "GoStudent", "Head of Curriculum Mathematics (DACH)", "recruiter_screen", "sophie.reiter@gostudent.org"),
        "workable-phone-screen-edtech",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-8f3c2a91d0-gostudent-call@workable.com
DTSTAMP:20251105T154410Z
DTSTART:20251110T160000Z
DTEND:20251110T163000Z
SUMMARY:Phone screen: Florian Gruber for Head of Curriculum Mathematics (DACH)
ORGANIZER;CN=GoStudent Talent:mailto:notifications@workablemail.com
ATTENDEE;CN=Sophie Reiter;ROLE=REQ-PARTICIPANT:mailto:sophie.reiter@gostudent.org
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Phone: +43 676 5512 903
DESCRIPTION:Hi Florian\,\n\nSophie Reiter (Talent Acquisition\, GoStudent) wil
 l call you for a 30-minute phone screen about the Head of Curriculum Mathe
 matics (DACH) role.\n\nIf you need to reschedule\, reply to this email.\n\n—
 \nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "case-presentation",
        "workable-8f3c2a91d0-gostudent-case@workable.com",
        (1, "GoStudent", "Head of Curriculum Mathematics (DACH)", "technical",
         "markus.lindner@gostudent.org;ines.petrovic@gostudent.org"),
        "workable-case-study-presentation",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:workable-8f3c2a91d0-gostudent-case@workable.com
DTSTAMP:20251119T101505Z
DTSTART;TZID=Europe/Vienna:20251127T170000
DTEND;TZID=Europe/Vienna:20251127T181500
SUMMARY:Case Study Presentation – Florian Gruber (Head of Curriculum Mathematics)
ORGANIZER;CN=GoStudent Talent:mailto:notifications@workablemail.com
ATTENDEE;CN=Markus Lindner;ROLE=REQ-PARTICIPANT:mailto:markus.lindner@gostudent.org
ATTENDEE;CN=Ines Petrovic;ROLE=REQ-PARTICIPANT:mailto:ines.petrovic@gostudent.org
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:GoStudent HQ\, Schwedenplatz 2\, 1010 Wien – Meeting room "Pythagoras"
DESCRIPTION:Case: design a 12-week learning path for AHS Oberstufe maths (Mat
 ura prep) for 1:1 online tutoring\, incl. tutor guidelines and quality KPIs
 . 20 min presentation\, 40 min Q&A with Markus Lindner (Director Learning E
 xperience) and Ines Petrovic (Senior Curriculum Designer). Slides please up
 load 24h before.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-round-vp",
        "5k8s0d2f4g6h8j0l2z4x6c8v0b@google.com",
        (1, "GoStudent", "Head of Curriculum Mathematics (DACH)", "final", "christoph.wallner@gostudent.org"),
        "google-meet-final-with-vp-english",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251209T083000
DTEND;TZID=Europe/Vienna:20251209T091500
DTSTAMP:20251203T160018Z
ORGANIZER;CN=Sophie Reiter:mailto:sophie.reiter@gostudent.org
UID:5k8s0d2f4g6h8j0l2z4x6c8v0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=C
 hristoph Wallner;X-NUM-GUESTS=0:mailto:christoph.wallner@gostudent.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=S
 ophie Reiter;X-NUM-GUESTS=0:mailto:sophie.reiter@gostudent.org
DESCRIPTION:Final round with Christoph Wallner (VP Academics). Sophie will not
  join – just scheduling. Conversation will be in English.\n\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Goo
 gle Meet: https://meet.google.com/wpa-kxcv-rtz\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final Interview | Florian Gruber <> Christoph (VP Academics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "personio-interview",
        "personio-interview-117733-9021-sofatutor",
        (1, "sofatutor", "Content Manager Mathematik & Physik (m/w/d)", "hiring_manager",
         "judith.kraemer@sofatutor.com"),
        "personio-berlin-hiring-manager",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:personio-interview-117733-9021-sofatutor
DTSTAMP:20260113T103355Z
DTSTART;TZID=Europe/Berlin:20260121T150000
DTEND;TZID=Europe/Berlin:20260121T154500
SUMMARY:Interview sofatutor | Content Manager Mathematik & Physik (m/w/d)
ORGANIZER;CN=sofatutor GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Judith Krämer;ROLE=REQ-PARTICIPANT:mailto:judith.kraemer@sofatutor.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Google Meet – https://meet.google.com/sft-jkwa-ppo
DESCRIPTION:Hallo Florian\,\n\ndu sprichst mit Judith Krämer (Teamlead Redakt
 ion MINT)\, deiner zukünftigen Führungskraft. Das Gespräch dauert ca. 45 Mi
 nuten.\n\nDein sofatutor Recruiting-Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "ashby-intro",
        "ashby-6e1f2d3c-4b5a-4968-8777-simpleclub-intro",
        (1, "simpleclub", "Fachredakteur Physik (m/w/d)", "recruiter_screen", "paul.steiger@simpleclub.com"),
        "ashby-intro-call-munich",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-6e1f2d3c-4b5a-4968-8777-simpleclub-intro
DTSTAMP:20260202T084411Z
DTSTART:20260205T120000Z
DTEND:20260205T123000Z
SUMMARY:Intro Call – Florian Gruber / simpleclub
ORGANIZER;CN=Paul Steiger:mailto:paul.steiger@simpleclub.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Paul Steiger;ROLE=REQ-PARTICIPANT:mailto:paul.steiger@simpleclub.com
LOCATION:https://simpleclub.zoom.us/j/88410293355
DESCRIPTION:Hey Florian 👋\n\nich freu mich auf unser Kennenlernen! Ich bin Pau
 l aus dem People-Team und erzähl dir\, wie wir bei simpleclub Lernvideos un
 d App-Inhalte bauen.\n\nZoom: https://simpleclub.zoom.us/j/88410293355\n\nPo
 wered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "probeaufgabe-review",
        "ashby-9a8b7c6d-5e4f-4321-8abc-simpleclub-task",
        (1, "simpleclub", "Fachredakteur Physik (m/w/d)", "technical",
         "lea.brunner@simpleclub.com;nico.haas@simpleclub.com"),
        "ashby-take-home-task-review",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:ashby-9a8b7c6d-5e4f-4321-8abc-simpleclub-task
DTSTAMP:20260216T130021Z
DTSTART;TZID=Europe/Berlin:20260223T140000
DTEND;TZID=Europe/Berlin:20260223T150000
SUMMARY:Case Review: Physik-Skript (Fachredaktion) – Florian Gruber
ORGANIZER;CN=simpleclub Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lea Brunner;ROLE=REQ-PARTICIPANT:mailto:lea.brunner@simpleclub.com
ATTENDEE;CN=Nico Haas;ROLE=REQ-PARTICIPANT:mailto:nico.haas@simpleclub.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:https://simpleclub.zoom.us/j/83321190472
DESCRIPTION:Wir besprechen deine Probeaufgabe (Skript für ein 4-Minuten-Video
  „Induktion – Lenzsche Regel“) mit Lea Brunner (Lead Fachredaktion Naturwis
 senschaften) und Nico Haas (Video Producer).\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "lever-phone-screen",
        "lever-interview-0d4e6a2b-bettermarks-1",
        (1, "bettermarks", "Mathematikdidaktiker*in / Content Developer", "recruiter_screen",
         "hannah.schulte@bettermarks.com"),
        "lever-phone-screen-berlin",
        rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:lever-interview-0d4e6a2b-bettermarks-1
DTSTAMP:20251201T090233Z
DTSTART;TZID=Europe/Berlin:20251205T110000
DTEND;TZID=Europe/Berlin:20251205T113000
SUMMARY:Florian Gruber <> bettermarks – Phone Screen
ORGANIZER;CN=Hannah Schulte:mailto:hannah.schulte@bettermarks.com
ATTENDEE;CN=Hannah Schulte;ROLE=REQ-PARTICIPANT:mailto:hannah.schulte@bettermarks.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Telefon – Hannah ruft an
DESCRIPTION:Mathematikdidaktiker*in / Content Developer (Remote DACH)\n\nHanna
 h Schulte\, Talent Acquisition. Bitte halte deine Gehaltsvorstellung und fr
 ühestmöglichen Starttermin bereit (Kündigungsfrist Schuldienst?).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "didaktik-case",
        "lever-interview-0d4e6a2b-bettermarks-2",
        (1, "bettermarks", "Mathematikdidaktiker*in / Content Developer", "technical",
         "dr.ole.jansen@bettermarks.com"),
        "lever-didactics-case-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:lever-interview-0d4e6a2b-bettermarks-2
DTSTAMP:20251211T141502Z
DTSTART;TZID=Europe/Berlin:20251218T100000
DTEND;TZID=Europe/Berlin:20251218T111500
SUMMARY:Florian Gruber <> bettermarks – Fachgespräch & Aufgabenanalyse
ORGANIZER;CN=Hannah Schulte:mailto:hannah.schulte@bettermarks.com
ATTENDEE;CN=Ole Jansen;ROLE=REQ-PARTICIPANT:mailto:dr.ole.jansen@bettermarks.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:https://meet.google.com/bmk-fach-ges
DESCRIPTION:Live-Aufgabe: Du analysierst drei Schülerfehler zu Bruchgleichung
 en in unserem System und schlägst Feedback-Texte vor. Interviewer: Dr. Ole
  Jansen (Head of Content).\n\n(Hannah koordiniert nur den Termin.)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "interview-cancelled",
        "knowunity-goodtime-ev-55120987",
        (1, "Knowunity", "Education Lead Austria", "recruiter_screen", "clara.vogt@knowunity.com"),
        "goodtime-method-cancel-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:knowunity-goodtime-ev-55120987
DTSTAMP:20260128T091144Z
DTSTART:20260130T130000Z
DTEND:20260130T133000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled: Recruiter Screen – Education Lead Austria (Florian Gruber)
ORGANIZER;CN=Knowunity Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Clara Vogt;ROLE=REQ-PARTICIPANT:mailto:clara.vogt@knowunity.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT:mailto:florian.gruber@gmx.at
LOCATION:Google Meet
DESCRIPTION:This interview has been canceled. Clara Vogt (Recruiter) will rea
 ch out with new time options. Sorry for the inconvenience!\n\n— Knowunity T
 alent Team (scheduled via GoodTime)
END:VEVENT
END:VCALENDAR
""",
    ),
]
