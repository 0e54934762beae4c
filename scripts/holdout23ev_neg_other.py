"""holdout23: events that look interview-ish but are not Amara's own job interview."""

from __future__ import annotations

from holdout23ev_ics import ME, WORK, Item, att, ev, lab, meet, meet_conf, mk, ms_extra, org, teams, webex, zoom

G = "GMT Standard Time"
L = "Europe/London"
H = "stmargarets-nhs.org.uk"


def items() -> list[Item]:
    """Given nothing returns the non-interview files."""
    out: list[Item] = []
    u = "mock-csp-careers-1"
    out.append(mk("mock-interview-csp", "en", "zoom", [ev(
        u, "Mock interview: moving from NHS physio to industry (practice)", "20261114T100000Z", "20261114T104500Z",
        loc="Zoom", desc="Practice interview with a volunteer mentor from the physio careers network. Not a real "
                         "vacancy - you'll get written feedback afterwards." + zoom("811 4420 9187"),
        organizer=org("mentoring@physiocareersnetwork.org", "Careers Network Mentoring"), attendees=(att(ME),))],
        (lab(u, False, trap="mock interview"),)))

    u = "mock-friend-gmail-2"
    out.append(mk("mock-with-friend", "en", "google", [ev(
        u, "Practice run for Kinetra interview w/ Zainab (mock)", "20261109T190000", "20261109T200000", tz=L,
        desc="Zainab plays the hiring manager, I practise the 'why leave the NHS' answer." + meet("yqp-mxaw-lor"),
        organizer=org(ME, "Amara Okafor"), attendees=(att("zainab.ali88@gmail.com", "Zainab Ali"),),
        extra=meet_conf("yqp-mxaw-lor"))],
        (lab(u, False, trap="mock interview"),), tzids=(L,)))

    u = "es-simulacro-entrevista-3"
    out.append(mk("es-simulacro", "es", "google", [ev(
        u, "Simulacro de entrevista en español (práctica con Marisa)", "20261121T110000", "20261121T120000",
        tz="Europe/Madrid", desc="Practicar respuestas en español para los procesos en Madrid. Marisa hace de "
                                 "entrevistadora. No es una entrevista real." + meet("gha-ttrm-psz", "es"),
        organizer=org(ME), attendees=(att("marisa.gc@yahoo.es", "Marisa García"),))],
        (lab(u, False, trap="mock interview"),), tzids=("Europe/Madrid",)))

    u = "webinar-medtech-careers-4"
    out.append(mk("webinar-acing-interviews", "en", "webex", [ev(
        u, "Webinar: Acing your first medtech interview - for clinicians", "20261116T180000Z", "20261116T190000Z",
        desc="Join our panel of former nurses and physios now in industry for tips on competency interviews, "
             "product demos and salary talks. 300+ registrants." + webex("2810 006 4471"),
        organizer=org("events@medtechcareershub.com", "MedTech Careers Hub"), attendees=(att(ME),))],
        (lab(u, False, trap="webinar"),)))

    u = "de-workshop-bewerbung-5"
    out.append(mk("de-workshop-vorstellungsgespraech", "de", "zoom", [ev(
        u, "Workshop: Vorstellungsgespräche auf Deutsch meistern (Online-Kurs)", "20261118T170000Z",
        "20261118T183000Z", loc="Zoom",
        desc="Kurs der Volkshochschule für internationale Fachkräfte: typische Fragen im Vorstellungsgespräch, "
             "Rollenspiele in Kleingruppen." + zoom("874 5521 3308", "de"),
        organizer=org("kurse@vhs-online-akademie.de", "VHS Online-Akademie"), attendees=(att(ME),))],
        (lab(u, False, trap="webinar"),)))

    u = "fr-atelier-entretien-6"
    out.append(mk("fr-atelier", "fr", "google", [ev(
        u, "Atelier : réussir l'entretien d'embauche dans la santé numérique", "20261123T120000Z",
        "20261123T130000Z", desc="Atelier en ligne organisé par le réseau Femmes & Santé Numérique. Mises en "
                                 "situation et conseils." + meet("ksz-qpvr-tna", "fr"),
        organizer=org("ateliers@femmes-sante-numerique.org", "Femmes & Santé Numérique"), attendees=(att(ME),))],
        (lab(u, False, trap="webinar"),)))

    u = "class-interview-skills-7"
    out.append(mk("evening-class", "en", "apple", [ev(
        u, "Interview skills class (week 3 of 4) - Manchester Adult Ed", "20261119T183000", "20261119T203000",
        tz=L, loc="Manchester Adult Education Centre, Room B12",
        desc="Topic: STAR answers and competency frameworks.")],
        (lab(u, False, trap="webinar"),), method=None, tzids=(L,)))

    u = "user-research-rehabapp-8"
    out.append(mk("user-research-interview", "en", "calendly", [ev(
        u, "User research interview - RehabIQ clinician study (£50 voucher)", "20261112T170000Z",
        "20261112T174500Z", loc="Zoom",
        desc="Event Name: Clinician research session\nWe're interviewing physiotherapists about how they set "
             "home-exercise programmes. Your answers help shape our product. Host: Mina Cho, UX Researcher"
             + zoom("855 7104 6621"),
        organizer=org("mina.cho@rehabiq.com", "Mina Cho"), attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"),))],
        (lab(u, False, trap="research/press"),)))

    u = "podcast-physio-talk-9"
    out.append(mk("podcast-guest", "en", "google", [ev(
        u, "Podcast interview: 'Physio Talk' episode recording with Amara", "20261122T150000Z", "20261122T160000Z",
        loc="Riverside.fm studio link",
        desc="Thanks for agreeing to be our guest! We'll interview you about MSK waiting lists and your move "
             "towards digital health. Recording ~45 mins.",
        organizer=org("hosts@physiotalkpodcast.co.uk", "Physio Talk Podcast"), attendees=(att(ME),))],
        (lab(u, False, trap="research/press"),)))

    u = "press-local-news-10"
    out.append(mk("press-interview-work", "en", "outlook", [ev(
        u, "Manchester Evening News interview - falls prevention clinic (Comms present)", "20261201T113000",
        "20261201T120000", tz=G, loc="Therapies reception",
        desc="Journalist will interview Amara about the new falls clinic. Comms team to attend.",
        organizer=org(f"communications@{H}", "Communications Team"),
        attendees=(att(WORK, "Okafor Amara"), att("r.shaw@men-media.co.uk", "Rachel Shaw")), extra=ms_extra())],
        (lab(u, False, trap="research/press"),), tzids=(G,)))

    u = "es-estudio-usuarios-11"
    out.append(mk("es-estudio-usuarios", "es", "zoom", [ev(
        u, "Entrevista de investigación con fisioterapeutas – estudio de usabilidad", "20261205T160000Z",
        "20261205T164500Z", desc="Estudio de experiencia de usuario de Salud Conecta: queremos conocer cómo usas "
                                 "las apps de ejercicios con tus pacientes. Compensación: 40 €."
                                 + zoom("871 2203 9941", "es"),
        organizer=org("research@saludconecta.es", "Equipo UX Salud Conecta"), attendees=(att(ME),))],
        (lab(u, False, trap="research/press"),)))

    u = "gp-appt-12"
    out.append(mk("gp-appointment", "en", "ios", [ev(
        u, "GP - Dr Hussain (bloods results)", "20261113T083000", "20261113T084500",
        loc="Didsbury Medical Practice")], (lab(u, False, trap="personal"),), method=None))

    u = "dentist-13"
    out.append(mk("dentist", "en", "apple", [ev(
        u, "Dentist check-up", "20261128T101000", "20261128T104000", tz=L, loc="Smile Dental, Withington")],
        (lab(u, False, trap="personal"),), method=None, tzids=(L,)))

    u = "citizenship-14"
    out.append(mk("residence-permit-appointment", "de", "google", [ev(
        u, "Termin Kreisverwaltungsreferat München – Beratung Anerkennung Physiotherapie", "20261204T090000",
        "20261204T093000", tz="Europe/Berlin", loc="Ruppertstraße 19, München",
        desc="Beratungsgespräch zur Anerkennung meiner Berufsqualifikation. Unterlagen: Diplom, HCPC-"
             "Registrierung, Übersetzungen.", organizer=org(ME))],
        (lab(u, False, trap="personal"),), tzids=("Europe/Berlin",)))

    u = "flat-viewing-15"
    out.append(mk("flat-viewing-amsterdam", "en", "google", [ev(
        u, "Flat viewing - De Pijp, Amsterdam (agent: Sanne)", "20261212T110000", "20261212T113000",
        tz="Europe/Amsterdam", loc="Ferdinand Bolstraat 88, Amsterdam", organizer=org(ME))],
        (lab(u, False, trap="personal"),), xprops=("X-WR-TIMEZONE:Europe/Amsterdam",)))

    u = "es-clase-16"
    out.append(mk("es-clase-espanol", "es", "ios", [ev(
        u, "Clase de español B2 – conversación", "20261117T190000", "20261117T200000",
        desc="Instituto Cervantes Manchester. Tema: hablar de tu trabajo.")],
        (lab(u, False, trap="personal"),), method=None))

    u = "birthday-17"
    out.append(mk("allday-birthday", "en", "google", [ev(
        u, "Mum's birthday", "20261206", "20261207", transp="TRANSPARENT", rrule="FREQ=YEARLY",
        organizer=org(ME))], (lab(u, False, trap="personal"),), method=None))

    u = "pdr-own-appraisal-18"
    out.append(mk("own-appraisal", "en", "outlook", [ev(
        u, "Amara - annual appraisal (PDR) with Rebecca", "20261115T100000", "20261115T110000", tz=G,
        loc="Rebecca's office", desc="Your appraisal conversation. Please complete the self-assessment form.",
        organizer=org(f"rebecca.lowe@{H}", "Lowe Rebecca"), attendees=(att(WORK, "Okafor Amara"),),
        extra=ms_extra())], (lab(u, False, trap="internal"),), tzids=(G,)))

    u = "mdt-meeting-19"
    out.append(mk("mdt-meeting", "en", "exchange", [ev(
        u, "Stroke MDT - weekly", "20261116T083000", "20261116T093000", tz=G, rrule="FREQ=WEEKLY;BYDAY=MO",
        loc="Ward 7 seminar room", organizer=org(f"stroke.team@{H}", "Stroke Team"),
        attendees=(att(WORK, "Okafor Amara"), att(f"kwame.asante@{H}", "Asante Kwame")), extra=ms_extra())],
        (lab(u, False, trap="internal"),), tzids=(G,)))

    u = "in-service-teaching-20"
    out.append(mk("in-service-training", "en", "outlook", [ev(
        u, "In-service training: Amara presenting 'Return to running after ACL reconstruction'",
        "20261124T123000", "20261124T133000", tz=G, loc="Therapies Seminar Room 1",
        desc="Lunchtime teaching for the MSK team." + teams("en"), organizer=org(WORK, "Okafor Amara"),
        attendees=(att(f"msk.team@{H}", "MSK Physiotherapy Team"),), extra=ms_extra())],
        (lab(u, False, trap="internal"),), tzids=(G,)))

    u = "rtw-interview-21"
    out.append(mk("return-to-work-interview", "en", "exchange", [ev(
        u, "Return-to-work interview (after sickness absence) - Amara / Rebecca", "20261102T093000",
        "20261102T100000", tz=G, desc="Standard RTW conversation as per the attendance policy.",
        organizer=org(f"rebecca.lowe@{H}", "Lowe Rebecca"), attendees=(att(WORK, "Okafor Amara"),),
        extra=ms_extra())], (lab(u, False, trap="internal"),), tzids=(G,)))

    u = "coffee-chat-clin-spec-22"
    out.append(mk("coffee-chat-informational", "en", "google", [ev(
        u, "Coffee with Ruth (ex-physio, now clinical specialist at Meditrak) - informational", "20261110T080000",
        "20261110T083000", tz=L, loc="Pret, Piccadilly Gardens",
        desc="Ruth kindly agreed to tell me what the field role is really like. Not an interview - just advice.",
        organizer=org(ME), attendees=(att("ruth.okonkwo@meditrak.co.uk", "Ruth Okonkwo"),))],
        (lab(u, False, trap="coffee chat"),), tzids=(L,)))

    u = "de-kaffee-23"
    out.append(mk("de-kaffee-austausch", "de", "google", [ev(
        u, "Virtueller Kaffee: Austausch mit Jana (Clinical Trainerin bei Kinvia)", "20261120T080000",
        "20261120T083000", tz="Europe/Berlin", desc="Informelles Gespräch, wie der Einstieg in die "
                                                    "Medizintechnik klappt. Kein Bewerbungsgespräch."
                                                    + meet("wer-xyzq-bmn", "de"),
        organizer=org("jana.vogel@kinvia.health", "Jana Vogel"), attendees=(att(ME),),
        extra=meet_conf("wer-xyzq-bmn"))], (lab(u, False, trap="coffee chat"),), tzids=("Europe/Berlin",)))

    u = "fr-cafe-24"
    out.append(mk("fr-cafe-reseau", "fr", "google", [ev(
        u, "Café réseau avec Mathilde (ancienne kiné, customer success chez Santéo)", "20261127T123000Z",
        "20261127T130000Z", desc="Échange informel pour comprendre le métier. Pas un entretien.",
        organizer=org(ME), attendees=(att("mathilde.roux@santeo-dispositifs.com", "Mathilde Roux"),))],
        (lab(u, False, trap="coffee chat"),)))

    u = "job-fair-25"
    out.append(mk("job-fair", "en", "google", [ev(
        u, "Healthcare & MedTech Careers Fair - Manchester Central", "20261128", "20261129",
        loc="Manchester Central Convention Complex",
        desc="Stands from 40 employers incl. medtech and insurers. Bring 10 CVs.", transp="TRANSPARENT",
        organizer=org(ME))], (lab(u, False, trap="job_fair"),), method=None))

    u = "es-feria-empleo-26"
    out.append(mk("es-feria-empleo", "es", "outlook", [ev(
        u, "Feria de Empleo Salud Digital Madrid – registro de asistente", "20261213T100000", "20261213T140000",
        tz="Romance Standard Time", loc="IFEMA, Pabellón 3",
        desc="Gracias por registrarte. Presenta este código QR en la entrada.",
        organizer=org("registro@feriasaluddigital.es", "Feria Salud Digital"), attendees=(att(ME),),
        extra=ms_extra())], (lab(u, False, trap="job_fair"),), tzids=("Romance Standard Time",)))

    u = "reference-call-27"
    out.append(mk("reference-for-colleague", "en", "outlook", [ev(
        u, "Reference call re: Kwame Asante (Spire Healthcare)", "20261126T120000", "20261126T121500", tz=G,
        loc="Phone",
        desc="Hi Amara, Kwame has given your name as a referee for our senior physio post. 15 mins to talk about "
             "his clinical work. Thanks! Olu Bello, Spire HR",
        organizer=org("olu.bello@spirehealthcare-example.co.uk", "Olu Bello"), attendees=(att(WORK, "Amara Okafor"),),
        extra=ms_extra())], (lab(u, False, trap="reference"),), tzids=(G,)))

    u = "es-referencia-28"
    out.append(mk("es-llamada-referencia", "es", "google", [ev(
        u, "Llamada de referencias sobre Laura Martín (tú eres la referencia)", "20261215T090000Z",
        "20261215T091500Z", desc="Hospital Quirónsalus quiere hablar contigo como referencia de Laura, que hizo "
                                 "sus prácticas contigo.",
        organizer=org("seleccion@quironsalus-ejemplo.es", "Selección Quirónsalus"), attendees=(att(ME),))],
        (lab(u, False, trap="reference"),)))

    u = "recruiter-generic-29"
    out.append(mk("recruiter-no-employer", "en", "google", [ev(
        u, "Intro call with Apex Talent (medtech recruiter) - career goals", "20261110T170000Z",
        "20261110T173000Z", desc="Hi Amara, great to connect on LinkedIn. Let's chat about what you're looking "
                                 "for - I work with several clinical and medtech clients and will share roles once "
                                 "I know your preferences.\nBen, Apex Talent" + meet("vbn-qqwe-zzt"),
        organizer=org("ben@apextalent.co.uk", "Ben Moss"), attendees=(att(ME),),
        extra=meet_conf("vbn-qqwe-zzt"))], (lab(u, False, trap="recruiter_no_employer"),)))

    u = "de-headhunter-30"
    out.append(mk("de-personalberater", "de", "outlook", [ev(
        u, "Telefonat mit Personalberatung MedCareer – Ihr Profil", "20261124T160000", "20261124T163000",
        tz="W. Europe Standard Time", desc="Sehr geehrte Frau Okafor, gerne möchte ich Ihr Profil und Ihre "
                                           "Wechselmotivation kennenlernen, um Ihnen passende Positionen im "
                                           "Raum München vorzuschlagen.\nStefan Bauer, MedCareer Consulting",
        organizer=org("s.bauer@medcareer-consulting.de", "Bauer, Stefan"), attendees=(att(ME),), extra=ms_extra())],
        (lab(u, False, trap="recruiter_no_employer"),), tzids=("W. Europe Standard Time",)))

    u = "prep-block-31"
    out.append(mk("prep-block", "en", "ios", [ev(
        u, "PREP: Orthovia onsite - teach-back rehearsal", "20261117T190000", "20261117T210000",
        desc="Rehearse the 10-min teach-back, print portfolio, plan train to Dublin.")],
        (lab(u, False, trap="prep"),), method=None))

    u = "tickler-32"
    out.append(mk("thankyou-reminder", "en", "thunderbird", [ev(
        u, "Send thank-you notes - Physiolink Health, Customer Success Manager", "20261113T090000Z",
        "20261113T091500Z", desc="Write down who you met and one thing you discussed with each.",
        extra=("X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thankyou/physiolink-csm"))],
        (lab(u, False, trap="tickler"),), method=None))

    u = "fr-coaching-33"
    out.append(mk("fr-coaching-carriere", "fr", "calendly", [ev(
        u, "Séance de coaching carrière – reconversion vers la medtech", "20261129T090000Z", "20261129T100000Z",
        desc="Nom de l'événement : Coaching 60 min\nCoach : Aurélie Marchetti\nObjectif : préparer les entretiens "
             "à venir et clarifier le projet.", organizer=org("aurelie@coaching-reconversion.fr",
                                                               "Aurélie Marchetti"),
        attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"),))], (lab(u, False, trap="coaching"),)))
    return out
