"""holdout176 events, part J: Priya's own job at Carewell, personal life, offers and checks (all negatives)."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import neg

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


add("occ-health-screening", neg(
    "040000008200E00074C5B7101A82E00800000000C9E1A3B5D7F9DC01000000000000000010000000E0F1A2B3C4D5E6F708192A3B4C5D6E7F",
    "pre-employment-medical-occupational-health"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Riverside HSC Occupational Health:mailto:OccHealthBookings@riversidehsc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman.ux@outlook.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\\n\\nService: Pre-place
 ment health assessment (new hires)\\nStaff: Occupational Health Nurse\\n\\nPl
 ease bring your immunization records (MMR\\, varicella\\, Tdap\\, hepatitis B)
  and photo ID. A two-step TB skin test requires a return visit 48–72 hours
  later.\\n\\nRiverside Health Sciences Centre – Occupational Health & Safety\\n
UID:040000008200E00074C5B7101A82E00800000000C9E1A3B5D7F9DC01000000000000000010000000E0F1A2B3C4D5E6F708192A3B4C5D6E7F
SUMMARY;LANGUAGE=en-US:Pre-placement health assessment
DTSTART;TZID=Eastern Standard Time:20251208T083000
DTEND;TZID=Eastern Standard Time:20251208T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T150032Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Riverside HSC\\, B-wing\\, Room B112
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("mid-year-checkin", neg("5p9t3x7b1f5j9n3r7v1z@google.com", "own-performance-review-current-job"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250926T170000Z
DTEND:20250926T180000Z
DTSTAMP:20250915T120501Z
ORGANIZER;CN=Hannah Greer:mailto:hannah.greer@carewell.health
UID:5p9t3x7b1f5j9n3r7v1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
DESCRIPTION:Mid-year conversation. Please complete your self-assessment in 
 Lattice by Wed. We'll cover goals\\, the Senior → Staff expectations and y
 our development plan.
LOCATION:TOR-4-Huddle C
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya / Hannah – mid-year review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("exit-interview", neg("bamboohr-offboarding-exit-2210@carewell.bamboohr.com", "own-exit-interview-current-employer"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260109T200000Z
DTEND:20260109T203000Z
DTSTAMP:20251219T154400Z
ORGANIZER;CN=Carewell People Ops:mailto:people@carewell.health
UID:bamboohr-offboarding-exit-2210@carewell.bamboohr.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
DESCRIPTION:Hi Priya\\, as part of offboarding we'd love 30 minutes to hear 
 about your experience at Carewell. Conversations are confidential and sha
 red with leadership only in aggregate. Laptop return is the same afternoon
 .\\n\\n— Nicole\\, People Ops
LOCATION:https://meet.google.com/jzq-exit-pops
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Exit interview – Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("statcan-survey", neg("2E4A6C8F-0B1D-4E3F-A5C7-9B1D3F5A7C96", "statcan-labour-force-survey-interview"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251014T231044Z
DTEND:20251016T184500
DTSTAMP:20251014T231044Z
DTSTART:20251016T183000
SEQUENCE:0
SUMMARY:StatCan Labour Force Survey - interviewer calling back
DESCRIPTION:monthly LFS call (month 3 of 6). ref # on fridge
TRANSP:OPAQUE
UID:2E4A6C8F-0B1D-4E3F-A5C7-9B1D3F5A7C96
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("physio", neg("AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCu",
                  "personal-physio-appointment"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250919T010101Z
DESCRIPTION:Shoulder f/u. Bring benefits card (Sun Life)\\n
DTEND;TZID="Eastern Standard Time":20251003T080000
DTSTAMP:20250919T010101Z
DTSTART;TZID="Eastern Standard Time":20251003T071500
LOCATION:Queen West Physio\\, 822 Queen St W
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Physio - Dr. Okafor
TRANSP:OPAQUE
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCu
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("parent-teacher", neg("school-interviews-tdsb-4481-0212@schoolinterviews.ca", "school-parent-teacher-interview"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//School Interviews//Booking//EN
METHOD:PUBLISH
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:school-interviews-tdsb-4481-0212@schoolinterviews.ca
DTSTAMP:20251106T021500Z
DTSTART;TZID=America/Toronto:20251120T171000
DTEND;TZID=America/Toronto:20251120T172000
SUMMARY:Parent-Teacher Interview: Ms. Leung (Maya Raman\\, Gr. 2)
DESCRIPTION:Dewson Street Jr. PS – Fall parent-teacher interviews\\nTeacher:
  Ms. J. Leung – Room 108\\nStudent: Maya Raman\\nInterview length: 10 minutes\\n
 Booking code: 4F7QX
LOCATION:Dewson Street Jr. Public School\\, Room 108
END:VEVENT
END:VCALENDAR
""")

