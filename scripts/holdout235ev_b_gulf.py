# ruff: noqa: E501
"""holdout235 events: Dunecrest (Taleo/Outlook), the Manila agency's Saudi process, agency trade tests."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("taleo-phone-screen", "TLO-SCH-7730192-DUNE-20251012", r"""BEGIN:VCALENDAR
PRODID:-//Oracle Corporation//Taleo Enterprise Scheduling Center 24A//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:TLO-SCH-7730192-DUNE-20251012
DTSTAMP:20251008T061522Z
SEQUENCE:0
DTSTART;TZID=Asia/Dubai:20251012T110000
DTEND;TZID=Asia/Dubai:20251012T113000
SUMMARY:Phone Interview - Senior Site Engineer - Civil (High-Rise) - Req 25001873
LOCATION:Telephone - the recruiter will call you on your registered mobile number
DESCRIPTION:Dear Mark Anthony\,\n\nThank you for your interest in Dunecrest Construction LLC.\n\nWe are pleased to confirm your telephone interview for the position of Senior Site Engineer - Civil (High-Rise)\, Requisition 25001873.\n\nInterviewer: Reem Haddad\, Talent Acquisition Specialist\nDuration: 30 minutes\n\nPlease keep your phone available 5 minutes before the scheduled time. To reschedule\, use the link in your Candidate Profile (Career Section > My Jobpage).\n\nThis is an automated message. Please do not reply.\n\nDunecrest Construction LLC - Talent Acquisition
ORGANIZER;CN=Dunecrest Careers:mailto:careers-noreply@dunecrest.ae
ATTENDEE;CN=Reem Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Reem.Haddad@dunecrest.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
STATUS:CONFIRMED
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR""", interview=1, company="Dunecrest Construction LLC", role="Senior Site Engineer - Civil (High-Rise)",
       stage="recruiter_screen", interviewers="reem.haddad@dunecrest.ae", trap="taleo-phone-screen-noreply-organizer", fold=True),

    ev("outlook-face-to-face", "040000008200E00074C5B7101A82E00800000000D0C1A2F4453CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Haddad, Reem":mailto:Reem.Haddad@dunecrest.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pillai, Suresh":mailto:Suresh.Pillai@dunecrest.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mansour, Tariq":mailto:Tariq.Mansour@dunecrest.ae
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DCL HO - Meeting Room 3 (8 pax)":mailto:MR3.HO@dunecrest.ae
DESCRIPTION;LANGUAGE=en-US:Dear Mark\,\n\nFurther to your telephone interview\, we would like to invite you for a face-to-face technical interview at our Head Office.\n\nPanel:\nSuresh Pillai - Construction Manager\nTariq Mansour - Planning Manager\n\nPlease bring: original passport & visa copy\, Emirates ID\, degree certificate\, PRC license\, SCE/Dubai Municipality engineer registration (if any)\, and a portfolio of high-rise projects (structural frame\, post-tension slabs\, core wall jump form).\n\nLocation: Dunecrest Construction LLC\, Office 1204\, Prime Tower\, Business Bay\, Dubai. Parking at B2 (visitors).\n\nBest regards\,\nReem Haddad\nTalent Acquisition Specialist\n\n
UID:040000008200E00074C5B7101A82E00800000000D0C1A2F4453CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Face to Face Interview - Mark Anthony Villanueva - Senior Site Engineer (Technical)
DTSTART;TZID=Arabian Standard Time:20251021T160000
DTEND;TZID=Arabian Standard Time:20251021T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T092211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DCL HO - Meeting Room 3 (8 pax)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Dunecrest Construction LLC", role="Senior Site Engineer",
       stage="technical", interviewers="suresh.pillai@dunecrest.ae;tariq.mansour@dunecrest.ae",
       trap="outlook-face-to-face-technical-panel-room"),

    ev("final-sent-by", "040000008200E00074C5B7101A82E00800000000F1A7D3B9A548DC010000000000000000100000009E8D7C6B5A4939281706F5E4D3C2B1A0", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Adam";SENT-BY="mailto:Lina.Qasem@dunecrest.ae":mailto:Adam.Kowalski@dunecrest.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Reem":mailto:Reem.Haddad@dunecrest.ae
DESCRIPTION;LANGUAGE=en-US:Mr. Villanueva\,\n\nMr. Adam Kowalski (Project Director - Marina Residences Tower 2) would like to meet you at site to discuss the role. Meeting point is the main site office at Plot 392-118\, Dubai Marina. Please wear safety shoes\; PPE (helmet\, vest) will be issued at the gate.\n\nKind regards\,\nLina Qasem\nExecutive Assistant to the Project Director\n
UID:040000008200E00074C5B7101A82E00800000000F1A7D3B9A548DC010000000000000000100000009E8D7C6B5A4939281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=en-US:Final Interview - Sr. Site Engineer (Civil) - with Project Director
DTSTART;TZID=Arabian Standard Time:20251102T100000
DTEND;TZID=Arabian Standard Time:20251102T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T110503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Marina Residences T2 - Main Site Office (Gate 3)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""", interview=1, company="Dunecrest Construction LLC", role="Sr. Site Engineer (Civil)",
       stage="final", interviewers="adam.kowalski@dunecrest.ae", trap="outlook-final-sent-by-assistant"),

    ev("final-rescheduled", "040000008200E00074C5B7101A82E00800000000F1A7D3B9A548DC010000000000000000100000009E8D7C6B5A4939281706F5E4D3C2B1A0", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Adam";SENT-BY="mailto:Lina.Qasem@dunecrest.ae":mailto:Adam.Kowalski@dunecrest.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Reem":mailto:Reem.Haddad@dunecrest.ae
DESCRIPTION;LANGUAGE=en-US:Mr. Villanueva\,\n\nApologies - the PD has a client meeting with the Engineer on Sunday. The meeting is moved to Tuesday 4 Nov\, same time and venue. Please wear safety shoes\; PPE will be issued at the gate.\n\nKind regards\,\nLina Qasem\nExecutive Assistant to the Project Director\n
UID:040000008200E00074C5B7101A82E00800000000F1A7D3B9A548DC010000000000000000100000009E8D7C6B5A4939281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=en-US:Updated: Final Interview - Sr. Site Engineer (Civil) - with Project Director
DTSTART;TZID=Arabian Standard Time:20251104T100000
DTEND;TZID=Arabian Standard Time:20251104T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251101T070942Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Marina Residences T2 - Main Site Office (Gate 3)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""", interview=1, company="Dunecrest Construction LLC", role="Sr. Site Engineer (Civil)",
       stage="final", interviewers="adam.kowalski@dunecrest.ae", trap="rescheduled-final-higher-sequence"),

    ev("agency-initial-interview", "3k7m1q9vhd2p0s8c5r4bq6ltn0@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Manila}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20251105T190000
DTEND;TZID=Asia/Manila:20251105T193000
DTSTAMP:20251103T024410Z
ORGANIZER;CN=Pinnacle Overseas Recruitment:mailto:recruitment.pinnacleoverseas@gmail.com
UID:3k7m1q9vhd2p0s8c5r4bq6ltn0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pinnacle Overseas Recruitment;X-NUM-GUESTS=0:mailto:recruitment.pinnacleoverseas@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xpt-qhzw-nfa
DESCRIPTION:Good day Engr. Villanueva!\n\nThis is Ms. Joanna Reyes of Pinnacle Overseas Manpower Services Inc. (DMW License No. DMW-112-LB-03152022-R). Salamat po for sending your CV via JobStreet.\n\nWe would like to have an initial interview with you for our principal\, a major contractor in one of the Saudi giga-projects (the name of the client will be disclosed once you are shortlisted).\n\nPOSITION: Site Engineer - Civil / Structures (20 slots)\nSALARY: SAR 9\,000 - 12\,000 + food/housing/transpo\n\nKindly prepare: updated CV\, passport\, PRC ID\, TOR\, COE from current employer.\n\nStrictly NO PLACEMENT FEE for KSA. Beware of illegal recruiters!\n\nJoin with Google Meet: https://meet.google.com/xpt-qhzw-nfa\nJoin by phone: (PH) +63 2 8271 9135 PIN: 417 992 308#\n
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Initial Interview - Civil Site Engineer (Saudi Giga-Project Contractor) - Pinnacle Overseas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="agency-screen-client-not-named", fold=True),

    ev("agency-online-interview-pm", "e1b8c7d2-44f0-4c1b-9c55-0b7a3e9f2d11", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
DTSTAMP:20251118T103015Z
UID:e1b8c7d2-44f0-4c1b-9c55-0b7a3e9f2d11
SUMMARY:ONLINE INTERVIEW - SAHARA MERIDIAN CONTRACTING CO. (KSA) - Site Engineer (Civil)
DTSTART;TZID=Asia/Riyadh:20251124T140000
DTEND;TZID=Asia/Riyadh:20251124T150000
LOCATION:https://us06web.zoom.us/j/86120394417?pwd=Qm9ZbGx2dXhRR3RkZ0tjN0Jx
DESCRIPTION:Congratulations Engr. Mark Anthony Villanueva! You are shortlisted.\n\nOur principal is SAHARA MERIDIAN CONTRACTING CO. (Riyadh)\, main contractor for a residential district package of a Saudi giga-project.\n\nYou will be interviewed online by their Project Manager\, Eng. Faisal Al-Otaibi. Time is KSA time (1 hour behind Dubai).\nDress code: polo/long sleeves. Good internet\, quiet place\, camera ON. Prepare to discuss: high-rise formwork systems\, pour sequence\, QA/QC (MIR\, IR\, NCR)\, Primavera look-ahead.\n\nPinnacle Overseas Manpower Services Inc. is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/86120394417?pwd=Qm9ZbGx2dXhRR3RkZ0tjN0Jx\n\nMeeting ID: 861 2039 4417\nPasscode: 553120\n
ORGANIZER;CN=Joanna Reyes:mailto:joanna.reyes@pinnacleoverseas.com.ph
ATTENDEE;CN=markvillanueva.ce@yahoo.com;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
END:VEVENT
END:VCALENDAR""", interview=1, company="Sahara Meridian Contracting Co.", role="Site Engineer (Civil)",
       stage="hiring_manager", interviewers="Eng. Faisal Al-Otaibi", trap="agency-online-interview-named-client-pm"),

    ev("agency-technical-exam", "E3F0A7C1-9B2D-4F88-8E51-7A0D6C2B9F34", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{{TZ Singapore Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260106T031200Z
DESCRIPTION:TECHNICAL EXAM - SAHARA MERIDIAN CONTRACTING CO. (KSA)\nPosition: Site Engineer (Civil)\n\nDear Engr. Villanueva\,\n\nAs discussed\, since you are on vacation in the Philippines\, please proceed to our office for the written technical exam required by our principal. The exam is followed by a short technical interview with Engr. Romeo Dalisay (SMCC technical evaluator).\n\nBring: scientific calculator (non-programmable)\, ballpen\, 2 valid IDs\, original PRC license. Exam duration: 2 hrs (structural analysis\, concrete technology\, formwork design\, quantity takeoff\, site safety).\n\nVenue: Pinnacle Overseas Manpower Services Inc.\, 4/F Marbella Bldg.\, 1400 Roxas Blvd.\, Ermita\, Manila\n\nThank you and God bless!\nJoanna Reyes\nRecruitment Officer
DTEND;TZID=Singapore Standard Time:20260114T120000
DTSTAMP:20260106T031200Z
DTSTART;TZID=Singapore Standard Time:20260114T090000
LAST-MODIFIED:20260106T031200Z
LOCATION:Pinnacle Overseas - 4/F Marbella Bldg.\, Roxas Blvd.\, Ermita Manila
ORGANIZER;CN="Joanna Reyes":mailto:joanna.reyes@pinnacleoverseas.com.ph
ATTENDEE;CN="markvillanueva.ce@yahoo.com";RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;CN="Engr. Romeo Dalisay";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rdalisay.eval@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:TECHNICAL EXAM - SMCC (KSA) - Site Engineer (Civil) - Batch 3
TRANSP:OPAQUE
UID:E3F0A7C1-9B2D-4F88-8E51-7A0D6C2B9F34
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""", interview=1, company="Sahara Meridian Contracting Co.", role="Site Engineer (Civil)",
       stage="technical", interviewers="rdalisay.eval@gmail.com", trap="agency-technical-exam-singapore-zone"),

    ev("teams-final-client", "040000008200E00074C5B7101A82E00800000000B0E6F1D2C88BDC01000000000000000010000000C7D2E91F4A6B3C8D5E0F1A2B3C4D5E6F", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arab Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Al-Harbi, Nasser":mailto:n.alharbi@smcc.com.sa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morales, Diego":mailto:d.morales@smcc.com.sa
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Joanna Reyes":mailto:joanna.reyes@pinnacleoverseas.com.ph
DESCRIPTION;LANGUAGE=en-US:Final interview with SMCC HR Manager and Construction Manager. Candidate endorsed by Pinnacle Overseas (Manila). Offer discussion to follow if successful.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3ZjE2YjEtOTk0Yi00>\nMeeting ID: 318 442 901 557\nPasscode: Lk6qZ2\nDownload Teams | Join on the web\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0E6F1D2C88BDC01000000000000000010000000C7D2E91F4A6B3C8D5E0F1A2B3C4D5E6F
SUMMARY;LANGUAGE=en-US:SMCC - Final Interview - Eng. Mark Anthony Villanueva (Site Engineer - Civil)
DTSTART;TZID=Arab Standard Time:20260127T110000
DTEND;TZID=Arab Standard Time:20260127T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T081130Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3ZjE2YjEtOTk0Yi00
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR""", interview=1, company="Sahara Meridian Contracting Co.", role="Site Engineer - Civil",
       stage="final", interviewers="n.alharbi@smcc.com.sa;d.morales@smcc.com.sa", trap="teams-final-client-after-agency"),

    ev("wafid-medical", "D6A4F0C8-3E21-4B7A-A6E9-5C1F2B8D7E03", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260203T073000
DTEND:20260203T103000
DTSTAMP:20260129T184412Z
UID:D6A4F0C8-3E21-4B7A-A6E9-5C1F2B8D7E03
CREATED:20260129T184401Z
LAST-MODIFIED:20260129T184412Z
SUMMARY:Medical (Wafid/GAMCA) for KSA visa - Al Hikma med center Deira
LOCATION:Al Hikma Medical Centre\, Al Muraqqabat\, Deira
DESCRIPTION:FASTING 10hrs!! no breakfast\nbring passport + 2 pcs pic + wafid slip (paid AED 350 online)\nagency said results direct to SMCC\nask if need xray copy
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", trap="pre-employment-medical-typed-floating", eol="lf"),

    ev("pdos-seminar", "7f3e1c20b9a84d5fa0e1@pinnacleoverseas.com.ph", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Asia/Manila
{{TZ Asia/Manila}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20260210T080000
DTEND;TZID=Asia/Manila:20260210T170000
DTSTAMP:20260204T011500Z
ORGANIZER;CN=Joanna Reyes:mailto:joanna.reyes@pinnacleoverseas.com.ph
UID:7f3e1c20b9a84d5fa0e1@pinnacleoverseas.com.ph
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Hi Engr. Mark\, congrats ulit on your SMCC offer!\n\nPlease attend the PDOS (Pre-Departure Orientation Seminar) conducted by OWWA/accredited PDOS provider. Mandatory for first-time deployment to KSA. Topics: employment contract\, country profile KSA\, OWWA programs\, remittance & financial literacy\, travel tips.\n\nBring: passport\, signed contract copy\, OWWA membership receipt. Certificate will be released same day.\n\nSalamat po!
LOCATION:OWWA Regional Welfare Office - NCR\, F.B. Harrison St.\, Pasay City
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PDOS - Pre-Departure Orientation Seminar (KSA) - Engr. Villanueva
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="pdos-orientation-seminar-agency", fold=True),

    ev("dmw-oec-appointment", "dmw-onlineservices-appt-20260108-0023917", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DMW Online Services//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:dmw-onlineservices-appt-20260108-0023917
DTSTAMP:20260108T022511Z
DTSTART:20260112T010000Z
DTEND:20260112T020000Z
SUMMARY:DMW Appointment - Balik-Manggagawa OEC Processing
LOCATION:DMW Central Office\, Blas F. Ople Bldg.\, Ortigas Ave. cor. EDSA\, Mandaluyong City
DESCRIPTION:Reference No.: BM-2026-0023917\nName: VILLANUEVA\, MARK ANTHONY\nService: Balik-Manggagawa - Overseas Employment Certificate\nEmployer: AL NOOR GULF CONTRACTING LLC (UAE)\n\nPlease bring your valid passport\, valid work visa / Emirates ID and proof of employment. Arrive 15 minutes before your appointment.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="dmw-oec-government-appointment-utc", eol="lf"),

    ev("trade-test-dubai", "ttest-20251209-najd-0417@eastwind-intl.com", r"""BEGIN:VCALENDAR
PRODID:-//Eastwind International Manpower//Recruitment Desk//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:ttest-20251209-najd-0417@eastwind-intl.com
DTSTAMP:20251203T134455Z
DTSTART;TZID=Asia/Dubai:20251209T080000
DTEND;TZID=Asia/Dubai:20251209T130000
SUMMARY:TRADE TEST - Najd Towers Contracting (Riyadh) - Site Engineer Civil
LOCATION:Eastwind Testing Centre\, Warehouse 14\, Al Qusais Industrial Area 4\, Dubai
DESCRIPTION:Kabayan\, good news!\n\nNAJD TOWERS CONTRACTING (Riyadh) is conducting a trade test in Dubai for engineers and foremen already in the UAE.\n\nPart 1 - written: rebar schedule / BBS reading\, formwork & shuttering checks\, concrete pour planning\, method statement review\nPart 2 - practical: AutoCAD + quantity take-off from shop drawings\nPart 3 - interview with the Najd Towers Project Engineer (Eng. Omar Shaikh)\n\nDress: smart casual\, bring safety shoes and your own laptop with AutoCAD if you have.\nBring passport copy\, visa page\, Emirates ID\, CV (3 copies).\n\nEastwind International Manpower Corp. - DMW-047-LB-11202019-R
ORGANIZER;CN=Eastwind Recruitment Desk:mailto:recruitment@eastwind-intl.com
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Najd Towers Contracting", role="Site Engineer Civil", stage="technical",
       interviewers="Eng. Omar Shaikh", trap="agency-trade-test-named-client", fold=True),

    ev("agency-screen-named", "5c0d-77e1-agency-yamamah-20251027@eastwind-intl.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
METHOD:REQUEST
{{TZ Singapore Standard Time}}
BEGIN:VEVENT
UID:5c0d-77e1-agency-yamamah-20251027@eastwind-intl.com
DTSTAMP:20251023T052038Z
DTSTART;TZID=Singapore Standard Time:20251027T210000
DTEND;TZID=Singapore Standard Time:20251027T213000
SUMMARY:Screening call: Project Engineer (Steel Structures) - Riyadh
ORGANIZER;CN="Marites Aquino":mailto:marites.aquino@eastwind-intl.com
ATTENDEE;CN="Mark Anthony Villanueva";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Hello Engr. Villanueva\,\n\nThank you for your application. I will call you via WhatsApp video (+63 917 845 2206) for a short screening.\n\nClient: AL YAMAMAH STEEL STRUCTURES (Riyadh\, KSA) - fabrication & erection of steel structures for stadium and giga-project packages\nPosition: Project Engineer (Steel Structures)\nContract: 2 years\, renewable\n\nPlease be ready to discuss your steel erection experience\, expected sahod and notice period with your current employer.\n\nMarites Aquino\nSenior Recruitment Specialist - Middle East Desk\nEastwind International Manpower Corp.
LOCATION:WhatsApp video call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", interview=1, company="Al Yamamah Steel Structures", role="Project Engineer (Steel Structures)",
       stage="recruiter_screen", interviewers="marites.aquino@eastwind-intl.com", trap="agency-screen-client-named-in-body"),
]
