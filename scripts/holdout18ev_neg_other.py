"""holdout18: events that are not Ravi Menon's job interview (mock, classes, press, personal, internal, ...)."""

from __future__ import annotations

from holdout18ev_ics import ME, WORK, Att, Case, Ev, meet, teams, webex, zoom

R = Att(ME, "Ravi Menon")
W = Att(WORK, "Menon, Ravi")


def _neg(kind: str, lang: str, style: str, evs: list[Ev], trap: str, method: str = "REQUEST", xwr: str = "") -> Case:
    return Case(kind, lang, style, evs, False, trap=trap, method=method, xwr=xwr)


def _en() -> list[Case]:
    out: list[Case] = []
    out.append(_neg("mock-friend", "en", "google", [Ev(
        "5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com", "Mock interview with Deepa (PM practice)", "20261205T110000",
        "20261205T120000", zone="Europe/Berlin", organizer=("Deepa Raman", "deepa.raman.pm@gmail.com"),
        attendees=[Att("deepa.raman.pm@gmail.com", "Deepa Raman", partstat="ACCEPTED"), R],
        desc="I'll play the hiring manager at a fictional e-bike startup, then feedback. Bring your product-sense "
             "answers.\n\n" + meet("mcx-uaqe-fob"))], "mock_interview"))
    out.append(_neg("webinar", "en", "zoom", [Ev(
        "zoom-webinar-9912003-ravi@zoom.us", "Webinar: Breaking into Hardware Product Management - interview tips",
        "20261203T180000", "20261203T190000", form="utc", organizer=("Hardware PM Guild", "events@hwpmguild.org"),
        attendees=[R],
        desc="Thank you for registering. Our panel shares how hardware PM interviews differ from software ones: "
             "product sense, trade-off questions and the take-home.\n\n" + zoom("99120033471"))],
                 "webinar_about_interviews"))
    out.append(_neg("user-research", "en", "calendly", [Ev(
        "calendly-ev-UXR81KQ@calendly.com", "Ravi Menon and Beth Carver", "20261208T150000", "20261208T154500",
        form="utc", organizer=("Beth Carver", "beth.carver@torqlink.io"), attendees=[R],
        desc="Event Name: Customer interview - CAD engineers (user research, 45 min, €50 voucher)\n\nThanks for "
             "helping us understand how design engineers manage tolerance data. This is not a sales call.\n\n"
             "Location: Zoom https://us06web.zoom.us/j/81203377214")], "user_research"))
    out.append(_neg("podcast", "en", "google", [Ev(
        "7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com", "Podcast recording: 'Career Switchers' ep. 42 - interview with Ravi",
        "20261210T170000", "20261210T180000", zone="Europe/London", organizer=("Kate Morrow",
            "kate@careerswitchers.fm"),
        attendees=[Att("kate@careerswitchers.fm", "Kate Morrow", partstat="ACCEPTED"), R],
        desc="Thanks for agreeing to be interviewed on the show about moving from mechanical design into product. "
             "We record on Riverside: https://riverside.fm/studio/career-switchers")], "podcast_interview"))
    out.append(_neg("dentist", "en", "ios", [Ev(
        "1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F", "Dentist - Dr. Albers", "20261202T083000", "20261202T090000",
        form="floating", location="Königstraße 12, Stuttgart")], "personal", method=""))
    out.append(_neg("coffee-info", "en", "google", [Ev(
        "9j1l3n5p7r9t1v3x5z7b9d1f3h@google.com", "Coffee with Tom Hale (Voltaris) - informational", "20261207T083000",
        "20261207T091500", zone="Europe/London", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED"), Att("tom.hale@voltaris-robotics.com", "Tom Hale")],
        desc="Ex-colleague of Hannah. Just want to hear what the PM team is like day to day - not part of the "
             "process.")], "coffee_chat_informational"))
    out.append(_neg("reference-call", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000201",
        "Reference call re: Lukas Meier", "20261209T120000", "20261209T122000", zone="GMT Standard Time", form="bare",
        organizer=("Grace Holt", "grace.holt@anvilworks.co.uk"), attendees=[W, Att("grace.holt@anvilworks.co.uk",
                                                                                  "Grace Holt")],
        desc="Hi Ravi, Lukas gave you as a reference for our Senior Design Engineer role. 20 minutes about working "
             "with him at Kessler would be great.\n\n" + teams("22019384711"))], "reference_call_user_is_reference"))
    out.append(_neg("recruiter-intake", "en", "google", [Ev(
        "2l4n6p8r0t2v4x6z8b0d2f4h6j@google.com", "Intro call - Ravi Menon / Keystone Search", "20261201T170000",
        "20261201T173000", zone="Europe/London", organizer=("Harriet Oduya", "harriet@keystonesearch.co.uk"),
        attendees=[Att("harriet@keystonesearch.co.uk", "Harriet Oduya", partstat="ACCEPTED"), R],
        desc="Great to connect on LinkedIn. I'd like to understand what you're looking for (hardware PM, medtech or "
             "IoT) so I can keep you in mind for upcoming mandates. No specific role yet.\n\n" + meet("sfw-ohqk-rmp"))],
        "recruiter_no_employer"))
    out.append(_neg("internal-review", "en", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000203",
        "Design review: seat rail bracket rev C", "20261203T130000", "20261203T140000", zone="W. Europe Standard Time",
        form="bare", organizer=("Frey, Markus", "m.frey@kessler-automotive.com"),
        attendees=[W, Att("m.frey@kessler-automotive.com", "Frey, Markus"),
                   Att("t.kaya@kessler-automotive.com", "Kaya, Tarik")], location="Raum B2.10")], "internal_meeting"))
    out.append(_neg("job-fair", "en", "eventbrite", [Ev(
        "eventbrite-88120344-ravi@eventbrite.com", "Hardware & Robotics Career Fair Munich 2026", "20261212T100000",
        "20261212T160000", zone="Europe/Berlin", location="MOC Veranstaltungscenter, Lilienthalallee 40, München",
        desc="Your ticket: General admission. Meet 40+ employers hiring in robotics, IoT and mobility. Bring CVs.")],
        "job_fair", method="PUBLISH"))
    out.append(_neg("exit-ish-1on1", "en", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000205",
        "Annual performance review - Ravi", "20261215T100000", "20261215T110000", zone="W. Europe Standard Time",
        organizer=("Albrecht, Karin", "k.albrecht@kessler-automotive.com"),
        attendees=[W, Att("k.albrecht@kessler-automotive.com", "Albrecht, Karin")],
        desc="Yearly review and goals for 2027. Please fill in the self-assessment beforehand.")], "internal_meeting"))
    out.append(_neg("mock-coach", "en", "calcom", [Ev(
        "calcom-MOCK7pQ2@cal.com", "Interview rehearsal: Voltaris final (coaching)", "20261213T100000",
        "20261213T110000", form="utc", organizer=("Rachel Kim", "rachel@pmcoachlab.com"), attendees=[R],
        desc="What: Mock final-round session\nNotes from Ravi: rehearse the Voltaris panel, esp. 'tell me about a "
             "failed launch'.\nWhere: https://cal.com/video/MOCK7pQ2")], "mock_interview"))
    return out


