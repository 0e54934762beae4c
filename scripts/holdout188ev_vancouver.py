"""Vancouver and BC studios (holdout188, written blind)."""

from holdout188ev_tz import PST_OUTLOOK, VAN_GOOGLE

EVENTS = [
    dict(
        kind="lever-screen",
        uid="lever-iv-7ad13e90-2f6c-4b18-95e0-c4a8d1f2b367",
        is_interview=1,
        company="Northshore Pixel Works",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="kiran.dhaliwal@northshorepixel.com",
        trap="lever-talent-chat",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:lever-iv-7ad13e90-2f6c-4b18-95e0-c4a8d1f2b367
DTSTAMP:20250108T184512Z
DTSTART;TZID=America/Vancouver:20250113T153000
DTEND;TZID=America/Vancouver:20250113T160000
SUMMARY:Northshore Pixel Works: Talent chat with Kiran
DESCRIPTION:Hey Seo-yeon\, thanks for applying to the Senior Producer role!
  Kiran from our talent team will give you a ring to learn more about you a
 nd share what's going on at Northshore. Expect a call on 604-555-0147.\n\n
 Sent from Lever
LOCATION:Phone
ORGANIZER;CN=Kiran Dhaliwal:mailto:kiran.dhaliwal@northshorepixel.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Kiran Dhaliwal;PARTSTAT=ACCEPTED:mailto:kiran.dhaliwal@northsho
 repixel.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-hm",
        uid="ashby-sched-2e9a40c7-d15b-4f83-a7c2-8b6e0f1d9c52",
        is_interview=1,
        company="Granville Bridge Games",
        role="Senior Producer, Narrative",
        stage="hiring_manager",
        interviewers="ruth.abernathy@granvillebridge.games",
        trap="ashby-hiring-manager-in-person",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:ashby-sched-2e9a40c7-d15b-4f83-a7c2-8b6e0f1d9c52
DTSTAMP:20250120T203301Z
DTSTART;TZID=America/Vancouver:20250124T110000
DTEND;TZID=America/Vancouver:20250124T120000
SUMMARY:Seo-yeon Park - Senior Producer\, Narrative - Hiring Manager Interv
 iew
DESCRIPTION:Interview: Hiring Manager Interview (60 min)\nInterviewers: Rut
 h Abernathy\n\nIn person at 1505 W 2nd Ave #200 (Granville Island side\, b
 uzz 200).\n\nScheduled via Ashby
LOCATION:Granville Bridge Games\, 1505 W 2nd Ave #200\, Vancouver
ORGANIZER;CN=Granville Bridge Games:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Ruth Abernathy;PARTSTAT=ACCEPTED:mailto:ruth.abernathy@granvill
 ebridge.games
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-phone",
        uid="WD-INT-JR1187-0000044310@wd3.myworkday.com",
        is_interview=1,
        company="Blackcomb Studios",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="meghan.oconnell@blackcombstudios.com",
        trap="workday-phone-screen-coordinator-organizer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:WD-INT-JR1187-0000044310@wd3.myworkday.com
DTSTAMP:20250109T170450Z
DTSTART;TZID=America/Vancouver:20250115T140000
DTEND;TZID=America/Vancouver:20250115T143000
SUMMARY:Blackcomb Studios - Phone Screen - Senior Producer (JR1187)
DESCRIPTION:Candidate: Seo-yeon Park\nInterview Type: Phone Screen\nIntervi
 ewer(s): Meghan O'Connell\nThe interviewer will call the candidate's prefe
 rred phone number.\n\nThis is a system-generated message from Workday. Ple
 ase do not reply.
ORGANIZER;CN=Blackcomb Studios Recruiting:mailto:blackcombstudios@myworkday
 .com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.par
 k.dev@gmail.com
ATTENDEE;CN=Meghan O'Connell;ROLE=REQ-PARTICIPANT:mailto:Meghan.OConnell@bl
 ackcombstudios.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-coffee",
        uid="7h2kd0q5rj8m3vcb9s1ta4gn6e@google.com",
        is_interview=1,
        company="Salt Spring Interactive",
        role="Head of Production",
        stage="hiring_manager",
        interviewers="gabe.lindahl.games@gmail.com",
        trap="founder-on-free-mail-coffee-about-role",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250129T083000
DTEND;TZID=America/Vancouver:20250129T093000
DTSTAMP:20250125T191221Z
ORGANIZER;CN=Gabe Lindahl:mailto:gabe.lindahl.games@gmail.com
UID:7h2kd0q5rj8m3vcb9s1ta4gn6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabe L
 indahl;X-NUM-GUESTS=0:mailto:gabe.lindahl.games@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
DESCRIPTION:Coffee's on me. Would love to walk you through where we are (se
 ed closed\, 11 people\, Steam demo in June) and talk about you coming on a
 s Head of Production. Bring hard questions.\n\n- Gabe
