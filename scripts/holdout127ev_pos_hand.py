"""holdout127 interviews, part 5: hand-typed entries, odd time shapes, a series with an override, a cancellation."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iOS 18.2//EN"

EVENTS = [
    ev("hand-floating-phone-en", (1, "Severnside Independent Hospital", "RMO", "recruiter_screen", "",
                                  "hand-floating-en"), r"""
BEGIN:VEVENT
UID:1hv2p8s0d6tq4lr9e3mkb7c5ag@google.com
DTSTART:20260115T124500
DTEND:20260115T130500
SUMMARY:phone intv - Severnside Independent Hosp RMO (their recruiter rings me)
DESCRIPTION:between ward round + clinic. have rota pattern q's ready
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH"),

    ev("hand-allday-travel-en", (1, "Northwold Teaching Hospitals NHS Trust", "trauma fellow", "", "",
                                 "hand-allday-en"), r"""
BEGIN:VEVENT
UID:6cq0ns4m2tq9ai7g1o0rl8v3kf@google.com
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
SUMMARY:INTERVIEW - Northwold (Norwich) trauma fellow post
DESCRIPTION:05:52 Cardiff Central -> Norwich (change Peterborough). A/L approved (rota swapped w/ Dafydd). Take portfolio folder + logbook printout.
LOCATION:Northwold General Hospital\, Norwich
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
""", GOOGLE, method="PUBLISH", cal="X-WR-CALNAME:Rhys\nX-WR-TIMEZONE:Europe/London"),

    ev("hand-utc-aus-en", (1, "Bellbird Bay Hospital", "", "", "",
                           "hand-utc-en"), r"""
BEGIN:VEVENT
UID:b3kq7mfn0j6s2v9r1l5t8d4pgc@google.com
DTSTART:20260304T073000Z
DTEND:20260304T081500Z
SUMMARY:Zoom - Bellbird Bay fellowship interview (6.30pm Sydney!)
DESCRIPTION:link in email from CHLHD med workforce. Referees told. Suit jacket + scrubs bottoms lol
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH"),

    ev("recurring-override-aus-en", (1, "Moreton Bay Orthopaedic Institute", "Sports & Arthroscopy Fellowship", "",
                                     "jess.nguyen@mboi.com.au;dr.liam.obrien@mboi.com.au",
                                     "recurring-override-en"), r"""
BEGIN:VEVENT
UID:mboi-fellowship-2027-interviews-llewellyn@mboi.com.au
DTSTART;TZID=Australia/Brisbane:20260311T170000
DTEND;TZID=Australia/Brisbane:20260311T174500
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:MBOI Fellowship 2027 - Interview (Part 1: clinical vignettes)
ORGANIZER;CN=MBOI Fellowship Office:mailto:fellowship@mboi.com.au
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Dr Jess Nguyen;ROLE=REQ-PARTICIPANT:mailto:jess.nguyen@mboi.com.au
LOCATION:Zoom - https://mboi.zoom.us/j/81907733521
DESCRIPTION:Moreton Bay Orthopaedic Institute\, Brisbane - Sports & Arthroscopy Fellowship 2027.\nPart 1 (day 1): three clinical vignettes (ACL revision\, shoulder instability\, paediatric sports injury) with Dr Jess Nguyen.\nPart 2 (day 2): interview with the Fellowship Director\, Dr Liam O'Brien.\nTimes shown in Brisbane time (AEST\, no daylight saving).
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:mboi-fellowship-2027-interviews-llewellyn@mboi.com.au
RECURRENCE-ID;TZID=Australia/Brisbane:20260312T170000
DTSTART;TZID=Australia/Brisbane:20260312T180000
DTEND;TZID=Australia/Brisbane:20260312T183000
SUMMARY:MBOI Fellowship 2027 - Interview (Part 2: Fellowship Director)
ORGANIZER;CN=MBOI Fellowship Office:mailto:fellowship@mboi.com.au
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Dr Liam O'Brien;ROLE=REQ-PARTICIPANT:mailto:dr.liam.obrien@mboi.com.au
LOCATION:Zoom - https://mboi.zoom.us/j/81907733521
DESCRIPTION:Part 2 moved one hour later at Dr O'Brien's request (theatre). 30 minutes with the Fellowship Director.
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Australia/Brisbane",)),

    ev("cancel-method-en", (1, "West Mercia Hospitals NHS Trust", "Trust Grade Registrar (Orthopaedics)", "",
                            "simon.carver@westmercia.nhs.uk", "cancelled-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000002C1D0E9F7A8BDC01000000000000000010000000E8D7C6B5A493
ORGANIZER;CN="Carver, Simon":mailto:simon.carver@westmercia.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Trust Grade Registrar (Orthopaedics) - West Mercia Hospitals
DTSTART;TZID=GMT Standard Time:20260218T160000
DTEND;TZID=GMT Standard Time:20260218T163000
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Apologies Rhys - the post has been put on hold pending a rota review\, so I have to cancel our interview. Medical Staffing will be in touch if it is re-advertised.\n\nSimon Carver\nClinical Lead T&O\, West Mercia Hospitals NHS Trust
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
""", OUTLOOK, method="CANCEL", tz=("GMT Standard Time",)),

    ev("hand-outlook-al-en", (1, "Hywel Teifi University Health Board", "SAS post", "",
                              "", "hand-outlook-leave-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B6A5F4E3D28BDC01000000000000000010000000C7B6A5F4E3D2
SUMMARY:A/L - interview Carmarthen (Hywel Teifi SAS post)
DTSTART;TZID=GMT Standard Time:20260127T120000
DTEND;TZID=GMT Standard Time:20260127T170000
LOCATION:Ysbyty Glan Teifi
DESCRIPTION:half day A/L approved by rota co-ord. M4 ~1h30. Interview 14:00.
CLASS:PRIVATE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
SEQUENCE:0
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz=("GMT Standard Time",)),

    ev("apple-hand-private-hospital-en", (1, "Harbourgate Hospital", "RMO", "onsite", "",
                                          "apple-hand-en"), r"""
BEGIN:VEVENT
CREATED:20260203T221045Z
UID:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9
DTSTART;TZID=Europe/London:20260210T150000
DTEND;TZID=Europe/London:20260210T163000
SUMMARY:Harbourgate RMO interview - Hospital Director + Mr Bevan
LOCATION:Harbourgate Hospital\nHarbour Drive\, Cardiff Bay\, CF10 4PA
DESCRIPTION:2nd stage\, in person. Ask about indemnity + RMO flat.
TRANSP:OPAQUE
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
""", APPLE, method=None, cal="CALSCALE:GREGORIAN"),

    ev("hand-gcal-private-practice-en", (1, "Cardiff Knee & Hip Clinic", "fellow", "hiring_manager", "Mr Vaughan",
                                         "hand-boss-en"), r"""
BEGIN:VEVENT
UID:4rr8ce0l5oj2l1s7u9t3qv6hkm@google.com
DTSTART;TZID=Europe/London:20260122T183000
DTEND;TZID=Europe/London:20260122T191500
SUMMARY:Interview w/ Mr Vaughan - Cardiff Knee & Hip Clinic fellow post
LOCATION:Cardiff Knee & Hip Clinic\, 112 Cathedral Rd\, Cardiff CF11 9LQ
DESCRIPTION:his rooms after clinic. 1 yr fellow\, 50/50 NHS + private lists
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", cal="X-WR-TIMEZONE:Europe/London", tz=("Europe/London",)),

    ev("thunderbird-selection-day-en", (1, "Severn Skies Air Ambulance", "Pre-Hospital Care Doctor", "onsite",
                                        "dr.kate.marsh@severnskies.org.uk;pete.holloway@severnskies.org.uk",
                                        "thunderbird-selection-en"), r"""
BEGIN:VEVENT
CREATED:20260116T094502Z
LAST-MODIFIED:20260116T094911Z
DTSTAMP:20260116T094911Z
UID:a8c3f0e2-1d4b-4e77-b5a9-6c2d1e0f9b38
SUMMARY:Selection day - Pre-Hospital Care Doctor - Severn Skies Air Ambulance
ORGANIZER;CN=Kate Marsh:mailto:dr.kate.marsh@severnskies.org.uk
ATTENDEE;RSVP=TRUE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;RSVP=TRUE;CN=Pete Holloway;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:pete.holloway@severnskies.org.uk
DTSTART:20260305T090000
DTEND:20260305T160000
LOCATION:Severn Skies Airbase\, Filton\, Bristol
DESCRIPTION:Selection day for the 2026 cohort: simulated RTC scenario in the aircraft mock-up\, then a 30-min interview with Dr Kate Marsh (Medical Director) and Pete Holloway (Lead Critical Care Paramedic). Bring flying-suit size and ID.
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"),

    ev("outlook-sportklinik-de", (1, "Sportklinik Allgäu", "Assistenzarzt Sportorthopädie (m/w/d)", "",
                                  "t.brandner@sportklinik-allgaeu.de",
                                  "outlook-windows-zone-de"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B58BDC0100000000000000001000000099AA88BB77CC
ORGANIZER;CN="Sekretariat Chefarzt Dr. Brandner":mailto:chefarzt.sekretariat@sportklinik-allgaeu.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brandner, Thomas Dr.":mailto:t.brandner@sportklinik-allgaeu.de
SUMMARY;LANGUAGE=de-DE:Einladung zum Vorstellungsgespräch - Herr Llewellyn
DTSTART;TZID=W. Europe Standard Time:20260305T113000
DTEND;TZID=W. Europe Standard Time:20260305T121500
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Llewellyn\,\n\nHerr Chefarzt Dr. Brandner freut sich auf das Gespräch mit Ihnen zur Stelle als Assistenzarzt Sportorthopädie (m/w/d) in unserer Sportklinik Allgäu in Oberstdorf.\n\nMit freundlichen Grüßen\nSandra Huber\nChefarztsekretariat\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTI2Nj>\nBesprechungs-ID: 377 615 902 431\nPasscode: e7Gk2V\n________________________________________________________________________________
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("W. Europe Standard Time",)),

    ev("zoom-final-direccion-es", (1, "Grupo Sanitario Levante", "Médico adjunto de Traumatología", "final",
                                   "dir.medica@gslevante.es", "zoom-final-es"), r"""
BEGIN:VEVENT
UID:zoom-88230561945-20260212@gslevante.es
DTSTART;TZID=Europe/Madrid:20260212T130000
DTEND;TZID=Europe/Madrid:20260212T134500
SUMMARY:Entrevista final con Dirección Médica - Médico adjunto Traumatología - R. Llewellyn
ORGANIZER;CN=Dirección Médica GSL:mailto:dir.medica@gslevante.es
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Selección RR. HH.;ROLE=OPT-PARTICIPANT:mailto:rrhh.seleccion@gslevante.es
DESCRIPTION:Grupo Sanitario Levante le invita a la entrevista final con la Dirección Médica (Dra. Amparo Ferrer). Recursos Humanos asistirá solo para la parte de condiciones.\n\nUnirse a la reunión Zoom\nhttps://gslevante.zoom.us/j/88230561945?pwd=Uk9QZ0x\n\nID de reunión: 882 3056 1945\nCódigo de acceso: 553201
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
""", "-//zoom.us//iCalendar Event//ES", tz=("Europe/Madrid",)),

    ev("wttj-rh-fr", (1, "Clinique des Cèdres", "Médecin assistant en orthopédie", "recruiter_screen",
                      "lea.martin@cliniquedescedres.fr", "welcome-to-the-jungle-fr"), r"""
BEGIN:VEVENT
UID:wttj-6d1e9c2b-77f3-4c8a-a0b1-3f5e2d4c6a88
DTSTART;TZID=Europe/Paris:20260206T093000
DTEND;TZID=Europe/Paris:20260206T100000
SUMMARY:Entretien RH avec Léa Martin - Clinique des Cèdres
DESCRIPTION:Bonjour Rhys\,\n\nVotre premier échange avec Léa Martin (Chargée de recrutement) est confirmé pour le poste de Médecin assistant en orthopédie à la Clinique des Cèdres (Annecy).\n\nVisio : https://meet.google.com/ghu-vpqe-zcw\n\nPlanifié via Welcome to the Jungle.
ORGANIZER;CN=Léa Martin:mailto:lea.martin@cliniquedescedres.fr
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", "-//Welcome to the Jungle//WTTJ Scheduler//FR", tz=("Europe/Paris",)),

    ev("aus-agency-names-employer-en", (1, "Moreton Bay Orthopaedic Institute", "Sports & Arthroscopy Fellowship",
                                        "recruiter_screen", "chloe.barnes@southerncrossmed.com.au", "agency-au-en"), r"""
BEGIN:VEVENT
UID:sxm-7714-screening-rllewellyn@southerncrossmed.com.au
DTSTART:20260203T200000Z
DTEND:20260203T203000Z
SUMMARY:Screening call - MBOI Sports & Arthroscopy Fellowship (Brisbane)
DESCRIPTION:Hi Rhys\, Chloe here from Southern Cross Medical Recruitment. Before I submit your CV to Moreton Bay Orthopaedic Institute for the 2027 fellowship\, I'd like a 30 min screening call: AHPRA pathway\, dates\, logbook numbers\, visa (482). I'll call you on WhatsApp.\nChloe Barnes\, Senior Consultant - Fellowships
ORGANIZER;CN=Chloe Barnes:mailto:chloe.barnes@southerncrossmed.com.au
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
LOCATION:WhatsApp call
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK),

    ev("own-board-next-post-en", (1, "Glannau Taf University Health Board", "Senior Clinical Fellow in T&O (Aug 2026)", "",
                                  "eleri.watkins@wales.nhs.uk;huw.beynon@wales.nhs.uk", "current-employer-next-post-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A78BDC01000000000000000010000000AB12CD34EF56
ORGANIZER;CN="Medical Staffing (Glannau Taf)":mailto:medical.staffing.gtuhb@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Watkins, Eleri (Glannau Taf - T&O)":mailto:eleri.watkins@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Beynon, Huw (Glannau Taf - T&O)":mailto:huw.beynon@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Interview - Senior Clinical Fellow T&O (Aug 2026) - Dr R Llewellyn (internal applicant)
DTSTART;TZID=GMT Standard Time:20260312T163000
DTEND;TZID=GMT Standard Time:20260312T170000
LOCATION;LANGUAGE=en-GB:T&O Seminar Room\, Level 2\, University Hospital Glannau Taf
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nThank you for applying for the Senior Clinical Fellow post in Trauma & Orthopaedics starting August 2026. Your interview panel will be Miss Eleri Watkins (Clinical Director) and Mr Huw Beynon (Consultant). As an internal applicant your clinical references are already on file.\n\nMedical Staffing\, Glannau Taf University Health Board
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),
]

FORMS = {
    "Severnside Independent Hospital": "Severnside Independent|Severnside Independent Hosp",
    "Bellbird Bay Hospital": "",
    "Moreton Bay Orthopaedic Institute": "MBOI",
    "West Mercia Hospitals NHS Trust": "West Mercia Hospitals",
    "Harbourgate Hospital": "Harbourgate",
    "Cardiff Knee & Hip Clinic": "Cardiff Knee and Hip Clinic",
    "Severn Skies Air Ambulance": "Severn Skies",
    "Sportklinik Allgäu": "",
    "Clinique des Cèdres": "",
    "Glannau Taf University Health Board": "Glannau Taf UHB|GTUHB|Glannau Taf Health Board",
}
