"""holdout127 negatives, part 3: career events around the job hunt that are not the user's own interview."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def n(trap: str) -> tuple:
    return (0, "", "", "", "", trap)


EVENTS = [
    ev("mock-course-en", n("mock-course-en"), r"""
BEGIN:VEVENT
UID:evb-tkt-1182274933-portfolioplus@eventbrite.com
DTSTART;TZID=Europe/London:20260221T083000
DTEND;TZID=Europe/London:20260221T170000
SUMMARY:ST3 T&O Interview Masterclass - full mock interview circuit (Portfolio Plus Courses)
DESCRIPTION:Thank you for booking! Your day includes: portfolio station practice\, clinical & technical skills scenarios\, a timed mock interview circuit with consultant examiners and individual written feedback. CPD: 7 points.\nVenue: Royal College of Surgeons of Edinburgh - Birmingham Centre.\n\nOrder #1182274933. View on Eventbrite.
LOCATION:RCSEd Birmingham Centre\, 9 Brindley Place\, Birmingham B1 2HS
ORGANIZER;CN=Portfolio Plus Courses:mailto:noreply@order.eventbrite.com
STATUS:CONFIRMED
END:VEVENT
""", "-//Eventbrite//Event Calendar//EN", method="PUBLISH", tz=("Europe/London",)),

    ev("mock-with-consultant-en", n("mock-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000MOCK20260224
ORGANIZER;CN="Beynon, Huw (Glannau Taf - T&O)":mailto:huw.beynon@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Watkins, Eleri (Glannau Taf - T&O)":mailto:eleri.watkins@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Mock ST3 interview for Rhys - clinical + portfolio stations (Huw & Eleri)
DTSTART;TZID=GMT Standard Time:20260224T171500
DTEND;TZID=GMT Standard Time:20260224T181500
LOCATION;LANGUAGE=en-GB:T&O Seminar Room
DESCRIPTION;LANGUAGE=en-GB:Practice run before national interviews next week. We'll do a 20-min clinical station (open tib fracture)\, a portfolio walk-through and feedback. Not assessed!
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("webinar-st3-en", n("webinar-en"), r"""
BEGIN:VEVENT
UID:zoom-webinar-84590012377-boa@zoom.us
DTSTART:20260115T190000Z
DTEND:20260115T203000Z
SUMMARY:BOA Trainee Webinar: Navigating ST3 T&O National Selection - the interview stations explained
DESCRIPTION:Hi Rhys Llewellyn\,\n\nThank you for registering for "Navigating ST3 T&O National Selection". Speakers: national selection lead\, recent successful candidates.\n\nJoin from a PC\, Mac\, iPad or Android: https://us06web.zoom.us/w/84590012377?tk=Qf9\nWebinar ID: 845 9001 2377\n\nYou can cancel your registration at any time.
LOCATION:https://us06web.zoom.us/w/84590012377
STATUS:CONFIRMED
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN"),

    ev("webinar-work-in-germany-de", n("webinar-de"), r"""
BEGIN:VEVENT
UID:gotowebinar-551238870-kas@goto.com
DTSTART;TZID=Europe/Berlin:20260128T180000
DTEND;TZID=Europe/Berlin:20260128T190000
SUMMARY:Info-Webinar: Als Facharzt/Fellow in Deutschland arbeiten - Approbation\, Fachsprachprüfung\, Bewerbung
DESCRIPTION:Vielen Dank für Ihre Anmeldung zum Info-Webinar der Klinikum am Schlossberg Akademie. Themen: Anerkennung ausländischer Abschlüsse\, Fachsprachprüfung\, typische Vorstellungsgespräche in deutschen Kliniken.\n\nTeilnehmen: https://attendee.gotowebinar.com/join/551238870
LOCATION:GoTo Webinar
ORGANIZER;CN=Klinikum am Schlossberg Akademie:mailto:akademie@klinikum-schlossberg.de
STATUS:CONFIRMED
END:VEVENT
""", "-//GoTo//GoTo Webinar//DE", tz=("Europe/Berlin",)),

    ev("job-fair-fr", n("job-fair-fr"), r"""
BEGIN:VEVENT
UID:salon-sante-emploi-lyon-2026-visiteur-44817@salonsanteemploi.fr
DTSTART;VALUE=DATE:20260314
DTEND;VALUE=DATE:20260315
SUMMARY:Salon Santé Emploi Lyon 2026 - badge visiteur
DESCRIPTION:Votre badge visiteur n° 44817. Plus de 80 établissements de santé recrutent : cliniques\, hôpitaux\, centres de rééducation. Conférences : « Exercer en France avec un diplôme étranger ».
LOCATION:Palais des Congrès\, Lyon
TRANSP:TRANSPARENT
END:VEVENT
""", "-//Salon Sante Emploi//Billetterie//FR", method="PUBLISH"),

    ev("webinar-homologacion-es", n("webinar-es"), r"""
BEGIN:VEVENT
UID:webinar-homologacion-20260217-medicos@colegiomedicosvalencia.es
DTSTART;TZID=Europe/Madrid:20260217T190000
DTEND;TZID=Europe/Madrid:20260217T200000
SUMMARY:Webinar: Homologación del título de especialista para médicos extracomunitarios y del Reino Unido
DESCRIPTION:Gracias por inscribirse. Ponentes del Colegio de Médicos. Enlace de Zoom: https://us02web.zoom.us/j/81230044715
LOCATION:Zoom
ORGANIZER;CN=Colegio de Médicos:mailto:formacion@colegiomedicosvalencia.es
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/Madrid",)),

    ev("careers-fair-en", n("job-fair-en"), r"""
BEGIN:VEVENT
UID:bmj-careers-fair-london-2026-rl@bmj.com
DTSTART;TZID=Europe/London:20260307T093000
DTEND;TZID=Europe/London:20260307T163000
SUMMARY:BMJ Careers Fair London - incl. Working in Australia & NZ seminar 11:00
DESCRIPTION:Registration confirmed. Talk to recruiters from hospitals and health services in the UK and abroad\, CV clinic\, interview skills seminar.
LOCATION:Business Design Centre\, Islington\, London
ORGANIZER;CN=BMJ Careers Events:mailto:careersfair@bmj.com
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("reference-call-referee-en", n("reference-referee-en"), r"""
BEGIN:VEVENT
UID:sunrise-ref-check-7710-pnair@sunrisemedical.co.uk
DTSTART:20260122T123000Z
DTEND:20260122T124500Z
SUMMARY:Reference call - Dr Priya Nair (FY2) - you are listed as her referee
DESCRIPTION:Hi Dr Llewellyn\, Dr Priya Nair has named you as a clinical referee for a locum SHO post we are placing her in. 10-15 minutes: dates you worked together\, clinical competence\, any concerns. Thank you!\nJade - Compliance\, Sunrise Medical Recruitment
ORGANIZER;CN=Jade Kimber:mailto:jade.kimber@sunrisemedical.co.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK),

    ev("recruiter-call-no-employer-en", n("recruiter-no-employer-en"), r"""
BEGIN:VEVENT
UID:6a1r3c8u9i0t2e4r5c6a7l8l9z@google.com
DTSTART:20260113T173000Z
DTEND:20260113T174500Z
SUMMARY:Call w/ Tom (MedStaff Locums) - locum reg work in SW England
DESCRIPTION:Tom Riley\, MedStaff Locums - 'several trusts' looking for T&O middle grades\, £80-95/hr. Ask about weekends only. Not committing to anything.
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH"),

    ev("aus-agency-intro-no-employer-en", n("recruiter-no-employer-au-en"), r"""
BEGIN:VEVENT
UID:sxm-intro-rllewellyn-20260109@southerncrossmed.com.au
DTSTART:20260109T210000Z
DTEND:20260109T213000Z
SUMMARY:Intro call - Southern Cross Medical Recruitment - fellowships in Australia
DESCRIPTION:Hi Rhys\, lovely to connect on LinkedIn. Quick intro call to understand what you're after - sub-specialty\, states\, timing - and explain AHPRA registration and how fellowship interviews work over here. No specific roles yet\, I'll shortlist some after.\nChloe Barnes
ORGANIZER;CN=Chloe Barnes:mailto:chloe.barnes@southerncrossmed.com.au
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK),

    ev("coffee-chat-consultant-en", n("coffee-chat-en"), r"""
BEGIN:VEVENT
UID:1c0f2f3e4e5c6h7a8t9x0y1z2a@google.com
DTSTART;TZID=Europe/London:20260112T124500
DTEND;TZID=Europe/London:20260112T131500
ORGANIZER;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Olivia Grant:mailto:olivia.grant@nhs.net
SUMMARY:Coffee w/ Ms Grant - what's the Bristol trauma fellowship really like?
DESCRIPTION:informal\, she did it 2022-23. Ask about rota\, logbook numbers\, which consultants to approach. Costa by main entrance.
LOCATION:Costa\, UHGT main entrance
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/London",)),

    ev("informal-visit-en", n("informal-visit-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000INF20260105
ORGANIZER;CN="Akhtar, Saima (PA to Mr Hargreaves)":mailto:saima.akhtar@pwnt.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
SUMMARY;LANGUAGE=en-GB:Informal enquiry call about the F&A fellow post (prior to application) - Mr Hargreaves
DTSTART;TZID=GMT Standard Time:20260105T123000
DTEND;TZID=GMT Standard Time:20260105T124500
LOCATION;LANGUAGE=en-GB:Mr Hargreaves will call your mobile
DESCRIPTION;LANGUAGE=en-GB:As per the advert ("informal enquiries and visits welcome")\, Mr Hargreaves is happy to chat about the post before the closing date. This is not part of the selection process.
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("prep-block-en", n("prep-block-en"), r"""
BEGIN:VEVENT
UID:8p1r2e3p4b5l6o7c8k9s0t3a5b@google.com
DTSTART;TZID=Europe/London:20260301T100000
DTEND;TZID=Europe/London:20260301T160000
SUMMARY:ST3 interview prep - portfolio evidence folder + 10 clinical scenarios + NICE NOF guidance
DESCRIPTION:record myself answering 'why T&O' / 'tell us about a time...'. Ring Carys re clinical station.
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("offers-release-en", n("offers-release-en"), r"""
BEGIN:VEVENT
UID:hand-st3-offers-20260402@google.com
DTSTART;TZID=Europe/London:20260402T100000
DTEND;TZID=Europe/London:20260402T103000
SUMMARY:ST3 offers released on Oriel (10am) - 48h to accept/hold
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("mrcs-osce-exam-en", n("exam-osce-en"), r"""
BEGIN:VEVENT
UID:rcs-mrcs-partb-2026-02-cand-40771@rcseng.local
DTSTART;TZID=Europe/London:20260209T080000
DTEND;TZID=Europe/London:20260209T130000
SUMMARY:MRCS Part B OSCE - Candidate 40771 - 18 stations (anatomy\, communication\, clinical)
DESCRIPTION:Report to registration at 08:00 with photo ID and admission document. Examiners will assess you at each station\; the communication stations include history taking from a simulated patient.
LOCATION:Royal College Examination Centre\, London
ORGANIZER;CN=MRCS Examinations:mailto:mrcs.exams@rcs-exams.example.org
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz=("Europe/London",)),

    ev("self-assessment-deadline-en", n("application-deadline-en"), r"""
BEGIN:VEVENT
UID:st3-selfassess-deadline-2026@google.com
DTSTART;VALUE=DATE:20260120
DTEND;VALUE=DATE:20260121
SUMMARY:DEADLINE: ST3 T&O self-assessment evidence upload (Oriel/portfolio) 4pm
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, method="PUBLISH"),

    ev("es-meeting-en", n("own-supervisor-meeting-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000ES20260126
ORGANIZER;CN="Watkins, Eleri (Glannau Taf - T&O)":mailto:eleri.watkins@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:ES meeting - midpoint review + ST3 application support (Rhys)
DTSTART;TZID=GMT Standard Time:20260126T130000
DTEND;TZID=GMT Standard Time:20260126T133000
LOCATION;LANGUAGE=en-GB:CD office
DESCRIPTION;LANGUAGE=en-GB:Educational supervisor meeting: review ISCP\, PBAs\, sign self-assessment evidence\, interview tips.
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),
]