LOCATION:49th Parallel Café\, 2902 Main St\, Vancouver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Seo-yeon x Gabe - Salt Spring / Head of Production
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-round-one",
        uid="f0e2d4c6-b8a0-4c2e-9f1d-3b5a7c9e1d2f@calendly.com",
        is_interview=1,
        company="Cedar & Ember Games",
        role="Producer",
        stage="recruiter_screen",
        interviewers="hannah@cedarandember.com",
        trap="calendly-round-one-booked-by-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:f0e2d4c6-b8a0-4c2e-9f1d-3b5a7c9e1d2f@calendly.com
DTSTAMP:20250131T052244Z
DTSTART;TZID=America/Vancouver:20250204T093000
DTEND;TZID=America/Vancouver:20250204T100000
SUMMARY:Cedar & Ember - Producer Interview (Round 1) between Hannah Yee and
  Seo-yeon Park
DESCRIPTION:Event Name: Cedar & Ember - Producer Interview (Round 1)\n\nLoc
 ation: This is a Google Meet web conference.\nhttps://meet.google.com/ptq-
 bnaz-ogr\n\nNeed to make changes to this event?\nCancel: https://calendly.
 com/cancellations/f0e2d4c6\nReschedule: https://calendly.com/reschedulings
 /f0e2d4c6\n\nPowered by Calendly.com
LOCATION:Google Meet
ORGANIZER;CN=Hannah Yee:mailto:hannah@cedarandember.com
ATTENDEE;CN=Hannah Yee;PARTSTAT=ACCEPTED:mailto:hannah@cedarandember.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED:mailto:seoyeon.park.dev@gmail.c
 om
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trial-day",
        uid="4fe0k9b2pd7s1m6qa3h8c5vn0t@google.com",
        is_interview=1,
        company="Ironwood Entertainment",
        role="Senior Producer",
        stage="onsite",
        interviewers="colin.macrae@ironwoodent.com",
        trap="paid-trial-day-at-studio",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250221T090000
DTEND;TZID=America/Vancouver:20250221T170000
DTSTAMP:20250214T224015Z
ORGANIZER;CN=Colin MacRae:mailto:colin.macrae@ironwoodent.com
UID:4fe0k9b2pd7s1m6qa3h8c5vn0t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Colin
  MacRae;X-NUM-GUESTS=0:mailto:colin.macrae@ironwoodent.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=BBY-2F-H
 arbour (10);X-NUM-GUESTS=0:mailto:c_1887a6f2d0e4@resource.calendar.google.
 com
DESCRIPTION:As discussed - a paid working day with the Bastion team before
  we make a call on the Senior Producer role. You'll sit in on standup\, run
  the 11:00 triage with me watching\, and we'll debrief at 4. Contractor ag
 reement for the day is in your inbox (DocuSign).\n\nFront desk: 4720 Kings
 way\, 2nd floor\, Burnaby. Parking in P2.
LOCATION:BBY-2F-Harbour (10)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day - Seo-yeon Park (Bastion team)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-screen",
        uid="tt-interview-3398412@teamtailor.com",
        is_interview=1,
        company="Mistral Mobile",
        role="Senior Producer - LiveOps",
        stage="recruiter_screen",
        interviewers="priya.sandhu@mistralmobile.com",
        trap="teamtailor-intro-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3398412@teamtailor.com
DTSTAMP:20250212T005530Z
DTSTART:20250214T213000Z
DTEND:20250214T220000Z
SUMMARY:Intro interview - Senior Producer - LiveOps | Mistral Mobile
DESCRIPTION:Hi Seo-yeon\,\n\nLooking forward to our intro interview! We'll
  talk about your experience\, the LiveOps team and next steps.\n\nJoin the
  video meeting: https://app.teamtailor.com/meetings/m/8c1f0a2b\n\nBest\,\nP
 riya Sandhu\nTalent Partner\, Mistral Mobile
