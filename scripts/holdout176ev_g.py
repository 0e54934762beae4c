"""holdout176 events, part G: Priya on the HIRING side at Carewell (all negatives)."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import neg

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


G_HEAD = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""

add("interviewer-kit", neg("5g2kc7l0fbm1e8a4h3p9q6rj2n@google.com", "user-as-interviewer-greenhouse-interview-kit"),
    G_HEAD + """BEGIN:VEVENT
DTSTART:20250917T150000Z
DTEND:20250917T160000Z
DTSTAMP:20250911T200104Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:5g2kc7l0fbm1e8a4h3p9q6rj2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellie Kwan;X-NUM-GUESTS=0:mailto:ellie.kwan@carewell.health
DESCRIPTION:Interview: Research Exercise\\nCandidate: Alex Moreau\\nJob: UX R
 esearcher (Mid-level) – R&D-108\\n\\nInterview Kit (questions + focus attrib
 utes): https://app.greenhouse.io/guides/4417820/people/98120344?job_id=45512\\n
 Resume: https://app.greenhouse.io/people/98120344/applications\\nSubmit Scor
 ecard: https://app.greenhouse.io/scorecards/new?application_id=110294581\\n\\n
 Please submit your scorecard within 24 hours.\\n\\nZoom: https://carewell.zo
 om.us/j/82219038842
