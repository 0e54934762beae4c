"""holdout28: other negatives (mock, webinar, class, research, press, personal, internal, chats, fairs, refs)."""

from __future__ import annotations

from holdout28ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    MEET_TXT,
    OUTLOOK,
    TEAMS_TXT,
    ZOOM_TXT,
    Case,
    Ev,
    att,
    cal,
    person,
    tzdt,
)

W = "W. Europe Standard Time"
V = "Europe/Vienna"


def _n(kind: str, lang: str, text: str, uid: str, trap: str) -> Case:
    return Case(kind, lang, text, uid, False, trap=trap)


def cases() -> list[Case]:
    """Given nothing, returns the non-interview cases other than the user as interviewer."""
    out: list[Case] = []

    u = "h28o01@google.com"
    ev = Ev(u, "Mock-Interview mit Coach (Category Manager Fragen)", tzdt("DTSTART", V, "20261202T180000"),
            tzdt("DTEND", V, "20261202T190000"),
            desc="Übungsinterview: Fallfragen zu Sortimentsbereinigung. Coach: Birgit Hanl.\n" + ZOOM_TXT,
            org=person("ORGANIZER", "birgit@hanl-coaching.at", "Birgit Hanl"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("mock_coach", "de", cal(GOOGLE, [ev], (V,), "REQUEST"), u, "mock"))

    u = "h28o02@hand"
    ev = Ev(u, "Interview-Probe mit Sandra (sie spielt HR von Spar)", tzdt("DTSTART", V, "20261206T150000"),
            tzdt("DTEND", V, "20261206T160000"), desc="Bei uns zuhause, Fragenkatalog ausdrucken")
    out.append(_n("mock_friend", "de", cal(APPLE, [ev], (V,)), u, "mock"))

    u = "h28o03@google.com"
    ev = Ev(u, "Practice interview – AMS career lab (category roles)", "DTSTART:20261209T080000Z",
            "DTEND:20261209T090000Z",
            desc="Simulated interview with feedback, no employer involved. Bring your CV.",
            loc="AMS Berufsinfozentrum, Neubaugasse 43, Wien",
            org=person("ORGANIZER", "karrierelab@ams.at", "AMS Karrierelab"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("mock_en", "en", cal(GOOGLE, [ev], (), "REQUEST"), u, "mock"))

    u = "h28o04-zoom@zoom.us"
    ev = Ev(u, "Webinar: Vom Filialleiter in den Einkauf – so klappt das Vorstellungsgespräch",
            "DTSTART:20261203T170000Z", "DTEND:20261203T180000Z",
            desc=("Vielen Dank für Ihre Anmeldung zum Webinar von karriere.at.\n" + ZOOM_TXT +
                  "\nSie können sich jederzeit abmelden."),
            org=person("ORGANIZER", "no-reply@zoom.us", "karriere.at Events"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("webinar_de", "de", cal("-//zoom.us//iCalendar Event//EN", [ev]), u, "webinar"))

    u = "h28o05@hand"
    ev = Ev(u, "Webinar: Acing the retail buyer interview (LinkedIn Live)", "DTSTART:20261210T170000Z",
            "DTEND:20261210T180000Z", desc="Recording available afterwards. Speaker: a former Tesco buying director.")
    out.append(_n("webinar_en", "en", cal(GOOGLE, [ev]), u, "webinar"))

    u = "h28o06@wifi.at"
    ev = Ev(u, "Kurs: Bewerbungstraining & Gesprächsführung (WIFI) – Teil 2", tzdt("DTSTART", V, "20261211T170000"),
            tzdt("DTEND", V, "20261211T210000"), desc="Kursnummer 24817. Trainerin: Mag. Eva Pollak.",
            loc="WIFI Wien, Währinger Gürtel 97", org=person("ORGANIZER", "kundenservice@wifiwien.at", "WIFI Wien"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("class_de", "de", cal(OUTLOOK, [ev], (V,), "REQUEST"), u, "class"))

    u = "h28o07@hand"
    ev = Ev(u, "Taller: cómo preparar entrevistas de trabajo (Instituto Cervantes)", tzdt("DTSTART", V,
            "20261214T183000"), tzdt("DTEND", V, "20261214T200000"),
            desc="Taller en español para practicar vocabulario de entrevistas.")
    out.append(_n("class_es", "es", cal(APPLE, [ev], (V,)), u, "class"))

    u = "h28o08@google.com"
    ev = Ev(u, "User interview: how store managers plan orders (research study)", "DTSTART:20261207T160000Z",
            "DTEND:20261207T164500Z",
            desc=("Thanks for joining our research study! We're a product team at a retail-software startup "
                  "and want to learn how you plan orders. 45 min, €50 voucher.\n" + MEET_TXT),
            org=person("ORGANIZER", "research@orderly.io", "Orderly Research"), atts=[att(ME_PRIVATE, None)])
    out.append(_n("user_research_en", "en", cal(GOOGLE, [ev], (), "REQUEST"), u, "user_research"))

    u = "h28o09@hand"
    ev = Ev(u, "Entrevista de investigación de usuarios – app de fidelización", "DTSTART:20261212T100000Z",
            "DTEND:20261212T104500Z",
            desc="Estudio de usuario: nos interesa tu experiencia como encargado de tienda. Compensación 40 €.",
            org=person("ORGANIZER", "ux@puntos-app.es", "Equipo UX Puntos"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("user_research_es", "es", cal(OUTLOOK, [ev], (), "REQUEST"), u, "user_research"))

    u = "h28o10@regionalmedien.at"
    ev = Ev(u, "Interview Bezirkszeitung: Filiale Ottakring feiert 20 Jahre", tzdt("DTSTART", W, "20261215T110000"),
            tzdt("DTEND", W, "20261215T113000"),
            desc="Redakteurin Nina Hof kommt mit Fotograf in die Filiale. Pressestelle informiert.",
            org=person("ORGANIZER", "n.hof@meinbezirk.at", "Hof Nina"), atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(_n("press_interview", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u, "press"))

    u = "h28o11@google.com"
    ev = Ev(u, "Podcast-Aufnahme „Handelsgeflüster“ – Interview mit Lukas", "DTSTART:20261217T170000Z",
            "DTEND:20261217T180000Z", desc="Folge über Lebensmittelverschwendung im Supermarkt. Riverside-Link folgt.",
            org=person("ORGANIZER", "handelsgefluester@gmail.com", "Handelsgeflüster Podcast"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("podcast_interview", "de", cal(GOOGLE, [ev], (), "REQUEST"), u, "podcast"))

    u = "h28o12@hand"
    ev = Ev(u, "Zahnarzt Dr. Weinberger", tzdt("DTSTART", V, "20261204T073000"), tzdt("DTEND", V, "20261204T081500"))
    out.append(_n("personal_dentist", "de", cal(APPLE, [ev], (V,)), u, "personal"))

    u = "h28o13@hand"
    ev = Ev(u, "Oma Geburtstag", "DTSTART;VALUE=DATE:20261213", "DTEND;VALUE=DATE:20261214",
            extra=["RRULE:FREQ=YEARLY"])
    out.append(_n("personal_birthday", "de", cal(APPLE, [ev]), u, "personal"))

    u = "h28o14@google.com"
    ev = Ev(u, "Pick up keys – flat viewing Zurich (Langstrasse)", tzdt("DTSTART", "Europe/Zurich",
            "20261219T120000"), tzdt("DTEND", "Europe/Zurich", "20261219T124500"),
            desc="Besichtigung, Verwaltung Immo Helvetia, ask about deposit", loc="Langstrasse 112, Zürich")
    out.append(_n("personal_flat_viewing", "en", cal(GOOGLE, [ev], ("Europe/Zurich",)), u, "personal"))

    u = "h28o15@hand"
    ev = Ev(u, "Cita ITV coche", tzdt("DTSTART", V, "20261220T090000"), tzdt("DTEND", V, "20261220T100000"),
            desc="Pickerl-Überprüfung, Werkstatt Gruber")
    out.append(_n("personal_car", "es", cal(APPLE, [ev], (V,)), u, "personal"))

    u = "h28o16@hand"
    ev = Ev(u, "Rendez-vous banque – crédit voiture", "DTSTART:20261223T140000", "DTEND:20261223T143000")
    out.append(_n("personal_bank_floating", "fr", cal(APPLE, [ev], head=("X-WR-TIMEZONE:Europe/Vienna",)), u,
                  "personal"))

    u = "h28o17@frischmarkt.at"
    ev = Ev(u, "Mitarbeitergespräch Hofer / Wagner (Jahresgespräch 2026)", tzdt("DTSTART", W, "20261205T100000"),
            tzdt("DTEND", W, "20261205T113000"),
            desc="Jährliches Mitarbeitergespräch: Zielerreichung, Entwicklung, Ziele 2027. Formular vorab ausfüllen.",
            org=person("ORGANIZER", "s.wagner@frischmarkt.at", "Wagner Stefan"), atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(_n("own_performance_review", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, "internal"))

    u = "h28o18@frischmarkt.at"
    ev = Ev(u, "Bezirksrunde Marktleiter – Inventur & Weihnachtsgeschäft", tzdt("DTSTART", W, "20261208T090000"),
            tzdt("DTEND", W, "20261208T110000"), desc=TEAMS_TXT,
            org=person("ORGANIZER", "s.wagner@frischmarkt.at", "Wagner Stefan"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("a.bauer@frischmarkt.at", "Bauer Andrea"),
                  att("k.schmid@frischmarkt.at", "Schmid Klaus")])
    out.append(_n("internal_district_meeting", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, "internal"))

    u = "h28o19@frischmarkt.at"
    ev = Ev(u, "Category review with supplier – Dairy planogram Q1", tzdt("DTSTART", W, "20261216T140000"),
            tzdt("DTEND", W, "20261216T150000"),
            desc="Supplier presentation by Berglandmilch key account; store feedback on the new planogram.",
            org=person("ORGANIZER", "einkauf.molkerei@frischmarkt.at", "Einkauf Molkerei"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("r.eder@berglandmilch.at", "Eder Robert")])
    out.append(_n("internal_supplier_meeting", "en", cal(OUTLOOK, [ev], (W,), "REQUEST"), u, "internal"))

    u = "h28o20@frischmarkt.at"
    ev = Ev(u, "Schichtplanung Jänner", tzdt("DTSTART", W, "20261221T150000"), tzdt("DTEND", W, "20261221T160000"),
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), atts=[att("m.steiner@frischmarkt.at", "Steiner Maria")])
    out.append(_n("internal_shift_planning", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u, "internal"))

    u = "h28o21@google.com"
    ev = Ev(u, "Coffee chat – Miriam (buyer at Spar, ex-colleague)", tzdt("DTSTART", V, "20261207T073000"),
            tzdt("DTEND", V, "20261207T081500"),
            desc="Just want to hear how she moved from store to buying. Not about a job there.",
            loc="Café Ritter Ottakring", org=person("ORGANIZER", ME_PRIVATE, "Lukas Hofer"),
            atts=[att("miriam.leitner@gmail.com", "Miriam Leitner")])
    out.append(_n("coffee_chat_en", "en", cal(GOOGLE, [ev], (V,), "REQUEST"), u, "coffee_chat"))

    u = "h28o22@hand"
    ev = Ev(u, "Kaffee mit Thomas (Category Manager bei Rauch) – Austausch", tzdt("DTSTART", V, "20261211T160000"),
            tzdt("DTEND", V, "20261211T170000"), desc="Informelles Kennenlernen, Tipps für den Quereinstieg.")
    out.append(_n("coffee_chat_de", "de", cal(APPLE, [ev], (V,)), u, "coffee_chat"))

    u = "h28o23@google.com"
    ev = Ev(u, "Café virtuel – échange avec une acheteuse de Coop", "DTSTART:20261214T120000Z",
            "DTEND:20261214T123000Z",
            desc="Échange informel sur le métier d'acheteur, aucun poste ouvert pour l'instant.\n" + MEET_TXT,
            org=person("ORGANIZER", "nathalie.gerber@coop.ch", "Nathalie Gerber"), atts=[att(ME_PRIVATE, None)])
    out.append(_n("coffee_chat_fr", "fr", cal(GOOGLE, [ev], (), "REQUEST"), u, "coffee_chat"))

    u = "h28o24@hand"
    ev = Ev(u, "Karrieremesse Handel & Logistik (Messe Wien)", "DTSTART;VALUE=DATE:20270116",
            "DTEND;VALUE=DATE:20270117", desc="Stände: Rewe, Spar, Hofer, Lidl, dm. Lebensläufe x10 ausdrucken.",
            loc="Messe Wien, Halle D")
    out.append(_n("job_fair_de", "de", cal(APPLE, [ev]), u, "job_fair"))

    u = "h28o25@eventbrite"
    ev = Ev(u, "Feria de empleo Retail & FMCG Madrid – acceso general", "DTSTART:20270120T090000Z",
            "DTEND:20270120T160000Z", desc="Tu entrada: #88213. Presenta el QR en la entrada.",
            org=person("ORGANIZER", "noreply@eventbrite.com", "Eventbrite"))
    out.append(_n("job_fair_es", "es", cal("-//Eventbrite//Eventbrite//EN", [ev]), u, "job_fair"))

    u = "h28o26@google.com"
    ev = Ev(u, "Reference call about Maria Steiner (Billa asked me)", tzdt("DTSTART", V, "20261209T120000"),
            tzdt("DTEND", V, "20261209T121500"),
            desc="Billa HR calls me as a reference for my deputy Maria – she's applying there.",
            org=person("ORGANIZER", "hr-ref@billa.at", "Billa HR"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("reference_call_en", "en", cal(GOOGLE, [ev], (V,), "REQUEST"), u, "reference_call"))

    u = "h28o27@hand"
    ev = Ev(u, "Referenzauskunft für Klaus Schmid an Merkur", tzdt("DTSTART", W, "20261218T103000"),
            tzdt("DTEND", W, "20261218T104500"),
            desc="Personalabteilung Merkur ruft wegen Referenz für Klaus an. Ich bin die Referenz.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"))
    out.append(_n("reference_call_de", "de", cal(OUTLOOK, [ev], (W,)), u, "reference_call"))

    u = "h28o28@hand"
    ev = Ev(u, "Llamada con headhunter – situación del mercado", "DTSTART:20261210T150000Z",
            "DTEND:20261210T153000Z",
            desc=("Hola Lukas, me gustaría conocerte y entender qué buscas. Aún no tengo un cliente concreto en "
                  "mente. Saludos, Álvaro (Talentia Search)"),
            org=person("ORGANIZER", "alvaro@talentiasearch.com", "Álvaro Reyes"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("recruiter_no_employer_es", "es", cal(OUTLOOK, [ev], (), "REQUEST"), u, "recruiter_no_employer"))

    u = "h28o29@google.com"
    ev = Ev(u, "Kennenlerngespräch Personalberatung (Pool-Aufnahme)", tzdt("DTSTART", V, "20261215T170000"),
            tzdt("DTEND", V, "20261215T174500"),
            desc=("Wir lernen Sie kennen, um Sie in unseren Kandidatenpool für Positionen im Handel aufzunehmen. "
                  "Konkrete Mandate besprechen wir später."),
            org=person("ORGANIZER", "k.fuchs@retail-personal.at", "Katharina Fuchs"),
            atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("recruiter_no_employer_de", "de", cal(GOOGLE, [ev], (V,), "REQUEST"), u, "recruiter_no_employer"))

    u = "h28o30@hand"
    ev = Ev(u, "Séance coaching carrière – bilan de compétences", tzdt("DTSTART", V, "20261222T180000"),
            tzdt("DTEND", V, "20261222T190000"), desc="Séance 3/6 avec la coach (visio).\n" + ZOOM_TXT,
            org=person("ORGANIZER", "contact@bilan-pro.fr", "Bilan Pro"), atts=[att(ME_PRIVATE, "Lukas Hofer")])
    out.append(_n("career_coaching_fr", "fr", cal(OUTLOOK, [ev], (V,), "REQUEST"), u, "career_coaching"))

    u = "h28o31@hand"
    ev = Ev(u, "Vorbereitung Interview Spar (Unterlagen durchgehen)", tzdt("DTSTART", V, "20261228T180000"),
            tzdt("DTEND", V, "20261228T193000"), desc="Geschäftsbericht lesen, Fragen notieren.")
    out.append(_n("prep_block", "de", cal(APPLE, [ev], (V,)), u, "prep_block"))

    u = "h28o32@hand"
    ev = Ev(u, "Entrevista a la ganadora del concurso de escaparates (blog interno)", tzdt("DTSTART", W,
            "20261216T113000"), tzdt("DTEND", W, "20261216T120000"),
            desc="Yo hago las preguntas para el blog interno de Frischmarkt.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), atts=[att("b.koller@frischmarkt.at", "Koller Beate")])
    out.append(_n("internal_blog_interview_es", "es", cal(EXCHANGE, [ev], (W,), "REQUEST"), u, "internal"))
    return out