def _de() -> list[Case]:
    out: list[Case] = []
    out.append(_neg("de-workshop", "de", "google", [Ev(
        "4n6p8r0t2v4x6z8b0d2f4h6j8l@google.com", "Workshop: Vorstellungsgespräche souverän meistern (VDI)",
        "20261205T140000", "20261205T170000", zone="Europe/Berlin", organizer=("VDI Bezirksverein",
            "karriere@vdi-bv-wue.de"),
        attendees=[R], location="VDI-Haus, Hamestr. 2-4, Stuttgart",
        desc="Praxisworkshop für Ingenieur:innen: typische Fragen, Gehaltsverhandlung, Rollenspiele.")],
        "class_about_interviews"))
    out.append(_neg("de-arzt", "de", "apple", [Ev(
        "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E", "Physio Rücken", "20261204T073000", "20261204T081500",
        zone="Europe/Berlin", location="Physio am Feuersee, Stuttgart")], "personal", method=""))
    out.append(_neg("de-jobmesse", "de", "google", [Ev(
        "6p8r0t2v4x6z8b0d2f4h6j8l0n@google.com", "Jobmesse bonding Stuttgart", "20261209", "20261210", form="allday",
        organizer=("Ravi Menon", ME), attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED")],
        desc="Stände von Medtech- und Automatisierungsfirmen, evtl. Flowmatik. Lebenslauf ausdrucken.")], "job_fair"))
    out.append(_neg("de-referenz", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000303",
        "Referenzgespräch zu Frau Anja Kurz", "20261210T160000", "20261210T162000", zone="W. Europe Standard Time",
        form="bare", organizer=("Dietrich, Uwe", "u.dietrich@brennwald-technik.de"),
        attendees=[R, Att("u.dietrich@brennwald-technik.de", "Dietrich, Uwe")],
        desc="Guten Tag Herr Menon,\n\nFrau Kurz hat Sie als Referenz angegeben. Ich würde Ihnen gern ein paar "
             "Fragen zu ihrer Arbeit als Konstrukteurin stellen.\n\nUwe Dietrich, Brennwald Technik")],
        "reference_call_user_is_reference"))
    out.append(_neg("de-headhunter", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000304",
        "Kennenlernen – Ravi Menon / Kaiser Executive Search", "20261203T120000", "20261203T123000",
        zone="W. Europe Standard Time", organizer=("Kaiser, Florian", "f.kaiser@kaiser-search.de"),
        attendees=[R, Att("f.kaiser@kaiser-search.de", "Kaiser, Florian")],
        desc="Hallo Herr Menon,\n\nich würde Sie gerne unverbindlich kennenlernen, um Ihre Wechselwünsche zu "
             "verstehen. Konkrete Mandate besprechen wir danach.\n\n" + teams("33810294471", "de"))],
        "recruiter_no_employer"))
    out.append(_neg("de-abteilung", "de", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000305",
        "Jour fixe Konstruktion Sitzsysteme", "20261207T090000", "20261207T093000", zone="W. Europe Standard Time",
        form="bare", rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=2", organizer=("Frey, Markus", "m.frey@kessler-automotive.com"),
        attendees=[W, Att("m.frey@kessler-automotive.com", "Frey, Markus")],
        desc="Wöchentlicher Abgleich: Terminplan, offene Zeichnungsänderungen, Prototypen.")], "internal_meeting"))
    out.append(_neg("de-mock-arbeitsagentur", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000306",
        "Bewerbungstraining: Probeinterview Product Owner", "20261211T100000", "20261211T113000",
        zone="W. Europe Standard Time", form="bare", organizer=("Lenz, Miriam", "m.lenz@karrierewerk-coaching.de"),
        attendees=[R, Att("m.lenz@karrierewerk-coaching.de", "Lenz, Miriam")],
        desc="Übungsgespräch mit Videoaufzeichnung und Feedback. Kein echtes Vorstellungsgespräch – wir simulieren "
             "ein Interview für eine PO-Stelle.")], "mock_interview"))
    return out


