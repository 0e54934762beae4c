"""The user on the hiring side at Tidewater Games, part 1 (holdout188, written blind)."""

from holdout188ev_tz import VAN_GOOGLE

EVENTS = [
    dict(
        kind="interview-kit",
        uid="gh-int-30041122-5520871@greenhouse.io",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-greenhouse-interview-kit",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-int-30041122-5520871@greenhouse.io
DTSTAMP:20250114T190030Z
DTSTART;TZID=America/Vancouver:20250117T140000
DTEND;TZID=America/Vancouver:20250117T144500
SUMMARY:Interview with Jordan Mills (QA Tester - Contract)
DESCRIPTION:Jordan Mills - QA Tester (Contract)\nInterview: Production Fit
  (45 min)\nInterviewers: Seo-yeon Park\n\nInterview Kit: https://app.greenh
 ouse.io/guides/30041122/people/88120455?application_id=99102\nScorecard: h
 ttps://app.greenhouse.io/scorecards/30041122/new\nResume: https://app.gree
 nhouse.io/people/88120455/applications/99102\n\nCandidate will join: https
 ://meet.google.com/usz-fwbn-kcr
LOCATION:https://meet.google.com/usz-fwbn-kcr
ORGANIZER;CN=Tidewater Recruiting:mailto:recruiting@tidewatergames.ca
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:spark@tide
 watergames.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-panel",
        uid="1rc7hm4ad0kq9t2bz6vne3sf8p@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-onsite-panel-member",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250128T100000
DTEND;TZID=America/Vancouver:20250128T110000
DTSTAMP:20250122T213005Z
ORGANIZER;CN=Kelsey Fraser:mailto:kfraser@tidewatergames.ca
UID:1rc7hm4ad0kq9t2bz6vne3sf8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Seo-yeon Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen T
 ran;X-NUM-GUESTS=0:mailto:otran@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kelsey
  Fraser;X-NUM-GUESTS=0:mailto:kfraser@tidewatergames.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=VAN-4-Li
 ghthouse (6);X-NUM-GUESTS=0:mailto:c_tidewater4lighthouse@resource.calenda
 r.google.com
DESCRIPTION:Priya Raman - Associate Producer - onsite block 2 of 3 (product
 ion scenarios)\nSeo-yeon leads\, Owen shadows. Kit + scorecard in Greenhou
 se. Priya arrives 9:45\, Kelsey will walk her up.
LOCATION:VAN-4-Lighthouse (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Raman / AP onsite - production scenarios
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scorecards",
        uid="3h8pq2tv0m6ksb1re7ca4dn9jf@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-scorecard-writing-block",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250128T113000
DTEND;TZID=America/Vancouver:20250128T120000
DTSTAMP:20250127T180144Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:3h8pq2tv0m6ksb1re7ca4dn9jf@google.com
DESCRIPTION:GH scorecards before lunch or I'll forget: Priya (AP onsite)\,
  Jordan M (QA contract) - overdue!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:scorecards!! priya + jordan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="0nv5ke8ta2jq6c3mw9dh1ls7rb@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-debrief",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250129T153000
DTEND;TZID=America/Vancouver:20250129T160000
DTSTAMP:20250128T230310Z
ORGANIZER;CN=Kelsey Fraser:mailto:kfraser@tidewatergames.ca
UID:0nv5ke8ta2jq6c3mw9dh1ls7rb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Seo-yeon Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen T
 ran;X-NUM-GUESTS=0:mailto:otran@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Kowalski;X-NUM-GUESTS=0:mailto:mkowalski@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kelsey
  Fraser;X-NUM-GUESTS=0:mailto:kfraser@tidewatergames.ca
DESCRIPTION:Round-table for Priya Raman (Associate Producer). Please have s
 corecards submitted before we meet - no scorecard\, no vote :)\n\nJoin wit
 h Google Meet: https://meet.google.com/bpn-hmwe-sqa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief: Priya Raman - Associate Producer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-sync",
        uid="7ds2ob9fm4ha0cq6ut1ke8vl3x@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-weekly-hiring-sync-recurring-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250109T133000
DTEND;TZID=America/Vancouver:20250109T140000
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20250626T203000Z
DTSTAMP:20250106T190000Z
ORGANIZER;CN=Marta Kowalski:mailto:mkowalski@tidewatergames.ca
UID:7ds2ob9fm4ha0cq6ut1ke8vl3x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kelsey
  Fraser;X-NUM-GUESTS=0:mailto:kfraser@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dario
  Esposito;X-NUM-GUESTS=0:mailto:desposito@tidewatergames.ca
DESCRIPTION:Weekly pipeline review for open production + QA reqs (AP\, QA T
 ester x3\, Sr QA Lead). Greenhouse dashboard: https://app.greenhouse.io/da
 shboard
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Production & QA hiring sync
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250220T160000
DTEND;TZID=America/Vancouver:20250220T163000
DTSTAMP:20250218T171500Z
ORGANIZER;CN=Marta Kowalski:mailto:mkowalski@tidewatergames.ca
UID:7ds2ob9fm4ha0cq6ut1ke8vl3x@google.com
RECURRENCE-ID;TZID=America/Vancouver:20250220T133000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kelsey
  Fraser;X-NUM-GUESTS=0:mailto:kfraser@tidewatergames.ca
DESCRIPTION:Moved for the M7 milestone review. Agenda: Sr QA Lead final sla
 te\, AP offer status.
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Production & QA hiring sync (moved)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadow",
        uid="5tq0bw3kh7mr1ev9ca2nd6ls8z@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-shadowed-by-new-interviewer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250206T090000
DTEND;TZID=America/Vancouver:20250206T094500
DTSTAMP:20250203T200001Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:5tq0bw3kh7mr1ev9ca2nd6ls8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kenji
  Watanabe;X-NUM-GUESTS=0:mailto:kwatanabe@tidewatergames.ca
DESCRIPTION:Kenji - you're shadowing this one (Noor Haddad\, AP phone scree
 n). Just listen\, take notes\, no scorecard needed. We'll do 10 min after
  to compare notes. Next one you lead and I shadow.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadow: AP screen w/ Noor H. (Kenji observing)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-invite",
        uid="4mf8oa1rk6et0bv3qs9jd2nc7h@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-on-free-mail-sends-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250211T120000
DTEND;TZID=America/Vancouver:20250211T123000
DTSTAMP:20250207T041133Z
ORGANIZER;CN=Tomás García:mailto:tomas.garcia.gamedev@gmail.com
UID:4mf8oa1rk6et0bv3qs9jd2nc7h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás
  García;X-NUM-GUESTS=0:mailto:tomas.garcia.gamedev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=spark@tidewatergames.ca;X-NUM-GUESTS=0:mailto:spark@tidewatergames
 .ca
DESCRIPTION:Hi Seo-yeon\, thanks so much for offering to chat about the Ass
 ociate Producer opening on Driftline! I've put in the time you suggested -
  here's a Meet link. My portfolio: tomasgarcia.itch.io\n\nJoin with Google
  Meet: https://meet.google.com/aqe-txmd-wvo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tomás García <> Seo-yeon Park (Tidewater - AP role)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="accepted-reply",
        uid="gh-int-30041122-5561930@greenhouse.io",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250213T183000Z
DTEND:20250213T190000Z
DTSTAMP:20250210T152211Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:gh-int-30041122-5561930@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bea Sa
 ntos;X-NUM-GUESTS=0:mailto:bea.santos.qa@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Tidewater Games - Phone Interview (Associate Producer) @
  Thu Feb 13\, 2025 10:30am - 11am (PST) (spark@tidewatergames.ca)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid=(
            "040000008200E00074C5B7101A82E0080000000011AA22BB336ADB01000000000000000010000000DEADBEEF00"
            "112233445566778899AABB"
        ),
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
ORGANIZER;CN="Moreau, Julien":mailto:jmoreau@pixeltalent.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=spark@tide
 watergames.ca:mailto:spark@tidewatergames.ca
DESCRIPTION;LANGUAGE=en-US:Hi Seo-yeon\,\n\nFollowing up on your Senior QA
  Lead req - I'd like to walk you through Lucas Ferreira's profile before yo
 u decide on a first interview: 8 yrs QA\, 3 as lead on a AA console title\
 , cert experience on Xbox/PS\, available in 4 weeks\, rate expectation in
  line with your band. CV attached to my email.\n\nJulien Moreau | Pixel Tal
 ent Partners\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_OGIx
UID:040000008200E00074C5B7101A82E0080000000011AA22BB336ADB01000000000000000
 010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-US:Candidate presentation - Lucas Ferreira (Sr QA Lead)
  - Pixel Talent
DTSTART;TZID=America/Vancouver:20250218T103000
DTEND;TZID=America/Vancouver:20250218T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T221204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-notes",
        uid="A7D0E4C1-5F2B-4E8A-9C3D-1B6F0A2E8D55",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-typed-notes-about-candidate",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250206T100000
DTEND:20250206T101500
DTSTAMP:20250206T175820Z
SUMMARY:noor h - AP - notes
DESCRIPTION:strong jira + confluence\, ran a 40p jam team. weak on vendor m
 gmt / outsourcing. salary ask 72k (band 65-78). YES to 2nd rnd - pair w/ O
 wen for scenarios
UID:A7D0E4C1-5F2B-4E8A-9C3D-1B6F0A2E8D55
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="c3d5e7f9-a1b2-4c6d-8e0f-2a4b6c8d0e1f@calendly.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calendly-host",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:c3d5e7f9-a1b2-4c6d-8e0f-2a4b6c8d0e1f@calendly.com
DTSTAMP:20250219T031500Z
DTSTART;TZID=America/Vancouver:20250221T143000
DTEND;TZID=America/Vancouver:20250221T150000
SUMMARY:New Event: Aisha Mensah - 02:30pm Fri\, Feb 21\, 2025 - Associate P
 roducer - intro call (30 min)
DESCRIPTION:Invitee: Aisha Mensah\nInvitee Email: aisha.mensah@outlook.com\
 nEvent Type: Associate Producer - intro call (30 min)\nEvent Date/Time: 02
 :30pm - Friday\, February 21\, 2025 (Pacific Time - US & Canada)\n\nQuesti
 ons:\nLink to portfolio or LinkedIn: linkedin.com/in/aishamensah\nWhat's y
 our notice period?: 2 weeks\n\nView event in Calendly: https://calendly.co
 m/app/scheduled_events/user/me
LOCATION:https://meet.google.com/jrc-vzuy-ntd
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
ATTENDEE;CN=Aisha Mensah;PARTSTAT=ACCEPTED:mailto:aisha.mensah@outlook.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED:mailto:spark@tidewatergames.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
