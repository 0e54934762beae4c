# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part C: the user's own interviews (retail, secure hospital, training, cancelled, German and
French employers, housing, schools, councils, small firms)."""

from holdout282ev_zones import GMT_STD, GOOGLE_FOOTER, LONDON, ROMANCE, W_EUROPE, fold, teams

EVENTS = [
    dict(
        kind="on-demand-video-reminder",
        uid="hv-ondemand-8812340-haldens@hirevue.example.com",
        is_interview=1,
        company="Halden's",
        role="Regional Loss Prevention Manager",
        stage="recruiter_screen",
        interviewers="",
        trap="recorded-video-interview-no-live-interviewer",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//On Demand Interview//EN
METHOD:PUBLISH
{LONDON}
BEGIN:VEVENT
UID:hv-ondemand-8812340-haldens@hirevue.example.com
DTSTAMP:20260911T184402Z
DTSTART;TZID=Europe/London:20260916T190000
DTEND;TZID=Europe/London:20260916T194500
SUMMARY:Halden's - on-demand video interview (complete by Fri 18 Sep)
DESCRIPTION:Halden's Supermarkets has invited you to complete an on-demand video interview for Regional Loss Prevention Manager (North).\n\nYou will answer 6 recorded questions. You'll have 30 seconds to read each question and up to 3 minutes to answer. Questions cover organised retail crime\, working with police\, and leading store detectives across 22 stores.\n\nStart your interview: https://app.hirevue.example.com/interviews/haldens/8812340\n\nYou blocked this time using 'Add to calendar'.
LOCATION:Online - HireVue
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="tribepad-invite",
        uid="tp-interview-300188-cedarwood-4e2b@tribepad.example.com",
        is_interview=1,
        company="Cedarwood Hospitals",
        role="Security Lead",
        stage="onsite",
        interviewers="sunita.rao@cedarwoodhospitals.example.co.uk;keith.mallory@cedarwoodhospitals.example.co.uk",
        trap="secure-hospital-vocabulary-seclusion-restraint",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tp-interview-300188-cedarwood-4e2b@tribepad.example.com
DTSTAMP:20261015T130812Z
DTSTART:20261027T100000Z
DTEND:20261027T113000Z
SUMMARY:Interview invitation: Security Lead - Cedarwood Lodge (medium secure)
LOCATION:Cedarwood Lodge\, Reception Building\, Fenwick Road\, Bexfield BX3 2PL
ORGANIZER;CN=Cedarwood Hospitals Recruitment:mailto:careers@cedarwoodhospitals.example.co.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CN=Sunita Rao;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sunita.rao@cedarwoodhospitals.example.co.uk
ATTENDEE;CN=Keith Mallory;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:keith.mallory@cedarwoodhospitals.example.co.uk
DESCRIPTION:Dear Joanne\,\n\nWe are pleased to invite you to interview for the Security Lead post at Cedarwood Lodge\, a 64-bed medium secure hospital.\n\nPanel: Sunita Rao (Hospital Director) and Keith Mallory (Security Manager). The interview includes a scenario on relational security\, a missing key and a patient search refused on a ward\, and questions on reducing restrictive practice (seclusion and restraint).\n\nIf successful at interview you will be offered two paid shadow shifts as the last part of the process.\n\nKind regards\nCedarwood Hospitals Recruitment
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-recurring-override",
        uid="4B7D9F1A-6C2E-4A8B-9D3F-0E5A7C1B2D46",
        is_interview=1,
        company="Cedarwood Hospitals",
        role="Security Lead",
        stage="onsite",
        interviewers="Keith Mallory",
        trap="paid-shadow-shifts-recurring-with-moved-instance",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.1//EN
CALSCALE:GREGORIAN
{LONDON}
BEGIN:VEVENT
CREATED:20261029T201533Z
DTSTAMP:20261030T071002Z
DTSTART;TZID=Europe/London:20261109T073000
DTEND;TZID=Europe/London:20261109T153000
LAST-MODIFIED:20261030T071002Z
LOCATION:Cedarwood Lodge
RRULE:FREQ=DAILY;COUNT=2
SEQUENCE:0
SUMMARY:Cedarwood shadow shift
DESCRIPTION:last bit of the selection for Security Lead - paid. Keith Mallory signs me off. Booked A/L from Irwell.
UID:4B7D9F1A-6C2E-4A8B-9D3F-0E5A7C1B2D46
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
CREATED:20261029T201533Z
DTSTAMP:20261030T071002Z
DTSTART;TZID=Europe/London:20261112T133000
DTEND;TZID=Europe/London:20261112T213000
LAST-MODIFIED:20261030T071002Z
LOCATION:Cedarwood Lodge
RECURRENCE-ID;TZID=Europe/London:20261110T073000
SEQUENCE:1
SUMMARY:Cedarwood shadow shift (lates)
DESCRIPTION:moved to a late so I see evening meds + night handover. Keith Mallory signs me off.
UID:4B7D9F1A-6C2E-4A8B-9D3F-0E5A7C1B2D46
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating",
        uid="a8c31f52-7d4e-4b19-9e06-2f1d8c7b5a39",
        is_interview=1,
        company="Custodia Training Academy",
        role="Tutor Assessor",
        stage="technical",
        interviewers="",
        trap="trial-teach-micro-teach-floating-time",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261014T191254Z
LAST-MODIFIED:20261014T191401Z
DTSTAMP:20261014T191401Z
UID:a8c31f52-7d4e-4b19-9e06-2f1d8c7b5a39
SUMMARY:Trial teach @ Custodia
DTSTART:20261026T100000
DTEND:20261026T113000
LOCATION:Custodia Training Academy\, Unit 7 Mill Yard\, Radcliffe Bridge
DESCRIPTION:tutor assessor job (custodial care L3). 20 min micro-teach on use of force reporting + 10 min Q&A then chat w/ centre mgr. bring laptop + HDMI
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-method-cancel",
        uid="040000008200E00074C5B7101A82E00800000000B5C6D7E8F980DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF",
        is_interview=1,
        company="Veritas Justice",
        role="Deputy Director",
        stage="onsite",
        interviewers="nick.shadwell@veritasjustice.example.co.uk;olivia.grant@veritasjustice.example.co.uk",
        trap="cancelled-interview-method-cancel-contract-rebid",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Shadwell, Nick":mailto:nick.shadwell@veritasjustice.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Grant, Olivia":mailto:olivia.grant@veritasjustice.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Joanne\, I'm sorry to do this at short notice. Following the Ministry's announcement on the HMP Ashcombe contract re-let we have paused recruitment to the Deputy Director post\, so I'm cancelling the panel interview. We'll be in touch if the post is re-opened.\n\nNick Shadwell\nDirector\, HMP Ashcombe (Veritas Justice)
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F980DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
SUMMARY;LANGUAGE=en-GB:Canceled: Panel interview - Deputy Director HMP Ashcombe - J Okonkwo-Hughes
DTSTART;TZID=GMT Standard Time:20261015T100000
DTEND;TZID=GMT Standard Time:20261015T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261012T171940Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:HMP Ashcombe - Director's Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="german-bilingual-teams",
        uid="040000008200E00074C5B7101A82E00800000000C7D8E9FA0B81DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        is_interview=1,
        company="Albrecht Sicherheitstechnik",
        role="Head of Custody Solutions UK",
        stage="recruiter_screen",
        interviewers="katrin.vogt@albrecht-sicherheit.example.de",
        trap="german-vorstellungsgespraech-w-europe-zone-hr-screen",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Katrin":mailto:katrin.vogt@albrecht-sicherheit.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Okonkwo-Hughes\,\n\nvielen Dank für Ihre Bewerbung als Head of Custody Solutions UK. Gerne möchte ich Sie zu einem ersten Kennenlerngespräch (ca. 45 Minuten) per Microsoft Teams einladen.\n\nDear Ms Okonkwo-Hughes\, thank you for your application for Head of Custody Solutions UK (our cell-monitoring and body-worn video business for UK prisons). I would like to invite you to a first interview of about 45 minutes. Please note the time is shown in German time (CEST) - 11:00 in Mannheim is 10:00 in the UK.\n\nMit freundlichen Grüßen / Kind regards\nKatrin Vogt\nHR Business Partner International\nAlbrecht Sicherheitstechnik GmbH\, Mannheim\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ2MDc1NTgtYjE3%40thread.v2/0>\nBesprechungs-ID: 364 772 019 215\nKennung: 9Ca3Tq\nTeams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9FA0B81DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch / Interview - Head of Custody Solutions UK - Fr. Okonkwo-Hughes
DTSTART;TZID=W. Europe Standard Time:20261022T110000
DTEND;TZID=W. Europe Standard Time:20261022T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261013T084417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="french-entretien-teams",
        uid="040000008200E00074C5B7101A82E00800000000D9EAFB0C1D82DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
        is_interview=1,
        company="Vauclair",
        role="Contract Manager - Justice (UK)",
        stage="onsite",
        interviewers="mathilde.dubois@groupe-vauclair.example.fr;stephen.harland@vauclair.example.co.uk",
        trap="french-entretien-romance-zone-paris-time-uk-job",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Mathilde":mailto:mathilde.dubois@groupe-vauclair.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harland\, Stephen":mailto:stephen.harland@vauclair.example.co.uk
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Joanne\,\n\nSuite à notre échange\, je vous confirme votre entretien pour le poste de Contract Manager - Justice (UK) avec Stephen Harland (UK Operations Director) et moi-même. L'entretien se déroulera en anglais.\n\n(English: your interview for Contract Manager - Justice (UK) with Stephen Harland and me. The interview will be in English. Time shown is Paris time - 15:00 CET = 14:00 in the UK.)\n\nCordialement\,\nMathilde Dubois\nResponsable Recrutement International - Groupe Vauclair\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZTk0YzEtMzU1%40thread.v2/0>\nID de la réunion : 371 224 860 119\nCode secret : Vq2xW8\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D9EAFB0C1D82DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=fr-FR:Entretien - Contract Manager Justice (UK) - Joanne Okonkwo-Hughes
DTSTART;TZID=Romance Standard Time:20261110T150000
DTEND;TZID=Romance Standard Time:20261110T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T101501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="microsoft-bookings",
        uid="bookings-7c2e5a90-3d1f-4b8e-a6c4-91f0e2d3b5a7@thresholdhousing.example.org.uk",
        is_interview=1,
        company="Threshold Housing Trust",
        role="Approved Premises Manager",
        stage="hiring_manager",
        interviewers="Femi Adebayo",
        trap="bookings-mailbox-organizer-staff-member-interviewer",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=Threshold Recruitment:mailto:ThresholdRecruitment@thresholdhousing.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joanne Okonkwo-Hughes:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Your booking with Threshold Recruitment is confirmed.\n\nService: Approved Premises Manager - interview (60 minutes)\nStaff: Femi Adebayo\n\nAbout the role: managing a 24-bed Approved Premises for men released on licence\, working with the Probation Service on MAPPA cases\, curfews and recalls.\n\nPlease bring photo ID. If you need to make a change\, use the link in your confirmation email.\n\n{teams("604 118 273 920", "Jd3nMb", "902 664 185")}\n\nPowered by Microsoft Bookings
UID:bookings-7c2e5a90-3d1f-4b8e-a6c4-91f0e2d3b5a7@thresholdhousing.example.org.uk
SUMMARY;LANGUAGE=en-GB:Approved Premises Manager - interview
DTSTART;TZID=GMT Standard Time:20261203T130000
DTEND;TZID=GMT Standard Time:20261203T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T201130Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-secure-childrens-home",
        uid="040000008200E00074C5B7101A82E00800000000EAFB0C1D2E83DC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF",
        is_interview=1,
        company="Oakhurst Care Group",
        role="Registered Manager",
        stage="onsite",
        interviewers="lorraine.pike@oakhurstcare.example.co.uk;darren.fox@oakhurstcare.example.co.uk",
        trap="ofsted-registered-manager-panel-children-vocabulary",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Pike, Lorraine":mailto:lorraine.pike@oakhurstcare.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fox, Darren":mailto:darren.fox@oakhurstcare.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Joanne\,\n\nThank you for applying for Registered Manager at Oakhurst Secure Children's Home. You are invited to a panel interview with Lorraine Pike (Responsible Individual) and Darren Fox (Operations Director). We will explore leadership of a secure children's home\, the Children's Homes Regulations and Quality Standards\, Ofsted registration and your approach to single separation and restraint with children.\n\nAs Ofsted will also interview the successful candidate as part of registration\, please bring your qualifications.\n\nKind regards\nLorraine
UID:040000008200E00074C5B7101A82E00800000000EAFB0C1D2E83DC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=en-GB:Interview - Registered Manager - Oakhurst SCH
DTSTART;TZID=GMT Standard Time:20261022T100000
DTEND;TZID=GMT Standard Time:20261022T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T124419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Oakhurst SCH\, Admin Building\, Oakhurst Lane\, Mossgate MG2 8TS
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-export-cancelled",
        uid="9r8e7w6q5a4s3d2f1g0h9j8k7l@google.com",
        is_interview=1,
        company="Harbourside Homes",
        role="Community Safety and Safeguarding Lead",
        stage="hiring_manager",
        interviewers="rebecca.thornley@harbourside.example.org.uk",
        trap="status-cancelled-in-calendar-export-housing",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Joanne O-H
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20260909T080000Z
DTEND:20260909T090000Z
DTSTAMP:20261124T211503Z
ORGANIZER;CN=Harbourside Homes Recruitment:mailto:recruitment@harbourside.example.org.uk
UID:9r8e7w6q5a4s3d2f1g0h9j8k7l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Rebecca Thornley;X-NUM-GUESTS=0:mailto:rebecca.thornley@harbourside.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260826T101522Z
DESCRIPTION:Interview for Community Safety and Safeguarding Lead with Rebecca Thornley\, Head of Housing Management. We'll discuss ASB case management\, MAPPA and housing people released from prison.\n\nUPDATE: we are very sorry but this interview has been cancelled while the role is reviewed as part of our restructure.
LAST-MODIFIED:20260904T160211Z
LOCATION:Harbourside Homes\, Quay House\, 2 Wharf Street\, Bramley BR1 3HH
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Interview - Community Safety & Safeguarding Lead (Harbourside Homes)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="jobtrain-police-staff",
        uid="jobtrain-CVC-2026-311-int-88af21@jobtrain.example.co.uk",
        is_interview=1,
        company="Cheshire Vale Constabulary",
        role="Criminal Justice and Custody Manager",
        stage="onsite",
        interviewers="Dawn Kettle;Ravi Sood",
        trap="police-custody-suite-role-ranks-in-panel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Candidate Portal//EN
METHOD:PUBLISH
{LONDON}
BEGIN:VEVENT
UID:jobtrain-CVC-2026-311-int-88af21@jobtrain.example.co.uk
DTSTAMP:20261023T112640Z
DTSTART;TZID=Europe/London:20261106T093000
DTEND;TZID=Europe/London:20261106T103000
SUMMARY:Interview invitation - Criminal Justice and Custody Manager (Police Staff) - CVC/2026/311
LOCATION:Cheshire Vale Constabulary HQ\, Clemonds Hey\, Winsbury WB7 4LE
DESCRIPTION:Dear Joanne\,\n\nThank you for your application for Criminal Justice and Custody Manager (Police Staff)\, reference CVC/2026/311. We are pleased to invite you to interview.\n\nYour panel will be Chief Inspector Dawn Kettle (Head of Custody) and Mr Ravi Sood (People Services). The interview will assess the Competency and Values Framework at level 2 and will include questions on PACE Code C\, detainee welfare and deaths in custody learning.\n\nPlease note that recruitment vetting (RV) and a counter-terrorism check will follow for successful candidates.\n\nResourcing Team\nCheshire Vale Constabulary
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-school-interview-day",
        uid="4t5y6u7i8o9p0a1s2d3f4g5h6j@google.com",
        is_interview=1,
        company="Kingsmere Academy Trust",
        role="Behaviour and Inclusion Manager",
        stage="onsite",
        interviewers="claire.dunphy@kingsmereacademy.example.org.uk",
        trap="school-interview-day-student-panel-and-task",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261207T084500Z
DTEND:20261207T130000Z
DTSTAMP:20261125T090214Z
ORGANIZER;CN=Kingsmere HR:mailto:hr@kingsmereacademy.example.org.uk
UID:4t5y6u7i8o9p0a1s2d3f4g5h6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Dunphy;X-NUM-GUESTS=0:mailto:claire.dunphy@kingsmereacademy.example.org.uk
CREATED:20261125T090212Z
DESCRIPTION:Interview day - Behaviour and Inclusion Manager\n\n08:45 Arrival\, safeguarding briefing and ID check (please bring your DBS certificate)\n09:00 Tour with Year 10 students\n09:30 Student panel (not scored\, feedback shared)\n10:15 In-tray task: a fixed-term exclusion appeal and a managed move\n11:30 Formal interview with Mrs Claire Dunphy (Principal) and a governor\n\nAs per KCSIE\, we will discuss any gaps in your employment history at interview.\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20261125T090214Z
LOCATION:Kingsmere Academy\, Hollin Road\, Calderbrook CB6 2RW
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Day: Behaviour and Inclusion Manager - Kingsmere Academy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-accepted-copy",
        uid="040000008200E00074C5B7101A82E00800000000FB0C1D2E3F84DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF",
        is_interview=1,
        company="Wyebridge Council",
        role="Head of Community Safety",
        stage="onsite",
        interviewers="rizwan.hussain@wyebridge.example.gov.uk;Janet Rowe",
        trap="accepted-copy-publish-council-member-panel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Hussain, Rizwan":mailto:rizwan.hussain@wyebridge.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Head of Community Safety - interview\n\nPanel: Rizwan Hussain (Director of Place) and Cllr Janet Rowe (Cabinet Member for Communities). 15 minute presentation: 'Serious violence duty - what should Wyebridge do in year one?'\, then questions.\n\nCivic Centre\, Wyebridge - sign in at the main reception.
UID:040000008200E00074C5B7101A82E00800000000FB0C1D2E3F84DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=en-GB:Head of Community Safety interview - J. Okonkwo-Hughes
DTSTART;TZID=GMT Standard Time:20261130T140000
DTEND;TZID=GMT Standard Time:20261130T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T190044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Wyebridge Civic Centre - Committee Room B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="applied-scheduler",
        uid="applied-int-5f0c9b-insideout-regional-north@beapplied.example.com",
        is_interview=1,
        company="Inside Out Trust",
        role="Regional Manager (North)",
        stage="onsite",
        interviewers="Priscilla Owusu;Ben Hartley",
        trap="anonymised-hiring-platform-structured-interview",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Applied//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:applied-int-5f0c9b-insideout-regional-north@beapplied.example.com
DTSTAMP:20261030T143302Z
DTSTART:20261110T110000Z
DTEND:20261110T120000Z
SUMMARY:Interview: Regional Manager (North) - Inside Out Trust
ORGANIZER;CN=Inside Out Trust via Applied:mailto:no-reply@beapplied.example.com
ATTENDEE;CN=Joanne Okonkwo-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION:Hi Joanne\,\n\nYou've been invited to interview for Regional Manager (North) at Inside Out Trust\, the prison peer-support charity.\n\nYour interviewers: Priscilla Owusu (Director of Services) and Ben Hartley (Regional Manager\, South).\n\nThis is a structured interview: every candidate gets the same five questions\, scored independently. One question is a work sample about supporting peer workers inside a Cat B prison after a death in custody.\n\nJoin: https://meet.google.com/ycr-uxqe-pmb\n\nThe Applied team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-com-owner-hotmail",
        uid="040000008200E00074C5B7101A82E00800000000AC1D2E3F4A85DC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
        is_interview=1,
        company="Ironstone Security",
        role="Operations Director",
        stage="hiring_manager",
        interviewers="g.whitlock72@hotmail.co.uk",
        trap="owner-free-mail-not-a-formal-interview-saturday",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN=Gary Whitlock:mailto:g.whitlock72@hotmail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Joanne\, as discussed on LinkedIn\, come and see us at the yard on Saturday. Ironstone Security is 140 SIA officers now (guarding\, mobile patrols and hospital bed-watch cover for two prisons) and I need an Operations Director to take it off my hands. Not a formal interview but I will want to know how you'd run the rota and the contracts. Gaz\n\nSent from Outlook for Android
UID:040000008200E00074C5B7101A82E00800000000AC1D2E3F4A85DC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=en-GB:Ops Director role - chat at the yard
DTSTART;TZID=GMT Standard Time:20261017T100000
DTEND;TZID=GMT Standard Time:20261017T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T213355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Ironstone Security\, Unit 3 Brickfield Yard\, Heywood Lane
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-meet-panel",
        uid="8k7j6h5g4f3d2s1a0p9o8i7u6y@google.com",
        is_interview=1,
        company="Restore North",
        role="Restorative Justice Service Manager",
        stage="onsite",
        interviewers="alison.mcgrath@restorenorth.example.org.uk;kwame.asante@restorenorth.example.org.uk",
        trap="restorative-justice-conference-vocabulary-panel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261125T130000Z
DTEND:20261125T140000Z
DTSTAMP:20261116T112047Z
ORGANIZER;CN=Alison McGrath:mailto:alison.mcgrath@restorenorth.example.org.uk
UID:8k7j6h5g4f3d2s1a0p9o8i7u6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alison McGrath;X-NUM-GUESTS=0:mailto:alison.mcgrath@restorenorth.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kwame Asante;X-NUM-GUESTS=0:mailto:kwame.asante@restorenorth.example.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20261116T112045Z
DESCRIPTION:Restorative Justice Service Manager - interview panel (Alison McGrath\, CEO\, and Kwame Asante\, Practice Lead).\n\nWe'll ask you to talk us through how you would prepare a victim-offender conference inside a prison\, and how you would supervise facilitators.\n\nJoin with Google Meet: https://meet.google.com/fhn-qbwe-zoc\nJoin by phone: (GB) +44 20 7946 0274 PIN: 331 907 522#\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20261116T112047Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RJ Service Manager interview - Joanne Okonkwo-Hughes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="teams-hr-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000BD2E3F4A5B86DC0100000000000000001000000001020304050607080910111213141516",
        is_interview=1,
        company="Brookfield Resettlement",
        role="Accommodation Services Manager (CAS3)",
        stage="recruiter_screen",
        interviewers="lauren.pickles@brookfieldresettlement.example.org.uk",
        trap="initial-telephone-interview-hr-adviser-cas3",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Pickles, Lauren":mailto:lauren.pickles@brookfieldresettlement.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Joanne\,\n\nThanks for applying for Accommodation Services Manager (CAS3 - Community Accommodation Service Tier 3). The first stage is a 20 minute initial telephone interview with me to check eligibility\, right to work\, availability and salary before shortlisting for the panel. I will call you on your mobile - the Teams link is a back-up.\n\nLauren Pickles\nRecruitment Adviser\, Brookfield Resettlement\n\n{teams("733 019 462 580", "Rk5fAz", "663 410 072")}\n
UID:040000008200E00074C5B7101A82E00800000000BD2E3F4A5B86DC0100000000000000001000000001020304050607080910111213141516
SUMMARY;LANGUAGE=en-GB:Initial telephone interview - Joanne Okonkwo-Hughes (ASM CAS3)
DTSTART;TZID=GMT Standard Time:20261016T123000
DTEND;TZID=GMT Standard Time:20261016T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T154218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="oleeo-all-day-assessment",
        uid="oleeo-evt-FSC-HOC-0117-2027-a1c9@oleeo.example.net",
        is_interview=1,
        company="Fellside Care",
        role="Head of Care",
        stage="onsite",
        interviewers="",
        trap="all-day-values-based-recruitment-day-secure-training-centre",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:oleeo-evt-FSC-HOC-0117-2027-a1c9@oleeo.example.net
DTSTAMP:20261123T100455Z
DTSTART;VALUE=DATE:20270121
DTEND;VALUE=DATE:20270122
SUMMARY:Values-based recruitment day - Head of Care - Fellside Secure Training Centre
LOCATION:Fellside Secure Training Centre\, Staff Training Suite\, Fell Lane\, Hartsop Bridge HB9 1QA
DESCRIPTION:Dear Joanne\,\n\nYou are invited to our values-based recruitment day for Head of Care (Fellside Care\, operator of Fellside Secure Training Centre). The day runs from 09:00 to around 15:30 and includes:\n- a group exercise with other candidates\n- a written report on a serious incident involving restraint of a 15-year-old\n- an interview with a young people's panel\n- a final panel interview with the Centre Director\n\nPlease bring photo ID. Lunch is provided.\n\nFellside Care Recruitment
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="teams-invigilated-test",
        uid="040000008200E00074C5B7101A82E00800000000CE3F405B6C97DC0100000000000000001000000017283940516273849AABBCCDDEEFF001",
        is_interview=1,
        company="Custody Standards Ombudsman",
        role="Fatal Incidents Investigator",
        stage="technical",
        interviewers="",
        trap="invigilated-written-assessment-deaths-in-custody-vocabulary",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="CSO Recruitment":mailto:recruitment@cso.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Dear Joanne\,\n\nFatal Incidents Investigator (Civil Service Jobs vacancy 433518) - written assessment\n\nThank you for your application. The next stage is a timed written assessment (75 minutes). You will receive a bundle of anonymised documents about a self-inflicted death in a prison (ACCT records\, CCTV log\, healthcare notes) and will draft the 'key findings' section of an investigation report. You will be invigilated on Teams with your camera on. The assessment is scored separately from the interview.\n\nCSO Recruitment Team\n\n{teams("822 061 394 775", "Nc5rQw", "309 884 126")}\n
UID:040000008200E00074C5B7101A82E00800000000CE3F405B6C97DC0100000000000000001000000017283940516273849AABBCCDDEEFF001
SUMMARY;LANGUAGE=en-GB:FII written assessment (invigilated) - 433518
DTSTART;TZID=GMT Standard Time:20261118T093000
DTEND;TZID=GMT Standard Time:20261118T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T115533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000DF405A6B7DA8DC01000000000000000010000000283940516273849AABBCCDDEEFF00112",
        is_interview=1,
        company="Custody Standards Ombudsman",
        role="Fatal Incidents Investigator",
        stage="onsite",
        interviewers="beth.lomax@cso.example.gov.uk;tunde.adeyemi@cso.example.gov.uk",
        trap="ombudsman-panel-interview-no-vtimezone-investigation-words",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lomax, Beth":mailto:beth.lomax@cso.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Adeyemi, Tunde":mailto:tunde.adeyemi@cso.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Interview - Fatal Incidents Investigator (433518)\n\nPanel: Beth Lomax (Deputy Ombudsman\, chair) and Tunde Adeyemi (Senior Investigator). Behaviours: Seeing the Big Picture\, Making Effective Decisions\, Communicating and Influencing. One technical question on interviewing bereaved families and staff witnesses during an investigation.\n\nCSO offices\, 3rd floor\, Lowry Point\, Salfordbank. Please bring photo ID.
UID:040000008200E00074C5B7101A82E00800000000DF405A6B7DA8DC01000000000000000010000000283940516273849AABBCCDDEEFF00112
SUMMARY;LANGUAGE=en-GB:FII interview - J Okonkwo-Hughes - 433518
DTSTART;TZID=GMT Standard Time:20261130T100000
DTEND;TZID=GMT Standard Time:20261130T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T160422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Lowry Point 3rd floor - Room 3.2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
]
