# ruff: noqa: E501
"""holdout207 events, part a: SSE Renewables, Ørsted, Siemens Gamesa, ScottishPower Renewables."""

from holdout207ev_tz import BERLIN, COPENHAGEN, GMT_STD, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="ats-invite", eol="crlf", uid="WD-INTV-6f2a91c3e0b84d7a@sse.wd3.myworkday.com",
        is_interview=1, company="SSE Renewables", role="HSE Manager - Offshore Construction", stage="recruiter_screen",
        interviewers="kirsteen.blair@sse.com", trap="workday-telephone-screen-talent-partner-calls",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-6f2a91c3e0b84d7a@sse.wd3.myworkday.com
DTSTAMP:20250218T094412Z
SEQUENCE:0
DTSTART:20250224T100000Z
DTEND:20250224T103000Z
SUMMARY:Phone Screen - HSE Manager - Offshore Construction (JR-0048817)
DESCRIPTION:Dear Fiona\,\n\nThank you for your application for HSE Manager
  - Offshore Construction (JR-0048817) at SSE Renewables.\n\nThis invitatio
 n confirms your telephone screen with Kirsteen Blair\, Talent Acquisition P
 artner. Kirsteen will call you on the number in your candidate profile (+44
  7700 900417).\n\nIf you need to change the time please use the link in yo
 ur Candidate Home rather than replying to this message.\n\nKind regards\nSS
 E Talent Acquisition\n\nThis is a system generated message. Please do not r
 eply.
LOCATION:Telephone
ORGANIZER;CN=SSE Careers:mailto:sse@myworkday.com
ATTENDEE;CN=Fiona Mackenzie;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Kirsteen Blair;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kirsteen.blair@sse.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000D07B1C6A2C8BDB01000000000000000010000000A4F1E2D3C4B5A69788796A5B4C3D2E1F",
        is_interview=1, company="SSE Renewables", role="HSE Manager - Offshore Construction", stage="hiring_manager",
        interviewers="douglas.paterson@sse.com;aileen.munro@sse.com", trap="outlook-competency-based-interview-sent-by-coordinator",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Paterson, Douglas";SENT-BY="mailto:ta.scheduling@sse.com":mailto:douglas.paterson@sse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Munro, Aileen":mailto:aileen.munro@sse.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nThank you for your time on the phon
 e with Kirsteen. We would like to invite you to a competency based intervi
 ew for the HSE Manager - Offshore Construction position. The interview wil
 l be with Dougie Paterson (Head of HSE\, Offshore Construction) and Aileen
 Munro (HR Business Partner) and will last around 75 minutes.\n\nPlease pre
 pare examples using the STAR format around: leading through influence\, in
 cident investigation\, contractor management\, and a time you stopped the
 job.\n\nKind regards\nTA Scheduling Team\n____________________________________
 ____________________________________________\nMicrosoft Teams meeting\nJoin
  on your computer\, mobile app or room device\nClick here to join the meeti
 ng<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5ZTc2>\nMeetin
 g ID: 361 552 907 114\nPasscode: hT7aP2\nDownload Teams | Join on the web\n
 Or call in (audio only)\n+44 20 3443 8721\,\,402918377#   United Kingdom\,
 London\nPhone Conference ID: 402 918 377#\n_________________________________
 _______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07B1C6A2C8BDB01000000000000000010000000A4F1E2D3C4B5A69788796A5B4C3D2E1F
SUMMARY;LANGUAGE=en-GB:Competency Based Interview - Fiona Mackenzie - HSE Manager Offshore Construction
DTSTART;TZID=GMT Standard Time:20250319T140000
DTEND;TZID=GMT Standard Time:20250319T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T161203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-update", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000D07B1C6A2C8BDB01000000000000000010000000A4F1E2D3C4B5A69788796A5B4C3D2E1F",
        is_interview=1, company="SSE Renewables", role="HSE Manager - Offshore Construction", stage="hiring_manager",
        interviewers="douglas.paterson@sse.com;aileen.munro@sse.com", trap="outlook-rescheduled-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Paterson, Douglas";SENT-BY="mailto:ta.scheduling@sse.com":mailto:douglas.paterson@sse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Munro, Aileen":mailto:aileen.munro@sse.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, apologies - Dougie has been pulled in
 to a client meeting on Wednesday afternoon so we have moved this to Thursd
 ay morning. Everything else is the same\, same Teams link.\n\nKind regards\
 nTA Scheduling Team\n________________________________________________________
 ________________________\nMicrosoft Teams meeting\nJoin on your computer\, m
 obile app or room device\nClick here to join the meeting<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_YjQ5ZTc2>\nMeeting ID: 361 552 907 114
 \nPasscode: hT7aP2\n_________________________________________________________
 _______________________\n
