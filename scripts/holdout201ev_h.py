"""holdout201 events, part h: Tyler on the hiring side at Summitline, second half (panels, sync, fair)."""

from holdout201ev_tz import APPLE_DENVER, GOOGLE_DENVER

EVENTS = [
    {
        "kind": "ae-panel",
        "uid": "greenhouse-3390112-summitline-int-90114@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-ae-candidate-panel"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
UID:greenhouse-3390112-summitline-int-90114@greenhouse.io
DTSTAMP:20250414T203140Z
DTSTART;TZID=America/Denver:20250417T140000
DTEND;TZID=America/Denver:20250417T150000
SUMMARY:Panel Interview - Rafael Ortiz - Account Executive\, Mid-Market
ORGANIZER;CN=Sofia Green:mailto:sofia.green@summitline.io
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler@summitline.io
ATTENDEE;CN=Megan Cho;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan.cho@summitline.io
ATTENDEE;CN=Dev Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dev.patel@summitline.io
LOCATION:DEN-3-Longs Peak (6) / https://summitline.zoom.us/j/85531029944
DESCRIPTION:Candidate: Rafael Ortiz\nJob: Account Executive\, Mid-Market\n
 \nPanel focus areas:\n- Megan Cho: leadership / forecasting\n- Tyler Brooks
 : deal walkthrough + discovery depth (peer AE perspective)\n- Dev Patel: te
 chnical acumen / SE partnership\n\nInterview Kit: https://app.greenhouse.io/
 guides/90114/people/31502277\n\nReminder: don't discuss comp with the candid
 ate.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coffee",
        "uid": "9w2z5c8f1i4l7o0r3u6x9a2d5g@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-applicant-free-mail-coffee"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T140000Z
DTEND:20250325T143000Z
DTSTAMP:20250321T033011Z
ORGANIZER;CN=Sam Whitaker:mailto:samwhitaker22@gmail.com
UID:9w2z5c8f1i4l7o0r3u6x9a2d5g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Wh
 itaker;X-NUM-GUESTS=0:mailto:samwhitaker22@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler@summitline.io;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250321T033009Z
DESCRIPTION:Hi Tyler! Thank you so much for replying to my LinkedIn messag
 e. I applied for the SDR opening at Summitline last week and would love to
  tell you a bit about myself and hear what you look for in an SDR. Coffee is
  on me!\n\nSam
LAST-MODIFIED:20250321T033011Z
LOCATION:Little Owl Coffee\, 1555 Blake St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Tyler Brooks (Summitline SDR)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "training",
        "uid": "4m7p0s3v6y9b2e5h8k1n4q7t0w@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-structured-interviewing-training"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T220000Z
DTEND:20250305T230000Z
DTSTAMP:20250226T161411Z
ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@summitline.io
UID:4m7p0s3v6y9b2e5h8k1n4q7t0w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alexis
  Romero;X-NUM-GUESTS=0:mailto:alexis.romero@summitline.io
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=sales-interviewers;X-NUM-GUESTS=0:mailto:sales-interviewers@summitline.
 io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250226T161409Z
DESCRIPTION:Required before you join any SDR/AE interview loop this quarte
 r. We'll cover structured questions\, the new scorecard attributes\, legal
  do's and don'ts\, and calibrating on the cold call role play.\n\nJoin with
  Google Meet: https://meet.google.com/itv-wqpe-rts
LAST-MODIFIED:20250226T161411Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewer Training: Structured Interviewing 101
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "take-home",
        "uid": "E5A7C9B1-D3F5-4A7C-9B1D-3F5A7C9B1D3F",
        "label": (0, "", "", "", "", "user-as-interviewer-grading-candidate-sequences"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
""" + APPLE_DENVER + r"""BEGIN:VEVENT
CREATED:20250326T150003Z
UID:E5A7C9B1-D3F5-4A7C-9B1D-3F5A7C9B1D3F
DTEND;TZID=America/Denver:20250327T080000
SUMMARY:grade SDR take-homes (3 email sequences)
LAST-MODIFIED:20250326T150010Z
DTSTAMP:20250326T150010Z
DTSTART;TZID=America/Denver:20250327T073000
SEQUENCE:0
DESCRIPTION:Ana\, Derek\, Kayla. rubric in drive. personalization + CTA +
  subject lines. due to Jamie by noon
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recurring-sync",
        "uid": "0p3s6v9y2b5e8h1k4n7q0t3w6z@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-recurring-hiring-sync-override"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250303T113000
DTEND;TZID=America/Denver:20250303T120000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250530T055959Z
DTSTAMP:20250227T180233Z
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
UID:0p3s6v9y2b5e8h1k4n7q0t3w6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis O
 rtega;X-NUM-GUESTS=0:mailto:luis.ortega@summitline.io
CREATED:20250227T180231Z
DESCRIPTION:Weekly SDR req sync: pipeline by stage\, who's in loop\, who ne
 eds a role play slot\, offers out.\n\nJoin with Google Meet: https://meet.g
 oogle.com/sdr-sync-wkl
LAST-MODIFIED:20250227T180233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SDR hiring sync
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250408T113000
DTEND;TZID=America/Denver:20250408T120000
DTSTAMP:20250404T152000Z
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
UID:0p3s6v9y2b5e8h1k4n7q0t3w6z@google.com
RECURRENCE-ID;TZID=America/Denver:20250407T113000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ty
 ler Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis O
 rtega;X-NUM-GUESTS=0:mailto:luis.ortega@summitline.io
CREATED:20250227T180231Z
DESCRIPTION:Moved to Tues this week (Luis out Monday). Agenda: Kayla final
  loop\, Ana offer\, Derek - pass or hold?\n\nJoin with Google Meet: https://
 meet.google.com/sdr-sync-wkl
LAST-MODIFIED:20250404T152000Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:SDR hiring sync (moved to Tue)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ref-check",
        "uid": "B2D4F6A8-C0E2-4B4D-6F8A-0C2E4B6D8F0A",
        "label": (0, "", "", "", "", "user-as-interviewer-reference-check-on-candidate"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + APPLE_DENVER + r"""BEGIN:VEVENT
CREATED:20250409T161003Z
UID:B2D4F6A8-C0E2-4B4D-6F8A-0C2E4B6D8F0A
DTEND;TZID=America/Denver:20250410T121500
SUMMARY:ref check - Ana's old mgr (Brett @ Ibotta)
LAST-MODIFIED:20250409T161009Z
DTSTAMP:20250409T161009Z
DTSTART;TZID=America/Denver:20250410T120000
LOCATION:303-555-0177
SEQUENCE:0
DESCRIPTION:Jamie asked me to do the hiring mgr ref. ask: coachability\, r
 esilience after rejection\, would you rehire?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite-loop",
        "uid": "greenhouse-3390112-summitline-loop-4471@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-chairs-sdr-final-loop"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-3390112-summitline-loop-4471@greenhouse.io
DTSTAMP:20250328T211414Z
DTSTART:20250401T153000Z
DTEND:20250401T180000Z
SUMMARY:Onsite: Ana Ruiz - Sales Development Representative (Denver)
ORGANIZER;CN=Sofia Green:mailto:sofia.green@summitline.io
ATTENDEE;CN=Tyler Brooks;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:tyler@summitline.io
ATTENDEE;CN=Luis Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:luis.ortega@summitline.io
ATTENDEE;CN=Megan Cho;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:megan.cho@summitline.io
ATTENDEE;CUTYPE=ROOM;CN=DEN-3-Longs Peak (6);PARTSTAT=ACCEPTED:mailto:c_1889den3longspeak@resource.calendar.google.com
LOCATION:DEN-3-Longs Peak (6)
DESCRIPTION:Candidate: Ana Ruiz\nJob: Sales Development Representative (De
 nver)\n\n9:30  Welcome + culture (Tyler - lead interviewer)\n10:00 Cold call
  role play (Tyler as prospect\, Luis scoring)\n10:45 Writing exercise revi
 ew (Luis)\n11:15 Megan (if available)\n\nTyler owns the candidate experienc
 e today - walk her out and collect everyone's scorecards by EOD.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadow",
        "uid": "greenhouse-3390112-summitline-int-90377@greenhouse.io",
        "label": (0, "", "", "", "", "user-as-interviewer-shadowing-senior-interviewer"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-3390112-summitline-int-90377@greenhouse.io
DTSTAMP:20250408T151020Z
DTSTART:20250411T163000Z
DTEND:20250411T173000Z
SUMMARY:[Shadow] Brittany Koh - Deal Deep Dive - AE\, Mid-Market
ORGANIZER;CN=Sofia Green:mailto:sofia.green@summitline.io
ATTENDEE;CN=Greg Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:greg.whitfield@summitline.io
ATTENDEE;CN=Tyler Brooks;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler@summitline.io
LOCATION:https://summitline.zoom.us/j/83390441210
DESCRIPTION:Tyler - you're shadowing Greg on this one as part of interview
 er certification for AE loops. Camera off\, don't ask questions\, submit a p
 ractice scorecard (it won't count). Greg will debrief with you after.\n\nInt
 erview Kit: https://app.greenhouse.io/guides/90377/people/31519904
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sell-call",
        "uid": "8r1u4x7a0d3g6j9m2p5s8v1y4b@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-sell-call-to-candidate"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250403T223000Z
DTEND:20250403T230000Z
DTSTAMP:20250402T201100Z
ORGANIZER;CN=Tyler Brooks:mailto:tyler@summitline.io
UID:8r1u4x7a0d3g6j9m2p5s8v1y4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Ru
 iz;X-NUM-GUESTS=0:mailto:ana.ruiz.denver@gmail.com
CREATED:20250402T201058Z
DESCRIPTION:Ana - congrats again! Jamie mentioned you had a few questions
  about the team and what the first 90 days look like before you sign. Happy
  to give you the real scoop.\n\nJoin with Google Meet: https://meet.google.c
 om/ana-tyl-sel
LAST-MODIFIED:20250402T201100Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ana / Tyler - Q&A before you sign 🤝
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fair-booth",
        "uid": "3k6n9q2t5w8z1c4f7i0l3o6r9u@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-campus-fair-booth"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250226T100000
DTEND;TZID=America/Denver:20250226T140000
DTSTAMP:20250212T171717Z
ORGANIZER;CN=Jamie Tran:mailto:jamie.tran@summitline.io
UID:3k6n9q2t5w8z1c4f7i0l3o6r9u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamie
  Tran;X-NUM-GUESTS=0:mailto:jamie.tran@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250212T171715Z
DESCRIPTION:Summitline booth #42 - CU Denver Spring Career & Internship Fa
 ir. We're hiring 4 SDRs. Tyler: do 5-min on-the-spot screens with anyone in
 terested\, scan their QR into Greenhouse\, flag top 10 for Jamie. Wear the
  quarter-zip.
LAST-MODIFIED:20250212T171717Z
LOCATION:Tivoli Student Union\, 900 Auraria Pkwy\, Denver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CU Denver career fair - Summitline booth
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
