"""holdout170 events, part a: Harbor & Pine and Brightwell processes, prep/thank-you/offer, first hiring-side items."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("greenhouse-screen", (
    "gh-7c1f0e2a-4b1d-4a7e-9b55-20a1c3e9f001@greenhouse.io", 1, "Harbor & Pine Foods",
    "Director, Brand Marketing", "recruiter_screen", "mdoyle@harborpinefoods.com",
    "greenhouse-recruiter-phone-screen"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:gh-7c1f0e2a-4b1d-4a7e-9b55-20a1c3e9f001@greenhouse.io
DTSTAMP:20250210T161204Z
DTSTART;TZID=America/Chicago:20250213T100000
DTEND;TZID=America/Chicago:20250213T103000
SUMMARY:Phone Screen - Gabriela Torres-Whitman / Harbor & Pine Foods
DESCRIPTION:Hi Gabriela\,\n\nThanks for making time to speak with us about
  the Director\, Brand Marketing opening on our Snacks team. Megan Doyle (Ta
 lent Acquisition Partner) will call you at the number on your application
 : (312) 555-0187.\n\nPlease let us know if anything changes.\n\nHarbor & P
 ine Foods Talent Acquisition
LOCATION:Phone call - Megan will call you
ORGANIZER;CN=Harbor & Pine Foods Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Megan Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mdoyle@harborpinefoods.com
ATTENDEE;CN=Gabriela Torres-Whitman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-AC
 TION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("zoom-hm", (
    "3q2k8v1o5bd1m0e4t7s6r9c2aa@google.com", 1, "Harbor & Pine Foods", "Director, Brand Marketing",
    "hiring_manager", "dolsen@harborpinefoods.com", "google-zoom-hm-interview-second-round"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T213000Z
DTEND:20250220T221500Z
DTSTAMP:20250214T185512Z
ORGANIZER;CN=Megan Doyle:mailto:mdoyle@harborpinefoods.com
UID:3q2k8v1o5bd1m0e4t7s6r9c2aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Derek
  Olsen;X-NUM-GUESTS=0:mailto:dolsen@harborpinefoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Doyle;X-NUM-GUESTS=0:mailto:mdoyle@harborpinefoods.com
DESCRIPTION:Round 2 for Gabriela — 45 min with Derek (VP Marketing\, Snack
 s). Derek will want to hear about the Lakeshore relaunch and how you run
  a brand P&L.\n\n──────────\n\nJoin Zoom Meeting\nhttps://harborpine.zoom.u
 s/j/84412093375?pwd=bE1xQ2ZtV3lXcU5oS0J2Zz09\n\nMeeting ID: 844 1209 3375
 \nPasscode: 551902\n\nOne tap mobile\n+13126266799\,\,84412093375# US (Ch
 icago)\n\n──────────
LOCATION:https://harborpine.zoom.us/j/84412093375?pwd=bE1xQ2ZtV3lXcU5oS0J2Zz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gabriela Torres-Whitman <> Derek Olsen (Harbor & Pine)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("case-final", (
    "gh-0d6e91c3-88aa-4f0b-a1c2-5e7b9d2f3a10@greenhouse.io", 1, "Harbor & Pine Foods",
    "Director, Brand Marketing", "final",
    "dolsen@harborpinefoods.com;lbranco@harborpinefoods.com;tnguyen@harborpinefoods.com",
    "greenhouse-onsite-case-presentation-final"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:gh-0d6e91c3-88aa-4f0b-a1c2-5e7b9d2f3a10@greenhouse.io
DTSTAMP:20250303T140233Z
DTSTART;TZID=America/Chicago:20250311T090000
DTEND;TZID=America/Chicago:20250311T123000
SUMMARY:Final Round: Case Presentation - Harbor & Pine Foods
LOCATION:Harbor & Pine Foods\, 222 W Merchandise Mart Plaza\, Suite 1400\,
  Chicago\, IL 60654
DESCRIPTION:Gabriela\,\n\nWe're excited to host you at our Merchandise Mar
 t office for the final round for Director\, Brand Marketing.\n\nAgenda\n9
 :00 - 9:15  Welcome (Megan Doyle)\n9:15 - 10:15  Case presentation to the
  panel: Derek Olsen\, Lucia Branco (SVP Marketing)\, Thao Nguyen (Directo
 r\, Consumer Insights)\n10:15 - 11:00  1:1 with Lucia Branco\n11:00 - 11:4
 5  1:1 with Thao Nguyen\n11:45 - 12:30  Lunch with the Snacks brand team
 \n\nPlease bring your deck on a USB stick as a backup. Check in at the 14t
 h floor front desk with a photo ID.\n\nWarmly\,\nHarbor & Pine Foods Talen
 t Acquisition
ORGANIZER;CN=Megan Doyle:mailto:mdoyle@harborpinefoods.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN=Derek Olsen;PARTSTAT=ACCEPTED:mailto:dolsen@harborpinefoods.com
ATTENDEE;CN=Lucia Branco;PARTSTAT=ACCEPTED:mailto:lbranco@harborpinefoods.com
ATTENDEE;CN=Thao Nguyen;PARTSTAT=TENTATIVE:mailto:tnguyen@harborpinefoods.com
ATTENDEE;CN=Megan Doyle;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mdoyle@harborpinefoods.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("prep-block", (
    "A41F2C0B-7E55-4C2B-9F1A-0C6D2E11B7A3", 0, "", "", "", "",
    "prep-block-named-employer"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T023311Z
DTSTAMP:20250305T023345Z
UID:A41F2C0B-7E55-4C2B-9F1A-0C6D2E11B7A3
DTSTART:20250309T130000
DTEND:20250309T163000
SUMMARY:H&P case deck - finish + rehearse x2
DESCRIPTION:- cut slides 7-9\n- time it\, 25 min max\n- practice Q: why l
 eave Lakeshore / comp expectations\n- print 4 copies
LAST-MODIFIED:20250305T023345Z
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("ashby-hm", (
    "ashby-int-5f0b2d71-91e6-4b8e-bc8e-1a2d7e39c4f2", 1, "Brightwell Beverage Co.",
    "Director, Brand Marketing - Sparkling", "hiring_manager", "renata.cruz@brightwellbev.com",
    "ashby-utc-hiring-manager-video"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-5f0b2d71-91e6-4b8e-bc8e-1a2d7e39c4f2
DTSTAMP:20250218T150104Z
DTSTART:20250224T170000Z
DTEND:20250224T174500Z
SUMMARY:Brightwell Beverage Co. - Hiring Manager Interview with Renata Cruz
DESCRIPTION:Hi Gabriela\,\n\nYour interview for Director\, Brand Marketing
  - Sparkling is confirmed.\n\nInterviewer: Renata Cruz\, VP Marketing\n\nJ
 oin with Google Meet: https://meet.google.com/xkt-pdqe-wvo\nJoin by phone
 : +1 347-384-2214 PIN: 552 917 403#\n\nNeed to reschedule? https://app.ash
 byhq.com/candidate/reschedule/5f0b2d71\n\nPowered by Ashby
LOCATION:https://meet.google.com/xkt-pdqe-wvo
ORGANIZER;CN=Brightwell Recruiting:mailto:recruiting@brightwellbev.com
ATTENDEE;CN=Gabriela Torres-Whitman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-AC
 TION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN=Renata Cruz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:renata.cruz@brightwellbev.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("superday", (
    "ashby-int-8a3c7e10-2d44-4f61-9e0b-6b1f55a0d7e3", 1, "Brightwell Beverage Co.",
    "Director, Brand Marketing - Sparkling", "onsite",
    "renata.cruz@brightwellbev.com;sam.oduya@brightwellbev.com;k.lindqvist@brightwellbev.com;"
    "m.feliciano@brightwellbev.com",
    "ashby-superday-nyc-multiple-interviewers"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-8a3c7e10-2d44-4f61-9e0b-6b1f55a0d7e3
DTSTAMP:20250304T201511Z
DTSTART:20250313T140000Z
DTEND:20250313T190000Z
SUMMARY:Superday @ Brightwell - Gabriela Torres-Whitman
DESCRIPTION:Welcome to your Brightwell Superday!\n\nLocation: 75 Varick S
 t\, 9th Fl\, New York\, NY 10013 (ask for Jess at reception)\n\nSchedule (
 ET)\n10:00  Renata Cruz - VP Marketing (portfolio deep dive)\n10:45  Sam O
 duya - Head of Sales\, Northeast\n11:30  Karin Lindqvist - Creative Direct
 or\n12:15  Lunch with the team\n1:30  Marisol Feliciano - CFO (culture add
 )\n\nTravel: reply to Jess Park (jpark@brightwellbev.com) with receipts.\n
 \nPowered by Ashby
LOCATION:Brightwell Beverage Co.\, 75 Varick St\, New York\, NY
ORGANIZER;CN=Jess Park:mailto:jpark@brightwellbev.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN=Renata Cruz;PARTSTAT=ACCEPTED:mailto:renata.cruz@brightwellbev.com
ATTENDEE;CN=Sam Oduya;PARTSTAT=ACCEPTED:mailto:sam.oduya@brightwellbev.com
ATTENDEE;CN=Karin Lindqvist;PARTSTAT=ACCEPTED:mailto:k.lindqvist@brightwellbev.com
ATTENDEE;CN=Marisol Feliciano;PARTSTAT=TENTATIVE:mailto:m.feliciano@brightwellbev.com
ATTENDEE;CUTYPE=ROOM;CN=NYC-9-Hudson (12);PARTSTAT=ACCEPTED:mailto:nyc-9-hudson@resource.brightwellbev.com
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("cmo-final", (
    "6u1fj2ktl0c9v3b8r5n4m7q2ee@google.com", 1, "Brightwell Beverage Co.", "", "final",
    "andre.whitaker@brightwellbev.com", "ea-sends-final-with-cmo"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250321T163000
DTEND;TZID=America/New_York:20250321T170000
DTSTAMP:20250317T131902Z
ORGANIZER;CN=Tanya Reyes:mailto:treyes@brightwellbev.com
UID:6u1fj2ktl0c9v3b8r5n4m7q2ee@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andre
  Whitaker;X-NUM-GUESTS=0:mailto:andre.whitaker@brightwellbev.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gabriela Torres-Whitman;X-NUM-GUESTS=0:mailto:gabytorres.mkt@iclo
 ud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tanya
  Reyes;X-NUM-GUESTS=0:mailto:treyes@brightwellbev.com
DESCRIPTION:Scheduling on behalf of Andre. Final conversation — Andre will
  call Gabriela on her cell.\n\nTanya Reyes | Executive Assistant to the C
 MO | Brightwell Beverage Co.
LOCATION:Andre to call Gabriela's mobile
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Andre / Gabriela - 30 min
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("thank-you-reminder", (
    "8E0A6B92-1C3D-44F7-A0B2-9D5C3E7F6A21", 0, "", "", "", "", "thank-you-notes-reminder"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T231502Z
DTSTAMP:20250313T231530Z
UID:8E0A6B92-1C3D-44F7-A0B2-9D5C3E7F6A21
DTSTART;TZID=America/New_York:20250314T080000
DTEND;TZID=America/New_York:20250314T081500
SUMMARY:TY emails - Brightwell superday (Renata\, Sam\, Karin\, Marisol) + Jess re receipts
DESCRIPTION:mention Sam's point re club channel\; Karin - the can design
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
END:VALARM
END:VEVENT
@@TZ_NY@@
END:VCALENDAR
""", eol="\n")

