"""holdout51: other negatives (mock, webinars, research/press, personal, internal, coffees, referee, prep)."""

from __future__ import annotations

from holdout51ev_ics import ME_W, ME_Y, P_APPLE, P_EXCH, P_IOS, P_OUTLOOK, P_TB, att, meet, one, org, teams, zoom

CHI = "America/Chicago"
WIN = "Central Standard Time"


def _n(kind: str, uid: str, summ: str, s: str, e: str | None, tz: str | None, trap: str,
       **kw: object) -> dict[str, object]:
    return one(kind, uid, summ, s, e, tz, (0, "", "", "", "", trap), **kw)  # type: ignore[arg-type]


def events() -> list[dict[str, object]]:
    o = [
        _n("mock-en", "coach-mock-0309@leadwellcoaching.com", "Mock interview - Director of Nursing (practice)",
           "20250309T180000", "20250309T190000", "Z", "mock-coach-en",
           organizer=org("dana@leadwellcoaching.com", "Dana Whitaker"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Practice panel: I'll play the CNO and CFO. We'll record and review.\n\n" +
           zoom("701 552 9980", "TGVhZFd")),
        _n("mock-peer-en", "9F0E1D2C-MOCK-PEER", "Mock interview w/ Tanya (she plays CEO)", "20250330T190000",
           "20250330T200000", None, "mock-peer-hand-en", desc="practice for Prairie Ridge final",
           prodid=P_IOS, method=None, status=None),
        _n("webinar-en", "aonl-webinar-0313@aonl.org", "Webinar: Interviewing for Your First Director Role",
           "20250313T180000", "20250313T190000", CHI, "webinar-en",
           organizer=org("events@aonl.org", "Nurse Leader Network Events"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Join panelists for tips on executive nursing interviews, 30-60-90 plans and salary talks.\n\n"
           + zoom("850 2211 0099", "d2ViaW5h")),
        _n("class-es", "curso-entrevistas-0322@colegioenfermeria.org",
           "Taller: Cómo preparar entrevistas de liderazgo en enfermería", "20250322T100000", "20250322T130000",
           CHI, "workshop-es", organizer=org("talleres@colegioenfermeria.org", "Asociación de Enfermeras Latinas"),
           attendees=[att(ME_Y, "Marcus Webb")], desc="Taller presencial. Incluye simulacros de entrevista en "
           "parejas.", loc="Instituto Cervantes Chicago, 31 W Ohio St"),
        _n("userresearch-en", "careloop-ux-0324@careloop.io", "CareLoop user interview - nurse manager workflows",
           "20250324T190000", "20250324T194500", "Z", "user-research-interview-en",
           organizer=org("research@careloop.io", "CareLoop Research"), attendees=[att(ME_W, "Marcus Webb")],
           desc="Thanks for joining our research study! We'll ask about how you build schedules and handle call-"
           "offs. $100 gift card for 45 minutes. This is not a job interview.\n\n" + meet("cl-ux-res-424")),
        _n("userresearch-de", "ux-studie-0327@pflegecloud.de", "Nutzerinterview: Dienstplanung auf Station",
           "20250327T150000", "20250327T160000", "Europe/Berlin", "user-research-interview-de",
           organizer=org("ux@pflegecloud.de", "Pflegecloud UX Research"), attendees=[att(ME_W, "Marcus Webb")],
           desc="Hallo Marcus, danke für die Teilnahme an unserer Nutzerstudie zur Dienstplanung. Das Gespräch "
           "findet auf Englisch statt; Aufwandsentschädigung 100 USD.\n\n" + meet("pfc-ux-stud", "de")),
        _n("press-en", "tribune-0318@chicagotribune-example.com",
           "Interview with Chicago Tribune re: nurse staffing ratios", "20250318T120000", "20250318T123000", CHI,
           "press-interview-en", organizer=org("kmiles@tribune-news.com", "Kate Miles"),
           attendees=[att(ME_W, "Marcus Webb"), att("media@lakeshorehealth.org", "Lakeshore Media Relations")],
           desc="Phone interview for a story on the Illinois staffing bill. Media Relations will listen in."),
        _n("podcast-en", "nlp-podcast-ep88@nurseleaderpod.com", "Podcast recording: Nurse Leader Pod ep. 88",
           "20250402T200000", "20250402T210000", "Z", "podcast-interview-en",
           organizer=org("host@nurseleaderpod.com", "Renata Silva"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Guest interview about leading a med-surg unit through turnover. Riverside.fm link in email."),
        _n("doctor-en", "F5A1B2C3-DR-0311", "Dr. Feldman - annual physical", "20250311T080000",
           "20250311T090000", CHI, "personal-doctor-en", loc="Northwestern Medicine, 675 N St Clair",
           prodid=P_APPLE, method=None, status=None),
        _n("dentist-es", "0A9B8C7D-DENT-ES", "Cita con el dentista (Dra. Salinas)", "20250325T173000",
           "20250325T181500", None, "personal-dentist-es", prodid=P_IOS, method=None, status=None),
        _n("bank-en", "chase-appt-0329@chase-appointments.com", "Appointment: mortgage pre-approval",
           "20250329T100000", "20250329T110000", CHI, "personal-bank-en",
           organizer=org("noreply@bankappointments.com", "Your Bank"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Meeting with a Home Lending Advisor. Bring two pay stubs and W-2s."),
        _n("visa-en", "vfs-bio-0409@appointments.example.ca", "Biometrics appointment - Canada work permit",
           "20250409T090000", "20250409T093000", CHI, "personal-visa-en",
           organizer=org("no-reply@vfsglobal-appointments.com", "Application Support Center"),
           attendees=[att(ME_Y, "Marcus Webb")], desc="Bring passport and the Biometric Instruction Letter.",
           loc="USCIS ASC, 101 W Congress Pkwy, Chicago"),
        _n("school-en", "cps-conf-0410@schools.example.org", "Parent-teacher conference - Ava (Gr. 7)",
           "20250410T163000", "20250410T164500", CHI, "personal-school-en",
           organizer=org("mrs.odell@lincolnpark-ms.org", "Mrs. O'Dell"), attendees=[att(ME_Y, "Marcus Webb")]),
        _n("internal-en", "040000008200E00074C5B7101A82E00800000000LKS-STAFFING-COMM",
           "Nurse Staffing Committee - monthly", "20250312T080000", "20250312T090000", WIN, "internal-meeting-en",
           organizer=org("cno.office@lakeshorehealth.org", "CNO Office"), attendees=[att(ME_W, "Webb, Marcus")],
           desc=teams("9910023341"), prodid=P_EXCH),
        _n("internal-tjc-en", "lks-tjc-mock-survey@lakeshorehealth.org",
           "Joint Commission mock tracer - 6 West", "20250320T090000", "20250320T110000", CHI, "internal-tracer-en",
           organizer=org("quality@lakeshorehealth.org", "Quality Dept"), attendees=[att(ME_W, "Marcus Webb")],
           desc="Mock surveyors will interview staff on 6 West about restraints and fall prevention."),
        _n("appraisal-en", "040000008200E00074C5B7101A82E00800000000LKS-APPRAISAL-MW",
           "Annual performance review - Marcus Webb", "20250314T140000", "20250314T150000", WIN,
           "own-appraisal-en", organizer=org("dfranklin@lakeshorehealth.org", "Franklin, Diane"),
           attendees=[att(ME_W, "Webb, Marcus")], desc="Self-evaluation due beforehand in Workday.",
           prodid=P_OUTLOOK),
        _n("stay-interview-en", "lks-stay-ivw-0402@lakeshorehealth.org", "Stay interview - Marcus Webb",
           "20250402T130000", "20250402T133000", CHI, "own-stay-interview-en",
           organizer=org("hrbp@lakeshorehealth.org", "HR Business Partner"),
           attendees=[att(ME_W, "Marcus Webb"), att("dfranklin@lakeshorehealth.org", "Diane Franklin")],
           desc="Retention conversation: what keeps you at Lakeshore Health, what might make you leave."),
        _n("exit-interview-en", "lks-exit-ivw-tb@lakeshorehealth.org", "Exit interview (HR) - my last week?",
           "20250530T100000", "20250530T103000", CHI, "own-exit-interview-en",
           desc="tentative - only if I accept an offer. HR exit interview with Natalie", prodid=P_TB, method=None),
        _n("coffee-en", "3h7k1m9q0coffee@google.com", "Coffee w/ Janelle (former colleague, now CNO at Prairie "
           "Ridge)", "20250308T093000", "20250308T103000", CHI, "informational-coffee-en",
           organizer=org("janelle.ward@gmail.com", "Janelle Ward"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Catch up + she'll tell me what the DON role there is really like. Not an interview, just coffee.",
           loc="Intelligentsia, Millennium Park"),
        _n("coffee-fr", "cafe-reseau-0405@gmail.com", "Café réseau avec Sophie (Santé Nordique)",
           "20250405T140000", "20250405T143000", "Z", "informational-coffee-fr",
           organizer=org("sophie.lavoie.rn@gmail.com", "Sophie Lavoie"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Petit échange informel sur le marché des soins à Toronto - pas d'entretien, juste des conseils.\n\n" +
           meet("cfr-res-eau", "fr")),
        _n("jobfair-en", "ina-careerfair-0426@illinoisnurses.org", "Illinois Nurse Leaders Career Expo",
           "20250426", "20250427", "DATE", "job-fair-attendee-en",
           organizer=org("expo@nurseleadersil.org", "Nurse Leaders of Illinois"),
           attendees=[att(ME_Y, "Marcus Webb")], desc="Registered attendee. 60+ employers; bring printed CVs.",
           loc="Donald E. Stephens Convention Center, Rosemont"),
        _n("referee-en", "ref-call-0317-nirh@gmail.com", "Reference call - for Angela Kim (she's applying to "
           "Rush)", "20250317T120000", "20250317T121500", CHI, "referee-en",
           organizer=org("talent.refs@hiringhub-mail.com", "Reference Check"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="You were listed as a professional reference for Angela Kim, RN. The call takes about 15 minutes."),
        _n("referee-es", "referencia-0411@gmail.com", "Llamada de referencia sobre Raúl Gómez", "20250411T110000",
           "20250411T111500", CHI, "referee-es", organizer=org("rrhh.saludnorte@gmail.com", "RRHH"),
           attendees=[att(ME_W, "Marcus Webb")], desc="Raúl le indicó como referencia laboral. Gracias por su "
           "tiempo."),
        _n("recruiter-noemployer-en", "intro-0306@apexhealthsearch.com",
           "Intro call - nurse executive opportunities (Apex Health Search)", "20250306T160000", "20250306T163000",
           CHI, "recruiter-no-employer-en", organizer=org("jmartin@apexhealthsearch.com", "Jordan Martin"),
           attendees=[att(ME_Y, "Marcus Webb")], desc="Get to know you, your goals and comp expectations. I have "
           "several confidential DON searches across the Midwest.", prodid=P_OUTLOOK),
        _n("recruiter-noemployer-de", "erstgespraech-0316@healthtalents.de",
           "Erstgespräch - Karriereoptionen Health-Tech (vertraulich)", "20250316T160000", "20250316T163000",
           "W. Europe Standard Time", "recruiter-no-employer-de",
           organizer=org("m.krueger@healthtalents.de", "Krüger, Markus"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Unverbindliches Kennenlernen: Ihre Ziele, mögliche Mandate im Health-Tech-Umfeld. Der Kunde wird "
           "erst später genannt.", prodid=P_OUTLOOK),
        _n("recruiter-noemployer-es", "llamada-0323@talentosalud.com", "Llamada con reclutadora - oportunidades",
           "20250323T170000", "20250323T173000", CHI, "recruiter-no-employer-es",
           organizer=org("andrea@talentosalud.com", "Andrea Ruiz"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Conversación general sobre vacantes de liderazgo en enfermería bilingüe. Aún sin cliente concreto."),
        _n("prep-en", "6A5B4C3D-PREP-PRH", "Prep: Prairie Ridge final (30-60-90, questions)", "20250401T190000",
           "20250401T210000", CHI, "prep-block-en", prodid=P_APPLE, method=None, status=None),
        _n("prep-es", "B7C8D9E0-PREP-ES", "Preparar entrevista Alianza Latina - repasar español médico",
           "20250316T200000", "20250316T210000", None, "prep-block-es", prodid=P_IOS, method=None, status=None),
        _n("travel-en", "CE12AB34-FLIGHT-MSP", "Flight UA 1432 ORD-MSP", "20250429T111000", "20250429T123500",
           "Z", "travel-en", prodid=P_IOS, method=None, status=None,
           loc="O'Hare International Airport"),
        _n("charge-orientation-en", "lks-orient-0407@lakeshorehealth.org",
           "New hire orientation welcome - 6 West (J. Ortiz)", "20250428T070000", "20250428T080000", CHI,
           "internal-onboarding-en", organizer=org(ME_W, "Marcus Webb"),
           attendees=[att("jortiz@lakeshorehealth.org", "Jasmine Ortiz")],
           desc="Welcome Jasmine! Unit tour and preceptor intro."),
        _n("class-fr", "webinaire-0319@soigneo.fr", "Webinaire : l'entretien d'embauche en santé numérique",
           "20250319T160000", "20250319T170000", "Europe/Paris", "webinar-fr",
           organizer=org("evenements@soigneo.fr", "Soigneo Événements"), attendees=[att(ME_Y, "Marcus Webb")],
           desc="Webinaire gratuit : comment réussir vos entretiens dans la santé numérique. Inscription confirmée."),
        _n("ted-guest-en", "uic-guest-lecture-0415@uic.edu", "Guest lecture: NURS 512 Leadership (interviewing "
           "skills)", "20250415T173000", "20250415T190000", CHI, "guest-lecture-en",
           organizer=org("prof.lee@uic.edu", "Prof. Dana Lee"), attendees=[att(ME_W, "Marcus Webb")],
           desc="Marcus speaks about how nurse managers interview new grads."),
    ]
    return o
