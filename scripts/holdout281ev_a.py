# ruff: noqa: E501, W291, W293, RUF100
"""holdout281 events, part A: the user's own interviews (Balnacraig to Auchterkeil)."""

from holdout281ev_zones import GMT_STANDARD, LONDON, ROMANCE, UTC0_DUBLIN, UTC1_BRUSSELS

FORMS = {
    "Balnacraig Distillery": "Balnacraig",
    "Kilnaughton Distillery": "Kilnaughton|Kilnaughton Distillery Co",
    "Morven Spirits": "Morven Spirits plc|Morven|Glen Tarvie Distillery|Glen Tarvie",
    "Allt Dubh Distillery": "Allt Dubh|Allt Dubh Distillery Ltd",
    "Leith Cask Exchange": "LCE|Leith Cask Exchange Ltd",
    "Albion & Thistle Spirits": "Albion & Thistle|Albion and Thistle|Albion and Thistle Spirits|A&T",
    "Caledon Drinks Group": "Caledon Drinks|Caledon|Caledon Drinks Group plc|Shieldhall Bottling",
    "Glenavon Distillery": "Glenavon|Glenavon Distillery Ltd",
    "Tòrr Dhubh Distillery": "Torr Dhubh|Tòrr Dhubh|Torr Dhubh Distillery",
    "Glen Rothay Distillery": "Glen Rothay|Maison Delaborde",
    "Auchterkeil Distillery": "Auchterkeil|Grupo Valdeorra",
}

