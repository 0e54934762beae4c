"""holdout32 negatives other than the user as interviewer."""

from __future__ import annotations

from holdout32ev_ical import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    Entry,
    alarm,
    att,
    cal,
    ev,
    meet,
    meet_props,
    ms_extra,
    neg,
    org,
    room,
    teams,
    webex,
    zoom,
)

B = "brenner-zulieferteile.de"


def entries() -> list[Entry]:
    out: list[Entry] = []
    a = out.append

    a(neg("mock-friend", "de", cal([ev(
        "3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F", "Probe-Interview mit Deniz (sie spielt Recruiterin)",
        "20261201T190000", "20261201T200000", tz="Europe/Berlin",
        desc="Übung für Voltara: Deniz stellt typische PM-Fragen, ich antworte. Aufnehmen!",
        people=[])], IOS, method=None, tzs=("Europe/Berlin",)), "mock"))

    a(neg("mock-coach", "en", cal([ev(
        "mock-2026-12-05-mehmet@careerlift.coach", "Mock interview: Product Manager (hardware) – practice session",
        "20261205T100000Z", "20261205T110000Z", tz=None,
        desc="Practice interview with your coach Hannah Price. We'll simulate a hiring-manager round for a "
             "robotics PM role and debrief afterwards. This is not a real interview.\n\n"
             + zoom("Hannah Price", "88811122233", "Q2FyZWVy"),
        people=[org("hannah@careerlift.coach", "Hannah Price"), att(ME_PRIV, "Mehmet Yilmaz")])],
        "-//zoom.us//iCalendar Event//EN", tzs=()), "mock"))

    a(neg("mock-alumni", "de", cal([ev(
        "alumni-mock-771@hs-esslingen.de", "Übungsinterview Alumni-Mentoring (Systems Engineering)",
        "20261206T100000", "20261206T110000", tz="Europe/Berlin",
        desc="Im Rahmen des Alumni-Mentorings führt Dr. Paul Renner ein simuliertes Vorstellungsgespräch mit Ihnen. "
             "Anschließend Feedback.",
        people=[org("mentoring@hs-esslingen.de", "Alumni-Mentoring HS Esslingen"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("paul.renner@gmx.net", "Paul Renner")])], OUTLOOK, tzs=("Europe/Berlin",)), "mock"))

    a(neg("webinar-vdi", "de", cal([ev(
        "webinar-4412@vdi-wissensforum.de", "Webinar: Erfolgreich im Vorstellungsgespräch als Ingenieur",
        "20261203T180000", "20261203T193000", tz="Europe/Berlin",
        desc="Vielen Dank für Ihre Anmeldung! Referentin: Karin Ostermann, Karriereberaterin.\n\n"
             + webex("vdi-wissensforum", "27455501123", "Vdi2026"),
        people=[org("events@vdi-wissensforum.de", "VDI Wissensforum"), att(ME_PRIV, "Mehmet Yılmaz")])],
        OUTLOOK, tzs=("Europe/Berlin",)), "webinar"))

    a(neg("webinar-en", "en", cal([ev(
        "evt-9928113@eventbrite.com", "Live webinar: Cracking the Product Manager interview (hardware edition)",
        "20261208T170000Z", "20261208T180000Z", tz=None,
        desc="Thanks for registering. Speakers: former PM leads from medical-device and robotics companies share "
             "what they ask in interviews. Join link: https://zoom.us/w/93300112233",
        people=[org("noreply@eventbrite.com", "Eventbrite")])], "-//Eventbrite//Eventbrite//EN", tzs=()),
        "webinar"))

    a(neg("class-vhs", "de", cal([ev(
        "vhs-kurs-26W-4410@vhs-stuttgart.de", "Kurs: Bewerbungstraining – Vorstellungsgespräche üben (Termin 2/3)",
        "20261210T183000", "20261210T210000", tz="Europe/Berlin", loc="VHS Stuttgart, TREFFPUNKT Rotebühlplatz",
        desc="Kursleitung: Ute Brandner. Rollenspiele zu Vorstellungsgesprächen.", people=[])],
        GOOGLE, method="PUBLISH", tzs=("Europe/Berlin",)), "class"))

    a(neg("user-research", "en", cal([ev(
        "ux-study-22-mehmet@userinterviews.com", "User interview: CAD workflow study (paid, 60 min)",
        "20261204T160000Z", "20261204T170000Z", tz=None,
        desc="Thanks for joining our research study about CAD collaboration tools. You'll be interviewed by "
             "researcher Tom Becker from Gridform. EUR 80 incentive.\n\n" + meet("grf-uxst-qpa"),
        people=[org("tom.becker@gridform.design", "Tom Becker"), att(ME_PRIV, "Mehmet Yilmaz")],
        extra=meet_props("grf-uxst-qpa"))], GOOGLE, tzs=()), "user_research"))

    a(neg("press-interview", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000EEFCFF00AE5EDB01000000000000000010000000B007",
        "Interview Stuttgarter Zeitung – Thema Leichtbau bei Zulieferern", "20261207T110000", "20261207T114500",
        lang="de-DE",
        desc="Die Redakteurin Sandra Weil möchte Herrn Yilmaz für einen Artikel über Leichtbau interviewen. "
             "Abstimmung mit Unternehmenskommunikation erfolgt.",
        people=[org(f"kommunikation@{B}", "Unternehmenskommunikation"), att(ME_WORK, "Yilmaz, Mehmet"),
                att("s.weil@stz.zgs.de", "Sandra Weil")],
        extra=ms_extra())], OUTLOOK), "press"))

    a(neg("podcast", "en", cal([ev(
        "riverside-rec-5521@riverside.fm", "Podcast recording – \"Engineers in Transition\" ep. 48 guest interview",
        "20261212T150000Z", "20261212T160000Z", tz=None,
        desc="Hi Mehmet, thanks for being our guest! Host Nina Kovač will interview you about moving from "
             "mechanical design into product. Studio link: https://riverside.fm/studio/engineers-in-transition",
        people=[org("nina@engineersintransition.fm", "Nina Kovač"), att(ME_PRIV, "Mehmet Yilmaz")])],
        GOOGLE, tzs=()), "podcast"))

    a(neg("dentist", "de", cal([ev(
        "termin-88121@doctolib.de", "Zahnarzt Dr. Haug – Kontrolle", "20261202T073000", "20261202T080000",
        tz="Europe/Berlin", loc="Praxis Dr. Haug, Königstraße 1, Stuttgart", people=[])],
        "-//Doctolib//Doctolib//DE", method="PUBLISH", tzs=("Europe/Berlin",)), "personal"))

    a(neg("kfz", "de", cal([ev(
        "9E8D7C6B-5A49-4837-A261-504F3E2D1C0B", "Reifenwechsel Golf", "20261205T090000", "20261205T093000",
        tz=None, loc="ATU Feuerbach", people=[])], IOS, method=None, tzs=()), "personal"))

    a(neg("bank-termin", "de", cal([ev(
        "beratung-33112@bw-bank.de", "Beratungsgespräch Baufinanzierung", "20261209T170000", "20261209T180000",
        tz="Europe/Berlin",
        desc="Sehr geehrter Herr Yılmaz, wir bestätigen Ihr Beratungsgespräch mit Herrn Oliver Hahn.",
        people=[org("oliver.hahn@bw-bank.de", "Oliver Hahn"), att(ME_PRIV, "Mehmet Yılmaz")])],
        OUTLOOK, tzs=("Europe/Berlin",)), "personal"))

    a(neg("birthday-allday", "de", cal([ev(
        "5r4e3w2q1a0s9d8f7g6h5j4k3l@google.com", "Geburtstag Anne", "20261213", "20261214", allday=True, tz=None,
        transp="TRANSPARENT", rrule="FREQ=YEARLY")], GOOGLE, method="PUBLISH", xwr="Europe/Berlin", tzs=()),
        "personal"))

    a(neg("spanish-class", "es", cal([ev(
        "F0E1D2C3-B4A5-4968-8776-655443322110", "Clase de español – Vorbereitung Barcelona", "20261207T190000",
        "20261207T203000", tz="Europe/Berlin", desc="Instituto Cervantes, nivel B1. Tema: entrevistas de trabajo "
                                                    "(vocabulario).", people=[])],
        APPLE, method=None, tzs=("Europe/Berlin",)), "class"))

    a(neg("internal-review", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000FF0D0011AF5EDB01000000000000000010000000B014",
        "Mitarbeitergespräch 2026 – Mehmet Yilmaz", "20261204T100000", "20261204T110000", lang="de-DE",
        desc="Jährliches Mitarbeitergespräch: Zielerreichung 2026, Ziele 2027, Entwicklungswünsche.",
        loc="Büro Hr. Kraus",
        people=[org(f"juergen.kraus@{B}", "Kraus, Jürgen"), att(ME_WORK, "Yilmaz, Mehmet")],
        extra=ms_extra())], OUTLOOK), "internal"))

    a(neg("internal-designreview", "de", cal([ev(
        "040000008200E00074C5B7101A82E00800000000001E1122B05EDB01000000000000000010000000B015",
        "Design Review Querlenkerhalter Gen. 3", "20261203T090000", "20261203T103000", lang="de-DE",
        desc="Agenda: FEM-Ergebnisse, Toleranzkette, Freigabe an Einkauf.\n\n" + teams("de", "OTAxMjM0NTY3ODkw",
                                                                                       "Dr6vKs"),
        people=[org(ME_WORK, "Yilmaz, Mehmet"), att(f"juergen.kraus@{B}", "Kraus, Jürgen"),
                att(f"stefan.bollinger@{B}", "Bollinger, Stefan"), room(f"raum.neckar@{B}", "FEU 2.03 Neckar")],
        extra=ms_extra())], OUTLOOK), "internal"))

    a(neg("internal-customer", "en", cal([ev(
        "040000008200E00074C5B7101A82E00800000000112F2233B15EDB01000000000000000010000000B016",
        "OEM sync – bracket PPAP status", "20261210T140000", "20261210T150000", lang="en-US",
        desc="Weekly status with the customer's supplier quality team.\n\n" + teams("en", "MTEyMjMzNDQ1NTY2",
                                                                                  "Oe4mPp"),
        people=[org("k.fischer@oem-automotive.com", "Fischer, Karl"), att(ME_WORK, "Yilmaz, Mehmet"),
                att(f"stefan.bollinger@{B}", "Bollinger, Stefan")],
        extra=ms_extra())], OUTLOOK), "internal"))

    a(neg("farewell", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000022302344B25EDB01000000000000000010000000B017",
        "Abschied Stefan – Umtrunk", "20261218T153000", "20261218T170000", lang="de-DE",
        desc="Stefan verlässt uns zum Jahresende. Kleiner Umtrunk in der Kantine.",
        people=[org(f"stefan.bollinger@{B}", "Bollinger, Stefan"), att(ME_WORK, "Yilmaz, Mehmet")],
        extra=ms_extra())], OUTLOOK), "internal"))

    a(neg("coffee-info", "de", cal([ev(
        "6t5r4e3w2q1p0o9i8u7y6t5r4e@google.com", "Kaffee mit Lars (ex-Kollege, jetzt bei Medivance)",
        "20261205T150000", "20261205T160000", tz="Europe/Berlin",
        desc="Einfach mal austauschen, wie es bei ihm in der Medizintechnik so läuft. Kein Bewerbungsgespräch.",
        loc="Café Königsbau, Stuttgart",
        people=[org(ME_PRIV, "Mehmet Yılmaz"), att("lars.engler@gmail.com", "Lars Engler")])],
        GOOGLE, xwr="Europe/Berlin", tzs=("Europe/Berlin",)), "coffee_chat"))

    a(neg("coffee-en", "en", cal([ev(
        "coffee-8812@cal.com", "Informational chat: life as a PM at a surgical robotics startup",
        "20261209T080000Z", "20261209T083000Z", tz=None,
        desc="Informal 30-minute chat booked via Cal.com. Aisha offered to share her experience moving from "
             "mechanical engineering into product. No role is attached.",
        people=[org("aisha.rahman@medirobo.io", "Aisha Rahman"), att(ME_PRIV, "Mehmet Yilmaz")])],
        "-//Cal.com//Cal.com//EN", tzs=()), "coffee_chat"))

    a(neg("coffee-es", "es", cal([ev(
        "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901", "Café con Javier – contactos en Barcelona", "20261212T110000",
        "20261212T120000", tz=None, desc="Me cuenta cómo es el sector de e-movilidad en BCN. Informal.",
        people=[])], APPLE, method=None, tzs=()), "coffee_chat"))

    a(neg("job-fair", "de", cal([ev(
        "bonding-2026-stuttgart@bonding.de", "bonding Firmenkontaktmesse Stuttgart", "20261202", "20261203",
        allday=True, tz=None, transp="TRANSPARENT",
        desc="Messe mit 200 Ausstellern. Stände: Medivance, Kinetik Robotics, Voltara. Lebensläufe mitnehmen.",
        loc="Universität Stuttgart, Campus Vaihingen", people=[])], GOOGLE, method="PUBLISH", tzs=()), "job_fair"))

    a(neg("job-fair-en", "en", cal([ev(
        "hightech-career-day-eindhoven-2026@hightechcampus.nl", "High Tech Campus Career Day (virtual booths)",
        "20261211T090000", "20261211T130000", tz="Europe/Amsterdam",
        desc="Virtual career fair. Visit booths of 40 companies, chat with recruiters. Registration confirmed.",
        people=[org("careerday@hightechcampus.nl", "HTC Career Day"), att(ME_PRIV, "Mehmet Yilmaz")])],
        OUTLOOK, tzs=("Europe/Amsterdam",)), "job_fair"))

    a(neg("reference-call", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000033413455B35EDB01000000000000000010000000B023",
        "Referenzgespräch zu Herrn Tobias Renz", "20261203T160000", "20261203T162000", lang="de-DE",
        desc="Sehr geehrter Herr Yilmaz,\n\nHerr Renz hat Sie als Referenz angegeben. Wir würden Ihnen gern ein paar "
             "Fragen zu seiner Zeit bei Brenner stellen.\n\nMit freundlichen Grüßen\nLaura Kempf, Kinetik Robotics",
        people=[org("laura.kempf@kinetik-robotics.de", "Kempf, Laura"), att(ME_WORK, "Yilmaz, Mehmet")],
        extra=ms_extra())], OUTLOOK), "reference_call"))

    a(neg("reference-en", "en", cal([ev(
        "ref-check-9921@checkster.com", "Reference check: Julia Hoffmann (you are listed as a referee)",
        "20261208T090000Z", "20261208T091500Z", tz=None,
        desc="Julia Hoffmann has nominated you as a professional reference for a role at Stryva Medical. "
             "A short call with our reference specialist.",
        people=[org("references@checkster.com", "Checkster"), att(ME_PRIV, "Mehmet Yilmaz")])],
        GOOGLE, tzs=()), "reference_call"))

    a(neg("recruiter-generic", "de", cal([ev(
        "040000008200E00074C5B7101A82E0080000000044524566B45EDB01000000000000000010000000B025",
        "Kennenlerngespräch Personalberatung", "20261201T170000", "20261201T173000", lang="de-DE",
        desc="Hallo Herr Yılmaz,\n\nwie auf LinkedIn besprochen möchte ich Sie und Ihre Wechselwünsche kennenlernen, "
             "um Sie künftig passenden Mandanten vorstellen zu können. Aktuell ist noch keine konkrete Position "
             "damit verbunden.\n\nBeste Grüße\nAlexander Wirth, Wirth Engineering Search",
        people=[org("a.wirth@wirth-search.de", "Wirth, Alexander"), att(ME_PRIV, "Mehmet Yılmaz")],
        extra=ms_extra())], OUTLOOK, tzs=("W. Europe Standard Time",)), "recruiter_no_employer"))

    a(neg("recruiter-en", "en", cal([ev(
        "8s7d6f5g4h3j2k1l0z9x8c7v6b@google.com", "Call with Ryan (RoboTalent) – career goals",
        "20261207T140000Z", "20261207T142000Z", tz=None,
        desc="Quick intro call so I understand what you're looking for – robotics / medtech PM in DACH. "
             "I'll send roles afterwards.\n\n" + meet("rbt-cxyq-ppl"),
        people=[org("ryan@robotalent.io", "Ryan Doyle"), att(ME_PRIV, "Mehmet Yilmaz")],
        extra=meet_props("rbt-cxyq-ppl"))], GOOGLE, tzs=()), "recruiter_no_employer"))

    a(neg("recruiter-es", "es", cal([ev(
        "rh-call-5512@ingenia-rrhh.es", "Llamada con consultora de selección", "20261204T120000",
        "20261204T123000", tz="Europe/Madrid",
        desc="Hola Mehmet, me gustaría conocer tu perfil para futuros procesos en Barcelona (robótica y "
             "e-movilidad). Aún no hay un cliente concreto.\nElena Gil – Ingenia RRHH",
        people=[org("elena.gil@ingenia-rrhh.es", "Elena Gil"), att(ME_PRIV, "Mehmet Yılmaz")])],
        OUTLOOK, tzs=("Europe/Madrid",)), "recruiter_no_employer"))

    a(neg("coaching", "de", cal([ev(
        "coach-sess-3@karriere-kompass.de", "Karrierecoaching Sitzung 3: Positionierung als Produktmanager",
        "20261211T180000", "20261211T190000", tz="Europe/Berlin",
        desc="Coaching mit Frau Ingrid Lamm. Hausaufgabe: Elevator Pitch.",
        people=[org("ingrid.lamm@karriere-kompass.de", "Ingrid Lamm"), att(ME_PRIV, "Mehmet Yılmaz")])],
        OUTLOOK, tzs=("Europe/Berlin",)), "coaching"))

    a(neg("prep-block", "de", cal([ev(
        "1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B", "Vorbereitung Interview Hellwig (Fallbeispiele, Fragen)",
        "20261202T193000", "20261202T210000", tz="Europe/Berlin",
        desc="STAR-Beispiele, Fragen an Entwicklungsleiter, Firmenseite lesen.", people=[],
        extra=alarm(10))], APPLE, method=None, tzs=("Europe/Berlin",)), "prep"))

    a(neg("visa-fr", "fr", cal([ev(
        "rdv-prefecture-4471@interieur.gouv.fr", "Rendez-vous consulat – légalisation documents",
        "20261215T100000", "20261215T103000", tz="Europe/Berlin",
        desc="Consulat général de France à Stuttgart. Apporter passeport et diplômes traduits.",
        loc="Richard-Wagner-Str. 53, Stuttgart", people=[])], GOOGLE, method="PUBLISH", tzs=("Europe/Berlin",)),
        "personal"))

    a(neg("fr-webinaire", "fr", cal([ev(
        "apec-webinaire-2026-12@apec.fr", "Webinaire APEC : réussir son entretien d'embauche en anglais",
        "20261214T123000", "20261214T133000", tz="Europe/Paris",
        desc="Merci pour votre inscription. Lien de connexion envoyé la veille.",
        people=[org("webinaires@apec.fr", "APEC"), att(ME_PRIV, "Mehmet Yilmaz")])],
        OUTLOOK, tzs=("Europe/Paris",)), "webinar"))

    return out
