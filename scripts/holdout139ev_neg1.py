"""holdout139: negatives, part 1 – the user on the hiring side at Kwezi Retail (she interviews others)."""

from __future__ import annotations

from holdout139ev_common import APPLE, GOOGLE, OUTLOOK, Ev, cal

EVENTS = [
    Ev("ui-candidate-freemail", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sipho.dlam
 ini88@gmail.com:mailto:sipho.dlamini88@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Venter, Michelle":mailt
 o:mventer@kwezi-retail.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=KWZ DC - Boa
 rdroom Upstairs:mailto:dc.boardroom@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Good day Sipho\,\n\nThank you for your applicati
 on for Shift Supervisor (Nights) at the Kwezi Retail Distribution Centre\,
  Riverfield. Please report to the main gate at 09:45 with your ID and this
  invite. You will meet me and Michelle Venter (HR Business Partner).\n\nRe
 gards\nThandiwe Nkosi\nOperations Manager: DC
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC1BDC01000000000000000
 01000000055667788990011223344556677889900
SUMMARY;LANGUAGE=en-ZA:Interview: Shift Supervisor (Nights) - Sipho Dlamini
DTSTART;TZID=South Africa Standard Time:20250915T100000
DTEND;TZID=South Africa Standard Time:20250915T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250909T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:KWZ DC - Boardroom Upstairs
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-candidate-freemail"),

    Ev("ui-workday-kit", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-99310-KWZ@myworkday.com
DTSTAMP:20250916T060000Z
DTSTART;TZID=Africa/Johannesburg:20250918T133000
DTEND;TZID=Africa/Johannesburg:20250918T143000
SUMMARY:Interview - Inbound Supervisor (JR-2231) - Ayanda Ntuli
ORGANIZER;CN=Kwezi Retail Talent Acquisition:mailto:kwezi@myworkday.com
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tnkosi@kwe
 zi-retail.co.za
ATTENDEE;CN=Ruan Steyn;ROLE=REQ-PARTICIPANT:mailto:rsteyn@kwezi-retail.co.z
 a
DESCRIPTION:You have been assigned as an interviewer.\n\nCandidate: Ayanda
  Ntuli\nJob Requisition: JR-2231 Inbound Supervisor (Riverfield DC)\nInter
 view type: Competency-based\n\nYour interview kit (questions and rating gu
 ide) is in Workday: Inbox > Interview Feedback. Please submit your feedbac
 k within 24 hours of the interview.\n\nKwezi Retail Talent Acquisition
LOCATION:Riverfield DC - Training Room
END:VEVENT
""", "-//Workday Inc.//Workday Recruiting//EN"), 0, trap="user-as-interviewer-workday-kit"),

    Ev("ui-feedback-due", cal(r"""
BEGIN:VEVENT
UID:WD-TASK-FEEDBACK-44120-KWZ@myworkday.com
DTSTAMP:20250918T150000Z
DTSTART;VALUE=DATE:20250919
DTEND;VALUE=DATE:20250920
SUMMARY:Feedback due: Transport Planner interview – Lerato Maseko
ORGANIZER;CN=Kwezi Retail Talent Acquisition:mailto:kwezi@myworkday.com
ATTENDEE;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION:Reminder: your interview scorecard for candidate Lerato Maseko
  (Transport Planner\, JR-2240) is outstanding. Rate each competency 1-5 an
 d give a hire / no-hire recommendation.
TRANSP:TRANSPARENT
END:VEVENT
""", "-//Workday Inc.//Workday Recruiting//EN", tz=()), 0, trap="user-as-interviewer-scorecard-allday"),

    Ev("ui-debrief", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Venter, Michelle":mailto:mventer@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Steyn, Ruan":mailto:rst
 eyn@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Debrief on the four night-shift supervisor candi
 dates interviewed this week. Please bring your completed score sheets so w
 e can agree on the appointment and a reserve.
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD1BDC01000000000000000
 010000000DEB0DEB0DEB0DEB0DEB0DEB0DEB0DEB0
SUMMARY;LANGUAGE=en-ZA:Debrief - Night Shift Supervisor candidates
DTSTART;TZID=South Africa Standard Time:20250919T150000
DTEND;TZID=South Africa Standard Time:20250919T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250917T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-debrief"),

    Ev("ui-chairs-panel", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Venter, Michelle":mailt
 o:mventer@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mabena, Lucky":mailto:l
 mabena@kwezi-retail.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=KWZ DC - Boa
 rdroom Upstairs:mailto:dc.boardroom@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Competency-based panel interviews – Stock Cont
 roller (3 candidates)\n\n08:30 Kamogelo Phiri\n09:30 Tracey Daniels\n10:30
  Nhlanhla Cele\n11:30 Panel scoring\n\nChair: Thandiwe. Michelle to bring
  the question bank\, Lucky the Excel practical.
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE1BDC01000000000000000
 01000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=en-ZA:Panel interviews: Stock Controller x3
DTSTART;TZID=South Africa Standard Time:20250923T083000
DTEND;TZID=South Africa Standard Time:20250923T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250916T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:KWZ DC - Boardroom Upstairs
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-panel-chair"),

    Ev("ui-shadowing", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Venter, Michelle":mailto:mventer@kwezi-retail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, Th
 andiwe":mailto:tnkosi@kwezi-retail.co.za
DESCRIPTION;LANGUAGE=en-ZA:As discussed\, you can shadow me on the forklift
  operator interviews before you run the next round on your own. Observe on
 ly – I'll lead the questions.
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF1BDC01000000000000000
 01000000051AD0051AD0051AD0051AD0051AD0051
SUMMARY;LANGUAGE=en-ZA:Shadowing: forklift operator interviews (HR-led)
DTSTART;TZID=South Africa Standard Time:20250910T090000
DTEND;TZID=South Africa Standard Time:20250910T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250905T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:HR interview room\, Admin block
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 0, trap="user-as-interviewer-shadowing"),

    Ev("ui-calendly-host", cal(r"""
BEGIN:VEVENT
UID:f0e1d2c3-b4a5-4968-8776-655443322110
DTSTAMP:20250912T100000Z
DTSTART:20250916T070000Z
DTEND:20250916T071500Z
SUMMARY:Kamohelo Radebe and Thandiwe Nkosi
ORGANIZER;CN=Thandiwe Nkosi:mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT:mailto:tnkosi@kwezi-retail.
 co.za
ATTENDEE;CN=Kamohelo Radebe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 amoheloradebe@yahoo.com
DESCRIPTION:Event Name: Shift Supervisor – 15 min intro call\n\nLocation:
  Thandiwe Nkosi will call the invitee at +27 71 555 0198\n\nInvitee: Kamoh
 elo Radebe\nInvitee Email: kamoheloradebe@yahoo.com\nQuestions: Current em
 ployer? Midrand DC of a courier company (3 yrs team leader)\n\nView event
  in Calendly: https://calendly.com/events/KWZ9PQ\n\nPowered by Calendly.co
 m
LOCATION:+27 71 555 0198
STATUS:CONFIRMED
END:VEVENT
""", "-//Calendly//Calendly//EN", tz=()), 0, trap="user-as-interviewer-calendly-host"),

    Ev("ui-agency-candidate", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250922T110000
DTEND;TZID=Africa/Johannesburg:20250922T120000
DTSTAMP:20250917T131200Z
ORGANIZER;CN=Kagiso Sebego:mailto:kagiso@pinnaclescr.co.za
UID:7yh8uj9ik0ol1pq2aw3se4dr5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tnkosi@kwezi-retail.co.za;X-NUM-GUESTS=0:mailto:tnkosi@kwezi-retai
 l.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kagiso Sebego;X-NUM-GUESTS=0:mailto:kagiso@pinnaclescr.co.za
DESCRIPTION:Hi Thandiwe\,\n\nAs requested\, please find the interview for m
 y candidate Lerato Maseko for your Transport Planner vacancy. Her CV and a
 ssessment results are attached to my email. She will come to the DC in Riv
 erfield.\n\nKind regards\nKagiso Sebego\nPinnacle Supply Chain Recruitment
LOCATION:Kwezi Retail DC\, Riverfield
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Candidate interview: Lerato Maseko – Transport Planner – Kwezi
  Retail
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 0, trap="user-as-interviewer-agency-sends-candidate"),

    Ev("ui-handtyped", cal(r"""
BEGIN:VEVENT
CREATED:20250914T190000Z
DTEND;TZID=Africa/Johannesburg:20250924T130000
DTSTAMP:20250914T190012Z
DTSTART;TZID=Africa/Johannesburg:20250924T090000
LAST-MODIFIED:20250914T190012Z
LOCATION:Bay 3 boardroom
SEQUENCE:0
SUMMARY:interview forklift drivers x4
DESCRIPTION:Lucky to bring licences list. Practical on the counterbalance a
 fter lunch.
TRANSP:OPAQUE
UID:0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F
END:VEVENT
""", APPLE, method=None), 0, trap="user-as-interviewer-handtyped"),

    Ev("ui-reply-accepted", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thandiwe":mailto:tnkosi@kwezi-retail.co.za
ATTENDEE;PARTSTAT=ACCEPTED;CN=Zanele Khumalo:mailto:zanele.khumalo77@yahoo.
 co.za
COMMENT;LANGUAGE=en-ZA:Thank you Ma'am\, I will be there. Regards Zanele
UID:040000008200E00074C5B7101A82E00800000000EE55FF6600AC1BDC010000000000000
 00010000000ACCE97ED0ACCE97ED0ACCE97ED0ACC
SUMMARY;LANGUAGE=en-ZA:Accepted: Interview - Receiving Clerk
DTSTART;TZID=South Africa Standard Time:20250925T140000
DTEND;TZID=South Africa Standard Time:20250925T143000
DTSTAMP:20250920T181500Z
SEQUENCE:0
END:VEVENT
""", OUTLOOK, method="REPLY", tz=("win-za",)), 0, trap="user-as-interviewer-candidate-reply"),
]
