"""holdout142: own interviews with a Calgary private surgical centre and a health-tech start-up (raw iCalendar text)."""

from holdout142ev_tz import EDMONTON

EVENTS = [
    dict(
        kind="workable-onsite",
        uid="workable-ev-4f0e92b1c37a@workable.com",
        iv=1, company="Bow River Surgical Centre", role="Nurse Manager, Perioperative Services", stage="",
        who="raj.malhotra@bowriversurgical.ca;lindsay@bowriversurgical.ca",
        trap="workable-private-surgical-centre",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:workable-ev-4f0e92b1c37a@workable.com
DTSTAMP:20251104T201555Z
DTSTART;TZID=America/Edmonton:20251113T160000
DTEND;TZID=America/Edmonton:20251113T164500
SUMMARY:Interview: Jasmine Okoro for Nurse Manager\, Perioperative Services
DESCRIPTION:Hello Jasmine\,\n\nThis is to confirm your interview with Bow R
 iver Surgical Centre.\n\nWith: Dr. Raj Malhotra (Medical Director)\, Linds
 ay Cheng (Operations)\nWhere: 2nd floor\, 4900 Bow Valley Trail SW\n\nLook
 ing forward to meeting you!\n\n--\nSent via Workable
LOCATION:Bow River Surgical Centre\, 4900 Bow Valley Trail SW\, Calgary
ORGANIZER;CN=Lindsay Cheng:mailto:lindsay@bowriversurgical.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Raj Malhotra;ROLE=REQ-PARTICIPANT:mailto:raj.malhotra@bowriversurgical.ca
ATTENDEE;CN=Lindsay Cheng;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lindsay@bowriversurgical.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="6f2hb1ph3o8tq0v4ar9gk3ce5m@google.com",
        iv=1, company="Simwise Health", role="Clinical Education Lead", stage="hiring_manager",
        who="nadia.haddad.rn@gmail.com",
        trap="founder-on-gmail-chat-wording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20251015T190000
DTEND;TZID=America/Edmonton:20251015T194500
DTSTAMP:20251010T032911Z
ORGANIZER;CN=Nadia Haddad:mailto:nadia.haddad.rn@gmail.com
UID:6f2hb1ph3o8tq0v4ar9gk3ce5m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jasmine.okoro@shaw.ca;X-NUM-GUESTS=0:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Haddad;X-NUM-GUESTS=0:mailto:nadia.haddad.rn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/kzp-wqrt-hfx
CREATED:20251010T032910Z
DESCRIPTION:Hi Jasmine! Loved your note about running sim with new grads.
 We're 4 people\, building VR sim scenarios for critical care and I need s
 omeone to own clinical education (the Clinical Education Lead role on our
  Wellfound page). Evenings work best for me since I still pick up shifts
  :) Let's chat.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kzp-wqrt
 -hfx\nOr dial: (CA) +1 647-736-3184 PIN: 882 311 045#\n-::~:~::~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251010T032911Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jasmine <> Nadia (Simwise)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-case",
        uid="b7Xq2mLwP9s4Ke1vNz3T@Cal.com",
        iv=1, company="Simwise Health", role="Clinical Education Lead", stage="technical",
        who="nadia.haddad.rn@gmail.com;ben@simwise.health",
        trap="calcom-scenario-design-exercise",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b7Xq2mLwP9s4Ke1vNz3T@Cal.com
SUMMARY:Scenario walkthrough between Nadia Haddad and Jasmine Okoro
DTSTAMP:20251022T184400Z
DTSTART:20251028T013000Z
DTEND:20251028T023000Z
DESCRIPTION:What: Scenario walkthrough\nInvitee Time Zone: America/Edmonto
 n\nWho:\n- Nadia Haddad - Organizer\n- Ben Zhou - Guest\n- Jasmine Okoro\n
 \nAdditional notes: Please bring the sepsis-to-septic-shock scenario you b
 uilt as the take-home (learning objectives\, branching\, debrief questions
 ) and walk us through it like we're your learners. 60 min.\n\nWhere: Cal V
 ideo https://app.cal.com/video/b7Xq2mLwP9s4Ke1vNz3T
LOCATION:https://app.cal.com/video/b7Xq2mLwP9s4Ke1vNz3T
ORGANIZER;CN=Nadia Haddad:mailto:nadia.haddad.rn@gmail.com
ATTENDEE;CN=Jasmine Okoro;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Ben Zhou;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ben@simwise.health
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
