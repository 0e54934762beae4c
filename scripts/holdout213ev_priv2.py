"""holdout213 events: Ontario, City of Ottawa, tech and consulting firms, a Berlin startup."""

from holdout213ev_tz import BER, EST, TOR

WS = "Wealthsimple"
NW = "Netzwende"

EVENTS = []

EVENTS.append(dict(
    kind="ops-interview",
    uid="040000008200E00074C5B7101A82E00800000000OPS5F22918A4DC0100000000000000001000000018273645ABCD",
    lab=(1, "Ontario Ministry of Finance", "Senior Policy Advisor", "onsite",
         "meghan.obrien@ontario.ca;kevin.liu@ontario.ca",
         "ontario-public-service-scenario-review-then-panel"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Brien, Meghan (FIN)":mailto:Meghan.OBrien@ontario.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Liu, Kevin (F
 IN)":mailto:Kevin.Liu@ontario.ca
DESCRIPTION;LANGUAGE=en-CA:Job ID 229876 – Senior Policy Advisor\, Office o
 f Economic Policy\, Ministry of Finance (Ontario Public Service)\n\nThank
  you for your interest. The interview will be 75 minutes: 15 minutes to r
 eview a scenario (sent by e-mail at the start time)\, then 60 minutes with
  the panel. Panel: Meghan O'Brien (Manager) and Kevin Liu (Senior Econom
 ist).\n\nJoin the meeting now: https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_T1BT@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000OPS5F22918A4DC0100000000000000001000000018273645ABCD
SUMMARY;LANGUAGE=en-CA:Interview – Job ID 229876 – Sr Policy Advisor – P. Natarajan
DTSTART;TZID=Eastern Standard Time:20251124T094500
DTEND;TZID=Eastern Standard Time:20251124T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T193025Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="city-hall",
    uid="taleo-ottawa-req2502187-int-0044@ottawa.ca",
    lab=(1, "City of Ottawa", "Program Manager, Economic Development Policy", "onsite",
         "nicole.lavoie@ottawa.ca;bruce.armstrong@ottawa.ca",
         "municipal-taleo-in-person-city-hall"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:taleo-ottawa-req2502187-int-0044@ottawa.ca
DTSTAMP:20251110T151533Z
DTSTART:20251125T140000Z
DTEND:20251125T153000Z
SUMMARY:City of Ottawa - Interview - Program Manager\, Economic Development Policy (2502187)
DESCRIPTION:Dear Priya Natarajan\,\n\nYou are invited to attend an intervi
 ew for Program Manager\, Economic Development Policy\, Planning\, Real Est
 ate and Economic Development Department.\n\nLocation: Ottawa City Hall\, 11
 0 Laurier Avenue West\, 3rd floor\, Honeywell Room. Please report to Clien
 t Service Centre.\nInterview panel: Nicole Lavoie (Director)\, Bruce Armst
 rong (Manager). A written component (30 min) precedes the panel.\n\nCity
  of Ottawa | Ville d'Ottawa - Talent Acquisition
LOCATION:110 Laurier Ave W\, Honeywell Room
ORGANIZER;CN=City of Ottawa Recruitment:mailto:no-reply-recruitment@ottawa.ca
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="greenhouse-screen",
    uid="greenhouse-interview-61870533-4002@greenhouse.io",
    lab=(1, WS, "Policy Lead", "recruiter_screen", "hannah.berg@wealthsimple.com",
         "greenhouse-recruiter-screen-google-meet"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-61870533-4002@greenhouse.io
DTSTAMP:20251015T203310Z
DTSTART:20251020T190000Z
DTEND:20251020T193000Z
SUMMARY:Priya Natarajan <> Wealthsimple - Recruiter Screen
DESCRIPTION:Hi Priya\,\n\nLooking forward to our chat about the Policy Lea
 d role on the Legal & Regulatory team. We'll cover your background\, what
  you're looking for\, and logistics.\n\nHannah Berg\, Talent\n\nJoin with G
 oogle Meet: https://meet.google.com/wsx-pqla-trm
LOCATION:https://meet.google.com/wsx-pqla-trm
ORGANIZER;CN=Hannah Berg:mailto:hannah.berg@wealthsimple.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Hannah Berg;ROLE=REQ-PARTICIPANT:mailto:hannah.berg@wealthsimple.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="greenhouse-hm",
    uid="greenhouse-interview-61870533-4117@greenhouse.io",
    lab=(1, WS, "Policy Lead", "hiring_manager", "marcus.lee@wealthsimple.com",
         "greenhouse-hiring-manager-no-reply-organizer"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-61870533-4117@greenhouse.io
DTSTAMP:20251023T165502Z
DTSTART:20251028T200000Z
DTEND:20251028T204500Z
SUMMARY:Interview with Wealthsimple: Hiring Manager - Policy Lead
DESCRIPTION:Interviewer: Marcus Lee\, Head of Regulatory Affairs\n\nPlease
  be prepared to discuss a recent federal consultation you contributed to a
 nd how you'd prioritize our engagement on open banking.\n\nGoogle Meet: ht
 tps://meet.google.com/hmq-ostu-xyz\n\nSent via Greenhouse. Please do not r
 eply to this e-mail.
LOCATION:Google Meet
ORGANIZER;CN=Wealthsimple Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Marcus Lee;ROLE=REQ-PARTICIPANT:mailto:Marcus.Lee@wealthsimple.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="ashby-case",
    uid="ashby-4a1e0c77-2b9d-4f6a-8e3c-5d2b1a0f9c88",
    lab=(1, "Cohere", "Public Policy Manager", "technical",
         "tamara@cohere.com;julien.roy@cohere.com", "ashby-policy-case-study-x-separator"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-4a1e0c77-2b9d-4f6a-8e3c-5d2b1a0f9c88
DTSTAMP:20251104T154040Z
DTSTART:20251112T163000Z
DTEND:20251112T173000Z
SUMMARY:Priya Natarajan x Cohere | Policy Case Study
DESCRIPTION:Policy Case Study (60 min) for the Public Policy Manager role.\
 n\nInterviewers: Tamara Ostrowski (Head of Public Policy)\, Julien Roy (Se
 nior Policy Advisor)\n\nYou'll get a short brief on a proposed AI regulati
 on 24 hours in advance. Come ready to present a position and an engageme
 nt plan.\n\nZoom: https://cohere.zoom.us/j/93402217765?pwd=Q29oZXJl\n\nSc
 heduled via Ashby
LOCATION:Zoom
ORGANIZER;CN=Cohere Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Tamara Ostrowski:mailto:tamara@cohere.com
ATTENDEE;CN=Julien Roy:mailto:julien.roy@cohere.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="case-interview",
    uid="040000008200E00074C5B7101A82E00800000000DLTGPS1B2C3DC0100000000000000001000000031415926ABCD",
    lab=(1, "Deloitte", "Manager, Economic Policy (Government & Public Services)", "technical",
         "rsaini@deloitte.ca", "consulting-case-interview-outlook-sender-is-interviewer"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TOR + r"""BEGIN:VEVENT
ORGANIZER;CN="Saini, Rohan (CA - Ottawa)":mailto:rsaini@deloitte.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priya – as discussed with Talent\, this is t
 he case interview for the Manager\, Economic Policy role in our GPS pract
 ice. I'll present a client situation (a provincial ministry redesigning a
  business support program) and we'll work through it together – structure
 \, estimates\, recommendations. No prep needed.\n\nRohan Saini\, Senior Ma
 nager\, Economic Advisory\n\nJoin Microsoft Teams Meeting\n+1 613-686-4812
    Conference ID: 118 774 309#\n
UID:040000008200E00074C5B7101A82E00800000000DLTGPS1B2C3DC0100000000000000001000000031415926ABCD
SUMMARY;LANGUAGE=en-US:Deloitte - Case Interview - Priya Natarajan
DTSTART;TZID=America/Toronto:20251106T080000
DTEND;TZID=America/Toronto:20251106T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T224107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="vorstellungsgespraech",
    uid="personio-interview-9921843-1@netzwende.jobs.personio.de",
    lab=(1, NW, "Head of Public Policy Canada", "recruiter_screen",
         "lena.hoffmann@netzwende.de", "german-personio-first-interview-berlin-tz"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BER + r"""BEGIN:VEVENT
UID:personio-interview-9921843-1@netzwende.jobs.personio.de
DTSTAMP:20251016T091200Z
DTSTART;TZID=Europe/Berlin:20251022T160000
DTEND;TZID=Europe/Berlin:20251022T164500
SUMMARY:Vorstellungsgespräch: Head of Public Policy Canada (m/w/d) – Priya Natarajan
DESCRIPTION:Hallo Priya\,\n\nvielen Dank für deine Bewerbung bei der Netzwe
 nde GmbH! Wir freuen uns\, dich im Rahmen eines ersten Kennenlernens (ca.
  45 Min.) per Google Meet besser kennenzulernen. Das Gespräch führt Lena
  Hoffmann (Talent Acquisition). Das Gespräch kann gerne auf Englisch statt
 finden.\n\nBitte beachte: 16:00 Uhr MESZ = 10:00 Uhr in Ottawa.\n\nLink: h
 ttps://meet.google.com/nwd-hpck-cda\n\nViele Grüße\nDein Netzwende People
  Team
LOCATION:Google Meet
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@netzwende.de
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="zweitgespraech",
    uid="personio-interview-9921843-2@netzwende.jobs.personio.de",
    lab=(1, NW, "Head of Public Policy Canada", "final",
         "katrin.vogel@netzwende.de;jonas.weber@netzwende.de",
         "german-final-round-founders-utc-after-dst"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-9921843-2@netzwende.jobs.personio.de
DTSTAMP:20251105T103015Z
DTSTART:20251111T150000Z
DTEND:20251111T160000Z
SUMMARY:Finales Gespräch mit den Gründer:innen – Head of Public Policy Canada
DESCRIPTION:Hallo Priya\,\n\nim finalen Gespräch lernst du unsere Gründer:in
 nen Katrin Vogel (CEO) und Jonas Weber (CTO) kennen. Bitte bereite eine k
 urze Präsentation (10 Min.\, Englisch) vor: "Our first 12 months of polic
 y engagement in Canada – grid interconnection and the Clean Electricity R
 egulations".\n\n16:00 Uhr MEZ / 10:00 a.m. Ottawa\n\nGoogle Meet: https://m
 eet.google.com/nwd-fnal-gsp\n\nViele Grüße\nLena
LOCATION:Google Meet
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@netzwende.de
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Katrin Vogel:mailto:katrin.vogel@netzwende.de
ATTENDEE;CN=Jonas Weber:mailto:jonas.weber@netzwende.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))
