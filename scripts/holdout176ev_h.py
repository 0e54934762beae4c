"""holdout176 events, part H: more of Priya on the HIRING side at Carewell (all negatives)."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import neg

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


add("req-intake", neg("4b8f2j6n0r4v8z2d6h0l@google.com", "user-as-interviewer-intake-meeting"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250912T140000Z
DTEND:20250912T143000Z
DTSTAMP:20250912T120000Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:4b8f2j6n0r4v8z2d6h0l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Zainab Ali;X-NUM-GUESTS=0:mailto:zainab.ali@carewell.health
DESCRIPTION:Kick-off for the new Jr UXR req. Agenda: must-haves vs nice-to-
 haves\\, interview plan (screen → research exercise → panel)\\, who's on
  the loop\\, comp band\\, timeline. Priya = hiring manager.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intake: Junior UX Researcher (R&D-114)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("take-home-review-block", neg("E2A4C6E8-0B1D-4F3A-8C5E-7B9D1F3A5C70", "user-as-interviewer-take-home-review-block"),
    """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.raman@carewell.health
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251030T130000Z
DTEND:20251030T150000Z
DTSTAMP:20251201T120000Z
UID:E2A4C6E8-0B1D-4F3A-8C5E-7B9D1F3A5C70
CREATED:20251027T133015Z
DESCRIPTION:3 submissions for R&D-114 (Lina S.\\, Kofi A.\\, Mei T.) – use t
 he rubric in the hiring drive\\, blind to names if possible. Scores into GH
  by EOD.