EVENTS = [
    dict(
        kind="outlook-agency-screen",
        uid="040000008200E00074C5B7101A82E0080000000070A4E41C2BD4DC01000000000000000010000000A3F91C6E8F0B4B4C9E1D5A27C3B6F0A1",
        is_interview=1,
        company="Balnacraig Distillery",
        role="Distillery Manager",
        stage="recruiter_screen",
        interviewers="gordon.ritchie@caskandstill.example.co.uk",
        trap="drinks-agency-names-client-phone-brief",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Ritchie, Gordon":mailto:gordon.ritchie@caskandstill.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nAs discussed on Friday – a diary placeholder for our call to go through the Distillery Manager brief at Balnacraig Distillery (Dufftown) before I put your CV forward to their Operations Director. I'll ring you on 07700 900412.\n\nI'd like to cover: your warehousing and HMRC experience\, size of team you run\, notice period\, salary expectations and why Balnacraig.\n\nKind regards\,\nGordon\n\nGordon Ritchie | Principal Consultant – Production & Distilling\nCask & Still Recruitment Ltd | 0131 496 0218 | Melville Street\, Edinburgh\n\n
UID:040000008200E00074C5B7101A82E0080000000070A4E41C2BD4DC01000000000000000010000000A3F91C6E8F0B4B4C9E1D5A27C3B6F0A1
SUMMARY;LANGUAGE=en-GB:Callum Fraser / Cask & Still – Balnacraig DM brief (phone)
DTSTART;TZID=GMT Standard Time:20260609T123000
DTEND;TZID=GMT Standard Time:20260609T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260605T151207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – Gordon to call Callum (mob)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118443610
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000D1C2F0A7E8DADC01000000000000000010000000B27E4D0A9F3C5E41A6D07B8E2C914F55",
        is_interview=1,
        company="Balnacraig Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="fiona.lennox@balnacraig.example.co.uk;stuart.imrie@balnacraig.example.co.uk",
        trap="competency-interview-agency-cc-last-first-cn",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Lennox, Fiona":mailto:fiona.lennox@balnacraig.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Imrie, Stuart":mailto:stuart.imrie@balnacraig.example.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ritchie, Gordon":mailto:gordon.ritchie@caskandstill.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Callum\,\n\nThank you for your interest in the Distillery Manager role at Balnacraig. Gordon at Cask & Still has passed on your CV and we'd like to invite you to a first interview with myself and Stuart Imrie (Head of Warehousing & Spirit Logistics).\n\nThe interview will be competency-based (roughly an hour) – please come with examples around leading a shift team\, spirit quality\, health & safety and working with HMRC. There is no presentation at this stage.\n\nBest wishes\,\nFiona\n\nFiona Lennox\nOperations Director\, Balnacraig Distillery\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM2ZTEtY2FmNy00OGI1LWE4NzAtNTk2MWRiOWE1YjQ3%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>\nMeeting ID: 318 552 904 117\nPasscode: x7Qm3P\nDownload Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOr call in (audio only)\n+44 20 7946 0311\,\,629184033#<tel:+442079460311\,\,629184033#>   United Kingdom\, London\nPhone Conference ID: 629 184 033#\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n\n
UID:040000008200E00074C5B7101A82E00800000000D1C2F0A7E8DADC01000000000000000010000000B27E4D0A9F3C5E41A6D07B8E2C914F55
SUMMARY;LANGUAGE=en-GB:Interview – Distillery Manager – Callum Fraser
DTSTART;TZID=GMT Standard Time:20260619T140000
DTEND;TZID=GMT Standard Time:20260619T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260612T083341Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1730955826
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjM2ZTEtY2FmNy00OGI1LWE4NzAtNTk2MWRiOWE1YjQ3%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d
X-MICROSOFT-SKYPETEAMSPROPERTIES:{{"cid":"19:meeting_NzQ1YjM2ZTEtY2FmNy00OGI1LWE4NzAtNTk2MWRiOWE1YjQ3@thread.v2"\,"rid":0\,"mid":0\,"uid":null\,"private":true\,"type":0}}
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:fiona.lennox@balnacraig.example.co.uk\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzQ1YjM2ZTEtY2FmNy00OGI1LWE4NzAtNTk2MWRiOWE1YjQ3-thread.v2!a1b2c3d4
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-typed",
        uid="6F1E2C7A-93B4-4C1D-8E5A-0D2B7F4A9C31",
        is_interview=1,
        company="Balnacraig Distillery",
        role="",
        stage="final",
        interviewers="F Lennox;H Cowie",
        trap="hand-typed-floating-final-initials-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260702T193512Z
UID:6F1E2C7A-93B4-4C1D-8E5A-0D2B7F4A9C31
DTEND:20260714T150000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Balnacraig final - site walk + panel (F Lennox\, H Cowie MD)
LAST-MODIFIED:20260702T193622Z
DTSTAMP:20260702T193622Z
DTSTART:20260714T113000
LOCATION:Balnacraig Distillery\nDufftown AB55
SEQUENCE:0
DESCRIPTION:bring certs + 2 copies CV\, PPE boots\nask re warehouse capacity / new racking\, HMRC relationship\, shift pattern\, cask fill plan 2027
BEGIN:VALARM
X-WR-ALARMUID:0C7B4D2E-5A61-4F3B-9E28-7D1A6C3B5F40
UID:0C7B4D2E-5A61-4F3B-9E28-7D1A6C3B5F40
TRIGGER:-PT1H
ATTACH;VALUE=URI:Chord
ACTION:AUDIO
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E008000000003F6B1E9C58DDDC0100000000000000001000000045A1C8E2D7B04F9C8A3E61F0B5D2C7E8",
        is_interview=1,
        company="Kilnaughton Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="mairi.campbell@kilnaughton.example.com;donald.ferguson@kilnaughton.example.com",
        trap="islay-teams-windows-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Mairi Campbell:mailto:mairi.campbell@kilnaughton.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Donald Ferguson:mailto:donald.ferguson@kilnaughton.example.com
DESCRIPTION;LANGUAGE=en-GB:Callum\, \n\nGreat to hear from you. As mentioned\, Donald (our chairman) and I would like to have a first conversation with you about the Distillery Manager post before we think about getting you over to the island. Teams link below – if the connection on our side is poor (it often is at Port Ellen end of the island!) I'll phone you instead.\n\nMairi\n\nMairi Campbell | Head of Production | Kilnaughton Distillery\, Isle of Islay PA42\n01632 960 771\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE0NTk1NmQtMzM4Yi00NDUxLWJlNzItOGYzZjQ4MTE5YzA0%40thread.v2/0>\nMeeting ID: 385 019 774 220\nPasscode: 9dRf2s\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003F6B1E9C58DDDC0100000000000000001000000045A1C8E2D7B04F9C8A3E61F0B5D2C7E8
SUMMARY;LANGUAGE=en-GB:Kilnaughton – Distillery Manager – first conversation
DTSTART;TZID=GMT Standard Time:20260723T100000
DTEND;TZID=GMT Standard Time:20260723T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260716T141955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-site-visit",
        uid="040000008200E00074C5B7101A82E00800000000A9E3C47B12E0DC010000000000000000100000007C5D2B9E0A1F4E3B8D6C5A4F3E2D1C0B",
        is_interview=1,
        company="Kilnaughton Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="mairi.campbell@kilnaughton.example.com;donald.ferguson@kilnaughton.example.com;ewan.mcarthur@kilnaughton.example.com",
        trap="islay-site-visit-original-before-reschedule-utc-offset-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC0_DUBLIN}
BEGIN:VEVENT
ORGANIZER;CN=Mairi Campbell:mailto:mairi.campbell@kilnaughton.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Donald Ferguson:mailto:donald.ferguson@kilnaughton.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ewan McArthur:mailto:ewan.mcarthur@kilnaughton.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nAs promised\, here's the date for your visit to Kilnaughton. Plan for the day:\n\n11:00  Arrive\, coffee in the visitor centre\n11:15  Walk round with Ewan (stillman\, 30 years here) – mill\, mash\, stillhouse\, warehouses 1-4\n12:30  Lunch\n13:30  Second interview with Donald and myself (approx. 90 min) – includes a short presentation from you: "My first 100 days at Kilnaughton" (10 min\, no slides needed)\n15:00  Finish – you'll make the 15:30 sailing from Port Askaig\n\nWe'll cover your ferry and one night at the Lochside. Let me know your car registration for the booking.\n\nMairi\n
UID:040000008200E00074C5B7101A82E00800000000A9E3C47B12E0DC010000000000000000100000007C5D2B9E0A1F4E3B8D6C5A4F3E2D1C0B
SUMMARY;LANGUAGE=en-GB:Kilnaughton Distillery – visit & second interview
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260813T110000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260813T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260727T091502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Kilnaughton Distillery\, Isle of Islay
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1440M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000A9E3C47B12E0DC010000000000000000100000007C5D2B9E0A1F4E3B8D6C5A4F3E2D1C0B",
        is_interview=1,
        company="Kilnaughton Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="mairi.campbell@kilnaughton.example.com;donald.ferguson@kilnaughton.example.com;ewan.mcarthur@kilnaughton.example.com",
        trap="ferry-cancelled-reschedule-same-uid-higher-sequence",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC0_DUBLIN}
BEGIN:VEVENT
ORGANIZER;CN=Mairi Campbell:mailto:mairi.campbell@kilnaughton.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Fraser:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Donald Ferguson:mailto:donald.ferguson@kilnaughton.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ewan McArthur:mailto:ewan.mcarthur@kilnaughton.example.com
DESCRIPTION;LANGUAGE=en-GB:Callum – sorry about this. With the ferry cancellations this week there's no way you'd get across on the 13th\, so let's move it a week. Same plan as before (walk round with Ewan\, lunch\, then the second interview with Donald and me incl. your 10-minute "first 100 days" piece). 11:00 start again.\n\nMairi\n
UID:040000008200E00074C5B7101A82E00800000000A9E3C47B12E0DC010000000000000000100000007C5D2B9E0A1F4E3B8D6C5A4F3E2D1C0B
SUMMARY;LANGUAGE=en-GB:Kilnaughton Distillery – visit & second interview (NEW DATE)
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260820T110000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260820T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260811T162044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Kilnaughton Distillery\, Isle of Islay
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1440M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTERVIEW-7f3a9c41e2b84d0c9a15b6e7d8c2f103@morvenspirits.example.co.uk",
        is_interview=1,
        company="Morven Spirits",
        role="Distillery Manager – Glen Tarvie",
        stage="recruiter_screen",
        interviewers="lorna.kerr@morvenspirits.example.co.uk",
        trap="workday-parent-group-names-distillery-req-id",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f3a9c41e2b84d0c9a15b6e7d8c2f103@morvenspirits.example.co.uk
DTSTAMP:20260811T103012Z
DTSTART:20260818T083000Z
DTEND:20260818T090000Z
SUMMARY:Interview: Distillery Manager – Glen Tarvie (R-0045128) – Callum Fraser
ORGANIZER;CN=Morven Spirits Talent Acquisition:mailto:morvenspirits@myworkday.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Lorna Kerr;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lorna.kerr@morvenspirits.example.co.uk
LOCATION:Telephone – we will call you on the number in your candidate profile
DESCRIPTION:Dear Callum\,\n\nThank you for applying for the position of Distillery Manager – Glen Tarvie (R-0045128) with Morven Spirits plc.\n\nYou are invited to a 30 minute telephone interview with Lorna Kerr\, Talent Acquisition Partner.\n\nDate: Tuesday 18 August 2026\nTime: 09:30 – 10:00 (UK time)\n\nTo view or update your application\, please sign in to your candidate home account.\n\nKind regards\,\nTalent Acquisition\nMorven Spirits plc\n\nThis is a system-generated message from Workday. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-centre",
        uid="040000008200E00074C5B7101A82E00800000000E7B94C2A3FE8DC01000000000000000010000000F2C4A6E8B0D1435F9C7E5A3B1D2F4E6A",
        is_interview=1,
        company="Morven Spirits",
        role="Distillery Manager – Glen Tarvie",
        stage="onsite",
        interviewers="lorna.kerr@morvenspirits.example.co.uk;graham.souter@morvenspirits.example.co.uk;ailsa.dunbar@morvenspirits.example.co.uk",
        trap="assessment-centre-shl-tests-rooms-resources-sent-by",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Souter, Graham";SENT-BY="mailto:ta.scheduling@morvenspirits.example.co.uk":mailto:graham.souter@morvenspirits.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kerr, Lorna":mailto:lorna.kerr@morvenspirits.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dunbar, Ailsa":mailto:ailsa.dunbar@morvenspirits.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ELG - Lossie Room (12)":mailto:elg.lossieroom@morvenspirits.example.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ELG - Assessment laptops x4":mailto:elg.laptops@morvenspirits.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Callum\,\n\nFollowing your telephone interview with Lorna\, we are pleased to invite you to the assessment centre for the Distillery Manager – Glen Tarvie role at our Elgin office.\n\nAgenda\n09:30  Welcome & safety briefing\n09:45  SHL Verify numerical and verbal reasoning (on-site\, laptops provided)\n10:45  Written exercise – warehouse capacity & cask movement plan (in-tray)\n12:00  Lunch with the Glen Tarvie team\n13:00  Competency-based panel interview – Graham Souter (Malt Distilleries Director)\, Ailsa Dunbar (Group Spirit Quality Manager) and Lorna Kerr (Talent Acquisition)\n14:15  Site visit to Glen Tarvie (15 min drive)\n16:00  Close\n\nPlease bring photo ID and a copy of your UK driving licence. Lunch is provided – let us know of any dietary requirements.\n\nKind regards\,\nTalent Acquisition Scheduling on behalf of Graham Souter\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Callum\,</p><p>Following your telephone interview with Lorna\, we are pleased to invite you to the <b>assessment centre</b> for the Distillery Manager – Glen Tarvie role at our Elgin office.</p><table><tr><td>09:30</td><td>Welcome &amp\; safety briefing</td></tr><tr><td>09:45</td><td>SHL Verify numerical and verbal reasoning</td></tr><tr><td>10:45</td><td>Written exercise – warehouse capacity &amp\; cask movement plan</td></tr><tr><td>12:00</td><td>Lunch</td></tr><tr><td>13:00</td><td>Competency-based panel interview</td></tr><tr><td>14:15</td><td>Site visit to Glen Tarvie</td></tr></table></body></html>
UID:040000008200E00074C5B7101A82E00800000000E7B94C2A3FE8DC01000000000000000010000000F2C4A6E8B0D1435F9C7E5A3B1D2F4E6A
SUMMARY;LANGUAGE=en-GB:Assessment Centre – Distillery Manager Glen Tarvie – Callum Fraser
DTSTART;TZID=GMT Standard Time:20260903T093000
DTEND;TZID=GMT Standard Time:20260903T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260824T110405Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Morven Spirits\, Linkwood Business Park\, Elgin IV30 – Lossie Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancelled",
        uid="040000008200E00074C5B7101A82E00800000000C0F1A2B3D4E5DC010000000000000000100000009E8D7C6B5A4F43E2B1C0D9E8F7A6B5C4",
        is_interview=1,
        company="Morven Spirits",
        role="Distillery Manager – Glen Tarvie",
        stage="final",
        interviewers="graham.souter@morvenspirits.example.co.uk;neil.buchan@morvenspirits.example.co.uk",
        trap="final-cancelled-role-on-hold-method-cancel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Souter, Graham":mailto:graham.souter@morvenspirits.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Buchan, Neil":mailto:neil.buchan@morvenspirits.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Callum\, I'm sorry to cancel this at short notice. Following the group's restructuring announcement this morning the Glen Tarvie Distillery Manager appointment has been put on hold. Lorna will call you today to explain. We were genuinely impressed at the assessment centre.\n\nGraham\n
UID:040000008200E00074C5B7101A82E00800000000C0F1A2B3D4E5DC010000000000000000100000009E8D7C6B5A4F43E2B1C0D9E8F7A6B5C4
SUMMARY;LANGUAGE=en-GB:Canceled: Final interview – Glen Tarvie DM – Callum Fraser / N. Buchan (MD)
DTSTART;TZID=GMT Standard Time:20260917T140000
DTEND;TZID=GMT Standard Time:20260917T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260915T074412Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Morven Spirits\, Elgin – MD's office
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite",
        uid="5k2q8v1r7n3m0c6t4b9h1j2p5s@google.com",
        is_interview=1,
        company="Allt Dubh Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="ali.grant.alltdubh@gmail.example.com",
        trap="founder-free-mail-informal-chat",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260625T190000
DTEND;TZID=Europe/London:20260625T203000
DTSTAMP:20260620T212233Z
ORGANIZER;CN=Ali Grant:mailto:ali.grant.alltdubh@gmail.example.com
UID:5k2q8v1r7n3m0c6t4b9h1j2p5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ali Grant;X-NUM-GUESTS=0:mailto:ali.grant.alltdubh@gmail.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=callum.fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.
 fraser.speyside@btinternet.com
X-MICROSOFT-CDO-OWNERAPPTID:-1283744521
CREATED:20260620T212231Z
DESCRIPTION:Callum – good to finally speak. As I said on the phone\, nothing
  formal\, just an informal chat over a pint about the distillery manager jo
 b and what we're trying to build at Allt Dubh (first spirit ran in March\, 
 2 x 5\,000 L stills\, 1 dunnage warehouse and planning in for a second). Ki
 rsteen may join for the second half.\n\nAli\n\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~
 ::-\nInvitation from Google Calendar: https://calendar.google.com/calendar/
 \n\nYou are receiving this email because you are an attendee on the event.
  To stop receiving future updates for this event\, decline this event.\n\nF
 orwarding this invitation could allow any recipient to send a response to 
 the organiser\, be added to the guest list\, invite others regardless of th
 eir own invitation status or modify your RSVP.\n\nLearn more https://suppor
 t.google.com/calendar/answer/37135#forwarding\n-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-
