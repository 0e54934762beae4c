"""holdout213 events: Bank of Canada, think tanks, Crown corporations."""

from holdout213ev_tz import EST, TOR

BOC = "Bank of Canada"
BOC_ROLE = "Senior Analyst, Financial System Policy"

EVENTS = []

EVENTS.append(dict(
    kind="ta-screen",
    uid="WD-INTV-8f2c1a90e3b74d5c9a61-0001@bankofcanada.myworkday.com",
    lab=(1, BOC, BOC_ROLE, "recruiter_screen", "lcarrier@bankofcanada.ca",
         "workday-utc-recruiter-screen-crown-bank"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-8f2c1a90e3b74d5c9a61-0001@bankofcanada.myworkday.com
DTSTAMP:20250915T174410Z
DTSTART:20250919T150000Z
DTEND:20250919T153000Z
SUMMARY:Interview: Priya Natarajan - Senior Analyst\, Financial System Policy (R-0004817)
DESCRIPTION:Interview Details\n\nCandidate: Priya Natarajan\nJob Requisiti
 on: R-0004817 Senior Analyst\, Financial System Policy\nInterview Type: T
 alent Acquisition Screen\nInterviewer: Louise Carrier\n\nLouise will call
  you on (613) 555-0148.\n\nThe Bank of Canada is committed to an inclusive
  and accessible recruitment process.
LOCATION:Phone
ORGANIZER;CN=Bank of Canada Recruitment:mailto:bankofcanada@myworkday.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Louise Carrier;ROLE=REQ-PARTICIPANT:mailto:LCarrier@bankofcanada.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="case-exercise",
    uid="WD-INTV-8f2c1a90e3b74d5c9a61-0002@bankofcanada.myworkday.com",
    lab=(1, BOC, BOC_ROLE, "technical", "mpelletier@bankofcanada.ca;swong@bankofcanada.ca",
         "workday-case-exercise-data-memo"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-8f2c1a90e3b74d5c9a61-0002@bankofcanada.myworkday.com
DTSTAMP:20250926T130221Z
DTSTART:20251001T140000Z
DTEND:20251001T160000Z
SUMMARY:Case Exercise - Priya Natarajan - R-0004817
DESCRIPTION:Interview Details\n\nCandidate: Priya Natarajan\nInterview Typ
 e: Case Exercise (virtual)\nInterviewers: Mathieu Pelletier\, Serena Wong
 \n\nYou will receive a data pack and a short question on non-bank financ
 ial intermediation at the start of the session. You will have 75 minutes
  to prepare a 2-page note\, followed by a 30-minute discussion of your fin
 dings with the interviewers.\n\nMicrosoft Teams: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_Qm9D@thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Bank of Canada Recruitment:mailto:bankofcanada@myworkday.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Mathieu Pelletier;ROLE=REQ-PARTICIPANT:mailto:MPelletier@bankofcanada.ca
ATTENDEE;CN=Serena Wong;ROLE=REQ-PARTICIPANT:mailto:SWong@bankofcanada.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="panel-wellington",
    uid="040000008200E00074C5B7101A82E0080000000011BOCAB21C7ADC010000000000000000100000009E8D7C6B5A49",
    lab=(1, BOC, BOC_ROLE, "onsite",
         "mpelletier@bankofcanada.ca;hgrant@bankofcanada.ca;dmbaye@bankofcanada.ca",
         "outlook-panel-coordinator-organizer-room"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dubois, Nadia":mailto:NDubois@bankofcanada.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pelletier, Ma
 thieu":mailto:MPelletier@bankofcanada.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grant, Helen"
 :mailto:HGrant@bankofcanada.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Mbaye, Davi
 d":mailto:DMbaye@bankofcanada.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="234W-4-Salle
  Coyne Room (8)":mailto:234W-4-Coyne@bankofcanada.ca
DESCRIPTION;LANGUAGE=en-CA:Hello Priya\,\n\nPlease find below the details f
 or your panel interview for the Senior Analyst\, Financial System Policy
  role.\n\nPanel: Mathieu Pelletier (Principal Researcher)\, Helen Grant (D
 irector\, FSD)\, David Mbaye (Senior Policy Advisor).\nFormat: 60 minutes\
 , competency-based and technical questions\, partly in French for the bil
 ingual requirement.\n\nAddress: 234 Wellington Street. Please go to the s
 ecurity desk at the East Tower entrance with government-issued photo ID\;
  I will meet you there.\n\nNadia Dubois\nRecruitment Coordinator\, Human
  Resources\n
UID:040000008200E00074C5B7101A82E0080000000011BOCAB21C7ADC010000000000000000100000009E8D7C6B5A49
SUMMARY;LANGUAGE=en-CA:Panel Interview - P. Natarajan - Sr Analyst FSD
DTSTART;TZID=Eastern Standard Time:20251014T100000
DTEND;TZID=Eastern Standard Time:20251014T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T153040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:234 Wellington St – 4th floor\, Coyne Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="md-final",
    uid="WD-INTV-8f2c1a90e3b74d5c9a61-0004@bankofcanada.myworkday.com",
    lab=(1, BOC, BOC_ROLE, "final", "ecampbell@bankofcanada.ca",
         "workday-final-managing-director-utc"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-8f2c1a90e3b74d5c9a61-0004@bankofcanada.myworkday.com
DTSTAMP:20251023T190055Z
DTSTART:20251029T193000Z
DTEND:20251029T200000Z
SUMMARY:Final Interview - Priya Natarajan - R-0004817
DESCRIPTION:Interview Details\n\nCandidate: Priya Natarajan\nInterview Typ
 e: Final Interview\nInterviewer: Elizabeth Campbell\, Managing Director\,
  Financial Stability Department\n\nMicrosoft Teams: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_RkluYWw@thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Bank of Canada Recruitment:mailto:bankofcanada@myworkday.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Elizabeth Campbell;ROLE=REQ-PARTICIPANT:mailto:ECampbell@bankofcanada.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="calendly-screen",
    uid="c2d9e41b-77af-4c0e-8a35-5d1f0b6e9a21",
    lab=(1, "C.D. Howe Institute", "Senior Policy Analyst, Fiscal and Tax Policy",
         "recruiter_screen", "swhitfield@cdhowe.org", "calendly-between-names-think-tank-screen"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c2d9e41b-77af-4c0e-8a35-5d1f0b6e9a21
DTSTAMP:20250922T141233Z
DTSTART:20250926T170000Z
DTEND:20250926T172500Z
SUMMARY:Priya Natarajan and Sarah Whitfield
DESCRIPTION:Event Name: Senior Policy Analyst – introductory call (25 min)
 \n\nLocation: This is a phone call. Sarah Whitfield will call the invitee
  at +1 613-555-0148\n\nNeed to make changes to this event?\nCancel: https
 ://calendly.com/cancellations/c2d9e41b\nReschedule: https://calendly.com/r
 eschedulings/c2d9e41b\n\nPowered by Calendly.com
LOCATION:+1 613-555-0148
ORGANIZER;CN=Sarah Whitfield:mailto:swhitfield@cdhowe.org
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="president-panel",
    uid="5n7u0qk3d8r1gmb2a9c6t4ve1h@google.com",
    lab=(1, "C.D. Howe Institute", "Senior Policy Analyst, Fiscal and Tax Policy", "final",
         "mdesrochers@cdhowe.org;akapoor@cdhowe.org;swhitfield@cdhowe.org",
         "think-tank-panel-with-president-toronto"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TOR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251021T140000
DTEND;TZID=America/Toronto:20251021T153000
DTSTAMP:20251008T163010Z
ORGANIZER;CN=Sarah Whitfield:mailto:swhitfield@cdhowe.org
UID:5n7u0qk3d8r1gmb2a9c6t4ve1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sarah Whitfield;X-NUM-GUESTS=0:mailto:swhitfield@cdhowe.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Michel Desrochers;X-NUM-GUESTS=0:mailto:mdesrochers@cdhowe.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Anita Kapoor;X-NUM-GUESTS=0:mailto:akapoor@cdhowe.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.natarajan.ott@gmail.com;X-NUM-GUESTS=0:mailto:priya.natarajan
 .ott@gmail.com
DESCRIPTION:Hi Priya\, looking forward to having you in Toronto. You'll mee
 t Michel Desrochers (President & CEO)\, Anita Kapoor (VP & Director of Re
 search) and me. Please prepare a 10-minute talk: "Three things the next f
 ederal budget should do on business tax competitiveness". We'll reimburse
  your VIA fare – keep the receipt.\n\n67 Yonge St\, Suite 300.
CREATED:20251008T162944Z
LAST-MODIFIED:20251008T163010Z
LOCATION:C.D. Howe Institute\, 67 Yonge St Suite 300\, Toronto\, ON M5E 1J8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Panel – Senior Policy Analyst (Fiscal & Tax) – Priya Natarajan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="intro-call",
    uid="1b8v5hq0p2m7lk9d3w6f4c0r2e@google.com",
    lab=(1, "Public Policy Forum", "Director, Policy", "recruiter_screen",
         "jmackenzie@ppforum.ca", "google-meet-first-conversation-people-culture"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250924T183000Z
DTEND:20250924T190000Z
DTSTAMP:20250918T201015Z
ORGANIZER;CN=Jordan MacKenzie:mailto:jmackenzie@ppforum.ca
UID:1b8v5hq0p2m7lk9d3w6f4c0r2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan MacKenzie;X-NUM-GUESTS=0:mailto:jmackenzie@ppforum.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.natarajan.ott@gmail.com;X-NUM-GUESTS=0:mailto:priya.natarajan
 .ott@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ppf-kqzt-wnd
DESCRIPTION:First conversation re: Director\, Policy (PPF). Jordan – People
  & Culture.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/ppf-k
 qzt-wnd\nOr dial: (CA) +1 647-735-2081 PIN: 418 223 905#\n-::~:~::~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
CREATED:20250918T201001Z
LAST-MODIFIED:20250918T201015Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya / Jordan (PPF) – first conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="round-two",
    uid="7h2s9kd1c4p0aq6ft3m8nb5ye2@google.com",
    lab=(1, "Public Policy Forum", "Director, Policy", "onsite",
         "egauthier@ppforum.ca;bokeke@ppforum.ca",
         "think-tank-round-two-presentation-meet"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TOR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251008T100000
DTEND;TZID=America/Toronto:20251008T113000
DTSTAMP:20250930T141144Z
ORGANIZER;CN=Jordan MacKenzie:mailto:jmackenzie@ppforum.ca
UID:7h2s9kd1c4p0aq6ft3m8nb5ye2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Étienne Gauthier;X-NUM-GUESTS=0:mailto:egauthier@ppforum.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Blessing Okeke;X-NUM-GUESTS=0:mailto:bokeke@ppforum.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan MacKenzie;X-NUM-GUESTS=0:mailto:jmackenzie@ppforum.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.natarajan.ott@gmail.com;X-NUM-GUESTS=0:mailto:priya.natarajan
 .ott@gmail.com
DESCRIPTION:Round 2 for Director\, Policy. 15-min presentation on a conveni
 ng concept (your choice of topic) + conversation with Étienne (EVP) and Bl
 essing (Director\, Research). Jordan will just get you set up.\n\nIn pers
 on: 1400-130 Albert St\, Ottawa.
LOCATION:PPF office\, 130 Albert St\, Suite 1400
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PPF – round 2 (Priya Natarajan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
