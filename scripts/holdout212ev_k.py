"""holdout212 events, part k: more look-alikes: a nameless headhunter, trainings, inspections, family, research."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "headhunter-confidential-call",
        "lnk-0aa3c19f-5b7e-4d2a-8e6f-recruiter-call@calendly.com",
        0, "", "", "", "", "recruiter-call-confidential-no-employer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lnk-0aa3c19f-5b7e-4d2a-8e6f-recruiter-call@calendly.com
DTSTAMP:20250303T190000Z
DTSTART:20250306T110000Z
DTEND:20250306T113000Z
SUMMARY:Intro call (30 min) between Wouter Peeters and Olivier Dufour
ORGANIZER;CN=Olivier Dufour:mailto:olivier.dufour@northsea-search.com
ATTENDEE;CN=Wouter Peeters;PARTSTAT=ACCEPTED:mailto:wouter.peeters.antw@telenet.be
LOCATION:Zoom
DESCRIPTION:Event Name: Intro call (30 min)\n\nRe: our LinkedIn exchange –
  a confidential search for a Head of Logistics & Customs\, Benelux\, for a
  listed industrial group. Client name shared after a first call and your a
 greement.\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "opleiding-seminarie-ics2",
        "forward-seminar-2025-04-icsncts@forwardbelgium.be",
        0, "", "", "", "", "trade-association-seminar",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Forward Belgium//Events//NL
METHOD:PUBLISH
@@TZ_BRU@@
BEGIN:VEVENT
UID:forward-seminar-2025-04-icsncts@forwardbelgium.be
DTSTAMP:20250310T090000Z
DTSTART;TZID=Europe/Brussels:20250424T130000
DTEND;TZID=Europe/Brussels:20250424T170000
SUMMARY:Seminarie: ICS2 release 3 & NCTS fase 5 - wat verandert voor de expediteur
LOCATION:Havenhuis Antwerpen\, Zaha Hadidplein 1
DESCRIPTION:Sprekers van de AAD&A en de Europese Commissie (DG TAXUD). Inclu
 sief vragenronde en netwerkmoment. Attest voor permanente vorming douane-
 expediteurs.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "fysieke-controle-container",
        "040000008200E00800000000D47340D5E6F0DB01000000000000000010000000444455556666777788889999AAAABBBB",
        0, "", "", "", "", "customs-physical-inspection-container",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Claes, Bram":mailto:bram.claes@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Douane heeft container MSKU 7xxxxx8 (T1 naar Duis
 burg) aangeduid voor fysieke controle. Lossen op loods 3\, verificateur k
 omt om 10u. Paklijst en facturen klaarleggen.\n
UID:040000008200E00800000000D47340D5E6F0DB01000000000000000010000000444455556666777788889999AAAABBBB
SUMMARY;LANGUAGE=nl-BE:Fysieke controle douane - loods 3 (T1 Duisburg)
DTSTART;TZID=Romance Standard Time:20250317T100000
DTEND;TZID=Romance Standard Time:20250317T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T163000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Loods 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "klantbezoek-emcs",
        "040000008200E00800000000E58451E6F701DB01000000000000000010000000555566667777888899990000AAAABBBB",
        0, "", "", "", "", "client-visit-excise-goods",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Wauters, Koen":mailto:koen.wauters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Klantbezoek brouwerij – uitbreiding accijnsentrep
 ot\, EMCS e-AD naar UK via Zeebrugge\, en voorstel DV i.p.v. IV. Koen doet
  commercieel\, Wouter douane.\n
UID:040000008200E00800000000E58451E6F701DB01000000000000000010000000555566667777888899990000AAAABBBB
SUMMARY;LANGUAGE=nl-BE:Klantbezoek Brouwerij Kempenland - accijnzen/EMCS
DTSTART;TZID=Romance Standard Time:20250403T140000
DTEND;TZID=Romance Standard Time:20250403T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Brouwerij Kempenland\, Turnhout
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "bank-afspraak-lening",
        "kbc-afspraak-4471902@kbc.be",
        0, "", "", "", "", "personal-bank-renovation-loan",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KBC//Afspraken//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:kbc-afspraak-4471902@kbc.be
DTSTAMP:20250205T120000Z
DTSTART;TZID=Europe/Brussels:20250215T100000
DTEND;TZID=Europe/Brussels:20250215T110000
SUMMARY:Afspraak KBC Schoten - gesprek woonkrediet (verbouwing)
LOCATION:KBC Schoten\, Paalstraat
DESCRIPTION:Uw adviseur: Hanne Coppens. Meebrengen: offertes aannemer\, laat
 ste 3 loonfiches\, aanslagbiljet.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-oudercontact",
        "2B3C4D5E-6F70-4812-93A4-B5C6D7E8F901",
        0, "", "", "", "", "personal-school-parent-evening",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
DTSTART:20250320T183000
DTEND:20250320T184500
DTSTAMP:20250312T200000Z
SUMMARY:oudercontact Lars (juf Sien) - met Katrien
LOCATION:basisschool Sint-Cordula
UID:2B3C4D5E-6F70-4812-93A4-B5C6D7E8F901
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "user-research-interview-portal",
        "bosa-ux-research-slot-17@fin.belgium.be",
        0, "", "", "", "", "user-research-interview-customs-portal",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bosa-ux-research-slot-17@fin.belgium.be
DTSTAMP:20250408T090000Z
DTSTART:20250416T120000Z
DTEND:20250416T130000Z
SUMMARY:Gebruikersinterview DMS-portaal (onderzoek gebruiksvriendelijkheid)
ORGANIZER;CN=UX Team FOD Financiën:mailto:ux.research@minfin.fed.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=ACCEPTED:mailto:wouter.peeters@scheldtforwarding.be
LOCATION:Microsoft Teams
DESCRIPTION:Bedankt om deel te nemen aan ons gebruikersonderzoek. In dit int
 erview van 60 minuten vragen we u enkele taken uit te voeren in een protot
 ype van het nieuwe DMS-portaal en hardop te denken. Er zijn geen juiste o
 f foute antwoorden. U ontvangt geen vergoeding.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "teams-brexit-klant",
        "040000008200E00800000000F69562F70812DB0100000000000000001000000066667777888899990000AAAABBBBCCCC",
        0, "", "", "", "", "internal-client-meeting-brexit-teams",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=James Whitfield:mailto:j.whitfield@medwaytrade.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="De Ridder, Laura":mailto:laura.deridder@scheldt
 forwarding.be
DESCRIPTION;LANGUAGE=en-GB:Monthly review GB flows: rejected declarations\,
  ENS timing at Zeebrugge\, SPS checks at the BCP\, invoicing of T1 guarant
 ees.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_brexitgb%40thread.v2/0\n
UID:040000008200E00800000000F69562F70812DB0100000000000000001000000066667777888899990000AAAABBBBCCCC
SUMMARY;LANGUAGE=en-GB:Medway Trade / Scheldt - GB customs review
DTSTART;TZID=Romance Standard Time:20250227T150000
DTEND;TZID=Romance Standard Time:20250227T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "dv-overleg-volmachten",
        "040000008200E008000000000A7673081923DB0100000000000000001000000077778888999900001111AAAABBBBCCCC",
        0, "", "", "", "", "internal-meeting-trade-abbreviations",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:DV/IV dossiers: volmachten 2025 nog niet getekend
  (12 klanten)\, zekerheidstelling T1 verhogen?\n
UID:040000008200E008000000000A7673081923DB0100000000000000001000000077778888999900001111AAAABBBBCCCC
SUMMARY;LANGUAGE=nl-BE:Overleg DV-volmachten + zekerheden met Laura
DTSTART;TZID=Romance Standard Time:20250305T140000
DTEND;TZID=Romance Standard Time:20250305T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "loopbaancheque-cv-sessie",
        "coachpunt-sessie-2-wpeeters-20250207@coachpunt.be",
        0, "", "", "", "", "career-coaching-session-cv-linkedin",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Coachpunt Loopbaanbegeleiding//NL
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:coachpunt-sessie-2-wpeeters-20250207@coachpunt.be
DTSTAMP:20250131T100000Z
DTSTART;TZID=Europe/Brussels:20250207T180000
DTEND;TZID=Europe/Brussels:20250207T193000
SUMMARY:Loopbaanbegeleiding sessie 2: CV\, LinkedIn-profiel en zoekstrategie
ORGANIZER;CN=Griet Hendrickx:mailto:griet@coachpunt.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=ACCEPTED:mailto:wouter.peeters.antw@telenet.be
LOCATION:Coachpunt\, Grote Steenweg\, Berchem
DESCRIPTION:Breng je huidige CV mee en een lijst met 10 doelbedrijven (hav
 en\, chemie\, rederijen).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "exitgesprek-medewerker",
        "040000008200E008000000001B8784192A34DB0100000000000000001000000088889999AAAA0000BBBBCCCCDDDD1111",
        0, "", "", "", "", "exit-interview-of-team-member-user-conducts",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jacobs, Jelle":mailto:jelle.jacobs@scheldtforw
 arding.be
DESCRIPTION;LANGUAGE=nl-BE:Exitgesprek Jelle (laatste werkdag 28/2). Overdr
 acht dossiers\, teruggave badge + laptop\, feedback over het team.\n
UID:040000008200E008000000001B8784192A34DB0100000000000000001000000088889999AAAA0000BBBBCCCCDDDD1111
SUMMARY;LANGUAGE=nl-BE:Exitgesprek Jelle Jacobs
DTSTART;TZID=Romance Standard Time:20250226T160000
DTEND;TZID=Romance Standard Time:20250226T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250219T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-zoon-sollicitatie",
        "6A7B8C9D-0E1F-4203-A4B5-C6D7E8F90A1B",
        0, "", "", "", "", "son-student-job-interview-user-drives",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
DTSTART:20250524T100000
DTEND:20250524T104500
DTSTAMP:20250520T180000Z
SUMMARY:Robbe sollicitatie jobstudent Delhaize (brengen+halen)
DESCRIPTION:Robbe (neef) logeert bij ons\, gesprek met filiaalleider om 10u. ik breng hem
UID:6A7B8C9D-0E1F-4203-A4B5-C6D7E8F90A1B
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-deadline-sollicitatie",
        "7B8C9D0E-1F20-4314-B5C6-D7E8F90A1B2C",
        0, "", "", "", "", "application-deadline-reminder-workday",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
DTSTAMP:20250428T070000Z
SUMMARY:Solvane sollicitatie indienen via Workday (deadline!!)
DESCRIPTION:motivatiebrief in EN\, 2 referenties opgeven (ex-baas + klant Me
 dway?)
UID:7B8C9D0E-1F20-4314-B5C6-D7E8F90A1B2C
END:VEVENT
END:VCALENDAR""",
    ),
]
