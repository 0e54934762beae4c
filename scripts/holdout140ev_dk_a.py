"""holdout140: Danish turbine makers and owners, multi-round processes (Vestas, Ørsted, SGRE, Cadeler)."""

from holdout140ev_common import TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("workday-screen", r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:WD-IS-7f3a19c2-0b44-4e0f-9d8e-vestas-R-0612884-01
DTSTAMP:20250205T133812Z
SEQUENCE:0
DTSTART:20250211T090000Z
DTEND:20250211T094500Z
SUMMARY:Interview: Site Manager - Offshore Service (R-0612884) - Mikkel Sørensen
DESCRIPTION:Dear Mikkel\,\n\nThank you for your interest in Vestas. We are
  pleased to invite you to an interview for the position Site Manager - Off
 shore Service (R-0612884).\n\nInterview type: Microsoft Teams\nInterviewe
 r(s): Sofie Lund Kjær (Senior Talent Acquisition Partner)\nDuration: 45 m
 inutes\n\nJoin the meeting: https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_NmE0ZjE5@thread.v2/0?context=%7b%22Tid%22%3a%22c0701940%22%7d\n
 \nIf you need to reschedule\, please reply to this e-mail.\n\nKind regard
 s\nVestas Talent Acquisition\n\nThis message was sent from Workday. Pleas
 e do not reply directly to vestas@myworkday.com.
LOCATION:Microsoft Teams
ORGANIZER;CN=Vestas Talent Acquisition:mailto:vestas@myworkday.com
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Sofie Lund Kjær;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:S
 OFKJ@vestas.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "WD-IS-7f3a19c2-0b44-4e0f-9d8e-vestas-R-0612884-01", True, "Vestas",
      "Site Manager - Offshore Service", "recruiter_screen", "sofkj@vestas.com",
      "workday-utc-teams-recruiter-screen"),

    E("outlook-technical", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Jakobsen, Peter Holm":mailto:PEHJA@vestas.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brink, Ul
 rik":mailto:ULBRI@vestas.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="DK-ESB-Dokvej-MR Horns Rev (8)":mailto:DK-ESB-MR-HornsRev@vestas.com
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nAs agreed with Sofie\, here is th
 e invite for the technical interview for the Site Manager - Offshore Servi
 ce role. Ulrik (Service Technical Lead\, V236) and I will go through your
 experience with main component exchanges\, troubleshooting on converter/p
 itch\, lift planning and how you run a team on an SOV rotation. Expect a f
 ew practical cases - no need to prepare slides.\n\nPlease bring your GWO c
 ertificates and ID for the gate.\n\nBR\nPeter\n\nPeter Holm Jakobsen\nHea
 d of Service Operations\, Offshore North\nVestas Northern & Central Europe
 \n
UID:040000008200E00074C5B7101A82E00800000000D0F4A7B1B47CDB01000000000000000
 010000000A9B2F4C19D7E0A4CB2EA3F1C7B5D9E41
SUMMARY;LANGUAGE=en-US:Technical interview - Site Manager Offshore Service (
 Mikkel Sørensen)
DTSTART;TZID=Romance Standard Time:20250227T130000
DTEND;TZID=Romance Standard Time:20250227T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vestas Esbjerg\, Dokvej 4\, 6700 Esbjerg - reception
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
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0F4A7B1B47CDB01000000000000000010000000A9B2F4C19D7E0A4CB2EA3F1C7B5D9E41",
      True, "Vestas", "Site Manager Offshore Service", "technical", "pehja@vestas.com;ulbri@vestas.com",
      "outlook-technical-interview-resource-room"),

    E("outlook-moved", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Jakobsen, Peter Holm":mailto:PEHJA@vestas.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brink, Ul
 rik":mailto:ULBRI@vestas.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="DK-ESB-Dokvej-MR Horns Rev (8)":mailto:DK-ESB-MR-HornsRev@vestas.com
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\, sorry - Ulrik is stuck on a vessel u
 ntil Sunday because of weather\, so I have moved us to Tuesday morning. Sa
 me place\, same agenda. Let me know if it does not work with your rotatio
 n.\n\nBR\nPeter\n\n________________________________\nHi Mikkel\,\n\nAs ag
 reed with Sofie\, here is the invite for the technical interview for the
 Site Manager - Offshore Service role. Ulrik (Service Technical Lead\, V236
 ) and I will go through your experience with main component exchanges\, t
 roubleshooting on converter/pitch\, lift planning and how you run a team o
 n an SOV rotation.\n
UID:040000008200E00074C5B7101A82E00800000000D0F4A7B1B47CDB01000000000000000
 010000000A9B2F4C19D7E0A4CB2EA3F1C7B5D9E41
SUMMARY;LANGUAGE=en-US:Updated: Technical interview - Site Manager Offshore
  Service (Mikkel Sørensen)
DTSTART;TZID=Romance Standard Time:20250304T090000
DTEND;TZID=Romance Standard Time:20250304T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T164005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Vestas Esbjerg\, Dokvej 4\, 6700 Esbjerg - reception
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1218740511
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0F4A7B1B47CDB01000000000000000010000000A9B2F4C19D7E0A4CB2EA3F1C7B5D9E41",
      True, "Vestas", "Site Manager Offshore Service", "technical", "pehja@vestas.com;ulbri@vestas.com",
      "rescheduled-same-uid-higher-sequence"),

    E("final-aarhus", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ravn, Thomas";SENT-BY="mailto:LIMOE@vestas.com":mailto:THRAV@vestas.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikkel Sør
 ensen:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nielsen,
  Camilla":mailto:CANIE@vestas.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kjær, Sofi
 e Lund":mailto:SOFKJ@vestas.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="DK-AAR-HED42-3.14 Meeting room (10)":mailto:DK-AAR-HED42-314@vest
 as.com
DESCRIPTION;LANGUAGE=en-US:Dear Mikkel\,\n\nOn behalf of Thomas Ravn (Vice
  President\, Service Offshore NCE) I am sending you this invitation for th
 e final interview for the Site Manager - Offshore Service position.\n\nAge
 nda\n10:00 Welcome - Thomas Ravn & Camilla Nielsen (HR Business Partner)\n
 10:15 Your 30-day plan for the site (max. 15 min.)\n10:30 Leadership & HS
 E - conversation\n11:30 Logical/personality test debrief (Camilla)\n12:15
  Next steps\n\nPlease report to reception at Hedeager 42 at 09:50. Parking
  in front of the building.\n\nKind regards\nLine Møller\nExecutive Assistan
 t\n
UID:040000008200E00074C5B7101A82E00800000000309C42C2AB8FDB010000000000000000
 100000007C1E0F2D5E84E4498B1FCA20C8731D6A
SUMMARY;LANGUAGE=en-US:Final interview - Site Manager Offshore Service - Mik
 kel Sørensen
DTSTART;TZID=Romance Standard Time:20250319T100000
DTEND;TZID=Romance Standard Time:20250319T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vestas HQ\, Hedeager 42\, 8200 Aarhus N
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000309C42C2AB8FDB010000000000000000100000007C1E0F2D5E84E4498B1FCA20C8731D6A",
      True, "Vestas", "Site Manager - Offshore Service", "final", "thrav@vestas.com;canie@vestas.com",
      "outlook-final-sent-by-assistant-resource"),

    E("phone-screen", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling 1.0//EN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:sf-ics-orsted-P-48213-int-0001-2025021714
DTSTAMP:20250210T101544Z
DTSTART;TZID=Europe/Copenhagen:20250217T140000
DTEND;TZID=Europe/Copenhagen:20250217T143000
SUMMARY:Interview: Service Supervisor\, Offshore O&M (Req ID 48213)
LOCATION:Phone - Maja will call you on +45 28 41 77 09
DESCRIPTION:Dear Mikkel Sørensen\,\n\nThank you for applying for Service S
 upervisor\, Offshore O&M (Req ID 48213) at Ørsted.\n\nYou have been sched
 uled for a phone interview:\nDate: 17 February 2025\nTime: 14:00 - 14:30
  (CET)\nWith: Maja Thorsen\, Talent Acquisition Partner\n\nThe conversation
  covers your motivation\, your current rotation and notice period\, and s
 alary expectations.\n\nBest regards\,\nØrsted Talent Acquisition\n\nPlease
  do not reply to this automated message.
ORGANIZER;CN="Ørsted Careers":mailto:noreply@successfactors.eu
ATTENDEE;CN="Mikkel Sørensen";RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mikkel
 .sorensen@mail.dk
ATTENDEE;CN="Maja Thorsen";PARTSTAT=ACCEPTED:mailto:MAJTH@orsted.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "sf-ics-orsted-P-48213-int-0001-2025021714", True, "Ørsted", "Service Supervisor, Offshore O&M",
      "recruiter_screen", "majth@orsted.com", "successfactors-phone-screen-noreply-organizer"),

    E("panel-esbjerg", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Maja Thorsen:mailto:MAJTH@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lars Hauge:mai
 lto:LARHA@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kirsten Mogens
 en:mailto:KIRMO@orsted.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=ESB-O&M-Mødelok
 ale Borkum (6):mailto:ESB-OM-Borkum@orsted.com
DESCRIPTION;LANGUAGE=da-DK:Hi Mikkel\,\n\nGreat talking to you on Monday.
  As promised\, here is the 2nd round - a panel interview at our O&M hub in
  Esbjerg:\n\n- Lars Hauge\, Site Manager Horns Rev 2 & 3 (hiring manager)
 \n- Kirsten Mogensen\, HSE Business Partner\, O&M West\n- Maja Thorsen\, T
 alent Acquisition\n\nWe will use a structured format with competency-base
 d questions (safety leadership\, planning\, stakeholder management) and a
  short scenario about a near miss on a transition piece. Afterwards Lars
  will show you the warehouse and the CTV pontoon.\n\nBring ID - you will b
 e registered at the gate.\n\nBest regards\nMaja\n
UID:040000008200E00074C5B7101A82E008000000006A6F1D7C7B83DB01000000000000000
 01000000062DD4B3AB03C1E4C8FDE9E7A0E3A4B91
SUMMARY;LANGUAGE=da-DK:Ørsted - 2nd interview (panel) - Service Supervisor
  Offshore O&M
DTSTART;TZID=Romance Standard Time:20250312T090000
DTEND;TZID=Romance Standard Time:20250312T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T120310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Ørsted O&M Esbjerg\, Esbjerg Havn - gate 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000006A6F1D7C7B83DB0100000000000000001000000062DD4B3AB03C1E4C8FDE9E7A0E3A4B91",
      True, "Ørsted", "Service Supervisor Offshore O&M", "onsite",
      "larha@orsted.com;kirmo@orsted.com;majth@orsted.com", "outlook-panel-at-om-hub-structured"),

    E("case-final", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T110000Z
DTEND:20250401T133000Z
DTSTAMP:20250320T154411Z
ORGANIZER;CN=Maja Thorsen:mailto:majth@orsted.com
UID:3kq7u1v0f0p9n2hj5i0c8a6r2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Søren Bruun;X-NUM-GUESTS=0:mailto:sorbr@orsted.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lars Hauge;X-NUM-GUESTS=0:mailto:larha@orsted.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maja Thorsen;X-NUM-GUESTS=0:mailto:majth@orsted.com
CREATED:20250320T154403Z
DESCRIPTION:Final round for the Service Supervisor\, Offshore O&M role.<br>
 <br>13:00-13:30 Case presentation: you receive the case (a 3-week blade-re
 pair campaign with two crews and a weather window) by e-mail 48 hours bef
 ore. 20 min presentation\, 10 min Q&A.<br>13:30-15:00 Interview with Søren
  Bruun (Head of O&M West) and Lars Hauge.<br>15:00-15:30 Wrap-up with Maja
 .<br><br>Hybrid: Søren joins from Gentofte on Teams\, you and Lars are in
  Esbjerg.<br><br>Microsoft Teams: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_YjQ3NDc2@thread.v2/0
LAST-MODIFIED:20250320T154411Z
LOCATION:Ørsted O&M Esbjerg / Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ørsted | Final interview + case | Mikkel Sørensen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3kq7u1v0f0p9n2hj5i0c8a6r2m@google.com", True, "Ørsted", "Service Supervisor, Offshore O&M", "final",
      "sorbr@orsted.com;larha@orsted.com;majth@orsted.com", "google-final-with-case-presentation"),

    E("teams-hm", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vad, Kasper (SGRE SE SVC NE HSE)";SENT-BY="mailto:recruiting.
 dk@siemensgamesa.com":mailto:kasper.vad@siemensgamesa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikkel Sør
 ensen:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recruitin
 g DK (SGRE)":mailto:recruiting.dk@siemensgamesa.com
DESCRIPTION;LANGUAGE=en-US:Dear Mikkel\,\n\nKasper Vad\, Head of HSE Servic
 e Northern Europe\, would like to meet you for a first conversation about
  the position HSE Lead - Service Northern Europe (Job ID 412877).\n\nThe co
 nversation will take approx. 60 minutes.\n\nKind regards\,\nRecruiting Te
 am Denmark\nSiemens Gamesa Renewable Energy A/S\n\n_______________________
 _________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer\, mobile app or room device\nClick here to
  join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_O
 GZmNzQ5@thread.v2/0>\nMeeting ID: 341 992 815 604\nPasscode: 7hR4Xw\nDown
 load Teams | Join on the web\nOr call in (audio only)\n+45 32 72 66 19\,\,
 552883016#   Denmark\, All locations\nPhone Conference ID: 552 883 016#\n_
 _______________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000A1E2C1D5F68EDB01000000000000000
 0100000005F0F77A1A2D6C547B1A4FE5E55AC02C1
SUMMARY;LANGUAGE=en-US:Siemens Gamesa - HSE Lead Service NE - Interview wit
 h Kasper Vad
DTSTART;TZID=Romance Standard Time:20250310T150000
DTEND;TZID=Romance Standard Time:20250310T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T141207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_OGZmNzQ5@thread.v2/0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A1E2C1D5F68EDB010000000000000000100000005F0F77A1A2D6C547B1A4FE5E55AC02C1",
      True, "Siemens Gamesa", "HSE Lead - Service Northern Europe", "hiring_manager",
      "kasper.vad@siemensgamesa.com", "outlook-sent-by-recruiting-mailbox-hm"),

    E("onsite-brande", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar//EN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:avature-sgre-event-1188342-itv-2
DTSTAMP:20250314T090127Z
SEQUENCE:0
DTSTART;TZID=Europe/Copenhagen:20250403T093000
DTEND;TZID=Europe/Copenhagen:20250403T140000
SUMMARY:On-site interview day - HSE Lead Service NE (412877)
LOCATION:Siemens Gamesa Renewable Energy\, Borupvej 16\, 7330 Brande
DESCRIPTION:Dear Mikkel\,\n\nWe are happy to confirm your on-site interview
  day in Brande.\n\n09:30 Arrival and safety induction (reception building
  A)\n09:45 Interview - Kasper Vad\, Head of HSE Service NE\n10:45 Interview
  - Helle Damgaard\, Senior Manager Service Operations DK\n11:45 Lunch\n12:3
 0 Walk of the nacelle test area with the site HSE team\n13:30 Close\n\nSaf
 ety shoes are provided. Please let us know your shoe size.\n\nKind regards
 \nRecruiting Team Denmark
ORGANIZER;CN=Recruiting Team Denmark:mailto:recruiting.dk@siemensgamesa.com
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Kasper Vad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kasper
 .vad@siemensgamesa.com
ATTENDEE;CN=Helle Damgaard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:he
 lle.damgaard@siemensgamesa.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "avature-sgre-event-1188342-itv-2", True, "Siemens Gamesa", "HSE Lead Service NE", "onsite",
      "kasper.vad@siemensgamesa.com;helle.damgaard@siemensgamesa.com", "avature-onsite-day-coordinator-organizer"),

    E("teamtailor-intro", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-5c1d7e2a-6b7f-4a51-9f55-4bb0e1c0a7d3
DTSTAMP:20250213T072809Z
DTSTART:20250220T100000Z
DTEND:20250220T104500Z
SUMMARY:Interview with Cadeler - Offshore Site Supervisor
DESCRIPTION:Hi Mikkel\,\n\nYou have a meeting with Louise Friis from Cadele
 r.\n\nJob: Offshore Site Supervisor\nLocation: Video meeting\n\nJoin Micro
 soft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDBmN2
 E1@thread.v2/0\n\nNeed to change the time? https://career.cadeler.com/mee
 tings/5c1d7e2a/reschedule\n\nPowered by Teamtailor
LOCATION:Microsoft Teams
ORGANIZER;CN=Louise Friis:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Mikkel Sørensen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mikkel.s
 orensen@mail.dk
ATTENDEE;CN=Louise Friis;PARTSTAT=ACCEPTED:mailto:louise.friis@cadeler.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "tt-meeting-5c1d7e2a-6b7f-4a51-9f55-4bb0e1c0a7d3", True, "Cadeler", "Offshore Site Supervisor", "recruiter_screen",
      "louise.friis@cadeler.com", "teamtailor-notifications-organizer-first-talk"),

    E("second-cph", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250307T100000
DTEND;TZID=Europe/Copenhagen:20250307T120000
DTSTAMP:20250224T193055Z
ORGANIZER;CN=Anders Mølgaard:mailto:amo@cadeler.com
UID:0bq9c3l5t2r4e9d1m8h6v7k2pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Anders Mølgaard;X-NUM-GUESTS=0:mailto:amo@cadeler.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Louise Friis;X-NUM-GUESTS=0:mailto:louise.friis@cadeler.com
CREATED:20250224T193051Z
DESCRIPTION:Hi Mikkel – looking forward to meeting you in person. We'll ta
 lk through jacking operations\, how you'd split responsibilities with the
  OCM on deck\, and a couple of incidents from your time at Horns Rev. Louis
 e joins for the last 30 min.\n\nCoffee is on us. Ask for me at the recepti
 on on 5th floor.\n\n/Anders
LAST-MODIFIED:20250224T193055Z
LOCATION:Cadeler\, Arne Jacobsens Allé 7\, 2300 København S
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mikkel Sørensen / Anders – 2nd interview Site Supervisor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0bq9c3l5t2r4e9d1m8h6v7k2pa@google.com", True, "Cadeler", "Site Supervisor", "onsite",
      "amo@cadeler.com;louise.friis@cadeler.com", "google-second-interview-in-person"),
]
