# ruff: noqa: E501, W291, W293, RUF100
"""holdout257 events, part B: more multi-round employers (Lever, GoodTime, internal, agency, German, founder)."""

from holdout257ev_zones import CHICAGO, TEAMS_FOOTER, WIN_CENTRAL, WIN_WEUROPE

EVENTS = [
    # --- Vantora Analytics, two rounds (first one rescheduled) ---
    dict(
        kind="lever-rescheduled-screen",
        uid="lever-interview-2f6a9c31-77b0-4e02-b1d4-98e3f0c5a6d7@hire.lever.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2f6a9c31-77b0-4e02-b1d4-98e3f0c5a6d7@hire.lever.example
DTSTAMP:20250219T143012Z
SEQUENCE:1
DTSTART:20250224T163000Z
DTEND:20250224T170000Z
SUMMARY:[Rescheduled] Phone Interview - Vantora Analytics - Talent Acquisiti
 on Lead
ORGANIZER;CN=Vantora Analytics:mailto:scheduling@hire.lever.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Courtney Abernathy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :courtney.abernathy@vantora.ai
LOCATION:Phone call - Courtney will call (312) 555-0139 if the number on fil
 e changes
DESCRIPTION:Hi Brandon\,\n\nYour phone interview has been moved from Thursda
 y 2/20 to Monday 2/24 at 10:30 AM CT at Courtney's request. Apologies for t
 he shuffle!\n\nInterviewer: Courtney Abernathy\, Senior Manager\, People Ope
 rations\nRole: Talent Acquisition Lead\n\nSent via Lever
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vantora Analytics",
        role="Talent Acquisition Lead",
        stage="recruiter_screen",
        interviewers="courtney.abernathy@vantora.ai",
        trap="lever-rescheduled-sequence-1-utc",
        hiring=False,
    ),
    dict(
        kind="lever-hiring-manager-zoom",
        uid="lever-interview-8d1e4b70-0c5f-4a9b-a2e6-3f7c9b1d0e84@hire.lever.example",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
UID:lever-interview-8d1e4b70-0c5f-4a9b-a2e6-3f7c9b1d0e84@hire.lever.example
DTSTAMP:20250227T210455Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20250305T151500
DTEND;TZID=America/Chicago:20250305T160000
SUMMARY:Interview with Vantora Analytics (Hiring Manager)
ORGANIZER;CN=Vantora Analytics:mailto:scheduling@hire.lever.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
ATTENDEE;CN=Rohan Mehta;ROLE=REQ-PARTICIPANT:mailto:rohan.mehta@vantora.ai
LOCATION:https://vantora.zoom.example/j/95514470021
DESCRIPTION:Brandon -- you'll meet Rohan Mehta\, VP People\, who the TA Lead 
 reports to. Expect questions on building a recruiting function from scratc
 h (we're ~140 people and hiring 60 this year) and on vendor/agency managem
 ent.\n\nZoom: https://vantora.zoom.example/j/95514470021  (ID 955 1447 0021
 )\n\nSent via Lever
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Vantora Analytics",
        role="",
        stage="hiring_manager",
        interviewers="rohan.mehta@vantora.ai",
        trap="lever-role-only-in-description-as-abbreviation",
        hiring=False,
    ),
    # --- Meridian Pay, two rounds ---
    dict(
        kind="greenhouse-sourcing-exercise",
        uid="greenhouse-interview-50277418-2@meridianpay.greenhouse.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-50277418-2@meridianpay.greenhouse.example
DTSTAMP:20250220T190031Z
DTSTART:20250226T170000Z
DTEND:20250226T180000Z
SUMMARY:Live Sourcing Exercise - Brandon Whitaker - Technical Sourcer / Recr
 uiter (Payments)
ORGANIZER;CN=Nico Bianchi:mailto:nico.bianchi@meridianpay.com
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brandon.
 whitaker.tx@gmail.com
ATTENDEE;CN=Yasmin Haddad;PARTSTAT=ACCEPTED:mailto:yasmin.haddad@meridianpay.
 com
LOCATION:Zoom (link below)
DESCRIPTION:Hi Brandon\,\n\nThis 60-minute session is a hands-on sourcing ex
 ercise with Yasmin Haddad (Lead Technical Sourcer). You'll get a real (anon
 ymized) req for a Staff Backend Engineer - Payments and build Boolean/X-ray
  strings live\, then talk through your outreach sequence. Please have Linke
 dIn Recruiter (or your tool of choice) and a Google search window ready to 
 share.\n\nZoom: https://meridianpay.zoom.example/j/81190046231\n\nBest\,\nN
 ico Bianchi | Recruiting Coordinator
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Meridian Pay",
        role="Technical Sourcer / Recruiter (Payments)",
        stage="technical",
        interviewers="yasmin.haddad@meridianpay.com",
        trap="boolean-sourcing-exercise-as-technical-round",
        hiring=False,
    ),
    dict(
        kind="goodtime-virtual-onsite",
        uid="goodtime-8841927-meridianpay-0f3e@goodtime.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8841927-meridianpay-0f3e@goodtime.example
DTSTAMP:20250306T154522Z
DTSTART:20250312T143000Z
DTEND:20250312T173000Z
SUMMARY:Meridian Pay Virtual Onsite - Brandon Whitaker
ORGANIZER;CN=Meridian Pay Recruiting via GoodTime:mailto:scheduling@meridian
 pay.goodtime.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
LOCATION:Zoom - links per session below
DESCRIPTION:Your Virtual Onsite Itinerary\n\nRole: Technical Sourcer / Recr
 uiter (Payments)\nAll times Central (CT)\n\n9:30 - 10:15 AM  Recruiting Par
 tnership | Claire Donnelly (Senior Recruiting Manager)\n   https://meridian
 pay.zoom.example/j/81002233101\n10:15 - 11:00 AM  Engineering Stakeholder |
  Viktor Sandoval (Director of Engineering\, Payments Core)\n   https://merid
 ianpay.zoom.example/j/81002233102\n11:00 - 11:15 AM  Break\n11:15 AM - 12:
 00 PM  Values & Collaboration | Yasmin Haddad and Tobias Greer\n   https://m
 eridianpay.zoom.example/j/81002233103\n12:00 - 12:30 PM  Candidate Q&A with
  Nico (Recruiting Coordinator)\n\nInterviewer calendars will receive separa
 te invitations. Need to make a change? Reply to this email.\n\nScheduled wi
 th GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Meridian Pay",
        role="Technical Sourcer / Recruiter (Payments)",
        stage="onsite",
        interviewers="Claire Donnelly;Viktor Sandoval;Yasmin Haddad;Tobias Greer",
        trap="goodtime-itinerary-interviewers-only-in-description",
        hiring=False,
    ),
    # --- Lakeloop Staffing internal application, two rounds ---
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000443A7F2E9C1B0D55",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Renee":mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castellano, V
 incent":mailto:vcastellano@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Brandon\, thanks for throwing your hat in the ri
 ng for the Recruiting Team Lead (IT Contract Desk) opening. Per our interna
 l mobility process\, first conversation is with Vince as the hiring manage
 r. Please keep this confidential from the desk until postings close Friday
 .\n\nRenee Fitzgerald | HR Business Partner{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000443A7F2E9C1B0D55
SUMMARY;LANGUAGE=en-US:Internal interview - Recruiting Team Lead (IT Contra
 ct) - B. Whitaker / V. Castellano
DTSTART;TZID=Central Standard Time:20250227T080000
DTEND;TZID=Central Standard Time:20250227T084500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250221T221200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lakeloop Staffing",
        role="Recruiting Team Lead (IT Contract Desk)",
        stage="hiring_manager",
        interviewers="vcastellano@lakeloopstaffing.com",
        trap="internal-application-own-employer-private-class",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-panel",
        uid="040000008200E00074C5B7101A82E008000000009F8E7D6C5B4ADB01000000000000000010000000B2C4D6E8F0A1C3E5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Renee":mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
  Brandon":mailto:bwhitaker@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castellano, V
 incent":mailto:vcastellano@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nakamura, Jo
 di":mailto:jnakamura@lakeloopstaffing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fitzgerald, R
 enee":mailto:rfitzgerald@lakeloopstaffing.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CHI-Wacker-
 Huddle 3":mailto:chi-wacker-huddle3@lakeloopstaffing.com
DESCRIPTION;LANGUAGE=en-US:Round 2 for the internal Recruiting Team Lead po
 sting: panel with Vince Castellano (Regional VP)\, Jodi Nakamura (Director\,
  Delivery) and Renee (HR). Please bring a short 30/60/90 for the desk (KPIs
 : submittals-to-interview\, fill rate\, contractor retention).
UID:040000008200E00074C5B7101A82E008000000009F8E7D6C5B4ADB01000000000000000010000000B2C4D6E8F0A1C3E5
SUMMARY;LANGUAGE=en-US:Panel - Team Lead posting (Brandon W.)
DTSTART;TZID=Central Standard Time:20250314T160000
DTEND;TZID=Central Standard Time:20250314T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250307T165300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-Wacker-Huddle 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lakeloop Staffing",
        role="Recruiting Team Lead",
        stage="onsite",
        interviewers="vcastellano@lakeloopstaffing.com;jnakamura@lakeloopstaffing.com;rfitzgerald@lakeloopstaffing.com",
        trap="internal-panel-hr-organizer-also-interviews-room",
        hiring=False,
    ),
    # --- Halden Labs, two rounds ---
    dict(
        kind="lever-google-recruiter-screen",
        uid="0qv8m3k1t5h7b2n9c4x6z1r8ws@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250303T090000
DTEND;TZID=America/Chicago:20250303T093000
DTSTAMP:20250226T200041Z
ORGANIZER;CN=Elena Voss:mailto:elena@haldenlabs.com
UID:0qv8m3k1t5h7b2n9c4x6z1r8ws@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena V
 oss;X-NUM-GUESTS=0:mailto:elena@haldenlabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hld-xwbe-ruq
CREATED:20250226T200040Z
DESCRIPTION:Hey Brandon - great to reconnect after our coffee. Here's the f
 ormal first step for the Founding Recruiter role: 30 min\, mostly about yo
 ur full-cycle numbers and comp expectations.\n\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https:
 //meet.google.com/hld-xwbe-ruq\nOr dial: (US) +1 469-555-0117 PIN: 338 209
  114#\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250226T200040Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Halden Labs - Founding Recruiter - screen (Brandon Whitaker)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Halden Labs",
        role="Founding Recruiter",
        stage="recruiter_screen",
        interviewers="elena@haldenlabs.com",
        trap="after-informational-coffee-formal-screen",
        hiring=False,
    ),
    dict(
        kind="apple-hand-typed-final",
        uid="A81C3F52-6B0D-4E27-9F14-C2D7E8B90A16",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A81C3F52-6B0D-4E27-9F14-C2D7E8B90A16
DTSTAMP:20250311T031522Z
CREATED:20250311T031509Z
LAST-MODIFIED:20250311T031522Z
DTSTART:20250318T133000
DTEND:20250318T150000
SUMMARY:Halden final - CPO + Sam (founder)
LOCATION:Halden Labs\n333 N Green St\, 4th fl\nChicago IL 60607
DESCRIPTION:bring laptop\, 2 copies of hiring plan. ask abt equity refresh 
 + who owns TA budget. Sam = Sam Okonkwo\, CPO = Lin Pereira
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:2D5C1A03-88E4-4B1F-A3C9-0F6E2B7D9A11
UID:2D5C1A03-88E4-4B1F-A3C9-0F6E2B7D9A11
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Halden Labs",
        role="",
        stage="final",
        interviewers="Lin Pereira;Sam Okonkwo",
        trap="ios-floating-hand-typed-no-attendees-no-interview-word",
        hiring=False,
    ),
    # --- Stratavolt Energy via agency recruiter, two rounds ---
    dict(
        kind="agency-recruiter-names-employer",
        uid="c4f1a7e2-3b9d-41c8-8e6f-2d0a5b7c9e13@talentforgesearch.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250213T184402Z
DESCRIPTION:Brandon\,\n\nConfirming our call re: the Talent Acquisition Lea
 d role at Stratavolt Energy (my client - renewable energy developer\, HQ in
  Chicago\, ~900 employees). I'll walk you through the team\, comp band (135
 -155K + 15% bonus) and ask a few screening questions before I submit you to
  their VP HR.\n\nDial-in: I'll call your cell.\n\nDerek Hollins\nPrincipal
 \, Talentforge Search\nderek@talentforgesearch.example | (312) 555-0176\n