LAST-MODIFIED:20260620T212231Z
LOCATION:The Highlander Inn\, Craigellachie
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Callum / Ali – pint & a chat re Allt Dubh
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export",
        uid="3hf7s0d2mq9a1kt6v8c4e5n2rl@google.com",
        is_interview=1,
        company="Allt Dubh Distillery",
        role="Distillery Manager",
        stage="onsite",
        interviewers="ali.grant.alltdubh@gmail.example.com;kirsteen.allt.dubh@hotmail.example.co.uk",
        trap="google-export-x-wr-founders-site-walk",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:callum.fraser.speyside@btinternet.com
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20260708T090000Z
DTEND:20260708T120000Z
DTSTAMP:20261120T081500Z
ORGANIZER;CN=Ali Grant:mailto:ali.grant.alltdubh@gmail.example.com
UID:3hf7s0d2mq9a1kt6v8c4e5n2rl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ali Gr
 ant;X-NUM-GUESTS=0:mailto:ali.grant.alltdubh@gmail.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kirste
 en Grant;X-NUM-GUESTS=0:mailto:kirsteen.allt.dubh@hotmail.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=callum
 .fraser.speyside@btinternet.com;X-NUM-GUESTS=0:mailto:callum.fraser.speysid
 e@btinternet.com
CREATED:20260626T081944Z
DESCRIPTION:Come and see the place properly this time. Walk round the still
 house and the warehouse site\, then sit down with Kirsteen and me to talk t
 hrough the role properly (what the DM job would look like\, package\, housi
 ng). Wear boots – the yard is still a building site.
