"""holdout127 negatives, part 1: Rhys on the hiring or selecting side (panels, MMIs, students, candidates)."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
NEG = (0, "", "", "", "")


def n(trap: str) -> tuple:
    return (*NEG, trap)


EVENTS = [
    ev("mmi-assessor-en", n("user-as-interviewer-mmi-assessor-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010F0E0D0C0B8BDC01000000000000000010000000A0B0C0D0E0F1
ORGANIZER;CN="Medicine Admissions (Taf University)":mailto:medadmissions@taf.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:rhys.llewellyn@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:MMI Assessor - Day 2 AM - Station 4 (Ethics & Professionalism)
DTSTART;TZID=GMT Standard Time:20260114T081500
DTEND;TZID=GMT Standard Time:20260114T123000
LOCATION;LANGUAGE=en-GB:Heath Park Teaching Centre\, Room 0.21
DESCRIPTION;LANGUAGE=en-GB:Dear Dr Llewellyn\,\n\nThank you for volunteering as an MMI assessor for Medicine (A100) 2026 entry. You will assess Station 4 (Ethics & Professionalism) for 8 circuits\, 7 minutes per candidate. Please arrive by 08:15 for the assessor briefing. Candidate scoring sheets and the marking descriptors will be in your station pack. Do not discuss candidates outside the assessment.\n\nMedicine Admissions Office\, Taf University School of Medicine
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("mmi-calibration-en", n("user-as-interviewer-calibration-en"), r"""
BEGIN:VEVENT
UID:mmi-calib-2026-01-12-taf@taf.ac.uk
DTSTART;TZID=Europe/London:20260112T173000
DTEND;TZID=Europe/London:20260112T183000
SUMMARY:MMI assessor calibration (online) - watching & scoring 3 recorded candidates
ORGANIZER;CN=Dr Sian Morgan (Admissions Tutor):mailto:morgans12@taf.ac.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:Before next week's interviews all new assessors score three recorded MMI stations and we compare marks against the descriptors. Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsaWI
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("trac-panel-member-en", n("user-as-interviewer-trac-panel-en"), r"""
BEGIN:VEVENT
UID:trac-panel-2026-0211-GTU-1193-PM4@trac.jobs
DTSTART;TZID=Europe/London:20260211T130000
DTEND;TZID=Europe/London:20260211T170000
SUMMARY:Interview Panel: Junior Clinical Fellow - Trauma & Orthopaedics (050-MED-1193)
LOCATION:T&O Seminar Room\, Level 2\, University Hospital Glannau Taf
DESCRIPTION:You have been added as a panel member for the following interviews:\n\nVacancy: Junior Clinical Fellow - Trauma & Orthopaedics (050-MED-1193)\nEmployer: Glannau Taf University Health Board\nCandidates: 6 (30-minute slots from 13:00)\nChair: Miss Eleri Watkins\n\nPlease review the shortlisted applications in Trac before the panel and record your scores against each question on the day. Candidate details are confidential.\n\nThis message was sent via Trac.
ORGANIZER;CN=Medical Staffing (Glannau Taf):mailto:noreply@trac.jobs
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn@wales.nhs.uk
STATUS:CONFIRMED
END:VEVENT
""", "-//Trac Systems//Trac Recruitment Calendar//EN", tz=("Europe/London",)),

    ev("panel-debrief-en", n("user-as-interviewer-debrief-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC8BDC01000000000000000010000000DD33EE44FF55
ORGANIZER;CN="Watkins, Eleri (Glannau Taf - T&O)":mailto:eleri.watkins@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Beynon, Huw (Glannau Taf - T&O)":mailto:huw.beynon@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:JCF interviews - panel wash-up & scoring
DTSTART;TZID=GMT Standard Time:20260211T170000
DTEND;TZID=GMT Standard Time:20260211T173000
LOCATION;LANGUAGE=en-GB:CD office
DESCRIPTION;LANGUAGE=en-GB:Agree scores for the 6 JCF candidates\, rank\, and decide who we offer. Rhys - bring your trainee-rep view on candidates 2 and 5.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("trac-scores-reminder-en", n("user-as-interviewer-scorecard-en"), r"""
BEGIN:VEVENT
UID:trac-task-scores-050-MED-1193-PM4@trac.jobs
DTSTART;VALUE=DATE:20260212
DTEND;VALUE=DATE:20260213
SUMMARY:Reminder: submit interview scores - Junior Clinical Fellow T&O (050-MED-1193)
DESCRIPTION:Panel members must enter interview scores and comments for all candidates in Trac by the end of the day so that an offer can be made. Candidates 1-6.
TRANSP:TRANSPARENT
END:VEVENT
""", "-//Trac Systems//Trac Recruitment Calendar//EN", method="PUBLISH"),

    ev("freemail-candidate-ra-en", n("user-as-interviewer-freemail-candidate-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F0F1F2F3F48BDC010000000000000000100000001234ABCD5678
ORGANIZER;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie.t.hughes@hotmail.com:mailto:sophie.t.hughes@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, Abena (Glannau Taf - R&D)":mailto:abena.mensah@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Interview - audit research assistant (Sophie Hughes)
DTSTART;TZID=GMT Standard Time:20260129T123000
DTEND;TZID=GMT Standard Time:20260129T130000
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Hi Sophie\,\n\nThanks for applying for the research assistant role on our hip fracture audit (10 hrs/week\, 6 months). I'll ask about your data experience and availability\; Abena from R&D may join.\n\nRhys Llewellyn\nCT2 Trauma & Orthopaedics\, University Hospital Glannau Taf
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("calendly-host-summer-school-en", n("user-as-interviewer-calendly-host-en"), r"""
BEGIN:VEVENT
DTSTART:20260224T181500Z
DTEND:20260224T183000Z
DTSTAMP:20260216T201233Z
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
UID:c9e4f1a2b3d5e6f7g8h9i0j1k2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan Price;X-NUM-GUESTS=0:mailto:meganprice2008@gmail.com
DESCRIPTION:Event Name: Aspiring Surgeons Summer School - applicant interview (15 min)\n\nLocation: This is a Google Meet web conference. https://meet.google.com/ayr-kvpt-xjd\n\nInvitee: Megan Price\nInvitee Email: meganprice2008@gmail.com\n\nQuestions:\nSchool: Ysgol Gyfun Cwm Taf (Year 12)\nWhy do you want to attend?: I want to see what surgeons actually do and practise suturing.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8a7b6c5d\nReschedule: https://calendly.com/reschedulings/8a7b6c5d\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ayr-kvpt-xjd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aspiring Surgeons Summer School - applicant interview (15 min) between Rhys Llewellyn and Megan Price
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN"),

    ev("agency-sends-candidate-en", n("user-as-interviewer-agency-candidate-en"), r"""
BEGIN:VEVENT
UID:sentinel-a2f7c901-44e5-11f0-b7c1-0242ac120002
DTSTART:20260120T160000Z
DTEND:20260120T162000Z
SUMMARY:Candidate call: Dr Amara Okafor (Locum SHO T&O) with Dr Rhys Llewellyn
DESCRIPTION:Hi Dr Llewellyn\,\n\nAs requested by your rota coordinator\, here is our candidate for the 4-week locum SHO gap on the T&O rota at University Hospital Glannau Taf: Dr Amara Okafor (GMC 7654321\, FY3\, previous T&O locum at Morriston). She is available on 07700 900877 - could you give her a quick call to check she's happy with the trauma-take workload? CV attached.\n\nKind regards\,\nCallum Shaw\nSentinel Medical Staffing
ORGANIZER;CN=Callum Shaw:mailto:callum.shaw@sentinelmedical.co.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;CN=Amara Okafor:mailto:amara.okafor.doc@yahoo.co.uk
STATUS:CONFIRMED
END:VEVENT
""", "-//Bullhorn//Bullhorn Calendar//EN"),

    ev("famulatur-student-de", n("user-as-interviewer-famulatur-de"), r"""
BEGIN:VEVENT
UID:8ki2nq7v4c1x0s9b3m6h5j2fdr@google.com
DTSTART;TZID=Europe/London:20260127T180000
DTEND;TZID=Europe/London:20260127T182000
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena Vogt:mailto:lena.vogt98@web.de
SUMMARY:Bewerbungsgespräch Famulatur Unfallchirurgie Cardiff - Lena Vogt
DESCRIPTION:Hallo Lena\,\n\nkurzes Gespräch per Google Meet zu deiner Bewerbung für die Famulatur bei uns in der Unfallchirurgie (August\, 4 Wochen). Ich möchte wissen\, was du dir vorstellst und wie gut dein klinisches Englisch ist.\n\nViele Grüße\nRhys\n\nGoogle Meet: https://meet.google.com/nbq-rtwe-ksp
LOCATION:https://meet.google.com/nbq-rtwe-ksp
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/London",)),

    ev("externe-candidate-fr", n("user-as-interviewer-externe-fr"), r"""
BEGIN:VEVENT
UID:4fd1c9a0x7h2k5m8p3s6v9y1b4@google.com
DTSTART:20260203T190000Z
DTEND:20260203T192000Z
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Hugo Lefèvre;PARTSTAT=ACCEPTED:mailto:hugo.lefevre@etu.univ-lyon1.fr
SUMMARY:Entretien candidature stage d'externat en orthopédie (Cardiff) - Hugo Lefèvre
DESCRIPTION:Bonjour Hugo\, comme convenu\, petit entretien en visio pour votre demande de stage à l'hôpital de Cardiff (service de traumatologie) - je vais vous poser quelques questions sur vos motivations et votre anglais médical. Rhys\n\nhttps://meet.google.com/pvf-cnhy-dmw
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE),

    ev("erasmus-student-es", n("user-as-interviewer-erasmus-es"), r"""
BEGIN:VEVENT
UID:2ba8d5e3g1j9m7q4t6w0z2c5f8@google.com
DTSTART;TZID=Europe/London:20260210T191500
DTEND;TZID=Europe/London:20260210T193500
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Lucía Ortega;PARTSTAT=ACCEPTED:mailto:lucia.ortega.med@gmail.com
SUMMARY:Entrevista con Lucía Ortega - rotación Erasmus en Traumatología (Cardiff)
DESCRIPTION:Hola Lucía\, te entrevisto brevemente para la plaza de rotación Erasmus en nuestro servicio de Traumatología. Hablaremos en inglés y un poco en español. Saludos\, Rhys\n\nUnirse con Google Meet: https://meet.google.com/hzk-wybf-qra
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, cal="X-WR-TIMEZONE:Europe/London", tz=("Europe/London",)),

    ev("interview-pack-demonstrators-en", n("user-as-interviewer-kit-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000077AA66BB558BDC01000000000000000010000000CC44DD33EE22
ORGANIZER;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Prep interview pack - Surgical Skills Demonstrator applicants (questions + scoring grid)
DTSTART;TZID=GMT Standard Time:20260202T123000
DTEND;TZID=GMT Standard Time:20260202T130000
DESCRIPTION;LANGUAGE=en-GB:write 5 questions\, scoring 1-4 grid\, suturing station checklist. Send to Dr Patel for sign-off before Thurs interviews.
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
SEQUENCE:0
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz=("GMT Standard Time",)),

    ev("shadow-panel-en", n("user-as-interviewer-shadow-en"), r"""
BEGIN:VEVENT
UID:shadow-ctf-2026-02-17@wales.nhs.uk
DTSTART;TZID=Europe/London:20260217T133000
DTEND;TZID=Europe/London:20260217T163000
SUMMARY:Shadowing: Clinical Teaching Fellow interview panel (observer - Dr R Llewellyn)
ORGANIZER;CN=Medical Education Manager:mailto:meded.manager@wales.nhs.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=OPT-PARTICIPANT:mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:As part of your Leadership & Management portfolio you will observe the CTF appointment panel (4 candidates). Observers do not score but are welcome to join the panel discussion after each candidate. Please complete recruitment & selection e-learning first.
LOCATION:Medical Education Centre\, Room 3
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("bursary-panel-en", n("user-as-interviewer-bursary-panel-en"), r"""
BEGIN:VEVENT
UID:wots-bursary-2026-panel@gmail.com
DTSTART;TZID=Europe/London:20260304T190000
DTEND;TZID=Europe/London:20260304T210000
SUMMARY:WOTS travel bursary - applicant interviews (Rhys + Carys on panel)
ORGANIZER;CN=Welsh Orthopaedic Trainees Society:mailto:wots.committee@gmail.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Carys Lloyd:mailto:carys.lloyd@wales.nhs.uk
DESCRIPTION:Four shortlisted applicants for the £1\,500 travel bursary\, 20 min each. Panel: Rhys Llewellyn (treasurer) & Carys Lloyd (president). Score sheet in the shared drive.\nZoom: https://us02web.zoom.us/j/88122004917
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/London",)),

    ev("hand-taster-interviews-en", n("user-as-interviewer-hand-en"), r"""
BEGIN:VEVENT
UID:0q9w8e7r6t5y4u3i2o1p0a9s8d@google.com
DTSTART;TZID=Europe/London:20260226T140000
DTEND;TZID=Europe/London:20260226T160000
SUMMARY:interviews x4 - FY2 taster wk applicants (me + Mr Beynon)
LOCATION:seminar rm L2
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", cal="X-WR-TIMEZONE:Europe/London", tz=("Europe/London",)),

    ev("organiser-research-fellow-en", n("user-as-interviewer-organiser-freemail-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E58BDC0100000000000000001000000013579BDF2468
ORGANIZER;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kwame.mensah.md@gmail.com:mailto:kwame.mensah.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beynon, Huw (Glannau Taf - T&O)":mailto:huw.beynon@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Interview: Clinical Research Fellow (hip fracture trial) - Dr Kwame Mensah
DTSTART;TZID=GMT Standard Time:20260219T173000
DTEND;TZID=GMT Standard Time:20260219T180000
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Dear Dr Mensah\,\n\nMr Beynon and I would like to interview you for the Clinical Research Fellow post on the FRAIL-HIP trial at University Hospital Glannau Taf. We will ask about your research experience and GCP training.\n\nBest wishes\,\nRhys Llewellyn\nCT2 T&O (trial sub-investigator)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("bookings-interviewer-signup-en", n("user-as-interviewer-bookings-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00807E902190AB7C3D211C2010000000000000000100000004F2A8B1C
SUMMARY:Interviewer session: Graduate Entry Medicine MMI - Day 3 (Afternoon) for Rhys Llewellyn
DTSTART:20260122T130000Z
DTEND:20260122T170000Z
ORGANIZER;CN=Taf Medicine Interviewer Bookings:mailto:TafMedicineInterviewers@taf.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:Your booking is confirmed\n\nService: Interviewer session - Graduate Entry Medicine MMI\nStaff: Admissions Team\nYou will interview applicants at one station (allocated on the day). Assessor pack and candidate scoring forms will be provided.\n\nManage booking: https://outlook.office365.com/owa/calendar/TafMedicineInterviewers@taf.ac.uk/bookings/
LOCATION:Heath Park Teaching Centre
STATUS:CONFIRMED
END:VEVENT
""", "Microsoft Exchange Server 2010"),

    ev("pa-hiring-panel-en", n("user-as-interviewer-panel-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000055CC44DD338BDC01000000000000000010000000EE22FF1100AA
ORGANIZER;CN="Thomas, Ceri (Glannau Taf - Surgery Directorate HR)":mailto:ceri.thomas8@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Watkins, Eleri (Glannau Taf - T&O)":mailto:eleri.watkins@wales.nhs.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=UHGT L2 Meeting Room 4:mailto:uhgt.l2mr4@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Hiring panel - Physician Associate (T&O) - candidate 2: Jordan Reeve
DTSTART;TZID=GMT Standard Time:20260303T110000
DTEND;TZID=GMT Standard Time:20260303T114500
LOCATION;LANGUAGE=en-GB:UHGT L2 Meeting Room 4
DESCRIPTION;LANGUAGE=en-GB:Panel: Miss Watkins (chair)\, Dr Llewellyn (junior doctor rep). Questions and scoring grid attached. Candidate CV: see Trac.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("virtual-mmi-zoom-en", n("user-as-interviewer-virtual-mmi-en"), r"""
BEGIN:VEVENT
UID:zoom-mmi-circuitB-20260128-assessor14@taf.ac.uk
DTSTART:20260128T090000Z
DTEND:20260128T123000Z
SUMMARY:Virtual MMI - Circuit B - Assessor 14 (you assess Station 2: Communication)
ORGANIZER;CN=Medicine Admissions:mailto:medadmissions@taf.ac.uk
ATTENDEE;CN=Dr Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:Breakout room 2 will be yours for the morning. Candidates rotate every 8 minutes. Mark on the online form immediately after each candidate.\n\nJoin Zoom Meeting\nhttps://taf-ac-uk.zoom.us/j/97744120382\nMeeting ID: 977 4412 0382
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN"),

    ev("rota-coordinator-appointment-en", n("user-as-interviewer-rota-lead-en"), r"""
BEGIN:VEVENT
UID:5vk3q0b9z2l8p1m7n4x6c0f3hj@google.com
DTSTART;TZID=Europe/London:20260209T123000
DTEND;TZID=Europe/London:20260209T133000
ORGANIZER;CN=Dafydd Rowlands:mailto:dafydd.rowlands@wales.nhs.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;CN=Dafydd Rowlands:mailto:dafydd.rowlands@wales.nhs.uk
SUMMARY:Junior rota coordinator (admin band 4) - interviews - Rhys & Dafydd as trainee reps
DESCRIPTION:Two candidates\, 25 min each. We ask the rota-scenario question and the EWTD question; Ceri from HR leads. Please bring the candidate packs.
LOCATION:Surgical admin office
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/London",)),
]
