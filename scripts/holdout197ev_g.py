# ruff: noqa: E501
"""holdout197 events: engineering consultancies, Cork/Dublin/Limerick sites (part 3)."""

from holdout197ev_tz import DUBLIN, GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="workday-abbvie",
    uid="WD-INTERVIEW-abbvie-EVT-0003398110-1@myworkday.com",
    is_interview=1, company="AbbVie", role="Sr. Engineer II, Process", stage="",
    interviewers="niamh.oregan@abbvie.com",
    trap="workday-abbvie-virtual-interview-stage-unclear",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-abbvie-EVT-0003398110-1@myworkday.com
DTSTAMP:20250502T130012Z
DTSTART:20250513T130000Z
DTEND:20250513T140000Z
SUMMARY:AbbVie Virtual Interview – Sr. Engineer II\, Process – REF31992P
ORGANIZER;CN=AbbVie Talent Acquisition:mailto:abbvie@myworkday.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Niamh O'Regan:mailto:niamh.oregan@abbvie.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Cian\, your virtual interview with Niamh O'Regan for Sr. E
 ngineer II\, Process (Carrigtwohill\, Cork) has been scheduled. Teams link: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_AbV31992@thread.v2/0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="lever-screen",
    uid="lever-interview-2b51c8e7-a7c5-44d1-9f20-pmgroup-1@hire.lever.co",
    is_interview=1, company="PM Group", role="Senior Process Engineer – Life Sciences", stage="recruiter_screen",
    interviewers="aine.keohane@pmgroup-global.com",
    trap="lever-epcm-consultancy-screen",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2b51c8e7-a7c5-44d1-9f20-pmgroup-1@hire.lever.co
DTSTAMP:20250305T101500Z
DTSTART:20250310T123000Z
DTEND:20250310T130000Z
SUMMARY:Cian O'Sullivan <> PM Group – Senior Process Engineer – Life Sciences
ORGANIZER;CN=Áine Keohane:mailto:aine.keohane@pmgroup-global.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:https://pmgroup.zoom.us/j/81022310947
DESCRIPTION:Hi Cian\, a short intro call with me (Talent Acquisition) about
  the Senior Process Engineer role on our Life Sciences team in Cork – proje
 cts are mostly biologics facility design and CQV. 30 min.\n\nÁine\n\nSchedu
 led via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="lever-technical",
    uid="lever-interview-9e04d2b1-51f6-4c3a-8b77-pmgroup-2@hire.lever.co",
    is_interview=1, company="PM Group", role="Senior Process Engineer – Life Sciences", stage="technical",
    interviewers="colm.delaney@pmgroup-global.com;sorcha.ring@pmgroup-global.com",
    trap="lever-technical-pid-review-in-office",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:lever-interview-9e04d2b1-51f6-4c3a-8b77-pmgroup-2@hire.lever.co
DTSTAMP:20250314T160144Z
DTSTART;TZID=Europe/Dublin:20250321T090000
DTEND;TZID=Europe/Dublin:20250321T103000
SUMMARY:Interview – PM Group – Technical (P&ID review)
ORGANIZER;CN=Áine Keohane:mailto:aine.keohane@pmgroup-global.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Colm Delaney:mailto:colm.delaney@pmgroup-global.com
ATTENDEE;CN=Sorcha Ring:mailto:sorcha.ring@pmgroup-global.com
LOCATION:PM Group\, Loughmahon Technology Park\, Blackrock\, Cork
DESCRIPTION:Technical interview with Colm Delaney (Process Lead) and Sorcha
  Ring (Project Engineering Manager). We'll walk through a P&ID of a buffer pr
 ep skid together and talk about sizing\, CIP and design reviews you've bee
 n part of. No prep needed.\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="ashby-interview",
    uid="ashby-interview-schedule-5fe1b0a7-jacobs@ashbyhq.com",
    is_interview=1, company="Jacobs", role="Process Engineer, Advanced Manufacturing", stage="hiring_manager",
    interviewers="peter.kiely@jacobs.com",
    trap="ashby-hiring-manager-google-meet",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-5fe1b0a7-jacobs@ashbyhq.com
DTSTAMP:20250407T110211Z
DTSTART:20250410T154500Z
DTEND:20250410T163000Z
SUMMARY:Cian O'Sullivan – Hiring Manager Interview – Jacobs
ORGANIZER;CN=Jacobs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Peter Kiely:mailto:peter.kiely@jacobs.com
LOCATION:https://meet.google.com/pfa-xbce-wuj
DESCRIPTION:Interviewer: Peter Kiely (Process Department Manager\, Cork)\nR
 ole: Process Engineer\, Advanced Manufacturing\nJoin: https://meet.google.c
 om/pfa-xbce-wuj\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="calcom-booking",
    uid="calcom-booking-uid-8sBv2nLq4eXhT9mY1wRk",
    is_interview=1, company="DPS", role="Senior Process Engineer (Biologics)", stage="",
    interviewers="mairead.cotter@dps-global.com",
    trap="cal-com-booking-with-consultancy-manager",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-uid-8sBv2nLq4eXhT9mY1wRk
