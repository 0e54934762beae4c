# ruff: noqa: E501
"""holdout235 events: more Gulf employers (SmartRecruiters, Greenhouse, Ashby, Lever, GoTo, free mail, walk-in)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("smartrecruiters-video", "sr-interview-8f2b61d0-5a9e-4c7b-b0e3-1d6a72f4c955", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:sr-interview-8f2b61d0-5a9e-4c7b-b0e3-1d6a72f4c955
DTSTAMP:20251110T121201Z
DTSTART;TZID=Asia/Dubai:20251116T170000
DTEND;TZID=Asia/Dubai:20251116T174500
SUMMARY:Interview with Barakah Coastal Contracting - Site Engineer - Bridges
DESCRIPTION:Hi Mark Anthony\,\n\nThank you for selecting a time slot. Your interview is confirmed.\n\nPosition: Site Engineer - Bridges (Dubai South Infrastructure\, Package 4B)\nInterview type: Video interview with the Hiring Manager\nInterviewer: Stefan Ilic\, Bridge Construction Manager\nVideo link: https://meet.google.com/bkr-vwsn-tpe\n\nPowered by SmartRecruiters
ORGANIZER;CN=Barakah Coastal Contracting via SmartRecruiters:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Stefan Ilic;ROLE=REQ-PARTICIPANT:mailto:stefan.ilic@barakahcoastal.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:https://meet.google.com/bkr-vwsn-tpe
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Barakah Coastal Contracting", role="Site Engineer - Bridges",
       stage="hiring_manager", interviewers="stefan.ilic@barakahcoastal.ae", trap="smartrecruiters-self-scheduled-video"),

    ev("founder-gmail-chat", "0m4c9r2t7vsk1h8b3n6q5j0dfu@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251120T200000
DTEND;TZID=Asia/Dubai:20251120T204500
DTSTAMP:20251118T172930Z
ORGANIZER;CN=Rashid Khan:mailto:rashidkhan.builds@gmail.com
UID:0m4c9r2t7vsk1h8b3n6q5j0dfu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rashid Khan;X-NUM-GUESTS=0:mailto:rashidkhan.builds@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
X-GOOGLE-CONFERENCE:https://meet.google.com/fqd-ymuc-rho
DESCRIPTION:Hey Mark - great to connect on LinkedIn. As I mentioned\, we're building BuildTrack (site progress tracking + digital MIR/IR workflows for contractors) and I'm hiring our first Construction Operations Lead\, someone who has actually run pours and fought snag lists. Let's talk about your experience and what the role looks like. Evening slot so it doesn't clash with site.\n\nRashid\n\nJoin with Google Meet: https://meet.google.com/fqd-ymuc-rho
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mark / Rashid (BuildTrack)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="BuildTrack", role="Construction Operations Lead", stage="hiring_manager",
       interviewers="rashidkhan.builds@gmail.com", trap="founder-free-mail-terse-title", fold=True),

    ev("outlook-room-interview", "040000008200E00074C5B7101A82E008000000005C21D8E0B96ADC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Al Dhaheri, Mariam":mailto:Mariam.AlDhaheri@shp.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Neill, Brendan":mailto:Brendan.ONeill@shp.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SHP Saadiyat Site Office - Conf Room A":mailto:SHP-ConfA-Saadiyat@shp.ae
DESCRIPTION;LANGUAGE=en-US:Dear Mark\,\n\nPlease find the invitation for your interview for Site Engineer - Villas (Saadiyat Lagoons Phase 3). You will meet Brendan O'Neill (Senior Project Manager) and myself.\n\nDirections: Saadiyat Island\, take the exit after Louvre\, SHP site office is the white portacabin compound next to Gate 2. Call me on 050 338 1902 upon arrival.\n\nRegards\,\nMariam Al Dhaheri\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E008000000005C21D8E0B96ADC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=en-US:Interview - Mark Villanueva / Site Engineer (Villas)
DTSTART;TZID=Arabian Standard Time:20251202T140000
DTEND;TZID=Arabian Standard Time:20251202T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SHP Saadiyat Site Office - Conf Room A
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Saadiyat Horizon Properties", role="Site Engineer - Villas",
       interviewers="mariam.aldhaheri@shp.ae;brendan.oneill@shp.ae", trap="outlook-room-resource-stage-unclear"),

    ev("goto-meeting-interview", "A19F3C0E-5D2B-4E7A-9C61-8B4F2E0D7A13", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{{TZ Arab Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Interview - Senior Civil Engineer (Stations)\, Riyadh Metro Line 2 extension.\nInterviewer: Luca Romano\, Stations Construction Manager\, Vertex Metro JV.\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/418229637\n\nYou can also dial in using your phone.\nAccess Code: 418-229-637\nSaudi Arabia: +966 11 510 1372\nUnited Arab Emirates: +971 4 559 1904\n\nNew to GoTo Meeting? Get the app now and be ready when your first meeting starts: https://meet.goto.com/install
DTEND;TZID=Arab Standard Time:20251211T120000
DTSTAMP:20251207T090012Z
DTSTART;TZID=Arab Standard Time:20251211T110000
LOCATION:GoTo Meeting
ORGANIZER;CN="Romano, Luca":mailto:l.romano@vertexmetrojv.com
ATTENDEE;CN="markvillanueva.ce@yahoo.com";RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;CN="Khan, Sana (HR)";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:s.khan@vertexmetrojv.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Vertex JV - interview Sr Civil Engineer (Stations) - M. Villanueva
TRANSP:OPAQUE
UID:A19F3C0E-5D2B-4E7A-9C61-8B4F2E0D7A13
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", interview=1, company="Vertex Metro JV", role="Senior Civil Engineer (Stations)",
       interviewers="l.romano@vertexmetrojv.com", trap="goto-meeting-jv-manager-organizer"),

    ev("gmail-hr-phone", "6tqv1b2k8m0s5d9h3c7pj4nr1l@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Qatar}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Qatar:20251030T180000
DTEND;TZID=Asia/Qatar:20251030T183000
DTSTAMP:20251028T064509Z
ORGANIZER;CN=Anil Kumar:mailto:anilkumar.lcc@gmail.com
UID:6tqv1b2k8m0s5d9h3c7pj4nr1l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anil Kumar;X-NUM-GUESTS=0:mailto:anilkumar.lcc@gmail.com
DESCRIPTION:Dear Mr. Mark\,\nAs per our telecon\, HR will call you on +971 56 xxx 4418 for the Sr. Site Engineer post (Lusail Crescent Contracting - residential G+12 project). Kindly share your QID/visa status and last salary certificate before the call.\nRegards\nAnil Kumar\nHR & Admin Officer\nLusail Crescent Contracting\, Doha
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview schedule - Sr. Site Engineer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Lusail Crescent Contracting", role="Sr. Site Engineer", stage="recruiter_screen",
       interviewers="anilkumar.lcc@gmail.com", trap="company-hr-on-gmail-phone-screen", fold=True),

    ev("typed-walk-in", "9C0B7A1E-2F64-4D3B-8E05-3A6F1D2C4B97", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251025T090000
DTEND:20251025T120000
DTSTAMP:20251022T213318Z
UID:9C0B7A1E-2F64-4D3B-8E05-3A6F1D2C4B97
SUMMARY:Walk in intrvw JPC - Al Quoz
LOCATION:Jumeirah Pinnacle Contracting\, Al Quoz Ind 3\, near Times Square Center
DESCRIPTION:Jumeirah Pinnacle Contracting walk-in for Snr Site Engr / Site Engr (from gulfnews ad)\nbring: CV x3\, cert copies\, DM card\, project list w/ photos of T2 core\ndeclare off sa site - half day lang. sabi ni Jun si Eng. Hatem daw nag iinterview
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", interview=1, company="Jumeirah Pinnacle Contracting LLC", interviewers="Eng. Hatem",
       trap="self-typed-walk-in-floating", eol="lf"),

    ev("greenhouse-recruiter", "greenhouse-scheduled-interview-81442093-0", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-81442093-0
DTSTAMP:20251202T154411Z
DTSTART:20251208T120000Z
DTEND:20251208T123000Z
SUMMARY:Mark Anthony Villanueva <> Stratus - Recruiter Call
DESCRIPTION:Hi Mark Anthony\,\n\nThanks for your interest in the Project Engineer - Civil (Riyadh Campus) role at Stratus Data Centres! You'll be speaking with Chloe Bennett from our Talent team.\n\nZoom: https://stratusdc.zoom.us/j/93018475522\n\nLooking forward to it!\nTeam Stratus
ORGANIZER;CN=Chloe Bennett:mailto:chloe.bennett@stratusdc.com
ATTENDEE;CN=Chloe Bennett;PARTSTAT=ACCEPTED:mailto:chloe.bennett@stratusdc.com
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:https://stratusdc.zoom.us/j/93018475522
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Stratus Data Centres", role="Project Engineer - Civil (Riyadh Campus)",
       stage="recruiter_screen", interviewers="chloe.bennett@stratusdc.com", trap="greenhouse-utc-recruiter-call"),

    ev("greenhouse-hiring-manager", "greenhouse-scheduled-interview-81442093-1", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-81442093-1
DTSTAMP:20251211T093017Z
DTSTART:20251216T140000Z
DTEND:20251216T150000Z
SUMMARY:Mark Anthony Villanueva <> Stratus - Construction Deep Dive w/ Tom
DESCRIPTION:Hi Mark Anthony\,\n\nNext up is a 60 min conversation with Tom Hargreaves\, our Director of Construction (MENA). Tom will dig into civil & structural works on live data-centre builds: raft foundations\, precast frames\, tight programmes and how you manage subcontractors.\n\nZoom: https://stratusdc.zoom.us/j/95527710386\n\nScheduled by Chloe Bennett (Talent)
ORGANIZER;CN=Chloe Bennett:mailto:chloe.bennett@stratusdc.com
ATTENDEE;CN=Tom Hargreaves:mailto:tom.hargreaves@stratusdc.com
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:https://stratusdc.zoom.us/j/95527710386
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Stratus Data Centres", stage="hiring_manager",
       interviewers="tom.hargreaves@stratusdc.com", trap="greenhouse-deep-dive-coordinator-organizer"),

    ev("ashby-technical", "ashby-interview-event-5d7e0c9a-1b3f-4e62-8a47-90c2f1b3d6e8", r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:ashby-interview-event-5d7e0c9a-1b3f-4e62-8a47-90c2f1b3d6e8
DTSTAMP:20260105T112043Z
DTSTART;TZID=Asia/Dubai:20260107T160000
DTEND;TZID=Asia/Dubai:20260107T170000
SUMMARY:Modon Modular Tech: Technical Deep Dive with Mark Anthony Villanueva
DESCRIPTION:Role: Site Delivery Manager (Volumetric Modular)\n\nInterviewers: Noura Al Shamsi (Head of Delivery)\, Pieter de Vries (Engineering Lead)\n\nAgenda: walk us through a site logistics plan for craning 3D modules onto a podium\, tolerances at module connections\, and your approach to snag lists and handover.\n\nGoogle Meet: https://meet.google.com/nzr-fbtq-kwa\n\nNeed to reschedule? https://app.ashbyhq.com/candidate/reschedule/5d7e0c9a
ORGANIZER;CN=Modon Modular Tech Recruiting:mailto:recruiting@modonmodular.ae
ATTENDEE;CN=Noura Al Shamsi;ROLE=REQ-PARTICIPANT:mailto:noura@modonmodular.ae
ATTENDEE;CN=Pieter de Vries;ROLE=REQ-PARTICIPANT:mailto:pieter@modonmodular.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Modon Modular Tech", role="Site Delivery Manager (Volumetric Modular)",
       stage="technical", interviewers="noura@modonmodular.ae;pieter@modonmodular.ae", trap="ashby-technical-deep-dive"),

    ev("lever-hiring-manager", "lever-interview-2f0d8a31-c4b6-4a19-9e27-6d5b1f8c3a70", r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:lever-interview-2f0d8a31-c4b6-4a19-9e27-6d5b1f8c3a70
DTSTAMP:20251016T140310Z
DTSTART;TZID=Asia/Riyadh:20251022T150000
DTEND;TZID=Asia/Riyadh:20251022T154500
SUMMARY:Helix Renewables - Civil Site Engineer (Solar PV) - Hiring Manager Interview
DESCRIPTION:Hello Mark Anthony\,\n\nYou're confirmed for an interview with Helix Renewables for the Civil Site Engineer (Solar PV) position at our 1.5 GW site near Al Kharj.\n\nWho you'll meet: Javier Ortega\, Construction Manager (Civil)\nTopics: piling for PV trackers (pull-out tests)\, roads and drainage\, earthworks QA\, managing local subcontractors.\n\nZoom: https://helixrenewables.zoom.us/j/81726354901\n\nBest\,\nHelix Talent Acquisition
ORGANIZER;CN=Helix Talent Acquisition:mailto:talent@helixrenewables.com
ATTENDEE;CN=Javier Ortega;ROLE=REQ-PARTICIPANT:mailto:javier.ortega@helixrenewables.com
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Helix Renewables", role="Civil Site Engineer (Solar PV)", stage="hiring_manager",
       interviewers="javier.ortega@helixrenewables.com", trap="lever-solar-epc-hiring-manager"),
]