LAST-MODIFIED:20260626T082210Z
LOCATION:Allt Dubh Distillery\, Knockando\, Aberlour AB38
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Allt Dubh – site walk + sit down w/ Ali & Kirsteen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-booking",
        uid="b7e41c9a-2d58-4f63-a0b1-6c3e9f82d475",
        is_interview=1,
        company="Leith Cask Exchange",
        role="Cask Manager",
        stage="recruiter_screen",
        interviewers="rona.baxter@leithcaskexchange.example.com",
        trap="calendly-between-names-broker-first-chat",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e41c9a-2d58-4f63-a0b1-6c3e9f82d475
DTSTAMP:20260728T132901Z
DTSTART:20260730T120000Z
DTEND:20260730T123000Z
SUMMARY:Cask Manager – first chat between Rona Baxter and Callum Fraser
ORGANIZER;CN=Rona Baxter:mailto:rona.baxter@leithcaskexchange.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Rona Baxter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:rona.baxter@leithcaskexchange.example.com
LOCATION:Google Meet (instructions in description)
DESCRIPTION:Event Name: Cask Manager – first chat\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/qwv-hrkd-zpe\n\nA 30-minute introductory call for applicants to the Cask Manager role at Leith Cask Exchange. We'll talk through your background in warehousing and cask management and answer any questions about LCE.\n\nPlease share anything that will help prepare for our meeting.: Currently Warehouse & Production Supervisor at a Speyside distillery (11 yrs)\, responsible for c. 38\,000 casks across dunnage and racked warehouses.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b7e41c9a-2d58-4f63-a0b1-6c3e9f82d475\nReschedule: https://calendly.com/reschedulings/b7e41c9a-2d58-4f63-a0b1-6c3e9f82d475\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-trade-test",
        uid="040000008200E00074C5B7101A82E008000000004B2D8F61A9E4DC0100000000000000001000000063A7C1E9D2B84F5AA0C3E7B9D1F2A4C6",
        is_interview=1,
        company="Leith Cask Exchange",
        role="Cask Manager",
        stage="technical",
        interviewers="hamish.duthie@leithcaskexchange.example.com",
        trap="cask-nosing-regauge-practical-in-bonded-warehouse",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Duthie, Hamish":mailto:hamish.duthie@leithcaskexchange.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baxter, Rona":mailto:rona.baxter@leithcaskexchange.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Callum\,\n\nThanks for your time with Rona last week. Next step is a practical with me at the bonded warehouse we use in Broxburn:\n\n- Sample and nose 6 casks (mix of ex-bourbon barrels\, hogsheads and a sherry butt) and give us your view on each: condition\, maturity\, indicative value and what you'd recommend to the owner (bottle\, re-rack\, hold)\n- Regauge exercise: work out RLA from a dip and a strength reading\n- 20 min chat afterwards\n\nWe provide the valinch and PPE. Photo ID needed to get onto the bonded site.\n\nHamish Duthie\nHead of Cask\, Leith Cask Exchange\n0131 496 0577\n
