"""holdout135: not the user's own interviews – practice, press, CPD, clinic life, family and career admin."""

from __future__ import annotations

import holdout135ev_ics as x
from holdout135ev_ics import WORK, cal, day, ev, flt, item, me, org, teams, tz, utc, zoom

NZ = "Pacific/Auckland"


def _n(kind: str, text: str, uid: str, trap: str) -> dict:
    return item(kind, text, uid, 0, trap=trap)


def _own(uid: str, summary: str, start: str, end: str | None, desc: str | None = None, loc: str | None = None,
         prodid: str = x.GOOGLE, stamp: str = "20250905T000000Z", extra: tuple[str, ...] = ()) -> str:
    """An entry the user typed into his own calendar (no organizer)."""
    tzs = (x.AKL,) if "TZID=Pacific/Auckland" in start else ()
    return cal([ev(uid, summary, start, end, desc=desc, loc=loc, stamp=stamp, status=None, extra=extra)],
               prodid=prodid, method=None, tzs=tzs)


def events() -> list[dict]:
    out: list[dict] = []
    uid = "9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com"
    text = _own(uid, "Mock interview w/ Tania – Banksia board panel practice", tz(NZ, "20251011T100000"),
                tz(NZ, "20251011T113000"), "Tania plays the board chair. Practise 90-day plan + 'why leave "
                "Ponsonby'. Record on phone.", "Tania's place, Grey Lynn")
    out.append(_n("mock", text, uid, "mock-interview-en"))

    uid = "prep-kpn-0917@xtra.co.nz"
    text = _own(uid, "PREP: KPN technical interview – read product range + AAFCO/FEDIAF basics",
                tz(NZ, "20250918T193000"), tz(NZ, "20250918T213000"), "renal diets, weight mgmt, raw feeding Qs")
    out.append(_n("prep", text, uid, "prep-block-en"))

    uid = "bfm-pettalk-1030@waitematafm.co.nz"
    text = cal([ev(uid, "Radio interview – Pet Talk: summer heat & pets (live)", tz(NZ, "20251030T073500"),
                   tz(NZ, "20251030T075000"), organizer=org("producer@waitematafm.co.nz", "Pet Talk Producer"),
                   attendees=[me()], desc="Hi Dr Walker, you're on at 7.38am live with Lisa. Topics: heatstroke, "
                   "hot cars, paws on hot pavements. Call the studio line 09 555 0095 at 7.30.",
                   loc="Phone – studio line", stamp="20251027T000000Z")], tzs=(x.AKL,))
    out.append(_n("radio", text, uid, "press-radio-interview-en"))

    uid = "riverside-vetcouch-ep88@gmail.com"
    text = cal([ev(uid, "The Vet Couch podcast – recording (guest: Hemi Walker)", tz(NZ, "20251112T190000"),
                   tz(NZ, "20251112T200000"), organizer=org("thevetcouchpod@gmail.com", "The Vet Couch"),
                   attendees=[me()], desc="Interview-style episode on burnout and after-hours work in small "
                   "practice. Riverside link: https://riverside.fm/studio/the-vet-couch", loc="Riverside.fm",
                   stamp="20251101T000000Z")], tzs=(x.AKL,))
    out.append(_n("podcast", text, uid, "podcast-interview-en"))

    uid = "ur-vetpms-7781@clinicflow.io"
    text = cal([ev(uid, "User research interview: ClinicFlow PMS (30 min, $50 voucher)", utc("20251002T233000"),
                   utc("20251003T000000"), organizer=org("research@clinicflow.io", "ClinicFlow Research"),
                   attendees=[me(WORK)], desc="Thanks for agreeing to chat about how your clinic uses ClinicFlow "
                   "for consults and the surg list. We'll record with your consent.\n" + zoom("871 0092 3346",
                   "Cf7pQ2rTs9Lw"), loc="Zoom", stamp="20250929T000000Z")], prodid=x.GOOGLE)
    out.append(_n("user-research", text, uid, "user-research-interview-en"))

    uid = "webinar-nzva-int-skills-2025@vetlearn.co.nz"
    text = cal([ev(uid, "CPD webinar: Interviewing & hiring skills for practice leaders", tz(NZ, "20250924T193000"),
                   tz(NZ, "20250924T203000"), organizer=org("events@vetlearn.co.nz", "VetLearn"),
                   attendees=[me(WORK)], desc="Learn structured interviewing, behavioural questions and how to "
                   "avoid bias when recruiting vets and nurses. 1 CPD hour. Join: https://vetlearn.zoom.us/w/9912",
                   loc="Online", stamp="20250915T000000Z")], tzs=(x.AKL,))
    out.append(_n("webinar-interviewing", text, uid, "webinar-about-interviewing-en"))

    uid = "webinar-ckd-feline-1021@vetlearn.co.nz"
    text = cal([ev(uid, "CPD: Feline CKD update (webinar)", tz(NZ, "20251021T193000"), tz(NZ, "20251021T203000"),
                   organizer=org("events@vetlearn.co.nz", "VetLearn"), attendees=[me(WORK)],
                   desc="IRIS staging 2025, phosphate binders, SDMA. Presenter: Dr Helen Ward.", loc="Online",
                   stamp="20251001T000000Z")], tzs=(x.AKL,))
    out.append(_n("webinar-cpd", text, uid, "cpd-webinar-en"))

    uid = "leadership-m3-2025@vetleadership.org.nz"
    text = cal([ev(uid, "Vet Leadership Programme – Module 3: Recruiting, interviewing & onboarding",
                   day("20251108"), day("20251109"), organizer=org("admin@vetleadership.org.nz", "VLP Admin"),
                   attendees=[me()], desc="In-person day, Parnell. Role-plays: running a competency-based "
                   "interview. Bring your clinic's job ad.", loc="Parnell Community Centre",
                   stamp="20251020T000000Z")])
    out.append(_n("class-interviewing", text, uid, "leadership-class-about-interviews-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV40A1B2C3D4DC01000000000000000010000000PV40"
    text = cal([ev(uid, "Annual performance review – Hemi", tz("New Zealand Standard Time", "20250915T120000"),
                   tz("New Zealand Standard Time", "20250915T130000"),
                   organizer=org("richard.lowe@ponsonbyvets.co.nz", "Richard Lowe"), attendees=[me(WORK)],
                   desc="Self-review form beforehand please. Goals, CPD, dental caseload.", loc="Upstairs office",
                   stamp="20250901T000000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_n("appraisal", text, uid, "own-appraisal-en"))

    uid = "040000008200E00074C5B7101A82E00800000000PV41A1B2C3D4DC01000000000000000010000000PV41"
    text = cal([ev(uid, "Exit interview – Hemi Walker", tz("New Zealand Standard Time", "20251210T150000"),
                   tz("New Zealand Standard Time", "20251210T153000"),
                   organizer=org("sue@ponsonbyvets.co.nz", "Sue Armstrong"), attendees=[me(WORK)],
                   desc="Standard exit interview before your last day – honest feedback welcome! Sue",
                   loc="Staff room", stamp="20251201T000000Z")], prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_n("exit-interview", text, uid, "own-exit-interview-en"))

    uid = "mm-rounds-monthly@ponsonbyvets.co.nz"
    text = cal([ev(uid, "M&M", tz(NZ, "20250904T073000"), tz(NZ, "20250904T083000"),
                   organizer=org("ana.fifita@ponsonbyvets.co.nz", "Ana Fifita"), attendees=[me(WORK)],
                   desc="Cases: anaesthetic death (brachy), missed FB. Coffee provided.", loc="Staff room",
                   stamp="20250801T000000Z", extra=["RRULE:FREQ=MONTHLY;BYDAY=1TH"])], tzs=(x.AKL,))
    out.append(_n("internal-mm", text, uid, "internal-meeting-recurring-en"))

    uid = "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com"
    text = _own(uid, "surg list", tz(NZ, "20250916T083000"), tz(NZ, "20250916T123000"),
                "2x spey, 1 cat castrate, lump removal, dental (Mrs K's staffy)")
    out.append(_n("surg-list", text, uid, "clinic-shorthand-en"))

    uid = "dental-day-1008@ponsonbyvets.co.nz"
    text = _own(uid, "Dental day", day("20251008"), day("20251009"), "6 dentals booked. Keri on anaesthesia.",
                prodid=x.APPLE)
    out.append(_n("dental-day", text, uid, "clinic-all-day-en"))

    uid = "ah-roster-wk41@ponsonbyvets.co.nz"
    text = cal([ev(uid, "After-hours roster – Hemi on call", day("20251010"), day("20251013"),
                   organizer=org("sue@ponsonbyvets.co.nz", "Sue Armstrong"), attendees=[me(WORK)],
                   desc="Fri–Sun on call. Backup: Ana.", stamp="20250920T000000Z")], prodid=x.OUTLOOK)
    out.append(_n("roster", text, uid, "roster-all-day-en"))

    uid = "consults-pm-0923@xtra.co.nz"
    text = _own(uid, "consults", flt("20250923T140000"), flt("20250923T190000"), stamp="20250901T000000Z")
    out.append(_n("consults", text, uid, "clinic-shorthand-floating-en"))

    uid = "gp-greylynn-1017@xtra.co.nz"
    text = cal([ev(uid, "Dr Patel – GP (Grey Lynn Medical)", tz(NZ, "20251017T081500"), tz(NZ, "20251017T083000"),
                   organizer=org("noreply@greylynnmedical.co.nz", "Grey Lynn Medical Centre"), attendees=[me()],
                   desc="Appointment confirmed with Dr Nikhil Patel. Please arrive 5 min early.",
                   loc="Grey Lynn Medical Centre, 401 Great North Rd", stamp="20251010T000000Z")], tzs=(x.AKL,))
    out.append(_n("gp", text, uid, "personal-doctor-en"))

    uid = "C2B3A4F5-D6E7-4819-A2B3-C4D5E6F7A8B9"
    text = _own(uid, "Dentist – check + clean", tz(NZ, "20251104T073000"), tz(NZ, "20251104T081500"),
                loc="Ponsonby Dental, 150 Ponsonby Rd", prodid=x.APPLE)
    out.append(_n("dentist", text, uid, "personal-dentist-en"))

    uid = "ptint-room12-1023@ponsonbyprimary.school.nz"
    text = cal([ev(uid, "Parent-teacher interviews – Mere (Room 12)", tz(NZ, "20251023T154500"),
                   tz(NZ, "20251023T160000"), organizer=org("office@ponsonbyprimary.school.nz", "School Office"),
                   attendees=[me()], desc="Your booked slot with Whaea Jo (Room 12). 15 minutes.",
                   loc="Ponsonby Primary School, Room 12", stamp="20251015T000000Z")], tzs=(x.AKL,))
    out.append(_n("parent-teacher", text, uid, "school-parent-teacher-interviews-en"))

    uid = "enrol-int-nikau-2026@kauricollege.school.nz"
    text = cal([ev(uid, "Enrolment interview – Nīkau Walker (Year 9, 2026)", tz(NZ, "20251105T160000"),
                   tz(NZ, "20251105T163000"), organizer=org("enrolments@kauricollege.school.nz",
                                                            "Kauri College Enrolments"),
                   attendees=[me()], desc="Both parents and the student please. Bring proof of address.",
                   loc="Kauri College, Admin Block", stamp="20251020T000000Z")], tzs=(x.AKL,))
    out.append(_n("school-enrolment", text, uid, "school-enrolment-interview-en"))

    uid = "bank-mortgage-0926@harbourbank.co.nz"
    text = cal([ev(uid, "Mortgage meeting – Harbour Bank (refix)", tz(NZ, "20250926T120000"),
                   tz(NZ, "20250926T124500"), organizer=org("k.liu@harbourbank.co.nz", "Kevin Liu"),
                   attendees=[me()], desc="Refix options + what happens if we move to Sydney.",
                   loc="Harbour Bank Ponsonby branch", stamp="20250919T000000Z")], tzs=(x.AKL,))
    out.append(_n("bank", text, uid, "personal-bank-en"))

    uid = "visa-bio-1029@vfsglobal.com"
    text = cal([ev(uid, "Australian visa – biometrics appointment (482)", tz(NZ, "20251029T090000"),
                   tz(NZ, "20251029T093000"), desc="Bring passport + appointment letter. Ref AUS-AKL-559102.",
                   loc="VFS Global, Level 6, 50 Albert St, Auckland", stamp="20251020T000000Z", status=None)],
               method="PUBLISH", prodid="-//VFS Global//Appointments//EN", tzs=(x.AKL,))
    out.append(_n("visa", text, uid, "visa-appointment-en"))

    uid = "3z4x5c6v7b8n9m0a1s2d3f4g5h@google.com"
    text = cal([ev(uid, "Coffee w/ Jess Moana – what's Banksia really like?", tz(NZ, "20250920T093000"),
                   tz(NZ, "20250920T103000"), organizer=org("jess.moana@gmail.com", "Jess Moana"),
                   attendees=[me(ps="ACCEPTED")], desc="Ex-Banksia vet, happy to give you the inside view over a "
                   "flat white. No pressure!", loc="Dizengoff, Ponsonby Rd", stamp="20250916T000000Z")], tzs=(x.AKL,))
    out.append(_n("coffee-chat", text, uid, "informational-coffee-en"))

    uid = "vetfest-careers-expo-2025@vetfest.co.nz"
    text = cal([ev(uid, "VetFest 2025 – Careers Expo (exhibitor hall)", tz(NZ, "20251025T100000"),
                   tz(NZ, "20251025T160000"), desc="Clinic groups, AH companies, agencies. Bring CVs. Meet "
                   "Banksia + Wattle stands.", loc="Te Pae, Christchurch", stamp="20251001T000000Z", status=None)],
               method="PUBLISH", prodid="-//VetFest//Eventbrite//EN", tzs=(x.AKL,))
    out.append(_n("job-fair", text, uid, "careers-expo-en"))

    uid = "040000008200E00074C5B7101A82E00800000000RF23A1B2C3D4DC01000000000000000010000000RF23"
    text = cal([ev(uid, "Reference call – Sam Liu (candidate for Head Nurse, Harbourview Vets)",
                   tz("New Zealand Standard Time", "20251001T123000"), tz("New Zealand Standard Time",
                   "20251001T124500"), organizer=org("rebecca@harbourviewvets.co.nz", "Rebecca Ellis"),
                   attendees=[me(WORK)], desc="Hi Hemi, Sam has listed you as a referee for our Head Nurse role. "
                   "15 minutes by phone – I'll call your mobile.", stamp="20250926T000000Z")],
               prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(_n("referee", text, uid, "reference-call-user-is-referee-en"))

    uid = "vetsearch-chat-0912@vetsearch.com.au"
    text = cal([ev(uid, "Catch-up with Sarah – VetSearch Recruitment", tz("Australia/Sydney", "20250912T100000"),
                   tz("Australia/Sydney", "20250912T103000"), organizer=org("sarah@vetsearch.com.au",
                                                                            "Sarah Moffat"),
                   attendees=[me()], desc="Hi Hemi, great to connect! Let's chat about what you're looking for in "
                   "Sydney/Melbourne and the market for clinical leadership roles. I have a few confidential "
                   "opportunities I can tell you about.\n\n" + teams("VlNjaGF0MQ", "329 004 181 772", "Sm5Yr8"),
                   loc="Microsoft Teams", stamp="20250908T000000Z")], tzs=(x.SYD,))
    out.append(_n("recruiter-no-employer", text, uid, "recruiter-call-no-employer-en"))

    uid = "D9E8F7A6-B5C4-4D3E-2F1A-0B9C8D7E6F5A"
    text = _own(uid, "Students: EMS placement – Jess K (HCU) starts", day("20251201"), day("20251206"),
                "supervise Jess: consults w/ me, surg list Tues/Thurs. Sign logbook Fri.", prodid=x.APPLE)
    out.append(_n("student-supervision", text, uid, "student-supervision-en"))

    uid = "herald-dogbites-1107@nzherald.example"
    text = _own(uid, "NZ Herald reporter ringing – dog bite stats piece", tz(NZ, "20251107T113000"),
                tz(NZ, "20251107T114500"), "Phone interview with Kate (reporter). Keep to general advice, "
                "no clinic cases.")
    out.append(_n("press", text, uid, "press-phone-interview-en"))

    uid = "felina-webinaire-1113@felina-nutrition.fr"
    text = cal([ev(uid, "Webinaire : Nutrition du chat senior – nouveautés 2025", tz("Europe/Paris",
                   "20251113T080000"), tz("Europe/Paris", "20251113T090000"),
                   organizer=org("webinaires@felina-nutrition.fr", "Félina Nutrition – Formation"),
                   attendees=[me()], desc="Merci pour votre inscription ! Lien de connexion envoyé 1h avant. "
                   "Intervenante : Dr Hélène Marchand.", loc="En ligne", stamp="20251030T000000Z")], tzs=(x.PAR,))
    out.append(_n("webinar-fr", text, uid, "company-webinar-fr"))

    uid = "4g5h6j7k8l9z0x1c2v3b4n5m6q@google.com"
    text = _own(uid, "Clase de español – Lección 8: la entrevista de trabajo", tz(NZ, "20251015T180000"),
                tz(NZ, "20251015T190000"), "Vocabulario: entrevista, currículum, puesto. Tarea: simular una "
                "entrevista con Marta.", "Instituto Cervantes online")
    out.append(_n("class-es", text, uid, "language-class-about-job-interviews-es"))

    uid = "vetranova-karriere-webinar-0930@vetranova.de"
    text = cal([ev(uid, "Karriere-Webinar: Arbeiten bei Vetranova (APAC)", tz("Europe/Berlin", "20250930T090000"),
                   tz("Europe/Berlin", "20250930T100000"), organizer=org("karriere@vetranova.de",
                                                                         "Vetranova Karriere"),
                   attendees=[me()], desc="Lernen Sie unser Technical-Services-Team kennen. Offene Q&A-Runde, "
                   "kein Bewerbungsgespräch. Sprache: Englisch.", loc="Online (Teams Live)",
                   stamp="20250920T000000Z")], tzs=(x.BER,))
    out.append(_n("webinar-de", text, uid, "employer-info-webinar-de"))

    uid = "ty-note-banksia-1013@xtra.co.nz"
    text = _own(uid, "Send thank-you emails – Banksia panel", tz(NZ, "20251013T200000"), None,
                "Declan, Anjali, Ross. Mention the 90-day plan Q.", extra=("DURATION:PT15M",))
    out.append(_n("thank-you-reminder", text, uid, "post-interview-reminder-en"))

    uid = "osce-exam-1119@hcu.ac.nz"
    text = cal([ev(uid, "OSCE examiner – final-year vet students (station 4)", tz(NZ, "20251119T080000"),
                   tz(NZ, "20251119T170000"), organizer=org("osce@hcu.ac.nz", "HCU Vet School Assessment"),
                   attendees=[me()], desc="Thank you for examining! Station 4: client communication – "
                   "euthanasia consult. Briefing 7.30am.", loc="HCU Vet School, Clinical Skills Lab",
                   stamp="20251101T000000Z")], tzs=(x.AKL,))
    out.append(_n("examiner", text, uid, "examiner-students-en"))

    uid = "coach-int-tech-1006@careerpath.co.nz"
    text = cal([ev(uid, "Career coaching – interview technique (session 2)", tz(NZ, "20251006T181500"),
                   tz(NZ, "20251006T191500"), organizer=org("mel@careerpath.co.nz", "Mel Rangi"),
                   attendees=[me()], desc="STAR answers for leadership questions + salary negotiation.\n" +
                   zoom("877 3301 2245", "cP4kQ8sLw2Xt"), loc="Zoom", stamp="20251001T000000Z")], tzs=(x.AKL,))
    out.append(_n("coaching", text, uid, "career-coaching-en"))
    return out



