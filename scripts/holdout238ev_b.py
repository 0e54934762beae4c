"""holdout238 events, part B: Caremetric (via Savanna Talent), Tandaa Telecom, Nyota Mobile, Fernway, Quillcast, Brightwell."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_KAMPALA, TZ_LONDON, TZ_NEW_YORK, TZ_WIN_EAST_AFRICA

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="zoom-invite", uid="savanna-vet-20250527-wkamau-2@savannatalent.io",
    iv=1, company="Caremetric Health", role="Senior Data Analyst", stage="technical",
    who="collins.mutai@savannatalent.io", trap="marketplace-vetting-named-client",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTART:20250527T130000Z
DTEND:20250527T141500Z
DTSTAMP:20250522T180133Z
UID:savanna-vet-20250527-wkamau-2@savannatalent.io
ORGANIZER;CN=Collins Mutai:mailto:collins.mutai@savannatalent.io
SUMMARY:Savanna Talent | Technical vetting – Caremetric Health (Senior Data Analyst)
DESCRIPTION:Hi Wanjiru\,\n\nGreat news – your profile has been matched to Caremetric Health\, a US health-tech company (remote\, 4h overlap with US Eastern) hiring a Senior Data Analyst for their claims & patient-outcomes dashboards.\n\nBefore we present you to Caremetric\, we run a role-specific technical vetting: 45 min live SQL (CTEs\, window functions\, cohort retention)\, 15 min Looker/dashboard discussion\, 15 min on a past project. Camera on please.\n\nCollins Mutai\nSenior Technical Vetter\, Savanna Talent\n\nCollins Mutai is inviting you to a scheduled Zoom meeting.\nJoin Zoom Meeting\nhttps://savannatalent.zoom.us/j/93300418872?pwd=cDFsT0x2d3RnRzdYeUp2V1h0bmZ6Zz09\nMeeting ID: 933 0041 8872\nPasscode: 318855
LOCATION:https://savannatalent.zoom.us/j/93300418872
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="7ne2ql0tc5vb9k3m1r8f6s4dpu@google.com",
    iv=1, company="Caremetric Health", role="Senior Data Analyst", stage="hiring_manager",
    who="rbaxter@caremetric.com", trap="marketplace-client-interview-us-eastern",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250605T090000
DTEND;TZID=America/New_York:20250605T094500
DTSTAMP:20250602T141920Z
ORGANIZER;CN=Grace Onyango:mailto:grace.onyango@savannatalent.io
UID:7ne2ql0tc5vb9k3m1r8f6s4dpu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Baxter;X-NUM-GUESTS=0:mailto:rbaxter@caremetric.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Grace Onyango;X-NUM-GUESTS=0:mailto:grace.onyango@savannatalent.io
DESCRIPTION:Client interview with Rachel Baxter\, Director of Analytics at Caremetric Health (the role you were vetted for). Rachel will focus on how you'd own the claims-lag dashboard and partner with the clinical ops team. I'll join the first 2 minutes for intros and then drop.\n\nGrace – Talent Success\, Savanna Talent\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/csy-uvrn-ajq\nOr dial: (US) +1 347-305-8841 PIN: 402 118 773#\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Caremetric Health <> Wanjiru Kamau (via Savanna Talent)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-phone", uid="040000008200E00074C5B7101A82E00800000000F2A9C3D58EB2DB010000000000000000100000003C55D7E1A02B6F469E0A7B8C9D1E2F30",
    iv=1, company="Tandaa Telecom", role="Senior Data Analyst, Customer Value Management", stage="recruiter_screen",
    who="janet.wekesa@tandaa.co.ke", trap="telco-telephone-interview-exchange",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Wekesa, Janet":mailto:janet.wekesa@tandaa.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hello Wanjiru\,\n\nThank you for your application for the role of Senior Data Analyst\, Customer Value Management. As discussed on phone\, I will call you on 0722 618 904 for a short telephone interview (approx. 30 minutes).\n\nRegards\,\nJanet Wekesa\nTalent Acquisition Specialist | Human Resources\nTandaa Telecom PLC | Tandaa Plaza\, Westlands\n\nThe information contained in this e-mail is confidential and intended only for the addressee.\n
UID:040000008200E00074C5B7101A82E00800000000F2A9C3D58EB2DB010000000000000000100000003C55D7E1A02B6F469E0A7B8C9D1E2F30
SUMMARY;LANGUAGE=en-US:Telephone Interview - Snr Data Analyst CVM
DTSTART;TZID=E. Africa Standard Time:20250430T160000
DTEND;TZID=E. Africa Standard Time:20250430T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T130214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000000C61E2A4D7B6DB01000000000000000010000000B17D5E2F9A3C4D4E8F6A0B1C2D3E4F51",
    iv=1, company="Tandaa Telecom", role="Senior Data Analyst, Customer Value Management", stage="technical",
    who="", trap="telco-online-sql-assessment-window",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Wekesa, Janet":mailto:janet.wekesa@tandaa.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Wanjiru\,\n\nFollowing your telephone interview\, you have progressed to the next stage: an online technical assessment (SQL and Python\, 90 minutes) on HackerRank. The test link will come from support@hackerrank.com and will be active only within this window. The test is proctored (webcam).\n\nAll the best\,\nJanet\n
UID:040000008200E00074C5B7101A82E008000000000C61E2A4D7B6DB01000000000000000010000000B17D5E2F9A3C4D4E8F6A0B1C2D3E4F51
SUMMARY;LANGUAGE=en-US:Online Technical Assessment (HackerRank) - Snr Data Analyst CVM
DTSTART;TZID=E. Africa Standard Time:20250507T090000
DTEND;TZID=E. Africa Standard Time:20250507T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T084733Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online - HackerRank
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000A9D7F01163C1DB01000000000000000010000000D08E6F3A2B1C4E5F90A1B2C3D4E5F607",
    iv=1, company="Tandaa Telecom", role="Senior Data Analyst, Customer Value Management", stage="final",
    who="paul.ndungu@tandaa.co.ke;janet.wekesa@tandaa.co.ke", trap="telco-final-sent-by-assistant-room",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Ndungu, Paul";SENT-BY="mailto:caroline.auma@tandaa.co.ke":mailto:paul.ndungu@tandaa.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wekesa, Janet":mailto:janet.wekesa@tandaa.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TP 5F Kilimanjaro Boardroom":mailto:tp-5f-kilimanjaro@tandaa.co.ke
DESCRIPTION;LANGUAGE=en-US:Dear Wanjiru\,\n\nOn behalf of Paul Ndungu\, Director - Customer Value Management\, you are invited for the final interview for the above position. Janet Wekesa (HR) will also sit in the interview.\n\nVenue: Tandaa Plaza\, Westlands\, 5th floor. Please report to the ground-floor reception 15 minutes before time with your ID.\n\nRegards\,\nCaroline Auma\nPA to Director\, CVM\n
UID:040000008200E00074C5B7101A82E00800000000A9D7F01163C1DB01000000000000000010000000D08E6F3A2B1C4E5F90A1B2C3D4E5F607
SUMMARY;LANGUAGE=en-US:Final Interview: Senior Data Analyst - CVM (Ms Wanjiru Kamau)
DTSTART;TZID=E. Africa Standard Time:20250520T110000
DTEND;TZID=E. Africa Standard Time:20250520T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T100511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TP 5F Kilimanjaro Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="smartrecruiters", uid="sr-int-5b3f1d77-92ae-4c4b-8a7d-e0c2f5a9b614",
    iv=1, company="Nyota Mobile", role="Analytics Engineer", stage="",
    who="Ruth Nakato", trap="smartrecruiters-kampala-zone-names-in-body",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{TZ_KAMPALA}
BEGIN:VEVENT
UID:sr-int-5b3f1d77-92ae-4c4b-8a7d-e0c2f5a9b614
DTSTAMP:20250505T071122Z
DTSTART;TZID=Africa/Kampala:20250512T140000
DTEND;TZID=Africa/Kampala:20250512T150000
SUMMARY:Interview with Nyota Mobile
ORGANIZER;CN=Nyota Mobile Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Wanjiru\,\n\nYour interview for Analytics Engineer (Kampala or Nairobi\, hybrid) is confirmed.\n\nYou will meet:\nRuth Nakato – Data Platform Lead\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDc4NzQ2%40thread.v2/0\n\nPlease note the time is shown in East Africa Time (Kampala).\n\nBest regards\,\nNyota Mobile Talent Team\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="greenhouse", uid="greenhouse-interview-48190233-2025-05-13@greenhouse.io",
    iv=1, company="Fernway", role="Analytics Engineer", stage="recruiter_screen",
    who="alexis.romero@fernway.com", trap="greenhouse-utc-recruiter-screen",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-48190233-2025-05-13@greenhouse.io
DTSTAMP:20250508T201455Z
DTSTART:20250513T150000Z
DTEND:20250513T153000Z
SUMMARY:Wanjiru Kamau - Recruiter Screen - Fernway
ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@fernway.com
ATTENDEE;CN=Alexis Romero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:alexis.romero@fernway.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Zoom - https://fernway.zoom.us/j/87155093321
DESCRIPTION:Hi Wanjiru\,\n\nHere are the details for your upcoming conversation with Fernway for the Analytics Engineer (Remote - EMEA) role.\n\nInterviewer: Alexis Romero\, Technical Recruiter\nDuration: 30 minutes\nZoom: https://fernway.zoom.us/j/87155093321\n\nWe're excited to talk to you!\n\nThe Fernway Recruiting Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="greenhouse", uid="greenhouse-interview-48190871-2025-05-21@greenhouse.io",
    iv=1, company="Fernway", role="Analytics Engineer", stage="hiring_manager",
    who="marcus.bell@fernway.com", trap="greenhouse-new-york-hiring-manager",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:greenhouse-interview-48190871-2025-05-21@greenhouse.io
DTSTAMP:20250515T173902Z
DTSTART;TZID=America/New_York:20250521T100000
DTEND;TZID=America/New_York:20250521T104500
SUMMARY:Fernway | Hiring Manager Interview | Wanjiru Kamau
ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@fernway.com
ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.bell@fernway.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://fernway.zoom.us/j/81122470058
DESCRIPTION:Hi Wanjiru\,\n\nYou're scheduled to meet Marcus Bell (Director of Data & Analytics) for 45 minutes. Marcus will dig into a project you led end to end – the dbt migration you mentioned would be perfect.\n\nZoom: https://fernway.zoom.us/j/81122470058\nDial-in: +1 929 205 6099\, Meeting ID 811 2247 0058\n\nBest\,\nAlexis
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="lever-zoom", uid="lever-evt-3c0e9b52-6f41-4d2a-b4f7-1a8e5c7d9f02",
    iv=1, company="Quillcast", role="Senior Data Analyst", stage="technical",
    who="oliver.grant@quillcast.co.uk;hannah.price@quillcast.co.uk", trap="lever-london-technical-zoom",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:lever-evt-3c0e9b52-6f41-4d2a-b4f7-1a8e5c7d9f02
DTSTAMP:20250606T101733Z
DTSTART;TZID=Europe/London:20250612T130000
DTEND;TZID=Europe/London:20250612T140000
SUMMARY:Quillcast – Technical Interview – Senior Data Analyst
ORGANIZER;CN=Sophie Allen:mailto:sophie.allen@quillcast.co.uk
ATTENDEE;CN=Oliver Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oliver.grant@quillcast.co.uk
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.price@quillcast.co.uk
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Zoom
DESCRIPTION:Hi Wanjiru\,\n\nThanks for confirming! Your technical interview will be with Oliver Grant (Lead Data Analyst) and Hannah Price (Analytics Engineer). Expect a product-analytics case (podcast listener retention\, A/B test design) and some SQL – you can use any editor you like and share your screen.\n\nJoin Zoom Meeting: https://quillcast.zoom.us/j/96610238844?pwd=aFZ4eE1vR0h2Q1l5\nMeeting ID: 966 1023 8844\n\nSophie Allen\nTalent Partner\, Quillcast\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="ashby", uid="ashby-interview-event-9f7a6c4e-55d1-4b0f-a2c3-7e8b9d0a1f23",
    iv=1, company="Brightwell Health", role="Senior Data Analyst, Growth", stage="recruiter_screen",
    who="dana.kim@brightwellhealth.com", trap="ashby-recruiter-screen-new-york",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:ashby-interview-event-9f7a6c4e-55d1-4b0f-a2c3-7e8b9d0a1f23
SEQUENCE:0
DTSTAMP:20250609T154012Z
DTSTART;TZID=America/New_York:20250616T083000
DTEND;TZID=America/New_York:20250616T090000
SUMMARY:Wanjiru Kamau <> Brightwell Health | Recruiter Screen
ORGANIZER;CN=Dana Kim:mailto:dana.kim@brightwellhealth.com
ATTENDEE;CN=Dana Kim;PARTSTAT=ACCEPTED:mailto:dana.kim@brightwellhealth.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://meet.google.com/fyo-tnbd-wqe
DESCRIPTION:Senior Data Analyst\, Growth (Remote – EMEA/Africa)\n\nHi Wanjiru – a 30-minute intro with Dana Kim (Recruiting). We'll cover your background\, comp expectations and the interview process.\n\nGoogle Meet: https://meet.google.com/fyo-tnbd-wqe\n\nNeed to reschedule? https://jobs.ashbyhq.com/brightwell/interview/reschedule/9f7a6c4e\n\nPowered by Ashby
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="ashby", uid="ashby-interview-event-1b2d3f4a-8c7e-4a10-9e55-0f6d2c8b7a31",
    iv=1, company="Brightwell Health", role="Senior Data Analyst, Growth", stage="technical",
    who="sam.oyelaran@brightwellhealth.com", trap="ashby-cancelled-technical",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:CANCEL
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:ashby-interview-event-1b2d3f4a-8c7e-4a10-9e55-0f6d2c8b7a31
SEQUENCE:2
DTSTAMP:20250624T120944Z
DTSTART;TZID=America/New_York:20250626T100000
DTEND;TZID=America/New_York:20250626T110000
SUMMARY:Canceled: Wanjiru Kamau <> Brightwell Health | Technical Interview (SQL)
ORGANIZER;CN=Dana Kim:mailto:dana.kim@brightwellhealth.com
ATTENDEE;CN=Sam Oyelaran;PARTSTAT=ACCEPTED:mailto:sam.oyelaran@brightwellhealth.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=ACCEPTED:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:This interview has been canceled. Dana will reach out with next steps.\n\nTechnical Interview (SQL) with Sam Oyelaran\, Senior Analytics Engineer.\n\nPowered by Ashby
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""))