UID:040000008200E00074C5B7101A82E008000000004B2D8F61A9E4DC0100000000000000001000000063A7C1E9D2B84F5AA0C3E7B9D1F2A4C6
SUMMARY;LANGUAGE=en-GB:LCE – Cask Manager practical (C Fraser)
DTSTART;TZID=GMT Standard Time:20260811T100000
DTEND;TZID=GMT Standard Time:20260811T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260803T092210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Lothian Bonded Stores\, Unit 4 East Mains Ind. Est.\, Broxburn EH52
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM87215530941@zoom.us",
        is_interview=1,
        company="Leith Cask Exchange",
        role="Cask Manager",
        stage="final",
        interviewers="peter.halliday@leithcaskexchange.example.com;jo.halliday@leithcaskexchange.example.com",
        trap="zoom-ics-final-with-founders-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260819T150233Z
DTSTART:20260825T160000Z
DTEND:20260825T170000Z
SUMMARY:LCE final interview – Callum Fraser (Cask Manager)
UID:ZOOM87215530941@zoom.us
TZID:Europe/London
DESCRIPTION:Peter Halliday is inviting you to a scheduled Zoom meeting.\n\nFinal interview for the Cask Manager role with Peter and Jo Halliday (founders\, Leith Cask Exchange).\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/87215530941?pwd=Qm9xU2t3R0xhZ1BXbGZ4dz09\n\nMeeting ID: 872 1553 0941\nPasscode: 418207\n\n---\n\nOne tap mobile\n+442034815240\,\,87215530941#\,\,\,\,*418207# United Kingdom\n\n---\n\nDial by your location\n• +44 203 481 5240 United Kingdom\n• +44 131 460 1196 United Kingdom\n\nMeeting ID: 872 1553 0941\nPasscode: 418207\n\nFind your local number: https://us06web.zoom.us/u/kdQ3z8Xw1\n\n
LOCATION:https://us06web.zoom.us/j/87215530941?pwd=Qm9xU2t3R0xhZ1BXbGZ4dz09
ORGANIZER;CN=Peter Halliday:mailto:peter.halliday@leithcaskexchange.example.com
ATTENDEE;CN=Jo Halliday;ROLE=REQ-PARTICIPANT:mailto:jo.halliday@leithcaskexchange.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:callum.fraser.speyside@btinternet.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-41877205-5@albionthistle.example.com",
        is_interview=1,
        company="Albion & Thistle Spirits",
        role="Brand Ambassador – Single Malt Portfolio (Scotland & North)",
        stage="recruiter_screen",
        interviewers="priya.shah@albionthistle.example.com",
        trap="greenhouse-phone-screen-london-brand-role",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software\, Inc.//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-41877205-5@albionthistle.example.com
DTSTAMP:20260901T110512Z
DTSTART:20260907T130000Z
DTEND:20260907T133000Z
SUMMARY:Phone Interview with Albion & Thistle Spirits – Callum Fraser
ORGANIZER;CN=Priya Shah:mailto:priya.shah@albionthistle.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
LOCATION:Priya will call you on +44 7700 900412
DESCRIPTION:Hi Callum\,\n\nThanks for applying to the Brand Ambassador – Single Malt Portfolio (Scotland & North) role at Albion & Thistle Spirits! This is a confirmation of your phone interview.\n\nInterviewer: Priya Shah\, Talent Partner\nDuration: 30 minutes\n\nPriya will call you at the number above. If you need to reschedule\, just reply to this email.\n\nAlbion & Thistle Spirits | 41 Britton Row\, London EC1\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-onsite",
        uid="greenhouse-interview-41877205-9@albionthistle.example.com",
        is_interview=1,
        company="Albion & Thistle Spirits",
        role="Brand Ambassador – Single Malt Portfolio (Scotland & North)",
        stage="onsite",
        interviewers="tom.whitlock@albionthistle.example.com;sofia.marchetti@albionthistle.example.com",
        trap="hosted-tasting-presentation-task-london",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software\, Inc.//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-41877205-9@albionthistle.example.com
