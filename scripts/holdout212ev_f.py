"""holdout212 events, part f: a three-round Workday process, Bookings, a family firm, GoodTime, Cal.com, ModernLoop."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "workday-zoom-screen",
        "WD-INTERVIEW-0a9b8c7d6e5f40312a3b4c5d6e7f8091@vanguardchem.myworkday.com",
        1, "Vanguard Chemicals", "Trade Compliance Lead EMEA", "recruiter_screen", "megan.oconnor@vanguardchem.com",
        "workday-zoom-screen-chemical-company",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:WD-INTERVIEW-0a9b8c7d6e5f40312a3b4c5d6e7f8091@vanguardchem.myworkday.com
DTSTAMP:20250204T161000Z
DTSTART;TZID=Europe/Brussels:20250211T160000
DTEND;TZID=Europe/Brussels:20250211T163000
SUMMARY:Interview Scheduled: Trade Compliance Lead EMEA (JR-112907)
ORGANIZER;CN=Vanguard Chemicals Recruiting:mailto:vanguardchem@myworkday.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Megan O'Connor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Megan.OConnor@vanguardchem.com
LOCATION:Zoom
DESCRIPTION:Candidate: Wouter Peeters\nJob Requisition: JR-112907 Trade Compl
 iance Lead EMEA (Antwerp)\nInterview Stage: Recruiter Screen\nInterviewer:
  Megan O'Connor (Senior Recruiter\, Dublin)\n\nJoin Zoom Meeting: https://v
 anguardchem.zoom.us/j/94410283310?pwd=cVJkZ0xrT1Q\nMeeting ID: 944 1028 33
 10\nPasscode: 771205\nDial by your location: +32 2 290 9360 Belgium\n\nPle
 ase do not reply to this automated message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "workday-panel-onsite",
        "WD-INTERVIEW-1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6@vanguardchem.myworkday.com",
        1, "Vanguard Chemicals", "Trade Compliance Lead EMEA", "onsite",
        "j.verbruggen@vanguardchem.com;m.schafer@vanguardchem.com;i.dewaele@vanguardchem.com",
        "workday-panel-onsite-with-room-and-coordinator",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:WD-INTERVIEW-1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6@vanguardchem.myworkday.com
DTSTAMP:20250221T101500Z
DTSTART;TZID=Europe/Brussels:20250304T130000
DTEND;TZID=Europe/Brussels:20250304T160000
SUMMARY:Interview Scheduled: Trade Compliance Lead EMEA (JR-112907) - Panel
ORGANIZER;CN=Vanguard Chemicals Recruiting:mailto:vanguardchem@myworkday.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Jan Verbruggen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.verbruggen@vanguardchem.com
ATTENDEE;CN=Markus Schäfer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.schafer@vanguardchem.com
ATTENDEE;CN=Isabelle Dewaele;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i.dewaele@vanguardchem.com
ATTENDEE;CN=Tessa Wouters (Recruiting Coordinator);ROLE=NON-PARTICIPANT:mailto:t.wouters@vanguardchem.com
ATTENDEE;CUTYPE=ROOM;CN=ANR-B12 Meeting Room Lillo;ROLE=NON-PARTICIPANT:mailto:anr-b12-lillo@vanguardchem.com
LOCATION:Vanguard Chemicals Antwerp\, Haven 7xx\, Scheldelaan - Building B12
DESCRIPTION:Candidate: Wouter Peeters\nJob Requisition: JR-112907 Trade Compl
 iance Lead EMEA\nInterview Stage: Panel Interview\n\n13:00 Jan Verbruggen
  (Global Trade Director) - experience & leadership\n13:45 Markus Schäfer (He
 ad of Export Control\, Ludwigshafen) - dual-use\, sanctions screening\n14:
 30 Isabelle Dewaele (Site Logistics Manager) - excise\, EMCS\, T1 flows\n1
 5:15 Break and site tour\n\nReception will hand you a visitor badge. Safety
  induction video at the gate (10 min).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gcal-final-vp",
        "0n3p5r7t9v1x3z5b7d9f1h3j5l@google.com",
        1, "Vanguard Chemicals", "Trade Compliance Lead EMEA", "final", "claire.fontaine@vanguardchem.com",
        "google-meet-final-with-vp-x-wr-timezone",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20250318T150000Z
DTEND:20250318T154500Z
DTSTAMP:20250312T091234Z
ORGANIZER;CN=Claire Fontaine:mailto:claire.fontaine@vanguardchem.com
UID:0n3p5r7t9v1x3z5b7d9f1h3j5l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Fontaine;X-NUM-GUESTS=0:mailto:claire.fontaine@vanguardchem.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=wouter.peeters.antw@telenet.be;X-NUM-GUESTS=0:mailto:wouter.peeter
 s.antw@telenet.be
DESCRIPTION:Final conversation for the Trade Compliance Lead EMEA role.\n\n
 Claire Fontaine – VP Supply Chain EMEA\n\nJoin with Google Meet: https://me
 et.google.com/kfr-sxdn-ewq\nJoin by phone\n(BE) +32 2 403 49 20 PIN: 66019
 3388#\n\nLearn more about Meet at: https://support.google.com/a/users/answe
 r/9282720\n\nPlease do not edit this section.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wouter / Claire - final conversation TCL EMEA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ms-bookings-sollicitatie",
        "bookings-7c1de0f2-8a33-4b19-b5e7-20f4c9a1d6e3@euroasiashipping.be",
        1, "Euro-Asia Shipping Agency", "Logistiek Manager", "", "kevin.devos@euroasiashipping.be",
        "ms-bookings-user-booked-own-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN=Euro-Asia Shipping Agency - Selectie:mailto:EASASelectie@euroasiashipping.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wouter Peeters:mailto:wouter.peeters.antw@t
 elenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin De Vos:mailto:kevin.devos@euroasiashipp
 ing.be
DESCRIPTION;LANGUAGE=nl-BE:Uw afspraak is bevestigd.\n\nService: Sollicitat
 iegesprek - Logistiek Manager (60 min)\nPersoneel: Kevin De Vos\nAdres:
  Euro-Asia Shipping Agency\, Port Arthurlaan\, 9000 Gent\n\nAfspraak wijzi
 gen of annuleren: https://outlook.office365.com/owa/calendar/EASASelectie@e
 uroasiashipping.onmicrosoft.com/bookings/\n\nMicrosoft Bookings\n
UID:bookings-7c1de0f2-8a33-4b19-b5e7-20f4c9a1d6e3@euroasiashipping.be
SUMMARY;LANGUAGE=nl-BE:Sollicitatiegesprek - Logistiek Manager met Kevin De Vos
DTSTART;TZID=Romance Standard Time:20250423T150000
DTEND;TZID=Romance Standard Time:20250423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T212203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Port Arthurlaan\, 9000 Gent
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-gedelegeerd-bestuurder",
        "040000008200E00074C5B7101A82E00800000000A7C9E1F3B5A2DB0100000000000000001000000066778899AABBCCDDEEFF001122334455",
        1, "Kallebeek Logistics", "Operationeel Manager Douane", "final", "luc.kallebeek@kallebeek.be",
        "outlook-ceo-family-firm-sent-by-assistant",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Kallebeek, Luc";SENT-BY="mailto:nancy.peeters@kallebeek.be":mailto:luc.kallebeek@kallebeek.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Nancy":mailto:nancy.peeters@kallebee
 k.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Wouter\,\n\nLuc had graag nog een laatste ge
 sprek met jou voor de functie Operationeel Manager Douane\, na je gesprek
 ken met Kristel (HR) en met Dirk (COO). Het gesprek gaat over de toekomst
  van de douane-afdeling en de voorwaarden.\n\nHij ontvangt je in zijn bure
 el op de eerste verdieping.\n\nGroetjes\,\nNancy\nDirectiesecretariaat\n
UID:040000008200E00074C5B7101A82E00800000000A7C9E1F3B5A2DB0100000000000000001000000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=nl-BE:Gesprek Luc / Wouter Peeters
DTSTART;TZID=Romance Standard Time:20250515T163000
DTEND;TZID=Romance Standard Time:20250515T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T093015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Kallebeek Logistics\, Industrieweg\, Willebroek - bureel Luc
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "goodtime-virtual-onsite",
        "goodtime-3c1a9e7f5d2b4c6e8a0f-sloe@goodtime.io",
        1, "Sloe Chemie", "Supply Chain Compliance Manager", "onsite",
        "wim.de.jonge@sloechemie.nl;anouk.verhage@sloechemie.nl", "goodtime-amsterdam-tz-virtual-onsite",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_AMS@@
BEGIN:VEVENT
UID:goodtime-3c1a9e7f5d2b4c6e8a0f-sloe@goodtime.io
DTSTAMP:20250506T100000Z
DTSTART;TZID=Europe/Amsterdam:20250513T130000
DTEND;TZID=Europe/Amsterdam:20250513T150000
SUMMARY:Virtual Onsite | Supply Chain Compliance Manager | Wouter Peeters
ORGANIZER;CN=Sloe Chemie Talent Team:mailto:scheduling@goodtime.io
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Wim de Jonge;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wim.de.jonge@sloechemie.nl
ATTENDEE;CN=Anouk Verhage;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anouk.verhage@sloechemie.nl
LOCATION:Microsoft Teams
DESCRIPTION:Hi Wouter\,\n\nYour virtual onsite for Supply Chain Compliance M
 anager (Vlissingen-Oost) is scheduled:\n\n13:00 - 14:00 Wim de Jonge\, Plan
 t Manager\n14:00 - 15:00 Anouk Verhage\, Manager Douane & Accijnzen\n\nTea
 ms link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_sloe-88120
 %40thread.v2/0\n\nScheduled by GoodTime on behalf of the Sloe Chemie Talen
 t Team.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "calcom-booking",
        "calcom-3JqY8hVb2WkL5nPz@cal.com",
        1, "Kluizendok Bulk Terminal", "Terminal Compliance Manager", "recruiter_screen", "ines.van.parys@kbt-gent.be",
        "calcom-booking-bulk-terminal",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-3JqY8hVb2WkL5nPz@cal.com
DTSTAMP:20250512T183000Z
DTSTART:20250516T080000Z
DTEND:20250516T083000Z
SUMMARY:Intake Terminal Compliance Manager between Ines Van Parys and Wouter Peeters
ORGANIZER;CN=Ines Van Parys:mailto:ines.van.parys@kbt-gent.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:wouter.peeters.antw@telen
 et.be
LOCATION:Cal Video - https://app.cal.com/video/3JqY8hVb2WkL5nPz
DESCRIPTION:What: Intake Terminal Compliance Manager\nInvitee Time Zone: Eu
 rope/Brussels\nWho: Ines Van Parys - Organizer (HR Kluizendok Bulk Termina
 l)\, Wouter Peeters\nAdditional notes: Ik werk tot 9u30\, mag later ook\n\nNe
 ed to reschedule or cancel? https://app.cal.com/booking/3JqY8hVb2WkL5nPz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "modernloop-panel",
        "ml-interview-0f9e8d7c-6b5a-4938-2716-05f4e3d2c1b0@modernloop.io",
        1, "Capitol Fashion Group", "Trade Compliance Manager", "onsite",
        "nathalie.hermans@capitolfashion.com;olivier.lejeune@capitolfashion.com",
        "modernloop-panel-retail-importer-brussels",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-interview-0f9e8d7c-6b5a-4938-2716-05f4e3d2c1b0@modernloop.io
DTSTAMP:20250520T093000Z
DTSTART:20250527T080000Z
DTEND:20250527T093000Z
SUMMARY:[Interview] Wouter Peeters - Trade Compliance Manager - Panel
ORGANIZER;CN=Capitol Fashion Group Recruiting:mailto:recruiting@capitolfashion.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Nathalie Hermans;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nathalie.hermans@capitolfashion.c
 om
ATTENDEE;CN=Olivier Lejeune;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivier.lejeune@capitolfashion.com
LOCATION:Capitol Fashion Group HQ\, Avenue Louise 2xx\, 1050 Bruxelles - 3rd floor
DESCRIPTION:Panel interview (90 min)\nNathalie Hermans - Director Sourcing &
  Import\nOlivier Lejeune - Finance Director (customs duties\, VAT deferment
 \, ET14000 licence)\n\nAgenda: origin and preferential duty (GSP\, EVFTA Vi
 etnam)\, textile quotas\, anti-dumping.\n\nScheduled via ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "goto-phone-interview",
        "goto-meeting-812-447-093-deltaport@gotomeeting.com",
        1, "Deltaport Douane-expediteurs", "Teamleider Douane", "hiring_manager", "bert.aerts@deltaport.be",
        "goto-meeting-dial-in-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Meeting//GoTo Meeting Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:goto-meeting-812-447-093-deltaport@gotomeeting.com
DTSTAMP:20250226T132000Z
DTSTART;TZID=Europe/Brussels:20250303T073000
DTEND;TZID=Europe/Brussels:20250303T081500
SUMMARY:Deltaport - gesprek vacature Teamleider Douane (Wouter P.)
ORGANIZER;CN=Bert Aerts:mailto:bert.aerts@deltaport.be
ATTENDEE;CN=wouter.peeters.antw@telenet.be;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telen
 et.be
LOCATION:GoTo Meeting 812-447-093
DESCRIPTION:Wouter\, zoals afgesproken vroeg 's morgens voor je shift. Ik b
 en de zaakvoerder\, we hebben 14 declaranten in Deurne en Zeebrugge.\n\nPl
 ease join my meeting from your computer\, tablet or smartphone.\nhttps://m
 eet.goto.com/812447093\n\nYou can also dial in using your phone.\nBelgium:
  +32 28 93 7002\nAccess Code: 812-447-093
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
