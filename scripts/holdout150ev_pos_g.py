# ruff: noqa: W291
"""holdout150 events: the user's own typed entries and more scheduler/ATS invites."""

from holdout150ev_tz import LON, WAW

EVENTS = [
    dict(
        kind="thunderbird-typed-phone",
        uid="b7e3f0c2-5a91-4d6e-8f2b-13c4d5e6f7a8",
        iv=1, company="Ostara Energy", role="FP&A Manager", stage="recruiter_screen",
        who="Ewa Zając", trap="hand-typed-polish-abbrev-rozm-tel", lf=True,
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{WAW}BEGIN:VEVENT
CREATED:20250306T204411Z
LAST-MODIFIED:20250306T204530Z
DTSTAMP:20250306T204530Z
UID:b7e3f0c2-5a91-4d6e-8f2b-13c4d5e6f7a8
SUMMARY:rozm. tel. Ostara Energy - FP&A mgr
DTSTART;TZID=Europe/Warsaw:20250307T121500
DTEND;TZID=Europe/Warsaw:20250307T124500
DESCRIPTION:dzwoni p. Ewa Zając (HR)\\, ok 30 min\\nwidełki? praca hybrydowa 2
 /3? kiedy 2 etap\\nwyjść z open space -> sala 4.12 zarezerwowana
LOCATION:tel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-own-case-entry",
        uid="4pt0sl8m2v6c1k9b3n5h7d0qje@google.com",
        iv=1, company="Solvik Paper", role="FP&A Manager", stage="technical",
        who="Lars Eklund;Anna Kos", trap="own-google-entry-2-etap-case-names-only", lf=True,
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kasia.nowak.fin@wp.pl
X-WR-TIMEZONE:Europe/Warsaw
{WAW}BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250402T163000
DTEND;TZID=Europe/Warsaw:20250402T174500
DTSTAMP:20250601T101500Z
UID:4pt0sl8m2v6c1k9b3n5h7d0qje@google.com
CREATED:20250327T190212Z
DESCRIPTION:Lars Eklund (Head of FP&A) + Anna Kos (Finance Mgr)\\nprzygotow
 ać: model 3-statement\\, pytania o rolling forecast\\, jak mierzą FCF\\nlink 
 Teams w mailu od Ani\\n!! wyjść z pracy 16:00
LAST-MODIFIED:20250327T190530Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2 etap Solvik - case FP&A
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="iphone-typed-cfo",
        uid="9E2A7C41-3B5D-4F08-A6E1-7D92C0B4F315",
        iv=1, company="Nordhaven Shipping", role="", stage="final",
        who="Henrik Dahl", trap="iphone-entry-rozmowa-z-cfo-ostatni-etap", lf=True,
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
{WAW}BEGIN:VEVENT
CREATED:20250411T061802Z
DTEND;TZID=Europe/Warsaw:20250415T084500
DTSTAMP:20250411T061840Z
DTSTART;TZID=Europe/Warsaw:20250415T080000
LAST-MODIFIED:20250411T061840Z
LOCATION:Teams
DESCRIPTION:CFO Henrik Dahl\\, ostatni etap!! link w mailu od Pauliny (TA)
SEQUENCE:0
SUMMARY:Nordhaven GBS - rozmowa z CFO
TRANSP:OPAQUE
UID:9E2A7C41-3B5D-4F08-A6E1-7D92C0B4F315
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:0B8E6F4A-22C1-4E7D-9A30-5C1D2E3F4A5B
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="all-day-ac-typed",
        uid="3c1f9e2d-hollis-ac-0520@kasia",
        iv=1, company="Hollis Foods", role="Finance Manager", stage="onsite",
        who="", trap="all-day-own-entry-assessment-centre-as-candidate", lf=True,
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kasia.nowak.fin@wp.pl
X-WR-TIMEZONE:Europe/Warsaw
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250520
DTEND;VALUE=DATE:20250521
DTSTAMP:20250601T101500Z
UID:3c1f9e2d-hollis-ac-0520@kasia
CREATED:20250509T180045Z
DESCRIPTION:AC na Finance Managera - Wrocław\\, biuro Hollis przy Legnickiej 
 48\\n9:00-16:00\\, grupa 6 osób: case grupowy + prezentacja + rozmowa z HRD
 \\nurlop na żądanie?? -> wziąć dzień urlopu\\npociąg 6:12 z Krk Gł.
LAST-MODIFIED:20250509T180301Z
LOCATION:Wrocław
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AC Hollis Foods (Wro)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-private-typed",
        uid="040000008200E00074C5B7101A82E0080000000060F3E2D1C0AADB010000000000000000100000009988776655443322110FFEEDDCCBBAA9",
        iv=1, company="Arcadis Chemicals", role="Senior Finance Manager", stage="",
        who="", trap="outlook-desktop-private-own-entry-english",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Central European Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250502T173301Z
DESCRIPTION:Zoom link in the email from Arcadis HR (Sandra). \\nRole: Sr Fina
 nce Mgr\\, Kraków site. Ask about SAP S/4 migration + team size.\\n
DTEND;TZID="Central European Standard Time":20250508T170000
DTSTAMP:20250502T173301Z
DTSTART;TZID="Central European Standard Time":20250508T160000
LAST-MODIFIED:20250502T173301Z
LOCATION:Zoom
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Interview Arcadis Chem - Sr Finance Mgr
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000060F3E2D1C0AADB010000000000000000100000009988776655443322110FFEEDDCCBBAA9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-interview",
        uid="workable-event-2f7c81d0e4@workable.com",
        iv=1, company="DentaNova", role="Finance Manager CEE", stage="hiring_manager",
        who="kamil.zawadzki@dentanova.eu", trap="workable-interview-hiring-manager-zoom",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
UID:workable-event-2f7c81d0e4@workable.com
DTSTAMP:20250409T141210Z
DTSTART;TZID=Europe/Warsaw:20250414T110000
DTEND;TZID=Europe/Warsaw:20250414T115000
SUMMARY:Interview with DentaNova: Finance Manager CEE
ORGANIZER;CN=Kamil Zawadzki:mailto:kamil.zawadzki@dentanova.eu
ATTENDEE;CN=Kamil Zawadzki;PARTSTAT=ACCEPTED:mailto:kamil.zawadzki@dentanova.eu
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
LOCATION:https://us02web.zoom.us/j/81266054137?pwd=dGZuS3c
DESCRIPTION:Hi Katarzyna\\,\\n\\nThank you for your application for Finance M
 anager CEE. I am the CFO at DentaNova (chain of 60 dental clinics in Polan
 d\\, Czechia and Slovakia) and the hiring manager for the role.\\n\\nJoin Zoo
 m Meeting: https://us02web.zoom.us/j/81266054137?pwd=dGZuS3c\\nMeeting ID: 8
 12 6605 4137\\n\\nKamil Zawadzki\\n\\nSent with Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-video",
        uid="teamtailor-interview-9a4f2b61-8c3e-47d0-b5a1-6e2f0c9d8b74",
        iv=1, company="Mosaic Hotels", role="Finance Manager Poland", stage="",
        who="ida.sorensen@mosaichotels.com;filip.nowacki@mosaichotels.com",
        trap="teamtailor-video-meeting-two-interviewers",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-9a4f2b61-8c3e-47d0-b5a1-6e2f0c9d8b74
DTSTAMP:20250417T083040Z
DTSTART:20250422T093000Z
DTEND:20250422T103000Z
SUMMARY:Mosaic Hotels Group - Interview - Finance Manager Poland
ORGANIZER;CN=Mosaic Hotels Group:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Ida Sørensen:mailto:ida.sorensen@mosaichotels.com
ATTENDEE;CN=Filip Nowacki:mailto:filip.nowacki@mosaichotels.com
LOCATION:Teamtailor Meet
DESCRIPTION:Hi Katarzyna!\\n\\nYou have an interview with Ida Sørensen (Group
  Financial Controller\\, Copenhagen) and Filip Nowacki (Regional Director Po
 land).\\n\\nJoin the video meeting: https://app.teamtailor.com/meetings/v/9a
 4f2b61\\n\\nSee you soon!\\nMosaic Hotels Group
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-stockholm",
        uid="personio-interview-3d2e1f00-7b6a-4c59-8e47-a1b2c3d4e5f6",
        iv=1, company="Lindqvist Logistics", role="Finance Manager CEE", stage="recruiter_screen",
        who="sara.holm@lindqvist.se", trap="personio-stockholm-zone-first-interview",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-3d2e1f00-7b6a-4c59-8e47-a1b2c3d4e5f6
DTSTAMP:20250325T120000Z
DTSTART;TZID=Europe/Stockholm:20250401T083000
DTEND;TZID=Europe/Stockholm:20250401T091500
SUMMARY:First interview | Finance Manager CEE | Lindqvist Logistics
ORGANIZER;CN=Sara Holm:mailto:sara.holm@lindqvist.se
ATTENDEE;CN=Sara Holm;PARTSTAT=ACCEPTED:mailto:sara.holm@lindqvist.se
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
LOCATION:Google Meet - https://meet.google.com/oyh-tnre-kza
DESCRIPTION:Hej Katarzyna\\,\\n\\nthank you for applying! This first intervi
 ew (45 min) is with me\\, Sara Holm\\, Talent Acquisition. We will talk about
  your background and the role (Finance Manager CEE\\, based in our Wrocław c
 ross-dock hub).\\n\\nBest regards\\,\\nSara\\n\\nSent via Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-hm",
        uid="ashby-interview-event-5e0a9f31-c2d4-4b17-8e36-f1a2b3c4d5e6",
        iv=1, company="Ardent Energy", role="Finance Manager", stage="hiring_manager",
        who="helena.marsh@ardent.energy", trap="ashby-hiring-manager-interview-meet",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-5e0a9f31-c2d4-4b17-8e36-f1a2b3c4d5e6
DTSTAMP:20250428T160501Z
DTSTART:20250502T103000Z
DTEND:20250502T111500Z
SUMMARY:Katarzyna Nowak <> Helena Marsh - Hiring Manager Interview (Ardent Energy)
ORGANIZER;CN=Ardent Energy Recruiting:mailto:recruiting@ardent.energy
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Helena Marsh:mailto:helena.marsh@ardent.energy
LOCATION:Google Meet
DESCRIPTION:Hi Katarzyna\\,\\n\\nYou're confirmed for a 45-minute Hiring Manag
 er Interview with Helena Marsh (VP Finance) for the Finance Manager role (W
 arsaw).\\n\\nGoogle Meet: https://meet.google.com/ejd-xpqb-fwi\\n\\nNeed to re
 schedule? https://jobs.ashbyhq.com/ardent/reschedule/5e0a9f31\\n\\nScheduled 
 with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-panel",
        uid="ml-2b7d4c9e-0f1a-4e83-b56c-7d8e9f0a1b2c@modernloop.io",
        iv=1, company="Stellarcloud", role="Finance Manager, Revenue Accounting", stage="onsite",
        who="priya.nair@stellarcloud.com;ben.carter@stellarcloud.com;joanna.kwiatkowska@stellarcloud.com",
        trap="modernloop-virtual-onsite-panel",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-2b7d4c9e-0f1a-4e83-b56c-7d8e9f0a1b2c@modernloop.io
DTSTAMP:20250512T090909Z
DTSTART:20250519T120000Z
DTEND:20250519T143000Z
SUMMARY:Virtual Onsite - Stellarcloud - Finance Manager\\, Revenue Accounting
ORGANIZER;CN=Stellarcloud Candidate Experience:mailto:candidates@stellarcloud.com
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Priya Nair:mailto:priya.nair@stellarcloud.com
ATTENDEE;CN=Ben Carter:mailto:ben.carter@stellarcloud.com
ATTENDEE;CN=Joanna Kwiatkowska:mailto:joanna.kwiatkowska@stellarcloud.com
LOCATION:Zoom
DESCRIPTION:Your virtual onsite agenda (times in CEST):\\n\\n14:00-14:45 Pri
 ya Nair - Revenue Accounting Lead (ASC 606 / IFRS 15 deep dive)\\n14:45-15:3
 0 Ben Carter - Corporate Controller\\n15:45-16:30 Joanna Kwiatkowska - Senio
 r Manager\\, Kraków Finance Hub (team leadership)\\n\\nZoom: https://stellarcl
 oud.zoom.us/j/95511802334\\n\\nScheduled with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-utc-export-phone",
        uid="1m8x3p6d0f9s2h5j7k4l1q0wne@google.com",
        iv=1, company="Meridian Pharma", role="Finance Manager - Commercial Finance", stage="recruiter_screen",
        who="ola.pawlik@meridianpharma.com", trap="utc-export-telephone-interview-x-wr-timezone-utc",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kasia.nowak.fin@wp.pl
X-WR-TIMEZONE:UTC
BEGIN:VEVENT
DTSTART:20250326T073000Z
DTEND:20250326T080000Z
DTSTAMP:20250601T101500Z
ORGANIZER;CN=Ola Pawlik:mailto:ola.pawlik@meridianpharma.com
UID:1m8x3p6d0f9s2h5j7k4l1q0wne@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
CREATED:20250320T131500Z
DESCRIPTION:Telephone interview - Finance Manager - Commercial Finance (Mer
 idian Pharma\\, Warsaw). I will call you at the agreed time.\\n\\nOla Pawlik\\
 , Talent Acquisition Lead CEE
LAST-MODIFIED:20250320T131700Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meridian Pharma | Telephone interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-polish-browar",
        uid="2c9v4b7n1m0x3z8a5s6d2f1g0h@google.com",
        iv=1, company="Tatra Brewing", role="Kierownik Kontrolingu", stage="",
        who="anna.gal@browartatra.pl", trap="polish-rozmowa-kwalifikacyjna-google-workspace",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250305T170000
DTEND;TZID=Europe/Warsaw:20250305T180000
DTSTAMP:20250228T110245Z
ORGANIZER;CN=Anna Gal:mailto:anna.gal@browartatra.pl
UID:2c9v4b7n1m0x3z8a5s6d2f1g0h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anna Gal;X-NUM-GUESTS=0:mailto:anna.gal@browartatra.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Pani Katarzyno\\, potwierdzam rozmowę kwalifikacyjną na stanowi
 sko Kierownika Kontrolingu w Browarze Tatra (Tatra Brewing Company). Rozmo
 wę poprowadzę ja (Dyrektor Finansowa) - po godzinach\\, tak jak Pani prosił
 a.\\n\\nDołącz przez Google Meet: https://meet.google.com/srb-ntkq-yva
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rozmowa kwalifikacyjna - Kierownik Kontrolingu (K. Nowak)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-london",
        uid="GoToMeeting-724319605-bellmont-20250611",
        iv=1, company="Bellmont Group", role="Group Reporting Manager", stage="",
        who="rachel.pryce@bellmontgroup.co.uk;adam.nowicki@bellmontgroup.pl",
        trap="goto-meeting-london-zone-uk-employer",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{LON}BEGIN:VEVENT
UID:GoToMeeting-724319605-bellmont-20250611
DTSTAMP:20250603T093015Z
DTSTART;TZID=Europe/London:20250611T100000
DTEND;TZID=Europe/London:20250611T110000
SUMMARY:Interview: Group Reporting Manager - Katarzyna Nowak
ORGANIZER;CN=Rachel Pryce:mailto:rachel.pryce@bellmontgroup.co.uk
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Adam Nowicki;ROLE=REQ-PARTICIPANT:mailto:adam.nowicki@bellmontgroup.pl
LOCATION:GoTo Meeting
DESCRIPTION:Interview for the Group Reporting Manager role (Bellmont Group\\
 , Kraków centre of excellence). Rachel Pryce (Group Financial Controller\\,
  London) and Adam Nowicki (Site Lead\\, Kraków).\\n\\nPlease join my meeting
  from your computer\\, tablet or smartphone.\\nhttps://meet.goto.com/72431960
 5\\n\\nYou can also dial in using your phone.\\nAccess Code: 724-319-605\\nPol
 and: +48 22 295 35 61\\nUnited Kingdom: +44 20 3713 5011
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
