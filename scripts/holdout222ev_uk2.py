"""holdout222 events, part 2: Wales, Scotland, Northern Ireland, UK private hospitals, Gibraltar, Jersey.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import GIBRALTAR, GMT_STD, JERSEY, LONDON, MADRID

EVENTS = [
    (
        "trac-welsh",
        "TRAC-CAV-001-25-4417-int-2291@trac.jobs",
        1, "Cardiff and Vale University Health Board", "Staff Nurse / Nyrs Staff - Surgical Wards", "hiring_manager",
        "bethan.morgan3@wales.nhs.uk;gareth.pugh@wales.nhs.uk", "bilingual-welsh-english-trac-invite",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Interview Scheduler 4.2//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:TRAC-CAV-001-25-4417-int-2291@trac.jobs
SEQUENCE:0
DTSTAMP:20250331T120912Z
DTSTART;TZID=Europe/London:20250415T103000
DTEND;TZID=Europe/London:20250415T111500
SUMMARY:Cyfweliad / Interview: Nyrs Staff / Staff Nurse (001-NMR-0425)
ORGANIZER;CN=Cardiff and Vale UHB Recruitment:mailto:noreply@trac.jobs
ATTENDEE;CN=Rocio Delgado Marin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
ATTENDEE;CN=Bethan Morgan;ROLE=REQ-PARTICIPANT:mailto:bethan.morgan3@wales.
 nhs.uk
ATTENDEE;CN=Gareth Pugh;ROLE=REQ-PARTICIPANT:mailto:gareth.pugh@wales.nhs.uk
LOCATION:Microsoft Teams
DESCRIPTION:Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale Uni
 versity Health Board\n\nRydych wedi cael gwahoddiad i gyfweliad. / You have
  been invited to interview.\n\nPost: Staff Nurse - Surgical Wards\, Univer
 sity Hospital of Wales\nPanel: Bethan Morgan (Senior Nurse)\, Gareth Pugh
 (Ward Sister)\n\nYou will be asked to complete a short drug calculation exe
 rcise at the start of the interview.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "jobtrain",
        "jt-ggc-290345-slot-17@jobtrain.co.uk",
        1, "NHS Greater Glasgow and Clyde", "Staff Nurse - Surgical Receiving Unit", "hiring_manager",
        "", "jobtrain-invite-no-panel-names",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Interview Booking//EN
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:jt-ggc-290345-slot-17@jobtrain.co.uk
DTSTAMP:20250404T070203Z
DTSTART;TZID=Europe/London:20250422T091500
DTEND;TZID=Europe/London:20250422T100000
SUMMARY:NHSGGC - Staff Nurse Band 5 - Surgical Receiving Unit - Interview
DESCRIPTION:You have booked an interview slot for vacancy GGC290345\, Staff
  Nurse - Surgical Receiving Unit\, Queen Elizabeth University Hospital.\nT
 his interview will be held via MS Teams. A link will be sent by the recrui
 ting manager the day before.\nPlease bring your NMC PIN (or application re
 ference) and photo ID.
LOCATION:MS Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-invite",
        "BHSCT-HRPTS-INT-78102@belfasttrust.hscni.net",
        1, "Belfast Health and Social Care Trust", "Band 5 Staff Nurse – Theatres (RVH)", "hiring_manager",
        "ciara.mcalister@belfasttrust.hscni.net;ruth.beattie@belfasttrust.hscni.net", "hsc-ni-zoom-panel",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
ATTENDEE;CN="McAlister, Ciara";RSVP=TRUE:mailto:Ciara.McAlister@belfasttrust
 .hscni.net
ATTENDEE;CN="Beattie, Ruth";RSVP=TRUE:mailto:Ruth.Beattie@belfasttrust.hscni
 .net
CLASS:PUBLIC
CREATED:20250402T091100Z
DESCRIPTION:Interview – Band 5 Staff Nurse – Theatres\, Royal Victoria Hosp
 ital (ref 78102)\n\nPanel: Ciara McAlister (Theatre Sister)\, Ruth Beattie
  (Lead Nurse Theatres)\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/8642
 2017733\nMeeting ID: 864 2201 7733\nPasscode: 318844\n\nDial by your locati
 on +44 208 080 6591 United Kingdom
DTEND;TZID="GMT Standard Time":20250428T120000
DTSTAMP:20250402T091100Z
DTSTART;TZID="GMT Standard Time":20250428T113000
LOCATION:Zoom
ORGANIZER;CN="Recruitment Shared Services Centre":mailto:recruitment.rssc@bs
 o.hscni.net
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Rocio Delgado Marin - Band 5 SN Theatres
TRANSP:OPAQUE
UID:BHSCT-HRPTS-INT-78102@belfasttrust.hscni.net
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime",
        "gt-7f3b2c9e-1d44-4a0a-b1f2-6e8d0c5a9b71@goodtime.io",
        1, "HCA Healthcare UK", "Registered Nurse - Surgical Ward", "recruiter_screen",
        "amelia.hart@hcahealthcare.co.uk", "goodtime-recruiter-phone-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7f3b2c9e-1d44-4a0a-b1f2-6e8d0c5a9b71@goodtime.io
DTSTAMP:20250221T103355Z
DTSTART:20250224T150000Z
DTEND:20250224T152500Z
SUMMARY:Phone Screen: Rocío Delgado Marín <> HCA Healthcare UK
ORGANIZER;CN=HCA Healthcare UK Talent Acquisition:mailto:scheduling@hcaheal
 thcare.goodtime.io
ATTENDEE;CN=Rocío Delgado Marín;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;CN=Amelia Hart;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Amelia
 .Hart@hcahealthcare.co.uk
LOCATION:Phone call - Amelia will call +34 612 xxx 412
DESCRIPTION:Hi Rocío\,\n\nYour phone screen for Registered Nurse - Surgical
  Ward (The Wellington Hospital) is confirmed.\n\nInterviewer: Amelia Hart\,
  Nurse Recruitment Partner\nDuration: 25 minutes\n\nNeed to reschedule? Use
  the link in your confirmation email.\n\nPowered by GoodTime
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday",
        "WD-HCA-INT-00091245-2@myworkday.com",
        1, "HCA Healthcare UK", "Registered Nurse - Surgical Ward (The Wellington Hospital)", "hiring_manager",
        "louise.barker@hcahealthcare.co.uk", "workday-interview-ward-manager",
        """BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:WD-HCA-INT-00091245-2@myworkday.com
