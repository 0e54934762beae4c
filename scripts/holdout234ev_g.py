"""holdout234 events, part G (continues A): international schools, English-language search (hand-written, blind)."""

from holdout234ev_tz import LONDON, MADRID

EVENTS = [
    {
        "kind": "icims-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-ivw-1288734-20250226@icims.com
DTSTAMP:20250221T170301Z
DTSTART:20250226T180000Z
DTEND:20250226T183000Z
ORGANIZER;CN=Wexford Careers:mailto:careers-noreply@wexfordlc.icims.com
ATTENDEE;CN=Laia Ferrandis;RSVP=TRUE:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CN=Daniel Ortega:mailto:d.ortega@wexfordlanguage.com
SUMMARY:Phone Interview - Kids & Teens Teacher (Spanish/English) - Valencia
  Center
DESCRIPTION:Dear Laia\,\nYour phone interview with Daniel Ortega (Academic
  Coordinator\, Valencia) has been scheduled. Daniel will call you on +34 6
 ** *** 418. Please be available 5 minutes before.\nJob: Kids & Teens Teac
 her (Spanish/English)\, part-time afternoons\nReq ID: 2025-3012\n\nWexfor
 d Language Centers
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "icims-ivw-1288734-20250226@icims.com",
                "is_interview": 1,
                "company": "Wexford Language Centers",
                "role": "Kids & Teens Teacher (Spanish/English)",
                "stage": "recruiter_screen",
                "interviewers": "d.ortega@wexfordlanguage.com",
                "trap": "icims-utc-phone-interview",
            }
        ],
    },
    {
        "kind": "schrole-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Schrole//Schrole Connect//EN
BEGIN:VEVENT
UID:sc-interview-778201@schrole.com
DTSTAMP:20250402T082011Z
DTSTART:20250409T150000Z
DTEND:20250409T154500Z
SUMMARY:Hawthorne British School Madrid - Interview (Primary Teacher\, EYFS/
 KS1)
DESCRIPTION:Candidate: Laia Ferrandis Soler\nSchool: Hawthorne British Scho
 ol Madrid\nVacancy: Primary Teacher - EYFS/KS1 (August 2025)\nInterview pa
 nel: Mr James Whitaker (Headteacher)\; Ms Lucy Barnes (Head of EYFS)\nForm
 at: Google Meet - link in your Schrole Connect dashboard\nTime shown in UT
 C.
ORGANIZER;CN=Schrole Connect:mailto:no-reply@schrole.com
ATTENDEE;CN=Laia Ferrandis Soler:mailto:laia.ferrandis.mestra@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "sc-interview-778201@schrole.com",
                "is_interview": 1,
                "company": "Hawthorne British School Madrid",
                "role": "Primary Teacher - EYFS/KS1",
                "stage": "",
                "interviewers": "Mr James Whitaker;Ms Lucy Barnes",
                "trap": "intl-school-platform-noreply-panel-in-body",
            }
        ],
    },
    {
        "kind": "american-academy",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250430T171500
DTEND;TZID=Europe/Madrid:20250430T180000
DTSTAMP:20250425T073300Z
ORGANIZER;CN=Megan O'Rourke:mailto:morourke@vaa.edu.es
UID:0n7c3v5b8m1k2j4h6g9f0d2s1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Megan O'Rourke;X-NUM-GUESTS=0:mailto:morourke@vaa.edu.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com;X-NUM-GUESTS=0:mailto:laia.ferrandi
 s.mestra@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Jordi Sanchis;X-NUM-GUESTS=0:mailto:jsanchis@vaa.edu.es
DESCRIPTION:Spanish Language & Social Studies teacher\, Lower School (Grade
 s 1-5). Conversation with Megan O'Rourke\, Lower School Principal. Jordi (
 Spanish Dept. Head) may join for the last 15 min.<br><br>Join with Google
  Meet: https://meet.google.com/vzq-hpxr-kte<br>Join by phone: (ES) +34 9
 1 123 58 41 PIN: 402 118 937#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Laia F. / Megan - Lower School
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "0n7c3v5b8m1k2j4h6g9f0d2s1a@google.com",
                "is_interview": 1,
                "company": "Valencia American Academy",
                "role": "Spanish Language & Social Studies teacher",
                "stage": "hiring_manager",
                "interviewers": "morourke@vaa.edu.es;jsanchis@vaa.edu.es",
                "trap": "google-meet-terse-summary-principal-conversation",
            }
        ],
    },
    {
        "kind": "recruiter-no-employer",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250206T170000
DTEND;TZID=Europe/London:20250206T172000
DTSTAMP:20250203T101544Z
ORGANIZER;CN=Oliver Grant:mailto:oliver@teachglobalpartners.com
UID:2b8d4f6h0j1l3n5p7r9t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
DESCRIPTION:Quick intro call so I can understand what you're looking for -
  we place teachers with a number of British and IB schools across Spain\,
  the Gulf and Asia. No specific role yet\, just getting you on our books.\n
 \nhttps://us06web.zoom.us/j/81100452267
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call - Oliver / Laia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "2b8d4f6h0j1l3n5p7r9t@google.com",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "recruiter-intro-call-no-employer-named",
            }
        ],
    },
    {
        "kind": "mock-english",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
{MADRID}BEGIN:VEVENT
CREATED:20250219T201133Z
DTEND;TZID=Europe/Madrid:20250222T113000
DTSTAMP:20250219T201140Z
DTSTART;TZID=Europe/Madrid:20250222T103000
LAST-MODIFIED:20250219T201140Z
LOCATION:Café Lisboa\, pl. del Dr. Collado
SEQUENCE:0
SUMMARY:Sarah - practicar entrevista en inglés (intercambio)
DESCRIPTION:Que me haga las preguntas típicas de head of primary: safeguard
 ing\, behaviour management\, why international school\, tell me about a ch
 allenging parent. Yo le corrijo su castellano después.
UID:6A3F9D12-44B0-4C1E-8E57-1D2B3C4A5E6F
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "6A3F9D12-44B0-4C1E-8E57-1D2B3C4A5E6F",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "mock-interview-language-exchange-friend",
            }
        ],
    },
    {
        "kind": "webinar-intl",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ZW-88213390045-laia.ferrandis.mestra
DTSTAMP:20250115T120000Z
DTSTART:20250129T170000Z
DTEND:20250129T180000Z
SUMMARY:Webinar: Landing your first international school job - interviews\,
  observed lessons & contracts
DESCRIPTION:Hi Laia Ferrandis\,\nThank you for registering for "Landing you
 r first international school job". Panel: two Heads of Primary from COBIS
  schools and a recruitment consultant. Q&A at the end.\nJoin from PC\, Ma
 c\, iPad: https://us06web.zoom.us/w/88213390045?tk=Xy7\nWebinar ID: 882 13
 39 0045\nPasscode: 551903
ORGANIZER;CN=COBIS Careers Events:mailto:no-reply@zoom.us
LOCATION:https://us06web.zoom.us/w/88213390045
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "ZW-88213390045-laia.ferrandis.mestra",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "webinar-about-international-school-interviews",
            }
        ],
    },
    {
        "kind": "thanks-reminder",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250225
DTEND;VALUE=DATE:20250226
DTSTAMP:20250224T192051Z
UID:3kq1hb7v0a9tq2o7f5mr1c2d6e@google.com
CREATED:20250224T192051Z
DESCRIPTION:email a Mrs Hughes: gràcies + link al padlet de l'hort que li v
 aig comentar. Curt!
LAST-MODIFIED:20250224T192051Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:thank you email Turia (Mrs Hughes)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "3kq1hb7v0a9tq2o7f5mr1c2d6e@google.com",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "thank-you-email-reminder-all-day",
            }
        ],
    },
    {
        "kind": "prep-observed",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-CALNAME:Laia
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250309T160000
DTEND:20250309T190000
DTSTAMP:20250305T214000Z
UID:7pl2c0ue4b3r6s1t8v9w5x2y0z@google.com
SUMMARY:preparar observed lesson Y2 (place value) + imprimir plan
DESCRIPTION:material: bloques base 10\, mini pizarras\, exit ticket. ensayar
  instrucciones en inglés en voz alta!!
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "7pl2c0ue4b3r6s1t8v9w5x2y0z@google.com",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "prep-block-for-observed-lesson-floating",
            }
        ],
    },
]
