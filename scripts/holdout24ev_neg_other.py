"""Holdout24 negatives that are not the user's interview and not him interviewing either."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, WORK, add, att, doc, esc, meet, org, tdt, teams, webex, zoom

OUT = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOO = "-//Google Inc//Google Calendar 70.9054//EN"
APL = "-//Apple Inc.//iPhone OS 18.1//EN"
WEST = "W. Europe Standard Time"


def _n(kind: str, lang: str, uid: str, text: str, trap: str) -> None:
    add(kind, lang, uid, text, False, trap=trap)


def build() -> None:
    """Given nothing returns nothing; appends the other negatives."""
    u = "mock-coach-havbris-1"
    _n("mock-coach", "en", u, doc(GOO, [[
        "DTSTART:20261215T170000Z", "DTEND:20261215T180000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("sarah@careershift-coaching.de", "Sarah Whitaker"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Mock interview - practice for Havbris final round",
        "DESCRIPTION:" + esc("Hi Jonas, I'll play the VP Grid and ask the tough questions. This is practice "
                             "only - no one from Havbris will be there.\n" + meet("csc-mock-jbk"))]]), "mock_interview")

    u = "probe-interview-freund-2"
    _n("probeinterview-freund", "de", u, doc(APL, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261212T190000", "DTEND:20261212T200000",
        "SUMMARY:Probe-Vorstellungsgespräch mit Timo (übt mit mir)",
        "DESCRIPTION:Timo spielt den Personaler von Elbwerk. Nur Übung!"]], method=None), "mock_interview")

    u = "es-simulacion-uv-3"
    _n("es-simulacion", "es", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261202T180000"),
        tdt("DTEND", "Romance Standard Time", "20261202T190000"),
        "SUMMARY:Simulación de entrevista de trabajo (práctica) – Club de Empleo Valencia",
        org("empleo@clubempleo-valencia.es", "Club de Empleo"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Sesión de práctica: un orientador hará de entrevistador y te dará feedback. No es "
                             "una entrevista real con ninguna empresa.\n" + zoom("https://zoom.us/j/91100223344",
                                                                                 "911 0022 3344", "club", "es"))]],
        tzs=("Romance Standard Time",)), "mock_interview")

    u = "on24-webinar-interview-tips"
    _n("webinar-en", "en", u, doc("-//ON24//Webcast//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261203T160000Z", "DTEND:20261203T170000Z",
        "SUMMARY:Webinar: How to ace your interview in renewable energy",
        org("events@renewables-careers-network.org", "Renewables Careers Network"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Thanks for registering! Our panel of hiring managers from wind and solar "
                             "developers shares what they look for in interviews.\nJoin: "
                             "https://event.on24.com/wcc/r/4471123/AB12")]]), "webinar")

    u = "vhs-bewerbungstraining-4"
    _n("kurs-bewerbungstraining", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261128T100000"), tdt("DTEND", WEST, "20261128T160000"),
        "SUMMARY:VHS-Kurs: Souverän im Vorstellungsgespräch (Kurs 26H-4410)",
        org("anmeldung@vhs-hilden-haan.de", "VHS Hilden-Haan"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Samstagsseminar mit Rollenspielen zu typischen Fragen im Vorstellungsgespräch. "
                             "Bitte Schreibzeug mitbringen."),
        "LOCATION:VHS Hilden\\, Gerresheimer Str. 20"]], tzs=(WEST,)), "class")

    u = "apec-atelier-entretien-5"
    _n("fr-atelier", "fr", u, doc("-//Carrieres Rhone//Ateliers//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261207T090000Z", "DTEND:20261207T113000Z",
        "SUMMARY:Atelier « Réussir son entretien d'embauche » (en ligne)",
        org("ateliers@carrieres-rhone.fr", "Atelier Carrières Rhône"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Atelier collectif : préparer ses réponses, se présenter en 2 minutes, négocier "
                             "son salaire.\n" + webex("26633109987"))]]), "class")

    u = "rp-presse-hochdahler-6"
    _n("presseinterview", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261204T110000"), tdt("DTEND", WEST, "20261204T113000"),
        "SUMMARY:Interview Bergischer Anzeiger – Kanalsanierung Hochdahler Straße",
        org("pressestelle@stadt-hilden.de", "Pressestelle"), att(WORK, "Becker, Jonas"),
        att("l.winter@bergischer-anzeiger.de", "Lisa Winter (Bergischer Anzeiger)"),
        "DESCRIPTION:" + esc("Frau Winter möchte Sie als Projektleiter zur Bauzeit und den Umleitungen "
                             "befragen. Pressestelle ist dabei.")]], tzs=(WEST,)), "press_interview")

    u = "user-research-gisapp-7"
    _n("user-research", "en", u, doc(GOO, [[
        "DTSTART:20261209T140000Z", "DTEND:20261209T144500Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("research@pipemap.io", "PipeMap Research"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:User interview: how municipal engineers plan drainage works (EUR 60 voucher)",
        "DESCRIPTION:" + esc("Thanks for signing up for our user research study! We'd like to learn how you "
                             "use GIS and CAD tools in your day job. This is not a job interview.\n"
                             + meet("ppm-rsch-jbk"))]]), "user_research")

    u = "es-podcast-ingverde-8"
    _n("es-podcast", "es", u, doc(GOO, [[
        "DTSTART:20261210T170000Z", "DTEND:20261210T180000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("ingenieriaverde.podcast@gmail.com", "Podcast Ingeniería Verde"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Entrevista para el podcast Ingeniería Verde – episodio 42",
        "DESCRIPTION:" + esc("Grabación del episodio sobre drenaje urbano sostenible en ciudades alemanas. "
                             "Te entrevistaremos unos 45 minutos.\n" + zoom("https://zoom.us/j/97711002233",
                                                                            "977 1100 2233", "verde", "es"))]]),
        "podcast_interview")

    u = "zahnarzt-dez-9"
    _n("zahnarzt", "de", u, doc(APL, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261205T083000"),
        tdt("DTEND", "Europe/Berlin", "20261205T090000"), "SUMMARY:Zahnarzt Dr. Reuter – Kontrolle",
        "LOCATION:Mittelstraße 12\\, Hilden"]], method=None, tzs=("Europe/Berlin",)), "personal")

    u = "buergeramt-ausweis-10"
    _n("buergeramt", "de", u, doc(GOO, [[
        "DTSTART:20261201T073000Z", "DTEND:20261201T074500Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        "SUMMARY:Termin Bürgerbüro Düsseldorf: Reisepass beantragen",
        "DESCRIPTION:Vorgangsnummer 2026-88172. Biometrisches Foto mitbringen."]], method=None,
        head=("X-WR-TIMEZONE:Europe/Berlin",)), "personal")

    u = "fr-visite-appart-lyon-11"
    _n("fr-visite-appartement", "fr", u, doc(APL, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Paris", "20261220T110000"),
        tdt("DTEND", "Europe/Paris", "20261220T114500"), "SUMMARY:Visite appartement T3 – Croix-Rousse",
        "DESCRIPTION:Agence Rhône Immo\\, demander charges + DPE", "LOCATION:14 rue d'Austerlitz\\, Lyon"]],
        method=None, tzs=("Europe/Paris",)), "personal")

    u = "es-cita-medica-12"
    _n("es-vuelo-familia", "es", u, doc(GOO, [[
        "DTSTART;VALUE=DATE:20261222", "DTEND;VALUE=DATE:20261223", f"DTSTAMP:{STAMP}", f"UID:{u}",
        "SUMMARY:Vuelo DUS–VLC + cena con la familia de Marta"]], method=None), "personal")

    u = "en-passport-kid-13"
    _n("en-personal", "en", u, doc(GOO, [[
        "DTSTART:20261206T100000Z", "DTEND:20261206T120000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("ben.walsh.hh@gmail.com", "Ben Walsh"), att(ME, "Jonas"),
        "SUMMARY:Help Ben move flat (Hamburg-Altona)", "DESCRIPTION:bring drill + van keys"]]), "personal")

    u = "jourfixe-tiefbau-14"
    _n("jour-fixe", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261130T090000"), tdt("DTEND", WEST, "20261130T100000"),
        "RRULE:FREQ=WEEKLY;BYDAY=MO", "SUMMARY:Jour fixe Abteilung Straßen & Entwässerung",
        org("a.meurer@stadt-hilden.de", "Meurer, Andreas"), att(WORK, "Becker, Jonas"),
        att("m.ates@stadt-hilden.de", "Ateş, Murat"), att("raum-312@stadt-hilden.de", "Raum 312", cutype="ROOM",
                                                          role="NON-PARTICIPANT")]], tzs=(WEST,)), "internal")

    u = "mitarbeitergespraech-15"
    _n("jahresgespraech", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261216T100000"), tdt("DTEND", WEST, "20261216T113000"),
        "SUMMARY:Mitarbeiterjahresgespräch Becker / Meurer", org("a.meurer@stadt-hilden.de", "Meurer, Andreas"),
        att(WORK, "Becker, Jonas"),
        "DESCRIPTION:Zielvereinbarung 2027\\, Fortbildungswünsche\\, Rückblick Baustellen 2026."]], tzs=(WEST,)),
        "internal")

    u = "bauausschuss-sitzung-16"
    _n("bauausschuss", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261215T170000"), tdt("DTEND", WEST, "20261215T200000"),
        "SUMMARY:Sitzung Ausschuss für Stadtentwicklung und Umwelt – TOP 7 Regenrückhaltebecken",
        org("ratsbuero@stadt-hilden.de", "Ratsbüro"), att(WORK, "Becker, Jonas"),
        "LOCATION:Ratssaal"]], tzs=(WEST,)), "internal")

    u = "en-partner-city-visit-17"
    _n("en-internal-delegation", "en", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261208T100000"), tdt("DTEND", WEST, "20261208T123000"),
        "SUMMARY:Site tour for visiting engineers from Warrington (twin town)",
        org("international@stadt-hilden.de", "Städtepartnerschaften"), att(WORK, "Becker, Jonas"),
        "DESCRIPTION:" + esc("Please show the delegation the new retention basin and explain our sewer "
                             "rehabilitation programme. Lunch afterwards at the town hall.")]], tzs=(WEST,)),
        "internal")

    u = "coffee-lars-havbris-18"
    _n("coffee-info", "en", u, doc(GOO, [[
        "DTSTART:20261205T090000Z", "DTEND:20261205T093000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("lars.b.nielsen@gmail.com", "Lars Nielsen"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Coffee chat - Lars (grid engineer at Havbris)",
        "DESCRIPTION:" + esc("Happy to tell you what working in grid connection in Denmark is like. Just an "
                             "informal chat between engineers, not part of any hiring process.\n"
                             + meet("lbn-cof-jbk"))]]), "coffee_chat")

    u = "kaffee-netzbetreiber-19"
    _n("kaffee-einblick", "de", u, doc(APL, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261211T123000"),
        tdt("DTEND", "Europe/Berlin", "20261211T131500"),
        "SUMMARY:Kaffee mit Svenja (Ex-Kommilitonin, jetzt bei Rheinland Übertragung) – Einblick Netzplanung",
        "LOCATION:Café Extrablatt Düsseldorf"]], method=None, tzs=("Europe/Berlin",)), "coffee_chat")

    u = "fr-cafe-decouverte-20"
    _n("fr-cafe", "fr", u, doc(GOO, [[
        "DTSTART:20261213T090000Z", "DTEND:20261213T094500Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("julie.bernard.eng@gmail.com", "Julie Bernard"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Café découverte – métiers du raccordement (Julie)",
        "DESCRIPTION:" + esc("Échange informel pour te raconter mon quotidien d'ingénieure chez un "
                             "gestionnaire de réseau à Lyon. Pas un entretien, juste du réseau !\n"
                             + meet("jbn-caf-lyn", "fr"))]]), "coffee_chat")

    u = "karrieretag-ee-hh-21"
    _n("jobmesse", "de", u, doc(GOO, [[
        "DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261206", f"DTSTAMP:{STAMP}", f"UID:{u}",
        "SUMMARY:Karrieretag Erneuerbare Energien – Messe Hamburg",
        "DESCRIPTION:" + esc("Stände: Nordwind, Elbwerk, TenneNord u.v.m. Lebensläufe ausdrucken (20x)."),
        "TRANSP:TRANSPARENT"]], method=None, head=("X-WR-TIMEZONE:Europe/Berlin",)), "job_fair")

    u = "es-feria-empleo-vlc-22"
    _n("es-feria", "es", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261212T100000"),
        tdt("DTEND", "Romance Standard Time", "20261212T140000"),
        "SUMMARY:Feria de Empleo Energías Renovables – Feria Valencia (inscrito)",
        org("inscripciones@feriaempleo-renovables.es", "Feria de Empleo Renovables"), att(ME, "Jonas Becker"),
        "DESCRIPTION:Entrada gratuita. Más de 40 empresas del sector. Trae tu CV."]],
        tzs=("Romance Standard Time",)), "job_fair")

    u = "reference-marek-meridian-23"
    _n("reference-call", "en", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261209T163000"), tdt("DTEND", WEST, "20261209T170000"),
        "SUMMARY:Reference call re: Marek Nowak", org("talent@meridian-gip.com", "Meridian Talent Team"),
        att(WORK, "Jonas Becker"),
        "DESCRIPTION:" + esc("Dear Jonas, Marek Nowak has named you as a referee for his application with us. "
                             "We'd like 20 minutes to ask about your time working together at Stadt Hilden.")]],
        tzs=(WEST,)), "reference_call")

    u = "referenz-klein-24"
    _n("referenzgespraech", "de", u, doc(GOO, [[
        "DTSTART:20261202T150000Z", "DTEND:20261202T152000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("personal@bauplan-ruhr.de", "Personalabteilung Bauplan Ruhr"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Referenzauskunft zu Frau Anna Klein",
        "DESCRIPTION:" + esc("Frau Klein hat Sie als Referenz angegeben (ehemalige Kollegin im Tiefbauamt). "
                             "Wir rufen Sie kurz an.")]]), "reference_call")

    u = "linkedin-recruiter-en-25"
    _n("recruiter-no-employer", "en", u, doc("-//Calendly//Calendly//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261201T143000Z", "DTEND:20261201T150000Z",
        "SUMMARY:Jonas Becker and Oscar Lindahl - 30 min intro", org("oscar@northsea-search.com", "Oscar Lindahl"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Event Name: Candidate intro (Energy practice)\nI'd like to understand your "
                             "background and what you're looking for, so I can match you with clients later. "
                             "No specific vacancy yet.\nPowered by Calendly.com")]]), "recruiter_call")

    u = "headhunter-markt-de-26"
    _n("headhunter-allgemein", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261207T180000"), tdt("DTEND", WEST, "20261207T183000"),
        "SUMMARY:Kennenlernen Personalberatung – Ihre Wechselmotivation", org("j.ritter@energiekoepfe.de",
                                                                                "Ritter, Jana"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Unverbindliches Kennenlernen: Ihre Wünsche, Gehaltsrahmen, Regionen. Aktuell "
                             "stelle ich Sie noch keinem Unternehmen vor.\n" + teams("de"))]], tzs=(WEST,)),
        "recruiter_call")

    u = "fr-cabinet-point-27"
    _n("fr-cabinet-point", "fr", u, doc(GOO, [[
        "DTSTART:20261208T080000Z", "DTEND:20261208T083000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("m.leblanc@talentsverts.fr", "Mathieu Leblanc"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Point carrière avec Talents Verts",
        "DESCRIPTION:" + esc("Premier point pour comprendre votre projet de mobilité vers Lyon. Je vous "
                             "présenterai ensuite à des clients si cela correspond.\n" + meet("tvt-pnt-jbk", "fr"))]]),
        "recruiter_call")

    u = "prep-havbris-final-28"
    _n("prep-block", "en", u, doc(APL, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261216T190000"),
        tdt("DTEND", "Europe/Berlin", "20261216T210000"),
        "SUMMARY:Prep for Havbris final tomorrow – read Mikkel's LinkedIn\\, grid code notes"]], method=None,
        tzs=("Europe/Berlin",)), "prep_block")

    u = "afterview-tickler-29@afterview"
    _n("afterview-tickler", "en", u, doc("-//afterview//afterview//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261211T160000"),
        tdt("DTEND", "Europe/Berlin", "20261211T161500"),
        "SUMMARY:Send thank-you notes — Øresund Offshore Partners\\, Offshore Interface Engineer",
        "DESCRIPTION:Write down what you discussed with each interviewer\\, then open the drafts.",
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:ty:oresund:offshore-interface"]], method=None,
        tzs=("Europe/Berlin",)), "tickler")
