"""holdout138: the user's own interviews, part A2 (US/UK/EU companies: Workday, Outlook, Thunderbird, recurring)."""

from __future__ import annotations

from holdout138ev_common import OUTLOOK, THUNDERBIRD, Ev, meet_en, teams_en

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = (
    f"{A};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:"
    "mailto:santiago.restrepo.dev@gmail.com"
)

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "bamboohr-hm-en",
    r"""
BEGIN:VEVENT
UID:bamboohr-interview-20250415-tessellate-6619
DTSTAMP:20250409T161030Z
DTSTART;TZID=America/New_York:20250415T153000
DTEND;TZID=America/New_York:20250415T161500
SUMMARY:Interview for Senior Software Engineer (Clinical Integrations) at Tessellate Health
ORGANIZER;CN=Tessellate Health Careers:mailto:careers@tessellatehealth.com
ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Megan O'Rourke:mailto:megan.orourke@tessellatehealth.com
DESCRIPTION:Hello Santiago\,\n\nYou're scheduled to meet with Megan O'Rourke\, Engineering Manager for the Clinical
  Integrations team. Megan will be the hiring manager for this role.\n\nVideo:
  https://tessellatehealth.zoom.us/j/98123400771\n\nSent from BambooHR on behalf of Tessellate Health.
LOCATION:Zoom
END:VEVENT
""",
    "bamboohr-interview-20250415-tessellate-6619", 1, "Tessellate Health",
    "Senior Software Engineer (Clinical Integrations)", "hiring_manager", "megan.orourke@tessellatehealth.com",
    "bamboohr-hm-en", prodid="-//BambooHR//Calendar//EN", tzs=("ny",),
))

EVENTS.append(Ev(
    "karat-third-party-en",
    r"""
BEGIN:VEVENT
UID:karat-int-PNCR-44718-2025
DTSTAMP:20250320T121500Z
DTSTART:20250326T220000Z
DTEND:20250326T230000Z
SUMMARY:Karat Interview for Pinecrest Software - Senior Software Engineer
ORGANIZER;CN=Karat Scheduling:mailto:scheduling@karat.io
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED:mailto:santiago.restrepo.dev@gmail.com
DESCRIPTION:Hi Santiago\,\n\nYour technical interview for Pinecrest Software is confirmed. A Karat Interview
  Engineer will conduct this 60-minute interview on behalf of Pinecrest Software (coding in a shared editor\, plus
  a short discussion of past projects).\n\nJoin: https://app.karat.io/interview/PNCR-44718\n\nPlease join from a
  laptop with a stable connection. Redo policy and FAQ: https://karat.com/candidates
LOCATION:https://app.karat.io/interview/PNCR-44718
END:VEVENT
""",
    "karat-int-PNCR-44718-2025", 1, "Pinecrest Software", "Senior Software Engineer", "technical", "",
    "karat-third-party-en", prodid="-//Karat//Interview//EN",
))