LAST-MODIFIED:20251027T133015Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:🔒 Focus: grade take-homes (Jr UXR)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("panel-chair", neg("8c2g6k0o4s8w2a6e0i4m@google.com", "user-as-interviewer-chairs-final-panel"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251105T190000Z
DTEND:20251105T203000Z
DTSTAMP:20251105T120000Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:8c2g6k0o4s8w2a6e0i4m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Greer;X-NUM-GUESTS=0:mailto:hannah.greer@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dev Sharma;X-NUM-GUESTS=0:mailto:dev.sharma@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Ibe;X-NUM-GUESTS=0:mailto:marcus.ibe.design@gmail.com
DESCRIPTION:Panel: Priya (chair\\, research partnership)\\, Hannah (craft)\\, 
 Dev Sharma (eng partnership). Candidate joins at :05. Chair runs intros an
 d timekeeping and collects written feedback in GH before the debrief on Fr
 iday.\\n\\nhttps://carewell.zoom.us/j/84471209935
LOCATION:https://carewell.zoom.us/j/84471209935
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final panel – Senior Product Designer – Marcus Ibe (chair: Priy
 a)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("chat-candidate-gmail", neg("3d7h1l5p9t3x7b1f5j9n@google.com", "user-as-interviewer-candidate-on-free-mail"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250930T160000Z
DTEND:20250930T163000Z
DTSTAMP:20250930T120000Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:3d7h1l5p9t3x7b1f5j9n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Owen Park;X-NUM-GUESTS=0:mailto:owen.park.research@gmail.com
DESCRIPTION:Hi Owen — thanks for reaching out after the Research Ops meet
 up. Let's use this to talk about the contract researcher role on my team a
 nd your availability. Zoom below.\\n\\nPriya\\n\\nhttps://carewell.zoom.us/j/8
 9022316640
LOCATION:https://carewell.zoom.us/j/89022316640
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carewell | chat with Owen Park
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("rubric-calibration", neg("6f0j4n8r2v6z0d4h8l2p@google.com", "user-as-interviewer-rubric-calibration"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250916T180000Z
DTEND:20250916T190000Z
DTSTAMP:20250916T120000Z
ORGANIZER;CN=Hannah Greer:mailto:hannah.greer@carewell.health
UID:6f0j4n8r2v6z0d4h8l2p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Greer;X-NUM-GUESTS=0:mailto:hannah.greer@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellie Kwan;X-NUM-GUESTS=0:mailto:ellie.kwan@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Zainab Ali;X-NUM-GUESTS=0:mailto:zainab.ali@carewell.health
DESCRIPTION:We'll score two anonymised past exercise recordings together an
 d align on what a 3 vs a 4 looks like for "study design" and "synthesis". 
 Bring your interview kit notes.
LOCATION:TOR-4-Large
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibration: research exercise rubric (UXR loops)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("supervised-trial-day", neg("1a5e9i3m7q1u5y9c3g7k@google.com", "user-as-interviewer-supervises-trial-day"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251113T140000Z
DTEND:20251113T210000Z
DTSTAMP:20251113T120000Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:1a5e9i3m7q1u5y9c3g7k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kim Tran;X-NUM-GUESTS=0:mailto:kim.tran88@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Zainab Ali;X-NUM-GUESTS=0:mailto:zainab.ali@carewell.health
DESCRIPTION:Kim shadows the clinic recruitment workflow in the morning\\, ru
 ns participant scheduling for the diary study in the afternoon. Priya supe
 rvises and does the end-of-day check-in; feedback form to Zainab by Friday
 . Laptop: IT loaner #14.
LOCATION:Carewell – 4th floor research room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kim Tran – paid trial day (Research Ops Coordinator)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("reference-check-on-candidate", neg("5e9i3m7q1u5y9c3g7k1o@google.com", "user-as-interviewer-reference-check-on-candidate"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T193000Z
DTEND:20251015T200000Z
DTSTAMP:20251015T120000Z
ORGANIZER;CN=Priya Raman:mailto:priya.raman@carewell.health
UID:5e9i3m7q1u5y9c3g7k1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
DESCRIPTION:Use Talent's reference template. Ask about stakeholder mgmt + a
 utonomy. Ahmed's cell: 416-555-0128
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check – Samira K. / Ahmed Z. (her mgr at prev co)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("campus-day", neg("9i3m7q1u5y9c3g7k1o5s@google.com", "user-as-interviewer-campus-recruiting-interviews"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T150000Z
DTEND:20251118T220000Z
DTSTAMP:20251118T120000Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:9i3m7q1u5y9c3g7k1o5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Bellini;X-NUM-GUESTS=0:mailto:marco.bellini@carewell.health
DESCRIPTION:Priya + Marco at the table 10–2\\; 15-min interviews with shor
 tlisted students 2–5 in Room 230 (list from OCAD career centre). Bring s
 wag + QR code for the co-op posting.
LOCATION:OCAD University\\, 100 McCaul St\\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OCAD U Design Career Day – Carewell table + on-the-spot interview
 s
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("offer-sell-call", neg("2h6l0p4t8x2b6f0j4n8r@google.com", "user-as-interviewer-offer-sell-call"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T210000Z
DTEND:20251020T213000Z
DTSTAMP:20251020T120000Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:2h6l0p4t8x2b6f0j4n8r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Samira Khoury;X-NUM-GUESTS=0:mailto:samira.khoury.ux@gmail.com
DESCRIPTION:Zainab extends the offer at 4\\; I follow up to answer team/role
  questions and talk about the research roadmap. Don't discuss comp — rou
 te to Zainab.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Samira – close call (UXR offer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("entrevue-candidate-fr", neg("0g4k8o2s6w0a4e8i2m6q@google.com", "user-as-interviewer-french-entrevue-candidate"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251125T150000Z
DTEND:20251125T160000Z
DTSTAMP:20251125T120000Z
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
UID:0g4k8o2s6w0a4e8i2m6q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellie Kwan;X-NUM-GUESTS=0:mailto:ellie.kwan@carewell.health
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Camille Roy;X-NUM-GUESTS=0:mailto:camille.roy.ux@videotron.ca
DESCRIPTION:Bonjour Camille\\, voici l'invitation pour votre entrevue avec P
 riya Raman (chercheuse UX principale) et Ellie Kwan. L'entrevue se déroul
 era en anglais et en français.\\n\\nhttps://carewell.zoom.us/j/82013377590
LOCATION:https://carewell.zoom.us/j/82013377590
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Camille Roy – Chercheuse UX (bilingue\\, marché QC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("hm-screen-her-req", neg("greenhouse-interview-110388212-hm@carewell.health",
                             "user-as-interviewer-she-is-the-hiring-manager"), """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:greenhouse-interview-110388212-hm@carewell.health
DTSTAMP:20251017T143002Z
DTSTART;TZID=America/Toronto:20251022T150000
DTEND;TZID=America/Toronto:20251022T153000
SUMMARY:Hiring Manager Interview - Lina Sato - Junior UX Researcher
DESCRIPTION:Interviewer: Priya Raman (Hiring Manager)\\nCandidate: Lina Sato
 \\nJob: Junior UX Researcher (R&D-114)\\n\\nInterview kit: https://app.greenhou
 se.io/guides/4488120/people/99402017\\nScorecard: https://app.greenhouse.io/
 scorecards/new?application_id=110388212\\n\\nVideo: https://carewell.zoom.us/
 j/87745520163
LOCATION:https://carewell.zoom.us/j/87745520163
ORGANIZER;CN=Zainab Ali:mailto:zainab.ali@carewell.health
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman@carewell.health
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")
