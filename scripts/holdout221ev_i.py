"""holdout221 events, part I: Jarrah on the hiring side at Redbank, part 2 (hand-written raw iCalendar text)."""

_NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **_NEG,
        "kind": "shadowing",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01"
            "000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049"
        ),
        "trap": "user-as-interviewer-shadowing-supt",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Sit in and observe on the two electrician inter
 views (Leo Marchetti\, Sam Burke) - part of your supervisor development p
 lan. Don't ask questions this time\, just take notes on how I run the be
 havioural bit and we'll go through it after.\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000
 010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=en-AU:Shadow - electrician interviews (observe)
DTSTART:20250226T010000Z
DTEND:20250226T030000Z
CLASS:PUBLIC
DTSTAMP:20250220T032100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Site admin - Supt office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "hiring-committee",
        "uid": "rbm-mtg-hc-20250502-4410@redbankmining.com.au",
        "trap": "user-as-interviewer-crew-numbers-offers-meeting",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rbm-mtg-hc-20250502-4410@redbankmining.com.au
DTSTAMP:20250428T011502Z
DTSTART:20250502T050000Z
DTEND:20250502T060000Z
SUMMARY:Electrical crew - manning / recruitment review (offers\, LH role\,
  appys)
DESCRIPTION:Agenda\n1. Crew numbers vs shutdown plan\n2. LH Electrical - p
 anel recommendation (Neil/Jarrah/Dean)\n3. 2 x electrician offers - appro
 vals\n4. Apprentice intake - offers accepted?\n5. Labour hire: keep Connor
  B?
ORGANIZER;CN="Pryor, Dean":mailto:DPryor@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitc
 hell@redbankmining.com.au
ATTENDEE;CN="Harland, Neil";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:NHarland@
 redbankmining.com.au
ATTENDEE;CN="Singh, Harpreet";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:HSingh@
 redbankmining.com.au
LOCATION:Site admin - Conf room / Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "interviewer-invite",
        "uid": "pageup-interview-10772-88231@pageuppeople.com",
        "trap": "user-as-interviewer-ats-invite-to-panel-member",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PageUp People//Recruitment//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pageup-interview-10772-88231@pageuppeople.com
DTSTAMP:20250410T062501Z
DTSTART:20250415T003000Z
DTEND:20250415T011500Z
SUMMARY:Interview: Electrician - Mine Site (8/6) - Leo Marchetti
DESCRIPTION:You have been added as an interview panel member.\n\nCandidate
 : Leo Marchetti\nJob: Electrician - Mine Site (8/6)\, Job No. 10772\nPane
 l: Neil Harland\, Jarrah Mitchell\n\nThe candidate's application\, resume
  and the interview guide are available in the panel portal. Please subm
 it your assessment within 24 hours of the interview.\n\nRedbank Mining Se
 rvices - Recruitment
ORGANIZER;CN=Redbank Mining Services:mailto:noreply@pageuppeople.com
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jmitche
 ll@redbankmining.com.au
ATTENDEE;CN=Neil Harland;ROLE=REQ-PARTICIPANT:mailto:nharland@redbankminin
 g.com.au
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "feedback-due",
        "uid": "pageup-task-10772-88231-fb@pageuppeople.com",
        "trap": "user-as-interviewer-assessment-submission-reminder",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PageUp People//Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pageup-task-10772-88231-fb@pageuppeople.com
DTSTAMP:20250415T013000Z
DTSTART;VALUE=DATE:20250416
DTEND;VALUE=DATE:20250417
SUMMARY:Action required: submit interview assessment - Leo Marchetti (Job
  10772)
DESCRIPTION:Your interview assessment for Leo Marchetti is outstanding. Pl
 ease log in to PageUp and complete the assessment form (ratings for Safet
 y\, Technical\, Teamwork\, Communication + recommendation).
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "calendly-host",
        "uid": "6a0e4c8b-2f1d-49e7-b3a5-8c7d6e5f4a3b@calendly.com",
        "trap": "user-as-interviewer-calendly-host-school-leaver",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6a0e4c8b-2f1d-49e7-b3a5-8c7d6e5f4a3b@calendly.com
DTSTAMP:20250227T081544Z
DTSTART:20250305T083000Z
DTEND:20250305T085000Z
SUMMARY:Apprenticeship chat (20 min) between Jarrah Mitchell and Zac Okoro
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: Apprenticeship
  chat (20 min)\nInvitee: Zac Okoro\nInvitee Email: zac.okoro.08@gmail.com
 \nEvent Date/Time: 04:30pm - Wednesday\, March 5\, 2025 (Australia/Perth)
 \n\nQuestions:\nWhat year are you in / finished?\nFinished yr 12 2024\, Ce
 rt II electrotech pre-app at North Metro TAFE\n\nView event in Calendly\n