EVENTS.append(Ev(
    "hackerrank-live-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250319T140000
DTEND;TZID=America/Bogota:20250319T150000
DTSTAMP:20250314T133010Z
ORGANIZER;CN=Juliana Cárdenas:mailto:juliana.cardenas@verifika.co
UID:6a0t7m3r1q4e9b2c8d5f@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Juliana Cárdenas:mailto:juliana.cardenas@verifika.co
{A};PARTSTAT=ACCEPTED;CN=Felipe Ocampo:mailto:felipe.ocampo@verifika.co
DESCRIPTION:HackerRank Interview\n\nRole: Senior Backend Engineer (Go)\nInterviewers: Juliana Cárdenas\, Felipe
  Ocampo\n\nJoin the interview: https://hr.gs/vfk-8823ab\nThe interview will be conducted in
  English.\n\n{meet_en("vfk-qzmt-aob", "190 228 471#")}
LOCATION:https://hr.gs/vfk-8823ab
STATUS:CONFIRMED
SUMMARY:HackerRank Interview: Verifika | Senior Backend Engineer (Go)
END:VEVENT
""",
    "6a0t7m3r1q4e9b2c8d5f@google.com", 1, "Verifika", "Senior Backend Engineer (Go)", "technical",
    "juliana.cardenas@verifika.co;felipe.ocampo@verifika.co", "hackerrank-colombian-startup-en", tzs=("bogota",),
))

EVENTS.append(Ev(
    "workday-panel-en",
    r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-R-10432-5f0e2d
DTSTAMP:20250414T200000Z
DTSTART;TZID=Eastern Standard Time:20250422T120000
DTEND;TZID=Eastern Standard Time:20250422T133000
SUMMARY:Interview Scheduled: Senior Software Engineer (R-10432) - Technical Panel
ORGANIZER;CN="Aurelia Payments Talent Acquisition":mailto:aurelia@myworkday.com
ATTENDEE;CN=Santiago Restrepo Gomez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN="Sato, Kenji";ROLE=REQ-PARTICIPANT:mailto:kenji.sato@aureliapay.com
ATTENDEE;CN="Whitfield, Dana";ROLE=REQ-PARTICIPANT:mailto:dana.whitfield@aureliapay.com
DESCRIPTION:Dear Santiago Restrepo Gomez\,\n\nYour interview for Senior Software Engineer (R-10432) with Aurelia
  Payments has been scheduled.\n\nInterview Type: Technical Panel\nPanel: Kenji Sato\, Dana Whitfield\nFormat:
  Microsoft Teams\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXVyZWxp%40thread.v2/0\n\nPlease
  do not reply to this message. Manage your application in the Aurelia Payments Candidate Home.
LOCATION:Microsoft Teams
END:VEVENT
""",
    "WD-INTERVIEW-R-10432-5f0e2d", 1, "Aurelia Payments", "Senior Software Engineer", "technical",
    "kenji.sato@aureliapay.com;dana.whitfield@aureliapay.com", "workday-windows-zone-en",
    prodid="-//Workday//Recruiting//EN", tzs=("win_eastern",),
))

EVENTS.append(Ev(
    "rescheduled-hm-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250416T110000
DTEND;TZID=America/Bogota:20250416T114500
DTSTAMP:20250411T182215Z
ORGANIZER;CN=Elena Vasquez:mailto:elena@torrelux.com
UID:0f3q8r2n6c1v7b4k9m5x@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Elena Vasquez:mailto:elena@torrelux.com
{A};PARTSTAT=NEEDS-ACTION;CN=Ben Achterberg:mailto:ben@torrelux.com
DESCRIPTION:Moved to Wednesday - Ben had a conflict on Tuesday\, sorry for the shuffle!\n\nHiring manager interview
  for the Tech Lead role (Torrelux Energy Software). Ben leads the grid-forecasting team you'd be
  running.\n\n{meet_en("trx-bnwa-qpe", "883 120 557#")}
LAST-MODIFIED:20250411T182215Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Santiago / Ben - Tech Lead (hiring manager) - rescheduled
END:VEVENT
""",
    "0f3q8r2n6c1v7b4k9m5x@google.com", 1, "Torrelux", "Tech Lead", "hiring_manager",
    "ben@torrelux.com", "rescheduled-sequence-en", tzs=("bogota",),
))

EVENTS.append(Ev(
    "outlook-cancel-en",
    r"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250404T141200Z
DESCRIPTION:Hi Santiago\, unfortunately we have to cancel tomorrow's technical interview - the position (Senior
  .NET Developer) has been put on hold. We'll reach out if it reopens. Apologies\, Tom\n
DTEND;TZID=Central Standard Time:20250408T110000
DTSTAMP:20250407T211900Z
DTSTART;TZID=Central Standard Time:20250408T100000
LAST-MODIFIED:20250407T211900Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Hargrove, Tom":mailto:thargrove@halcyonfreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN="Kowal, Irene":mailto:ikowal@halcyonfreight.com
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Santiago Restrepo (Sr .NET Developer)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000A0F1D4D7C2A6DB0100000000000000001000000098C3F0A1B24E7D4A8B1E
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
""",
    "040000008200E00074C5B7101A82E00800000000A0F1D4D7C2A6DB0100000000000000001000000098C3F0A1B24E7D4A8B1E", 1,
    "Halcyon Freight", "Senior .NET Developer", "technical", "thargrove@halcyonfreight.com;ikowal@halcyonfreight.com",
    "outlook-cancel-en", method="CANCEL", prodid=OUTLOOK,
    cal_extra=(),
    tzs=(),
))
# Central Standard Time zone block is added here (Windows name) to keep the cancellation self-contained.
EVENTS[-1].body = (
    "BEGIN:VTIMEZONE\nTZID:Central Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\n"
    "TZOFFSETTO:-0600\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\n"
    "TZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
    + EVENTS[-1].body.strip("\n")
)