DTSTAMP:20260915T091847Z
DTSTART:20260924T093000Z
DTEND:20260924T113000Z
SUMMARY:Albion & Thistle Spirits – Onsite Interview – Callum Fraser
ORGANIZER;CN=Priya Shah:mailto:priya.shah@albionthistle.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Tom Whitlock;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.whitlock@albionthistle.example.com
ATTENDEE;CN=Sofia Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.marchetti@albionthistle.example.com
LOCATION:Albion & Thistle Spirits\, 41 Britton Row\, London EC1 – ask for Priya at reception (3rd floor)
DESCRIPTION:Hi Callum\,\n\nWe're delighted to invite you to the onsite stage for Brand Ambassador – Single Malt Portfolio (Scotland & North).\n\nSchedule (all times London):\n10:30 – 11:10  Hosted tasting (your task): present three expressions from our malt portfolio to Tom and Sofia as if they were bar staff at a trade training session. 20 minutes presenting\, 20 minutes questions. We'll have samples\, glassware and water ready.\n11:10 – 11:55  Interview with Tom Whitlock (Head of Advocacy\, UK) and Sofia Marchetti (Brand Manager\, Malts)\n11:55 – 12:30  Coffee with the London advocacy team (informal)\n\nTravel: we'll reimburse a return flight INV–LCY or the sleeper – keep receipts.\n\nBest\,\nPriya Shah\nTalent Partner\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-zoom-typed",
        uid="A4D19E27-6B3C-4F58-9E01-2C7B5D8A3F62",
        is_interview=1,
        company="Albion & Thistle Spirits",
        role="Brand Ambassador",
        stage="final",
        interviewers="Rachel Oyelaran",
        trap="hand-typed-final-zoom-link-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261001T170212Z
UID:A4D19E27-6B3C-4F58-9E01-2C7B5D8A3F62
DTEND:20261006T090000Z
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:A&T final w/ Rachel Oyelaran (Commercial Dir) – Zoom
DTSTART:20261006T081500Z
DTSTAMP:20261001T170401Z
URL;VALUE=URI:https://us02web.zoom.us/j/81452097731
SEQUENCE:0
DESCRIPTION:last stage for the brand ambassador job. 45 min. she'll ask about commercial side - know the malt portfolio RSPs + the on-trade accounts in Glasgow/Aberdeen. Priya says decision by end of week
BEGIN:VALARM
X-WR-ALARMUID:9B2E4C71-0D3A-4E6F-8A15-6C2D7B9E1F03
UID:9B2E4C71-0D3A-4E6F-8A15-6C2D7B9E1F03
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-INTV-000731982-CALEDONDRINKS",
        is_interview=1,
        company="Caledon Drinks Group",
        role="Bottling Operations Manager",
        stage="hiring_manager",
        interviewers="derek.mcgowan@caledondrinks.example.com",
        trap="successfactors-video-interview-bottling-plant",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:SF-INTV-000731982-CALEDONDRINKS
DTSTAMP:20260929T085944Z
DTSTART;TZID=Europe/London:20261008T110000
DTEND;TZID=Europe/London:20261008T120000
SUMMARY:Interview Invitation: Bottling Operations Manager (Req 7781) – Stage 1
ORGANIZER;CN=Caledon Drinks Careers:mailto:careers@caledondrinks.example.com
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;CN=Derek McGowan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:derek.mcgowan@caledondrinks.example.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Callum Fraser\,\n\nThank you for your application for the role of Bottling Operations Manager (Req 7781) at our Shieldhall bottling and packaging site\, Glasgow.\n\nWe are pleased to invite you to a Stage 1 video interview with Derek McGowan\, Plant Manager – Shieldhall.\n\nThe interview will last approximately 60 minutes and will focus on line performance (OEE)\, people leadership in a 24/7 shift environment and food safety / BRCGS standards.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsZWRvbjc3ODE%40thread.v2/0\n\nIf you need any adjustments for the interview\, please let us know.\n\nKind regards\,\nCaledon Drinks Group – Resourcing Team\n\nThis message was sent via SAP SuccessFactors Recruiting.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-day",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5F8DC010000000000000000100000001A2B3C4D5E6F47A8B9C0D1E2F3A4B5C6",
        is_interview=1,
        company="Caledon Drinks Group",
        role="Bottling Operations Manager",
        stage="onsite",
        interviewers="derek.mcgowan@caledondrinks.example.com;karen.lindsay@caledondrinks.example.com;raj.bhatti@caledondrinks.example.com",
        trap="bottling-plant-assessment-day-oee-case-ppe-rooms",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Lindsay, Karen":mailto:karen.lindsay@caledondrinks.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McGowan, Derek":mailto:derek.mcgowan@caledondrinks.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bhatti, Raj":mailto:raj.bhatti@caledondrinks.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SHD Training Room 1":mailto:shd.training1@caledondrinks.example.com