DTSTAMP:20250416T193020Z
DTSTART:20250422T081500Z
DTEND:20250422T090000Z
SUMMARY:Interview: Senior Process Engineer (Biologics) between Máiréad Cotter and Cian O'Sullivan
ORGANIZER;CN=Máiréad Cotter:mailto:mairead.cotter@dps-global.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:https://app.cal.com/video/8sBv2nLq4eXhT9mY1wRk
DESCRIPTION:What: Interview: Senior Process Engineer (Biologics)\nInvitee T
 ime Zone: Europe/Dublin\nAdditional notes: Hi Máiréad – CV attached to my e
 mail. Cian\n\nArcadis DPS – Cork office\n\nCancel or reschedule: https://a
 pp.cal.com/booking/8sBv2nLq4eXhT9mY1wRk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="calendly-chat",
    uid="b1f4a8e2-6c39-4d70-95e8-cai-calendly@calendly.com",
    is_interview=1, company="CAI", role="Senior CQV / Process Engineer", stage="recruiter_screen",
    interviewers="e.doyle@cagents.com",
    trap="calendly-chat-with-recruiter-named-employer",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b1f4a8e2-6c39-4d70-95e8-cai-calendly@calendly.com
DTSTAMP:20250324T120000Z
DTSTART:20250327T110000Z
DTEND:20250327T112000Z
SUMMARY:20 min chat – CAI Careers (Eoin Doyle)
ORGANIZER;CN=Eoin Doyle:mailto:e.doyle@cagents.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=ACCEPTED:mailto:cian.osullivan.eng@gmail.com
LOCATION:Microsoft Teams – link to follow
DESCRIPTION:Event Name: 20 min chat – CAI Careers\n\nRole applied for: Seni
 or CQV / Process Engineer (Cork)\nPlease share anything that will help prep
 are for our meeting: Looking at senior roles\, 9 yrs biologics\n\nPowered b
 y Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="icims-viatris",
    uid="icims-viatris-int-2025-11830@careers-viatris.icims.com",
    is_interview=1, company="Viatris", role="Principal Process Engineer", stage="",
    interviewers="d.sheehan@viatris.com;r.oconnor@viatris.com",
    trap="icims-in-person-little-island-floating-time",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-viatris-int-2025-11830@careers-viatris.icims.com
DTSTAMP:20250522T101500Z
DTSTART:20250529T143000
DTEND:20250529T153000
SUMMARY:Interview – Principal Process Engineer – Viatris Little Island
ORGANIZER;CN=Viatris Talent Acquisition:mailto:donotreply@icims.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Dara Sheehan:mailto:d.sheehan@viatris.com
ATTENDEE;CN=Rachel O'Connor:mailto:r.oconnor@viatris.com
LOCATION:Viatris\, Little Island Industrial Estate\, Cork
DESCRIPTION:In-person interview with Dara Sheehan and Rachel O'Connor.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="modernloop-loop",
    uid="modernloop-f7c2e0a1-4d3b-49be-8d21-ardmore@modernloop.io",
    is_interview=1, company="Ardmore Cell Therapies", role="MSAT Lead, Cell Therapy", stage="onsite",
    interviewers="hannah.reid@ardmorect.com;vikram.rao@ardmorect.com;sean.gleeson@ardmorect.com",
    trap="modernloop-interview-loop-with-coordinator",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:modernloop-f7c2e0a1-4d3b-49be-8d21-ardmore@modernloop.io
DTSTAMP:20250509T091120Z
DTSTART;TZID=Europe/Dublin:20250515T100000
DTEND;TZID=Europe/Dublin:20250515T133000
SUMMARY:Ardmore Cell Therapies – Onsite Interview Loop – Cian O'Sullivan
ORGANIZER;CN=Kate Murray (Recruiting Coordinator):mailto:kate.murray@ardmorect.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Ardmore Cell Therapies\, Unit 4\, Grange Castle Business Park\, Dublin 22
DESCRIPTION:Your interview loop for MSAT Lead\, Cell Therapy:\n10:00 Hannah
  Reid\, VP Technical Operations\n10:45 Vikram Rao\, Head of Process Develop
 ment\n11:30 Seán Gleeson\, QA Director\n12:15 Lunch + facility walk-throug
 h\n\nCoordinator: Kate Murray. Scheduled with ModernLoop.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="edwards-interview",
    uid="040000008200E00074C5B7101A82E0080000000072C6D5B4A3E2DB01000000000000000010000000ED01CB23A945876F1032547698BADCFE",
    is_interview=1, company="Edwards Lifesciences", role="Senior Process Development Engineer", stage="hiring_manager",
    interviewers="sinead_hourigan@edwards.com",
    trap="outlook-limerick-medtech-teams-hm",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hourigan, Sinead":mailto:sinead_hourigan@edwards.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Cian – looking forward to chatting about the Senior Process Development Engineer role here in Castletroy. I'm the hiring manager. 45 mins.\n\nSinead\n\nMicrosoft Teams meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_EdwLK@thread.v2/0\nMeeting ID: 300 412 559 781  Passcode: Ek3rR5\n