LOCATION:https://carewell.zoom.us/j/82219038842
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alex Moreau – Research Exercise (UX Researcher\\, Mid) [Priya R. / Ellie K.]
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("portfolio-review", neg("0pn4r8c2ds6fu1hk9m3e5b7lta@google.com",
                            "user-as-interviewer-portfolio-review-panel-candidate-gmail"),
    G_HEAD + """BEGIN:VEVENT
DTSTART:20250925T173000Z
DTEND:20250925T183000Z
DTSTAMP:20250919T151233Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:0pn4r8c2ds6fu1hk9m3e5b7lta@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan Lee;X-NUM-GUESTS=0:mailto:jordanlee.designs@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Bellini;X-NUM-GUESTS=0:mailto:marco.bellini@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Greer;X-NUM-GUESTS=0:mailto:hannah.greer@carewell.health
DESCRIPTION:Hi Jordan\\, looking forward to your portfolio presentation! Yo
 u'll present for ~30 min to Hannah (Head of Design)\\, Marco (Staff Designe
 r) and Priya (Senior UX Researcher)\\, then Q&A.\\n\\nhttps://carewell.zoom.u
 s/j/85170027731
LOCATION:https://carewell.zoom.us/j/85170027731
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carewell – Portfolio Review: Jordan Lee (Product Designer II)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("debrief", neg("7kq3m1v9c0jh2n6s4b8e5d1rfo@google.com", "user-as-interviewer-candidate-debrief"),
    G_HEAD + """BEGIN:VEVENT
DTSTART:20251003T193000Z
DTEND:20251003T200000Z
DTSTAMP:20250930T141002Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:7kq3m1v9c0jh2n6s4b8e5d1rfo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Greer;X-NUM-GUESTS=0:mailto:hannah.greer@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellie Kwan;X-NUM-GUESTS=0:mailto:ellie.kwan@carewell.health
DESCRIPTION:Debrief for Samira Khoury (UX Researcher\\, Mid). Please have s
 corecards in before we meet — I'll share the Greenhouse summary on screen
 . Decision: hire / no hire / second look.
LOCATION:TOR-4-Huddle B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief: Samira K. – UXR (Mid)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("hiring-sync", neg("2r6v0z4d8h1l5p9t3x7b@google.com", "user-as-interviewer-recurring-hiring-sync-override"),
    """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.raman@carewell.health
X-WR-TIMEZONE:America/Toronto
@@VTZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250910T103000
DTEND;TZID=America/Toronto:20250910T110000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20251217T153000Z
DTSTAMP:20251201T120000Z
ORGANIZER;CN=Hannah Greer:mailto:hannah.greer@carewell.health
UID:2r6v0z4d8h1l5p9t3x7b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya R
 aman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zainab 
 Ali;X-NUM-GUESTS=0:mailto:zainab.ali@carewell.health
CREATED:20250902T141500Z
DESCRIPTION:Weekly pipeline review for open Design & Research reqs (R&D-108
  UXR Mid\\, R&D-111 Product Designer II\\, R&D-114 Jr UXR). Who's in loop\\, 
 who needs a panel\\, who's waiting on us.
LAST-MODIFIED:20251020T181100Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:D&R hiring sync
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251023T140000
DTEND;TZID=America/Toronto:20251023T143000
DTSTAMP:20251201T120000Z
ORGANIZER;CN=Hannah Greer:mailto:hannah.greer@carewell.health
UID:2r6v0z4d8h1l5p9t3x7b@google.com
RECURRENCE-ID;TZID=America/Toronto:20251022T103000
CREATED:20250902T141500Z
DESCRIPTION:Moved to Thu — offsite Wed. Focus: Product Designer II finalist
 s.
LAST-MODIFIED:20251020T181100Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:D&R hiring sync (moved)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("scorecard-reminder", neg("F0B2D4E6-18A3-4C5E-9F71-2B4D6F8A0C35", "user-as-interviewer-scorecard-reminder"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250917T212233Z
DTEND:20250918T084500
DTSTAMP:20250917T212233Z
DTSTART:20250918T083000
SEQUENCE:0
SUMMARY:scorecard Alex M!!
DESCRIPTION:GH scorecard due - lean yes. synthesis strong\\, recruiting plan 
 thin
TRANSP:TRANSPARENT
UID:F0B2D4E6-18A3-4C5E-9F71-2B4D6F8A0C35
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("candidate-accepted", neg("1hq5t9x3b7f0j4n8r2v6@google.com", "user-as-interviewer-candidate-accepted-reply"),
    """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251009T170000Z
DTEND:20251009T174500Z
DTSTAMP:20251006T020914Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:1hq5t9x3b7f0j4n8r2v6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia 
 Haddad;X-NUM-GUESTS=0:mailto:nadia.haddad.research@gmail.com
CREATED:20251003T190122Z
DESCRIPTION:
LAST-MODIFIED:20251006T020914Z
LOCATION:https://carewell.zoom.us/j/81193300215
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Carewell – Research Interview: Nadia Haddad (UX Researcher)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("agency-candidate", neg(
    "040000008200E00074C5B7101A82E00800000000B3D5F7A9C1E3DC0100000000000000001000000055B7D9F1A3C5E7F9B1D3F5A7C9E1B3D5",
    "user-as-interviewer-agency-sends-candidate"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Farouk, Leila":mailto:lfarouk@brightpathstaffing.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman@carewell.health:mailto:priya.raman@carewell.health
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Nguyen:mailto:thomas.nguyen.uxr@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\\,\\n\\nAs promised\\, here's time with Th
 omas Nguyen for your 6-month contract UX Researcher need. Thomas is avail
 able in two weeks\\, rate as per the profile I sent ($85/h). He's done a lo
 t of clinician interviews at a hospital network\\, so I think he'd ramp qu
 ickly on your diary study.\\n\\nLeila Farouk\\nAccount Manager\\, Brightpath S
 taffing\\n\\nMicrosoft Teams meeting\\nMeeting ID: 239 118 045 771\\n
UID:040000008200E00074C5B7101A82E00800000000B3D5F7A9C1E3DC0100000000000000001000000055B7D9F1A3C5E7F9B1D3F5A7C9E1B3D5
SUMMARY;LANGUAGE=en-US:Candidate intro: Thomas Nguyen / Carewell (Contract UX Researcher)
DTSTART;TZID=Eastern Standard Time:20251015T113000
DTEND;TZID=Eastern Standard Time:20251015T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T153344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("calendly-host", neg("c9e2a6b4-7d1f-4e38-9a05-b6c3d8e1f247@calendly.com",
                         "user-as-interviewer-calendly-host-intern-screen"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c9e2a6b4-7d1f-4e38-9a05-b6c3d8e1f247@calendly.com
DTSTAMP:20251104T170212Z
DTSTART:20251110T200000Z
DTEND:20251110T202000Z
SUMMARY:UX Research Intern (Winter 2026) – 20 min screen between Priya Raman
  and Leah Strom
DESCRIPTION:Event Name: UX Research Intern (Winter 2026) – 20 min screen\\n\\n
 Location: https://carewell.zoom.us/j/83310962206\\n\\nInvitee: Leah Strom\\nIn
 vitee Email: leah.strom@mail.utoronto.ca\\n\\nQuestions:\\nWhich program are 
 you in? MI (UofT iSchool)\\, 2nd year\\nPortfolio link: leahstrom.ca\\n\\nView
  event in Calendly: https://calendly.com/events/c9e2a6b4\\n\\nPowered by Cale
 ndly.com
LOCATION:https://carewell.zoom.us/j/83310962206
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
ATTENDEE;CN=Leah Strom;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:leah.strom@mail.utoronto.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("coop-interview-day", neg("waterlooworks-int-2025F-338172@uwaterloo.ca",
                              "user-as-interviewer-university-coop-interview-schedule"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//University of Waterloo//WaterlooWorks//EN
METHOD:PUBLISH
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:waterlooworks-int-2025F-338172@uwaterloo.ca
DTSTAMP:20251020T130000Z
DTSTART;TZID=America/Toronto:20251028T090000
DTEND;TZID=America/Toronto:20251028T120000
SUMMARY:WaterlooWorks Interviews – Carewell – UX Research Co-op (Winter 2026
 ) – Interviewer: Priya Raman
DESCRIPTION:Employer interview schedule\\nJob ID 338172 – UX Research Co-op\\n
 Interviewer(s): Priya Raman\\, Ellie Kwan\\n\\n9:00 Student 1 (Virtual)\\n9:30 
 Student 2 (Virtual)\\n10:00 Student 3 (Virtual)\\n10:30 break\\n10:45 Studen
 t 4 (Virtual)\\n11:15 Student 5 (Virtual)\\n\\nStudent names and résumés are
  available in your employer dashboard. Rankings are due by 5 pm the next 
 business day.
LOCATION:Virtual – link in employer dashboard
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("typed-candidate-notes", neg("7D3F9A1B-2C5E-4B8D-A6F0-9E1C3B5D7F20", "user-as-interviewer-hand-typed-candidate-notes"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251021T132215Z
DTEND:20251021T150000
DTSTAMP:20251021T132215Z
DTSTART:20251021T143000
SEQUENCE:0
SUMMARY:ph scrn Lina S. (jr UXR cand)
DESCRIPTION:my Q's: tell me abt a study that failed / how recruit hard-to-
 reach pts / SQL?\\nnotes: v strong synthesis\\, weak quant. ask Zainab re w
 ork permit exp date
TRANSP:OPAQUE
UID:7D3F9A1B-2C5E-4B8D-A6F0-9E1C3B5D7F20
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("reverse-shadow", neg("9s3w7a1e5i0m4q8u2y6c@google.com", "user-as-interviewer-reverse-shadow-training"),
    G_HEAD + """BEGIN:VEVENT
DTSTART:20251029T180000Z
DTEND:20251029T190000Z
DTSTAMP:20251024T161222Z
ORGANIZER;CN=Carewell Talent:mailto:talent@carewell.health
UID:9s3w7a1e5i0m4q8u2y6c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Bellini;X-NUM-GUESTS=0:mailto:marco.bellini@carewell.health
DESCRIPTION:Interviewer certification – reverse shadow. Priya leads the Co
 llaboration interview for the Content Designer loop (candidate: Rui Tavare
 s)\\; Marco observes and gives feedback on question delivery and note-taki
 ng. Both submit scorecards.\\n\\nhttps://carewell.zoom.us/j/86604413390
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Reverse shadow] Content Designer – Collaboration interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