DESCRIPTION;LANGUAGE=en-GB:Hello Callum\,\n\nCongratulations on progressing to the second stage for Bottling Operations Manager. This will be held at Shieldhall and will include:\n\n• Plant tour (lines 3–7\, high-speed filling and the new case packer) – safety shoes and hi-vis will be provided\n• Case study: you'll be given 40 minutes with a line performance pack (OEE\, downtime Pareto\, crewing) and then present your 3 priorities to the panel\n• Panel interview with Derek McGowan (Plant Manager)\, Raj Bhatti (Head of Engineering) and myself\n\nParking: visitor spaces at Gate 2\, sign in at security.\n\nKaren Lindsay\nHR Business Partner – Operations\nCaledon Drinks Group\n0141 496 0630\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5F8DC010000000000000000100000001A2B3C4D5E6F47A8B9C0D1E2F3A4B5C6
SUMMARY;LANGUAGE=en-GB:Stage 2 – Bottling Ops Manager – C. Fraser
DTSTART;TZID=GMT Standard Time:20261029T093000
DTEND;TZID=GMT Standard Time:20261029T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T143012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Caledon Drinks – Shieldhall Bottling\, Renfrew Road\, Glasgow G51 – Gate 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000002C7D9E1F4A06DD01000000000000000010000000D4E5F6A7B8C94DAEBF1023A4B5C6D7E8",
        is_interview=1,
        company="Glenavon Distillery",
        role="Assistant Distillery Manager",
        stage="hiring_manager",
        interviewers="a.munro@glenavon-distillery.example.co.uk",
        trap="internal-application-informal-chat-work-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Callum\,\n\nThanks for putting your name forward for the ADM post. Before the formal interviews let's have an informal chat\, just the two of us\, about what the role involves and how you see it. Nothing to prepare.\n\nAlistair\n
UID:040000008200E00074C5B7101A82E008000000002C7D9E1F4A06DD01000000000000000010000000D4E5F6A7B8C94DAEBF1023A4B5C6D7E8
SUMMARY;LANGUAGE=en-GB:ADM application – informal chat (CF/AM)
DTSTART;TZID=GMT Standard Time:20261013T160000
DTEND;TZID=GMT Standard Time:20261013T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T101523Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DM office (Still House 1st floor)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-panel",
        uid="040000008200E00074C5B7101A82E008000000009D8C7B6A5F0BDD010000000000000000100000002F3E4D5C6B7A48999A8B7C6D5E4F3A2B",
        is_interview=1,
        company="Glenavon Distillery",
        role="Assistant Distillery Manager",
        stage="final",
        interviewers="a.munro@glenavon-distillery.example.co.uk;j.mcintosh@glenavon-distillery.example.co.uk;l.stephen@glenavon-distillery.example.co.uk",
        trap="internal-formal-panel-hr-organiser-room-resource",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Stephen, Lynsey":mailto:l.stephen@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, Callum":mailto:c.fraser@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Munro, Alistair":mailto:a.munro@glenavon-distillery.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McIntosh, Jean":mailto:j.mcintosh@glenavon-distillery.example.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GLA Boardroom":mailto:gla.boardroom@glenavon-distillery.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Callum\,\n\nThank you for applying for the internal vacancy of Assistant Distillery Manager. I am pleased to confirm your interview as follows:\n\nPanel: Jean McIntosh (Site Director)\, Alistair Munro (Distillery Manager) and Lynsey Stephen (HR Advisor)\nFormat: competency-based interview (approx. 60 minutes) followed by a 10-minute presentation: "Reducing angels' share losses and warehouse costs over the next 3 years".\n\nThe interview is confidential and your line manager has been informed as per the internal recruitment policy. Please book the time as "internal meeting" on the shift rota.\n\nKind regards\,\nLynsey Stephen\nHR Advisor\, Glenavon Distillery\n
UID:040000008200E00074C5B7101A82E008000000009D8C7B6A5F0BDD010000000000000000100000002F3E4D5C6B7A48999A8B7C6D5E4F3A2B
SUMMARY;LANGUAGE=en-GB:Internal Interview – Assistant Distillery Manager – Callum Fraser
DTSTART;TZID=GMT Standard Time:20261103T100000
DTEND;TZID=GMT Standard Time:20261103T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261023T134811Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM85530127744@zoom.us",
        is_interview=1,
        company="Tòrr Dhubh Distillery",
        role="Distillery Manager",
        stage="hiring_manager",
        interviewers="iain.macleod@torrdhubh.example.scot",
        trap="gaelic-name-zoom-md-conversation",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260724T104455Z
DTSTART:20260731T073000Z
DTEND:20260731T083000Z
SUMMARY:Tòrr Dhubh Distillery – DM role – Callum Fraser / Iain MacLeod
UID:ZOOM85530127744@zoom.us
TZID:Europe/London
DESCRIPTION:Iain MacLeod is inviting you to a scheduled Zoom meeting.\n\nTopic: Tòrr Dhubh Distillery – DM role – Callum Fraser / Iain MacLeod\n\nCallum – an hour with me (MD) to talk about the Distillery Manager vacancy. I'll want to hear about your warehousing\, how you'd deal with an island workforce of 14 and what you'd do about our spirit yield.\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/85530127744?pwd=bFZ0dUxhR2E0Z1p3R3Vvd1BqQT09\n\nMeeting ID: 855 3012 7744\nPasscode: 510933\n\n
LOCATION:https://us05web.zoom.us/j/85530127744?pwd=bFZ0dUxhR2E0Z1p3R3Vvd1BqQT09
ORGANIZER;CN=Iain MacLeod:mailto:iain.macleod@torrdhubh.example.scot
ATTENDEE;CN=Callum Fraser;ROLE=REQ-PARTICIPANT:mailto:callum.fraser.speyside@btinternet.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite-french",
        uid="040000008200E00074C5B7101A82E00800000000B8A7C6D5E4F2DC01000000000000000010000000A1B2C3D4E5F6471889A0B1C2D3E4F5A6",
        is_interview=1,
        company="Glen Rothay Distillery",
        role="Distillery Manager",
        stage="recruiter_screen",
        interviewers="claire.dumont@maison-delaborde.example.fr",
        trap="french-parent-hr-entretien-romance-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="DUMONT Claire":mailto:claire.dumont@maison-delaborde.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