DTSTAMP:20250305T170012Z
DTSTART;TZID=Europe/London:20250312T140000
DTEND;TZID=Europe/London:20250312T150000
SUMMARY:Interview - Registered Nurse - Surgical Ward (R-0091245)
ORGANIZER;CN=HCA Healthcare UK:mailto:hcahealthcare@myworkday.com
ATTENDEE;CN=Louise Barker;ROLE=REQ-PARTICIPANT:mailto:louise.barker@hcahealt
 hcare.co.uk
ATTENDEE;CN=Rocio Delgado Marin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocio
 .delgado.enf@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Interview with Louise Barker (Ward Manager\, Surgical Ward 4\,
 The Wellington Hospital). Candidate: Rocio Delgado Marin.\nTeams link will
  be shared by the interviewer.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims",
        "icims-ccl-2025-1187-interview-77@icims.com",
        1, "Cleveland Clinic London", "Registered Nurse – Surgical Inpatients", "hiring_manager",
        "okechukwu.eze@clevelandcliniclondon.uk;hanna.lindqvist@clevelandcliniclondon.uk", "icims-two-interviewers",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Scheduling//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:icims-ccl-2025-1187-interview-77@icims.com
DTSTAMP:20250408T093040Z
DTSTART;TZID=Europe/London:20250417T140000
DTEND;TZID=Europe/London:20250417T150000
SUMMARY:Interview Confirmation: Registered Nurse – Surgical Inpatients (2025
 -1187)
ORGANIZER;CN=Cleveland Clinic London Talent Acquisition:mailto:do-not-reply@
 icims.com
