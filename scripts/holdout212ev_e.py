"""holdout212 events, part e: advisory firm, Lever, Ashby, SmartRecruiters, hand-typed entries, an interim office."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "outlook-partner-interview",
        "040000008200E00074C5B7101A82E00800000000E4A9C0B2D79EDB0100000000000000001000000012AB34CD56EF7890A1B2C3D4E5F6A7B8",
        1, "Moreels & Partners", "Senior Manager Customs & Global Trade", "hiring_manager",
        "sven.moreels@moreels-partners.be", "outlook-advisory-partner-sent-by-office-manager",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Moreels, Sven";SENT-BY="mailto:office.brussels@moreels-partners.be":mailto:sven.moreels@moreels
 -partners.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters.ant
 w@telenet.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BXL 6.02 (6)":mailto:bxl.602@moreels-partners.be
DESCRIPTION;LANGUAGE=nl-BE:Geachte heer Peeters\,\n\nIn opvolging van uw ka
 ndidatuur heeft Sven Moreels (Partner Customs & Global Trade) graag een eer
 ste gesprek met u. Gelieve zich aan te melden aan de receptie\, 6de verdie
 ping. Dichtstbijzijnde station: Brussel-Luxemburg.\n\nMet vriendelijke gro
 eten\,\nOffice Management Brussel\n
UID:040000008200E00074C5B7101A82E00800000000E4A9C0B2D79EDB0100000000000000001000000012AB34CD56EF7890A1B2C3D4E5F6A7B8
SUMMARY;LANGUAGE=nl-BE:Gesprek W. Peeters - Senior Manager Customs & Global Trade
DTSTART;TZID=Romance Standard Time:20250227T180000
DTEND;TZID=Romance Standard Time:20250227T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T084455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:BXL 6.02 (6)\, Wetstraat 1xx\, 1040 Brussel
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "advisory-case-interview",
        "040000008200E00074C5B7101A82E0080000000019B3D5F7A1A0DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        1, "Moreels & Partners", "Senior Manager Customs & Global Trade", "technical",
        "caroline.jacobs@moreels-partners.be;thomas.van.looy@moreels-partners.be",
        "case-interview-tariff-classification",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Jacobs, Caroline":mailto:caroline.jacobs@moreels-partners.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters.ant
 w@telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van Looy, Thomas":mailto:thomas.van.looy@moree
 ls-partners.be
DESCRIPTION;LANGUAGE=en-GB:Dear Wouter\,\n\nAs a next step we would like to
  invite you to a case interview (in English). You will receive a short f
 act pattern 20 minutes before the start: tariff classification of a compo
 site good\, customs valuation with royalties\, and a question on binding t
 ariff information (BTI). Thomas and I will then discuss your approach.\n\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_M2Q0ZjE3%40thread
 .v2/0\nMeeting ID: 348 120 774 901\nPasscode: 3Vb9Lz\n\nKind regards\,\nCa
 roline Jacobs\nDirector Customs & Global Trade\n
UID:040000008200E00074C5B7101A82E0080000000019B3D5F7A1A0DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-GB:Case interview - Wouter Peeters (SM CGT)
DTSTART;TZID=Romance Standard Time:20250312T170000
DTEND;TZID=Romance Standard Time:20250312T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lever-phone-screen-utc",
        "lever-interview-6f1e4d2a-9b3c-47e8-a0d5-c2b1f9e8d7a6",
        1, "Scaldia Ro-Ro Terminal", "Customs & Compliance Manager", "recruiter_screen", "mathias.goris@scaldia.eu",
        "lever-utc-phone-screen-ro-ro-terminal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6f1e4d2a-9b3c-47e8-a0d5-c2b1f9e8d7a6
DTSTAMP:20250410T084501Z
DTSTART:20250416T063000Z
DTEND:20250416T070000Z
SUMMARY:Wouter Peeters <> Scaldia - Phone Screen
ORGANIZER;CN=Scaldia Ro-Ro Terminal:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Mathias Goris;PARTSTAT=ACCEPTED:mailto:mathias.goris@scaldia.eu
LOCATION:Phone (Mathias will call)
DESCRIPTION:Phone Screen for Customs & Compliance Manager\n\nInterviewers:\n
 Mathias Goris (People Partner)\n\nThis event was scheduled through Lever.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ashby-video-interview",
        "ashby-interview-schedule-0d9c7b5a-3e1f-4a2b-8c6d-9e0f1a2b3c4d@ashbyhq.com",
        1, "Nordzee Feeder Services", "Trade Compliance Manager", "hiring_manager",
        "h.janssens@nordzeefeeder.com", "ashby-zoom-hiring-manager-feeder-line",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:ashby-interview-schedule-0d9c7b5a-3e1f-4a2b-8c6d-9e0f1a2b3c4d@ashbyhq.com
DTSTAMP:20250502T090000Z
DTSTART;TZID=Europe/Brussels:20250507T110000
DTEND;TZID=Europe/Brussels:20250507T120000
SUMMARY:Trade Compliance Manager - Wouter Peeters - Hiring Manager Interview
ORGANIZER;CN=Nordzee Feeder Services:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Hans Janssens;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h.janssens@nordzeefeeder.com
ATTENDEE;CN=Ella Smet (Coordinator);ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.smet@nordzeefeeder.com
LOCATION:https://nordzeefeeder.zoom.us/j/92017733561
DESCRIPTION:Hi Wouter\,\n\nYour interview with Nordzee Feeder Services is co
 nfirmed.\n\nHiring Manager Interview (60 min) with Hans Janssens\, Direct
 or Customer Service & Compliance.\n\nZoom: https://nordzeefeeder.zoom.us/j
 /92017733561\nMeeting ID: 920 1773 3561\n\nNeed to reschedule? Reply to El
 la Smet.\n\nScheduled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "smartrecruiters-interview",
        "sr-int-63f0a1b2c3d4e5f6a7b8c9d0-1@smartrecruiters.com",
        1, "Atlantic Ro-Ro Lines", "Logistics Manager Antwerp", "",
        "karin.lindqvist@atlanticroro.com;bjorn.ek@atlanticroro.com", "smartrecruiters-no-clear-stage-swedish-line",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-63f0a1b2c3d4e5f6a7b8c9d0-1@smartrecruiters.com
DTSTAMP:20250415T113000Z
DTSTART:20250424T120000Z
DTEND:20250424T130000Z
SUMMARY:Interview for Logistics Manager Antwerp at Atlantic Ro-Ro Lines
ORGANIZER;CN=Atlantic Ro-Ro Lines Careers:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Karin Lindqvist;PARTSTAT=ACCEPTED:mailto:karin.lindqvist@atlanticroro.com
ATTENDEE;CN=Björn Ek;PARTSTAT=ACCEPTED:mailto:bjorn.ek@atlanticroro.com
LOCATION:Webex - https://atlanticroro.webex.com/meet/k.lindqvist
DESCRIPTION:Hello Wouter\,\n\nYou have been invited to an interview for the
  position Logistics Manager Antwerp.\n\nInterviewers: Karin Lindqvist\, Bj
 örn Ek\nLocation: Webex personal room - https://atlanticroro.webex.com/me
 et/k.lindqvist\nAccess code: 2744 310 88\n\nBest regards\,\nAtlantic Ro-Ro
  Lines AB\, Göteborg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-gesprek-zeebrugge",
        "7E4C1B8A-93D2-4F56-8A0B-C1D2E3F4A5B6",
        1, "De Clercq Customs", "", "", "Filip De Clercq",
        "typed-entry-no-attendees-owner-in-summary",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T121010Z
DTSTART:20250308T100000
DTEND:20250308T113000
DTSTAMP:20250305T121045Z
LAST-MODIFIED:20250305T121045Z
LOCATION:De Clercq Customs\, Kustlaan Zeebrugge
DESCRIPTION:sollicitatie - Filip De Clercq zelf (zaakvoerder)\, zaterdag wan
 t dan is t rustig zei hij. CV + attest AEO opleiding mee\, vragen naar fir
 mawagen en overname plannen
SEQUENCE:0
SUMMARY:gesprek De Clercq Zeebrugge
TRANSP:OPAQUE
UID:7E4C1B8A-93D2-4F56-8A0B-C1D2E3F4A5B6
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "interim-office-screening",
        "harbourtalent-afspraak-20250402-0930-wp@harbourtalent.be",
        1, "Kempense Chemie", "Customs & Excise Coordinator (Teamlead)", "recruiter_screen",
        "yasmine.bouzid@harbourtalent.be", "interim-office-names-client-in-summary",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbour Talent Interim & Selectie//Afspraken//NL
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:harbourtalent-afspraak-20250402-0930-wp@harbourtalent.be
DTSTAMP:20250328T144000Z
DTSTART;TZID=Europe/Brussels:20250402T093000
DTEND;TZID=Europe/Brussels:20250402T103000
SUMMARY:Screening kantoor Harbour Talent - vacature Kempense Chemie (Geel)
ORGANIZER;CN=Yasmine Bouzid:mailto:yasmine.bouzid@harbourtalent.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
LOCATION:Harbour Talent\, Italiëlei 2x\, 2000 Antwerpen
DESCRIPTION:Dag Wouter\,\n\nBedankt voor je reactie op de vacature Customs
  & Excise Coordinator (Teamlead) bij onze klant Kempense Chemie in Geel (va
 st contract\, via selectie). Ik plan je graag in voor een screeningsgesprek
  op ons kantoor: we overlopen je ervaring met EMCS/accijnsentrepots en je
  loonverwachtingen.\n\nVergeet je identiteitskaart niet.\n\nYasmine Bouzid
 \nConsultant Supply Chain\, Harbour Talent
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-entretien-tel",
        "4410f2c8-3b57-4d2e-9c1a-7e6f5d4c3b2a",
        1, "Trans-Ardenne Logistique", "", "recruiter_screen", "Mme Gilson",
        "typed-french-phone-screen-android",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:4410f2c8-3b57-4d2e-9c1a-7e6f5d4c3b2a
DTSTAMP:20250430T150302Z
DTSTART;TZID=Europe/Brussels:20250506T123000
DTEND;TZID=Europe/Brussels:20250506T130000
SUMMARY:Tel. entretien Trans-Ardenne (Liège) - Mme Gilson RH
DESCRIPTION:elle appelle sur gsm. poste resp. douane hub Bierset\, en frans!
 ! voc: entrepôt sous douane\, transit\, déclarant
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
]
