"""holdout176 events, part A: Northwind Health, Maplepay, Harbourfront Bank."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import iv

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


# Northwind Health: Greenhouse-scheduled, sent from the recruiter's Google Calendar.
add("greenhouse-screen", iv(
    "3q8vn1d7k2c0b5hcl6m4p1e9rt@google.com", "Northwind Health", "Senior UX Research Lead",
    "recruiter_screen", "kayla.obrien@northwindhealth.com", "greenhouse-google-zoom-recruiter-screen"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250916T180000Z
DTEND:20250916T183000Z
DTSTAMP:20250911T153212Z
ORGANIZER;CN=Kayla O'Brien:mailto:kayla.obrien@northwindhealth.com
UID:3q8vn1d7k2c0b5hcl6m4p1e9rt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kayla O'Brien;X-NUM-GUESTS=0:mailto:kayla.obrien@northwindhealth.com
X-MICROSOFT-CDO-OWNERAPPTID:-1728734109
CREATED:20250911T153211Z
DESCRIPTION:Hi Priya\\,\\n\\nThanks so much for applying to the Senior UX Res
 earch Lead role at Northwind Health! This is a 30-minute intro call with m
 e to talk through your background\\, what you're looking for and how our p
 rocess works.\\n\\nJoin Zoom Meeting\\nhttps://northwindhealth.zoom.us/j/8
 4412093375?pwd=bE1xR0hCa3ZqT1dzUkp\\nMeeting ID: 844 1209 3375\\nPasscode:
  228431\\n\\nTalk soon\\,\\nKayla O'Brien\\nTalent Partner\\, Northwind Health
 \\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nInvi
 tation from Google Calendar: https://calendar.google.com/calendar/\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250911T153211Z
LOCATION:https://northwindhealth.zoom.us/j/84412093375?pwd=bE1xR0hCa3ZqT1dz
 UkpI
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Raman // Northwind Health – Intro call (Senior UX Research Lea
 d)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("portfolio-presentation", iv(
    "6fj2ah0q4rt2m1s7g9kq2d4c3v@google.com", "Northwind Health", "Senior UX Research Lead", "onsite",
    "dana.whitfield@northwindhealth.com;omar.haddad@northwindhealth.com;lucy.cheng@northwindhealth.com",
    "greenhouse-coordinator-portfolio-presentation-loop"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T170000Z
DTEND:20251002T190000Z
DTSTAMP:20250924T201544Z
ORGANIZER;CN=Ben Alvarez:mailto:ben.alvarez@northwindhealth.com
UID:6fj2ah0q4rt2m1s7g9kq2d4c3v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@northwindhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Omar Haddad;X-NUM-GUESTS=0:mailto:omar.haddad@northwindhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=Lucy Cheng;X-NUM-GUESTS=0:mailto:lucy.cheng@northwindhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ben Alvarez;X-NUM-GUESTS=0:mailto:ben.alvarez@northwindhealth.com
CREATED:20250924T201543Z
DESCRIPTION:Hi Priya\\,\\n\\nHere are the details for your portfolio present
 ation with the Northwind Health design team.\\n\\n1:00 – 1:45 pm  Research 
 portfolio presentation (Dana Whitfield\\, Director of Design\\; Omar Haddad\\
 , Group PM\\; Lucy Cheng\\, Research Manager)\\n1:45 – 2:00 pm  Break\\n2:00
  – 2:45 pm  Q&A and collaboration deep-dive (same group)\\n2:45 – 3:00 pm 
  Your questions for us\\n\\nPlease prepare ~30 minutes on one or two projec
 ts where research changed a product decision. Slides are welcome — you'll
  share your own screen in Meet.\\n\\nI'm your point of contact if anything 
 comes up.\\nBen Alvarez\\, Recruiting Coordinator\\n\\nJoin with Google Meet
 : https://meet.google.com/pvd-qxwe-hjt\\nJoin by phone: (CA) +1 647-736-31
 84 PIN: 905 331 728#
LAST-MODIFIED:20250924T201543Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Northwind Health – Portfolio Presentation: Priya Raman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("final-vp", iv(
    "1kbl0s9v1hq6vtr8a3f2u7n0gm@google.com", "Northwind Health", "Senior UX Research Lead", "final",
    "marisol.vega@northwindhealth.com", "greenhouse-final-with-vp-recruiter-organizer"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251014T143000Z
DTEND:20251014T151500Z
DTSTAMP:20251008T134501Z
ORGANIZER;CN=Kayla O'Brien:mailto:kayla.obrien@northwindhealth.com
UID:1kbl0s9v1hq6vtr8a3f2u7n0gm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:marisol.vega@northwindhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kayla O'Brien;X-NUM-GUESTS=0:mailto:kayla.obrien@northwindhealth.com
CREATED:20251008T134500Z
DESCRIPTION:Final step! 45 minutes with Marisol Vega\\, VP Product. This is
  a conversation about leadership\\, how you'd build out the research pract
 ice over the first year\\, and how you partner with clinical teams. No pre
 p materials needed.\\n\\n(Kayla is added as optional for scheduling only.)\\
 n\\nhttps://northwindhealth.zoom.us/j/81977300412
LAST-MODIFIED:20251008T134500Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Raman / Marisol Vega – final conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

# Maplepay: Lever.
add("lever-phone-screen", iv(
    "lever-interview-6d1f0b4a-91e2-4c55-b3f7-0e2d6a9c1f33", "Maplepay", "UX Research Manager",
    "recruiter_screen", "rachel.kim@maplepay.ca", "lever-phone-screen-recruiter-calls-you"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:lever-interview-6d1f0b4a-91e2-4c55-b3f7-0e2d6a9c1f33
DTSTAMP:20250912T140233Z
DTSTART;TZID=America/Toronto:20250918T110000
DTEND;TZID=America/Toronto:20250918T113000
SUMMARY:Phone Screen: Priya Raman <> Maplepay (UX Research Manager)
LOCATION:Phone - Rachel will call you at +1 (416) 555-0178
DESCRIPTION:Hi Priya\\,\\n\\nYou're confirmed for a phone screen for the UX R
 esearch Manager position at Maplepay.\\n\\nInterviewer: Rachel Kim\\, Senior
  Technical Recruiter\\nDuration: 30 minutes\\n\\nRachel will call you at the
  number on your application. If you need to reschedule\\, just reply to th
 is email.\\n\\nScheduled with Lever
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@maplepay.ca
ATTENDEE;CN=Rachel Kim;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachel.kim@maplepay.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("hiring-manager", iv(
    "5ur0a7m8b2cbi4h2v6dq1s9klo@google.com", "Maplepay", "UX Research Manager", "hiring_manager",
    "tom.becker@maplepay.ca", "lever-hiring-manager-original-before-reschedule"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250925T190000Z
DTEND:20250925T194500Z
DTSTAMP:20250919T171050Z
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@maplepay.ca
UID:5ur0a7m8b2cbi4h2v6dq1s9klo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Becker;X-NUM-GUESTS=0:mailto:tom.becker@maplepay.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman.ux@outlook.com
CREATED:20250919T171049Z
DESCRIPTION:Interview with Tom Becker\\, Director of Design. Tom leads the 
 design and research org at Maplepay and this role reports to him.\\n\\nGoog
 le Meet: https://meet.google.com/kzt-fbwr-ovu\\n\\n---\\nScheduled via Leve
 r. Need to make a change? Reply to Rachel.
LAST-MODIFIED:20250919T171049Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Priya Raman <> Maplepay – Hiring Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("hiring-manager-moved", iv(
    "5ur0a7m8b2cbi4h2v6dq1s9klo@google.com", "Maplepay", "UX Research Manager", "hiring_manager",
    "tom.becker@maplepay.ca", "lever-hiring-manager-rescheduled-higher-sequence"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250929T200000Z
DTEND:20250929T204500Z
DTSTAMP:20250924T152218Z
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@maplepay.ca
UID:5ur0a7m8b2cbi4h2v6dq1s9klo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Becker;X-NUM-GUESTS=0:mailto:tom.becker@maplepay.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman.ux@outlook.com
CREATED:20250919T171049Z
DESCRIPTION:*Moved to Monday at Tom's request — apologies for the shuffle!*
 \\n\\nInterview with Tom Becker\\, Director of Design. Tom leads the design a
 nd research org at Maplepay and this role reports to him.\\n\\nGoogle Meet:
  https://meet.google.com/kzt-fbwr-ovu\\n\\n---\\nScheduled via Lever. Need t
 o make a change? Reply to Rachel.
LAST-MODIFIED:20250924T152218Z
LOCATION:Google Meet
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview: Priya Raman <> Maplepay – Hiring Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("research-case-study", iv(
    "lever-interview-b83c2e70-1a4d-4f0e-9d6b-55aa20c7e419", "Maplepay", "UX Research Manager", "technical",
    "tom.becker@maplepay.ca;aisha.grant@maplepay.ca;lin.zhou@maplepay.ca",
    "lever-research-case-study-panel"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:lever-interview-b83c2e70-1a4d-4f0e-9d6b-55aa20c7e419
DTSTAMP:20251001T183015Z
DTSTART;TZID=America/Toronto:20251008T130000
DTEND;TZID=America/Toronto:20251008T143000
SUMMARY:Maplepay | Research Case Study – Priya Raman
LOCATION:Maplepay HQ\\, 200 Wellington St W\\, 9th floor (or Google Meet)
DESCRIPTION:Agenda\\n• 45 min – you present a research case study of your c
 hoice (problem\\, approach\\, what changed because of it)\\n• 30 min – Q&A w
 ith the panel\\n• 15 min – your questions\\n\\nPanel: Tom Becker (Director o
 f Design)\\, Aisha Grant (Group Product Manager)\\, Lin Zhou (Staff Product D
 esigner)\\n\\nAsk for Rachel at reception. Remote backup: https://meet.googl
 e.com/ahd-mwnc-prx\\n\\nScheduled with Lever
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@maplepay.ca
ATTENDEE;CN=Tom Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.becker@maplepay.ca
ATTENDEE;CN=Aisha Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aisha.grant@maplepay.ca
ATTENDEE;CN=Lin Zhou;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:lin.zhou@maplepay.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

# Harbourfront Bank: Workday, then an Exchange panel sent by an EA.
add("workday-phone-screen", iv(
    "WD-INTERVIEW-7f2c91b0e4d84a22b6ab3c1e90d5f617@harbourfrontbank.wd3.myworkdayjobs.com", "Harbourfront Bank",
    "Senior Manager, UX Research", "recruiter_screen", "nicole.tremblay@harbourfrontbank.com",
    "workday-no-reply-organizer-ta-partner-phone"), """BEGIN:VCALENDAR
