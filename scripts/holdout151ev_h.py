"""holdout151 events, part h: more of Samuel on the hiring or assessing side (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "trial-day",
        "E51B7C2A-93D0-4F1E-8B6A-0C2D4E6F8A1B",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:E51B7C2A-93D0-4F1E-8B6A-0C2D4E6F8A1B
DTSTAMP:20261023T171500Z
DTSTART;TZID=Europe/London:20261030T073000
DTEND;TZID=Europe/London:20261030T160000
SUMMARY:Kofi B - setting out trial day (A2 Bean Jn)
LOCATION:A2 Bean Junction compound\, Bean Lane\, Dartford
DESCRIPTION:Trial day for the setting-out engineer post. He's with me + Dan
 ny O'Neill on the Leica. Induction 07:30 (Dave to do)\, CSCS card check\,
  PPE from stores. Give him the drainage run on the westbound slip to set o
 ut from the drawings - check his level book at 3pm. Pay him the day rate
  (£220) via agency timesheet.
ORGANIZER;CN=Samuel Mensah:mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;CN=Danny O'Neill;ROLE=REQ-PARTICIPANT:mailto:danny.oneill@kingsbri
 dge-civils.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-supervises-candidate-trial-day",
    ),
    E(
        "candidate-invite",
        "2bn6x9c0v4k8q1m5th7pr3sd0@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260916T120000Z
DTEND:20260916T123000Z
DTSTAMP:20260915T213010Z
ORGANIZER;CN=Rhys Morgan:mailto:rhys.morgan94@gmail.com
UID:2bn6x9c0v4k8q1m5th7pr3sd0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rhys Morgan;X-NUM-GUESTS=0:mailto:rhys.morgan94@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=samuel.mensah@kingsbridge-civils.co.uk;X-NUM-GUESTS=0:mailto:samue
 l.mensah@kingsbridge-civils.co.uk
DESCRIPTION:Hi Samuel\, thanks for getting back to me about the Site Engin
 eer vacancy. I've put this in for your lunch break as you suggested - I'l
 l ring the site office number. CV attached to my email.\n\nRhys
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone call - Rhys Morgan / Samuel Mensah (Site Engineer role)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-on-gmail-sends-invite",
    ),
    E(
        "agency-candidate",
        "040000008200E00074C5B7101A82E0080000000023B4C5D6E7F8DC01000000000000000010000000777788889999AAAABBBBCCCCDDDDEEEE",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Reece, Jordan":mailto:jordan.reece@fawkesandreece.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\,\n\nAs discussed\, I've booked Chined
 u in for Thursday at the Bean compound. Quick summary: Senior Site Engine
 er\, 9 yrs\, BSc Civil (Leeds Beckett)\, ICE IEng candidate\, SMSTS\, CSCS
  black card. Last 3 years with Balfour Beatty on A12. Notice 4 weeks\, lo
 oking at £58-60k. Full CV attached.\n\nAny problems give me a shout.\n\nJo
 rdan Reece\nFawkes & Reece - Civils & Infrastructure\n
UID:040000008200E00074C5B7101A82E0080000000023B4C5D6E7F8DC010000000000000000
 10000000777788889999AAAABBBBCCCCDDDDEEEE
SUMMARY;LANGUAGE=en-GB:Chinedu Obi - Senior Site Engineer - meet Samuel Men
 sah
DTSTART;TZID=GMT Standard Time:20261001T080000
DTEND;TZID=GMT Standard Time:20261001T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T141212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:A2 Bean Junction compound
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-agency-books-candidate-with-him",
    ),
    E(
        "candidate-reply",
        "040000008200E00074C5B7101A82E0080000000034C5D6E7F8A9DC0100000000000000001000000088889999AAAABBBBCCCCDDDDEEEEFFFF",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000034C5D6E7F8A9DC010000000000000000
 1000000088889999AAAABBBBCCCCDDDDEEEEFFFF
DTSTAMP:20261009T192244Z
DTSTART:20261013T120000Z
DTEND:20261013T130000Z
SEQUENCE:0
SUMMARY:Accepted: Interview - Graduate Civil Engineer - Ella Brown
ORGANIZER;CN="Mensah, Samuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ella Brown:mailto:ella.brown.civ@outlook.com
COMMENT:Thank you\, see you Tuesday! Ella
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply",
    ),
    E(
        "typed-notes",
        "9D2F4B61-7A3C-4E8D-B1F0-5C6A7B8D9E02",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9D2F4B61-7A3C-4E8D-B1F0-5C6A7B8D9E02
DTSTAMP:20261013T143901Z
CREATED:20261013T124455Z
DTSTART:20261013T130000
DTEND:20261013T140000
SUMMARY:Ella B - grad
DESCRIPTION:Good on CAD/Civil 3D\, weak on H&S (couldnt name CDM duties).
  Dissertation on SuDS - v keen. Asked good q about IPD. 7/10. Ask Reena re
  2nd for AC. Lives Gravesend - ok for A2.
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-hand-typed-notes-on-candidate",
        eol="\n",
    ),
    E(
        "ice-reviewer",
        "ice-pr-2026-11-REV-004471@ice.org.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Institution of Civil Engineers//Professional Review//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:ice-pr-2026-11-REV-004471@ice.org.uk
DTSTAMP:20261020T090000Z
DTSTART;TZID=Europe/London:20261124T090000
DTEND;TZID=Europe/London:20261124T123000
SUMMARY:ICE Professional Review - Reviewer - Candidate ref 0412-8817 (CEng)
LOCATION:One Great George Street\, Westminster\, London SW1P 3AA - Room 3.2
DESCRIPTION:Dear Reviewer\,\n\nThank you for agreeing to act as Lead Review
 er. Please read the candidate's submission (available on the reviewer p
 ortal) before the day. Timetable: 09:00 reviewers' meeting\, 09:30 presen
 tation\, 09:45 interview (60 mins)\, written exercise under invigilation
  in the afternoon. Please submit your joint report within 5 working days.
 \n\nMembership Department\, ICE
ORGANIZER;CN=ICE Membership:mailto:reviews@ice.org.uk
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah
 .ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ice-professional-review-lead-reviewer",
    ),
    E(
        "mock-pri",
        "5hw2k8p1c9v3n0q7tm4bx6rd2@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261010T090000Z
DTEND:20261010T110000Z
DTSTAMP:20261003T120000Z
ORGANIZER;CN=Samuel Mensah:mailto:sam.mensah.ce@btinternet.com
UID:5hw2k8p1c9v3n0q7tm4bx6rd2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucy Grant;X-NUM-GUESTS=0:mailto:lucygrant.eng@gmail.com
DESCRIPTION:Mock PRI for your CEng review next month. I'll play lead revie
 wer\, Tunde second reviewer. 15 min presentation then an hour of question
 s against the attributes. Bring the submission as sent.
LOCATION:Zoom (link from Tunde)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucy - mock professional review interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-mock-review-for-mentee",
    ),
    E(
        "promotion-panel",
        "040000008200E00074C5B7101A82E0080000000045D6E7F8A9B0DC01000000000000000010000000ABCD1234ABCD1234ABCD1234ABCD1234",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Dunne, Clare":mailto:clare.dunne@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fraser, Alan"
 :mailto:alan.fraser@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Internal progression panel: Josh Adebayo (Site
  Engineer -> Senior Site Engineer). Josh will present his portfolio (15 m
 ins) followed by questions. Panel: Samuel Mensah\, Alan Fraser. Please us
 e the progression framework scoring sheet attached.\n
UID:040000008200E00074C5B7101A82E0080000000045D6E7F8A9B0DC010000000000000000
 10000000ABCD1234ABCD1234ABCD1234ABCD1234
SUMMARY;LANGUAGE=en-GB:Progression panel - J Adebayo
DTSTART;TZID=GMT Standard Time:20261126T150000
DTEND;TZID=GMT Standard Time:20261126T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:KC-Dartford-Meeting Room 2 (4)
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-internal-promotion-panel",
    ),
    E(
        "placement-interviews",
        "0a9s8d7f6g5h4j3k2l1q0w9e8r@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261203T100000Z
DTEND:20261203T153000Z
DTSTAMP:20261118T100500Z
ORGANIZER;CN=Placements Team - Engineering:mailto:eng-placements@greenwich.
 ac.uk
UID:0a9s8d7f6g5h4j3k2l1q0w9e8r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=samuel.mensah@kingsbridge-civils.co.uk;X-NUM-GUESTS=0:mailto:samue
 l.mensah@kingsbridge-civils.co.uk
DESCRIPTION:Dear Samuel\,\n\nThank you for offering two year-in-industry pl
 acements at Kingsbridge Civils. We have booked a room for you to meet th
 e 6 shortlisted BEng Civil Engineering students (30 min slots). The sched
 ule and CVs will be emailed separately.\n\nPlacements Team\, Faculty of En
 gineering & Science\, University of Greenwich (Medway)
LOCATION:University of Greenwich\, Medway Campus\, Pembroke Building room
  P-104\, Chatham ME4 4TB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kingsbridge Civils - placement student interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-university-placement-student-interviews",
    ),
    E(
        "offer-call",
        "F0E1D2C3-B4A5-4968-8776-655443322110",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:F0E1D2C3-B4A5-4968-8776-655443322110
DTSTAMP:20261118T081200Z
DTSTART;TZID=Europe/London:20261118T173000
DTEND;TZID=Europe/London:20261118T174500
SUMMARY:Ring Marcus L - verbal offer SE Structures (£54k + car allow.)
DESCRIPTION:Approved at resourcing panel. Start date flex - he has 1 month
  notice. Clare sending written offer tomorrow. If he pushes\, can go to £5
 5k max.
ORGANIZER;CN=Samuel Mensah:mailto:samuel.mensah@kingsbridge-civils.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-verbal-offer-call-to-candidate",
    ),
]
