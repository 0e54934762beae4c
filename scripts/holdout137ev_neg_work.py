"""holdout137: career- and work-related negatives (mock, webinars, press, referee, coffee chats ...), written blind."""

from __future__ import annotations

from holdout137ev_ics import (
    APPLE,
    FREE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    WORK,
    Ev,
    att,
    meet_fr,
    org,
    teams_fr,
    vcal,
    zoom_en,
    zoom_fr,
)


def _ev(uid: str, summary: str, start: str, end: str, *, org_line: str = "", atts: tuple[str, ...] = (),
        loc: str = "", desc: str = "", extra: tuple[str, ...] = (), stamp: str = "20260406T160000Z"
        ) -> list[str | tuple[str, str]]:
    ev: list[str | tuple[str, str]] = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start, end]
    if org_line:
        ev.append(org_line)
    ev.extend(atts)
    ev.append(("SUMMARY", summary))
    if loc:
        ev.append(("LOCATION", loc))
    if desc:
        ev.append(("DESCRIPTION", desc))
    ev.extend(extra)
    ev.append("END:VEVENT")
    return ev


def _tz(d: str) -> tuple[str, str]:
    day, a, b = d.split()
    return f"DTSTART;TZID=America/Toronto:{day}T{a}00", f"DTEND;TZID=America/Toronto:{day}T{b}00"


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, ics: str, uid: str, trap: str) -> None:
        out.append(Ev(kind, ics, uid, 0, trap=trap))

    uid = "0D1C2B3A-4958-4677-8695-A4B3C2D1E0F9"
    add("mock-friend-fr", vcal(_ev(uid, "Simulation d'entrevue DA avec Julie", *_tz("20260420 1900 2030"),
                                   loc="Chez Julie (Sillery)", desc="Elle joue la DG. Questions situationnelles "
                                   "+ gestion de conflit. Me chronométrer."), prodid=APPLE, method=None,
                               tzs=("toronto",)), uid, "mock-interview-fr")

    uid = "AAMkADreleve-gestion-pratique-entrevue-c2026@cssdescapitales.qc.ca"
    add("mock-program-fr", vcal(_ev(uid, "Pratique d'entrevue – Programme de relève en gestion (cohorte 2026)",
                                    "DTSTART;TZID=Eastern Standard Time:20260408T133000",
                                    "DTEND;TZID=Eastern Standard Time:20260408T160000",
                                    org_line=org("releve.gestion@cssdescapitales.qc.ca", "Bouchard, Lyne"),
                                    atts=(att(WORK, "Gagnon, Mathieu"),), loc="Centre administratif, salle B",
                                    desc="Simulations d'entrevues de sélection pour les participants au "
                                    "programme de relève. Chaque participant passe une entrevue fictive devant "
                                    "deux directions mentors, avec rétroaction. Aucun poste n'est à pourvoir."),
                                prodid=OUTLOOK, tzs=("win",)), uid, "mock-interview-program-fr")

    uid = "zoom-webinar-89012345678-aqpde@zoom.us"
    add("webinar-fr", vcal(_ev(uid, "Webinaire : Réussir son entrevue de direction d'établissement",
                               "DTSTART:20260414T230000Z", "DTEND:20260415T003000Z",
                               org_line=org("no-reply@zoom.us", "Association québécoise des directions d'école"),
                               atts=(att(FREE, "Mathieu Gagnon"),), loc="Zoom",
                               desc="Merci de vous être inscrit(e) au webinaire « Réussir son entrevue de "
                               "direction d'établissement ».\nConférencière : Lise Morneau, ex-DG.\n\n"
                               + zoom_fr("890 1234 5678", "d2ViaW5haXJl")),
                           prodid="-//Zoom Video Communications//Zoom//FR"), uid, "webinar-interview-tips-fr")

    uid = "5u8x1a4d7g0j3m6p9s2v5y8b1e@google.com"
    add("webinar-en", vcal(_ev(uid, "Webinar: Landing Your Museum Education Job – Interview Tips",
                               *_tz("20260423 1200 1300"),
                               org_line=org("events@canmuseumsnetwork.ca", "Canadian Museums Network"),
                               atts=(att(FREE, "Mathieu Gagnon"),), loc="Zoom",
                               desc="Join our panel of hiring managers from museums across Canada for tips on "
                               "portfolios, teaching demos and interview questions.\n\n"
                               + zoom_en("851 2290 3344", "TmV0d29yaw")), prodid=GOOGLE, tzs=("toronto",)),
        uid, "webinar-en")

    uid = "AAMkADformation-comite-selection-releve@cssdescapitales.qc.ca"
    add("class-fr", vcal(_ev(uid, "Formation : se préparer à un comité de sélection",
                             "DTSTART;TZID=Eastern Standard Time:20260403T090000",
                             "DTEND;TZID=Eastern Standard Time:20260403T120000",
                             org_line=org("releve.gestion@cssdescapitales.qc.ca", "Bouchard, Lyne"),
                             atts=(att(WORK, "Gagnon, Mathieu"),), loc="Centre administratif, salle B",
                             desc="Module 4 du programme de relève : le processus de sélection des cadres, la "
                             "préparation du portfolio et les questions comportementales."),
                         prodid=OUTLOOK, tzs=("win",)), uid, "class-about-interviews-fr")

    uid = "7b0e3h6k9n2q5t8w1z4c7f0i3l@google.com"
    add("radio-fr", vcal(_ev(uid, "Entrevue CKRL 89,1 – projet « Mémoires du quartier »", *_tz("20260416 0740 0800"),
                             org_line=org("matin@ckrl.qc.ca", "L'heure du matin – CKRL"),
                             atts=(att(WORK, "Mathieu Gagnon"),), loc="Par téléphone (en direct)",
                             desc="Bonjour M. Gagnon, merci d'accepter notre invitation! L'animatrice vous "
                             "appellera à 7 h 38 pour une entrevue en direct d'environ 10 minutes sur le projet "
                             "d'histoire orale de vos élèves de 4e secondaire."), prodid=GOOGLE, tzs=("toronto",)),
        uid, "press-radio-interview-fr")

    uid = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
    add("podcast-fr", vcal(_ev(uid, "Enregistrement balado « Histoire en classe » (invité)",
                               *_tz("20260425 1000 1130"), org_line=org("balado.histoireenclasse@gmail.com",
                                                                        "Histoire en classe"),
                               atts=(att(FREE, "Mathieu Gagnon"),), loc="https://riverside.fm/studio/histoire-en-classe",
                               desc="On enregistre l'épisode 42 : enseigner la Conquête sans caricature. Je te pose "
                               "une dizaine de questions, format entrevue."), prodid=GOOGLE, tzs=("toronto",)),
        uid, "podcast-guest-interview-fr")

    uid = "ux-research-classeo-4471-mgagnon"
    add("ux-research-fr", vcal(_ev(uid, "Entretien utilisateur – plateforme Classeo (45 min, carte-cadeau 50 $)",
                                   "DTSTART:20260409T190000Z", "DTEND:20260409T194500Z",
                                   org_line=org("recherche@classeo.ca", "Recherche utilisateurs Classeo"),
                                   atts=(att(FREE, "Mathieu Gagnon"),), loc="Google Meet",
                                   desc="Merci de participer à notre étude auprès des enseignants d'univers social! "
                                   "Nous aimerions comprendre comment vous planifiez vos cours. Il ne s'agit pas "
                                   "d'une évaluation. Une carte-cadeau de 50 $ vous sera remise.\n\n"
                                   + meet_fr("ptk-arnd-vuy", "900 334 112")),
                               prodid="-//Calendly//Calendly//EN"), uid, "user-research-interview-fr")

    uid = "040000008200E00074C5B7101A82E00800000000A1A1B2B2A4D1DA01000000000000000010000000ABAB"
    add("oral-history-fr", vcal(_ev(uid, "Entrevues histoire orale – résidence Les Jardins (gr. 402 et 404)",
                                    "DTSTART;TZID=Eastern Standard Time:20260430T130000",
                                    "DTEND;TZID=Eastern Standard Time:20260430T153000",
                                    org_line=org(WORK, "Gagnon, Mathieu"),
                                    atts=(att("francine.dube@cssdescapitales.qc.ca", "Dubé, Francine"),),
                                    loc="Résidence Les Jardins de Limoilou",
                                    desc="Les élèves interviewent les résidents (projet Mémoires du quartier). "
                                    "Autobus 12 h 40. Formulaires de consentement signés."),
                                prodid=OUTLOOK, tzs=("win",)), uid, "oral-history-student-interviews-fr")

    uid = "AAMkADbilan-annuel-MGagnon-2026@cssdescapitales.qc.ca"
    add("appraisal-fr", vcal(_ev(uid, "Rencontre bilan annuel et plan de développement professionnel",
                                 "DTSTART;TZID=Eastern Standard Time:20260511T151500",
                                 "DTEND;TZID=Eastern Standard Time:20260511T160000",
                                 org_line=org("nathalie.girard@cssdescapitales.qc.ca", "Girard, Nathalie"),
                                 atts=(att(WORK, "Gagnon, Mathieu"),), loc="Bureau de la direction",
                                 desc="Bilan de l'année, objectifs 2026-2027 et formation continue. Apporte ton "
                                 "plan de développement."), prodid=OUTLOOK, tzs=("win",)), uid, "own-appraisal-fr")

    uid = "3d6g9j2m5p8s1v4y7b0e3h6k9n@google.com"
    add("coffee-fr", vcal(_ev(uid, "Café avec Marie-Ève Dion (CP univers social, CSS du Fleuve-Argenté)",
                              *_tz("20260411 0930 1030"), org_line=org(FREE, "Mathieu Gagnon"),
                              atts=(att("me.dion.cp@gmail.com", "Marie-Ève Dion"),),
                              loc="Café Krieghoff, av. Cartier",
                              desc="Lui demander à quoi ressemble une semaine de CP, l'accompagnement des "
                              "enseignants, le lien avec la direction. Pas une entrevue, elle me donne des infos."),
                          prodid=GOOGLE, tzs=("toronto",)), uid, "coffee-chat-informational-fr")

    uid = "6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com"
    add("coffee-en", vcal(_ev(uid, "Coffee chat – Mathieu / Anjali (museum education in Ottawa)",
                              *_tz("20260417 1215 1245"), org_line=org("a.singh-dubois@museememoire.ca",
                                                                       "Anjali Singh-Dubois"),
                              atts=(att(FREE, "Mathieu Gagnon"),), loc="Google Meet",
                              desc="Happy to share what working in museum education is like – informal chat, "
                              "not part of any hiring process. Anjali"), prodid=GOOGLE, tzs=("toronto",)),
        uid, "coffee-chat-en")

    uid = "salon-emploi-education-2026-quebec@evenements.qc.ca"
    add("job-fair-fr", vcal(_ev(uid, "Salon de l'emploi en éducation – Centre des congrès de Québec",
                                "DTSTART;VALUE=DATE:20260418", "DTEND;VALUE=DATE:20260419",
                                loc="Centre des congrès de Québec, 1000 boul. René-Lévesque Est",
                                desc="Plus de 40 employeurs : centres de services scolaires, collèges privés, "
                                "cégeps, musées. Entrevues éclair sur place. Apporter 15 CV."),
                            prodid="-//Eventbrite//Eventbrite//FR", method="PUBLISH"), uid, "job-fair-fr")

    uid = "AAMkADref-CLemieux-appel-20260422@cssdescapitales.qc.ca"
    add("referee-fr", vcal(_ev(uid, "Appel de référence – pour Catherine Lemieux (CSS des Hautes-Terres)",
                               "DTSTART;TZID=Eastern Standard Time:20260422T120000",
                               "DTEND;TZID=Eastern Standard Time:20260422T121500",
                               org_line=org("francois.savard@csshautesterres.gouv.qc.ca", "Savard, François"),
                               atts=(att(WORK, "Gagnon, Mathieu"),), loc="Téléphone 418 555-0144",
                               desc="Bonjour M. Gagnon, Catherine Lemieux vous a désigné comme référence pour "
                               "un poste d'enseignante chez nous. J'aurais une dizaine de questions sur votre "
                               "collaboration avec elle."), prodid=OUTLOOK, tzs=("win",)), uid, "referee-call-fr")

    uid = "1b4e7h0k3n6q9t2w5z8c1f4i7l@google.com"
    add("referee-en", vcal(_ev(uid, "Reference check: Daniel Brooks", *_tz("20260428 1630 1645"),
                               org_line=org("recruitment@ovdsb.on.ca", "Harpreet Singh"),
                               atts=(att(WORK, "Mathieu Gagnon"),), loc="Phone",
                               desc="Hi Mathieu, Daniel Brooks listed you as a reference for a teaching position. "
                               "I'll call you at 4:30 for about 15 minutes. Thanks! Harpreet"),
                           prodid=GOOGLE, tzs=("toronto",)), uid, "referee-call-en")

    uid = "8c1f4i7l0o3r6u9x2a5d8g1j4m@google.com"
    add("recruiter-noemployer-fr", vcal(_ev(uid, "Appel – Talents Éducation (opportunités de gestion)",
                                            *_tz("20260410 1215 1245"),
                                            org_line=org("c.marois@talentseducation.ca", "Catherine Marois"),
                                            atts=(att(FREE, "Mathieu Gagnon"),), loc="Téléphone",
                                            desc="Premier appel pour faire connaissance : votre parcours, vos "
                                            "attentes salariales et les types de postes qui vous intéressent. "
                                            "Je vous présenterai ensuite les mandats en cours chez nos clients."),
                                        prodid=GOOGLE, tzs=("toronto",)), uid, "recruiter-no-employer-fr")

    uid = "9d2g5j8m1p4s7v0y3b6e9h2k5n@google.com"
    add("recruiter-noemployer-en", vcal(_ev(uid, "Intro call – Northbridge Education Search",
                                            *_tz("20260415 1700 1730"),
                                            org_line=org("j.harrow@northbridgesearch.com", "James Harrow"),
                                            atts=(att(FREE, "Mathieu Gagnon"),), loc="Phone",
                                            desc="Looking forward to learning about your goals. We're currently "
                                            "running several leadership searches for independent schools in "
                                            "Eastern Ontario and Quebec."), prodid=GOOGLE, tzs=("toronto",)),
        uid, "recruiter-no-employer-en")

    uid = "2F3E4D5C-6B7A-4988-A7B6-C5D4E3F2A1B0"
    add("prep-fr", vcal(_ev(uid, "Préparer entrevue CSSMB – relire plan d'engagement vers la réussite",
                            *_tz("20260422 1930 2130"), desc="Exemples STAR : conflit parent, projet Mémoires, "
                            "leadership comité pédagogique."), prodid=APPLE, method=None, tzs=("toronto",)),
        uid, "prep-block-fr")

    uid = "AAMkADpartnerschule-leipzig-austausch@cssdescapitales.qc.ca"
    add("exchange-de", vcal(_ev(uid, "Videocall Partnerschule Leipzig – Schüleraustausch 2027",
                                "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\":"
                                "20260421T180000",
                                "DTEND;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\":"
                                "20260421T190000",
                                org_line=org("j.krause@gymnasium-leipzig-sued.de", "Krause, Jana"),
                                atts=(att(WORK, "Gagnon, Mathieu"),), loc="Microsoft Teams",
                                desc="Lieber Mathieu,\n\nwie besprochen: Planung des Austauschs 2027 "
                                "(Termine, Gastfamilien, Programm zur Geschichte der Stadt).\n\nViele Grüße\n"
                                "Jana"), prodid=OUTLOOK, tzs=("berlin_long",)), uid, "school-exchange-call-de")

    uid = "7k0n3q6t9w2z5c8f1i4l7o0r3u@google.com"
    add("webinar-es", vcal(_ev(uid, "Webinario: Entrevistas de historia oral en el aula",
                               "DTSTART:20260506T230000Z", "DTEND:20260507T000000Z",
                               org_line=org("eventos@redmuseoseducacion.org", "Red de Museos y Educación"),
                               atts=(att(FREE, "Mathieu Gagnon"),), loc="Zoom",
                               desc="Cómo preparar a los alumnos para realizar entrevistas de historia oral con "
                               "personas mayores: guion, consentimiento y archivo.\n\n"
                               + zoom_en("842 1180 2231", "UmVkTXVz")), prodid=GOOGLE), uid, "webinar-es")

    uid = "congres-aqeus-2026-mgagnon@aqeus.qc.ca"
    add("congress-fr", vcal(_ev(uid, "Congrès AQEUS 2026 – Drummondville", "DTSTART;VALUE=DATE:20260514",
                                "DTEND;VALUE=DATE:20260516", loc="Hôtel & Suites Le Dauphin, Drummondville",
                                desc="Atelier à animer vendredi 10 h : « L'histoire orale en 4e secondaire ». "
                                "Journées de libération approuvées."), prodid=THUNDERBIRD, method=None),
        uid, "congress-fr")

    uid = "AAMkADmi-stage-ERoy-superviseure@cssdescapitales.qc.ca"
    add("stagiaire-eval-fr", vcal(_ev(uid, "Évaluation mi-stage – Émilie Roy (avec la superviseure U. Laval)",
                                      "DTSTART;TZID=Eastern Standard Time:20260326T154500",
                                      "DTEND;TZID=Eastern Standard Time:20260326T163000",
                                      org_line=org("c.ahmed@fse.ulaval.ca", "Ahmed, Chantal"),
                                      atts=(att(WORK, "Gagnon, Mathieu"), att("emilie.roy.ulaval@gmail.com",
                                                                             "Roy, Émilie")),
                                      loc="École secondaire de la Cité, local 212",
                                      desc="Rencontre tripartite de mi-stage : bilan des compétences 1 à 6, "
                                      "objectifs pour la fin du stage.\n\n" + teams_fr("OTk4YWQyMzAtZDBi", "Rt5vB1")),
                                  prodid=OUTLOOK, tzs=("win",)), uid, "stagiaire-evaluation-fr")
    return out