UID:040000008200E00074C5B7101A82E00800000000D07B1C6A2C8BDB01000000000000000010000000A4F1E2D3C4B5A69788796A5B4C3D2E1F
SUMMARY;LANGUAGE=en-GB:Competency Based Interview - Fiona Mackenzie - HSE Manager Offshore Construction
DTSTART;TZID=GMT Standard Time:20250320T093000
DTEND;TZID=GMT Standard Time:20250320T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T082755Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1249732415
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000F3A94D0E77C5DB01000000000000000010000000B71C0E5A2D9F4E8B8C1A3F6E5D4C2B19",
        is_interview=1, company="SSE Renewables", role="HSE Manager - Offshore Construction", stage="final",
        interviewers="douglas.paterson@sse.com;gillian.forbes@sse.com;aileen.munro@sse.com", trap="safety-case-presentation-final-panel-with-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Munro, Aileen":mailto:aileen.munro@sse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Paterson, Douglas":mailto:douglas.paterson@sse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Forbes, Gillian":mailto:gillian.forbes@sse.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GLA-1WS-4.02 Cuillin (12) AV":mailto:gla-1ws-4.02@sse.com
DESCRIPTION;LANGUAGE=en-GB:Fiona\,\n\nDelighted to confirm the final stage f
 or HSE Manager - Offshore Construction.\n\nFormat:\n13:00 - 13:20 Your pres
 entation: "Safety case for the offshore construction phase of a 1GW fixed-
 bottom project - key Major Accident Hazards\, ALARP demonstration and how
 you would embed it with Tier 1 contractors". Max 8 slides\, please email t
 hem to me by 5pm Wednesday so we can load them in the room.\n13:20 - 13:40
  Q&A on presentation\n13:40 - 14:30 Panel interview\n\nPanel: Dougie Paters
 on\, Gillian Forbes (Director HSEQ\, Renewables)\, me.\n\nReception is on th
 e ground floor at 1 Waterloo Street - ask for me and they will issue a vis
 itor pass.\n\nBest wishes\nAileen