DTEND;TZID="Central Standard Time":20250217T123000
DTSTAMP:20250213T184402Z
DTSTART;TZID="Central Standard Time":20250217T120000
LAST-MODIFIED:20250213T184402Z
LOCATION:Phone
ORGANIZER;CN="Derek Hollins":mailto:derek@talentforgesearch.example
ATTENDEE;CN="Brandon Whitaker";RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Stratavolt Energy - TA Lead - screening call (Talent
 forge)
TRANSP:OPAQUE
UID:c4f1a7e2-3b9d-41c8-8e6f-2d0a5b7c9e13@talentforgesearch.example
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stratavolt Energy",
        role="Talent Acquisition Lead",
        stage="recruiter_screen",
        interviewers="derek@talentforgesearch.example",
        trap="agency-screen-company-is-client-employer",
        hiring=False,
    ),
    dict(
        kind="agency-forwarded-client-onsite",
        uid="c4f1a7e2-3b9d-41c8-8e6f-2d0a5b7c9e99@talentforgesearch.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250228T150112Z
DESCRIPTION:Brandon - you're confirmed with Stratavolt! In person at their 
 office\, 1 hr with Anita Szabo (VP Human Resources) then 30 min with Jerome
  Pike (COO). Anita wants to hear how you'd cut agency spend - ironic\, I kn
 ow :) Call me right after.\n\nStratavolt Energy\n125 S Clark St\, 17th Flo
 or\, Chicago\nAsk for Anita at reception.\n\n-Derek
