"""holdout259 events, part D: other negatives (police interviews, court, personal, prep, press, family)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout259ev_zones import GMT_STD, LONDON, W_EUROPE

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        NEG,
        kind="outlook-peace-suspect-interview",
        uid="040000008200E00074C5B7101A82E00800000000DBDBDBDB611DDC0100000000000000001000000011122233344455566677788899900011",
        trap="suspect-interview-under-caution-interview-room-2",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bhatt, Ravi":mailto:ravi.
 bhatt@westriding-police.example.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Elland Rd Custody – Interview R
 oom 2":mailto:ERCustodyIR2@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL – SENSITIVE\nOp HALYARD – interview und
 er caution of DP (s.18 burglary\, GBH). Solicitor: Ms Begum (duty). PEACE 
 plan on the shared drive\, disclosure document to be served 30 mins before
 . Interviewing officers: DS Whitfield (lead)\, DC Bhatt (second).\n
UID:040000008200E00074C5B7101A82E00800000000DBDBDBDB611DDC0100000000000000001000000011122233344455566677788899900011
SUMMARY;LANGUAGE=en-GB:Interview – DP Hollins – Op HALYARD
DTSTART;TZID=GMT Standard Time:20251008T140000
DTEND;TZID=GMT Standard Time:20251008T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251008T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Elland Rd Custody – Interview Room 2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="abe-witness-interview",
        uid="040000008200E00074C5B7101A82E00800000000ECECECEC621DDC0100000000000000001000000022233344455566677788899900011122",
        trap="abe-video-interview-witness-not-job",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Lister, Amy (ISVA)":m
 ailto:amy.lister@leedsisva.example.org.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Clarence Suite – ABE Room 
 1":mailto:ClarenceABE1@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:ABE interview – V1 (Op KESTREL). Planning meetin
 g 09:30\, interview 10:00. Intermediary booked. Monitor: DC Bhatt.\n
UID:040000008200E00074C5B7101A82E00800000000ECECECEC621DDC0100000000000000001000000022233344455566677788899900011122
SUMMARY;LANGUAGE=en-GB:ABE interview V1 – Op KESTREL
DTSTART;TZID=GMT Standard Time:20251017T093000
DTEND;TZID=GMT Standard Time:20251017T123000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251013T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Clarence Suite – ABE Room 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="handtyped-voluntary-interview",
        uid="3C4D5E6F-7081-4920-A3B4-C5D6E7F80912",
        trap="voluntary-attendance-interview-suspect-handtyped",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:3C4D5E6F-7081-4920-A3B4-C5D6E7F80912
DTSTAMP:20251021T160000Z
DTSTART;TZID=Europe/London:20251027T100000
DTEND;TZID=Europe/London:20251027T120000
SUMMARY:VA intvw T. Marsh + sol (Ms Begum) - Killingbeck IR1
DESCRIPTION:fraud by abuse of position. exhibits RW/3-RW/9. disclosure pack 
 printed?
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="cps-case-conference",
        uid="040000008200E00074C5B7101A82E00800000000FDFDFDFD631DDC0100000000000000001000000033344455566677788899900011122233",
        trap="case-conference-with-counsel-conference-word",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonjo, Adaeze (CPS Yorkshire)":mailto:adaeze.okonjo@cps.exampl
 e.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Op KESTREL – pre-charge case conference with cou
 nsel. Agenda: evidential review\, further reasonable lines of enquiry\, ABE 
 transcripts\, third-party material.\n
UID:040000008200E00074C5B7101A82E00800000000FDFDFDFD631DDC0100000000000000001000000033344455566677788899900011122233
SUMMARY;LANGUAGE=en-GB:Case conference – Op KESTREL (CPS/counsel)
DTSTART;TZID=GMT Standard Time:20251113T100000
DTEND;TZID=GMT Standard Time:20251113T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="allday-crown-court",
        uid="B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        trap="all-day-court-giving-evidence",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTSTAMP:20251001T070000Z
DTSTART;VALUE=DATE:20251020
DTEND;VALUE=DATE:20251022
SUMMARY:Leeds Crown Ct – R v Denholm (OIC – giving evidence)
DESCRIPTION:Ct 6. warned list. Witness care unit contact: 0113 496 0002
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="interview-strategy-meeting",
        uid="040000008200E00074C5B7101A82E008000000000E0E0E0E641DDC0100000000000000001000000044455566677788899900011122233344",
        trap="tier3-interview-adviser-strategy-meeting",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Greaves, Tom DI (Interview Adviser)":mailto:tom.greaves@westrid
 ing-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Tier 5 interview adviser session: interview str
 ategy for the second suspect (Op NIGHTJAR). Topics\, phasing of disclosure\
 , special warnings (s.36/37 CJPOA)\, planning for a no-comment interview.\n
UID:040000008200E00074C5B7101A82E008000000000E0E0E0E641DDC0100000000000000001000000044455566677788899900011122233344
SUMMARY;LANGUAGE=en-GB:Interview strategy – Op NIGHTJAR suspect 2
DTSTART;TZID=GMT Standard Time:20251110T090000
DTEND;TZID=GMT Standard Time:20251110T103000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251106T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MIT briefing room
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="recurring-mentoring-override",
        uid="7b1e5d9c-3a2f-4c6e-8d0b-9f4a1c7e2d55",
        trap="recurring-mentoring-trainee-investigator-override",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20250901T080000Z
LAST-MODIFIED:20250901T080000Z
DTSTAMP:20250901T080000Z
UID:7b1e5d9c-3a2f-4c6e-8d0b-9f4a1c7e2d55
SUMMARY:Mentoring – TDC Hollis (PIP1 portfolio)
RRULE:FREQ=WEEKLY;UNTIL=20251222T000000Z;BYDAY=TH
DTSTART;TZID=Europe/London:20250904T153000
DTEND;TZID=Europe/London:20250904T163000
DESCRIPTION:Go through PDP entries\, interviewing log (PIP1 witness/suspec
 t interviews) and sign-off evidence.
END:VEVENT
BEGIN:VEVENT
CREATED:20250901T080000Z
LAST-MODIFIED:20251030T120000Z
DTSTAMP:20251030T120000Z
UID:7b1e5d9c-3a2f-4c6e-8d0b-9f4a1c7e2d55
SUMMARY:Mentoring – TDC Hollis (mock PIP1 interview assessment)
RECURRENCE-ID;TZID=Europe/London:20251106T153000
DTSTART;TZID=Europe/London:20251106T140000
DTEND;TZID=Europe/London:20251106T160000
DESCRIPTION:She runs a mock suspect interview\, I play the suspect.
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="personal-dentist",
        uid="D0E1F2A3-B4C5-4D6E-8F70-8192A3B4C5D6",
        trap="personal-appointment-plain",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:D0E1F2A3-B4C5-4D6E-8F70-8192A3B4C5D6
DTSTAMP:20250910T120000Z
DTSTART;TZID=Europe/London:20251003T083000
DTEND;TZID=Europe/London:20251003T090000
SUMMARY:Dentist - Mr Cheung (check-up)
LOCATION:Chapel Allerton Dental
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="family-sixth-form-interview",
        uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
        trap="daughter-sixth-form-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Whitfield family
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20260115T163000Z
DTEND:20260115T171500Z
DTSTAMP:20260105T190000Z
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
DESCRIPTION:Ellie's sixth form interview (A-level choices: Bio\, Chem\, Psy
 ch). Parent to attend. Bring Y11 mock results.
LOCATION:Roundhay Sixth Form\, Leeds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ellie – sixth form interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="partner-job-interview",
        uid="F9E8D7C6-B5A4-4321-9876-FEDCBA012345",
        trap="partner-job-interview-user-does-school-run",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:F9E8D7C6-B5A4-4321-9876-FEDCBA012345
DTSTAMP:20251101T200000Z
DTSTART;TZID=Europe/London:20251106T073000
DTEND;TZID=Europe/London:20251106T090000
SUMMARY:Tom's job interview in Manchester - I do school run
DESCRIPTION:his 2nd interview at the engineering firm. leave car for him
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="press-radio-interview",
        uid="040000008200E00074C5B7101A82E008000000001F1F1F1F651DDC0100000000000000001000000055566677788899900011122233344455",
        trap="media-interview-press-office",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Corporate Communications":mailto:press.office@westriding-police
 .example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Live radio interview (Radio Aire Valley breakfa
 st) on the courier-fraud warning. Press officer Jade will brief you at 07:1
 5. Key messages attached. Do not discuss the live investigation.\n
UID:040000008200E00074C5B7101A82E008000000001F1F1F1F651DDC0100000000000000001000000055566677788899900011122233344455
SUMMARY;LANGUAGE=en-GB:Media: radio interview – courier fraud appeal
DTSTART;TZID=GMT Standard Time:20251125T073000
DTEND;TZID=GMT Standard Time:20251125T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone-in (studio will call)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="research-participant-interview",
        uid="zm-res-81726354-phd@zoom.example.us",
        trap="research-interview-user-as-participant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zm-res-81726354-phd@zoom.example.us
DTSTAMP:20251201T100000Z
DTSTART:20251211T190000Z
DTEND:20251211T200000Z
SUMMARY:Research interview – investigative interviewing practice (PhD study)
ORGANIZER;CN=Hannah Ekwueme:mailto:h.ekwueme@calderbrook.example.ac.uk
ATTENDEE;CN=Rachel Whitfield:mailto:rachel.whitfield.uk@gmail.com
LOCATION:https://calderbrook.zoom.example.us/j/81726354
DESCRIPTION:Thank you for agreeing to take part in my doctoral research on 
 how detectives plan suspect interviews. The semi-structured interview will
  last about 60 minutes and will be recorded with your consent (see partic
 ipant information sheet).\n\nHannah Ekwueme\, PhD candidate
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="webinar-promotion-boards",
        uid="evt-8812093-att-55102@webinars.policefederation.example.org.uk",
        trap="webinar-about-promotion-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ON24-style//Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-8812093-att-55102@webinars.policefederation.example.org.uk
DTSTAMP:20250915T090000Z
DTSTART:20250923T180000Z
DTEND:20250923T191500Z
SUMMARY:Webinar: Preparing for your promotion board (Inspector & above)
DESCRIPTION:Join our panel of serving superintendents for tips on CVF evide
 nce\, presentation questions and what boards look for. Registered: Rachel W
 hitfield. Join link: https://webinars.policefederation.example.org.uk/j/88
 12093
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="cpd-interviewing-course",
        uid="040000008200E00074C5B7101A82E008000000002A2A2A2A661DDC0100000000000000001000000066677788899900011122233344455566",
        trap="training-course-advanced-interviewing-multi-day",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="L&D Course Bookings":mailto:ld.bookings@westriding-police.exam
 ple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Course: Advanced Investigative Interviewing (Ti
 er 3 – suspect). 5 days. Assessment of recorded practical interviews on day
  5. Pre-read: Cognitive Interview and Conversation Management.\n
UID:040000008200E00074C5B7101A82E008000000002A2A2A2A661DDC0100000000000000001000000066677788899900011122233344455566
SUMMARY;LANGUAGE=en-GB:COURSE: Tier 3 Advanced Suspect Interviewing
DTSTART;VALUE=DATE:20260302
DTEND;VALUE=DATE:20260307
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Carr Gate Training Centre – Suite 5
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="mock-board-practice",
        uid="5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
        trap="mock-promotion-board-with-real-di",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251101T100000Z
DTSTAMP:20251101T100000Z
UID:5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9
SUMMARY:MOCK board w/ DI Farrow + DI Osei (practice for DI board)
DTSTART:20251107T160000
DTEND:20251107T170000
LOCATION:Ian's office
DESCRIPTION:full dress rehearsal - 4 Qs + presentation\, timed. Not the re
 al thing!
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="prep-block-star",
        uid="84A3C2E1-0F9D-4B8A-9C7D-6E5F4A3B2C1D",
        trap="prep-block-for-own-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:84A3C2E1-0F9D-4B8A-9C7D-6E5F4A3B2C1D
DTSTAMP:20251002T200000Z
DTSTART;TZID=Europe/London:20251005T100000
DTEND;TZID=Europe/London:20251005T123000
SUMMARY:PREP: Northgate final + MIT interview - STAR examples\, POCA refresh
DESCRIPTION:Op Kestrel = leadership ex. Op Halyard = decision making. Revis
 e SAR/DAML process.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="thank-you-reminder",
        uid="1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9",
        trap="thank-you-note-reminder-after-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9
DTSTAMP:20251029T130000Z
DTSTART;TZID=Europe/London:20251029T180000
DTEND;TZID=Europe/London:20251029T181500
SUMMARY:email thank you to Jon & Priya (Albion final)
BEGIN:VALARM
TRIGGER:PT0M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="informational-coffee",
        uid="7yh6tg5rf4ed3ws2qa1zx0cv9b@google.com",
        trap="informational-coffee-with-ex-colleague-at-target-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250920T093000Z
DTEND:20250920T103000Z
DTSTAMP:20250914T200000Z
ORGANIZER;CN=Priya Lal:mailto:priya.lal.home@gmail.com
UID:7yh6tg5rf4ed3ws2qa1zx0cv9b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
DESCRIPTION:Catch up! Happy to tell you what life at FCSA is really like af
 ter CID – no interview\, just coffee 😊 P x
LOCATION:Opposite Café\, Chapel Allerton
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee Priya / Rachel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="allday-careers-fair",
        uid="careersfair-2025-ra-4471@eventbrite.example.co.uk",
        trap="job-fair-policing-security-careers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite-style//Tickets//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:careersfair-2025-ra-4471@eventbrite.example.co.uk
DTSTAMP:20250901T120000Z
DTSTART;VALUE=DATE:20251004
DTEND;VALUE=DATE:20251005
SUMMARY:Investigations\, Security & Financial Crime Careers Fair 2025
DESCRIPTION:Meet 40+ employers: banks\, regulators\, insurers and forces. O
 rder #4471-2290. Free entry. On-the-spot CV reviews.
LOCATION:Royal Armouries Hall\, Leeds Dock
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="referee-call",
        uid="040000008200E00074C5B7101A82E008000000003B3B3B3B671DDC0100000000000000001000000077788899900011122233344455566677",
        trap="reference-call-user-is-referee",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Vetting & References – Mercia Vale Police":mailto:references@me
 rciavale.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:DS Whitfield\, you have been named as line-mana
 ger referee for DC Jamie Noakes (transferee application). A 15-minute call 
 to confirm attendance\, performance and integrity.\n
UID:040000008200E00074C5B7101A82E008000000003B3B3B3B671DDC0100000000000000001000000077788899900011122233344455566677
SUMMARY;LANGUAGE=en-GB:Reference – DC J Noakes (transferee) – referee call
DTSTART;TZID=GMT Standard Time:20260119T113000
DTEND;TZID=GMT Standard Time:20260119T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="recruiter-no-employer",
        uid="6ad1e3b2-7c4f-4a9e-b1d0-2f3e4a5b6c7d@calendly.example.com",
        trap="recruiter-confidential-client-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6ad1e3b2-7c4f-4a9e-b1d0-2f3e4a5b6c7d@calendly.example.com
DTSTAMP:20251111T120000Z
DTSTART:20251114T123000Z
DTEND:20251114T130000Z
SUMMARY:Dan Ryder (Blue Line Search) and Rachel Whitfield
ORGANIZER;CN=Dan Ryder:mailto:dan@bluelinesearch.example.co.uk
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=ACCEPTED:mailto:rachel.whitfield.uk@g
 mail.com
DESCRIPTION:Event Name: Introductory call\n\nDan specialises in placing ex
 -police detectives into financial-crime roles. I have a confidential clien
 t (can't name them yet) hiring an investigations lead in Yorkshire – let's 
 discuss your background first.\n\nPowered by Calendly.com
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="return-to-work-interview",
        uid="040000008200E00074C5B7101A82E008000000004C4C4C4C681DDC0100000000000000001000000088899900011122233344455566677788",
        trap="return-to-work-interview-line-manager",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Peters, Leanne":mailto:lea
 nne.peters@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Return to work interview following sickness abs
 ence (attendance management policy). OH referral outcome to discuss.\n
UID:040000008200E00074C5B7101A82E008000000004C4C4C4C681DDC0100000000000000001000000088899900011122233344455566677788
SUMMARY;LANGUAGE=en-GB:RTW interview – DC Peters
DTSTART;TZID=GMT Standard Time:20251202T090000
DTEND;TZID=GMT Standard Time:20251202T093000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251201T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DS office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="exit-interview-leaver",
        uid="040000008200E00074C5B7101A82E008000000005D5D5D5D691DDC0100000000000000001000000099900011122233344455566677788899",
        trap="exit-interview-colleague-leaving",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Rachel":mailto:rachel.whitfield@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lamb, Oliver":mailto:oliv
 er.lamb@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Exit interview (leaver's questionnaire) – DC Lam
 b is resigning to join the private sector. HR form PS-EXIT-02.\n
UID:040000008200E00074C5B7101A82E008000000005D5D5D5D691DDC0100000000000000001000000099900011122233344455566677788899
SUMMARY;LANGUAGE=en-GB:Exit interview – DC Oliver Lamb
DTSTART;TZID=GMT Standard Time:20260116T150000
DTEND;TZID=GMT Standard Time:20260116T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DS office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="pdr-one-to-one",
        uid="040000008200E00074C5B7101A82E008000000006E6E6E6E6A1DDC010000000000000000100000000A0B0C0D0E0F101112131415161718191A",
        trap="performance-review-with-own-di",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Osei, Kwame":mailto:kwame.osei@westriding-police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:Mid-year PDR conversation. Also happy to talk th
 rough your DI promotion application and development plan.\n
UID:040000008200E00074C5B7101A82E008000000006E6E6E6E6A1DDC010000000000000000100000000A0B0C0D0E0F101112131415161718191A
SUMMARY;LANGUAGE=en-GB:PDR 1:1 – Rachel / Kwame
DTSTART;TZID=GMT Standard Time:20250925T100000
DTEND;TZID=GMT Standard Time:20250925T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DI office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="spanish-ilor-witness-video",
        uid="040000008200E00074C5B7101A82E008000000007F7F7F7F6B1DDC0100000000000000001000000023232323454545456767676789898989",
        trap="spanish-declaracion-testigo-letter-of-request",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Juzgado de Instrucción nº 3 de Alicante":mailto:instruccion3.al
 icante@justicia.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=es-ES:Comisión rogatoria (ILOR ref. WRP/2025/0417) – 
 declaración de testigo por videoconferencia. Intérprete presente. La agent
 e británica asiste como observadora. / Video-link witness interview under 
 the International Letter of Request – DS Whitfield observing.\n
UID:040000008200E00074C5B7101A82E008000000007F7F7F7F6B1DDC0100000000000000001000000023232323454545456767676789898989
SUMMARY;LANGUAGE=es-ES:Videoconferencia – declaración testigo (ILOR WRP/2025/0
 417)
DTSTART;TZID=W. Europe Standard Time:20251203T100000
DTEND;TZID=W. Europe Standard Time:20251203T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Videoconferencia (Cisco)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="german-zeugenvernehmung",
        uid="lka-nm-rh-2026-0081@lka-nordmark.example.de",
        trap="german-zeugenvernehmung-mutual-legal-assistance",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="KHK Lena Brockmann":mailto:lena.brockmann@lka-nordmark.example.
 de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=de-DE:Rechtshilfeersuchen – Zeugenvernehmung per Vide
 okonferenz (Zeuge: Herr M. Kessler). Dolmetscherin ist bestellt. Vorgespräc
 h 15 Minuten vorher. / MLA request – video witness interview\, you may put 
 questions via the interpreter.\n
UID:lka-nm-rh-2026-0081@lka-nordmark.example.de
SUMMARY;LANGUAGE=de-DE:Zeugenvernehmung per Video – RH-Ersuchen West Riding
DTSTART;TZID=W. Europe Standard Time:20260126T140000
DTEND;TZID=W. Europe Standard Time:20260126T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Webex (Link folgt)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="french-exchange-entretien",
        uid="9k8j7h6g5f4d3s2a1p0o9i8u7y@google.com",
        trap="french-entretien-son-school-exchange",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260204T180000Z
DTEND:20260204T183000Z
DTSTAMP:20260128T200000Z
ORGANIZER;CN=Sophie Lefèvre:mailto:sophie.lefevre.famille@orange.example.fr
UID:9k8j7h6g5f4d3s2a1p0o9i8u7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rachel.whitfield.uk@gmail.com;X-NUM-GUESTS=0:mailto:rachel.whitfiel
 d.uk@gmail.com
DESCRIPTION:Bonjour Rachel\, petit entretien vidéo avant l'échange scolaire 
 de Jack et Hugo (séjour à Lyon en avril). À bientôt ! Sophie
LOCATION:https://meet.google.com/qrs-tuvw-xyz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien famille d'accueil – échange Jack / Hugo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="podcast-recording",
        uid="riverside-rec-30112-2026@riverside.example.fm",
        trap="podcast-interview-about-career",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Riverside//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-30112-2026@riverside.example.fm
DTSTAMP:20260120T100000Z
DTSTART:20260130T190000Z
DTEND:20260130T200000Z
SUMMARY:Podcast recording – 'Women in CID' ep. 14 (guest: DS Rachel Whitfie
 ld)
ORGANIZER;CN=Nicola Barnes:mailto:nicola@womenincid.example.co.uk
ATTENDEE;CN=Rachel Whitfield:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION:Guest interview: your career path from uniform to CID\, ABE in
 terviewing\, and advice for women thinking about going for promotion. Pre-c
 leared with your press office.
LOCATION:https://riverside.example.fm/studio/women-in-cid
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="offer-call-after-final",
        uid="040000008200E00074C5B7101A82E008000000008A8A8A8A6C1DDC0100000000000000001000000034343434565656567878787890909090",
        trap="offer-call-after-interviews-not-interview",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Lowe, Hannah":mailto:hannah.lowe@northgatebank.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel Whit
 field:mailto:rachel.whitfield.uk@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rachel\, thanks again for coming in on Monday
 . I'd love a quick call to talk you through our offer (salary\, benefits\, 
 start date and pre-employment screening). Hannah\n
UID:040000008200E00074C5B7101A82E008000000008A8A8A8A6C1DDC0100000000000000001000000034343434565656567878787890909090
SUMMARY;LANGUAGE=en-GB:Offer call – Financial Crime Investigator – Rachel
DTSTART;TZID=GMT Standard Time:20251009T173000
DTEND;TZID=GMT Standard Time:20251009T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="pre-employment-health-check",
        uid="WD-TASK-0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b@northgatebank.myworkday.example.com",
        trap="post-offer-occupational-health-assessment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-TASK-0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b@northgatebank.myworkday.example.com
DTSTAMP:20251014T090000Z
DTSTART:20251021T164500Z
DTEND:20251021T171500Z
SUMMARY:Pre-employment health assessment (telephone) - Northgate Bank
ORGANIZER;CN=Northgate Bank Onboarding:mailto:northgatebank@myworkday.exampl
 e.com
ATTENDEE;CN=Rachel Whitfield;PARTSTAT=NEEDS-ACTION:mailto:rachel.whitfield.u
 k@gmail.com
DESCRIPTION:Congratulations on your conditional offer. An occupational heal
 th adviser from our provider will call you to complete your pre-employment
  health questionnaire.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="federation-rep-qa",
        uid="4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8",
        trap="federation-promotion-process-qa-session",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8
DTSTAMP:20250926T100000Z
DTSTART;TZID=Europe/London:20251001T123000
DTEND;TZID=Europe/London:20251001T133000
SUMMARY:Fed drop-in: DI promotion process Q&A (lunch)
LOCATION:Elland Rd canteen mtg room
DESCRIPTION:ask re appeal process if board scores borderline\, and T/DI rul
 es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="psd-witness-interview",
        uid="040000008200E00074C5B7101A82E008000000009B9B9B9B6D1DDC0100000000000000001000000045454545676767678989898901010101",
        trap="professional-standards-interview-user-as-witness",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Kerr, Duncan DS (PSD)":mailto:duncan.kerr@westriding-police.exa
 mple.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitfield, R
 achel":mailto:rachel.whitfield@westriding-police.example.uk
DESCRIPTION;LANGUAGE=en-GB:OFFICIAL – SENSITIVE\nProfessional Standards D
 epartment – you are required to attend as a WITNESS (not a subject) for a
 n account regarding conduct matter CM/25/1187. You may bring a Federation 
 friend.\n
UID:040000008200E00074C5B7101A82E008000000009B9B9B9B6D1DDC0100000000000000001000000045454545676767678989898901010101
SUMMARY;LANGUAGE=en-GB:PSD – witness account interview – CM/25/1187
DTSTART;TZID=GMT Standard Time:20251215T140000
DTEND;TZID=GMT Standard Time:20251215T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251205T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PSD\, Laburnum Road – Interview Room B
END:VEVENT
END:VCALENDAR
""",
    ),
]