DESCRIPTION;LANGUAGE=fr-FR:Dear Callum\,\n\n(English below)\n\nBonjour Callum\,\n\nSuite à votre candidature au poste de Distillery Manager pour notre distillerie Glen Rothay (Écosse)\, je vous propose un premier entretien en visio. L'échange se fera en anglais.\n\nThank you for your application for the Distillery Manager position at Glen Rothay Distillery\, part of Maison Delaborde. I would like to invite you to a first video interview (45 minutes\, in English). Please note the time in the invitation is shown in Paris time – 15:00 CEST is 14:00 in Scotland.\n\nBien cordialement / Kind regards\,\n\nClaire Dumont\nResponsable Recrutement Groupe\nMaison Delaborde – 16100 Cognac\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVsYWJvcmRlLWdsZW5yb3RoYXk%40thread.v2/0>\nID de la réunion : 371 206 449 815\nSecret : Tb3rQ9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B8A7C6D5E4F2DC01000000000000000010000000A1B2C3D4E5F6471889A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=fr-FR:Entretien – Distillery Manager Glen Rothay – Callum FRASER
DTSTART;TZID=Romance Standard Time:20260916T150000
DTEND;TZID=Romance Standard Time:20260916T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260909T082314Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-final",
        uid="040000008200E00074C5B7101A82E0080000000019F8E7D6C5B3DC01000000000000000010000000C9D8E7F6A5B44C3D2E1F0A9B8C7D6E5F",
        is_interview=1,
        company="Glen Rothay Distillery",
        role="Distillery Manager",
        stage="final",
        interviewers="jean-marc.roussel@maison-delaborde.example.fr;claire.dumont@maison-delaborde.example.fr",
        trap="french-entretien-final-paris-time-onsite-scotland-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="DUMONT Claire":mailto:claire.dumont@maison-delaborde.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ROUSSEL Jean-Marc":mailto:jean-marc.roussel@maison-delaborde.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Callum\,\n\nComme convenu\, entretien final avec Jean-Marc Roussel (Directeur Industriel Groupe) et moi-même\, sur place à Glen Rothay. Jean-Marc sera en Écosse cette semaine pour le comité de production.\n\nAs agreed – final interview with Jean-Marc Roussel (Group Industrial Director) and myself\, in person at Glen Rothay. Jean-Marc will present the group's plans for the distillery and we would like you to give us your view on the 2027 production and warehousing plan (15 minutes\, informal).\n\nClaire\n
UID:040000008200E00074C5B7101A82E0080000000019F8E7D6C5B3DC01000000000000000010000000C9D8E7F6A5B44C3D2E1F0A9B8C7D6E5F
SUMMARY;LANGUAGE=fr-FR:Entretien final – C. FRASER – Glen Rothay
DTSTART;TZID=Romance Standard Time:20261021T110000
DTEND;TZID=Romance Standard Time:20261021T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T154420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Glen Rothay Distillery\, Rothes\, Écosse (salle de réunion du bureau d'accueil)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish",
        uid="040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C1DD0100000000000000001000000087A6B5C4D3E24F1A0B9C8D7E6F5A4B3C",
        is_interview=1,
        company="Auchterkeil Distillery",
        role="Director/a de Destilería (Distillery Manager)",
        stage="hiring_manager",
        interviewers="m.olmedo@grupovaldeorra.example.es",
        trap="spanish-parent-entrevista-utc-plus-one-zone-text",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC1_BRUSSELS}
BEGIN:VEVENT
ORGANIZER;CN=Marta Olmedo Ruiz:mailto:m.olmedo@grupovaldeorra.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=callum.fraser.speyside@btinternet.com:mailto:callum.fraser.speyside@btinternet.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Selección Grupo Valdeorra:mailto:seleccion@grupovaldeorra.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Callum:\n\nGracias por tu interés en el puesto de Director/a de Destilería en Auchterkeil Distillery (Speyside)\, parte del Grupo Valdeorra. Te confirmo la entrevista con Marta Olmedo\, Directora de Operaciones del Grupo. La entrevista será en inglés.\n\nDear Callum\, thank you for your interest in the Distillery Manager role at Auchterkeil. This confirms your interview with Marta Olmedo\, Group Operations Director. It will be held in English by Teams – 12:00 Madrid time\, 11:00 UK time.\n\nUn saludo\,\nDepartamento de Selección\nGrupo Valdeorra – Jerez de la Frontera\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_dmFsZGVvcnJhYXVjaHRlcmtlaWw%40thread.v2/0>\nId. de reunión: 392 884 017 563\nCódigo de acceso: Kc8vU2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C1DD0100000000000000001000000087A6B5C4D3E24F1A0B9C8D7E6F5A4B3C
SUMMARY;LANGUAGE=es-ES:Entrevista – Director/a de Destilería (Auchterkeil) – Callum Fraser
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261112T120000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20261112T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T100233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