def _fr() -> list[Case]:
    out: list[Case] = []
    out.append(_neg("fr-presse", "fr", "google", [Ev(
        "8r0t2v4x6z8b0d2f4h6j8l0n2p@google.com", "Interview presse – L'Usine Nouvelle (sièges auto)", "20261204T110000",
        "20261204T113000", zone="Europe/Paris", organizer=("Sophie Renard", "s.renard@usinenouvelle-presse.fr"),
        attendees=[Att("s.renard@usinenouvelle-presse.fr", "Sophie Renard", partstat="ACCEPTED"), W],
        desc="Interview pour notre article sur l'allègement des structures de sièges. Validé par la communication "
             "de Kessler Automotive.")], "press_interview"))
    out.append(_neg("fr-cafe", "fr", "ios", [Ev(
        "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F7A", "Café avec Julien (ex-Alpilink) – conseils réseau", "20261206T100000",
        "20261206T110000", form="floating", location="Café Le Dauphin, Grenoble")], "coffee_chat_informational",
        method=""))
    out.append(_neg("fr-salon", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000403",
        "Forum emploi Aerospace Valley – Toulouse", "20261216T093000", "20261216T170000", zone="Romance Standard Time",
        form="bare", organizer=("Aerospace Valley Événements", "evenements@av-forum.fr"), attendees=[R],
        location="MEETT, Toulouse",
        desc="Votre inscription au forum emploi est confirmée. Plus de 60 entreprises recrutent sur place.")],
        "job_fair"))
    out.append(_neg("fr-webinar", "fr", "webex", [Ev(
        "webex-2810093311-fr@webex.com", "Webinaire APEC : réussir son entretien d'embauche en anglais",
        "20261208T123000", "20261208T133000", form="utc", organizer=("APEC Webinaires", "webinaires@apec-events.fr"),
        attendees=[R], desc="Merci pour votre inscription.\n\n" + webex("28100933114"))], "webinar_about_interviews"))
    out.append(_neg("fr-reference", "fr", "google", [Ev(
        "0t2v4x6z8b0d2f4h6j8l0n2p4r@google.com", "Prise de références – Mme Chloé Vidal", "20261214T170000",
        "20261214T172000", zone="Europe/Paris", organizer=("Bastien Roy", "bastien.roy@aerovia.fr"),
        attendees=[Att("bastien.roy@aerovia.fr", "Bastien Roy", partstat="ACCEPTED"), R],
        desc="Bonjour Ravi, Chloé Vidal postule chez nous et vous a cité comme référence (vous avez encadré son "
             "stage). 15 minutes suffiront.\n\n" + meet("rnd-eoqt-wui", "fr"))], "reference_call_user_is_reference"))
    out.append(_neg("fr-perso", "fr", "google", [Ev(
        "2v4x6z8b0d2f4h6j8l0n2p4r6t@google.com", "Rendez-vous préfecture – titre de séjour", "20261217T093000",
        "20261217T101500", zone="Europe/Paris", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED")], location="Préfecture de l'Isère, Grenoble",
        desc="Apporter passeport, contrat, photos.")], "personal"))
    return out


