"""holdout35: other events that are not the user's interview (blind; CC0 1.0)."""

from __future__ import annotations

from holdout35ev_ical import Ev


def others() -> list[Ev]:
    e: list[Ev] = []

    def a(ev: Ev, trap: str) -> None:
        ev.iv = 0
        ev.trap = trap
        e.append(ev)

    a(Ev("mock-coach", "en", "calendly", "Mock Interview – Supply Chain Case Practice (Kwame Mensah)",
         "Event Name: Mock interview (60 min)\n\nWe will run a full practice case interview in the style of an"
         " operations consultancy, followed by 15 minutes of feedback.\n\nPowered by Calendly.com",
         "Rachel Owens <rachel@owenscareercoaching.co.uk>", ["Kwame Mensah <ME>"], "20261202T1900", 60,
         boil="zoom_en"), "mock")
    a(Ev("mock-friend", "de", "google", "Übungsinterview mit Jana (sie spielt Hiring Managerin)",
         "Fragen zu Zalando/Forto durchgehen, STAR-Antworten üben.", "Kwame Mensah <ME>",
         ["Jana Wolff <jana.wolff87@gmail.com>"], "20261205T1100", 60, loc="bei Jana, Ottensen"), "mock")
    a(Ev("mock-agentur", "de", "outlook", "Bewerbungstraining: Simuliertes Vorstellungsgespräch",
         "Sehr geehrter Herr Mensah, im Rahmen der Weiterbildungsberatung üben wir ein Vorstellungsgespräch mit"
         " Videoaufzeichnung und Feedback.", "Karriereberatung Hamburg <termine@karriere-kompass-hh.de>",
         ["Kwame Mensah <ME>"], "20261209T0900", 90, loc="Karriere-Kompass, Mönckebergstr. 7"), "mock")
    a(Ev("webinar", "en", "zoom", "Webinar: Ace Your Data Analyst Interview (SQL + Case)",
         "Thank you for registering for \"Ace Your Data Analyst Interview\". Hosts: DataCareer Academy.\n\nPlease"
         " submit any questions to: webinars@datacareer.academy", "DataCareer Academy <no-reply@zoom.us>",
         ["Kwame Mensah <ME>"], "20261203T1800", 75, tz="utc", boil="zoom_en"), "webinar")
    a(Ev("ihk-workshop", "de", "outlook", "IHK-Workshop: Vorstellungsgespräche souverän führen & Gehalt verhandeln",
         "Ihre Anmeldung ist bestätigt. Veranstaltungsort: Handelskammer Hamburg, Adolphsplatz 1.",
         "Veranstaltungen Handelskammer <veranstaltungen@hk24.de>", ["Kwame Mensah <ME>"], "20261210T1730", 150,
         loc="Handelskammer Hamburg, Adolphsplatz 1"), "webinar")
    a(Ev("class", "de", "google", "Kurs: Python für Supply Chain Analytics – Woche 5 (Interviews & Portfolio)",
         "Abendkurs VHS. Heute: Portfolio-Projekte präsentieren und typische Fragen in Bewerbungsgesprächen.",
         "Kwame Mensah <ME>", [], "20261214T1800", 120, method="", loc="VHS Hamburg, Schanzenstr. 75"), "class")
    a(Ev("user-research", "de", "google", "Nutzerinterview: Feedback zur Slot-Buchungsplattform (Portchain)",
         "Hallo Kwame,\n\ndanke, dass du als Planer an unserem Nutzerinterview teilnimmst! Wir möchten 45"
         " Minuten über deinen Alltag mit Liegeplatzanfragen sprechen. Als Dankeschön gibt es einen 50-€-Gutschein."
         "\n\nAstrid, UX Research", "Astrid Holm <astrid.holm@portchain.com>", ["Kwame Mensah <WORK>"],
         "20261211T1000", 45, boil="meet"), "user_research")
    a(Ev("press", "de", "outlook", "Interview Hamburger Abendblatt – Wartezeiten am Terminal",
         "Telefoninterview mit Frau Reuter (Wirtschaftsredaktion). Freigabe durch Unternehmenskommunikation liegt"
         " vor; Zitate gehen vorab zur Autorisierung an presse@.", "Presse Elbkai <presse@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "Julia Reuter <julia.reuter@abendblatt.de>"], "20261215T1100", 30,
         loc="Telefon"), "press")
    a(Ev("podcast", "en", "google", "Podcast recording: Supply Chain Voices – guest Kwame Mensah",
         "Hi Kwame, thanks for joining episode 84 as our guest! We'll talk about yard planning and what"
         " terminal people bring to data teams. Recording on Riverside: https://riverside.fm/studio/scv",
         "Gemma Price <gemma@supplychainvoices.fm>", ["Kwame Mensah <ME>"], "20261216T1700", 60,
         tz="Europe/London"), "press")
    a(Ev("dentist", "de", "ios", "Zahnarzt Dr. Feld", "Kontrolle + PZR", "", [], "20261217T0745", 60,
         tz="float", method="", loc="Eppendorfer Landstraße 40"), "personal")
    a(Ev("auslaenderbehoerde", "de", "google", "Vorsprache Hamburg Welcome Center – Niederlassungserlaubnis",
         "Termin Nr. 48812. Mitbringen: Pass, Arbeitsvertrag, Gehaltsnachweise, Mietvertrag.", "Kwame Mensah <ME>",
         [], "20261218T0830", 60, method="", loc="Hamburg Welcome Center, Adolphsplatz 1"), "personal")
    a(Ev("wohnung", "de", "apple", "Besichtigung Wohnung Barmbek (SAGA)", "3 Zi., Bachstraße. Unterlagen!",
         "", [], "20261219T1100", 30, method=""), "personal")
    a(Ev("kita", "de", "google", "Kita Regenbogen – Aufnahmegespräch Ama", "", "Kwame Mensah <ME>",
         ["Efua Mensah <efua.mensah@gmx.net>"], "20270104T0900", 45, method="", loc="Kita Regenbogen, Barmbek"),
      "personal")
    a(Ev("bank", "de", "outlook", "Beratungsgespräch Baufinanzierung – Haspa",
         "Sehr geehrter Herr Mensah, hiermit bestätigen wir Ihren Termin in der Filiale Barmbek.\nIhre Haspa",
         "Haspa Terminservice <terminservice@haspa.de>", ["Kwame Mensah <ME>"], "20270105T1630", 60,
         loc="Haspa Filiale Barmbek, Fuhlsbüttler Str. 100"), "personal")
    a(Ev("mitarbeitergespraech", "de", "exchange", "Jahresgespräch Kwame / Stefan",
         "Zielvereinbarung 2027, Entwicklung, Weiterbildungswunsch (Data Analytics).",
         "Kruse, Stefan <s.kruse@elbkai-terminal.de>", ["Mensah, Kwame <WORK>"], "20261208T1500", 60), "internal")
    a(Ev("team", "de", "exchange", "Jour fixe Liegeplatzplanung KW 50",
         "Agenda: Anläufe Woche, Kranverfügbarkeit, Sonderladung.", "Jöns, Mira <m.joens@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "Kruse, Stefan <s.kruse@elbkai-terminal.de>",
          "room:EKT Besprechung Leitstand <leitstand@elbkai-terminal.de>"], "20261207T0830", 30), "internal")
    a(Ev("vendor", "en", "outlook", "Elbkai x Navis – TOS upgrade workshop",
         "Agenda: yard planning module, berth window reports, data export to Power BI.",
         "Mensah, Kwame <WORK>", ["Pieter Claes <pieter.claes@navis.com>", "Jöns, Mira <m.joens@elbkai-terminal.de>"],
         "20261216T1300", 120, boil="teams_en"), "internal")
    a(Ev("kaffee-ex", "de", "google", "Kaffee mit Sven (K+N)",
         "Austausch, wie es bei ihm im Analytics-Team so ist. Kein Bewerbungsgespräch, einfach reden.",
         "Kwame Mensah <ME>", ["Sven Ehlers <sven.ehlers@kuehne-nagel.com>"], "20261212T1000", 60,
         loc="Café Elbgold, Lagerstraße"), "coffee_chat")
    a(Ev("info-chat", "en", "google", "Informational chat – life as an analyst at Flexport",
         "Hi Kwame, happy to share how our network team works. This is just an informal chat, not part of any"
         " hiring process. — Aisha", "Aisha Bello <abello@flexport.com>", ["Kwame Mensah <ME>"], "20261213T1630",
         30, tz="Europe/Amsterdam", boil="meet"), "coffee_chat")
    a(Ev("cafe-fr", "fr", "google", "Café virtuel avec Élodie (ancienne collègue, maintenant chez Shippeo)",
         "Juste pour échanger sur son parcours vers la data. Pas un entretien.", "Kwame Mensah <ME>",
         ["Élodie Lambert <elodie.lambert@free.fr>"], "20270106T1230", 30, tz="Europe/Paris"), "coffee_chat")
    a(Ev("jobfair", "de", "google", "Karrieretag Logistik Hamburg", "Messehalle B6. Lebensläufe drucken (10x).",
         "Kwame Mensah <ME>", [], "20270109", 1440, method="", loc="Hamburg Messe"), "job_fair")
    a(Ev("careerfair-en", "en", "outlook", "Supply Chain Career Day Rotterdam – registration confirmed",
         "Dear Kwame, you're registered. Exhibitors include shippers, 3PLs and port companies. Doors open 10:00.",
         "Career Day Team <info@supplychaincareerday.nl>", ["Kwame Mensah <ME>"], "20270116T1000", 360,
         tz="Europe/Amsterdam", loc="Ahoy Rotterdam"), "job_fair")
    a(Ev("reference", "de", "outlook", "Referenzgespräch zu Tobias Krämer",
         "Hallo Herr Mensah, Herr Krämer hat Sie als Referenz angegeben (Ihr früherer Azubi). Ich würde Sie"
         " gerne 15 Minuten zu seiner Arbeitsweise befragen.\n\nViele Grüße\nSusanne Haag, HR, Lufthansa Cargo",
         "Haag, Susanne <susanne.haag@dlh.de>", ["Kwame Mensah <ME>"], "20261210T1200", 15, loc="Telefon"),
      "reference")
    a(Ev("reference-en", "en", "google", "Reference call – Mira Jöns",
         "Hi Kwame, Mira listed you as a referee for her application with us. Ten minutes is plenty. Thanks,"
         " Oliver (People team, Maersk)", "Oliver Grant <oliver.grant@maersk.com>", ["Kwame Mensah <ME>"],
         "20270112T1730", 15, tz="Europe/London"), "reference")
    a(Ev("headhunter", "de", "outlook", "Kennenlernen – Ihre Karriereziele im Bereich Supply Chain Analytics",
         "Hallo Herr Mensah,\n\nich freue mich auf unser Gespräch. Ich möchte Sie und Ihre Wünsche kennenlernen,"
         " bevor ich Ihnen passende Mandate vorstelle.\n\nBeste Grüße\nDaniel Kurz\nKurz Executive Search",
         "Daniel Kurz <d.kurz@kurz-executive.de>", ["Kwame Mensah <ME>"], "20261206T1800", 30, loc="Telefon"),
      "recruiter_no_employer")
    a(Ev("agency-register", "en", "google", "Candidate registration call – Robert Walters",
         "Hi Kwame, this call is to register you with our Supply Chain & Procurement desk and to understand your"
         " goals and salary expectations. No specific role yet.", "Hannah Lee <hannah.lee@robertwalters.com>",
         ["Kwame Mensah <ME>"], "20261211T0900", 30, tz="Europe/London", boil="teams_en"), "recruiter_no_employer")
    a(Ev("es-recruiter", "es", "google", "Llamada con reclutador – perfiles de Supply Chain en Madrid",
         "Hola Kwame, una primera llamada para conocerte y contarte cómo trabajamos. Aún no hay una posición"
         " concreta. Saludos, Álvaro (consultor independiente)", "Álvaro Gil <alvaro.gil.rrhh@gmail.com>",
         ["Kwame Mensah <ME>"], "20270108T1700", 30, tz="Europe/Madrid", boil="meet"), "recruiter_no_employer")
    a(Ev("prep", "de", "apple", "Vorbereitung Abschlussgespräch Otto", "Case wiederholen, Fragen an Fr. Petersen.",
         "", [], "20270121T1900", 90, tz="float", method=""), "prep")
    a(Ev("tickler", "en", "thunderbird", "Send thank-you notes — Tchibo, Supply Chain Analyst",
         "Write down what you remember about each interviewer (names, topics) and send the drafts in your"
         " Drafts folder.", "", [], "20261202T1715", 15, method="",
         extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:tickler:thanks:tchibo:supply-chain-analyst"]),
      "afterview_tickler")
    a(Ev("exit-colleague", "de", "exchange", "Verabschiedung Hauke – Umtrunk",
         "Hauke geht nach 31 Jahren in Rente. Kantine, ab 15 Uhr.",
         "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>"], "20261218T1500", 90), "internal")
    a(Ev("fr-webinaire", "fr", "zoom", "Webinaire : réussir son entretien d'embauche en anglais",
         "Merci pour votre inscription ! Animé par l'équipe coaching de Talents Pro.",
         "Talents Pro <webinaires@talentspro.fr>", ["Kwame Mensah <ME>"], "20270110T1830", 60, tz="Europe/Paris",
         boil="zoom_en"), "webinar")
    return e
