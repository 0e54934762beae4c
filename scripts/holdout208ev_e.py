"""holdout208 events, part E: the user on the hiring side at Desert Vista USD (written blind)."""

from holdout208ev_common import PHX, neg

EVENTS = [
    neg(
        "interview-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250409T150000
DTEND;TZID=America/Phoenix:20250409T170000
DTSTAMP:20250403T155212Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:1c3v5b7n9m2q4w6e8r0t1y3u5i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Hughes;X-NUM-GUESTS=0:mailto:ahughes@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kelsey Brandt;X-NUM-GUESTS=0:mailto:kbrandt@dvusd.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=MRMS-Con
 ference Room (8);X-NUM-GUESTS=0:mailto:c_1889a2b3c4d5e6f7@resource.calenda
 r.google.com
DESCRIPTION:7th grade science vacancy (Frontline posting 2025-MR-114). Thre
 e candidates\, 35 min each:\n3:00 Jordan Okafor\n3:40 Bianca Treviño\n4:20
  Samuel Whitehorse\n\nMarisol - please lead the content/NGSS questions (Q
 4-6) and the lab safety scenario. Question sets and rating sheets will be
  in the folder on the table.
LOCATION:MRMS-Conference Room (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviews - 7th Gr Science
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "1c3v5b7n9m2q4w6e8r0t1y3u5i@google.com",
        "user-as-interviewer-panel-for-science-vacancy",
    ),
    neg(
        "interview-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250416T153000
DTEND;TZID=America/Phoenix:20250416T161500
DTSTAMP:20250410T170733Z
ORGANIZER;CN=Tamika Shaw:mailto:tshaw@dvusd.org
UID:7h9j1k3l5z7x9c1v3b5n7m9q1w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tamika Shaw;X-NUM-GUESTS=0:mailto:tshaw@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jordan.okafor.sci@gmail.com;X-NUM-GUESTS=0:mailto:jordan.okafor.sci@gm
 ail.com
DESCRIPTION:Interview: Grade 8 Science Teacher - Mesquite Ridge MS\nCandida
 te: Jordan Okafor\n\nInterview kit and scoring rubric are attached in Front
 line (Hiring > Interviews > Kits). Please submit your ratings within 24 h
 ours.\n\nJoin with Google Meet: https://meet.google.com/fpq-wmvx-cuo
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Grade 8 Science Teacher - Jordan Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7h9j1k3l5z7x9c1v3b5n7m9q1w@google.com",
        "user-as-interviewer-hr-invite-with-interview-kit",
    ),
    neg(
        "debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250410T072000
DTEND;TZID=America/Phoenix:20250410T075000
DTSTAMP:20250409T235101Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:2e4r6t8y0u2i4o6p8a0s2d4f6g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kelsey Brandt;X-NUM-GUESTS=0:mailto:kbrandt@dvusd.org
DESCRIPTION:Quick huddle before kids arrive - rank the three 7th sci candi
 dates\, decide who gets the demo lesson invite. Bring your rating sheets.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief - 7th sci candidates
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2e4r6t8y0u2i4o6p8a0s2d4f6g@google.com",
        "user-as-interviewer-candidate-debrief",
    ),
    neg(
        "demo-lesson",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250415T094500
DTEND;TZID=America/Phoenix:20250415T103500
DTSTAMP:20250411T031505Z
UID:4f6g8h0j2k4l6z8x0c2v4b6n8m@google.com
CREATED:20250411T031505Z
DESCRIPTION:Bianca T. teaching my 3rd period (7th) - her lesson on food we
 bs. I stay in the back w/ rubric. Ray observing too. Tell kids to be on t
 heir best behavior lol. Leave seating chart + lab tubs out.
LAST-MODIFIED:20250411T031505Z
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Demo lesson - candidate (P3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4f6g8h0j2k4l6z8x0c2v4b6n8m@google.com",
        "user-as-interviewer-hosts-candidate-demo-lesson",
    ),
    neg(
        "accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250422T223000Z
DTEND:20250422T231500Z
DTSTAMP:20250417T014208Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:6n8m0q2w4e6r8t0y2u4i6o8p0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel
 le Whitfield;X-NUM-GUESTS=0:mailto:dwhitfield.teaches@gmail.com
COMMENT:Thank you so much! I'll be there. - Danielle
SEQUENCE:0
SUMMARY:Accepted: Interview - Science Teacher (6th) - Mesquite Ridge MS @ T
 ue Apr 22\, 2025 3:30pm - 4:15pm (MST) (mvega@dvusd.org)
END:VEVENT
END:VCALENDAR
""",
        "6n8m0q2w4e6r8t0y2u4i6o8p0a@google.com",
        "user-as-interviewer-candidate-accepted-reply",
    ),
    neg(
        "calendly-host",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@calendly.com
DTSTAMP:20250402T172009Z
DTSTART:20250407T194500Z
DTEND:20250407T200000Z
SUMMARY:Brianna Holt and Marisol Vega
DESCRIPTION:Event Name: 15 Minute Phone Chat - MRMS Science\n\nLocation: Ma
 risol Vega will call the invitee at +1 623-555-0183\n\nQuestions:\nWhich p
 osition are you applying for? 6th grade science (2025-26)\nAre you AZ cer
 tified? Yes - Middle Grades General Science\n\nNeed to make changes to thi
 s event?\nCancel: https://calendly.com/cancellations/1a2b3c4d\nReschedule:
  https://calendly.com/reschedulings/1a2b3c4d\n\nPowered by Calendly.com
LOCATION:+1 623-555-0183
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mvega@dvusd.org
ATTENDEE;CN=Brianna Holt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bholt.science@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@calendly.com",
        "user-as-interviewer-calendly-host-applicant-call",
    ),
    neg(
        "bookings-host",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=DVUSD Certified Hiring:mailto:CertifiedHiring@dvusd.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:mvega@dvusd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Cordero:mailto:lcordero.edu@gmail.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Science Teacher Interview
 s - Mesquite Ridge\nStaff: Marisol Vega\nCustomer: Luis Cordero\nCustomer
  email: lcordero.edu@gmail.com\nCustomer phone: 480-555-0109\n\nNotes fro
 m customer: Applying for 8th grade physical science. Currently student tea
 ching at Cactus Shadows.\n
UID:040000008200E00074C5B7101A82E00800000000DE0F1A2B3C93DB0100000000000000001000000077665544332211000011223344556677
SUMMARY;LANGUAGE=en-US:Science Teacher Interviews - Mesquite Ridge - Luis Cordero
DTSTART;TZID=US Mountain Standard Time:20250424T151500
DTEND;TZID=US Mountain Standard Time:20250424T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250419T181132Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Mesquite Ridge MS - Room 214
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000DE0F1A2B3C93DB0100000000000000001000000077665544332211000011223344556677",
        "user-as-interviewer-bookings-staff-member",
    ),
    neg(
        "agency-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:US Mountain Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0700
TZOFFSETTO:-0700
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=mvega@dvusd.org;RSVP=TRUE:mailto:mvega@dvusd.org
ATTENDEE;CN=Andre Pollard;RSVP=TRUE:mailto:andre.pollard88@gmail.com
CLASS:PUBLIC
DESCRIPTION:Hi Ms. Vega\,\n\nAs discussed with your front office\, I'd like
  to introduce Andre Pollard for the long-term substitute assignment in 8t
 h grade physical science (Rm 210\, starting 4/28 through end of year). And
 re has a B.S. in Chemistry and an active substitute certificate. I've add
 ed him to this call so you can meet him briefly.\n\nResume attached.\n\nSt
 acy Reinholt\nRecruiter\, Kelly Education - Phoenix West\n
DTEND;TZID="US Mountain Standard Time":20250417T153000
DTSTAMP:20250414T201455Z
DTSTART;TZID="US Mountain Standard Time":20250417T151000
LOCATION:Phone / Teams
ORGANIZER;CN="Reinholt, Stacy":mailto:sreinholt@kellyeducation.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Candidate intro - LT sub Physical Science (Andre P.)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F594DB010000000000000000100000001234ABCD5678EF901234ABCD5678EF90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000B1C2D3E4F594DB010000000000000000100000001234ABCD5678EF901234ABCD5678EF90",
        "user-as-interviewer-agency-sends-candidate",
    ),
    neg(
        "candidate-notes",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250423T001233Z
DTEND;TZID=America/Phoenix:20250422T161500
DTSTAMP:20250423T001420Z
DTSTART;TZID=America/Phoenix:20250422T153000
LAST-MODIFIED:20250423T001420Z
DESCRIPTION:Whitfield - 2nd rd. strong NGSS\, good w/ CER\, used phenomena
  w/o prompting. classroom mgmt answer vague (ask ref). 4/5 content\, 3/5 m
 gmt. would be great for 6th. tell Dr H tmrw
SEQUENCE:0
SUMMARY:Whitfield 2nd rd
TRANSP:OPAQUE
UID:A1B2C3D4-E5F6-4789-ABCD-EF0123456789
LOCATION:Rm 214
END:VEVENT
END:VCALENDAR
""",
        "A1B2C3D4-E5F6-4789-ABCD-EF0123456789",
        "user-as-interviewer-hand-typed-candidate-notes",
    ),
    neg(
        "hiring-committee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250402T153000
DTEND;TZID=America/Phoenix:20250402T163000
DTSTAMP:20250326T201006Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:8q0w2e4r6t8y0u2i4o6p8a0s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tamika Shaw;X-NUM-GUESTS=0:mailto:tshaw@dvusd.org
DESCRIPTION:Staffing for 25-26: 2 science vacancies (7th + 8th PS) + possi
 ble 0.5 STEM elective. Review Frontline applicant pool\, agree on screeni
 ng criteria and who sits on panels. Tamika from HR joining.
LOCATION:Principal's conference room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring committee - Science vacancies 25-26
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8q0w2e4r6t8y0u2i4o6p8a0s2d@google.com",
        "user-as-interviewer-hiring-committee",
    ),
    neg(
        "shadow-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250430T150000
DTEND;TZID=America/Phoenix:20250430T163000
DTSTAMP:20250425T160040Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:0d2f4g6h8j0k2l4z6x8c0v2b4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thao Pham;X-NUM-GUESTS=0:mailto:tpham@dvusd.org
DESCRIPTION:Thao (new science dept lead at Canyon Springs) will sit in on
  our 8th PS interviews to see how we run the panel + rating calibration.
  She observes only\, no scoring. Send her the question set beforehand.
LOCATION:MRMS-Conference Room (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thao P. shadowing - 8th PS interview panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0d2f4g6h8j0k2l4z6x8c0v2b4n@google.com",
        "user-as-interviewer-colleague-shadows-her-panel",
    ),
]