UID:040000008200E00074C5B7101A82E0080000000072C6D5B4A3E2DB01000000000000000010000000ED01CB23A945876F1032547698BADCFE
SUMMARY;LANGUAGE=en-US:Cian O'Sullivan / Sinead Hourigan – Sr PD Engineer
DTSTART;TZID=GMT Standard Time:20250520T160000
DTEND;TZID=GMT Standard Time:20250520T164500
DTSTAMP:20250514T143301Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="typed-nuritas",
    uid="4B2E9F10-3C7D-4A1E-B8F6-2D9E0A1C7B35",
    is_interview=1, company="Nuritas", role="", stage="",
    interviewers="Conall",
    trap="self-typed-interview-abbrev-int",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.2//EN
CALSCALE:GREGORIAN
""" + DUBLIN + r"""BEGIN:VEVENT
CREATED:20250326T080211Z
DTEND;TZID=Europe/Dublin:20250331T130000
DTSTAMP:20250326T080230Z
DTSTART;TZID=Europe/Dublin:20250331T121500
LAST-MODIFIED:20250326T080230Z
LOCATION:Nuritas\, Joshua Dawson House\, Dawson St D2
SEQUENCE:0
SUMMARY:int – Nuritas (Conall)
DESCRIPTION:peptide mfg scale-up role\, onsite. train 7:00 Kent -> Heuston
TRANSP:OPAQUE
UID:4B2E9F10-3C7D-4A1E-B8F6-2D9E0A1C7B35
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="wuxi-interview",
    uid="dd4e1c2b-7a6f-4f0e-9b31-wuxi-sr-msat@wuxibiologics.com",
    is_interview=1, company="WuXi Biologics", role="Senior MSAT Engineer", stage="technical",
    interviewers="barry.oneill@wuxibiologics.com;li.mei@wuxibiologics.com",
    trap="zoom-invite-technical-chinese-parent",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:dd4e1c2b-7a6f-4f0e-9b31-wuxi-sr-msat@wuxibiologics.com
DTSTAMP:20250429T021500Z
DTSTART:20250506T080000Z
DTEND:20250506T091500Z
SUMMARY:Senior MSAT Engineer – Technical Interview (Cian O'Sullivan)
ORGANIZER;CN=Barry O'Neill:mailto:barry.oneill@wuxibiologics.com
ATTENDEE;CN=cian.osullivan.eng@gmail.com;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Li Mei:mailto:li.mei@wuxibiologics.com
LOCATION:https://wuxibiologics.zoom.us/j/88120574410
DESCRIPTION:Barry O'Neill is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Senior MSAT Engineer – Technical Interview (Cian O'Sullivan)\nDundalk
  site MSAT team + Li Mei (Global MSAT\, Wuxi City) joining.\n\nJoin Zoom Me
 eting\nhttps://wuxibiologics.zoom.us/j/88120574410\nMeeting ID: 881 2057 44
 10\nPasscode: 720114
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="gsk-webex",
    uid="webex-meeting-gsk-2640119887-20250325@gsk.webex.com",
    is_interview=1, company="GSK", role="Senior Process Engineer – Currabinny", stage="",
    interviewers="fergal.x.oshea@gsk.com",
    trap="webex-invite-interview-word-in-topic-only",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-meeting-gsk-2640119887-20250325@gsk.webex.com
DTSTAMP:20250318T132010Z
DTSTART:20250325T100000Z
DTEND:20250325T110000Z
SUMMARY:Senior Process Engineer – Currabinny – Cian O'Sullivan
ORGANIZER;CN=Fergal X O'Shea:mailto:fergal.x.oshea@gsk.com
ATTENDEE;CN=cian.osullivan.eng@gmail.com;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:https://gsk.webex.com/gsk/j.php?MTID=m0b9a77c1
DESCRIPTION:Fergal X O'Shea invites you to join this Webex meeting.\n\nAgen
 da: interview for the Senior Process Engineer vacancy\, Cork site\n\nMeeti
 ng number: 2640 119 887\nPassword: gsk25Cork\n\nJoin by phone +353-1-431-1
 400 Ireland toll\nAccess code: 264 011 9887
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))
