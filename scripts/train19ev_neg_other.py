"""train19: negatives that are not the user's interview and not the hiring side either."""

from __future__ import annotations

from train19ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    WEBEXP,
    ZOOMP,
    Ev,
    Item,
    Person,
    boiler,
    cal,
    neg,
    room,
)

W = "W. Europe Standard Time"
ROM = "Romance Standard Time"


def items() -> list[Item]:
    out: list[Item] = []
    me = Person(ME_PRIVATE, "Laura Bianchi")
    lw = Person(ME_WORK, "Bianchi Laura")

    # mock / practice
    u = "coach-mock-0412@laufbahn-coaching.ch"
    e = Ev(u, "Mock Interview – BIM-Manager Rolle (Coaching Sitzung 3)", "20261205T090000", "20261205T100000", W,
           description=("Liebe Laura\nWir spielen ein Vorstellungsgespräch für eine BIM-Manager-Stelle durch. "
                        "Ich übernehme die Rolle der Personalleiterin, danach Feedback.\nHerzlich, Andrea "
                        "Stucki, Laufbahnberatung"),
           organizer=Person("andrea.stucki@laufbahn-coaching.ch", "Andrea Stucki"), attendees=[me])
    out.append(neg("mock-coach", "de", u, cal(OUTLOOK, [e], "REQUEST"), "mock"))

    u = "4D8E-probeinterview-giulia"
    e = Ev(u, "Probeinterview mit Giulia (Übung für Baumann)", "20261202T193000", "20261202T203000",
           description="Giulia spielt Reto Schwander. Fragen zu ISO 19650 üben.")
    out.append(neg("mock-friend", "de", u, cal(APPLE, [e]), "mock"))

    u = "peer-practice-2291@gmail-cal"
    e = Ev(u, "Practice interview swap – product sense (Laura / Ben)", "20261206T170000Z", "20261206T180000Z",
           description=("Peer practice from the PM switchers Slack. 30 min you interview me, 30 min I "
                        "interview you. No company involved, just practice.\n\n" + boiler("meet_en", "4419",
                                                                                          "prc-tice-swp",
                                                                                          "992 004")),
           organizer=Person("ben.okoro.pm@gmail.com", "Ben Okoro"), attendees=[me])
    out.append(neg("mock-peer-swap", "en", u, cal(GOOGLE, [e], "REQUEST"), "mock"))

    # webinars / classes
    u = "zoom-webinar-99120@zoom.us"
    e = Ev(u, "Webinar: Interviewing for Product Roles as an AEC Professional", "20261203T170000Z",
           "20261203T180000Z",
           description=("Thank you for registering for \"Interviewing for Product Roles as an AEC "
                        "Professional\".\nHosted by the ProptechWomen network.\n\nPlease submit any questions "
                        "to: events@proptechwomen.org\n\nJoin from a PC, Mac, iPad or Android: "
                        "https://us06web.zoom.us/w/99120?tk=abc\nWebinar ID: 991 2044 0017"),
           organizer=Person("no-reply@zoom.us", "ProptechWomen Events"), attendees=[me])
    out.append(neg("webinar-interviewing", "en", u, cal(ZOOMP, [e]), "webinar"))

    u = "kurs-2026-12@archiverband.ch"
    e = Ev(u, "Kurs: Bewerbungsgespräche souverän führen – für Architekt:innen", "20261212T090000",
           "20261212T120000", W,
           description=("Weiterbildungskurs des Berufsverbands. Inhalte: typische Fragen im "
                        "Vorstellungsgespräch, Gehaltsverhandlung, Portfolio-Präsentation.\nKursort: "
                        "Selnaustrasse 16, Zürich"),
           location="Selnaustrasse 16, Zürich",
           organizer=Person("weiterbildung@archiverband.ch", "Architektenverband Weiterbildung"),
           attendees=[me])
    out.append(neg("class-interview-skills", "de", u, cal(EXCHANGE, [e], "REQUEST"), "class"))

    u = "apec-atelier-entretien@ch-emploi.ch"
    e = Ev(u, "Atelier : réussir son entretien d'embauche en anglais", "20261209T183000", "20261209T200000",
           ROM,
           description=("Atelier collectif (12 participants) – simulations et conseils. Inscription "
                        "confirmée.\nOffice cantonal de l'emploi, Genève"),
           location="OCE, Rue des Gares 16, Genève",
           organizer=Person("ateliers@ch-emploi.ch", "Ateliers emploi"), attendees=[me])
    out.append(neg("workshop-fr", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "class"))

    # user research / press / podcast
    u = "ux-research-4410@trimblix.com"
    e = Ev(u, "User Interview: your experience with model coordination tools (study #4410)",
           "20261207T150000Z", "20261207T154500Z",
           description=("Hi Laura,\n\nThanks for signing up for our research study. A product researcher will "
                        "ask how you coordinate models today. You'll receive a CHF 80 voucher.\n\nThis is not a "
                        "job interview.\n\nTrimblix UX Research\n\n" + boiler("zoom_en", "6612009481", "dXg",
                                                                              "771023")),
           organizer=Person("research@trimblix.com", "Trimblix UX Research"),
           attendees=[me, Person("hana.sato@trimblix.com", "Hana Sato")])
    out.append(neg("user-research", "en", u, cal(ZOOMP, [e], "REQUEST"), "user_research"))

    u = "hochparterre-interview-seefeld"
    e = Ev(u, "Interview Bauzeitschrift – Holzbau Schulhaus Leimbach", "20261204T100000", "20261204T110000", W,
           description=("Journalist Peter Aebi interviewt Laura zum Wettbewerbsprojekt Schulhaus Leimbach. "
                        "Fotos im Atelier."),
           location="Atelier Seefeld", organizer=Person("p.aebi@bauzeitschrift.ch", "Peter Aebi"),
           attendees=[lw, Person("m.keller@atelier-seefeld.ch", "Keller Martin")])
    out.append(neg("press-interview", "de", u, cal(OUTLOOK, [e], "REQUEST"), "press"))

    u = "podcast-baudigital-ep42"
    e = Ev(u, "Podcast «Bauen Digital» – Aufnahme Folge 42 (Gast: Laura Bianchi)", "20261214T180000",
           "20261214T190000", W,
           description="Wir sprechen über BIM in kleinen Büros. Riverside-Link folgt. Headset mitbringen.",
           organizer=Person("redaktion@bauen-digital.ch", "Bauen Digital Podcast"), attendees=[me])
    out.append(neg("podcast-guest", "de", u, cal(GOOGLE, [e], "REQUEST"), "podcast"))

    # personal
    u = "5A77-zahnarzt"
    e = Ev(u, "Zahnarzt Dr. Moser", "20261201T073000", "20261201T081500", location="Kreuzplatz 2, Zürich")
    out.append(neg("personal-dentist", "de", u, cal(IOS, [e]), "personal"))

    u = "vfs-uk-biometrics-5521@ukvisa-centre.ch"
    e = Ev(u, "UK visa appointment – biometrics (Skilled Worker)", "20261221T091500", "20261221T094500", W,
           description="Appointment confirmation. Bring passport, printed checklist and CoS reference.",
           location="UK Visa Application Centre, Zürich",
           organizer=Person("noreply@ukvisa-centre.ch", "UK Visa Application Centre"),
           attendees=[me])
    out.append(neg("personal-visa", "en", u, cal(OUTLOOK, [e]), "personal"))

    u = "wohnung-basel-besichtigung"
    e = Ev(u, "Wohnungsbesichtigung Basel, Gundeldingerstr. 140", "20261219T110000", "20261219T113000", W,
           description="Verwaltung: Frau Iselin, 3.5 Zi. Falls Rheinwerk klappt.")
    out.append(neg("personal-flat-viewing", "de", u, cal(GOOGLE, [e], xwr="Europe/Zurich"), "personal"))

    u = "banque-hypo-2026@banque-leman.ch"
    e = Ev(u, "Entretien conseil hypothécaire", "20261211T173000", "20261211T183000", ROM,
           description="Rendez-vous avec votre conseillère pour le financement de votre logement.",
           location="Agence Rive, Genève", organizer=Person("conseil@banque-leman.ch", "Banque – Conseil"),
           attendees=[me])
    out.append(neg("personal-mortgage", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "personal"))

    u = "7F00-physio"
    e = Ev(u, "Physio Schulter", "20261216T071500", "20261216T080000")
    out.append(neg("personal-physio", "de", u, cal(APPLE, [e]), "personal"))

    # internal
    u = "atelier-wettbewerb-leimbach@atelier-seefeld.ch"
    e = Ev(u, "Projektbesprechung Wettbewerb Schulhaus Leimbach", "20261202T133000", "20261202T150000", W,
           description="Traktanden: Modellbau, Visualisierungen, Abgabe 18.12.",
           organizer=Person("m.keller@atelier-seefeld.ch", "Keller Martin"),
           attendees=[lw, Person("r.baumgartner@atelier-seefeld.ch", "Baumgartner Regula"),
                      room("sitzungszimmer@atelier-seefeld.ch", "Atelier Seefeld Sitzungszimmer")])
    out.append(neg("internal-project", "de", u, cal(OUTLOOK, [e], "REQUEST"), "internal"))

    u = "atelier-mag-2026-bianchi@atelier-seefeld.ch"
    e = Ev(u, "Mitarbeitergespräch 2026 – Laura Bianchi", "20261210T160000", "20261210T170000", W,
           description="Jahresgespräch: Rückblick, Ziele 2027, Weiterbildung BIM. Formular vorab ausfüllen.",
           organizer=Person("r.baumgartner@atelier-seefeld.ch", "Baumgartner Regula"), attendees=[lw])
    out.append(neg("internal-own-review", "de", u, cal(OUTLOOK, [e], "REQUEST"), "internal_review"))

    u = "bim-koordination-kunde@freypartner.ch"
    e = Ev(u, "BIM-Koordinationssitzung Wohnüberbauung Thalwil", "20261209T100000", "20261209T113000", W,
           description=("Modellabgleich Architektur/Tragwerk/HLKS. Teilnehmende: Atelier Seefeld (Architektur), "
                        "Frey + Partner (Tragwerk)."),
           organizer=Person("simon.frey@freypartner.ch", "Frey Simon"),
           attendees=[lw, Person("tobias.lang@freypartner.ch", "Lang Tobias")])
    out.append(neg("project-meeting-with-prospect", "de", u, cal(OUTLOOK, [e], "REQUEST"), "internal_project"))

    u = "atelier-review-en@atelier-seefeld.ch"
    e = Ev(u, "Design review with client – Villa Küsnacht", "20261215T090000", "20261215T110000", W,
           description="Client (expat family) prefers English. Show revised floor plans.",
           organizer=lw, attendees=[Person("j.whitmore@gmail.com", "James Whitmore")])
    out.append(neg("client-meeting-en", "en", u, cal(OUTLOOK, [e], "REQUEST"), "internal"))

    # coffee chats
    u = "kaffee-marco-baumann"
    e = Ev(u, "Kaffee mit Marco (ex-ETH, jetzt bei Baumann)", "20261128T100000", "20261128T110000", W,
           description="Einfach Infos, wie es bei Baumann im Digitalen Bauen so läuft. Kein Interview.",
           location="Café Henrici")
    out.append(neg("coffee-informational", "de", u, cal(GOOGLE, [e], xwr="Europe/Zurich"), "coffee_chat"))

    u = "coffee-anna-cadmus"
    e = Ev(u, "Coffee chat – Anna (PM at Cadmus)", "20261126T160000Z", "20261126T163000Z",
           description=("Anna kindly agreed to tell me what a PM day looks like at Cadmus. Informational "
                        "only – ask about career switch from architecture."),
           organizer=Person("anna.lindqvist@cadmus.io", "Anna Lindqvist"), attendees=[me])
    out.append(neg("coffee-informational-en", "en", u, cal(GOOGLE, [e], "REQUEST"), "coffee_chat"))

    u = "cafe-julien-bim"
    e = Ev(u, "Café avec Julien – questions sur le métier de BIM manager", "20261205T093000",
           "20261205T103000", description="Ancien collègue d'EPFL. Juste pour échanger, pas de poste ouvert.")
    out.append(neg("coffee-informational-fr", "fr", u, cal(APPLE, [e]), "coffee_chat"))

    # job fairs
    u = "swissbau-karriere-2027"
    e = Ev(u, "Swissbau Karrieretag – Halle 1.0", "20270119", "20270120",
           description="Stände von Baumann, SBK und Rheinwerk besuchen. CV ausdrucken.",
           location="Messe Basel", transp="TRANSPARENT")
    out.append(neg("job-fair-allday", "de", u, cal(GOOGLE, [e], xwr="Europe/Zurich"), "job_fair"))

    u = "forum-emploi-construction-ge"
    e = Ev(u, "Forum de l'emploi – construction & immobilier", "20261203T130000", "20261203T180000", ROM,
           description="Palexpo, halle 7. Entrée libre. Employeurs présents : Lémanique Ingénierie, Konstrukt, …",
           location="Palexpo, Genève")
    out.append(neg("job-fair-fr", "fr", u, cal(OUTLOOK, [e]), "job_fair"))

    # references (the user as the referee)
    u = "referenz-jonas-meier@kessler-bau.ch"
    e = Ev(u, "Referenzauskunft zu Jonas Meier (ehem. Praktikant Atelier Seefeld)", "20261208T113000",
           "20261208T115000", W,
           description=("Guten Tag Frau Bianchi\nJonas Meier hat Sie als Referenz angegeben. Dürfen wir Sie "
                        "kurz telefonisch zu seinem Praktikum befragen?\nBeatrice Rüegg, Personal"),
           organizer=Person("beatrice.rueegg@kessler-bau.ch", "Rüegg Beatrice"), attendees=[lw])
    out.append(neg("reference-user-referee", "de", u, cal(OUTLOOK, [e], "REQUEST"), "reference_call"))

    u = "ref-priya-brickfield@brickfield.co.uk"
    e = Ev(u, "Reference call re: Priya Shah (candidate) – Brickfield Digital", "20261215T100000Z",
           "20261215T101500Z",
           description=("Hi Laura, Priya listed you as a referee for our Design Technologist role. 15 minutes "
                        "to ask about your time working together. Thanks! Hamish"),
           organizer=Person("hamish@brickfield.co.uk", "Hamish Reid"), attendees=[me])
    out.append(neg("reference-en-at-prospect", "en", u, cal(GOOGLE, [e], "REQUEST"), "reference_call"))

    # recruiter calls naming no employer
    u = "intro-headhunter-7710@talentbau.ch"
    e = Ev(u, "Kennenlerngespräch Talentbau Personalberatung", "20261201T123000", "20261201T130000", W,
           description=("Liebe Frau Bianchi\nIm Erstgespräch möchte ich Ihre Wünsche und Ihren Werdegang "
                        "verstehen, damit ich Ihnen passende Mandate vorstellen kann.\nDaniela Meili"),
           organizer=Person("d.meili@talentbau.ch", "Meili Daniela"), attendees=[me])
    out.append(neg("agency-intake-no-employer", "de", u, cal(OUTLOOK, [e], "REQUEST"), "recruiter_intake"))

    u = "intro-archjobs-general@archjobs-recruitment.co.uk"
    e = Ev(u, "Intro call – ArchJobs Recruitment (career chat)", "20261124T150000", "20261124T153000",
           "GMT Standard Time",
           description=("Hi Laura, quick intro so I can understand what you're after in London and share "
                        "which kind of clients we work with. Tom\n\n" + boiler("teams_en", "101", "ZTk", "xP2")),
           organizer=Person("tom.barker@archjobs-recruitment.co.uk", "Tom Barker"), attendees=[me])
    out.append(neg("agency-intro-en", "en", u, cal(OUTLOOK, [e], "REQUEST"), "recruiter_intake"))

    u = "appel-decouverte-cabinet@alpes-talents.ch"
    e = Ev(u, "Appel découverte – Alpes Talents (cabinet de recrutement)", "20261202T170000",
           "20261202T173000", ROM,
           description=("Bonjour Laura, cet appel me permettra de mieux connaître votre parcours avant de "
                        "vous proposer à nos clients. Claire Bonvin"),
           organizer=Person("claire.bonvin@alpes-talents.ch", "Claire Bonvin"), attendees=[me])
    out.append(neg("agency-intro-fr", "fr", u, cal(WEBEXP, [e], "REQUEST"), "recruiter_intake"))

    # prep, tickler
    u = "prep-baumann-case"
    e = Ev(u, "Vorbereitung Interview Baumann – Fragen & Case durchgehen", "20261203T070000",
           "20261203T083000", W, description="Notizen zu Reto Schwander, Projekte Baumann anschauen.")
    out.append(neg("prep-block", "de", u, cal(GOOGLE, [e], xwr="Europe/Zurich"), "prep"))

    u = "afterview-tickler-quadra-7f31"
    e = Ev(u, "Send thank-you notes — Quadra Immobilien, BIM Lead", "20261202T110000Z", "20261202T111500Z",
           description="afterview: write down reflections and interviewer names, then open the drafts.",
           extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thankyou:quadra:bim-lead"])
    out.append(neg("afterview-tickler", "en", u, cal("-//afterview//afterview//EN", [e]), "tickler"))

    u = "entrevista-consulado"
    e = Ev(u, "Cita consulado – renovación pasaporte (Carla)", "20261222T100000", "20261222T103000", W,
           description="Acompañar a mi prima Carla al consulado de España en Zúrich.")
    out.append(neg("personal-consulate-es", "es", u, cal(IOS, [e]), "personal"))

    u = "conf-reconversion-archi@pavillon-archi.ch"
    e = Ev(u, "Conférence : architectes en reconversion vers la proptech – témoignages", "20261216T183000",
           "20261216T200000", ROM,
           description=("Table ronde avec trois anciens architectes devenus chefs de produit. Questions du "
                        "public, apéritif ensuite. Billet n° 0412."),
           location="Pavillon Sicli, Genève", organizer=Person("billets@pavillon-archi.ch", "Pavillon Archi"),
           attendees=[me])
    out.append(neg("talk-career-change-fr", "fr", u, cal(OUTLOOK, [e], "REQUEST"), "webinar"))
    return out