ATTENDEE;CN=Rocio Delgado;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;CN=Okechukwu Eze:mailto:okechukwu.eze@clevelandcliniclondon.uk
ATTENDEE;CN=Hanna Lindqvist:mailto:hanna.lindqvist@clevelandcliniclondon.uk
DESCRIPTION:Dear Rocio\,\n\nThank you for your interest in Cleveland Clinic
  London. Your video interview is confirmed with:\n- Okechukwu Eze\, Nurse M
 anager\, Surgical Inpatients\n- Hanna Lindqvist\, Clinical Nurse Educator\n
 \nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 Q2xl\n\nKind regards\,\nTalent Acquisition
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-sentby",
        "040000008200E00074C5B7101A82E0080000000031B9C7E2F0A4DB01000000000000000010000000E7D3",
        1, "The London Clinic", "Staff Nurse – Surgical Ward (Band 5 equiv.)", "hiring_manager",
        "h.dean@thelondonclinic.co.uk;g.okafor@thelondonclinic.co.uk", "outlook-sent-by-pa-with-room",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Grace";SENT-BY="mailto:m.fletcher@thelondonclinic.co.u
 k":mailto:g.okafor@thelondonclinic.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dean, Hann
 ah":mailto:h.dean@thelondonclinic.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TLC Meet
 ing Room 3.2 (Devonshire Place)":mailto:room3.2@thelondonclinic.co.uk
DESCRIPTION;LANGUAGE=en-GB:Sent on behalf of Grace Okafor\, Head of Nursing
  – Surgical Services.\n\nRocío will join by Teams from Spain\; Hannah and G
 race in room 3.2.\n\nMaggie Fletcher\nPA to Head of Nursing\n\n___________
 _____________________________________________________________________\nMic
 rosoft Teams meeting\nMeeting ID: 312 774 901 225\nPasscode: Kx3Pz7\n
UID:040000008200E00074C5B7101A82E0080000000031B9C7E2F0A4DB0100000000000000001
 0000000E7D3