ORGANIZER;CN=Jarrah Mitchell:mailto:jmitchell@redbankmining.com.au
ATTENDEE;CN=Zac Okoro;PARTSTAT=ACCEPTED:mailto:zac.okoro.08@gmail.com
LOCATION:Phone call - Jarrah to call invitee
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "meet-re-job",
        "uid": "3h5j7l9n1p3r5t7v9x1z@google.com",
        "trap": "user-as-interviewer-candidate-free-mail-invite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250503T020000Z
DTEND:20250503T030000Z
DTSTAMP:20250429T101904Z
ORGANIZER;CN=Jake Dunn:mailto:jakedunn.sparky@gmail.com
UID:3h5j7l9n1p3r5t7v9x1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jmitchell@redbankmining.com.au;X-NUM-GUESTS=0:mailto:jmitchell@red
 bankmining.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jake Dunn;X-NUM-GUESTS=0:mailto:jakedunn.sparky@gmail.com
CREATED:20250429T101900Z
DESCRIPTION:Hi Jarrah\, Shane P said you're after sparkies for your crew. I
 've put in a time on your R&R if that suits\, happy to bring my CV and ti
 ckets. Cheers Jake 0409 112 870
LAST-MODIFIED:20250429T101904Z
LOCATION:Bayswater
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jake Dunn - chat about the electrician job at Redbank
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "trade-test",
        "uid": "c8e0a2b4-d6f8-4a1c-9e3b-5d7f9a1c3e5b",
        "trap": "user-as-interviewer-trade-test-assessor",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c8e0a2b4-d6f8-4a1c-9e3b-5d7f9a1c3e5b
DTSTAMP:20250505T044012Z
DTSTART:20250507T230000Z
DTEND:20250508T020000Z
SUMMARY:Pre-mob VOC - 2 x labour hire sparks (JM to assess)
DESCRIPTION:Jarrah - WorkPac are sending 2 x electricians for the shutdown
  (Liam Tran\, Craig Moffat). They need a pre-mob VOC before we take them
  on: LV isolation\, test for dead\, permit paperwork. Please assess and si
 gn the VOC forms - if either doesn't pass we don't mob them.\n\nHarpreet
ORGANIZER;CN="Singh, Harpreet":mailto:HSingh@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitc
 hell@redbankmining.com.au
LOCATION:RBM Welshpool workshop
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "interview-block",
        "uid": "rbm-series-appyints-7741@redbankmining.com.au",
        "trap": "user-as-interviewer-recurring-block-with-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:rbm-series-appyints-7741@redbankmining.com.au
DTSTAMP:20250303T021544Z
DTSTART;TZID=Australia/Perth:20250324T070000
DTEND;TZID=Australia/Perth:20250324T093000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Interview block - 2nd yr appy transfers (HOLD)
DESCRIPTION:Holding time for interviewing 2nd year apprentices wanting to
  transfer in from other contractors. Neil + Jarrah. Names to follow from H
 R.
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitc
 hell@redbankmining.com.au
LOCATION:RBM Perth - Boardroom L1
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:rbm-series-appyints-7741@redbankmining.com.au
RECURRENCE-ID;TZID=Australia/Perth:20250325T070000
DTSTAMP:20250320T011002Z
DTSTART;TZID=Australia/Perth:20250325T100000
DTEND;TZID=Australia/Perth:20250325T120000
SUMMARY:Interview block - 2nd yr appy transfers - MOVED (ICAM debrief am)
DESCRIPTION:Moved to 10 - ICAM debrief in the morning. Candidates: Mia Fo
 rd 10:00\, Josh Pereira 11:00.
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitc
 hell@redbankmining.com.au
LOCATION:RBM Perth - Boardroom L1
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "ref-check",
        "uid": "F2A4C6E8-1B3D-4F5A-7C9E-0B2D4F6A8C0E",
        "trap": "user-as-interviewer-reference-check-caller",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
UID:F2A4C6E8-1B3D-4F5A-7C9E-0B2D4F6A8C0E
DTSTAMP:20250424T022233Z
DTSTART;TZID=Australia/Perth:20250424T160000
DTEND;TZID=Australia/Perth:20250424T161500
SUMMARY:ref check connor b - ring his old LH (Mick @ Downer) 0418 337 204
DESCRIPTION:ask: reliability\, isolations\, would you rehire
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "offer-call",
        "uid": "rbm-mtg-offer-tn-5521@redbankmining.com.au",
        "trap": "user-as-interviewer-making-offer-to-apprentice",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rbm-mtg-offer-tn-5521@redbankmining.com.au
DTSTAMP:20250321T030012Z
DTSTART:20250324T060000Z
DTEND:20250324T062000Z
SUMMARY:Call Tahlia N - apprenticeship offer (Harpreet + Jarrah)
DESCRIPTION:Verbal offer then HR sends the contract. Jarrah to tell her ab
 out the first 12 months (Welshpool workshop then site from yr 2).
ORGANIZER;CN="Singh, Harpreet":mailto:HSingh@redbankmining.com.au
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitc
 hell@redbankmining.com.au
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
