"""holdout238 events, part E: more employers (Greenhouse, Lever, Zoom, Outlook, Recruitee, JazzHR, agency, Zoho, Breezy)."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_AMSTERDAM, TZ_CHICAGO, TZ_NAIROBI, TZ_NEW_YORK, TZ_WIN_EAST_AFRICA

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="greenhouse", uid="greenhouse-interview-77240918-2025-06-10@greenhouse.io",
    iv=1, company="Jenga Logistics", role="Senior Data Analyst", stage="technical",
    who="wairimu.gathoni@jengalogistics.com;felix.omondi@jengalogistics.com", trap="greenhouse-case-interview-nairobi",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:greenhouse-interview-77240918-2025-06-10@greenhouse.io
DTSTAMP:20250604T114018Z
DTSTART;TZID=Africa/Nairobi:20250610T160000
DTEND;TZID=Africa/Nairobi:20250610T170000
SUMMARY:Case Interview: Wanjiru Kamau for Senior Data Analyst at Jenga Logistics
ORGANIZER;CN=Jenga Logistics Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Wairimu Gathoni;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wairimu.gathoni@jengalogistics.com
ATTENDEE;CN=Felix Omondi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:felix.omondi@jengalogistics.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://meet.google.com/jgl-case-wkm
DESCRIPTION:Hi Wanjiru\,\n\nYour case interview is confirmed.\n\nInterviewers: Wairimu Gathoni (Analytics Manager)\, Felix Omondi (Ops Excellence Lead)\nFormat: 60-minute business case on last-mile delivery (on-time rate dropped 8 pts in Mombasa – why?). You'll get a small dataset at the start\; think out loud.\n\nGoogle Meet: https://meet.google.com/jgl-case-wkm\n\nGood luck!\nJenga Logistics Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="lever-meet", uid="lever-evt-8d2f6a14-0b3c-4e9f-91a7-c5e4d3b2a110",
    iv=1, company="Hawala Link", role="Analytics Engineer", stage="hiring_manager",
    who="nadia.hussein@hawalalink.com", trap="lever-new-york-hiring-manager-conversation",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NEW_YORK}
BEGIN:VEVENT
UID:lever-evt-8d2f6a14-0b3c-4e9f-91a7-c5e4d3b2a110
DTSTAMP:20250625T211103Z
DTSTART;TZID=America/New_York:20250630T093000
DTEND;TZID=America/New_York:20250630T101500
SUMMARY:Hawala Link <> Wanjiru: Conversation with Nadia (Analytics Engineer)
ORGANIZER;CN=Ben Carter:mailto:ben.carter@hawalalink.com
ATTENDEE;CN=Nadia Hussein;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadia.hussein@hawalalink.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://meet.google.com/hwl-nadi-ae
DESCRIPTION:Hi Wanjiru – next up is a 45-min conversation with Nadia Hussein\, our Head of Data and the hiring manager for this role. She's particularly curious about your remittance/mobile-money experience and how you'd approach our corridor-level revenue dashboards (US → KE/UG/SO).\n\nBen Carter\, Recruiting @ Hawala Link\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="zoom-invite", uid="zoom-88204417731-hakiwater@zoom.us",
    iv=1, company="Haki Water Trust", role="MEL Data Analyst", stage="", who="zuhura.ali@hakiwater.org",
    trap="zoom-generated-ngo-interview",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTAMP:20250611T073340Z
DTSTART;TZID=Africa/Nairobi:20250616T140000
DTEND;TZID=Africa/Nairobi:20250616T150000
SUMMARY:MEL Data Analyst - interview (W. Kamau)
UID:zoom-88204417731-hakiwater@zoom.us
TZID:Africa/Nairobi
DESCRIPTION:Zuhura Ali is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/88204417731?pwd=SGFraVdhdGVyMjAyNQ\n\nMeeting ID: 882 0441 7731\nPasscode: haki25\n\n---\n\nOne tap mobile\n+442034815240\,\,88204417731# United Kingdom\n\nJoin instructions\nhttps://us02web.zoom.us/meetings/88204417731/invitations?signature=xQ2
LOCATION:https://us02web.zoom.us/j/88204417731?pwd=SGFraVdhdGVyMjAyNQ
ORGANIZER;CN=Zuhura Ali:mailto:zuhura.ali@hakiwater.org
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000819FAE2C4BC9DB01000000000000000010000000C0FFEE11D00DBEEF2233445566778899",
    iv=1, company="Mizani Advisory", role="Data Analytics Consultant", stage="technical",
    who="wambui.kariuki@mizaniadvisory.com;arjun.mehta@mizaniadvisory.com", trap="consultancy-case-interview-exchange",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Kariuki, Wambui":mailto:wambui.kariuki@mizaniadvisory.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mehta, Arjun":mailto:arjun.mehta@mizaniadvisory.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="NBO - Meeting Room Serengeti":mailto:nbo-serengeti@mizaniadvisory.com
DESCRIPTION;LANGUAGE=en-US:Hi Wanjiru\,\n\nThanks for your time last week. Round 2 is a case interview with Arjun (Partner) and myself at our Riverside Drive office: a financial-inclusion case for a bank client\, 45 min\, followed by 15 min Q&A. Calculators allowed\, laptops not needed.\n\nBest\,\nWambui Kariuki\nManager\, Data & Analytics Practice\n
UID:040000008200E00074C5B7101A82E00800000000819FAE2C4BC9DB01000000000000000010000000C0FFEE11D00DBEEF2233445566778899
SUMMARY;LANGUAGE=en-US:Mizani | Case interview (R2) - Wanjiru Kamau - Data Analytics Consultant
DTSTART;TZID=E. Africa Standard Time:20250626T090000
DTEND;TZID=E. Africa Standard Time:20250626T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250619T153544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NBO - Meeting Room Serengeti\, 14 Riverside Drive
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="4h7k0n3q6t9w2z5c8f1i4l7o0r@google.com",
    iv=1, company="AfyaPesa", role="Analytics Engineer", stage="recruiter_screen",
    who="brenda@afyapesa.com", trap="swahili-sheng-recruiter-intro-meet",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250502T170000
DTEND;TZID=Africa/Nairobi:20250502T172500
DTSTAMP:20250429T091822Z
ORGANIZER;CN=Brenda Wafula:mailto:brenda@afyapesa.com
UID:4h7k0n3q6t9w2z5c8f1i4l7o0r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brenda Wafula;X-NUM-GUESTS=0:mailto:brenda@afyapesa.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Habari Wanjiru! Asante for applying to the Analytics Engineer role at AfyaPesa 🙌 Hii ni intro call fupi (25 min) – I'll tell you about the team (health savings wallets + claims)\, and ask about your dbt/Looker experience and notice period. Sawa? Brenda – People Ops\n\nJoin with Google Meet: https://meet.google.com/afy-bren-wkm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AfyaPesa x Wanjiru – intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000FACE0FF1CE2B00C3D4E5F60718293A4B",
    iv=1, company="Taifa Bank", role="Senior Data Analyst, Group Analytics", stage="final",
    who="j.mutahi@taifabank.co.ke;r.naliaka@taifabank.co.ke", trap="bank-final-md-sent-by-pa-room",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Mutahi, James";SENT-BY="mailto:esther.kamene@taifabank.co.ke":mailto:j.mutahi@taifabank.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Naliaka, Ruth":mailto:r.naliaka@taifabank.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Taifa Towers 12th Flr - Executive Boardroom":mailto:tt-12-execboardroom@taifabank.co.ke
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Kamau\,\n\nThe Group Chief Data Officer\, Mr. James Mutahi\, together with Ms. Ruth Naliaka (Director\, Human Resources)\, would like to meet you for the final interview for the position of Senior Data Analyst\, Group Analytics.\n\nKindly confirm your availability.\n\nRegards\,\nEsther Kamene\nExecutive Assistant to the Group CDO\nTaifa Bank Kenya | Taifa Towers\, Harambee Avenue\n
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000FACE0FF1CE2B00C3D4E5F60718293A4B
SUMMARY;LANGUAGE=en-US:Final Interview - Ms. Wanjiru Kamau
DTSTART;TZID=E. Africa Standard Time:20250715T100000
DTEND;TZID=E. Africa Standard Time:20250715T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250709T134522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Taifa Towers 12th Flr - Executive Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="recruitee", uid="recruitee-event-5591873-fluxhaven@recruitee.com",
    iv=1, company="Fluxhaven", role="Analytics Engineer", stage="hiring_manager",
    who="daan.vermeulen@fluxhaven.nl", trap="recruitee-amsterdam-second-interview",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
{TZ_AMSTERDAM}
BEGIN:VEVENT
UID:recruitee-event-5591873-fluxhaven@recruitee.com
DTSTAMP:20250620T085511Z
DTSTART;TZID=Europe/Amsterdam:20250627T140000
DTEND;TZID=Europe/Amsterdam:20250627T145000
SUMMARY:Fluxhaven - 2nd interview - Wanjiru Kamau
ORGANIZER;CN=Fluxhaven:mailto:fluxhaven@recruitee-mail.com
ATTENDEE;CN=Daan Vermeulen;PARTSTAT=ACCEPTED:mailto:daan.vermeulen@fluxhaven.nl
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://meet.google.com/flx-daan-wkm
DESCRIPTION:Hi Wanjiru\,\n\nThank you for picking a slot. In this second interview you'll speak with Daan Vermeulen\, Head of Data (your future manager). Expect questions on stakeholder management and how you prioritise a data team backlog.\n\nKind regards\,\nFluxhaven Talent\n\nSent via Recruitee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="jazzhr", uid="jazzhr-interview-ev-3318842-tallyrun@applytojob.com",
    iv=1, company="Tallyrun", role="Senior Data Analyst (Remote, EMEA)", stage="recruiter_screen",
    who="megan.ortiz@tallyrun.com", trap="jazzhr-chicago-phone-screen",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//Interview Scheduler//EN
METHOD:REQUEST
{TZ_CHICAGO}
BEGIN:VEVENT
UID:jazzhr-interview-ev-3318842-tallyrun@applytojob.com
DTSTAMP:20250701T150204Z
DTSTART;TZID=America/Chicago:20250707T083000
DTEND;TZID=America/Chicago:20250707T090000
SUMMARY:Phone Screen - Tallyrun - Senior Data Analyst (Remote\, EMEA)
ORGANIZER;CN=Megan Ortiz:mailto:megan.ortiz@tallyrun.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Phone: Megan will call +254 722 618 904
DESCRIPTION:Hello Wanjiru\,\n\nThis confirms your phone screen with Megan Ortiz (People & Talent) at Tallyrun. Call will last ~30 minutes.\n\nThanks\,\nTallyrun Hiring Team\n\n(Sent via JazzHR)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="gcal-invite", uid="kbr-7712-mwangaza-wkamau@kazibora.co.ke",
    iv=1, company="Mwangaza Energy", role="Senior Data Analyst", stage="recruiter_screen",
    who="agnes.chelimo@kazibora.co.ke", trap="agency-screening-named-client",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250619T100000
DTEND;TZID=Africa/Nairobi:20250619T103000
DTSTAMP:20250616T101010Z
ORGANIZER;CN=Agnes Chelimo:mailto:agnes.chelimo@kazibora.co.ke
UID:kbr-7712-mwangaza-wkamau@kazibora.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Dear Wanjiru\,\n\nThank you for your interest in the Senior Data Analyst position with our client Mwangaza Energy (solar pay-as-you-go\, Nairobi). This screening call is the first stage\; shortlisted candidates will then meet the Mwangaza hiring team.\n\nPlease have your current and expected gross salary and notice period ready.\n\nAgnes Chelimo\nRecruitment Consultant\, Kazi Bora Recruitment Ltd\nWestlands\, Nairobi\n\nJoin with Google Meet: https://meet.google.com/kzb-agne-mwg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screening call – Senior Data Analyst (Kazi Bora Recruitment)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="zoho-recruit", uid="ZR_482913000004417023_interview@zohorecruit.com",
    iv=1, company="Kijani Agritech", role="Data Analyst (Senior)", stage="technical",
    who="samuel.kiptoo@kijaniagri.co.ke", trap="zoho-recruit-technical-round",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:ZR_482913000004417023_interview@zohorecruit.com
DTSTAMP:20250528T060233Z
DTSTART;TZID=Africa/Nairobi:20250603T090000
DTEND;TZID=Africa/Nairobi:20250603T100000
SUMMARY:Technical Round - Data Analyst (Senior) - Wanjiru Kamau
ORGANIZER;CN=Kijani Agritech HR:mailto:hr@kijaniagri.co.ke
ATTENDEE;CN=Samuel Kiptoo;PARTSTAT=ACCEPTED:mailto:samuel.kiptoo@kijaniagri.co.ke
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Zoho Meeting
DESCRIPTION:Interview Name: Technical Round\nPosting Title: Data Analyst (Senior)\nInterviewer(s): Samuel Kiptoo (CTO)\nInterview Type: Online\nMeeting link: https://meeting.zoho.com/meeting/register?sessionId=1048829317\n\nYou will be asked to solve 2 SQL problems and explain a dashboard you built (yield & loan repayment by region).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="breezy-hr", uid="breezy-8ce41f02a7b3-int-2@breezy.hr",
    iv=1, company="Sokoni Retail", role="Analytics Engineer", stage="", who="",
    trap="breezy-interview-no-named-interviewer",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy Calendar//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:breezy-8ce41f02a7b3-int-2@breezy.hr
DTSTAMP:20250701T093012Z
DTSTART;TZID=Africa/Nairobi:20250704T113000
DTEND;TZID=Africa/Nairobi:20250704T121500
SUMMARY:Interview with Sokoni Retail - Analytics Engineer
ORGANIZER;CN=Sokoni Retail:mailto:sokoni-retail@breezy-mail.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Sokoni Retail HQ\, Baba Dogo Rd\, Ruaraka
DESCRIPTION:Hi Wanjiru\,\n\nYou have been invited to an interview for the Analytics Engineer position at Sokoni Retail. Please arrive 10 minutes early and ask for the People team at the gate.\n\nThis invitation was sent using Breezy HR.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="gcal-invite", uid="1v4y7b0e3h6k9n2q5t8w1z4c7f@google.com",
    iv=1, company="Mkopo Hub", role="Senior Data Analyst", stage="onsite",
    who="chris.wachira@mkopohub.com;lilian.akinyi@mkopohub.com;tom.kirui@mkopohub.com",
    trap="onsite-loop-westlands-office",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250710T090000
DTEND;TZID=Africa/Nairobi:20250710T123000
DTSTAMP:20250703T141414Z
ORGANIZER;CN=Mkopo Hub People Team:mailto:people@mkopohub.com
UID:1v4y7b0e3h6k9n2q5t8w1z4c7f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chris Wachira;X-NUM-GUESTS=0:mailto:chris.wachira@mkopohub.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lilian Akinyi;X-NUM-GUESTS=0:mailto:lilian.akinyi@mkopohub.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Kirui;X-NUM-GUESTS=0:mailto:tom.kirui@mkopohub.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=WL-3-Kilifi (8);X-NUM-GUESTS=0:mailto:c_188a3f2e9b1d@resource.calendar.google.com
DESCRIPTION:Onsite loop at our Westlands office (The Mirage\, Tower 2\, 3rd floor):\n09:00 SQL & modelling – Chris Wachira (Lead Analytics Engineer)\n10:00 Credit risk analytics case – Lilian Akinyi (Head of Credit)\n11:00 Break\n11:15 Hiring manager – Tom Kirui (VP Data)\n\nParking available at basement 2. Karibu!
LOCATION:WL-3-Kilifi (8)\, The Mirage\, Westlands
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mkopo Hub – onsite (Senior Data Analyst) – Wanjiru Kamau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))