UID:040000008200E00074C5B7101A82E00800000000F3A94D0E77C5DB01000000000000000010000000B71C0E5A2D9F4E8B8C1A3F6E5D4C2B19
SUMMARY;LANGUAGE=en-GB:Final Stage - Presentation & Panel - Fiona Mackenzie (HSE Manager\, Offshore Construction)
DTSTART;TZID=GMT Standard Time:20250515T130000
DTEND;TZID=GMT Standard Time:20250515T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T110531Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA-1WS-4.02 Cuillin (12) AV\; 1 Waterloo Street\, Glasgow G2 6AY
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONS:[{"DisplayName":"GLA-1WS-4.02 Cuillin (12) AV","LocationAnnotation":"","LocationUri":"gla-1ws-4.02@sse.com","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="sf-intv-4420918-3@performancemanager.successfactors.eu",
        is_interview=1, company="Ørsted", role="HSE Manager, Offshore Wind O&M (Esbjerg)", stage="recruiter_screen",
        interviewers="metkj@orsted.com", trap="successfactors-copenhagen-tz-first-conversation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + COPENHAGEN + r"""BEGIN:VEVENT
UID:sf-intv-4420918-3@performancemanager.successfactors.eu
DTSTAMP:20250304T071532Z
DTSTART;TZID=Europe/Copenhagen:20250318T090000
DTEND;TZID=Europe/Copenhagen:20250318T094500
SUMMARY:Ørsted - Interview: HSE Manager\, Offshore Wind O&M (Esbjerg) - Requisition 61874
DESCRIPTION:Dear Fiona Mackenzie\,\n\nWe are pleased to confirm your first
  conversation regarding the position HSE Manager\, Offshore Wind O&M (Esbje
 rg).\n\nInterviewer(s): Mette Kjærgaard\, Senior Talent Acquisition Partner
 \nType: Microsoft Teams (link below)\nDuration: 45 minutes\n\nPlease note t
 hat the time shown is Central European Time. For the UK this is 08:00.\n\nJo
 in: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2NzQ1\n\nBest
  regards\,\nØrsted Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Ørsted Recruitment:mailto:noreply@successfactors.eu
ATTENDEE;CN=Fiona Mackenzie;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Mette Kjærgaard;ROLE=REQ-PARTICIPANT:mailto:METKJ@orsted.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E0080000000041E7C2F3B7ADDB010000000000000000100000003C9E1A6F8B2D4A0E9F7C5B3A1D2E4F60",
        is_interview=1, company="Ørsted", role="HSE Manager, Offshore Wind O&M (Esbjerg)", stage="hiring_manager",
        interviewers="larbn@orsted.com;jenhe@orsted.com", trap="outlook-romance-tz-teams-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Lars Bech Nielsen:mailto:LARBN@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fiona Mackenzie:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jens Henriksen:mailto:JENHE@orsted.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mette Kjærgaard:mailto:METKJ@orsted.com
DESCRIPTION;LANGUAGE=da-DK:Hi Fiona\,\n\nThank you for the good talk with Me
 tte. I look forward to meeting you - I have invited Jens (Site Manager\, Ho
 rns Rev) to join for the second half. Mette is optional and will join if s
 he can.\n\nBest regards\nLars\n\n________________________________________________
 ________________________________\nMicrosoft Teams-møde\nDeltag fra din comp
 uter\, mobilapp eller rumenhed\nKlik her for at deltage i mødet<https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_MzE2YjBk>\nMøde-id: 388 214 556 8
 03\nAdgangskode: Zs9Bq4\n_______________________________________________________
 _________________________\n
UID:040000008200E00074C5B7101A82E0080000000041E7C2F3B7ADDB010000000000000000100000003C9E1A6F8B2D4A0E9F7C5B3A1D2E4F60
SUMMARY;LANGUAGE=da-DK:Fiona Mackenzie / Lars Bech Nielsen - HSE Manager O&M Esbjerg
DTSTART;TZID=Romance Standard Time:20250424T130000
DTEND;TZID=Romance Standard Time:20250424T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T121944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000AC35F0D19AC3DB01000000000000000010000000E5D7B9A1C3F24680ACE13579BDF02468",
        is_interview=1, company="Ørsted", role="HSE Manager, O&M Esbjerg", stage="final",
        interviewers="larbn@orsted.com;sodho@orsted.com;metkj@orsted.com", trap="outlook-final-day-in-esbjerg-with-hub-tour",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Mette Kjærgaard:mailto:METKJ@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fiona Mackenzie:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lars Bech Nielsen:mailto:LARBN@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofie Dalgaard Holm:mailto:SODHO@orsted.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ESB-Kanalen-MR Fanø (8):mailto:esb-kanalen-fano@orsted.com
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nAs agreed on the phone\, here is
  the plan for your day with us in Esbjerg:\n\n09:30 Welcome at reception (M
 ette)\n09:45 Walk-round of the O&M hub and quayside with Lars - safety boot
 s and hi-vis will be provided\n11:00 Final interview with Sofie Dalgaard Hol
 m (Head of QHSE\, Operations) and Lars\n12:15 Lunch with some of the team\n
 13:00 Wrap-up with Mette\n\nTravel: we have booked your flight ABZ-AMS-BLL
  on the 19th and the Hotel Britannia. Taxi from Billund is reimbursed.\n\nS
 ee you soon\nMette
UID:040000008200E00074C5B7101A82E00800000000AC35F0D19AC3DB01000000000000000010000000E5D7B9A1C3F24680ACE13579BDF02468
SUMMARY;LANGUAGE=en-GB:Final interview - Fiona Mackenzie - Esbjerg
DTSTART;TZID=Romance Standard Time:20250520T093000
DTEND;TZID=Romance Standard Time:20250520T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ørsted\, Kanalen 1\, 6700 Esbjerg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="lf", uid="sf-c6e0a0d1-7b5f-4d7e-9b5e-1c2b4c0a1d33@successfactors.eu",
        is_interview=1, company="Siemens Gamesa", role="HSE Manager Offshore (m/w/d)", stage="recruiter_screen",
        interviewers="katharina.vogt@siemensgamesa.com", trap="german-english-telefoninterview-successfactors",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Central//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sf-c6e0a0d1-7b5f-4d7e-9b5e-1c2b4c0a1d33@successfactors.eu
DTSTAMP:20250212T143301Z
DTSTART;TZID=Europe/Berlin:20250219T100000
DTEND;TZID=Europe/Berlin:20250219T103000
SUMMARY:Telefoninterview / Telephone interview: HSE Manager Offshore (m/w/d) - Hamburg - Ref. 389114
DESCRIPTION:Sehr geehrte Frau Mackenzie\,\n\nvielen Dank für Ihre Bewerbun
 g als HSE Manager Offshore (m/w/d) in Hamburg. Gerne möchten wir Sie zu ei
 nem ersten Telefoninterview einladen. Frau Katharina Vogt (Talent Acquisit
 ion) wird Sie unter der angegebenen Nummer anrufen.\n\n---\n\nDear Ms Macke
 nzie\,\n\nThank you for applying for HSE Manager Offshore (m/w/d) in Hambur
 g. We would like to invite you to a first telephone interview. Ms Katharin
 a Vogt (Talent Acquisition) will call you on the number you provided. Plea
 se note the time is CET (09:00 UK time).\n\nMit freundlichen Grüßen / Kind
  regards\nSiemens Gamesa Renewable Energy GmbH & Co. KG\nTalent Acquisition
LOCATION:Telefon / Phone
ORGANIZER;CN=Siemens Gamesa Talent Acquisition:mailto:sgre-recruiting@successfactors.eu
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Katharina Vogt;PARTSTAT=ACCEPTED:mailto:katharina.vogt@siemensgamesa.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E008000000007D0E3A55F093DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
        is_interview=1, company="Siemens Gamesa", role="HSE Manager Offshore (m/w/d)", stage="hiring_manager",
        interviewers="jens.hartmann@siemensgamesa.com", trap="w-europe-tz-teams-english-with-german-boilerplate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Jens (SGRE SE OF SVC HSE)":mailto:jens.hartmann@siemensgamesa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Katharina (SGRE HR TA DE)":mailto:katharina.vogt@siemensgamesa.com
DESCRIPTION;LANGUAGE=de-DE:Dear Fiona\,\n\nthank you for your interest in th
 e role. As discussed with Katharina\, let us have a first conversation in
 English - I would like to hear about your experience on the platform and
  how you see the difference to offshore wind service. Katharina is opti
 onal.\n\nBest regards\nJens Hartmann\nHead of HSE\, Offshore Service Northe
 rn Europe\n\n________________________________________________________________________________\nMi
 crosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen Ap
 p oder Ihrem Raumgerät aus teil.\nHier klicken\, um an der Besprechung teilz
 unehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE4ZDk3>\nB
 esprechungs-ID: 327 991 604 215\nPasscode: 8pLkQ3\n______________________________
 __________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000007D0E3A55F093DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=de-DE:HSE Manager Offshore - Gespräch Fiona Mackenzie / Jens Hartmann
DTSTART;TZID=W. Europe Standard Time:20250317T150000
DTEND;TZID=W. Europe Standard Time:20250317T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T153318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000C2B1A0F9E8D7DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        is_interview=1, company="Siemens Gamesa", role="HSE Manager Offshore (m/w/d)", stage="onsite",
        interviewers="jens.hartmann@siemensgamesa.com;birgit.lange@siemensgamesa.com;oliver.brandt@siemensgamesa.com", trap="german-vorstellungsgespraech-vor-ort-hamburg",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lange, Birgit Dr. (SGRE HR BP DE)":mailto:birgit.lange@siemensgamesa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hartmann, Jens (SGRE SE OF SVC HSE)":mailto:jens.hartmann@siemensgamesa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Oliver (SGRE SE OF SVC)":mailto:oliver.brandt@siemensgamesa.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HAM BS17 3.14 Helgoland":mailto:ham-bs17-3.14@siemensgamesa.com
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Mackenzie\,\n\nwie telefonisch bespro
 chen\, laden wir Sie herzlich zum persönlichen Vorstellungsgespräch bei un
 s in Hamburg ein. Teilnehmer: Herr Jens Hartmann (Head of HSE Offshore Ser
 vice)\, Herr Oliver Brandt (Head of Offshore Service Northern Europe) und i
 ch. Das Gespräch findet auf Englisch statt\; ein paar Fragen auf Deutsch w
 ären aber willkommen :-)\n\nBitte melden Sie sich am Empfang\, Beim Stroh
 hause 17-31. Reisekosten erstatten wir nach unserer Reisekostenrichtlinie.
 \n\nMit freundlichen Grüßen\nDr. Birgit Lange\nHR Business Partner
UID:040000008200E00074C5B7101A82E00800000000C2B1A0F9E8D7DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch vor Ort - Frau Fiona Mackenzie - HSE Manager Offshore (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20250423T100000
DTEND;TZID=W. Europe Standard Time:20250423T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T090104Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HAM BS17 3.14 Helgoland\; Beim Strohhause 17-31\, 20097 Hamburg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-entry", eol="lf", uid="A3F0C1E2-77B4-4C1D-9E0A-5B6C7D8E9F01",
        is_interview=1, company="ScottishPower Renewables", role="", stage="recruiter_screen",
        interviewers="Claire Rennie", trap="typed-abbreviated-spr-phone-int-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A3F0C1E2-77B4-4C1D-9E0A-5B6C7D8E9F01
DTSTAMP:20250220T191744Z
CREATED:20250220T191744Z
LAST-MODIFIED:20250220T191802Z
DTSTART:20250226T110000
DTEND:20250226T113000
SUMMARY:SPR phone int - Claire ringing ~11
DESCRIPTION:HSE BP offshore (EA hub?). Claire Rennie TA. have examples read
 y - PTW audit findings\, dropped obj investigation\, contractor interface.
  salary q - say 75+
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E0080000000099A1B2C3D4E5DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D",
        is_interview=1, company="ScottishPower Renewables", role="HSE Business Partner Offshore", stage="technical",
        interviewers="jortegar@iberdrola.es;ncowan@scottishpower.com", trap="spanish-entrevista-tecnica-iberdrola-group",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="ORTEGA RUIZ, JAVIER":mailto:jortegar@iberdrola.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cowan, Neil":mailto:ncowan@scottishpower.com
DESCRIPTION;LANGUAGE=es-ES:Hola Fiona\,\n\nTe envío la convocatoria para la
  entrevista técnica del puesto HSE Business Partner Offshore (ScottishPowe
 r Renewables). Participaremos Neil Cowan (Glasgow) y yo (Iberdrola Renovab
 les Offshore\, Madrid). La entrevista será en inglés.\n\nHi Fiona - this is
  the technical interview for the HSE Business Partner Offshore role. The t
 ime shown is Madrid time\, 15:00 in the UK. We will talk about East Anglia
  THREE construction and marine operations.\n\nUn saludo / Kind regards\nJav
 ier Ortega Ruiz\nHSE Offshore - Iberdrola Renovables\n\n______________________
 __________________________________________________________\nReunión de Micr
 osoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala
 \nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_ZGJhNzE5>\nId. de reunión: 312 660 118 470\nCódigo de
  acceso: Wq2x8R\n
UID:040000008200E00074C5B7101A82E0080000000099A1B2C3D4E5DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=es-ES:Entrevista técnica / Technical interview - HSE Business Partner Offshore - Fiona Mackenzie
DTSTART;TZID=Romance Standard Time:20250325T160000
DTEND;TZID=Romance Standard Time:20250325T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T120517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
]
