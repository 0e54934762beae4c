"""holdout226 events, part E: university, football, airport, charity, sport, shopping centre, pharma, bureau."""

from holdout226ev_tz import GMT_STD, LONDON, LONDON_APPLE

EVENTS = [
    dict(
        kind="university-outlook",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Chambers, Nick";RSVP=TRUE:mailto:n.chambers@stonebridge.ac.uk
ATTENDEE;CN="Iqbal, Farah (Prof)";RSVP=TRUE:mailto:f.iqbal@stonebridge.ac.u
 k
ATTENDEE;CN="ESTATES-Boardroom-G07";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;R
 SVP=TRUE:mailto:estates-boardroom-g07@stonebridge.ac.uk
CLASS:PUBLIC
CREATED:20250414T123000Z
DESCRIPTION:Candidate: Aisha Rahman\nPost: Head of Campus Security & Resil
 ience (Ref 0319-25)\nPanel: Nick Chambers (Director of Estates)\, Prof Far
 ah Iqbal (PVC Student Experience)\n\nPlease report to Estates Reception\,
  Gosta Green entrance. A visitor parking permit will be emailed to you.\n\n
 Sent on behalf of the panel by HR Resourcing (Jenny Clough).
DTEND;TZID="GMT Standard Time":20250423T113000
DTSTAMP:20250414T123000Z
DTSTART;TZID="GMT Standard Time":20250423T103000
LOCATION:ESTATES-Boardroom-G07
ORGANIZER;CN="Clough, Jenny":mailto:j.clough@stonebridge.ac.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Head of Campus Security & Resilience -
  A Rahman
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB0100000000000000
 0010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000"
                 "010000000A0B1C2D3E4F5061728394A5B6C7D8E9F", 1, "Stonebridge University",
                 "Head of Campus Security & Resilience", "onsite",
                 "n.chambers@stonebridge.ac.uk;f.iqbal@stonebridge.ac.uk",
                 "university-outlook-hr-organizer-panel-attendees")],
    ),
    dict(
        kind="recruitee-club",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-1837266@edgbastonrovers.recruitee.com
DTSTAMP:20250306T171000Z
DTSTART:20250311T180000Z
DTEND:20250311T190000Z
SUMMARY:Interview | Head of Safety & Security | Edgbaston Rovers FC
DESCRIPTION:Hi Aisha\, looking forward to meeting you at the stadium. Ple
 ase use the main reception in the Holte-side stand\, not the ticket offic
 e. You'll be meeting our Club Secretary\, Graham Price\, and our Safety A
 dvisory Group lead\, Louise Mortimer. We'll talk about matchday operation
 s\, SGSA guidance and the Martyn's Law duties.\n\nEvening slot as it's an
  away fixture.
LOCATION:Rovers Park\, Edgbaston\, Birmingham
ORGANIZER;CN=Graham Price:mailto:graham.price@edgbastonrovers.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahma
 n.brum@gmail.com
ATTENDEE;CN=Louise Mortimer;ROLE=REQ-PARTICIPANT:mailto:louise.mortimer@ed
 gbastonrovers.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("recruitee-event-1837266@edgbastonrovers.recruitee.com", 1,
                 "Edgbaston Rovers FC", "Head of Safety & Security", "onsite",
                 "graham.price@edgbastonrovers.co.uk;louise.mortimer@edgbastonrovers.co.uk",
                 "recruitee-football-club-organizer-interviews")],
    ),
    dict(
        kind="oleeo-airport",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruit//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-slot-EIA-20250430-0915-4471
DTSTAMP:20250422T110000Z
DTSTART;TZID=Europe/London:20250430T091500
DTEND;TZID=Europe/London:20250430T104500
SUMMARY:Elmdon International Airport - Security Compliance Manager - Sta
 ge 2 Assessment
DESCRIPTION:Thank you for booking your Stage 2 assessment slot.\n\nThe as
 sessment includes a competency interview and a practical exercise review
 ing a (mock) DfT security compliance inspection report. Assessors: Grant
  Holloway (Head of Security) and Anita Desai (Compliance Lead).\n\nIMPORTA
 NT: You will need photo ID to be escorted airside. Arrive at the Staff Ce
 ntre\, Terminal 1 car park C\, by 09:00.\n\nThis slot was booked through
  the Elmdon International Airport careers portal.
LOCATION:Staff Centre\, Elmdon International Airport
ORGANIZER;CN=EIA Careers:mailto:careers@elmdonairport.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT:mailto:aisha.rahman.brum@gma
 il.com
END:VEVENT
END:VCALENDAR
""",
        labels=[("oleeo-slot-EIA-20250430-0915-4471", 1, "Elmdon International Airport",
                 "Security Compliance Manager", "technical", "Grant Holloway;Anita Desai",
                 "oleeo-self-booked-slot-practical-exercise")],
    ),
    dict(
        kind="calendly-booked",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CHFT8P2QZ6L4M9AX@calendly.com
DTSTAMP:20250326T201500Z
DTSTART:20250403T083000Z
DTEND:20250403T091500Z
SUMMARY:Head of Safeguarding - Interview (Aisha Rahman)
DESCRIPTION:Event Name: Head of Safeguarding - Interview\n\nLocation: Thi
 s is a Microsoft Teams web conference. https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_OTA0NmE@thread.v2/0\n\nA note from Bernadette Cole:
  Thanks for booking. This is a 45 minute interview with me (CEO) and our
  Safeguarding Trustee\, Martin Ade. We will ask you to talk about a case w
 here you had to challenge another agency's decision.\n\nNeed to make chan
 ges to this event?\nCancel: https://calendly.com/cancellations/41de\nRes
 chedule: https://calendly.com/reschedulings/41de\n\nPowered by Calendly.c
 om
ORGANIZER;CN=Bernadette Cole:mailto:bernadette.cole@childrenfirsttrust.org
 .uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ais
 ha.rahman.brum@gmail.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("CHFT8P2QZ6L4M9AX@calendly.com", 1, "Children First Trust",
                 "Head of Safeguarding", "hiring_manager",
                 "bernadette.cole@childrenfirsttrust.org.uk;Martin Ade",
                 "calendly-candidate-booked-with-ceo")],
    ),
    dict(
        kind="google-sport",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250508T120000
DTEND;TZID=Europe/London:20250508T124500
DTSTAMP:20250501T090114Z
ORGANIZER;CN=Recruitment - Court Sports England:mailto:recruitment@courtsp
 ortsengland.org
UID:2ga6d8f0h2j4l6n8p0r2t4v6xc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Kerry-Ann Bailey;X-NUM-GUESTS=0:mailto:kerryann.bailey@courtsportse
 ngland.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Recruitment - Court Sports England;X-NUM-GUESTS=0:mailto:recruitment
 @courtsportsengland.org
DESCRIPTION:Safeguarding & Welfare Manager - first interview\n\nInterview
 er: Kerry-Ann Bailey\, Head of Integrity\n\nThis is a 45 minute video cal
 l. We'll ask about case management of concerns in grassroots clubs\, LAD
 O referrals and working with DBS/barring.\n\nJoin with Google Meet: https
 ://meet.google.com/pzr-ugkw-xtm
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aisha Rahman - Safeguarding & Welfare Manager interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("2ga6d8f0h2j4l6n8p0r2t4v6xc@google.com", 1, "Court Sports England",
                 "Safeguarding & Welfare Manager", "",
                 "kerryann.bailey@courtsportsengland.org",
                 "google-shared-mailbox-organizer-interviewer-attendee")],
    ),
    dict(
        kind="bookings-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Castlegate Estates Careers:mailto:CastlegateCareers@castlegate
 estates.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Ra
 hman:mailto:aisha.rahman.brum@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Centre Se
 curity Manager - Rotunda Centre - Interview\nStaff: Wes Okoro (General Ma
 nager\, Rotunda Centre)\nDuration: 45 minutes\n\nAdditional information:
  Please come to the Centre Management Suite (level 3\, via the service lif
 t by Entrance C). Wes will show you the control room after the interview
 .\n\nBooked using Microsoft Bookings
UID:bookings-7f1e2d3c4b5a69788796a5b4c3d2e1f0
SUMMARY;LANGUAGE=en-US:Centre Security Manager - Rotunda Centre - Interview
  for Aisha Rahman
DTSTART;TZID=GMT Standard Time:20250507T140000
DTEND;TZID=GMT Standard Time:20250507T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T083301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Centre Management Suite\, Rotunda Centre
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("bookings-7f1e2d3c4b5a69788796a5b4c3d2e1f0", 1, "Castlegate Estates",
                 "Centre Security Manager - Rotunda Centre", "", "Wes Okoro",
                 "microsoft-bookings-staff-is-interviewer")],
    ),
    dict(
        kind="headhunter-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
CLASS:PUBLIC
CREATED:20250331T163300Z
DESCRIPTION:Aisha\,\n\nThank you for the time on Friday. As promised\, now
  that you have confirmed your interest and signed our confidentiality not
 e\, I can tell you that the client is Meridian Pharma - the role is Glob
 al Security Investigations Manager\, based at their Macclesfield site wit
 h travel.\n\nOur call on Tuesday is my formal assessment interview befor
 e I present a shortlist to their CSO. Expect to be probed on counterfeit
  medicines\, diversion\, and insider threat cases. 60 minutes.\n\nDial: +
 44 20 7946 0321 (I'll call you if easier)\n\nBest\,\nHugo Ashdown\nPartne
 r | Harcourt Search
DTEND;TZID="GMT Standard Time":20250408T190000
DTSTAMP:20250331T163300Z
DTSTART;TZID="GMT Standard Time":20250408T180000
LOCATION:Phone
ORGANIZER;CN="Hugo Ashdown":mailto:hugo.ashdown@harcourtsearch.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Aisha Rahman / Hugo Ashdown - confidential
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB0100000000000000
 00100000005E6F708192A3B4C5D6E7F8091A2B3C4D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB010000000000000000"
                 "100000005E6F708192A3B4C5D6E7F8091A2B3C4D", 1, "Meridian Pharma",
                 "Global Security Investigations Manager", "recruiter_screen",
                 "hugo.ashdown@harcourtsearch.com",
                 "headhunter-names-client-only-in-body")],
    ),
    dict(
        kind="outlook-bureau",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.brum@gmail.com;RSVP=TRUE:mailto:aisha.rahman.brum
 @gmail.com
ATTENDEE;CN="Hussain, Tariq";RSVP=TRUE:mailto:tariq.hussain@motorfraudbure
 au.org.uk
CLASS:PUBLIC
CREATED:20250312T101700Z
DESCRIPTION:Hi Aisha\,\n\nGreat to speak earlier. As discussed\, second-st
 age for the Intelligence Manager post. Tariq (Head of Intelligence) and
  I will be on the call. We'll send a short data set (crash-for-cash netwo
 rk) 30 mins before - be ready to talk us through the links you see and h
 ow you'd develop the intel package for police partners.\n\nGo
 To Meeting: https://meet.goto.com/518227061\nDial: +44 330 221 0088\, Acc
 ess Code: 518-227-061\n\nLaura
DTEND;TZID="GMT Standard Time":20250317T113000
DTSTAMP:20250312T101700Z
DTSTART;TZID="GMT Standard Time":20250317T103000
LOCATION:GoTo Meeting
ORGANIZER;CN="Fielding, Laura":mailto:laura.fielding@motorfraudbureau.org.
 uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:MFB - Intelligence Manager - 2nd stage - A Rahman
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB0100000000000000
 001000000033445566778899AABBCCDDEEFF001122
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB010000000000000000"
                 "1000000033445566778899AABBCCDDEEFF001122", 1, "Motor Fraud Bureau",
                 "Intelligence Manager", "technical",
                 "tariq.hussain@motorfraudbureau.org.uk;laura.fielding@motorfraudbureau.org.uk",
                 "goto-second-stage-data-exercise")],
    ),
    dict(
        kind="phone-typed",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250409T072011Z
DTEND;TZID=Europe/London:20250416T160000
DTSTAMP:20250409T072045Z
DTSTART;TZID=Europe/London:20250416T150000
LAST-MODIFIED:20250409T072045Z
LOCATION:Rackhams\, Corporation St - staff entrance Bull St
SEQUENCE:0
SUMMARY:Rackhams - store investigations mgr intvw
DESCRIPTION:ask for Jenny Oduya (HR) - actual interview w/ Martin Kell (
 Head of Profit Protection). 2nd interview? she said 'informal but it cou
 nts'. wear suit not uniform lol
TRANSP:OPAQUE
UID:A4E1B7C2-55D0-4F3A-9E8B-7C6D5E4F3A21
END:VEVENT
END:VCALENDAR
""",
        labels=[("A4E1B7C2-55D0-4F3A-9E8B-7C6D5E4F3A21", 1, "Rackhams",
                 "store investigations mgr", "", "Martin Kell",
                 "hand-typed-intvw-abbrev-hr-not-interviewer")],
    ),
]
