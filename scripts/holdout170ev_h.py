"""holdout170 events, part h: the user on the hiring side at Lakeshore Brands (all negatives)."""

EVENTS = []


def add(kind, trap, uid, ics, **kw):
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="",
                       interviewers="", trap=trap, ics=ics, **kw))


_OL = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@"""

add("panel-chair", "user-as-interviewer-chairs-panel-with-room",
    "040000008200E00074C5B7101A82E00800000000510A2B3C4D5EDB0100000000000000001000000044F1E2D3C4B5A69788796A5B4C3D2E1F",
    _OL + r"""
BEGIN:VEVENT
ORGANIZER;CN="Torres-Whitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lee, Marcus":mailto:marcus.lee.insights@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moreno, Ana":mailto:amoreno@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Oyelaran, Femi":mailto:foyelaran@lakeshorebrands.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHI-12-Wrigley
 ville (8) Teams Rm":mailto:chi12wrigleyville@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Marcus - we'll start with a 15-min readout of t
 he segmentation exercise\, then questions from Ana\, Femi and me. Gaby to
  lead\; Ana on analytics\, Femi on stakeholder mgmt. Scorecards in GH by
  Friday.\n
UID:040000008200E00074C5B7101A82E00800000000510A2B3C4D5EDB0100000000000000001000000044F1E2D3C4B5A69788796A5B4C3D2E1F
SUMMARY;LANGUAGE=en-US:Panel - Sr. Associate\, Consumer Insights (Marcus Lee)
DTSTART;TZID=Central Standard Time:20250306T140000
DTEND;TZID=Central Standard Time:20250306T150000
DTSTAMP:20250228T160002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-12-Wrigleyville (8) Teams Rm
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("debrief", "user-as-interviewer-candidate-debrief",
    "040000008200E00074C5B7101A82E00800000000620B3C4D5E6FDB0100000000000000001000000055A2B3C4D5E6F708192A3B4C5D6E7F80",
    _OL + r"""
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Alyssa":mailto:abrandt@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres-W
 hitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patel, Nikhil":mailto:npatel@lakeshorebrands.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Brett":mailto:bkowalski@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Req 2231 Brand Coordinator - roundup of Jordan E
 .\, Priya N.\, Keisha W. Please have scorecards in before we meet. Decisi
 on: move 1-2 to finals.\n
UID:040000008200E00074C5B7101A82E00800000000620B3C4D5E6FDB0100000000000000001000000055A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-US:Roundup - Brand Coordinator (2231)
DTSTART;TZID=Central Standard Time:20250228T110000
DTEND;TZID=Central Standard Time:20250228T113000
DTSTAMP:20250226T143012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("hiring-committee", "user-as-interviewer-intern-hiring-committee",
    "040000008200E00074C5B7101A82E00800000000730C4D5E6F70DB0100000000000000001000000066B3C4D5E6F708192A3B4C5D6E7F8091",
    _OL + r"""
BEGIN:VEVENT
ORGANIZER;CN="Ferris, Lauren";SENT-BY="mailto:hr-events@lakeshorebrands.com":mailto:lferris@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres-W
 hitman, Gabriela":mailto:gtorres@lakeshorebrands.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Tom":mailto:thughes@lakeshorebrands.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHI-14-Boardro
 om (20)":mailto:chi14boardroom@lakeshorebrands.com
DESCRIPTION;LANGUAGE=en-US:Calibration across all functions for the 2025
  summer class (14 offers). Bring your top 3 and rationale. Lunch provided.
 \n
UID:040000008200E00074C5B7101A82E00800000000730C4D5E6F70DB0100000000000000001000000066B3C4D5E6F708192A3B4C5D6E7F8091
SUMMARY;LANGUAGE=en-US:Summer Internship Program - Selection Committee
DTSTART;TZID=Central Standard Time:20250314T113000
DTEND;TZID=Central Standard Time:20250314T133000
DTSTAMP:20250303T193344Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-14-Boardroom (20)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("shadow", "user-as-interviewer-reverse-shadow-training",
    "gh-f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0@greenhouse.io", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0@greenhouse.io
DTSTAMP:20250310T150300Z
DTSTART:20250313T200000Z
DTEND:20250313T204500Z
SUMMARY:Reverse shadow: Ana Moreno (lead) / Gabriela Torres-Whitman (observer) - Keisha Williams
DESCRIPTION:Interviewer training step 2 of 3. Ana leads the Brand Coordinato
 r final interview with Keisha Williams\; Gabriela observes and submits a p
 ractice scorecard. Kit: https://app.greenhouse.io/guides/8830412/people/44
 309120
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Alyssa Brandt:mailto:abrandt@lakeshorebrands.com
ATTENDEE;CN=Ana Moreno;PARTSTAT=ACCEPTED:mailto:amoreno@lakeshorebrands.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("calendly-host", "user-as-interviewer-calendly-host-intern-chat", "calendly-evt-HX3LMN8Q2RWT5ZKA", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-HX3LMN8Q2RWT5ZKA
DTSTAMP:20250203T041209Z
DTSTART:20250206T220000Z
DTEND:20250206T222000Z
SUMMARY:Marketing Internship - 20 min conversation between Gabriela Torres-Whitman and Destiny Carter
DESCRIPTION:Event Name: Marketing Internship - 20 min conversation\n\nInvit
 ee: Destiny Carter\nInvitee Email: destinyc2026@gmail.com\n\nQuestions:\nS
 chool / year: Loyola Chicago\, junior\nResume: attached in the application
 \n\nLocation: Microsoft Teams - link to follow from host\n\nPowered by Cale
 ndly.com
ORGANIZER;CN=Gabriela Torres-Whitman:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN=Destiny Carter;PARTSTAT=ACCEPTED:mailto:destinyc2026@gmail.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gtorres@lakeshorebrands.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("accepted-reply", "user-as-interviewer-candidate-accepted-reply",
    "gh-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@greenhouse.io", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250318T153000Z
DTEND:20250318T163000Z
DTSTAMP:20250312T012244Z
ORGANIZER;CN=Gabriela Torres-Whitman:mailto:gtorres@lakeshorebrands.com
UID:gh-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Keisha
  Williams;X-NUM-GUESTS=0:mailto:keishawilliams.mktg@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Final Interview - Brand Coordinator @ Lakeshore Brands
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agency-candidate", "user-as-interviewer-agency-sends-candidate",
    "vcs-0091-ramirez-20250320@vantagecreativestaffing.com", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="Torres-Whitman, Gabriela";RSVP=TRUE:mailto:gtorres@lakeshorebrands.com
ATTENDEE;CN="Sofia Ramirez";RSVP=TRUE:mailto:sofia.ramirez.brand@outlook.com
CLASS:PUBLIC
DESCRIPTION:Hi Gabriela\,\n\nAs promised\, here's the intro with Sofia Ram
 irez for your Senior Brand Manager opening. Sofia has 7 years at Conagra
  and Ferrara\, bilingual. Resume attached to my email. Our standard fee ag
 reement applies.\n\nThanks\,\nGreg Holt\nVantage Creative Staffing\n
DTEND;TZID="Central Standard Time":20250320T163000
DTSTAMP:20250317T210544Z
DTSTART;TZID="Central Standard Time":20250320T160000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Greg Holt":mailto:gholt@vantagecreativestaffing.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Intro: Sofia Ramirez <> Gabriela Torres-Whitman (Sr. Brand Manager)
TRANSP:OPAQUE
UID:vcs-0091-ramirez-20250320@vantagecreativestaffing.com
END:VEVENT
END:VCALENDAR
""")

add("typed-candidate-notes", "user-as-interviewer-typed-notes-about-candidate",
    "5E2A9C41-7B3D-4F08-A6E1-C9D8B7A60F52", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250317T132201Z
DTSTAMP:20250317T132250Z
UID:5E2A9C41-7B3D-4F08-A6E1-C9D8B7A60F52
DTSTART;TZID=America/Chicago:20250318T103000
DTEND;TZID=America/Chicago:20250318T113000
SUMMARY:Keisha - final rd (coord)
DESCRIPTION:ask: Excel/Nielsen comfort\, the TikTok example\, why CPG. she
  was a bit nervous w/ Ana - put her at ease. start date? comp expectation
  ~58k
LOCATION:12th fl - Lincoln Park rm
END:VEVENT
@@TZ_CHICAGO@@
END:VCALENDAR
""", eol="\n")

add("brief-review", "user-as-interviewer-take-home-brief-review",
    "040000008200E00074C5B7101A82E00800000000841D5E6F7081DB0100000000000000001000000077C4D5E6F708192A3B4C5D6E7F8091A2",
    r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250220T141002Z
DESCRIPTION:6 take-home briefs in the ABM req folder (Teams > Hiring > 2240
 ). Use the 1-5 rubric. Shortlist 3 for panel.\n
DTEND;TZID="Central Standard Time":20250221T160000
DTSTAMP:20250220T141002Z
DTSTART;TZID="Central Standard Time":20250221T140000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:HOLD - review ABM take-home briefs
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000841D5E6F7081DB0100000000000000001000000077C4D5E6F708192A3B4C5D6E7F8091A2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")