DTEND;TZID="Central Standard Time":20250306T113000
DTSTAMP:20250228T150112Z
DTSTART;TZID="Central Standard Time":20250306T100000
LAST-MODIFIED:20250228T150112Z
LOCATION:Stratavolt Energy\, 125 S Clark St\, 17th Floor\, Chicago IL
ORGANIZER;CN="Derek Hollins":mailto:derek@talentforgesearch.example
ATTENDEE;CN="Brandon Whitaker";RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:CONFIRMED: Brandon Whitaker @ Stratavolt (VP HR + C
 OO) - in person
TRANSP:OPAQUE
UID:c4f1a7e2-3b9d-41c8-8e6f-2d0a5b7c9e99@talentforgesearch.example
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stratavolt Energy",
        role="",
        stage="hiring_manager",
        interviewers="Anita Szabo;Jerome Pike",
        trap="agency-organizer-client-interviewers-not-attendees",
        hiring=False,
    ),
    # --- Kopfwerk Software (Berlin scaleup hiring a US recruiter), two rounds ---
    dict(
        kind="personio-german-english",
        uid="personio-interview-5530912-kopfwerk@personio.example",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
UID:personio-interview-5530912-kopfwerk@personio.example
DTSTAMP:20250218T093012Z
DTSTART;TZID=America/Chicago:20250221T083000
DTEND;TZID=America/Chicago:20250221T091500
SUMMARY:Kennenlerngespräch / Intro call: Senior Talent Acquisition Partner 
 (US) - Brandon Whitaker
ORGANIZER;CN=Kopfwerk Software GmbH:mailto:jobs@kopfwerk-software.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
ATTENDEE;CN=Johanna Reiter;ROLE=REQ-PARTICIPANT:mailto:johanna.reiter@kopfw
 erk-software.example
LOCATION:Google Meet: https://meet.google.com/kpf-wrkx-usa
DESCRIPTION:Hallo Brandon\,\n\nvielen Dank für deine Bewerbung als Senior T
 alent Acquisition Partner (US)! (English below)\n\nWir freuen uns auf ein er
 stes Kennenlernen mit Johanna Reiter (Head of People) - 45 Minuten per Goog
 le Meet.\n\n---\nHi Brandon\, thanks for applying! Johanna Reiter (Head of
  People) is looking forward to a first 45-minute intro call. We're hiring o
 ur first US recruiter to build the Chicago office.\n\nViele Grüße / Best\,\n
 Dein Kopfwerk Recruiting Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kopfwerk Software",
        role="Senior Talent Acquisition Partner (US)",
        stage="recruiter_screen",
        interviewers="johanna.reiter@kopfwerk-software.example",
        trap="german-personio-kennenlerngespraech-bilingual",
        hiring=False,
    ),
    dict(
        kind="outlook-w-europe-case-study",
        uid="040000008200E00074C5B7101A82E0080000000077AB3C1D9E8FDB01000000000000000010000000D1E2F3A4B5C6D7E8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_WEUROPE}BEGIN:VEVENT
ORGANIZER;CN="Reiter, Johanna":mailto:johanna.reiter@kopfwerk-software.exampl
 e
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.whi
 taker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brückner, Fal
 k":mailto:falk.brueckner@kopfwerk-software.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reiter, Johan
 na":mailto:johanna.reiter@kopfwerk-software.example
DESCRIPTION;LANGUAGE=de-DE:Hi Brandon\,\n\nas discussed: Fachgespräch / cas
 e study round with Falk Brückner (CTO) and me. Please prepare a short recr
 uiting plan for our first 10 US engineering hires (channels\, timeline\, b
 udget\, interview process). 15 min presentation\, 45 min discussion.\n\nNo
 te: 16:00 Berlin = 9:00 Chicago.\n\nBeste Grüße\nJohanna{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000077AB3C1D9E8FDB01000000000000000010000000D1E2F3A4B5C6D7E8
SUMMARY;LANGUAGE=de-DE:Fachgespräch Case Study - Brandon Whitaker (Sr. TAP U
 S)
DTSTART;TZID=W. Europe Standard Time:20250304T160000
DTEND;TZID=W. Europe Standard Time:20250304T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T101844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kopfwerk Software",
        role="Sr. TAP US",
        stage="technical",
        interviewers="falk.brueckner@kopfwerk-software.example;johanna.reiter@kopfwerk-software.example",
        trap="german-fachgespraech-w-europe-zone-case-study",
        hiring=False,
    ),
    # --- Parcelwise (startup, founder on free mail), two rounds ---
    dict(
        kind="gmail-founder-coffee",
        uid="2mz7c0x5b9k1v3q8n4w6h2r0tp@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250225T080000
DTEND;TZID=America/Chicago:20250225T090000
DTSTAMP:20250221T235911Z
ORGANIZER;CN=Tomasz Wren:mailto:tomasz.wren.pw@gmail.com
UID:2mz7c0x5b9k1v3q8n4w6h2r0tp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomasz 
 Wren;X-NUM-GUESTS=0:mailto:tomasz.wren.pw@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
CREATED:20250221T235910Z
DESCRIPTION:Brandon - thanks for replying to my post. We just closed our se
 ed (Parcelwise\, last-mile routing for regional carriers) and need someone 
 to own hiring for the next 25 people. Let's grab coffee and talk about whe
 ther a first in-house recruiter role makes sense for you. My treat.\n\nTom
 asz\n\nInvitation from Google Calendar: https://calendar.google.com/calenda
 r/\n\nYou are receiving this email because you are an attendee on the even
 t.
LAST-MODIFIED:20250221T235910Z
LOCATION:Sawada Coffee\, 112 N Green St\, Chicago\, IL 60607\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee - Tomasz / Brandon (Parcelwise recruiting role)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Parcelwise",
        role="",
        stage="hiring_manager",
        interviewers="tomasz.wren.pw@gmail.com",
        trap="founder-gmail-coffee-is-a-hiring-conversation",
        hiring=False,
    ),
    dict(
        kind="gmail-founder-trial-day",
        uid="6tw1p9r3c5x7v0n2m8k4q6b1zs@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250310T090000
DTEND;TZID=America/Chicago:20250310T160000
DTSTAMP:20250303T190233Z
ORGANIZER;CN=Tomasz Wren:mailto:tomasz.wren.pw@gmail.com
UID:6tw1p9r3c5x7v0n2m8k4q6b1zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomasz 
 Wren;X-NUM-GUESTS=0:mailto:tomasz.wren.pw@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Keiko B
 arnes;X-NUM-GUESTS=0:mailto:keiko.barnes.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
CREATED:20250303T190232Z
DESCRIPTION:Paid trial day ($600) before we make it official: sit with me a
 nd Keiko (co-founder/CTO)\, rebuild our job ads\, set up the ATS trial\, and
  source for the two senior backend reqs. We'll debrief at 3:30 and decide 
 next steps together.\n\nInvitation from Google Calendar: https://calendar.g
 oogle.com/calendar/
LAST-MODIFIED:20250303T190232Z
LOCATION:Parcelwise (WeWork Fulton Market\, 1330 W Fulton St\, 3rd fl)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parcelwise trial day - Brandon
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Parcelwise",
        role="",
        stage="onsite",
        interviewers="tomasz.wren.pw@gmail.com;keiko.barnes.dev@gmail.com",
        trap="paid-trial-day-founders-on-free-mail",
        hiring=False,
    ),
]