EVENTS.append(Ev(
    "recurring-pairing-override-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250505T090000
DTEND;TZID=America/Bogota:20250505T120000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20250429T170040Z
ORGANIZER;CN=Mirela Popescu:mailto:mirela@kettlebyte.io
UID:2p6h0d4w8s1z5j3y7q9l@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Mirela Popescu:mailto:mirela@kettlebyte.io
{A};PARTSTAT=ACCEPTED;CN=Tobias Lind:mailto:tobias@kettlebyte.io
DESCRIPTION:Paid trial - 3 mornings pairing with the team on a real ticket (part of the Staff Engineer interview
  process). Mirela and Tobias will pair with you and share feedback with the hiring panel.\n\nWe'll pay the trial
  at the rate we agreed by email.\n\n{meet_en("kbt-tria-lxx", "230 119 564#")}
LOCATION:https://meet.google.com/kbt-tria-lxx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kettlebyte paid trial - pairing (Santiago)
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250506T130000
DTEND;TZID=America/Bogota:20250506T160000
RECURRENCE-ID;TZID=America/Bogota:20250506T090000
DTSTAMP:20250502T140512Z
ORGANIZER;CN=Mirela Popescu:mailto:mirela@kettlebyte.io
UID:2p6h0d4w8s1z5j3y7q9l@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Mirela Popescu:mailto:mirela@kettlebyte.io
{A};PARTSTAT=ACCEPTED;CN=Tobias Lind:mailto:tobias@kettlebyte.io
DESCRIPTION:Tuesday moved to the afternoon (Tobias is at the dentist in the morning).\n\nPaid trial - pairing with
  the team.\n\n{meet_en("kbt-tria-lxx", "230 119 564#")}
LOCATION:https://meet.google.com/kbt-tria-lxx
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Kettlebyte paid trial - pairing (Santiago) - PM
END:VEVENT
""",
    "2p6h0d4w8s1z5j3y7q9l@google.com", 1, "Kettlebyte", "Staff Engineer", "technical",
    "mirela@kettlebyte.io;tobias@kettlebyte.io", "recurring-override-trial-en", tzs=("bogota",),
))

EVENTS.append(Ev(
    "utc-direct-deep-dive-en",
    r"""
BEGIN:VEVENT
DTSTART:20250410T140000Z
DTEND:20250410T151500Z
DTSTAMP:20250404T093322Z
ORGANIZER;CN=Oliver Pennington:mailto:oliver.pennington@quantia.co.uk
UID:5c9g2e7k0n4r8t1w3x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Santiago
  Restrepo;X-NUM-GUESTS=0:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Oliver
  Pennington;X-NUM-GUESTS=0:mailto:oliver.pennington@quantia.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aisha
  Bello;X-NUM-GUESTS=0:mailto:aisha.bello@quantia.co.uk
DESCRIPTION:Hi Santiago - as discussed\, this is the technical deep dive: 45 min on a system you've built (bring a
  diagram of the card-issuing integration you mentioned)\, 30 min of Q&A on our stack.\n\nCheers\, Oliver
  (Engineering Lead\, Quantia Finance)\n\nJoin with Google Meet: https://meet.google.com/qnt-dpdv-ybc
LOCATION:https://meet.google.com/qnt-dpdv-ybc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quantia x Santiago - technical deep dive
END:VEVENT
""",
    "5c9g2e7k0n4r8t1w3x6z@google.com", 1, "Quantia Finance", "", "technical",
    "oliver.pennington@quantia.co.uk;aisha.bello@quantia.co.uk", "direct-utc-uk-en",
))

EVENTS.append(Ev(
    "outlook-xaltdesc-utc-zone-en",
    rf"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250320T091400Z
DESCRIPTION:Dear Mr. Restrepo\,\n\nthank you for your application as Senior Java Developer (Remote) in our Digital
  Banking unit. As agreed with Ms. Albrecht\, I would like to invite you to an interview with me as the hiring
  manager.\n\nKind regards\nJonas Müller\nHead of Digital Banking Engineering\nHafenstein Bank
  AG\n\n{teams_en("19%3ameeting_SGFmZW5z")}\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250403T170000
DTSTAMP:20250320T091400Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20250403T160000
LAST-MODIFIED:20250320T091400Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Müller, Jonas":mailto:jonas.mueller@hafenstein-bank.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Albrecht, Sabine":mailto:sabine.albrecht@hafenstein-bank.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview Senior Java Developer - Santiago Restrepo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000050B2C6A19B99DB01000000000000000010000000E4A7F1C3D2B0
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Mr. Restrepo\,</p><p>thank you for your application as Senior Java
  Developer (Remote) in our Digital Banking unit. As agreed with Ms. Albrecht\, I would like to invite you to an
  interview with me as the hiring manager.</p><p>Kind regards<br>Jonas Müller<br>Head of Digital Banking
  Engineering<br>Hafenstein Bank AG</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
END:VEVENT
""",
    "040000008200E00074C5B7101A82E0080000000050B2C6A19B99DB01000000000000000010000000E4A7F1C3D2B0", 1,
    "Hafenstein Bank", "Senior Java Developer (Remote)", "hiring_manager", "jonas.mueller@hafenstein-bank.de",
    "outlook-xaltdesc-utczone-en", prodid=OUTLOOK, tzs=("utc_amsterdam",),
))

