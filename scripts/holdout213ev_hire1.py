"""holdout213 negatives: Priya on the hiring side at ISED (EC-03 selection board, part 1)."""

from holdout213ev_tz import EST, TOR

EVENTS = []

EVENTS.append(dict(
    kind="board-day",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03B0A1DC010000000000000000100000001111AAAA2222",
    lab=(0, "", "", "", "", "user-as-interviewer-ec03-board-day-hr-advisor-invite"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hamelin, Stép
 hane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISED-235QW-10-
 1043 (8) Hybrid":mailto:ised-235qw-10-1043@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Board members: Stéphane Hamelin (chair)\, Priya N
 atarajan.\n\n09:00 – C-07\n10:30 – C-12\n13:00 – C-03\n14:30 – C-19\n\nRat
 ing guides and candidate files are in GCdocs > SPS > Staffing > 25-ISED-E
 A-SPS-204118 > Board Day 1. Please don't print the candidate files.\n\nAnn
 ie Dupuis\, HR Advisor\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03B0A1DC010000000000000000100000001111AAAA2222
SUMMARY;LANGUAGE=en-CA:EC-03 Policy Analyst – interviews Day 1 (4 candidates)
DTSTART;TZID=Eastern Standard Time:20251020T084500
DTEND;TZID=Eastern Standard Time:20251020T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T185500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:235 Queen St\, 10th floor\, room 1043 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="marking-block",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03MRK1DC0100000000000000001000000033334444BBBB",
    lab=(0, "", "", "", "", "user-as-interviewer-recurring-exam-marking-with-override"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hamelin, Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Natarajan, Pr
 iya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Blind marking of the EC-03 written exam (Q1-Q3)
 . 38 copies. Each copy marked by two of us independently\; reconcile in
  the Thursday slot. Marking grid in GCdocs.\n
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03MRK1DC0100000000000000001000000033334444BBBB
SUMMARY;LANGUAGE=en-CA:EC-03 exam marking (blind)
DTSTART;TZID=Eastern Standard Time:20250930T130000
DTEND;TZID=Eastern Standard Time:20250930T160000
CLASS:PUBLIC
DTSTAMP:20250924T140012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Hamelin office / 1038
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Hamelin, Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Natarajan, Pr
 iya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
RECURRENCE-ID;TZID=Eastern Standard Time:20251007T130000
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03MRK1DC0100000000000000001000000033334444BBBB
SUMMARY;LANGUAGE=en-CA:EC-03 exam marking (blind) – moved (ADM bilat)
DTSTART;TZID=Eastern Standard Time:20251008T090000
DTEND;TZID=Eastern Standard Time:20251008T120000
DTSTAMP:20251003T110455Z
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="consensus-rating",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03CNS1DC01000000000000000010000000CCCC5555DDDD",
    lab=(0, "", "", "", "", "user-as-interviewer-consensus-rating-session"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hamelin,
  Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Consensus rating for board days 1-3 (11 candidat
 es). Bring your individual notes. We need a consensus rating per merit cr
 iterion and a short rationale for any candidate below the pass mark\, so
  that the narrative assessments can be drafted.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03CNS1DC01000000000000000010000000CCCC5555DDDD
SUMMARY;LANGUAGE=en-CA:25-ISED-EA-SPS-204118 – consensus / cotation consensuelle
DTSTART;TZID=Eastern Standard Time:20251027T130000
DTEND;TZID=Eastern Standard Time:20251027T163000
CLASS:PUBLIC
DTSTAMP:20251021T193001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="questions-prep",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03QST1DC01000000000000000010000000EEEE6666FFFF",
    lab=(0, "", "", "", "", "user-as-interviewer-writing-board-questions-and-rating-guide"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hamelin,
  Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Stéphane – 45 min to finalize the 5 interview qu
 estions (analytical thinking\, teamwork\, initiative\, oral comm\, motiva
 tion) + expected answers/rating guide before Annie sends them to HR for
  review. Draft v3 is in the folder.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03QST1DC01000000000000000010000000EEEE6666FFFF
SUMMARY;LANGUAGE=en-CA:Finalize EC-03 questions + expected answers
DTSTART;TZID=Eastern Standard Time:20251002T150000
DTEND;TZID=Eastern Standard Time:20251002T154500
DTSTAMP:20250929T170204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:My desk / Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="reply-accepted",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03CND7DC0100000000000000001000000077778888ABAB",
    lab=(0, "", "", "", "", "user-as-interviewer-candidate-gmail-accepted-reply"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251021T140000Z
DTEND:20251021T153000Z
DTSTAMP:20251010T013344Z
ORGANIZER;CN=Natarajan\, Priya (ISED/ISDE):mailto:priya.natarajan@ised-isde.gc.ca
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03CND7DC0100000000000000001000000077778888ABAB
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin T
 remblay;X-NUM-GUESTS=0:mailto:kevin.tremblay94@gmail.com
COMMENT:Thank you\, I will be there. Merci!
CREATED:20251010T013301Z
DESCRIPTION:
LAST-MODIFIED:20251010T013344Z
LOCATION:235 Queen St\, 10th floor\, room 1043
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview – EC-03 Policy Analyst (25-ISED-EA-SPS-204118)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-candidate",
    uid="040000008200E00074C5B7101A82E00800000000ALTISCAND1DC01000000000000000010000000A1A1B2B2C3C3",
    lab=(0, "", "", "", "", "user-as-interviewer-agency-presents-casual-candidate"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN=Julie Sarrazin:mailto:jsarrazin@altis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Omar Haddad:ma
 ilto:omar.haddad.ott@hotmail.com
DESCRIPTION;LANGUAGE=en-CA:Hi Priya\,\n\nAs requested under your TSPS call-
 up for a junior policy analyst (temporary help\, up to 90 days)\, here is
  a 20-minute Teams intro with Omar Haddad\, whose resume I sent on Monday.
  Omar holds a valid Reliability status. Let me know after the call if you
  would like to proceed\, and I'll prepare the paperwork with your procure
 ment officer.\n\nJulie Sarrazin\nSenior Account Manager – Government\nAlti
 s Recruitment\n
UID:040000008200E00074C5B7101A82E00800000000ALTISCAND1DC01000000000000000010000000A1A1B2B2C3C3
SUMMARY;LANGUAGE=en-CA:Intro call – Omar Haddad (temp help\, Jr Policy Analyst)
DTSTART;TZID=Eastern Standard Time:20251114T103000
DTEND;TZID=Eastern Standard Time:20251114T105000
CLASS:PUBLIC
DTSTAMP:20251112T151212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="notes-cands",
    uid="A94F2C1E-77D0-4B8E-BB13-6E20F5C9D871",
    lab=(0, "", "", "", "", "user-as-interviewer-typed-notes-about-candidates"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T213344Z
DTSTAMP:20251020T213402Z
DTSTART:20251021T073000
DTEND:20251021T080000
LAST-MODIFIED:20251020T213402Z
SEQUENCE:0
SUMMARY:write up C-07 / C-12 notes before Day 2
DESCRIPTION:C-07 strong on anal. thinking\, weak on initiative ex (Q3 was
  a team ex\, not hers). C-12 - great oral\, nervous first 10 min\, prob pas
 s. redo my notes legibly for Annie
TRANSP:TRANSPARENT
UID:A94F2C1E-77D0-4B8E-BB13-6E20F5C9D871
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="ref-checks",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03REF1DC01000000000000000010000000D0D0E1E1F2F2",
    lab=(0, "", "", "", "", "user-as-interviewer-calling-candidates-references"),
    ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Reference checks for top 3 (C-03\, C-12\, C-19).
  Use the structured ref-check questionnaire (v2024). Numbers in the cand
 idate files. Note who called whom for the file.\n\n10:00 C-03 ref (former
  supervisor at Statistics Canada)\n10:30 C-12 ref (uOttawa prof)\n11:00 C
 -19 ref (manager\, Finance Canada)\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03REF1DC01000000000000000010000000D0D0E1E1F2F2
SUMMARY;LANGUAGE=en-CA:Ref checks – EC-03 top 3
DTSTART;TZID=Eastern Standard Time:20251106T100000
DTEND;TZID=Eastern Standard Time:20251106T113000
DTSTAMP:20251103T135000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone – quiet room 10-1050
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bookings-coop",
    uid="bookings-ised-sps-coop-7f1a0c44-2b8e-4d1a-9c33-5e6f7a8b9c0d",
    lab=(0, "", "", "", "", "user-as-interviewer-bookings-host-coop-student-interviews"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TOR + r"""BEGIN:VEVENT
ORGANIZER;CN=SPS Co-op Hiring:mailto:SPSCoopHiring@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aditi Shar
 ma:mailto:ashar112@uottawa.ca
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Winter 2026 co-op – poli
 cy analyst student (30 min)\nStaff: Priya Natarajan\nCustomer: Aditi Sharm
 a\, University of Ottawa (MA Public and International Affairs)\nCustomer
  notes: Résumé and transcript uploaded to the co-op portal.\n\nJoin Micros
 oft Teams Meeting\n
UID:bookings-ised-sps-coop-7f1a0c44-2b8e-4d1a-9c33-5e6f7a8b9c0d
SUMMARY;LANGUAGE=en-US:Winter 2026 co-op – policy analyst student: Aditi Sharma
DTSTART;TZID=America/Toronto:20251112T140000
DTEND;TZID=America/Toronto:20251112T143000
DTSTAMP:20251105T164930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="observer",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEX01OBS1DC010000000000000000100000009A9A8B8B7C7C",
    lab=(0, "", "", "", "", "user-as-interviewer-shadowing-ex-board-as-observer"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ouellet, Brigitte (ISED/ISDE)":mailto:brigitte.ouellet@ised-isde.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Priya – as part of your learning plan\, you're w
 elcome to sit in as an observer (non-voting) on the EX-01 Director of Pol
 icy board on Thursday. You won't ask questions or rate\, but please sign
  the confidentiality form. Good prep for your own board-member role later
 .\n\nBrigitte\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEX01OBS1DC010000000000000000100000009A9A8B8B7C7C
SUMMARY;LANGUAGE=en-CA:Observer – EX-01 board (Director\, Policy) – candidate 2
DTSTART;TZID=Eastern Standard Time:20251023T130000
DTEND;TZID=Eastern Standard Time:20251023T143000
DTSTAMP:20251016T201144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:235 Queen – 11th floor DG boardroom
END:VEVENT
END:VCALENDAR
"""))
