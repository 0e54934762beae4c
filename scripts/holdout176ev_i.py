"""holdout176 events, part I: research sessions, media, mock interviews, job-search look-alikes (all negatives)."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import neg

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


add("participant-session", neg("ui-session-5590412-p7@userinterviews.com", "research-participant-session-user-interviews"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-5590412-p7@userinterviews.com
DTSTAMP:20250919T140000Z
DTSTART:20250924T150000Z
DTEND:20250924T160000Z
SUMMARY:Carewell study: Participant 7 – interview (Patient portal onboarding
 )
DESCRIPTION:Session details\\nProject: Patient portal onboarding (caregiver
 s)\\nParticipant: Participant 7 (Denise T.)\\nIncentive: $100 CAD (Tremendous\\
 , sent automatically after you mark the session complete)\\nJoin: https://c
 arewell.zoom.us/j/81004477213\\n\\nMark attended or no-show in User Intervie
 ws within 24h.
LOCATION:https://carewell.zoom.us/j/81004477213
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@carewell.health
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("calendly-usability", neg("e4a8c2f6-1b3d-4e5f-9071-a2b4c6d8e0f1@calendly.com",
                              "calendly-host-usability-session-participant"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e4a8c2f6-1b3d-4e5f-9071-a2b4c6d8e0f1@calendly.com
DTSTAMP:20251006T181100Z
DTSTART:20251009T180000Z
DTEND:20251009T190000Z
SUMMARY:Medication reminders – usability session (60 min) between Priya Rama
 n and Gord Mitchell
DESCRIPTION:Event Name: Medication reminders – usability session (60 min)\\n\\n
 Location: https://carewell.zoom.us/j/88105529917\\n\\nInvitee: Gord Mitchel
 l\\nInvitee Email: gmitch1952@sympatico.ca\\n\\nQuestions:\\nDo you take 3 or 
 more medications daily? Yes\\nDevice you'll use: iPad\\n\\nPowered by Calendly
 .com
LOCATION:https://carewell.zoom.us/j/88105529917
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
ATTENDEE;CN=Gord Mitchell;PARTSTAT=ACCEPTED:mailto:gmitch1952@sympatico.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("stakeholder-interview", neg("4v8z2d6h0l4p8t2x6b0f@google.com", "stakeholder-interview-internal"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T140000Z
DTEND:20251002T144500Z
DTSTAMP:20250929T130511Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:4v8z2d6h0l4p8t2x6b0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Wei Chen;X-NUM-GUESTS=0:mailto:wei.chen@carewell.health
DESCRIPTION:Stakeholder interview #4 for the triage discovery. 45 min\\, re
 corded with consent for notes only. Topics: current nurse triage workflow
 \\, where the portal breaks down\\, what "success" would mean for Clinical O
 ps.
LOCATION:TOR-4-Huddle A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stakeholder interview – Dr. Chen (Clinical Ops)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("diary-checkin", neg("0l4p8t2x6b0f4j8n2r6v@google.com", "diary-study-checkin-recurring-override"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.raman@carewell.health
X-WR-TIMEZONE:America/Toronto
@@VTZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251106T183000
DTEND;TZID=America/Toronto:20251106T184500
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
DTSTAMP:20251201T120000Z
UID:0l4p8t2x6b0f4j8n2r6v@google.com
CREATED:20251103T150000Z
DESCRIPTION:dscout diary study – P12 (caregiver\\, evenings only). 15-min c
 heck-in call: any trouble logging? missed entries? Phone: 905-555-0181
LAST-MODIFIED:20251110T161200Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Diary check-in – P12
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251114T120000
DTEND;TZID=America/Toronto:20251114T121500
DTSTAMP:20251201T120000Z
UID:0l4p8t2x6b0f4j8n2r6v@google.com
RECURRENCE-ID;TZID=America/Toronto:20251113T183000
CREATED:20251103T150000Z
DESCRIPTION:P12 asked to move to Fri lunch this week (night shift).
LAST-MODIFIED:20251110T161200Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Diary check-in – P12 (moved)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("podcast-recording", neg("6r0v4z8d2h6l0p4t8x2b@google.com", "podcast-guest-interview"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T230000Z
DTEND:20251017T000000Z
DTSTAMP:20251008T011522Z
ORGANIZER;CN=Research Rebels Podcast:mailto:hello.researchrebels@gmail.com
UID:6r0v4z8d2h6l0p4t8x2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
DESCRIPTION:Thanks for coming on the show! We'll record the interview on Ri
 verside: https://riverside.fm/studio/research-rebels\\nTopic: doing researc
 h with clinicians who have 5 minutes between patients. ~45 min conversati
 on + 10 min setup. Please use headphones and a wired connection if you can
 .\\n\\n— Tom & Aditi
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research Rebels ep. 42 – interview with Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("press-interview", neg(
    "040000008200E00074C5B7101A82E00800000000D4F6A8B0C2E4DC01000000000000000010000000B8D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8",
    "press-interview-about-work"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Moreau, Julie":mailto:julie.moreau@carewell.health
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Raman, Priya":mailto:priya.raman@carewell.health
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin Ortiz:mailto:kortiz@betakit.com
DESCRIPTION;LANGUAGE=en-US:Priya – BetaKit is writing a feature on how Cana
 dian health-tech companies involve patients in design. Kevin would like 20
  min with you on the caregiver research. I'll join from Comms. Key messag
 es doc in the Comms drive; please don't share unreleased roadmap.\\n\\nJulie
 \\n
UID:040000008200E00074C5B7101A82E00800000000D4F6A8B0C2E4DC01000000000000000010000000B8D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8
SUMMARY;LANGUAGE=en-US:Media interview: BetaKit (Kevin Ortiz) – patient research
DTSTART;TZID=Eastern Standard Time:20251022T110000
DTEND;TZID=Eastern Standard Time:20251022T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("balado-entrevue", neg("8t2x6b0f4j8n2r6v0z4d@google.com", "french-podcast-entrevue"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Montreal@@
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20251127T120000
DTEND;TZID=America/Montreal:20251127T130000
DTSTAMP:20251118T154401Z
ORGANIZER;CN=Balado UX Santé:mailto:baladouxsante@gmail.com
UID:8t2x6b0f4j8n2r6v0z4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
DESCRIPTION:Bonjour Priya!\\nMerci d'avoir accepté notre invitation. L'entre
 vue durera environ 40 minutes (en anglais avec quelques questions en fran
 çais si tu es à l'aise). Enregistrement sur Zencastr : https://zencastr.c
 om/baladouxsante\\n\\nÉmilie
LOCATION:Zencastr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – balado « Recherche UX en santé » (Priya Raman)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("mock-interview-coach", neg("f7d3b9e1-5a2c-4b86-8e04-c1a3e5b7d9f2@calendly.com", "mock-interview-with-coach"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f7d3b9e1-5a2c-4b86-8e04-c1a3e5b7d9f2@calendly.com
DTSTAMP:20251005T003300Z
DTSTART:20251012T140000Z
DTEND:20251012T150000Z
SUMMARY:Mock Interview – Leadership Roles (60 min) between Lauren Fisk and P
 riya Raman
DESCRIPTION:Event Name: Mock Interview – Leadership Roles (60 min)\\n\\nLoca
 tion: https://zoom.us/j/93327041188\\n\\nWe'll run a realistic hiring-manag
 er interview for a Research Lead / Manager role (behavioural + "tell me ab
 out a time") and spend the last 15 min on feedback. Please send the job po
 sting you're targeting.\\n\\nLauren Fisk Career Coaching\\n\\nPowered by Calend
 ly.com
LOCATION:https://zoom.us/j/93327041188
ORGANIZER;CN=Lauren Fisk:mailto:lauren@fiskcoaching.ca
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("mentor-mock-portfolio", neg("adplist-booking-7781920@adplist.org", "mentor-mock-portfolio-review-for-student"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ADPList//Mentorship Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:adplist-booking-7781920@adplist.org
DTSTAMP:20251023T171500Z
DTSTART:20251028T233000Z
DTEND:20251029T000000Z
SUMMARY:ADPList: Mock portfolio review – Ana Lima x Priya Raman
DESCRIPTION:Mentee: Ana Lima (George Brown College\\, UX Design postgrad)\\nT
 opic: Portfolio review / interview prep\\nNote from Ana: "I have a design 
 interview next week and want to practise presenting my capstone case study
 ."\\n\\nJoin: https://meet.google.com/adp-list-ana\\n\\nYou're the mentor for 
 this session.
LOCATION:Google Meet
ORGANIZER;CN=ADPList:mailto:sessions@adplist.org
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman.ux@outlook.com
ATTENDEE;CN=Ana Lima;ROLE=REQ-PARTICIPANT:mailto:ana.lima.ux@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("webinar-interviewing", neg("ZOOM-WEBINAR-81550026631", "webinar-about-interviewing"), """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
@@VTZ America/New_York@@
BEGIN:VEVENT
DTSTAMP:20250925T150000Z
DTSTART;TZID=America/New_York:20251001T120000
DTEND;TZID=America/New_York:20251001T130000
SUMMARY:Webinar: Nailing the UX Research Manager interview loop
UID:ZOOM-WEBINAR-81550026631
DESCRIPTION:Hi Priya Raman\\,\\n\\nThank you for registering for "Nailing the
  UX Research Manager interview loop" (hosted by the ResearchOps Community)
 .\\n\\nPanelists share how hiring panels assess research leaders: portfolio
  presentations\\, case studies\\, and the hiring-manager round.\\n\\nPlease 
 submit any questions to: events@researchops.community\\n\\nJoin from PC\\, 
 Mac\\, iPad\\, or Android: https://us02web.zoom.us/w/81550026631?tk=abcd\\nWe
 binar ID: 815 5002 6631