PRODID:-//Workday\\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f2c91b0e4d84a22b6ab3c1e90d5f617@harbourfrontbank.wd3.myworkdayjobs.com
DTSTAMP:20250930T121502Z
DTSTART:20251006T133000Z
DTEND:20251006T140000Z
SUMMARY:Interview: Senior Manager\\, UX Research (R-0048213) - Phone Screen
DESCRIPTION:Candidate: Priya Raman\\nJob Requisition: R-0048213 Senior Manag
 er\\, UX Research (Open)\\nInterview Type: Phone Screen\\nInterviewer(s): Ni
 cole Tremblay\\nLocation: Phone\\n\\nNicole will call you at +1 416-555-0119
 . Please have your availability and salary expectations ready.\\n\\nThis is
  an automated message from Workday. Please do not reply.
LOCATION:Phone
ORGANIZER;CN=Harbourfront Bank Talent Acquisition:mailto:harbourfrontbank@myworkday.com
ATTENDEE;CN=Nicole Tremblay;ROLE=REQ-PARTICIPANT:mailto:nicole.tremblay@harbourfrontbank.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("exchange-panel", iv(
    "040000008200E00074C5B7101A82E00800000000B0A3F1D8E431DC01000000000000000010000000C8E0A7F5E7B54A4F9B6D2E3A1C9F8B77",
    "Harbourfront Bank", "Sr Mgr UX Research", "onsite",
    "michelle.tran@harbourfrontbank.com;arjun.mehta@harbourfrontbank.com;sophie.lefebvre@harbourfrontbank.com",
    "exchange-sent-by-ea-room-resource-panel"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tran, Michelle";SENT-BY="mailto:olivia.santos@harbourfrontbank.com":mailto:michelle.tran@harbourfrontbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mehta, Arjun":mailto:arjun.mehta@harbourfrontbank.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefebvre, Sophie":mailto:sophie.lefebvre@harbourfrontbank.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Santos, Olivia":mailto:olivia.santos@harbourfrontbank.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TOR-HFT-22-Harbour Room (10) Teams":mailto:tor-hft-22-harbour@harbourfrontbank.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="AV Cart 22F":mailto:av.cart.22f@harbourfrontbank.com
DESCRIPTION;LANGUAGE=en-US:Hello Priya\\,\\n\\nOn behalf of Michelle Tran\\, V
 P Digital Experience\\, please find below the details for your panel inter
 view for the Senior Manager\\, UX Research role (R-0048213).\\n\\nPanel:\\nMic
 helle Tran – VP Digital Experience (hiring manager)\\nArjun Mehta – Directo
 r\\, Digital Product\\, Personal Banking\\nSophie Lefebvre – Manager\\, Accessi
 bility & Inclusive Design\\n\\nPlease check in with security at 88 Queens Qu
 ay W\\, 22nd floor\\, 10 minutes early with government-issued photo ID. Sho
 uld you need to join remotely\\, use the Teams link below.\\n\\nKind regards
 \\,\\nOlivia Santos\\nExecutive Assistant to Michelle Tran\\n\\n______________
 __________________________________________________________________\\nMicros
 oft Teams Need help?\\nJoin the meeting now\\nMeeting ID: 263 771 902 418\\nP
 asscode: 7Xq2Vb\\n________________________________________________________
 ________________________\\n
UID:040000008200E00074C5B7101A82E00800000000B0A3F1D8E431DC01000000000000000010000000C8E0A7F5E7B54A4F9B6D2E3A1C9F8B77
SUMMARY;LANGUAGE=en-US:Panel Interview - Priya Raman - Sr Mgr UX Research
DTSTART;TZID=Eastern Standard Time:20251021T140000
DTEND;TZID=Eastern Standard Time:20251021T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T190348Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR-HFT-22-Harbour Room (10) Teams; Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124019811
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"TOR-HFT-22-Harbour Room (10) Teams"\\,"LocationAnnotation":""\\,"LocationUri":"tor-hft-22-harbour@harbourfrontbank.com"\\,"LocationSource":"None"}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""")