SUMMARY;LANGUAGE=en-GB:Rocío Delgado Marín - SN Surgical - interview (Teams)
DTSTART;TZID=GMT Standard Time:20250501T103000
DTEND;TZID=GMT Standard Time:20250501T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Meeting Room 3.2 / Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        "7d0c4b2e-GHA-RN-0425-int@gha.gi",
        1, "Gibraltar Health Authority", "Staff Nurse (Surgical Ward)", "hiring_manager",
        "lourdes.santos@gha.gi;michael.cruz@gha.gi", "gibraltar-zone-teams-interview",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GIBRALTAR + r"""BEGIN:VEVENT
UID:7d0c4b2e-GHA-RN-0425-int@gha.gi
DTSTAMP:20250410T081500Z
DTSTART;TZID=Europe/Gibraltar:20250417T093000
DTEND;TZID=Europe/Gibraltar:20250417T101500
SUMMARY:GHA Interview - Staff Nurse (Surgical) - R. Delgado Marin
ORGANIZER;CN="GHA Recruitment":mailto:recruitment@gha.gi
ATTENDEE;CN="Santos, Lourdes";ROLE=REQ-PARTICIPANT:mailto:lourdes.santos@gh
 a.gi
ATTENDEE;CN="Cruz, Michael";ROLE=REQ-PARTICIPANT:mailto:michael.cruz@gha.gi
ATTENDEE;CN=rocio.delgado.enf@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mail
 to:rocio.delgado.enf@gmail.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Interview for the post of Staff Nurse\, Surgical Ward\, St Bern
 ard's Hospital.\nPanel: Lourdes Santos (Ward Manager)\, Michael Cruz (Assis
 tant Director of Nursing).\nThe interview is in English. Please note the l
 ocal time (same as Spain).\n\nMicrosoft Teams meeting\nMeeting ID: 399 107
  226 813\nPasscode: a9R3bQ
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "headhunter-call",
        "6r2o0a8s4l1c9f3k5d7m2t0e1b@google.com",
        1, "King Edward VII's Hospital", "Senior Staff Nurse – Surgical Ward", "recruiter_screen",
        "javier.ruano@albionhealthsearch.com", "headhunter-names-client-only-in-body",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250320T191500
DTEND;TZID=Europe/Madrid:20250320T194500
DTSTAMP:20250318T112700Z
ORGANIZER;CN=Javier Ruano:mailto:javier.ruano@albionhealthsearch.com
UID:6r2o0a8s4l1c9f3k5d7m2t0e1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rocío Delgado;X-NUM-GUESTS=0:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION:Hola Rocío\, como hablamos por LinkedIn: te llamo para contarte
  la posición y hacerte unas preguntas.\n\nCliente (confidencial\, no lo co
 mentes por ahí): King Edward VII's Hospital\, Londres – Senior Staff Nurse
 \, planta quirúrgica. Patrocinan visado y NMC.\n\nUn saludo\,\nJavier Ruano
 \nAlbion Health Search
LOCATION:Google Meet / teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Javier Ruano / Rocío Delgado
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "lever",
        "lever-2b6e9f10-88c1-4d0a-9e3b-5f7a1c2d4e60",
        1, "Cera", "Registered Nurse – Virtual Care", "recruiter_screen",
        "tom.whitfield@ceracare.co.uk", "lever-intro-call-home-care-tech",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-2b6e9f10-88c1-4d0a-9e3b-5f7a1c2d4e60
DTSTAMP:20250312T134502Z
DTSTART:20250317T130000Z
DTEND:20250317T133000Z
SUMMARY:Intro call: Rocío Delgado Marín & Cera
ORGANIZER;CN=Tom Whitfield:mailto:tom.whitfield@ceracare.co.uk
ATTENDEE;CN=Tom Whitfield;PARTSTAT=ACCEPTED:mailto:tom.whitfield@ceracare.co
 .uk
ATTENDEE;CN=Rocío Delgado Marín;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.co
 m
LOCATION:https://meet.google.com/xqe-bkod-rnv
DESCRIPTION:Hi Rocío\, looking forward to our chat about the Registered Nur
 se – Virtual Care role. 30 mins\, informal: your background\, right to wor
 k timeline and what you are looking for.\n\nTom Whitfield\nTalent Partner\,
  Cera
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "greenhouse",
        "1q8h3n6v0c2x7z4p9m5b1k3j8w@google.com",
        1, "Circle Health Group", "Theatre Practitioner (Scrub Nurse)", "hiring_manager",
        "nadia.rahman@circlehealthgroup.co.uk;pete.lowry@circlehealthgroup.co.uk",
        "greenhouse-coordinator-invite-two-interviewers",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250514T150000
DTEND;TZID=Europe/London:20250514T154500
DTSTAMP:20250507T101122Z
ORGANIZER;CN=Becky Sloane:mailto:becky.sloane@circlehealthgroup.co.uk
UID:1q8h3n6v0c2x7z4p9m5b1k3j8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocio.delgado.enf@gmail.com;X-NUM-GUESTS=0:mailto:rocio.delgado.enf
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Rahman;X-NUM-GUESTS=0:mailto:nadia.rahman@circlehealthgroup.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pete Lowry;X-NUM-GUESTS=0:mailto:pete.lowry@circlehealthgroup.co.uk
DESCRIPTION:Theatre Practitioner (Scrub Nurse) - The Clementine Churchill H
 ospital\n\nInterviewers:\nNadia Rahman - Theatre Manager\nPete Lowry - Team
  Leader\, Orthopaedics\n\nVideo call: https://meet.google.com/ppv-hqtz-wcd\n
 \nScheduled by Becky Sloane (Recruitment Coordinator) via Greenhouse
LOCATION:https://meet.google.com/ppv-hqtz-wcd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rocío Delgado Marín - Video Interview - Theatre Practitioner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        "5b1d-HCJ-SN-B5-0603-int@gov.je",
        1, "Government of Jersey Health and Care", "Staff Nurse Band 5 - Surgical Wards", "final",
        "", "jersey-zone-final-panel-after-agency",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + JERSEY + r"""BEGIN:VEVENT
UID:5b1d-HCJ-SN-B5-0603-int@gov.je
DTSTAMP:20250527T140005Z
DTSTART;TZID=Europe/Jersey:20250603T100000
DTEND;TZID=Europe/Jersey:20250603T110000
SUMMARY:Health and Care Jersey - final panel - Staff Nurse Band 5 Surgical
ORGANIZER;CN="HCJ Nurse Recruitment":mailto:hcjnurserecruitment@health.gov.
 je
ATTENDEE;CN=rocio.delgado.enf@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mail
 to:rocio.delgado.enf@gmail.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Rocío\,\nFollowing your successful first interview\, you a
 re invited to the final panel with the Lead Nurse for Surgery and a memb
 er of the Education team. Relocation package and housing will be discussed
  at the end.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_SmVy\n
END:VEVENT
END:VCALENDAR
""",
    ),
]
