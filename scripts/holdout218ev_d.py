# ruff: noqa: E501
"""holdout218 events, part d: CaRMS, Puerto Rico, community programs and the backup non-residency jobs."""

from holdout218ev_tz import BER, NY, PR, TOR, WIN_EST, iv

EVENTS = [
    iv("carms-toronto", "carms-int-2026-R1-IM-UT-44812@carms.ca",
       "University of Toronto", "Internal Medicine (R-1)", "onsite", "",
       "carms-canadian-program-toronto-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//CaRMS//Interview Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
""" + TOR + r"""BEGIN:VEVENT
UID:carms-int-2026-R1-IM-UT-44812@carms.ca
DTSTAMP:20251208T161002Z
DTSTART;TZID=America/Toronto:20260127T080000
DTEND;TZID=America/Toronto:20260127T130000
SUMMARY:CaRMS Interview - University of Toronto - Internal Medicine
LOCATION:Virtual (Zoom)
DESCRIPTION:R-1 Main Residency Match - 2026\n\nApplicant: Hannah Lindqvist
 \nProgram: University of Toronto - Internal Medicine - Toronto\nInterview
  date: January 27\, 2026\nTime: 08:00 - 13:00 (Eastern Time)\n\nThe progr
 am will email your Zoom link and panel assignments (two panels of faculty
  and residents) before the interview. Please ensure your CaRMS Online pro
 file is up to date.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("entrevista-pr", "e3d1a9c7-55b0-4f2e-8a6d-7c0b9e4f1a23@rcm.upr.edu",
       "Universidad de Puerto Rico - Recinto de Ciencias Médicas", "Residencia en Medicina Interna", "", "",
       "spanish-invite-puerto-rico-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PR + r"""BEGIN:VEVENT
UID:e3d1a9c7-55b0-4f2e-8a6d-7c0b9e4f1a23@rcm.upr.edu
DTSTAMP:20251106T133044Z
DTSTART;TZID=America/Puerto_Rico:20251205T090000
DTEND;TZID=America/Puerto_Rico:20251205T120000
SUMMARY;LANGUAGE=es-PR:Entrevista - Programa de Residencia en Medicina Interna (H. Lindqvist)
ORGANIZER;CN="Programa Medicina Interna RCM":mailto:medicina.interna@upr.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=es-PR:Estimada Dra. (c) Lindqvist:\n\nLe confirmamos su entrevista virtual para el Programa de Residencia en Medicina Interna del Recinto de Ciencias Médicas\, Universidad de Puerto Rico.\n\nFecha: viernes 5 de diciembre de 2025\nHora: 9:00 a.m. (hora de Puerto Rico)\nModalidad: Microsoft Teams (el enlace se enviará 24 horas antes)\n\nLa jornada incluye una presentación del Director del Programa\, dos entrevistas con facultad y una reunión con los residentes.\n\nAtentamente\,\nOficina del Programa de Medicina Interna\n
LOCATION;LANGUAGE=es-PR:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("phone-screen", "4t8qk0c2h7jv1m5e9b3n6s0pdl@google.com",
       "OhioHealth Riverside Methodist Hospital", "Internal Medicine Residency", "recruiter_screen", "raj.mehta@ohiohealth.com",
       "gcal-apd-phone-screen-before-invite",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251008T121500
DTEND;TZID=America/New_York:20251008T123000
DTSTAMP:20251003T195512Z
ORGANIZER;CN=Raj Mehta:mailto:raj.mehta@ohiohealth.com
UID:4t8qk0c2h7jv1m5e9b3n6s0pdl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
DESCRIPTION:Hi Hannah\, thanks for applying to Riverside IM. Before we sen
 d interview invitations we do a quick 15-min phone screen with local appl
 icants. I'll call you at 614-555-0187.\n\nRaj Mehta\, DO\nAssociate Progr
 am Director\, Internal Medicine\nOhioHealth Riverside Methodist Hospital
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen - Riverside IM (Dr. Mehta)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-day", "thalamus-iv-2c7e9b05-a1d3-46f8-8e24-c6b0f9d3a178@thalamusgme.com",
       "OhioHealth Riverside Methodist Hospital", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-community-program-day-after-screen",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-2c7e9b05-a1d3-46f8-8e24-c6b0f9d3a178@thalamusgme.com
DTSTAMP:20251014T190044Z
DTSTART;TZID=America/New_York:20251113T073000
DTEND;TZID=America/New_York:20251113T120000
SUMMARY:Interview Day: OhioHealth Riverside Methodist Hospital - Internal
  Medicine
LOCATION:Riverside Methodist Hospital\, McConnell Heart Health Center Aud
 itorium\, 3535 Olentangy River Rd\, Columbus OH
DESCRIPTION:Program: OhioHealth Riverside Methodist Hospital - Internal Me
 dicine - Categorical\nFormat: in person (local applicants may choose in-p
 erson or virtual)\n\nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("goto-day", "a5f2c8e1-0b7d-4c93-9e6a-1d4f7b2c8e05@christianacare.org",
       "ChristianaCare", "Internal Medicine Residency", "onsite", "",
       "goto-meeting-interview-day",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:a5f2c8e1-0b7d-4c93-9e6a-1d4f7b2c8e05@christianacare.org
DTSTAMP:20251024T140310Z
DTSTART;TZID=America/New_York:20251215T080000
DTEND;TZID=America/New_York:20251215T123000
SUMMARY:ChristianaCare IM Residency Interview Day
ORGANIZER;CN="Medicine Residency Office":mailto:medresidency@christianacare.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:ChristianaCare Internal Medicine Residency - virtual interview day.\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/318662045\n\nYou can also dial in using your phone.\nAccess Code: 318-662-045\nUnited States: +1 (872) 240-3212\n\nGet the app now and be ready when your first meeting starts: https://meet.goto.com/install\n
LOCATION:GoTo Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("phone-apd", "d29e7c41-6f0a-4b58-a3e1-9c2b5d8f0a76@mainehealth.org",
       "Maine Medical Center", "Internal Medicine Residency", "hiring_manager", "ellen.bouchard@mainehealth.org",
       "phone-interview-apd-dial-in",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:d29e7c41-6f0a-4b58-a3e1-9c2b5d8f0a76@mainehealth.org
DTSTAMP:20251118T151744Z
DTSTART;TZID=America/New_York:20251230T110000
DTEND;TZID=America/New_York:20251230T113000
SUMMARY:MMC IM - phone interview w/ Dr. Bouchard
ORGANIZER;CN="Bouchard, Ellen":mailto:Ellen.Bouchard@mainehealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Hannah - since your virtual day was cut short by the outage\, let's finish with a phone interview. I'll call your cell (614) 555-0187. If we get disconnected\, dial +1 207-555-0144.\n\nEllen Bouchard\, MD\nAssociate Program Director\, Internal Medicine Residency\nMaine Medical Center\, Portland ME\n
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("outlook-day", "040000008200E00074C5B7101A82E0080000000055C0E7B31B37DC0100000000000000001000000022E4F6A8C0B2D4F6E8A0C2E4F6A8B0C2",
       "Dartmouth Health", "Internal Medicine Residency", "onsite", "",
       "outlook-est-rural-academic-interview-day",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dartmouth IM Residency":mailto:IM.Residency@hitchcock.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dartmouth Health Internal Medicine Residency - Interview Day\n\n7:45 Log in\n8:00 Welcome\, PD\n8:30-10:00 Interviews (3)\n10:15 Virtual tour of DHMC\, Lebanon NH\n11:00 Resident panel\n\nJoin Zoom Meeting\nhttps://dartmouth.zoom.us/j/93800552147\nMeeting ID: 938 0055 2147\n
UID:040000008200E00074C5B7101A82E0080000000055C0E7B31B37DC0100000000000000001000000022E4F6A8C0B2D4F6E8A0C2E4F6A8B0C2
SUMMARY;LANGUAGE=en-US:Dartmouth Health IM Residency Interview Day
DTSTART;TZID=Eastern Standard Time:20260114T074500
DTEND;TZID=Eastern Standard Time:20260114T120000
DTSTAMP:20251113T190102Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
"""),
    iv("greenhouse-screen", "gh-interview-4417830002-9922104002@greenhouse.io",
       "AMBOSS", "Medical Student Editor (Freelance, US)", "recruiter_screen", "lena.hoffmann@amboss.com",
       "greenhouse-recruiter-screen-part-time-job",
       r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4417830002-9922104002@greenhouse.io
DTSTAMP:20250915T140512Z
DTSTART:20250923T160000Z
DTEND:20250923T163000Z
SUMMARY:Hannah Lindqvist <> AMBOSS | Recruiter Screen
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@amboss.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena.hoffmann@amboss.com
DESCRIPTION:Hi Hannah\,\n\nLooking forward to our chat about the Medical S
 tudent Editor (Freelance\, US) position! We'll talk about your background
 \, availability during your M4 year and how the editorial team works.\n\n
 Google Meet: https://meet.google.com/kdv-tqwm-bra\n\nLena Hoffmann\nTalent
  Acquisition\, AMBOSS
LOCATION:https://meet.google.com/kdv-tqwm-bra
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("fachgespraech", "gh-interview-4417830002-9922387114@greenhouse.io",
       "AMBOSS", "Medical Student Editor (Freelance, US)", "technical", "jonas.keller@amboss.com",
       "german-editing-test-review-berlin-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + BER + r"""BEGIN:VEVENT
UID:gh-interview-4417830002-9922387114@greenhouse.io
DTSTAMP:20250926T081530Z
DTSTART;TZID=Europe/Berlin:20251002T170000
DTEND;TZID=Europe/Berlin:20251002T174500
SUMMARY:Fachgespräch: Probeaufgabe (Fallvignette) - Hannah Lindqvist
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@amboss.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Dr. Jonas Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas.keller@amboss.com
DESCRIPTION:Hallo Hannah\,\n\nda du im Lebenslauf fließend Deutsch angibst
 \, führt Jonas (Senior Medical Editor\, Innere Medizin) das Fachgespräch
  auf Deutsch. Ihr besprecht deine Probeaufgabe: die Fallvignette zur Hyp
 onatriämie mit fünf Antwortoptionen und Erklärungen. Bitte halte die Da
 tei bereit.\n\nDauer: 45 Minuten\nGoogle Meet: https://meet.google.com/pf
 o-xnea-hzu\n\nViele Grüße\nLena
LOCATION:https://meet.google.com/pfo-xnea-hzu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("greenhouse-final", "gh-interview-4417830002-9922611930@greenhouse.io",
       "AMBOSS", "Medical Student Editor (Freelance, US)", "final", "r.nguyen@amboss.com",
       "greenhouse-final-with-content-lead",
       r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4417830002-9922611930@greenhouse.io
DTSTAMP:20251006T151133Z
DTSTART:20251009T213000Z
DTEND:20251009T220000Z
SUMMARY:Final Interview - Medical Student Editor - Hannah Lindqvist
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@amboss.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Rachel Nguyen;PARTSTAT=ACCEPTED:mailto:R.Nguyen@amboss.com
DESCRIPTION:Final conversation with Rachel Nguyen\, MD (Head of US Clinica
 l Content\, New York). 30 min.\n\nGoogle Meet: https://meet.google.com/rw
 b-ckzs-mya\n\nScheduled via Greenhouse. Please do not reply to this invit
 ation - contact lena.hoffmann@amboss.com with questions.
LOCATION:https://meet.google.com/rwb-ckzs-mya
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("founder-calcom", "8fQm2xVaJk1tR7pL3nZc9b@cal.com",
       "TriageLoop", "Clinical Fellow (part-time)", "hiring_manager", "ravi.shankar.dev@gmail.com",
       "founder-free-mail-cal-com-chat-about-role",
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8fQm2xVaJk1tR7pL3nZc9b@cal.com
DTSTAMP:20250929T023301Z
DTSTART:20251001T233000Z
DTEND:20251002T000000Z
SUMMARY:30 min between Ravi Shankar and Hannah Lindqvist
DESCRIPTION:What: 30 min\nInvitee Time Zone: America/New_York\nWho:\n- Rav
 i Shankar - Organizer\nravi.shankar.dev@gmail.com\n- Hannah Lindqvist\nhan
 nah.lindqvist.md@gmail.com\nWhere: Google Meet\n\nAdditional notes:\nhey!
  saw your post in the OSU med-innovation slack. we're building AI triage f
 or urgent care (TriageLoop\, 3 ppl\, pre-seed). want to talk about the par
 t-time Clinical Fellow role - 10 hrs/wk\, paid\, remote\n\nNeed to make a
  change? https://cal.com/booking/8fQm2xVaJk1tR7pL3nZc9b
ORGANIZER;CN=Ravi Shankar:mailto:ravi.shankar.dev@gmail.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.lindqvist.md@gmail.com
LOCATION:https://meet.google.com/ugs-vnrf-aea
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("agency-screen", "6c2b8e0f9d4a47e1b3a5c7d9e1f20a4b@kforce.com",
       "Cardinal Health", "Clinical Research Associate I (contract)", "recruiter_screen", "tmcallister@kforce.com",
       "agency-recruiter-employer-only-in-body",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:6c2b8e0f9d4a47e1b3a5c7d9e1f20a4b@kforce.com
DTSTAMP:20251013T183015Z
DTSTART;TZID=America/New_York:20251015T170000
DTEND;TZID=America/New_York:20251015T172000
SUMMARY:Hannah / Tyler (Kforce) - quick call
ORGANIZER;CN="McAllister, Tyler":mailto:TMcAllister@kforce.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Hi Hannah\,\n\nThanks for replying on LinkedIn. As mentioned\, my client is Cardinal Health (Dublin\, OH) - they have a 12-month contract opening for a Clinical Research Associate I in their Specialty Solutions research group\, hybrid\, start date flexible (June/July). I'd like to do a 20-min screen to go over your research experience and availability before I submit you to the hiring manager.\n\nI'll call you at 614-555-0187.\n\nTyler McAllister\nSenior Recruiter\, Scientific & Clinical | Kforce\n
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("workday-hm", "WD-INTV-00482193-2025@cardinalhealth.com",
       "Cardinal Health", "Clinical Research Associate I", "hiring_manager", "megan.oyelaran@cardinalhealth.com",
       "workday-teams-hiring-manager",
       r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:WD-INTV-00482193-2025@cardinalhealth.com
DTSTAMP:20251021T131904Z
DTSTART;TZID=America/New_York:20251027T150000
DTEND;TZID=America/New_York:20251027T154500
SUMMARY:Interview: Clinical Research Associate I (R00482193) - Hannah Lindqvist
ORGANIZER;CN=Cardinal Health Recruiting:mailto:cardinalhealth@myworkday.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Megan Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan.oyelaran@cardinalhealth.com
DESCRIPTION:Job Requisition: R00482193 Clinical Research Associate I\nCandidate: Hannah Lindqvist\nInterviewer(s): Megan Oyelaran (Manager\, Clinical Research)\nInterview Type: Video - Microsoft Teams\n\nJoin the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1OWRk%40thread.v2/0\nMeeting ID: 263 880 114 552\nPasscode: 9sQw2R\n\nThis message was sent from Workday.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("vorstellungsgespraech", "f0a1b2c3-d4e5-4f60-8192-a3b4c5d6e7f8@med.uni-heidelberg.de",
       "Universitätsklinikum Heidelberg", "Wissenschaftliche Mitarbeiterin (Research Fellow)", "hiring_manager", "katrin.albers@med.uni-heidelberg.de",
       "german-research-fellow-interview-backup-year",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + BER + r"""BEGIN:VEVENT
UID:f0a1b2c3-d4e5-4f60-8192-a3b4c5d6e7f8@med.uni-heidelberg.de
DTSTAMP:20251103T094411Z
DTSTART;TZID=Europe/Berlin:20251110T160000
DTEND;TZID=Europe/Berlin:20251110T164500
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Lindqvist - Research Fellow AG Albers (Kardiologie)
ORGANIZER;CN="Albers, Katrin Prof. Dr.";SENT-BY="mailto:sekretariat.kardio@med.uni-heidelberg.de":mailto:Katrin.Albers@med.uni-heidelberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Lindqvist\,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Wissenschaftliche Mitarbeiterin (Research Fellow\, 12 Monate\, TV-L E13) in der Arbeitsgruppe von Frau Prof. Albers\, Klinik für Kardiologie\, Angiologie und Pneumologie. Gerne laden wir Sie zu einem Vorstellungsgespräch per Zoom ein.\n\nZoom: https://uni-heidelberg.zoom-x.de/j/65012894410\nKenncode: 118204\n\nBitte beachten Sie die Zeitverschiebung (16:00 Uhr MEZ = 10:00 Uhr EST).\n\nMit freundlichen Grüßen\nSekretariat Prof. Dr. K. Albers\n
LOCATION;LANGUAGE=de-DE:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
