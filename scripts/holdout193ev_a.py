"""holdout193 events, part a: Marriott Vienna, Sofitel Munich, the agency's 5-star house in Salzburg.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "workday-teams",
        "WD-CAL-7f3a2c91-55e0-4b8e-a1d4-9c0e5b7d2e61",
        1,
        "Vienna Marriott Hotel",
        "Director of Rooms",
        "recruiter_screen",
        "julia.pfeiffer@marriott.com",
        "workday-teams-ta-screen-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar 2026.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:WD-CAL-7f3a2c91-55e0-4b8e-a1d4-9c0e5b7d2e61
DTSTAMP:20261007T091522Z
SEQUENCE:0
DTSTART;TZID=Europe/Vienna:20261013T150000
DTEND;TZID=Europe/Vienna:20261013T153000
SUMMARY:Interview Invitation: Director of Rooms - Vienna Marriott Hotel (JR-26-01187)
DESCRIPTION:Dear Stefan\,\n\nThank you for your interest in the Director of
  Rooms position at Vienna Marriott Hotel. We are pleased to confirm your int
 erview:\n\nInterview type: Virtual - Microsoft Teams\nInterviewer: Julia Pfe
 iffer\, Talent Acquisition Specialist Austria & Switzerland\nDuration: 30 mi
 nutes\n\nPlease make sure you are in a quiet place. If you need to reschedu
 le\, use the link in your candidate home.\n\n____________________________
 ____________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_NzQ2ZjFkYjAtMWU2@thread.v2/0?context=%7b%22Tid%22%3a
 %22b4c2%22%7d\nMeeting ID: 371 554 902 118\nPasscode: kX3tQ7\n____________
 ____________________________\n\nMarriott International | Talent Acquisition
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Marriott Careers:mailto:marriott@myworkday.com
ATTENDEE;CN=Julia Pfeiffer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia.pfeiffer@marriott.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-teams",
        "040000008200E00074C5B7101A82E00800000000D0A3F1C2B85BDB01000000000000000010000000E4C1A7A9B6C3F44B9E1D2C3A4F5B6E7D",
        1,
        "Vienna Marriott Hotel",
        "Director of Rooms",
        "hiring_manager",
        "philipp.auer@marriott.com",
        "outlook-windows-zone-second-round-doo",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Auer, Philipp":mailto:philipp.auer@marriott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pfeiffer, Julia":mailto:julia.pfeiffer@marriott.com
DESCRIPTION;LANGUAGE=de-AT:Hallo Herr Brunner\,\n\nwie mit Julia besproch
 en\, hier die Einladung für unser Gespräch. Ich würde gerne mehr über Ihre
  Erfahrung mit Opera/Fidelio\, Ihre Teamgröße an der Rezeption und Ihre Ide
 en zum Thema Upselling hören. Gerne auf Deutsch.\n\nLG\nPhilipp Auer\nDire
 ctor of Operations | Vienna Marriott Hotel\nParkring 12a\, 1010 Wien\n\n___
 _____________________________________________________________________________
 \nMicrosoft Teams Besprechung\nAuf dem Computer\, in der mobilen App oder a
 uf dem Raumgerät teilnehmen\nKlicken Sie hier\, um an der Besprechung teilz
 unehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk1MmQ2@th
 read.v2/0>\nBesprechungs-ID: 318 027 664 905\nPasscode: 9wQe6r\nTelefonein
 wahl\n+43 1 2675 6044\,\,612880417# Austria\, Vienna\nKonferenz-ID: 612 880
  417#\n__________________________________________________________________
 ______________\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F1C2B85BDB01000000000000000010000000E4C1A7A9B6C3F44B9E1D2C3A4F5B6E7D
SUMMARY;LANGUAGE=de-AT:2. Gespräch Director of Rooms – Stefan Brunner / Philipp Auer
DTSTART;TZID=W. Europe Standard Time:20261027T140000
DTEND;TZID=W. Europe Standard Time:20261027T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T122248Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-onsite",
        "040000008200E00074C5B7101A82E00800000000A17C9E4E0B63DB010000000000000000100000003B9D0E2F71A84C43A6E5C07D3F1B2A99",
        1,
        "Vienna Marriott Hotel",
        "Director of Rooms",
        "final",
        "elena.kovacs@marriott.com;markus.trimmel@marriott.com",
        "final-onsite-gm-invite-sent-by-ea",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Moser, Sabine":mailto:sabine.moser@marriott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kovacs, Elena":mailto:elena.kovacs@marriott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Trimmel, Markus":mailto:markus.trimmel@marriott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="VIE MC Boardroom Schubert":mailto:vie.boardroom.schubert@marriott.com
DESCRIPTION;LANGUAGE=en-US:Dear Mr Brunner\,\n\nOn behalf of Elena Kovacs\
 , General Manager\, I am happy to invite you to meet Elena and Markus Trimm
 el (Director of Human Resources) at the hotel. The meeting will be followed
  by a short walk through the Front Office\, Executive Lounge and Housekeepi
 ng.\n\nPlease report to the Front Desk and ask for me.\n\nAgenda\n10:00 Mee
 ting with Elena Kovacs and Markus Trimmel\n11:15 Property tour with Front Of
 fice Manager\n12:00 Lunch at Parkring Restaurant (optional)\n\nKind regards\
 nSabine Moser\nExecutive Assistant to the General Manager\nVienna Marriott 
 Hotel\n
UID:040000008200E00074C5B7101A82E00800000000A17C9E4E0B63DB010000000000000000100000003B9D0E2F71A84C43A6E5C07D3F1B2A99
SUMMARY;LANGUAGE=en-US:Final interview Director of Rooms – S. Brunner
DTSTART;TZID=W. Europe Standard Time:20261110T100000
DTEND;TZID=W. Europe Standard Time:20261110T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T080214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vienna Marriott Hotel\, Parkring 12a\, 1010 Wien – Boardroom Schubert
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "smartrecruiters-phone",
        "sr-interview-4f8c6a1e-2b9d-4e7a-9c3f-0d1e2a3b4c5d@smartrecruiters.com",
        1,
        "Sofitel Munich Bayerpost",
        "Rooms Division Manager (m/w/d)",
        "recruiter_screen",
        "claire.dubois@accor.com",
        "smartrecruiters-phone-screen-berlin-zone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:sr-interview-4f8c6a1e-2b9d-4e7a-9c3f-0d1e2a3b4c5d@smartrecruiters.com
DTSTAMP:20261014T133005Z
DTSTART;TZID=Europe/Berlin:20261020T173000
DTEND;TZID=Europe/Berlin:20261020T180000
SUMMARY:Phone Interview - Rooms Division Manager (m/w/d) - Sofitel Munich Bayerpost
DESCRIPTION:Hi Stefan\,\n\nThank you for applying with Accor! Claire Dubois
  (Talent Acquisition Partner\, Accor Central Europe) will call you on +43 6
 64 381 2290 at the time below.\n\nPosition: Rooms Division Manager (m/w/d)
 \nHotel: Sofitel Munich Bayerpost\nFormat: Phone call\, approx. 30 min\, Eng
 lish / German\n\nNeed to change the time? Reply to this message in your Sma
 rtRecruiters candidate portal.\n\nBest regards\,\nAccor Talent Acquisition
LOCATION:Phone call - Claire will call you
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@accor.com
ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:claire.dubois@accor.com
ATTENDEE;CN=Stefan Brunner;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-onsite",
        "5k2h9qv1r7c3m0n8p4t6b2d1sa@google.com",
        1,
        "Sofitel Munich Bayerpost",
        "Rooms Division Manager",
        "onsite",
        "florian.wiesinger@sofitel.com;nadine.kraus@accor.com",
        "google-invite-onsite-munich-hotel-manager",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261117T110000
DTEND;TZID=Europe/Berlin:20261117T130000
DTSTAMP:20261105T154410Z
ORGANIZER;CN=Florian Wiesinger:mailto:florian.wiesinger@sofitel.com
UID:5k2h9qv1r7c3m0n8p4t6b2d1sa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Florian Wiesinger;X-NUM-GUESTS=0:mailto:florian.wiesinger@sofitel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadine Kraus;X-NUM-GUESTS=0:mailto:nadine.kraus@accor.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=stefan.brunner.tirol@gmx.at;X-NUM-GUESTS=0:mailto:stefan.brunner.ti
 rol@gmx.at
X-MICROSOFT-CDO-OWNERAPPTID:-1803526544
CREATED:20261105T154409Z
DESCRIPTION:Servus Stefan\,<br><br>wie telefonisch besprochen: persönliches
  Kennenlernen bei uns im Haus. Nadine (HR Director) ist auch dabei. Danach z
 eige ich dir gern die Etagen und das Spa.<br><br>Bitte an der Rezeption nac
 h mir fragen. Parken am besten im Parkhaus am Hbf Süd.<br><br>Bis dann!<br>
 Florian<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-<br>Invitation from Google Calendar: https://calendar.google
 .com/calendar/<br><br>You are receiving this email because you are an atte
 ndee on the event.<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261105T154410Z
LOCATION:Sofitel Munich Bayerpost\, Bayerstraße 12\, 80335 München\, Deutschland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stefan Brunner x Sofitel Munich – Rooms Division Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-call",
        "AHC-2026-10-0412-SB@alpin-hospitality.at",
        0,
        "",
        "",
        "",
        "",
        "headhunter-call-unnamed-5-star-house-salzburg",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
%%TZ w-europe-win%%
BEGIN:VEVENT
ATTENDEE;CN=stefan.brunner.tirol@gmx.at;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
CLASS:PUBLIC
CREATED:20261002T074511Z
DESCRIPTION:Lieber Herr Brunner\,\n\nvielen Dank für Ihren Rückruf. Wie ang
 ekündigt melde ich mich am Dienstag telefonisch bei Ihnen. Es geht um ein 5
 -Sterne-Haus in Salzburg (Altstadtlage\, ca. 90 Zimmer\, inhabergeführt)\, d
 as eine/n Rooms Division Manager/in in Ganzjahresanstellung sucht. Den Name
 n des Hauses darf ich Ihnen erst nennen\, wenn Sie mir grünes Licht für die 
 Vorstellung geben.\n\nIch freue mich auf unser Gespräch!\n\nHerzliche Grüße
 \nVerena Strobl\nSenior Consultant\nALPIN HOSPITALITY CONSULTING\nPersonalbe
 ratung für Hotellerie & Gastronomie\nMaria-Theresien-Straße 18\, 6020 Innsb
 ruck\nT +43 512 908 114-12\n
DTEND;TZID=W. Europe Standard Time:20261006T123000
DTSTAMP:20261002T074511Z
DTSTART;TZID=W. Europe Standard Time:20261006T120000
LAST-MODIFIED:20261002T074511Z
LOCATION:Telefon (ich rufe Sie an: +43 664 381 2290)
ORGANIZER;CN="Strobl, Verena":mailto:v.strobl@alpin-hospitality.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Telefonat Alpin Hospitality / Hr. Brunner – vertrauliche Position Salzburg
TRANSP:OPAQUE
UID:AHC-2026-10-0412-SB@alpin-hospitality.at
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "agency-teams",
        "AHC-2026-10-0431-SB@alpin-hospitality.at",
        1,
        "Hotel am Mirabellplatz",
        "Rooms Division Manager",
        "recruiter_screen",
        "v.strobl@alpin-hospitality.at",
        "agency-screen-client-named-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ w-europe-win%%
BEGIN:VEVENT
ATTENDEE;CN=stefan.brunner.tirol@gmx.at;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
CLASS:PUBLIC
CREATED:20261008T161102Z
DESCRIPTION:Lieber Herr Brunner\,\n\ndanke für Ihr OK! Wie versprochen: Es 
 handelt sich um das Hotel am Mirabellplatz in Salzburg. Im Teams-Interview 
 gehen wir Ihren Werdegang strukturiert durch (Stationen\, Führungsspanne\, 
 Gehaltsvorstellung\, Kündigungsfrist). Danach stelle ich Sie Direktor Grube
 r vor.\n\nBitte halten Sie einen aktuellen Lebenslauf bereit.\n\nHerzliche 
 Grüße\nVerena Strobl\n\n______________________________________________\nMi
 crosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen <https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZmU3YTRi@thread.v2/0>\nBesprech
 ungs-ID: 392 118 440 217\nKennung: bT5mQ2\n______________________________
 ________________\n
DTEND;TZID=W. Europe Standard Time:20261014T164500
DTSTAMP:20261008T161102Z
DTSTART;TZID=W. Europe Standard Time:20261014T160000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Strobl, Verena":mailto:v.strobl@alpin-hospitality.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Interview Brunner | Mandat Salzburg 5* | RDM
TRANSP:OPAQUE
UID:AHC-2026-10-0431-SB@alpin-hospitality.at
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-direktor",
        "040000008200E00074C5B7101A82E008000000002093BD7C2D6EDB01000000000000000010000000C17A2B3D4E5F60718293A4B5C6D7E8F9",
        1,
        "Hotel am Mirabellplatz",
        "Rooms Division Manager",
        "hiring_manager",
        "k.gruber@hotel-mirabellplatz.at",
        "direktor-interview-invite-from-sekretariat",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Sekretariat Direktion:mailto:sekretariat@hotel-mirabellplatz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gruber, Konstantin":mailto:k.gruber@hotel-mirabellplatz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefan Brunner:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Strobl, Verena":mailto:v.strobl@alpin-hospitality.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Brunner\,\n\nHerr Direktor Dr
 . Gruber freut sich\, Sie zu einem persönlichen Gespräch in Salzburg begrüß
 en zu dürfen. Bitte melden Sie sich beim Portier\; ein Parkplatz in unserer 
 Garage ist für Sie reserviert (Kennzeichen bitte vorab an uns).\n\nMit freu
 ndlichen Grüßen\nElisabeth Rainer\nAssistentin der Direktion\nHotel am Mira
 bellplatz *****\n
UID:040000008200E00074C5B7101A82E008000000002093BD7C2D6EDB01000000000000000010000000C17A2B3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch RDM – Hr. Brunner / Hr. Dir. Dr. Gruber
DTSTART;TZID=W. Europe Standard Time:20261104T143000
DTEND;TZID=W. Europe Standard Time:20261104T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T100833Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Hotel am Mirabellplatz\, Direktionsbüro 1. OG
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
        "iphone-gastgeber",
        "6C1F8E2A-9B3D-4F7E-A5C2-1D0E9F8A7B6C",
        1,
        "Hotel am Mirabellplatz",
        "",
        "final",
        "Johanna Eder;Georg Eder",
        "hand-typed-gastgeber-gespraech-owners-dinner",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261109T201744Z
UID:6C1F8E2A-9B3D-4F7E-A5C2-1D0E9F8A7B6C
DTEND;TZID=Europe/Vienna:20261120T210000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Gastgeber-Gespräch Fam. Eder (Mirabellplatz)
LAST-MODIFIED:20261109T202301Z
DTSTAMP:20261109T202301Z
DTSTART;TZID=Europe/Vienna:20261120T183000
LOCATION:Hotel am Mirabellplatz\nMirabellplatz\, 5020 Salzburg\, Österreich
DESCRIPTION:Verena: Eigentümer (Johanna + Georg Eder) wollen mich vor der E
 ntscheidung persönlich kennenlernen\, Abendessen im Restaurant\, "eher loc
 ker". Gruber kommt evtl. dazu.\nSakko\, keine Krawatte\nZug 15:12 ab Innsbr
 uck\, Rückfahrt 21:58?? sonst Hotelzimmer fragen\nFragen: Ganzjahresbetrieb 
 wirklich? Wohnung? Start April/Mai
SEQUENCE:1
BEGIN:VALARM
X-WR-ALARMUID:0E3B1B6A-3C1D-4B2E-8F0A-62C8D1E4F5A7
UID:0E3B1B6A-3C1D-4B2E-8F0A-62C8D1E4F5A7
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
