"""holdout212 events, part i: more of the user on the hiring side (kits, Calendly host, committee, interns, refs)."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "outlook-schaduwen-nieuwe-tl",
        "040000008200E00074C5B7101A82E0080000000029D0E1F2A3B4DB0100000000000000001000000099990000AAAABBBBCCCCDDDDEEEEFFFF",
        0, "", "", "", "", "user-as-interviewer-shadowing-new-team-lead",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van Hove, Kim":mailto:kim.vanhove@scheldtforw
 arding.be
DESCRIPTION;LANGUAGE=nl-BE:Kim\, jij zit mee in het gesprek met kandidaat R.
  Dieltjens (declarant import) om te zien hoe we het aanpakken. Jij luistert
 \, ik stel de vragen\, achteraf 15 min nabespreken. Volgende keer omgekeer
 d.\n
UID:040000008200E00074C5B7101A82E0080000000029D0E1F2A3B4DB0100000000000000001000000099990000AAAABBBBCCCCDDDDEEEEFFFF
SUMMARY;LANGUAGE=nl-BE:Kim schaduwt gesprek kandidaat Dieltjens
DTSTART;TZID=Romance Standard Time:20250408T140000
DTEND;TZID=Romance Standard Time:20250408T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vergaderzaal Kattendijk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "calendly-user-is-host",
        "calendly-0e1f2a3b-4c5d-4e6f-8a9b-c0d1e2f3a4b5@calendly.com",
        0, "", "", "", "", "user-as-interviewer-calendly-host-studentenjob",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0e1f2a3b-4c5d-4e6f-8a9b-c0d1e2f3a4b5@calendly.com
DTSTAMP:20250508T171200Z
DTSTART:20250513T120000Z
DTEND:20250513T121500Z
SUMMARY:Jobstudent douane-administratie zomer (15 min) tussen Wouter Peeters en Amber Wuyts
ORGANIZER;CN=Wouter Peeters:mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;CN=Amber Wuyts;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:amber.wuyts03@gmail.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wouter.peeters@scheldtforwarding.be
LOCATION:Telefoon - Wouter belt je
DESCRIPTION:Event Name: Jobstudent douane-administratie zomer (15 min)\n\nPl
 ease share anything that will help prepare for our meeting.: 2de jaar Bedr
 ijfsmanagement\, beschikbaar juli + augustus\n\nInvitee phone: +32 470 xx
  xx 88\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "feedback-deadline-hr",
        "040000008200E00074C5B7101A82E008000000003AE1F2A3B4C5DB01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111",
        0, "", "", "", "", "user-as-interviewer-feedback-deadline-reminder",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Peeters, Wouter":mailto:wouter.peeters@sc
 heldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Goossens, Dirk":mailto:dirk.goossens@schel
 dtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Herinnering: jullie feedback op de kandidaten TL
  Export uiterlijk vandaag in het formulier\, anders kan ik de kandidaten n
 iet tijdig antwoorden (wettelijke termijn + goed werkgeverschap).\n
UID:040000008200E00074C5B7101A82E008000000003AE1F2A3B4C5DB01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=nl-BE:DEADLINE feedback kandidaten TL Export
DTSTART;TZID=Romance Standard Time:20250404T160000
DTEND;TZID=Romance Standard Time:20250404T161500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250402T160000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gcal-candidate-free-mail",
        "7sd9f1h3j5l7n9p1r3t5v7x9z1@google.com",
        0, "", "", "", "", "user-as-interviewer-candidate-on-free-mail-invites-user",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T160000Z
DTEND:20250225T163000Z
DTSTAMP:20250221T201010Z
ORGANIZER;CN=Sander Mertens:mailto:sander.mertens.sm@gmail.com
UID:7sd9f1h3j5l7n9p1r3t5v7x9z1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sander Mertens;X-NUM-GUESTS=0:mailto:sander.mertens.sm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=wouter.peeters@scheldtforwarding.be;X-NUM-GUESTS=0:mailto:wouter.p
 eeters@scheldtforwarding.be
DESCRIPTION:Beste meneer Peeters\, zoals gevraagd stuur ik een uitnodiging
  voor het telefonisch gesprek over de vacature declarant bij Scheldt Forwa
 rding. Mijn nummer: 0496 xx xx 40. Met vriendelijke groet\, Sander Mertens
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonisch gesprek vacature declarant - Sander Mertens
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "aanwervingscomite",
        "040000008200E00074C5B7101A82E008000000004BF2A3B4C5D6DB01000000000000000010000000BBBBCCCCDDDDEEEEFFFF000011112222",
        0, "", "", "", "", "user-as-interviewer-hiring-committee-recurring-monthly",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Goossens, Dirk":mailto:dirk.goossens@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@sc
 heldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wauters, Koen":mailto:koen.wauters@scheldtforw
 arding.be
DESCRIPTION;LANGUAGE=nl-BE:Maandelijks aanwervingscomité operations: openst
 aande vacatures\, kandidaten in finale fase\, aanbiedingen en startdata ter
  goedkeuring.\n
UID:040000008200E00074C5B7101A82E008000000004BF2A3B4C5D6DB01000000000000000010000000BBBBCCCCDDDDEEEEFFFF000011112222
SUMMARY;LANGUAGE=nl-BE:Aanwervingscomité Operations
DTSTART;TZID=Romance Standard Time:20250107T083000
DTEND;TZID=Romance Standard Time:20250107T093000
RRULE:FREQ=MONTHLY;BYDAY=1TU
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241210T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Directiezaal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-interview-english-candidate",
        "040000008200E00074C5B7101A82E008000000005C03B4C5D6E7DB01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333",
        0, "", "", "", "", "user-as-interviewer-english-interview-sent-by-hr-assistant",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah";SENT-BY="mailto:hr.assistant@scheldtforwarding.be":mailto:sarah.lambrechts@
 scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nair.cust@outlook.com:mailto:priya.nai
 r.cust@outlook.com
DESCRIPTION;LANGUAGE=en-US:Dear Priya\,\n\nThank you for your interest in t
 he position of Customs Declarant (English-speaking desk\, UK flows). You w
 ill meet Wouter Peeters (Team Lead Customs) and myself.\n\nKind regards\,\n
 Sarah Lambrechts\nHR Manager – Scheldt Forwarding NV\n
UID:040000008200E00074C5B7101A82E008000000005C03B4C5D6E7DB01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333
SUMMARY;LANGUAGE=en-US:Interview Customs Declarant (UK desk) - Priya Nair
DTSTART;TZID=Romance Standard Time:20250415T100000
DTEND;TZID=Romance Standard Time:20250415T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Scheldt Forwarding\, Noorderlaan - Kattendijk
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "recruitee-interview-kit",
        "recruitee-interview-5604417@recruitee.com",
        0, "", "", "", "", "user-as-interviewer-ats-interview-kit-scorecard",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:recruitee-interview-5604417@recruitee.com
DTSTAMP:20250422T083000Z
DTSTART;TZID=Europe/Brussels:20250424T140000
DTEND;TZID=Europe/Brussels:20250424T150000
SUMMARY:Interview: Tom Claes - Douanedeclarant Import
ORGANIZER;CN=Sarah Lambrechts:mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters@scheld
 tforwarding.be
LOCATION:Vergaderzaal Kattendijk
DESCRIPTION:Je bent toegevoegd als interviewer.\n\nKandidaat: Tom Claes\nVac
 ature: Douanedeclarant Import\nFase: Eerste gesprek\n\nInterviewkit en eva
 luatieformulier: https://scheldtforwarding.recruitee.com/#/candidates/5604
 417/evaluations\nVul je evaluatie in binnen 24 uur na het gesprek.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "stage-hogeschool-gesprek",
        "040000008200E008000000006D14C5D6E7F8DB01000000000000000010000000DDDDEEEEFFFF00001111222233334444",
        0, "", "", "", "", "user-as-interviewer-intern-selection-hogeschool",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s123456@ap.be:mailto:s123456@ap.be
DESCRIPTION;LANGUAGE=nl-BE:Kennismaking stageplaats douane (stage 3de bache
 lor Logistiek\, sept-dec). Ik toon je de afdeling en we bekijken of het o
 nderwerp van je bachelorproef (ICS2) haalbaar is bij ons.\n
UID:040000008200E008000000006D14C5D6E7F8DB01000000000000000010000000DDDDEEEEFFFF00001111222233334444
SUMMARY;LANGUAGE=nl-BE:Stagegesprek AP-student (douane)
DTSTART;TZID=Romance Standard Time:20250506T153000
DTEND;TZID=Romance Standard Time:20250506T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tweede-gesprek-rondleiding-loods",
        "040000008200E008000000007E25D6E7F809DB01000000000000000010000000EEEEFFFF000011112222333344445555",
        0, "", "", "", "", "user-as-interviewer-second-round-with-warehouse-tour",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jenswouters.be@gmail.com:mailto:jenswouters
 .be@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@sc
 heldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Jens\,\n\nZoals beloofd een tweede gesprek:
  ik laat je de loods en de douanebalie zien en je maakt kennis met het team
 . Daarna bespreken we met Sarah het contract.\n\nGroeten\,\nWouter Peeters
 \nTeamleider Douane – Scheldt Forwarding NV\n
UID:040000008200E008000000007E25D6E7F809DB01000000000000000010000000EEEEFFFF000011112222333344445555
SUMMARY;LANGUAGE=nl-BE:Tweede gesprek + rondleiding - Scheldt Forwarding
DTSTART;TZID=Romance Standard Time:20250226T140000
DTEND;TZID=Romance Standard Time:20250226T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Scheldt Forwarding\, Noorderlaan - receptie
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-referenties-kandidaat",
        "E8B1D4C7-2A95-4F30-B6E1-9C8D7E6F5A40",
        0, "", "", "", "", "user-as-interviewer-reference-check-on-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
BEGIN:VEVENT
UID:E8B1D4C7-2A95-4F30-B6E1-9C8D7E6F5A40
DTSTAMP:20250227T081500Z
DTSTART;TZID=Europe/Brussels:20250228T113000
DTEND;TZID=Europe/Brussels:20250228T120000
SUMMARY:refs Jens W. bellen (ex-baas Zeebrugge + ploegleider)
DESCRIPTION:nrs in mail Sarah. vragen: betrouwbaarheid\, fouten in aangiftes
 \, zou je hem terug aannemen?
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