LOCATION:https://us02web.zoom.us/w/81550026631
END:VEVENT
END:VCALENDAR
""")

add("career-fair", neg("AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCs",
                       "careers-fair-attending-all-day"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250929T120000Z
DESCRIPTION:Metro Toronto Convention Centre\\, South Bldg. Free reg (QR in e
 mail). Print 10 CVs. Booths: health + fintech row.\\n
DTEND;VALUE=DATE:20251009
DTSTAMP:20250929T120000Z
DTSTART;VALUE=DATE:20251008
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Toronto Tech Job Fair
TRANSP:TRANSPARENT
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCs
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""")

add("info-coffee", neg("1B3D5F7A-9C2E-4A6B-8D0F-3E5A7C9B1D42", "informational-coffee-with-research-lead"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250925T002211Z
DTEND:20250930T090000
DTSTAMP:20250925T002211Z
DTSTART:20250930T083000
LOCATION:Pilot Coffee\\, Temperance St
SEQUENCE:0
SUMMARY:coffee w Meera (Tillwise research lead) - info chat
DESCRIPTION:NOT a job thing - she offered to tell me how they structure re
 search ops + what mgr roles look like. bring q's abt IC vs mgr track
TRANSP:OPAQUE
UID:1B3D5F7A-9C2E-4A6B-8D0F-3E5A7C9B1D42
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("recruiter-no-employer", neg(
    "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000099AABBCCDDEEFF00112233445566778",
    "recruiter-call-no-employer-named"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Okoro, Chidi":mailto:chidi.okoro@rowantalent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya\\,\\n\\nGreat to connect. I work with a n
 umber of product-led companies in Toronto hiring research leaders and wou
 ld love to hear about what you're looking for so I can keep you in mind f
 or upcoming roles. 20 minutes by phone?\\n\\nChidi Okoro\\nSenior Recruiter\\,
  Design & Research | Rowan Talent\\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000099AABBCCDDEEFF00112233445566778
SUMMARY;LANGUAGE=en-US:Priya Raman / Rowan Talent – intro call
DTSTART;TZID=Eastern Standard Time:20250915T123000
DTEND;TZID=Eastern Standard Time:20250915T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T140112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("referee-call", neg("AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCt",
                        "reference-call-user-is-referee"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251110T030011Z
DESCRIPTION:Halcyon HR calling re Daniel Brooks (reported to me 2021-23). T
 hey're checking refs for a Senior Researcher role at a bank. Talk up the 
 accessibility audit + mentoring juniors.\\n
DTEND;TZID="Eastern Standard Time":20251112T091500
DTSTAMP:20251110T030011Z
DTSTART;TZID="Eastern Standard Time":20251112T090000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Reference call for Daniel (Halcyon HR)
TRANSP:OPAQUE
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("prep-block", neg("3C5E7A9B-1D2F-4B6C-8E0A-5F7B9D1C3E64", "prep-block-names-employer"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
@@VTZ America/Toronto@@
BEGIN:VEVENT
CREATED:20250928T140522Z
DTEND;TZID=America/Toronto:20251001T220000
DTSTAMP:20250928T140522Z
DTSTART;TZID=America/Toronto:20251001T200000
SEQUENCE:0
SUMMARY:PREP Northwind portfolio pres - dry run + timing
DESCRIPTION:Run deck twice w/ timer (30 min max). Cut slide 14. Practise t
 he "what would you do differently" answer. Ask Ravi to play Dana.
TRANSP:OPAQUE
UID:3C5E7A9B-1D2F-4B6C-8E0A-5F7B9D1C3E64
END:VEVENT
END:VCALENDAR
""")

add("thank-you-reminder", neg("9A1C3E5B-7D0F-4A2C-B4E6-8F0A2C4E6B85", "thank-you-reminder-names-employer"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251008T190102Z
DTEND:20251009T081500
DTSTAMP:20251008T190102Z
DTSTART:20251009T080000
SEQUENCE:0
SUMMARY:send thank yous - Maplepay panel (Tom\\, Aisha\\, Lin)
DESCRIPTION:mention the payments-dispute study Aisha asked about
TRANSP:TRANSPARENT
UID:9A1C3E5B-7D0F-4A2C-B4E6-8F0A2C4E6B85
END:VEVENT
END:VCALENDAR
""", eol="\n")