ORGANIZER;CN=Priya Sandhu:mailto:priya.sandhu@mistralmobile.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings",
        uid=(
            "040000008200E00074C5B7101A82E008000000004B9F2D0C526ADB010000000000000000100000003C7A1E9B5D"
            "2F4A8CB6E0D1F3A5C7E9B2"
        ),
        is_interview=1,
        company="Pacific Spire Games",
        role="Senior Producer",
        stage="",
        interviewers="Pacific Spire Talent Team",
        trap="microsoft-bookings-staff-unnamed",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Pacific Spire Careers:mailto:PacificSpireCareers@pacificspire.
 onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Seo-yeon P
 ark:mailto:seoyeon.park.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Senior Pr
 oducer - Interview (45 minutes)\nStaff: Pacific Spire Talent Team\n\nJoin
  your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y
 jk1\n\nTo manage your booking: https://outlook.office365.com/owa/calendar/
 PacificSpireCareers@pacificspire.onmicrosoft.com/bookings/\n\nPacific Spir
 e Games | 200 Granville St\, Vancouver
UID:040000008200E00074C5B7101A82E008000000004B9F2D0C526ADB01000000000000000
 0100000003C7A1E9B5D2F4A8CB6E0D1F3A5C7E9B2
SUMMARY;LANGUAGE=en-US:Senior Producer - Interview
DTSTART;TZID=Pacific Standard Time:20250225T100000
DTEND;TZID=Pacific Standard Time:20250225T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T172207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="video-interview",
        uid="workable-evt-9a0be3c55f@workable.com",
        is_interview=1,
        company="Starboard Games",
        role="Production Director",
        stage="hiring_manager",
        interviewers="reza.tabrizi@starboardgames.ca",
        trap="workable-video-interview-with-gm",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-9a0be3c55f@workable.com
DTSTAMP:20250304T200144Z
DTSTART:20250310T170000Z
DTEND:20250310T180000Z
SUMMARY:Video interview: Seo-yeon Park for Production Director at Starboard
  Games
DESCRIPTION:Seo-yeon Park\, you have been invited to a video interview for
  the Production Director job at Starboard Games.\n\nInterviewer: Reza Tabri
 zi (General Manager)\nJoin: https://meet.google.com/nho-vbew-pzr\n\nPlease
  let us know if you can't make it.
LOCATION:https://meet.google.com/nho-vbew-pzr
ORGANIZER;CN=Reza Tabrizi:mailto:reza.tabrizi@starboardgames.ca
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.par
 k.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-second",
        uid="C3A1F0E2-7B4D-4C9A-8E1F-5D2B6A0C9E77",
        is_interview=1,
        company="Hollow Pine Studio",
        role="",
        stage="",
        interviewers="Jess;Abe",
        trap="typed-2nd-round-floating-no-attendees",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250220T043015Z
DTSTART:20250225T123000
DTEND:20250225T133000
DTSTAMP:20250220T043022Z
LAST-MODIFIED:20250220T043022Z
LOCATION:Hollow Pine - 55 Water St (gastown)\, 3rd fl
SUMMARY:hollow pine 2nd rnd w/ Jess + Abe
DESCRIPTION:bring laptop - they want to see a real schedule (use Driftline
  cert plan\, blur names). ask about runway/funding + who does outsourcing
UID:C3A1F0E2-7B4D-4C9A-8E1F-5D2B6A0C9E77
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-panel",
        uid="gotomeeting-512-884-917-20250305@goto.com",
        is_interview=1,
        company="Orca Bay Entertainment",
        role="Sr. Producer",
        stage="onsite",
        interviewers="a.kowalczyk@orcabay.ca;t.nakamura@orcabay.ca;r.fontaine@orcabay.ca",
        trap="gotomeeting-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gotomeeting-512-884-917-20250305@goto.com
