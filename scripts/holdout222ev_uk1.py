"""holdout222 events, part 1: NHS England interviews (Plymouth, Cornwall, Manchester, Barts, Oxford, Leeds, UHB).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import GMT_STD, LONDON

EVENTS = [
    (
        "agency-call",
        "b7c1e0a2-5f3d-4c61-9a0e-22f1d8e4c901@meridiannurses.co.uk",
        1, "University Hospitals Plymouth NHS Trust", "Band 5 Staff Nurse", "recruiter_screen",
        "sophie.turner@meridiannurses.co.uk", "agency-prescreen-names-nhs-trust",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250218T090000
DTEND;TZID=Europe/London:20250218T093000
DTSTAMP:20250213T161204Z
ORGANIZER;CN=Sophie Turner:mailto:sophie.turner@meridiannurses.co.uk
UID:b7c1e0a2-5f3d-4c61-9a0e-22f1d8e4c901@meridiannurses.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie
  Turner;X-NUM-GUESTS=0:mailto:sophie.turner@meridiannurses.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
CREATED:20250213T161204Z
DESCRIPTION:Hi Rocío\,\n\nThanks for registering with Meridian. As discusse
 d\, this is your pre-screening call for the Band 5 Staff Nurse (surgical w
 ards) vacancies at University Hospitals Plymouth NHS Trust (Derriford Hosp
 ital).\n\nWe'll go through your experience\, English test plans (IELTS/OE
 T)\, NMC registration steps and your availability. Please have your CV and
 passport to hand.\n\nI'll call you on WhatsApp on +34 6** *** 412.\n\nSop
 hie Turner\nInternational Recruitment Consultant\nMeridian Nurse Recruitme
 nt
LAST-MODIFIED:20250213T161204Z
LOCATION:WhatsApp call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pre-screening call – Rocío Delgado / Band 5 Staff Nurse (UHP)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        "040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB01000000000000000010000000A41C8E55D2B34F4B9E7C01F3E5A2B6C7",
        1, "University Hospitals Plymouth NHS Trust", "Band 5 Staff Nurse – Surgical Wards", "hiring_manager",
        "claire.hocking2@nhs.net;joanne.trevail@nhs.net", "nhs-outlook-teams-ward-manager-and-matron",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="International Recruitment (UHP)":mailto:plh-tr.internationalr
 ecruitment@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hocking, C
 laire (Ward Manager)":mailto:claire.hocking2@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Trevail, J
 oanne (Matron - Surgery)":mailto:joanne.trevail@nhs.net
DESCRIPTION;LANGUAGE=en-GB:Dear Rocío\,\n\nFurther to your application via
 Meridian Nurse Recruitment\, we are pleased to invite you to an interview f
 or the post of Band 5 Staff Nurse – Surgical Wards.\n\nYour panel will be C
 laire Hocking (Ward Manager\, Lynher Ward) and Joanne Trevail (Matron\, Sur
 gery). The interview will last approximately 45 minutes and will include va
 lues-based and scenario questions.\n\nPlease join 5 minutes early.\n\n____
 ____________________________________________________________________________
 ____\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 348 91
 2 557 120\nPasscode: hT7qV2\n_________________________________________________
 _______________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB01000000000000000
 010000000A41C8E55D2B34F4B9E7C01F3E5A2B6C7
SUMMARY;LANGUAGE=en-GB:Interview - Band 5 Staff Nurse Surgery - Rocio Delgad
 o Marin
DTSTART;TZID=GMT Standard Time:20250311T100000
DTEND;TZID=GMT Standard Time:20250311T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T114522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-update",
        "040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB01000000000000000010000000A41C8E55D2B34F4B9E7C01F3E5A2B6C7",
        1, "University Hospitals Plymouth NHS Trust", "Band 5 Staff Nurse – Surgical Wards", "hiring_manager",
        "claire.hocking2@nhs.net;joanne.trevail@nhs.net", "rescheduled-nhs-interview-sequence-bump",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="International Recruitment (UHP)":mailto:plh-tr.internationalr
 ecruitment@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hocking, Clai
 re (Ward Manager)":mailto:claire.hocking2@nhs.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Trevail, J
 oanne (Matron - Surgery)":mailto:joanne.trevail@nhs.net
DESCRIPTION;LANGUAGE=en-GB:Hi Rocío\, apologies – Joanne has been called to
 a site meeting so we have moved your interview to Thursday at the same tim
 e. Everything else stays the same.\n\nKind regards\nInternational Recruitm
 ent Team\n\n___________________________________________________________
 _____________________\nMicrosoft Teams Need help?\nJoin the meeting now\nMe
 eting ID: 348 912 557 120\nPasscode: hT7qV2\n
UID:040000008200E00074C5B7101A82E00800000000D0A3F2C1B27FDB01000000000000000
 010000000A41C8E55D2B34F4B9E7C01F3E5A2B6C7
SUMMARY;LANGUAGE=en-GB:Interview - Band 5 Staff Nurse Surgery - Rocio Delgad
 o Marin
DTSTART;TZID=GMT Standard Time:20250313T100000
DTEND;TZID=GMT Standard Time:20250313T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T083107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1407226311
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "nhs-jobs",
        "NHSJ-INT-2025-0047711-C9214@jobs.nhs.uk",
        1, "Royal Cornwall Hospitals NHS Trust", "Staff Nurse - Theatres", "hiring_manager",
        "Mark Penrose;Kerenza Hall", "nhs-jobs-noreply-panel-named-in-body",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NHS Business Services Authority//NHS Jobs//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:NHSJ-INT-2025-0047711-C9214@jobs.nhs.uk
DTSTAMP:20250220T142015Z
DTSTART:20250306T143000Z
DTEND:20250306T151500Z
SUMMARY:Interview: Staff Nurse - Theatres (C9214-25-0118)
ORGANIZER;CN=NHS Jobs:mailto:no-reply@jobs.nhs.uk
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Employer: Royal Cornwall Hospitals NHS Trust\nJob reference: C92
 14-25-0118\nInterview type: Online\nPanel: Mark Penrose (Theatre Manager)\
 , Kerenza Hall (Clinical Educator\, Theatres)\n\nJoin on Microsoft Teams: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1\n\nIf you can n
 o longer attend\, withdraw or change your slot in your NHS Jobs account.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "assessment-day",
        "6c2a9d14e0f8-mft-ird-20250325@mft.nhs.uk",
        1, "Manchester University NHS Foundation Trust", "Registered Nurse (International)", "onsite",
        "", "virtual-assessment-day-panel-allocated-on-day",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250310T101500Z
DESCRIPTION:Virtual Assessment Day – International Registered Nurses\n\n09:
 00 Welcome from the Chief Nurse team\n09:30 Numeracy assessment (45 mins)\n
 10:30 Group scenario discussion\n11:30–13:00 Individual interviews (panel
  allocated on the day)\n\nPlease have photo ID ready for the identity chec
 k at the start.\n\nJoin Microsoft Teams Meeting\n+44 161 504 2019\,\,73310
 2285#   United Kingdom\, Manchester\nConference ID: 733 102 285#
DTEND;TZID="GMT Standard Time":20250325T130000
DTSTAMP:20250310T101500Z
DTSTART;TZID="GMT Standard Time":20250325T090000
LAST-MODIFIED:20250310T101500Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="MFT International Recruitment":mailto:international.nurses@mft
 .nhs.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:MFT Virtual Assessment Day (International RNs) - Coh
 ort 14
TRANSP:OPAQUE
UID:6c2a9d14e0f8-mft-ird-20250325@mft.nhs.uk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-test",
        "5A1E7C02-3B9D-4E11-8F27-A0C4D6E9B312",
        1, "Manchester University NHS Foundation Trust", "", "technical",
        "", "self-typed-online-numeracy-test-for-trust",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5A1E7C02-3B9D-4E11-8F27-A0C4D6E9B312
DTSTAMP:20250312T211045Z
DTSTART:20250319T170000
DTEND:20250319T180000
SUMMARY:Test numeracy MFT (online) 🧮
DESCRIPTION:Link en el mail de la agencia. 30 preguntas\, calculadora NO.\n
 Repasar ml/h\, mcg→mg\, goteo. Es eliminatorio para pasar al assessment da
 y del 25
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings-slot",
        "a1f0c3d2-77b4-4b5e-9f65-0d1e2c3b4a59@bartshealth.nhs.uk",
        1, "Barts Health NHS Trust", "Band 5 Staff Nurse – Surgery & Theatres", "hiring_manager",
        "", "recruitment-event-with-personal-interview-slot",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:UTC
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Barts Health International Recruitment:mailto:BartsIntlRecruitm
 ent@bartshealth.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rocío Delg
 ado Marín:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Interview
 slot – Surgery & Theatres (Virtual Recruitment Event)\nStaff: Any available
  panel\nDate: 02 April 2025\nTime: 11:20 - 11:50 (UTC+01:00) London\n\nPlea
 se join the event welcome session at 10:00 and stay for your interview slot
 . Our Matrons from the Royal London and Whipps Cross will be on the panel.\n
 \nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_Yjk3\n\nManage your booking: https://outlook.office365.com/owa/calend
 ar/BartsInternationalNurses@bartshealth.nhs.uk/bookings/
UID:a1f0c3d2-77b4-4b5e-9f65-0d1e2c3b4a59@bartshealth.nhs.uk
SUMMARY;LANGUAGE=en-US:Interview slot – Surgery & Theatres (Virtual Recruitm
 ent Event)
DTSTART;TZID=UTC:20250402T102000
DTEND;TZID=UTC:20250402T105000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T090212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-invite",
        "TRAC-OUH-INT-88213-5071@trac.jobs",
        1, "Oxford University Hospitals NHS Foundation Trust", "Staff Nurse Band 5 - Surgery", "hiring_manager",
        "fiona.blackwell@ouh.nhs.uk;tendai.moyo@ouh.nhs.uk", "trac-zoom-interview-nhs",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Interview Scheduler 4.2//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:TRAC-OUH-INT-88213-5071@trac.jobs
SEQUENCE:0
DTSTAMP:20250326T100044Z
DTSTART;TZID=Europe/London:20250408T133000
DTEND;TZID=Europe/London:20250408T141500
SUMMARY:Interview: Staff Nurse Band 5 - Surgery (Ref 217-SUR-7731)
ORGANIZER;CN=OUH Recruitment:mailto:noreply@trac.jobs
ATTENDEE;CN=Rocio Delgado Marin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
ATTENDEE;CN=Fiona Blackwell;ROLE=REQ-PARTICIPANT:mailto:Fiona.Blackwell@ouh
 .nhs.uk
ATTENDEE;CN=Tendai Moyo;ROLE=REQ-PARTICIPANT:mailto:Tendai.Moyo@ouh.nhs.uk
LOCATION:Zoom
DESCRIPTION:Oxford University Hospitals NHS Foundation Trust\n\nInterview
 for Staff Nurse Band 5 - Surgery (John Radcliffe Hospital)\nPanel: Fiona B
 lackwell (Senior Sister)\, Tendai Moyo (Practice Development Nurse)\n\nJoin
  Zoom Meeting\nhttps://ouh-nhs.zoom.us/j/91437720566?pwd=Vk1uTXh0\nMeeting
  ID: 914 3772 0566\nPasscode: 550271\nOne tap mobile +442034815240\,\,91437
 720566#
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-cancel",
        "TRAC-OUH-INT-88213-5071@trac.jobs",
        1, "Oxford University Hospitals NHS Foundation Trust", "Staff Nurse Band 5 - Surgery", "hiring_manager",
        "fiona.blackwell@ouh.nhs.uk;tendai.moyo@ouh.nhs.uk", "cancelled-nhs-interview-method-cancel",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Interview Scheduler 4.2//EN
METHOD:CANCEL
""" + LONDON + r"""BEGIN:VEVENT
UID:TRAC-OUH-INT-88213-5071@trac.jobs
SEQUENCE:1
DTSTAMP:20250404T081530Z
DTSTART;TZID=Europe/London:20250408T133000
DTEND;TZID=Europe/London:20250408T141500
SUMMARY:Cancelled: Interview: Staff Nurse Band 5 - Surgery (Ref 217-SUR-7731)
ORGANIZER;CN=OUH Recruitment:mailto:noreply@trac.jobs
ATTENDEE;CN=Rocio Delgado Marin;ROLE=REQ-PARTICIPANT:mailto:rocio.delgado.e
 nf@gmail.com
ATTENDEE;CN=Fiona Blackwell;ROLE=REQ-PARTICIPANT:mailto:Fiona.Blackwell@ouh
 .nhs.uk
ATTENDEE;CN=Tendai Moyo;ROLE=REQ-PARTICIPANT:mailto:Tendai.Moyo@ouh.nhs.uk
DESCRIPTION:This interview has been cancelled by the recruiting manager. Th
 e vacancy has been withdrawn. We are sorry for any inconvenience.
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly",
        "3f9e1b7a-c2d4-4e8f-a6b0-9d5c7e1f2a38",
        1, "Leeds Teaching Hospitals NHS Trust", "Theatre Nurse (Band 5)", "recruiter_screen",
        "dan.okoro@thrivenursing.co.uk", "calendly-agency-screen-trust-in-answers",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3f9e1b7a-c2d4-4e8f-a6b0-9d5c7e1f2a38
DTSTAMP:20250227T193311Z
DTSTART:20250304T160000Z
DTEND:20250304T163000Z
SUMMARY:Rocío Delgado and Dan Okoro
ORGANIZER;CN=Dan Okoro:mailto:dan.okoro@thrivenursing.co.uk
ATTENDEE;CN=Rocío Delgado;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:roc
 io.delgado.enf@gmail.com
ATTENDEE;CN=Dan Okoro;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:dan.oko
 ro@thrivenursing.co.uk
LOCATION:Dan Okoro will call you at +34 612 xxx 412
DESCRIPTION:Event Name: Nurse Pre-Screen (30 min)\n\nNeed to make changes t
 o this event?\nCancel: https://calendly.com/cancellations/3f9e1b7a\nResched
 ule: https://calendly.com/reschedulings/3f9e1b7a\n\nPlease share anything t
 hat will help prepare for our meeting.: Which role/trust are you applying
  for? -> Leeds Teaching Hospitals – Theatre Nurse (Band 5)\, St James's Un
 iversity Hospital\n\nPowered by Calendly.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "phone-screen",
        "2k7v0q9m3h1s8c5d4r6t2b0n1a@google.com",
        1, "University Hospitals Birmingham NHS Foundation Trust", "Band 5 Staff Nurse", "recruiter_screen",
        "priya.sandhu@uhb.nhs.uk", "in-house-international-team-screening-call",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250415T130000Z
DTEND:20250415T132000Z
DTSTAMP:20250407T125530Z
ORGANIZER;CN=Priya Sandhu:mailto:priya.sandhu@uhb.nhs.uk
UID:2k7v0q9m3h1s8c5d4r6t2b0n1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Sandhu;X-NUM-GUESTS=0:mailto:priya.sandhu@uhb.nhs.uk
DESCRIPTION:Quick screening call with UHB International Nurse Recruitment -
  eligibility\, NMC progress\, preferred specialty and start date. 20 mins.
  I'll ring your mobile.<br><br>Priya
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UHB screening call - Rocio Delgado Marin (Band 5 RN)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-interview",
        "040000008200E00074C5B7101A82E008000000004E9C1B7DAA3ADB010000000000000000100000008F2D9A6E1C0B4D3F8A7E6D5C4B3A2918",
        1, "University Hospitals Birmingham NHS Foundation Trust",
        "Band 5 Staff Nurse - General Surgery (QEHB)", "hiring_manager",
        "sarah.oconnell@uhb.nhs.uk;rachel.adeyemi@uhb.nhs.uk", "nhs-teams-interview-sister-and-matron",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Sandhu, Priya":mailto:Priya.Sandhu@uhb.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Connell,
  Sarah":mailto:Sarah.OConnell@uhb.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, R
 achel":mailto:Rachel.Adeyemi@uhb.nhs.uk
DESCRIPTION;LANGUAGE=en-GB:Hi all\,\n\nInterview for Rocío – international
  RN\, 4 yrs surgical experience (Spain). Sarah (Sister\, Ward 727) and Rach
 el (Matron\, General Surgery) on panel. I'll join to introduce and then dr
 op off.\n\nThanks\nPriya\n\n________________________________________________
 ________________________________\nMicrosoft Teams meeting\nJoin on your com
 puter\, mobile app or room device\nClick here to join the meeting\nMeeting
  ID: 377 520 118 904\nPasscode: 9PzL4k\n
UID:040000008200E00074C5B7101A82E008000000004E9C1B7DAA3ADB01000000000000000
 0100000008F2D9A6E1C0B4D3F8A7E6D5C4B3A2918
SUMMARY;LANGUAGE=en-GB:Rocio Delgado Marin - B5 Gen Surg interview
DTSTART;TZID=GMT Standard Time:20250424T140000
DTEND;TZID=GMT Standard Time:20250424T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T150311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
