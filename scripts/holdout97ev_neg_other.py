"""holdout97 negatives: everything else that looks a bit like an interview. Blind author, CC0 1.0."""

from __future__ import annotations

from holdout97ev_ics import USER_FREE, USER_WORK, att, cal, event, fl, meet, org, rec, teams, u, z, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
IOS = "-//Apple Inc.//iPhone OS 17.4//EN"
W_EU = "W. Europe Standard Time"


def build() -> list[dict]:
    out: list[dict] = []

    def one(kind, prodid, uid, summary, se, desc, loc=None, organizer=None, atts=(), method=None,
            tzs=("Europe/Zurich",), status="CONFIRMED", trap=""):
        ev = event(uid, summary, se[0], se[1], desc=desc, loc=loc, organizer=organizer, attendees=list(atts),
                   status=status)
        out.append(rec(kind, cal([ev], prodid, method, tzs), uid, 0, trap=trap or kind))

    one("mock-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA01DB12EC23DB01000000000000000010",
        "Mock interview – Industry track (Career Service)", z("20250310", "1400-1500", W_EU),
        "Dear Matthias,\n\nYour mock interview for industry positions (pharma R&D) with career advisor Dr. Regula "
        "Schär is confirmed. Please send the job ad you want to practise with.\n\nCareer Service",
        "Petersplatz 1, Raum 104", org("careers@unibas-admin.ch", "Career Service"),
        [att(USER_WORK, "Keller, Matthias")],
        "REQUEST", tzs=(W_EU,), trap="mock-en")
    one("webinar-en", "-//zoom.us//iCalendar Event//EN", "zm-webinar-88120045512@zoom.us",
        "Webinar: Acing the pharma job talk", u("20250312", "1600-1700"),
        "Thank you for registering for \"Acing the pharma job talk – how industry panels evaluate your seminar\".\n\n"
        + zoom("88120045512", "874411") + "\n\nHosted by ChemCareers Network", "Zoom",
        org("no-reply@zoom.us", "ChemCareers Network"), [att(USER_FREE, "Matthias Keller")], "REQUEST", tzs=(),
        trap="webinar-en")
    one("workshop-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA02DB13EC24DB01000000000000000010",
        "Workshop Bewerbungstraining für Postdocs: Vorstellungsgespräche souverän meistern",
        z("20250319", "0900-1230", W_EU), "Graduate Center – Workshop mit Rollenspielen. Max. 14 Teilnehmende.",
        "Kollegienhaus, Seminarraum 115", org("graduatecenter@unibas-admin.ch", "Graduate Center"),
        [att(USER_WORK, "Keller, Matthias")], "REQUEST", tzs=(W_EU,), trap="class-de")
    one("press-de", GOOGLE, "pr3ss1nt3rv13wbzbasel@google.com", "Interview mit bz Basel – Photokatalyse",
        z("20250326", "1100-1145"),
        "Journalistin Karin Imfeld macht ein Porträt über junge Forschende. Fotos im Labor danach.", "Labor 2.14",
        org("karin.imfeld@bz-basel-news.ch", "Karin Imfeld"), [att(USER_WORK, "Matthias Keller")], "REQUEST",
        trap="press-interview-de")
    one("podcast-en", GOOGLE, "p0dc4st4r3c0rd1ngch3m@google.com", "Podcast recording – Chemistry Bites interview",
        u("20250403", "1500-1600"),
        "Hi Matthias, thanks for agreeing to be interviewed for episode 42 on light-driven catalysis. We record via "
        "Riverside: https://riverside.fm/studio/chemistry-bites\nTom", "Riverside",
        org("tom@chemistrybites-pod.com", "Tom Hale"), [att(USER_FREE, "Matthias Keller")], "REQUEST", tzs=(),
        trap="podcast-en")
    one("user-research-en", "-//Calendly//Calendly//EN", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a@calendly.com",
        "Matthias Keller and LabVista Research", u("20250311", "1300-1345"),
        "Event Name: User interview – ELN feedback (45 min, CHF 80 voucher)\n\nWe'd love to hear how you use "
        "electronic lab notebooks in your group.\n\nLocation: https://meet.google.com/uxr-lbvs-tqa\n\n"
        "Powered by Calendly.com", "https://meet.google.com/uxr-lbvs-tqa",
        org("research@labvista.io", "LabVista Research"), [att(USER_FREE, "Matthias Keller")], "REQUEST", tzs=(),
        trap="user-research-en")
    one("hausarzt-de", IOS, "3B9C1D2E-4F50-4617-8A9B-0C1D2E3F4A5B", "Hausarzt Dr. Brunner",
        z("20250317", "0730-0800"), "Blutresultate besprechen", "Praxis Dr. med. Brunner, Güterstrasse 120, Basel",
        trap="doctor-de")
    one("wohnung-de", IOS, "7D8E9F0A-1B2C-4D3E-9F4A-5B6C7D8E9F0A", "Wohnungsbesichtigung Gundeldingerstrasse",
        z("20250322", "1100-1130"), "3.5 Zi, 2. OG, Verwaltung Frau Gisler 061 271 44 09. Betreibungsauszug mitnehmen!",
        "Gundeldingerstrasse 187, 4053 Basel", trap="flat-viewing-de")
    one("bank-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA03DB14EC25DB01000000000000000010",
        "Beratungsgespräch Vorsorge / Säule 3a", z("20250328", "1715-1800", W_EU),
        "Grüezi Herr Keller\nGerne bestätige ich unseren Termin zur Vorsorgeberatung.\nFreundliche Grüsse\n"
        "Marco Bucher, Kundenberater, Raiffeisen Birsig", "Filiale Barfüsserplatz",
        org("marco.bucher@raiffeisen-birsig.ch", "Bucher, Marco"), [att(USER_FREE, "Matthias Keller")], "REQUEST",
        tzs=(W_EU,), trap="bank-de")
    one("migrationsamt-de", GOOGLE, "m1gr4t10ns4mtb3w1ll1g@google.com", "Migrationsamt – Bewilligung B verlängern",
        z("20250402", "0815-0830"), "Pass, Arbeitsvertrag Uni, Foto mitbringen. Schalter 4.", "Spiegelgasse 6, Basel",
        trap="visa-de")
    one("language-fr", GOOGLE, "fr4nc41sb2c0ursm4rd1@google.com", "Cours de français B2 – entretien de niveau",
        z("20250311", "1830-1900"),
        "Petit entretien oral pour vérifier le niveau avant l'inscription au cours B2 (mardis soir).",
        "Ecole-club, Basel", trap="language-school-placement-fr")
    one("group-meeting-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA04DB15EC26DB01000000000000000010",
        "Group meeting Ziegler lab", z("20250317", "0900-1030", W_EU),
        "Presenting: Matthias (photoredox amination update), Sabrina (literature).", "Sitzungszimmer 2.05",
        org("andreas.ziegler@chem-unibasel-lab.ch", "Ziegler, Andreas"), [att(USER_WORK, "Keller, Matthias")],
        "REQUEST", tzs=(W_EU,), trap="internal-meeting-en")
    one("appraisal-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA05DB16EC27DB01000000000000000010",
        "Mitarbeitergespräch 2025 – Keller", z("20250324", "1400-1500", W_EU),
        "Jährliches Mitarbeitergespräch (MAG): Rückblick, Ziele, Karriereplanung. Formular vorab ausfüllen.",
        "Büro Ziegler 3.20", org("andreas.ziegler@chem-unibasel-lab.ch", "Ziegler, Andreas"),
        [att(USER_WORK, "Keller, Matthias")], "REQUEST", tzs=(W_EU,), trap="own-appraisal-de")
    one("exit-interview-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA06DB17EC28DB01000000000000000010",
        "Exit interview – end of postdoc contract", z("20250625", "1000-1030", W_EU),
        "Dear Dr. Keller,\n\nAs your contract ends on 30 June, HR would like to invite you to a short exit interview "
        "about your experience at the Department.\n\nHR Services", "Petersgraben 35, Raum 2.11",
        org("hr-services@unibas-admin.ch", "HR Services"), [att(USER_WORK, "Keller, Matthias")], "REQUEST",
        tzs=(W_EU,), trap="own-exit-interview-en")
    one("coffee-chat-en", GOOGLE, "c0ff33ch4tr4h31nf3ld@google.com", "Coffee chat with Sarah (Rheinfeld, alumni)",
        z("20250313", "1230-1315"),
        "Informal chat about what process chemistry at Rheinfeld is like day to day. Not an interview, she said.",
        "Café Frühling, Klybeckstrasse 69", org("sarah.lutz.ch@gmail.com", "Sarah Lutz"),
        [att(USER_FREE, "Matthias Keller")], "REQUEST", trap="informational-coffee-en")
    one("job-fair-de", GOOGLE, "j0bf41rl1f3sc13nc3b5l@google.com", "Life Science Karrieretag Basel",
        ("DTSTART;VALUE=DATE:20250508", "DTEND;VALUE=DATE:20250509"),
        "Messe mit ~40 Firmen (Pharma, Agro, Aromen). CV-Check 10:00, Firmenstände ab 11:00.", "Messe Basel, Halle 4",
        trap="job-fair-de")
    one("reference-call-en", GOOGLE, "r3f3r3nc3c4llj0n4shb@google.com",
        "Reference call for Jonas Huber (Pyrrhon asked)", z("20250408", "1700-1720"),
        "Pyrrhon's recruiter calls me as referee for Jonas (former master student). Be specific about his "
        "independence.", "Phone", trap="referee-call-en")
    one("recruiter-no-employer-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA07DB18EC29DB0100000000000000",
        "Call with Kessler Life Science Search – confidential opportunity", z("20250314", "1200-1230", W_EU),
        "Hi Matthias,\n\nThanks for connecting on LinkedIn. I'd like to tell you about a confidential Head of "
        "Synthesis opportunity with one of our clients in the Basel area (name shared once you're interested).\n\n"
        "Best,\nSophie Walker", "Phone", org("sophie.walker@kessler-lss.com", "Walker, Sophie"),
        [att(USER_FREE, "Matthias Keller")], "REQUEST", tzs=(W_EU,), trap="recruiter-no-employer-en")
    one("prep-block-en", GOOGLE, "pr3pbl0ckjur4v1t4t4lk@google.com", "Prep: Juravita job talk slides",
        z("20250415", "1300-1700"), "Cut to 35 slides, rehearse twice, timing 40 min. Print CV copies.", None,
        trap="prep-block-en")
    one("journal-club-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA08DB19EC2ADB0100000000000000",
        "Journal Club – Organic Chemistry", z("20250320", "1700-1800", W_EU),
        "Presenter: Matthias Keller – \"Enantioselective photoredox C–N coupling\", Nature Chem. 2025.",
        "Kleiner Hörsaal", org("journalclub-oc@chem-unibasel-lab.ch", "Journal Club OC"),
        [att(USER_WORK, "Keller, Matthias")], "REQUEST", tzs=(W_EU,), trap="journal-club-en")
    one("seminar-en", GOOGLE, "s3m1n4rt4lkph0t0r3d0x@google.com", "Seminar talk (me): Photoredox C–N coupling",
        z("20250401", "1215-1300"), "Departmental lunch seminar. Laptop + adapter. 30 min + questions.",
        "Grosser Hörsaal Chemie", trap="own-seminar-en")
    one("lecture-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA09DB1AEC2BDB0100000000000000",
        "Vorlesung OC II – Vertretung Prof. Ziegler", z("20250403", "1015-1200", W_EU),
        "Kapitel 7: Pericyclische Reaktionen. Folien liegen im Teams-Ordner.", "Grosser Hörsaal Chemie",
        org(USER_WORK, "Keller, Matthias"), [], "REQUEST", tzs=(W_EU,), trap="lecture-de")
    one("conference-en", GOOGLE, "scsf4llm33t1ng2025chm@google.com", "SCS Fall Meeting 2025",
        ("DTSTART;VALUE=DATE:20250904", "DTEND;VALUE=DATE:20250906"),
        "Poster P-112, session Organic Chemistry. Industry career lunch on day 2.", "Universität Bern, UniS",
        trap="conference-en")
    one("phd-defense-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA0ADB1BEC2CDB0100000000000000",
        "PhD defence Anna Roth", z("20250411", "1400-1700", W_EU),
        "Public talk 14:00, followed by the examination (closed).", "Hörsaal 1",
        org("andreas.ziegler@chem-unibasel-lab.ch", "Ziegler, Andreas"), [att(USER_WORK, "Keller, Matthias")],
        "REQUEST", tzs=(W_EU,), trap="phd-defense-en")
    one("echange-fr", GOOGLE, "3ch4ng31nf0rm3llyonfr@google.com", "Échange informel avec Julie (ancienne du labo)",
        z("20250404", "1800-1830", "Europe/Paris"),
        "Julie travaille maintenant chez Septentrion à Lyon ; elle me raconte comment ça se passe en industrie. "
        "Pas un entretien.", "Téléphone", trap="informational-chat-fr", tzs=("Europe/Paris",))
    one("dry-run-en", GOOGLE, "dryrunj0bt4lkgr0upxyz@google.com", "Job talk dry run with the group",
        z("20250414", "1600-1700"),
        "Practice my industry job talk in front of the group; ask Sabrina to play the tough panel member.",
        "Sitzungszimmer 2.05", org(USER_WORK, "Matthias Keller"),
        [att("sabrina.nyffeler@chem-unibasel-lab.ch", "Sabrina Nyffeler")], "REQUEST", trap="mock-dry-run-en")
    one("press-es", GOOGLE, "3ntr3v1st4r3v1st4qu1m@google.com", "Entrevista para Revista de Química Joven",
        u("20250416", "1500-1530"),
        "Hola Matthias, gracias por aceptar la entrevista sobre tu trabajo en fotocatálisis para el número de "
        "mayo. Te llamo por videollamada.\n" + meet("rqj-ntrv-wpa", "701 224 903#") + "\nUn saludo, Marta Gil",
        "Google Meet", org("marta.gil@revistaquimicajoven.es", "Marta Gil"), [att(USER_FREE, "Matthias Keller")],
        "REQUEST", tzs=(), trap="press-interview-es")
    one("agency-webinar-de", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA0BDB1CEC2DDB0100000000000000",
        "Webinar: Karriere in der Agrochemie – Einblicke von Agrosana", z("20250320", "1200-1300", W_EU),
        "Vielen Dank für Ihre Anmeldung. Referentin: Dr. Beate Kranz (Agrosana). Q&A am Ende.\n\n"
        + teams("71190033402", "Ag2025", "de"), "Microsoft Teams-Besprechung",
        org("events@chemstaff.ch", "Chemstaff Events"), [att(USER_FREE, "Matthias Keller")], "REQUEST",
        tzs=(W_EU,), trap="webinar-company-named-de")
    one("radio-fr", GOOGLE, "rts1nt3rv13wcqfdk3ll3@google.com", "Interview RTS La 1ère – émission CQFD",
        z("20250417", "1030-1100"),
        "Interview en direct (téléphone) sur la chimie des parfums. La journaliste rappelle à 10h25.", "Téléphone",
        trap="radio-interview-fr")
    one("study-participant-en", GOOGLE, "stdyp4rt1c1p4nts0c10@google.com",
        "Research interview: postdoc career paths (UZH sociology study)", z("20250409", "1000-1100"),
        "I volunteered as a participant: semi-structured interview, audio recorded, ~60 min.",
        "https://uzh-study.zoom.us/j/99811223344", org("l.baumgartner@soziologie-uzh-mail.ch", "Lea Baumgartner"),
        [att(USER_FREE, "Matthias Keller")], "REQUEST", trap="study-participant-interview-en")
    one("service-visit-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA0CDB1DEC2EDB0100000000000000",
        "HPLC service visit – Labor 2.14", z("20250318", "0800-1200", W_EU),
        "Technician from the vendor for PM of the prep HPLC. Someone must be present.", "Labor 2.14",
        org(USER_WORK, "Keller, Matthias"), [], "REQUEST", tzs=(W_EU,), trap="internal-service-en")
    one("cancelled-jc-en", OUTLOOK, "040000008200E00074C5B7101A82E00800000000CA0DDB1EEC2FDB0100000000000000",
        "Canceled: Journal Club – Organic Chemistry", z("20250327", "1700-1800", W_EU),
        "Cancelled because of the department retreat.", "Kleiner Hörsaal",
        org("journalclub-oc@chem-unibasel-lab.ch", "Journal Club OC"), [att(USER_WORK, "Keller, Matthias")],
        "CANCEL", tzs=(W_EU,), status="CANCELLED", trap="cancelled-internal-en")
    one("salary-advice-de", IOS, "5E6F7A8B-9C0D-4E1F-8A2B-3C4D5E6F7A8B", "Lohnberatung VSAO/Chemie-Verband",
        fl("20250423", "1800-1830"), "Telefonische Beratung: Lohnband Senior Scientist Basel, was verlangen?",
        "Telefon", tzs=(), trap="salary-advice-de")
    return out