add("mortgage-renewal", neg("8B0D2F4A-6C8E-4B1D-93F5-7A9C1E3B5D07", "bank-mortgage-appointment"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T141500Z
DTEND:20251025T110000
DTSTAMP:20251020T141500Z
DTSTART:20251025T100000
LOCATION:branch - Queen & Bathurst
SEQUENCE:0
SUMMARY:mortgage renewal mtg w Dilan (advisor) + Ravi
DESCRIPTION:bring T4s + NOA\\, last 2 paystubs. ask re: if I change jobs mid
 -term??
TRANSP:OPAQUE
UID:8B0D2F4A-6C8E-4B1D-93F5-7A9C1E3B5D07
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("citizenship-interview", neg(
    "AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCv",
    "government-citizenship-interview-ircc"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20251104T021500Z
DESCRIPTION:IRCC citizenship interview w/ officer (after the test). Bring: 
 notice letter\\, PR card\\, BOTH passports (old + current)\\, 2 pieces ID\\, pr
 oof of language. Video on MS Teams per letter.\\n
DTEND;TZID="Eastern Standard Time":20251201T104500
DTSTAMP:20251104T021500Z
DTSTART;TZID="Eastern Standard Time":20251201T100000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Citizenship interview - IRCC
TRANSP:OPAQUE
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCv
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""")

add("research-readout", neg("7x1b5f9j3n7r1v5z9d3h@google.com", "internal-research-readout"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T170000Z
DTEND:20251015T180000Z
DTSTAMP:20251008T133200Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:7x1b5f9j3n7r1v5z9d3h@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=product-all;X-NUM-GUESTS=0:mailto:product-all@carewell.health
DESCRIPTION:Readout: what we heard in 14 caregiver interviews + 8 usability
  sessions on portal onboarding. Recording will be posted in #research.\\n\\n
 https://carewell.zoom.us/j/80023311457
LOCATION:TOR-4-Town Hall / Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research readout: Patient portal onboarding (caregiver interviews)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("design-crit", neg("1f5j9n3r7v1z5d9h3l7p@google.com", "internal-recurring-design-crit"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.raman@carewell.health
X-WR-TIMEZONE:America/Toronto
@@VTZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250904T140000
DTEND;TZID=America/Toronto:20250904T150000
RRULE:FREQ=WEEKLY;BYDAY=TH
EXDATE;TZID=America/Toronto:20251009T140000
DTSTAMP:20251201T120000Z
ORGANIZER;CN=Hannah Greer:mailto:hannah.greer@carewell.health
UID:1f5j9n3r7v1z5d9h3l7p@google.com
CREATED:20250820T150000Z
DESCRIPTION:Weekly D&R crit. Sign up for a slot in the crit doc. Research 
 plans and interview guides welcome too.
LAST-MODIFIED:20251001T120000Z
LOCATION:TOR-4-Large
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Design & Research crit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("ethics-training", neg("9n3r7v1z5d9h3l7p1t5x@google.com", "training-research-ethics"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.raman@carewell.health
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250911T130000Z
DTEND:20250911T160000Z
DTSTAMP:20251201T120000Z
UID:9n3r7v1z5d9h3l7p1t5x@google.com
CREATED:20250905T150000Z
DESCRIPTION:Annual: TCPS 2 CORE-2022 refresher + Carewell PHIPA training (p
 articipant data\\, consent for recorded interviews). Certificate to Complia
 nce.
LAST-MODIFIED:20250905T150000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Compliance training – TCPS 2 + PHIPA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("synthesis-workshop", neg("3r7v1z5d9h3l7p1t5x9b@google.com", "internal-synthesis-of-research-interviews"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251105T140000Z
DTEND:20251105T170000Z
DTSTAMP:20251030T181500Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:3r7v1z5d9h3l7p1t5x9b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellie Kwan;X-NUM-GUESTS=0:mailto:ellie.kwan@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Wei Chen;X-NUM-GUESTS=0:mailto:wei.chen@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=Dev Sharma;X-NUM-GUESTS=0:mailto:dev.sharma@carewell.health
DESCRIPTION:Affinity mapping of the 12 nurse/clinician interviews from the 
 triage discovery. Read 3 transcripts beforehand (assignments in the FigJam
 ). Snacks provided.
LOCATION:TOR-4-Large
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Synthesis workshop – clinician interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("offer-call", neg("9h2m5q8t1w4z7c0f3j6n@google.com", "offer-call-after-final-not-interview"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T213000Z
DTEND:20251020T220000Z
DTSTAMP:20251017T192200Z
ORGANIZER;CN=Kayla O'Brien:mailto:kayla.obrien@northwindhealth.com
UID:9h2m5q8t1w4z7c0f3j6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@outloo
 k.com
DESCRIPTION:Hi Priya — I have some good news to share and would love to ta
 lk you through the offer details (base\\, bonus\\, equity\\, benefits\\, start 
 date). Written offer to follow by email after our call.\\n\\nKayla
LOCATION:Phone – I'll call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Northwind Health – offer call (Kayla / Priya)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("background-check", neg("4D6F8A0C-2E4B-4D6F-8A1C-3E5B7D9F1A28", "background-check-reminder-all-day"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251021T001000Z
DTEND;VALUE=DATE:20251023
DTSTAMP:20251021T001000Z
DTSTART;VALUE=DATE:20251022
SEQUENCE:0
SUMMARY:Certn background check for Northwind - finish consent + upload ID
TRANSP:TRANSPARENT
UID:4D6F8A0C-2E4B-4D6F-8A1C-3E5B7D9F1A28
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("conference-talk", neg("uxrconf-2025-speaker-session-118@sessionize.com", "conference-talk-about-interviewing-users"),
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sessionize//Sessionize Calendar//EN
METHOD:PUBLISH
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:uxrconf-2025-speaker-session-118@sessionize.com
DTSTAMP:20251001T100000Z
DTSTART;TZID=America/Toronto:20251113T143000
DTEND;TZID=America/Toronto:20251113T151000
SUMMARY:[Speaker] Interviewing clinicians in 5-minute windows – Priya Raman
DESCRIPTION:UXR North 2025 – Track B (Room 201). Speaker check-in 30 min b
 efore your slot at the AV desk. Slides on USB + clicker provided.
LOCATION:Toronto Reference Library\\, Bram & Bluma Appel Salon
END:VEVENT
END:VCALENDAR
""")

add("application-deadline", neg(
    "AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCw",
    "application-deadline-reminder-government-posting"), """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251001T230000Z
DESCRIPTION:GC Jobs – closes 23:59 Pacific! Screening questions need STAR e
 xamples for each essential qualification. Upload CV in EN + FR?\\n
DTEND;VALUE=DATE:20251015
DTSTAMP:20251001T230000Z
DTSTART;VALUE=DATE:20251014
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:CDS UX Research Mgr posting closes - apply!!
TRANSP:TRANSPARENT
UID:AAMkADk5ZjFiYTc0LTRlNWEtNGQ2Mi1hN2YzLTE0ZTZlMjBhOGQ5NwBGAAAAAAC7r4Qm2yXTS5mHh1Ji0hBVBwCw
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""")