EVENTS.append(Ev(
    "thunderbird-hm-en",
    r"""
BEGIN:VEVENT
CREATED:20250321T002211Z
LAST-MODIFIED:20250321T002305Z
DTSTAMP:20250321T002305Z
UID:8e1f2a7c-3b90-4d6e-a51f-c0d9e2b7a448
SUMMARY:Kestrel Analytics - chat w/ Priya (eng manager)
ORGANIZER;CN=Priya Raghunathan:mailto:priya@kestrelanalytics.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:
 santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Priya Raghunathan;PARTSTAT=ACCEPTED;ROLE=CHAIR;CUTYPE=INDIVIDUAL:mailto:priya@kestrelanalytics.com
DTSTART;TZID=America/New_York:20250327T130000
DTEND;TZID=America/New_York:20250327T134500
DESCRIPTION:Santiago - looking forward to it. This is the hiring manager conversation for the Senior Data Engineer
  role; my team owns our ingestion pipelines. Zoom: https://kestrelanalytics.zoom.us/j/7731092281\n-- Priya
LOCATION:https://kestrelanalytics.zoom.us/j/7731092281
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
""",
    "8e1f2a7c-3b90-4d6e-a51f-c0d9e2b7a448", 1, "Kestrel Analytics", "Senior Data Engineer", "hiring_manager",
    "priya@kestrelanalytics.com", "thunderbird-hm-en", prodid=THUNDERBIRD, tzs=("ny",),
))
