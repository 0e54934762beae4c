"""holdout76: Kenji Watanabe's own interviews, international employers (part C). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_AMS, TZ_BERLIN, ev, meet, teams, zoom

EVENTS = [
    ev("ashby-technical-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251119T090000Z
DTEND:20251119T101500Z
DTSTAMP:20251112T160202Z
ORGANIZER;CN=Elbland Batteriewerk Recruiting:mailto:recruiting@elbland-battery.de
UID:ashby-ivs-3e8b1f42-9c07-4d6a-b5e3-71a0d2c9f846@ashbyhq.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Nils Hagen;X-NUM-GUESTS=0:mailto:
 nils.hagen@elbland-battery.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman;X-NUM-GUESTS=0:mailto:pri
 ya.raman@elbland-battery.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe;X-NUM-GU
 ESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251112T160201Z
DESCRIPTION:{D}
LAST-MODIFIED:20251112T160202Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technical interview – S&OP deep dive (Head of Supply Chain Planning)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Elbland Batteriewerk", "Head of Supply Chain Planning", "technical",
      "nils.hagen@elbland-battery.de;priya.raman@elbland-battery.de", "ashby-technical-en"), D="""
Hi Kenji,

You're confirmed for your technical interview with Elbland Batteriewerk!

10:00 - 11:15 CET | S&OP deep dive
Interviewers: Dr. Nils Hagen (VP Operations) and Priya Raman (Lead Demand Planning)
We'll go through a simplified cell-demand scenario together – no preparation needed, but have a spreadsheet handy.

Need to reschedule? Use this link: https://jobs.ashbyhq.com/elbland-battery/reschedule/3e8b1f42

""" + meet("en", "epr-nqvd-yzs", "771209584")),
    ev("proton-founder-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.3//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
{RAW_TZ}
BEGIN:VEVENT
UID:Ac7Rk2pLx9Wd4qNe1Tz5Bv8Hj0@proton.me
DTSTAMP:20251030T194522Z
DTSTART;TZID=Europe/Amsterdam:20251104T170000
DTEND;TZID=Europe/Amsterdam:20251104T174500
SUMMARY:Kenji / Sophie – first interview VP Operations
ORGANIZER;CN=Sophie Meijer:mailto:sophie.meijer@proton.me
ATTENDEE;CN=kenji.watanabe@gmx.de;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.wata
 nabe@gmx.de
LOCATION:https://meet.google.com/nxf-ghwa-prq
DESCRIPTION:{D}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Nexo Freight", "VP Operations", "", "sophie.meijer@proton.me", "proton-founder-freemail-en"),
       RAW_TZ=TZ_AMS, D="""
Hi Kenji,

Thanks for replying to my LinkedIn message. As promised, a first proper interview for the VP Operations role at
Nexo Freight – we're 60 people in Amsterdam building a digital freight forwarder for automotive and industrial
shippers between NL, DE and PL. I'll ask about how you run carrier management today; bring questions too.

Sophie Meijer
Co-founder, Nexo Freight
"""),
    ev("goodtime-onsite-loop-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:gt-7d13b0e6-2f5c-4a88-9e41-c6a0b3f9d257@goodtime.io
DTSTAMP:20251126T101450Z
DTSTART;TZID=Europe/Berlin:20251208T090000
DTEND;TZID=Europe/Berlin:20251208T133000
SUMMARY:Interview loop: Head of Logistics – Schaller Seating
ORGANIZER;CN=Schaller Seating Talent Team:mailto:talent@schaller-seating.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Andreas Pohl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:andreas.pohl@schaller-seating.com
ATTENDEE;CN=Melanie Kraus;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:melanie.kraus@schaller-seating.com
ATTENDEE;CN=Dirk Sauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dirk.sauer@schaller-seating.com
ATTENDEE;CN=Jonas Frey (Coordinator);ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas.frey@schaller-seat
 ing.com
LOCATION:Schaller Sitzsysteme GmbH\, Hallstadter Str. 90\, 96052 Bamberg
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Schaller Sitzsysteme", "Head of Logistics", "onsite",
      "andreas.pohl@schaller-seating.com;melanie.kraus@schaller-seating.com;dirk.sauer@schaller-seating.com",
      "goodtime-onsite-loop-coordinator-en"), RAW_TZ=TZ_BERLIN, D="""
Hello Kenji,