add("offer-call", (
    "1b9mq0r6o2d4u8s5k3n7v1t0pc@google.com", 0, "", "", "", "", "offer-call-not-interview"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T200000Z
DTEND:20250318T203000Z
DTSTAMP:20250317T220144Z
ORGANIZER;CN=Megan Doyle:mailto:mdoyle@harborpinefoods.com
UID:1b9mq0r6o2d4u8s5k3n7v1t0pc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan
  Doyle;X-NUM-GUESTS=0:mailto:mdoyle@harborpinefoods.com
DESCRIPTION:Hi Gabriela - excited to walk you through the details of our
  offer! I'll call you at 312-555-0187. Comp\, bonus\, start date and benef
 its overview; the written offer will follow via DocuSign.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harbor & Pine Foods - Offer Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("coach-mock", (
    "calendly-evt-GF2KQWJ7M3XAPL0N", 0, "", "", "", "", "mock-interview-with-coach"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-GF2KQWJ7M3XAPL0N
DTSTAMP:20250301T170322Z
DTSTART:20250307T000000Z
DTEND:20250307T010000Z
SUMMARY:Mock Final Round (60 min) between Renee Castellanos and Gabriela Torres-Whitman
DESCRIPTION:Event Name: Mock Final Round (60 min)\n\nWe'll run your case p
 resentation as if I'm the hiring panel\, then 20 min of tough follow-ups
  and feedback. Send your deck the day before.\n\nLocation: This is a Zoom
  web conference.\nhttps://us02web.zoom.us/j/6129904471\n\nNeed to make chang
 es to this event?\nCancel: https://calendly.com/cancellations/GF2KQWJ7M3
 XAPL0N\nReschedule: https://calendly.com/reschedulings/GF2KQWJ7M3XAPL0N\n
 \nPowered by Calendly.com
LOCATION:https://us02web.zoom.us/j/6129904471
ORGANIZER;CN=Renee Castellanos Coaching:mailto:renee@castellanoscareercoach.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN=Renee Castellanos;PARTSTAT=ACCEPTED:mailto:renee@castellanoscareercoach.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("interview-kit", (
    "gh-2e4b7a90-13cd-4e8f-a6b1-77c0d9e1f5b4@greenhouse.io", 0, "", "", "", "",
    "user-as-interviewer-greenhouse-interview-kit"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-2e4b7a90-13cd-4e8f-a6b1-77c0d9e1f5b4@greenhouse.io
DTSTAMP:20250219T171045Z
DTSTART:20250225T153000Z
DTEND:20250225T161500Z
SUMMARY:Interview: Jordan Ellis for Brand Coordinator (Hiring Manager Interview)
DESCRIPTION:Jordan Ellis is interviewing for Brand Coordinator - Better-Fo
 r-You Snacks (Req 2231).\n\nYour interview kit\, including focus attribut
 es and suggested questions\, is here:\nhttps://app.greenhouse.io/guides/8
 830412/people/44120987?application_id=99120334\n\nPlease submit your scor
 ecard within 24 hours.\n\nMicrosoft Teams meeting\nJoin: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_NjQ1ZTc2\nMeeting ID: 231 884 190 2
 27\nPasscode: Wq7sL2
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Alyssa Brandt:mailto:abrandt@lakeshorebrands.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN=Jordan Ellis;PARTSTAT=ACCEPTED:mailto:jordan.ellis.mktg@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("team-sync-recurring", (
    "040000008200E00074C5B7101A82E0080000000060A5C2B1E97FDB01000000000000000010000000F1D2C3B4A5968778695A4B3C2D1E0F00",
    0, "", "", "", "", "recurring-brand-team-sync-with-override"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patel, Nikhil":mailto:npatel@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreno, Ana":mailto:amoreno@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Brett":mailto:bkowalski@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Standing agenda: wins\, blockers\, media flighti
 ng\, retail calendar\, Nielsen read.\n\n_______________________________
 _________________________________________________\nMicrosoft Teams meetin
 g\nJoin on your computer\, mobile app or room device\nClick here to join
  the meeting\nMeeting ID: 291 004 558 16\nPasscode: 3bTqX9\n______________
 __________________________________________________________________\n
RRULE:FREQ=WEEKLY;UNTIL=20250624T150000Z;INTERVAL=1;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000060A5C2B1E97FDB01000000000000000010000000F1D2C3B4A5968778695A4B3C2D1E0F00
SUMMARY;LANGUAGE=en-US:BFY Snacks brand team weekly
DTSTART;TZID=Central Standard Time:20250107T100000
DTEND;TZID=Central Standard Time:20250107T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250103T201455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\; CHI-12-Lincoln Park
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patel, Nikhil":mailto:npatel@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreno, Ana":mailto:amoreno@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Brett":mailto:bkowalski@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Moved to Thursday this week - I'm out Tuesday.
 \n
RECURRENCE-ID;TZID=Central Standard Time:20250311T100000
UID:040000008200E00074C5B7101A82E0080000000060A5C2B1E97FDB01000000000000000010000000F1D2C3B4A5968778695A4B3C2D1E0F00
SUMMARY;LANGUAGE=en-US:BFY Snacks brand team weekly (moved)
DTSTART;TZID=Central Standard Time:20250313T140000
DTEND;TZID=Central Standard Time:20250313T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T152201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("scorecard-block", (
    "040000008200E00074C5B7101A82E00800000000D0C18A4F3A86DB010000000000000000100000002B7A11C9E0D44F4C8B7E6A2D53C10F9E",
    0, "", "", "", "", "user-as-interviewer-scorecard-block"), r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250225T165012Z
DESCRIPTION:Jordan E. – strong on retail activation\, light on analytics.
  Priya N. – great portfolio\, ask Alyssa about comp band.\nGH scorecards du
 e EOD.\n
DTEND;TZID="Central Standard Time":20250225T170000
DTSTAMP:20250225T165012Z
DTSTART;TZID="Central Standard Time":20250225T163000
LAST-MODIFIED:20250225T165012Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Scorecards - Jordan E. / Priya N.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0C18A4F3A86DB010000000000000000100000002B7A11C9E0D44F4C8B7E6A2D53C10F9E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")
