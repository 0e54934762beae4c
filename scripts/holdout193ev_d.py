"""holdout193 events, part d: Tiroler Hotelbetriebe (Bookings), Aparthotel Sill, Bayerischer Hof (headhunter),
Steigenberger Herrenhof (Exchange, SENT-BY), Goldene Rose, Alpenrose, Motel One.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "bookings-bewerbung",
        "040000008200E00074C5B7101A82E00800000000B9C8D7E6F5A4DB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        1,
        "Tiroler Hotelbetriebe",
        "Rooms Division Manager Hotel Bergisel",
        "recruiter_screen",
        "sandra.gapp@tirolerhotels.at",
        "microsoft-bookings-bewerbungsgespraech-user-is-customer",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Tiroler Hotelbetriebe – Bewerbungen:mailto:Bewerbungen@tirolerhotels.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefan Brunner:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sandra Gapp:mailto:sandra.gapp@tirolerhotels.at
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Bewerb
 ungsgespräch (45 Minuten)\nMitarbeiter: Sandra Gapp\, Personalentwicklung\n
 Stelle laut Ihrer Angabe: Rooms Division Manager Hotel Bergisel\n\nOrt: Zen
 trale Tiroler Hotelbetriebe GmbH\, Bergiselweg 3\, 6020 Innsbruck\n\nTermi
 n verschieben oder stornieren:\nhttps://outlook.office365.com/owa/calendar/
 Bewerbungen@tirolerhotels.onmicrosoft.com/bookings/\n\nIm Auftrag von Tirol
 er Hotelbetriebe – Bewerbungen
UID:040000008200E00074C5B7101A82E00800000000B9C8D7E6F5A4DB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch
DTSTART;TZID=W. Europe Standard Time:20261023T140000
DTEND;TZID=W. Europe Standard Time:20261023T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261017T194420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bergiselweg 3\, 6020 Innsbruck
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-founder",
        "0r4lq8v2e6t1b9n3m7k5c0x2fz@google.com",
        1,
        "Aparthotel Sill",
        "Betriebsleitung",
        "",
        "markus.hofer.ibk@gmail.com",
        "founder-free-mail-kaffee-wording-is-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261207T100000
DTEND;TZID=Europe/Vienna:20261207T113000
DTSTAMP:20261201T213317Z
ORGANIZER;CN=Markus Hofer:mailto:markus.hofer.ibk@gmail.com
UID:0r4lq8v2e6t1b9n3m7k5c0x2fz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Markus Hofer;X-NUM-GUESTS=0:mailto:markus.hofer.ibk@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=stefan.brunner.tirol@gmx.at;X-NUM-GUESTS=0:mailto:stefan.brunner.ti
 rol@gmx.at
CREATED:20261201T213316Z
DESCRIPTION:Servus Stefan\,\n\nwie am Telefon gesagt: Wir eröffnen im Mai d
 as Aparthotel Sill (48 Apartments\, Sillpark) und ich suche jemanden für di
 e Betriebsleitung. Lass uns in Ruhe reden – was du dir vorstellst\, was ich 
 mir vorstelle\, Gehalt\, Team. Lebenslauf brauch ich keinen\, hab dein Linke
 dIn gesehen 😉\n\nIch lad dich auf einen Kaffee ein.\n\nMarkus
LAST-MODIFIED:20261201T213317Z
LOCATION:Café Sacher Innsbruck\, Rennweg 1\, 6020 Innsbruck
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stefan / Markus – Betriebsleitung Aparthotel Sill
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "headhunter-outlook",
        "040000008200E00074C5B7101A82E00800000000C3D2E1F0A9B8DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        1,
        "Hotel Bayerischer Hof",
        "Director of Rooms",
        "recruiter_screen",
        "hj.kessler@kessler-partner.de",
        "headhunter-names-client-only-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ w-europe-win%%
BEGIN:VEVENT
ATTENDEE;CN="Stefan Brunner";RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
CLASS:PUBLIC
CREATED:20261203T101207Z
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nbezugnehmend auf unser kurzes G
 espräch vom Montag möchte ich mit Ihnen ausführlicher über das Mandat sprec
 hen. Unser Mandant\, das Hotel Bayerischer Hof in München\, sucht zum Früh
 jahr 2027 einen Director of Rooms (ca. 340 Zimmer und Suiten\, Berichtslini
 e Hotel Manager).\n\nIch werde mit Ihnen Ihren Werdegang\, Ihre Motivation 
 und Ihre Rahmenbedingungen besprechen und Ihnen anschließend ein Feedback ge
 ben\, ob ich Sie dem Mandanten präsentiere.\n\nIch rufe Sie an.\n\nMit best
 en Grüßen\nDr. Hans-Jörg Kessler\nKessler & Partner Executive Search\nMaxim
 ilianstraße 35\, 80539 München
DTEND;TZID=W. Europe Standard Time:20261209T131500
DTSTAMP:20261203T101207Z
DTSTART;TZID=W. Europe Standard Time:20261209T123000
LAST-MODIFIED:20261203T101207Z
LOCATION:Telefon
ORGANIZER;CN="Kessler, Hans-Jörg":mailto:hj.kessler@kessler-partner.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefonat Dr. Kessler / Hr. Brunner
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3D2E1F0A9B8DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "iphone-muenchen",
        "A9E3C1B7-55D2-4F80-9E6A-3C7B1D0F2E84",
        1,
        "Hotel Bayerischer Hof",
        "Director of Rooms",
        "hiring_manager",
        "Moritz Eckl",
        "hand-typed-abbreviated-employer-bayhof",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.2//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:MESZ
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:MEZ
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20261221T223105Z
UID:A9E3C1B7-55D2-4F80-9E6A-3C7B1D0F2E84
DTEND;TZID=Europe/Berlin:20270113T123000
TRANSP:OPAQUE
SUMMARY:München BayHof – Gespräch Hotel Manager
LAST-MODIFIED:20261221T223412Z
DTSTAMP:20261221T223412Z
DTSTART;TZID=Europe/Berlin:20270113T110000
LOCATION:Promenadeplatz 2-6\, 80333 München
DESCRIPTION:mit Moritz Eckl (Hotel Manager)\, Kessler kommt mit\nRailjet 07:
 28 IBK -> München Hbf 09:18\nfreigenommen (Tausch mit Lukas)\nZahlen Alpenh
 of parat: Belegung 87%\, ADR\, Reviews 4\,6
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "exchange-sentby",
        "040000008200E00074C5B7101A82E00800000000E5F4A3B2C1D0DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        1,
        "Steigenberger Hotel Herrenhof",
        "Rooms Division Manager (m/w/d)",
        "hiring_manager",
        "andrea.lechner@steigenberger.com",
        "exchange-sent-by-assistant-room-resource",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lechner, Andrea";SENT-BY="mailto:office.herrenhof@steigenberger.com":mailto:andrea.lechner@steigenberger.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="VIE Herrenhof Besprechungsraum Mozart (8)":mailto:vie.herrenhof.mozart@steigenberger.com
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Brunner\,\n\nim Namen von Fr
 au Lechner (Hoteldirektorin) darf ich Sie zum persönlichen Gespräch für die
  Position Rooms Division Manager (m/w/d) einladen. Bitte melden Sie sich an 
 der Rezeption in der Herrengasse 10.\n\nMit freundlichen Grüßen\nJasmin Ko
 ch\nDirektionsassistenz\nSteigenberger Hotel Herrenhof\n
UID:040000008200E00074C5B7101A82E00800000000E5F4A3B2C1D0DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-AT:Gespräch Rooms Division Manager – Herr Brunner
DTSTART;TZID=W. Europe Standard Time:20261204T100000
DTEND;TZID=W. Europe Standard Time:20261204T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T143350Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:VIE Herrenhof Besprechungsraum Mozart (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "exchange-final",
        "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB0100000000000000001000000077665544332211009988FFEEDDCCBBAA",
        1,
        "Steigenberger Hotel Herrenhof",
        "Rooms Division Manager (m/w/d)",
        "final",
        "oliver.brandt@deutschehospitality.com;andrea.lechner@steigenberger.com",
        "exchange-final-regional-director-teams",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lechner, Andrea";SENT-BY="mailto:office.herrenhof@steigenberger.com":mailto:andrea.lechner@steigenberger.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Oliver":mailto:oliver.brandt@deutschehospitality.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koch, Jasmin":mailto:office.herrenhof@steigenberger.com
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Brunner\,\n\nwie besprochen
  das abschließende Gespräch mit Herrn Oliver Brandt (Regional Director Aust
 ria & Switzerland) und Frau Lechner.\n\n________________________________
 ________________________________________________\nMicrosoft Teams-Besprechu
 ng\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 377 120 558 914\n
 Kennung: zG4kP8\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB0100000000000000001000000077665544332211009988FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-AT:Abschlussgespräch RDM Herrenhof – Brandt / Lechner / Brunner
DTSTART;TZID=W. Europe Standard Time:20261215T160000
DTEND;TZID=W. Europe Standard Time:20261215T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261209T112004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-meet",
        "6tq1c9h5k3n7v0b2m8r4d6p1xa@google.com",
        1,
        "Hotel Goldene Rose",
        "Rooms Division Manager",
        "",
        "h.thaler@goldenerose-innsbruck.at",
        "google-meet-video-interview-family-hotel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20270108T140000
DTEND;TZID=Europe/Vienna:20270108T144500
DTSTAMP:20270104T081210Z
ORGANIZER;CN=Personal Hotel Goldene Rose:mailto:personal@goldenerose-innsbruck.at
UID:6tq1c9h5k3n7v0b2m8r4d6p1xa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannes Thaler;X-NUM-GUESTS=0:mailto:h.thaler@goldenerose-innsbruck.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=stefan.brunner.tirol@gmx.at;X-NUM-GUESTS=0:mailto:stefan.brunner.ti
 rol@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/hmo-tzvw-kea
CREATED:20270104T081209Z
DESCRIPTION:Video-Interview Rooms Division Manager mit Hannes Thaler (Geschä
 ftsführer).\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/hmo-tzvw-ke
 a\nOr dial: (AT) +43 1 27566 3129 PIN: 804 377 219#\nMore phone numbers: ht
 tps://tel.meet/hmo-tzvw-kea?pin=7260458810544\n\nLearn more about Meet at: h
 ttps://support.google.com/a/users/answer/9282720\n\nPlease do not edit this 
 section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~::~:~::-
LAST-MODIFIED:20270104T081210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Video-Interview Hotel Goldene Rose / S. Brunner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "desktop-floating",
        "20270105T193302-8812@thunderbird-stefan",
        1,
        "Hotel Alpenrose Innsbruck",
        "",
        "",
        "Fr. Kofler",
        "hand-typed-floating-vg-abbreviation",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20270105T193302Z
LAST-MODIFIED:20270105T193541Z
DTSTAMP:20270105T193541Z
UID:20270105T193302-8812@thunderbird-stefan
SUMMARY:VG Alpenrose IBK - Fr. Kofler
DTSTART:20270112T140000
DTEND:20270112T150000
LOCATION:Hotel Alpenrose\, Innsbruck
DESCRIPTION:Mappe + Zeugnisse mit!\nTiefgarage Markthalle\nGehaltsvorst. 4.
 200 brutto x14\, Ganzjahr\, 5-Tage-Woche?\nFrühestens 1.5.
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "android-telinterview",
        "5c8d2e0f9a1b7c3d@android.calendar",
        1,
        "Motel One",
        "Hotel Manager (m/w/d) Salzburg-Mirabell",
        "recruiter_screen",
        "Fr. Seidl",
        "hand-typed-telefoninterview-phone-only",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Stefan privat
X-WR-TIMEZONE:Europe/Vienna
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261125T170000
DTEND;TZID=Europe/Vienna:20261125T173000
DTSTAMP:20261201T190455Z
UID:5c8d2e0f9a1b7c3d@android.calendar
CREATED:20261119T122845Z
DESCRIPTION:Fr. Seidl ruft an (Recruiting Motel One Zentrale)\nStelle: Hote
 l Manager (m/w/d) Salzburg-Mirabell\nin Pause rausgehen!! Büro Hausdame fr
 agen
LAST-MODIFIED:20261119T123010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tel.-Interview Motel One
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-assessment",
        "040000008200E00074C5B7101A82E008000000007A6B5C4D3E2FDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        1,
        "Motel One",
        "Hotel Manager (m/w/d)",
        "onsite",
        "Katharina Seidl;Florian Metz",
        "assessment-center-observers-named-in-body",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Motel One Recruiting:mailto:recruiting@motel-one.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brunner\,\n\nwir freuen uns\, Sie zu
 m Assessment Center für angehende Hotel Manager (m/w/d) in unserer Zentrale
  begrüßen zu dürfen.\n\nAblauf:\n09:00 Begrüßung & Vorstellungsrunde\n09:3
 0 Gruppenübung\n11:00 Rollenspiel Gästebeschwerde\n12:30 Mittagessen\n13:30
  Fallstudie: Monatsreport & Personalplanung\n15:00 Einzelinterview\n16:00 F
 eedback\n\nBeobachter: Katharina Seidl (Recruiting) und Florian Metz (Regio
 nal Manager Süd)\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\nViele 
 Grüße\nIhr Motel One Recruiting Team
UID:040000008200E00074C5B7101A82E008000000007A6B5C4D3E2FDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=de-DE:Assessment Center Hotel Manager – Motel One Zentrale München
DTSTART;TZID=W. Europe Standard Time:20261210T090000
DTEND;TZID=W. Europe Standard Time:20261210T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T091122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Motel One Group\, Tegernseer Landstraße 165\, 81539 München
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