DTSTAMP:20250228T190322Z
DTSTART;TZID=America/Vancouver:20250305T130000
DTEND;TZID=America/Vancouver:20250305T143000
SUMMARY:Orca Bay Entertainment - Panel Interview - Sr. Producer
DESCRIPTION:Panel: Agata Kowalczyk (Executive Producer)\, Takeshi Nakamura
  (Art Director)\, Renée Fontaine (QA Manager)\n\nPlease join my meeting fro
 m your computer\, tablet or smartphone.\nhttps://meet.goto.com/512884917\n
 \nYou can also dial in using your phone.\nCanada: +1 (647) 497-9373\nAcces
 s Code: 512-884-917\n\nNew to GoTo Meeting? Get the app now and be ready w
 hen your first meeting starts: https://meet.goto.com/install
LOCATION:GoTo Meeting
ORGANIZER;CN=Orca Bay People Team:mailto:people@orcabay.ca
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Agata Kowalczyk:mailto:A.Kowalczyk@orcabay.ca
ATTENDEE;CN=Takeshi Nakamura:mailto:t.nakamura@orcabay.ca
ATTENDEE;CN=Renée Fontaine:mailto:r.fontaine@orcabay.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-presentation",
        uid="f7c01a92b4de4c7b8a3e5d61c09f2e48@deepcovegames.webex.com",
        is_interview=1,
        company="Deep Cove Games",
        role="Senior Producer",
        stage="technical",
        interviewers="lars.eriksen@deepcovegames.com;mei.lin@deepcovegames.com",
        trap="webex-portfolio-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:f7c01a92b4de4c7b8a3e5d61c09f2e48@deepcovegames.webex.com
DTSTAMP:20250306T001500Z
DTSTART;TZID=America/Vancouver:20250313T100000
DTEND;TZID=America/Vancouver:20250313T111500
SUMMARY:Deep Cove Games | Senior Producer - Portfolio Presentation (Seo-yeo
 n Park)
DESCRIPTION:Please prepare a 20-minute presentation of a project you produc
 ed end to end (scope\, schedule\, team\, what went wrong)\, followed by qu
 estions from Lars Eriksen (Studio Director) and Mei Lin (Lead Producer).\n
 \nWhen it's time\, join the Webex meeting here.\nhttps://deepcovegames.web
 ex.com/deepcovegames/j.php?MTID=m4b1e0c9f2a7d\nMeeting number (access code
 ): 2631 448 0917\nMeeting password: Cove2025\n\nJoin by phone\n+1-604-699-
 3021 Canada Toll (Vancouver)
LOCATION:https://deepcovegames.webex.com/meet/lars.eriksen
ORGANIZER;CN=Lars Eriksen:mailto:lars.eriksen@deepcovegames.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Mei Lin:mailto:mei.lin@deepcovegames.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-final",
        uid="lever-iv-e4b2907a-61cd-4a3f-8e57-09d1c6b3fa28",
        is_interview=1,
        company="Beacon Hill Interactive",
        role="Production Director",
        stage="final",
        interviewers="simone.clarke@beaconhill.games",
        trap="lever-final-in-victoria-ferry",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:lever-iv-e4b2907a-61cd-4a3f-8e57-09d1c6b3fa28
DTSTAMP:20250320T170244Z
DTSTART;TZID=America/Vancouver:20250328T133000
DTEND;TZID=America/Vancouver:20250328T150000
SUMMARY:Final Interview - Production Director - Beacon Hill Interactive
DESCRIPTION:Hi Seo-yeon\, you'll meet Simone Clarke (CEO) at our Victoria s
 tudio\, 1012 Douglas St. We'll reimburse the ferry or Harbour Air - just s
 end receipts.\n\nSent from Lever
LOCATION:Beacon Hill Interactive\, 1012 Douglas St\, Victoria BC
ORGANIZER;CN=Beacon Hill Recruiting:mailto:recruiting@beaconhill.games
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Simone Clarke:mailto:simone.clarke@beaconhill.games
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-screen",
        uid="5b7e2a19c0d34f6e@seoyeon-pixel",
        is_interview=1,
        company="Harbourlight Games",
        role="",
        stage="recruiter_screen",
        interviewers="Kate",
        trap="typed-phone-screen-recruiter-first-name",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:5b7e2a19c0d34f6e@seoyeon-pixel
DTSTAMP:20250305T153301Z
DTSTART:20250307T121500
DTEND:20250307T124500
SUMMARY:Harbourlight ph screen (Kate\, recruiter) - she calls my cell
DESCRIPTION:sr prod on their survival game. ask remote/hybrid + salary band
END:VEVENT
END:VCALENDAR
""",
    ),
]