Your onsite interview loop at Schaller Sitzsysteme GmbH (Schaller Seating) in Bamberg is confirmed:

09:00 - 09:45  Andreas Pohl, Plant Manager Bamberg
09:45 - 10:30  Melanie Kraus, Head of Production Planning
10:30 - 11:00  Break & JIT sequencing line walk
11:00 - 11:45  Dirk Sauer, Managing Director Operations
11:45 - 13:30  Lunch with the logistics team (informal)

Your coordinator, Jonas Frey, will meet you at reception and is your contact for travel expenses.

Scheduled with GoodTime
"""),
    ev("modernloop-hm-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-0b9a4c72e1d5f38@modernloop.io
DTSTAMP:20251106T134500Z
DTSTART:20251113T150000Z
DTEND:20251113T154500Z
SUMMARY:Interview: Supply Chain Director — Hiring Manager Interview (Zeeland Offshore Components)
ORGANIZER;CN=Zeeland Offshore Components Recruiting:mailto:scheduling@zoc-vlissingen.nl
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Hendrik Brouwer;PARTSTAT=ACCEPTED:mailto:hendrik.brouwer@zoc-vlissingen.nl
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Zeeland Offshore Components", "Supply Chain Director", "hiring_manager",
      "hendrik.brouwer@zoc-vlissingen.nl", "modernloop-hiring-manager-en"), D="""
Hi Kenji,

Here are the details for your upcoming interview with Zeeland Offshore Components (ZOC).

Interviewer: Hendrik Brouwer – Chief Operating Officer (hiring manager)
Duration: 45 minutes

Scheduled by ModernLoop on behalf of ZOC Recruiting.

""" + teams("en", "312 998 405 776", "Zo4Ck8", "N2IxYTAz")),
    ev("zoom-direct-ceo-en", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251118T081530Z
DTSTART:20251124T080000Z
DTEND:20251124T090000Z
SUMMARY:Kenji Watanabe / Twente Mechatronics – Head of Supply Chain
UID:zoom-84410376621-20251124T080000Z
DESCRIPTION:{D}
LOCATION:https://us06web.zoom.us/j/84410376621?pwd=Q2x208311aUt4dz09
ORGANIZER;CN=Gerrit Oude Nijhuis:mailto:g.oudenijhuis@twentemechatronics.nl
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
END:VEVENT
END:VCALENDAR
""", (1, "Twente Mechatronics", "Head of Supply Chain", "hiring_manager", "g.oudenijhuis@twentemechatronics.nl",
      "zoom-direct-ceo-en"), D="""
Gerrit Oude Nijhuis is inviting you to a scheduled Zoom meeting.

Kenji – as discussed with our recruiter, this is the interview with me as CEO; the Head of Supply Chain reports
directly to me. Enschede is only 40 minutes from the German border, half of our suppliers are German, so we can
switch between English and German as we like.

""" + zoom("en", "844 1037 6621", "208311")),
    ev("icims-case-utc-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS Inc.//iCIMS Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-iv-2025-11-4418207@mts-rotterdam.icims.com
DTSTAMP:20251103T093000Z
DTSTART:20251112T091500Z
DTEND:20251112T104500Z
SUMMARY:Case Interview – Director Supply Chain Solutions (Req 2025-1187)
ORGANIZER;CN=MTS Careers:mailto:careers@mts-rotterdam.nl
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Joost Verbeek;PARTSTAT=ACCEPTED:mailto:joost.verbeek@mts-rotterdam.nl
ATTENDEE;CN=Ayşe Kaya;PARTSTAT=ACCEPTED:mailto:ayse.kaya@mts-rotterdam.nl
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Maasvlakte Terminal Services", "Director Supply Chain Solutions", "technical",
      "joost.verbeek@mts-rotterdam.nl;ayse.kaya@mts-rotterdam.nl", "icims-utc-case-en"), D="""
Dear Kenji Watanabe,

Thank you for your continued interest in Maasvlakte Terminal Services B.V. (MTS). We would like to invite you to a
case interview for the role of Director Supply Chain Solutions (Req 2025-1187).

Interviewers: Joost Verbeek (Managing Director Hinterland Logistics) and Ayşe Kaya (Head of Business Development)
Format: you will receive a short automotive-import case 15 minutes before the start; 45 minutes discussion.

Kind regards,
MTS Talent Acquisition

""" + teams("en", "385 114 709 262", "Mt2Zc6", "MmY4YmMw")),
]