def _es() -> list[Case]:
    out: list[Case] = []
    out.append(_neg("es-investigacion", "es", "google", [Ev(
        "4x6z8b0d2f4h6j8l0n2p4r6t8v@google.com", "Entrevista de usuario – Sensalia (estudio UX)", "20261211T120000",
        "20261211T124500", zone="Europe/Madrid", organizer=("Clara Mir", "clara.mir@sensalia.com"),
        attendees=[Att("clara.mir@sensalia.com", "Clara Mir", partstat="ACCEPTED"), R],
        desc="Hola Ravi, gracias por participar en nuestro estudio con ingenieros de diseño sobre la app de "
             "configuración de sensores. No tiene relación con procesos de selección.\n\n" + meet("uxs-ikqb-zme",
                 "es"))],
        "user_research_at_applied_company"))
    out.append(_neg("es-clase", "es", "zoom", [Ev(
        "zoom-curso-77102-es@zoom.us", "Clase 3: Entrevistas de trabajo para perfiles técnicos", "20261202T190000",
        "20261202T203000", form="utc", organizer=("Escuela de Producto BCN", "cursos@escuelaproducto.es"),
        attendees=[R], desc="Curso online de Product Management. Hoy: cómo preparar entrevistas.\n\n"
                            + zoom("77102839914", "es"))], "class_about_interviews"))
    out.append(_neg("es-cafe", "es", "google", [Ev(
        "6z8b0d2f4h6j8l0n2p4r6t8v0x@google.com", "Café con Marta (Mediqa) – charla informal", "20261203T093000",
        "20261203T101500", zone="Europe/Madrid", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED"), Att("marta.pons@mediqa.health", "Marta Pons")],
        location="Satan's Coffee Corner, Barcelona",
        desc="Conocida de un amigo, trabaja en producto. Solo para saber cómo es trabajar allí.")],
        "coffee_chat_informational"))
    out.append(_neg("es-headhunter", "es", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E55BDB0100000000000000001000000504",
        "Llamada con Ravi Menon – Talento Industrial Partners", "20261207T160000", "20261207T163000",
        zone="Romance Standard Time", organizer=("Ortega, Raúl", "r.ortega@talento-industrial.es"),
        attendees=[R, Att("r.ortega@talento-industrial.es", "Ortega, Raúl")],
        desc="Hola Ravi, una primera llamada para conocer tu perfil y tus expectativas. Trabajo varias búsquedas "
             "confidenciales en automatización; te contaré más si encaja.")], "recruiter_no_employer"))
    out.append(_neg("es-personal", "es", "ios", [Ev(
        "F7A8B9C0-D1E2-4F3A-8B4C-5D6E7F8A9B0C", "Entrevista con el casero – piso Gràcia", "20261219T110000",
        "20261219T114500", form="floating", location="Carrer de Verdi 31, Barcelona")], "personal_called_entrevista",
        method=""))
    return out


def cases() -> list[Case]:
    """Given nothing returns the non-interview cases that are not about the user's own hiring side."""
    return _en() + _de() + _fr() + _es()
