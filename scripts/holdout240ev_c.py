"""holdout240 events, part c: Thabo on the hiring side at Highveld Drill & Blast (articles, creditors clerk)."""

EVENTS = [
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000020D4C1A5B87ADB010000000000000000100000"
        "0000A9B8C7D6E5F40312A1B2C3D4E5F60718", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-saica-articles-panel",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 abo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Venter, A
 nnelie":mailto:annelie.venter@highvelddb.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISD Boardroom 1
  (Ground)":mailto:isd.boardroom1@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thabo and Annelie\,\n\nPanel A for the 2026 t
 raining contract (SAICA articles) intake. 4 candidates\, 40 min each with 1
 0 min between for scoring:\n\n08:30 Lwazi Ngcobo (UJ\, BAcc Hons)\n09:20 Ke
 abetswe Moloi (Wits)\n10:10 Chantelle Pretorius (NWU)\n11:00 Sipho Ndlovu (U
 P)\n\nCVs\, academic records and the competency scoring sheet are in the HR
  Teams channel > Articles 2026 > Panel A. Please hand in signed scoring she
 ets before you leave.\n\nThanks\nNaledi\nHR Business Partner - Finance & Sh
 ared Services\n
UID:040000008200E00074C5B7101A82E0080000000020D4C1A5B87ADB01000000000000000
 01000000000A9B8C7D6E5F40312A1B2C3D4E5F60718
SUMMARY;LANGUAGE=en-ZA:Articles 2026 - Panel A (Thabo/Annelie)
DTSTART;TZID=South Africa Standard Time:20250218T083000
DTEND;TZID=South Africa Standard Time:20250218T115000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T094012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Boardroom 1 (Ground)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000C0A1E2F39A7CDB01000000000000000010000"
        "0001B2C3D4E5F60718293A4B5C6D7E8F90A", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-creditors-clerk-scoring-sheet",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 abo":mailto:thabo.nkosi@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Nomsa Khumalo - shortlisted for Creditors Clerk
  (ref HDB-FIN-0412). Currently at a Bidvest subsidiary\, 4 yrs AP on Pastel
  Evolution. Scoring sheet (competencies + Syspro/recon practical) attached
  - please score during the session and return to me by 16:00.\n
UID:040000008200E00074C5B7101A82E00800000000C0A1E2F39A7CDB010000000000000000
 100000001B2C3D4E5F60718293A4B5C6D7E8F90A
SUMMARY;LANGUAGE=en-ZA:Creditors Clerk - Nomsa Khumalo
DTSTART:20250303T080000Z
DTEND:20250303T084500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T130151Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Finance meeting room (1st floor)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reply", uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000"
        "002233445566778899AABBCCDDEEFF0011", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250303T090000Z
DTEND:20250303T094500Z
DTSTAMP:20250227T054410Z
ORGANIZER;CN="Nkosi, Thabo":mailto:thabo.nkosi@highvelddb.co.za
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000
 01000000002233445566778899AABBCCDDEEFF0011
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sibusi
 so Dube;X-NUM-GUESTS=0:mailto:sibusiso.dube92@gmail.com
COMMENT:Good morning Sir\, I confirm I will be there. Thank you for the opp
 ortunity.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Creditors Clerk - Sibusiso Dube
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000044A7C9E1B27FDB01000000000000000010000"
        "000778899AABBCCDDEEFF00112233445566", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-debrief-appointment-decision",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 abo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Botha, Ma
 rius":mailto:marius.botha@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Let's consolidate the scores for Nomsa\, Sibusis
 o and Zanele\, agree the preferred candidate and a reserve\, and confirm th
 e offer range (Paterson B3) before I send to Marius for approval.\n
UID:040000008200E00074C5B7101A82E0080000000044A7C9E1B27FDB0100000000000000
 0010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-ZA:Creditors Clerk - wrap-up & recommendation
DTSTART;TZID=South Africa Standard Time:20250306T143000
DTEND;TZID=South Africa Standard Time:20250306T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-invite", uid="qs-2025-0304-zm-88123@queststaffing.example.co.za", y=0, company="", role="",
        stage="", who="", hiring=True, trap="user-as-interviewer-agency-sends-candidate",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Good afternoon Thabo\,\n\nFurther to our call\, I have confirme
 d Zanele Mthembu for an interview with you on Tuesday. Zanele is a very str
 ong creditors candidate - 3 years at a construction group\, full AP cycle\,
  supplier recons\, month-end accruals\, and she has used Syspro. CV attache
 d again for your convenience. She is available immediately.\n\nPlease let m
 e know your feedback after the interview.\n\nKind regards\nLerato Sebola\nS
 enior Consultant - Finance & Accounting\nQuest Staffing Solutions
DTEND;TZID=South Africa Standard Time:20250304T113000
DTSTAMP:20250227T123355Z
DTSTART;TZID=South Africa Standard Time:20250304T103000
LOCATION:Highveld Drill & Blast\, 14 Electron Ave\, Isando
ORGANIZER;CN="Sebola, Lerato":mailto:lerato.sebola@queststaffing.example.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 abo":mailto:thabo.nkosi@highvelddb.co.za
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ZA:Zanele Mthembu - Creditors Clerk - Quest Staffing
TRANSP:OPAQUE
UID:qs-2025-0304-zm-88123@queststaffing.example.co.za
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings", uid="bookings-3f9a1c7e-20d4-4b8e-9a61-5c2e8d7b4f10", y=0, company="", role="", stage="",
        who="", hiring=True, trap="user-as-interviewer-bookings-staff-host",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN=HDB Graduate Recruitment:mailto:HDBGraduateRecruitment@highve
 lddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 abo":mailto:thabo.nkosi@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Booking details\n\nService: Training contract in
 terview (Finance)\nStaff: Thabo Nkosi\nCustomer: Lwazi Ngcobo\nEmail: lwazi
 .ngcobo@student.uj.ac.za\nPhone: 071 555 0193\nNotes: I am completing my BA
 cc Honours (CTA) this year and am applying for the 2026 SAICA training cont
 ract.\n\nThis booking was made through Microsoft Bookings.\n
UID:bookings-3f9a1c7e-20d4-4b8e-9a61-5c2e8d7b4f10
SUMMARY;LANGUAGE=en-ZA:Training contract interview (Finance) with Lwazi Ng
 cobo
DTSTART;TZID=South Africa Standard Time:20250214T140000
DTEND;TZID=South Africa Standard Time:20250214T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T190912Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entry", uid="040000008200E00074C5B7101A82E008000000009E8D7C6B5A49DB010000000000000000100000"
        "00AB12CD34EF56AB78CD90EF12AB34CD56", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-handtyped-candidate-notes",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Lwazi - v strong on tax & IFRS 15\, good presence\, 8/10\nKeab
 etswe - nervous at start but best marks (CTA 71%)\, recon test perfect\, 8/
 10\nChantelle - ok\, wants Cape Town later\, 6\nSipho - sharp\, asked abou
 t TOPP. 7.5\n-> recommend Keabetswe + Lwazi\, Sipho reserve. Tell Naledi b
 efore Fri.
DTEND;TZID=South Africa Standard Time:20250218T123000
DTSTAMP:20250218T095510Z
DTSTART;TZID=South Africa Standard Time:20250218T120000
PRIORITY:5
SEQUENCE:0
SUMMARY:articles panel A - my notes
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E008000000009E8D7C6B5A49DB0100000000000000
 0010000000AB12CD34EF56AB78CD90EF12AB34CD56
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entry", uid="040000008200E00074C5B7101A82E00800000000335577991BDFDB010000000000000000100000"
        "00FEDCBA98765432100123456789ABCDEF", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-trial-day-supervised",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thabo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dlamini,
  Precious (AP)":mailto:precious.dlamini@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mabuza, N
 aledi":mailto:naledi.mabuza@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Zanele (Quest candidate) comes in for a work-tri
 al day with the AP team. Precious - please let her do the Sandvik and Epir
 oc supplier recons and capture the week's invoices in the test company in S
 yspro. I'll pop in at 10:00 and 14:00 and do a short chat at 15:30. Naledi
  - indemnity form + visitor access card please.\n
UID:040000008200E00074C5B7101A82E00800000000335577991BDFDB01000000000000000
 010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=en-ZA:Zanele M - work trial day (AP)
DTSTART;TZID=South Africa Standard Time:20250310T073000
DTEND;TZID=South Africa Standard Time:20250310T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T160455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:AP open plan\, 1st floor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entry", uid="040000008200E00074C5B7101A82E00800000000A4B3C2D1E0F9DB010000000000000000100000"
        "0011AA22BB33CC44DD55EE66FF77008899", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-marking-practical-test",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Mark the Excel + bank recon practical for the 11 articles short
 listees (memo in HR folder). Scores into the matrix for Naledi.
DTEND;TZID=South Africa Standard Time:20250212T170000
DTSTAMP:20250211T071210Z
DTSTART;TZID=South Africa Standard Time:20250212T150000
PRIORITY:5
SEQUENCE:0
SUMMARY:Marking - articles practical test
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A4B3C2D1E0F9DB0100000000000000
 001000000011AA22BB33CC44DD55EE66FF77008899
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000D5E6F7A8B9C0DB010000000000000000100000"
        "0000C0FFEE00C0FFEE00C0FFEE00C0FFEE00", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-being-shadowed-by-junior",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thabo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zwane, Ay
 anda":mailto:ayanda.zwane@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Ayanda\, as discussed in your IDP - sit in on Pa
 nel B with me as an observer. Don't ask questions\, just watch how we probe
  on the competencies and fill in your own scoring sheet\; we'll compare aft
 erwards over coffee.\n
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B9C0DB01000000000000000
 01000000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-ZA:Sit-in: articles Panel B (observer)
DTSTART;TZID=South Africa Standard Time:20250220T083000
DTEND;TZID=South Africa Standard Time:20250220T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T063301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Boardroom 1 (Ground)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
