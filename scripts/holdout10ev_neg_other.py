"""holdout10: negatives that are not Malik Osei's job interviews and not him interviewing others.

Mock interviews, classes and webinars, research/press/podcast "interviews", personal appointments, internal
meetings, informational coffees, job fairs, reference calls and recruiter calls that name no employer.
"""

from __future__ import annotations

from datetime import date

from holdout10ev_boiler import google_footer, meet, teams, webex, zoom
from holdout10ev_ics import ME_PRIVATE, ME_WORK, Ev, Override, P

BW = "brennwald-versicherung.at"


def _me(partstat: str = "NEEDS-ACTION") -> P:
    return P("Malik Osei", ME_PRIVATE, partstat=partstat)


def _german() -> list[Ev]:
    out: list[Ev] = []
    coach = P("Barbara Heindl", "b.heindl@karrierewerk-coaching.at")
    out.append(Ev(
        "mock-coach", "de", "google", "Mock-Interview mit Barbara (Vorbereitung Alpenland 2. Runde)",
        (2026, 12, 7, 18, 0), 60, organizer=coach, attendees=[P("Barbara Heindl", coach.email, partstat="ACCEPTED"),
                                                              _me()],
        description="Hallo Malik,\n\nwie vereinbart simulieren wir das Zweitgespräch bei der Alpenland: ich spiele "
        "die Fachbereichsleitung, danach Feedback zu Antworten und Körpersprache. Coaching-Paket, Einheit 3 von 5.\n\n"
        "Barbara Heindl – Karrierewerk Coaching\n\n" + meet("de", "h10-mock-coach") + "\n\n"
        + google_footer("de", coach.email), trap="mock_real_company"))
    out.append(Ev(
        "workshop-vhs", "de", "apple", "VHS-Workshop: Vorstellungsgespräch & Gehaltsverhandlung",
        (2026, 11, 28, 10, 0), 180, tzmode="olson", location="VHS Wien Urania, Uraniastraße 1, 1010 Wien",
        description="Kursnr. 26W-4412, Raum 3. Anmeldung bestätigt. Rollenspiele zu typischen Fragen im "
        "Bewerbungsgespräch.", trap="class"))
    pod = P("Jana Frühwirth", "jana@zahlenbitte-podcast.at")
    out.append(Ev(
        "podcast-de", "de", "zoom", "Podcast-Interview „Zahlen, bitte!“ – Folge 48: Controlling in Versicherungen",
        (2026, 12, 1, 19, 0), 60, organizer=pod, attendees=[_me()],
        description="Hallo Malik,\n\ndanke, dass du Gast in unserem Podcast bist! Wir sprechen ca. 40 Minuten über "
        "deinen Weg ins Versicherungscontrolling und IFRS 17 in der Praxis. Bitte Headset verwenden.\n\nJana\n\n"
        + zoom("de", "h10-podcast"), trap="podcast"))
    out.append(Ev(
        "dentist", "de", "ios", "Zahnarzt Dr. Hübl – Kontrolle", (2026, 11, 30, 7, 30), 30, tzmode="floating",
        location="Dr. Hübl, Taborstraße 18, 1020 Wien", trap="personal"))
    boss = P("Rainer, Claudia", f"c.rainer@{BW}")
    out.append(Ev(
        "internal-close-review", "de", "outlook", "Monatsabschluss-Review November – Controlling",
        (2026, 12, 4, 9, 0), 60, tzmode="windows", organizer=boss,
        attendees=[P("Osei, Malik", ME_WORK), P("Prammer, Lukas", f"l.prammer@{BW}"), P("Koch, Elisabeth",
                                                                                       f"e.koch@{BW}")],
        description="Abweichungsanalyse Schaden/Unfall, Kostenstellen-Reporting, offene Punkte aus dem "
        "Oktober-Abschluss.\n\n" + teams("de", "h10-bw-close"), location="Raum Donau 5.04", trap="internal"))
    out.append(Ev(
        "annual-review", "de", "outlook", "Mitarbeitergespräch 2026 – Malik Osei", (2026, 12, 9, 16, 0), 90,
        tzmode="windows", organizer=boss, attendees=[P("Osei, Malik", ME_WORK)],
        description="Jährliches Mitarbeitergespräch: Rückblick, Zielvereinbarung 2027, Entwicklungswünsche. Bitte "
        "den Vorbereitungsbogen aus dem Intranet mitbringen.", location="Büro C. Rainer", trap="internal_review"))
    out.append(Ev(
        "coffee-network-de", "de", "google", "Kaffee mit Herrn Brunner (Netzwerk) – Austausch FP&A",
        (2026, 12, 2, 8, 0), 45, tzmode="xwr", organizer=P("Malik Osei", ME_PRIVATE),
        location="Café Prückel, Stubenring 24, 1010 Wien",
        description="Über Alumni-Netzwerk vermittelt. Ehemaliger CFO, jetzt Beiratsmitglied – er erzählt, wie "
        "FP&A-Teams in Industrieunternehmen aufgestellt sind. Keine konkrete Stelle, reiner Austausch.",
        trap="coffee_chat"))
    out.append(Ev(
        "job-fair-de", "de", "google", "Karrieremesse Finance & Banking Wien", date(2026, 11, 27), tzmode="xwr",
        organizer=P("Malik Osei", ME_PRIVATE), location="Messe Wien, Halle D, Messeplatz 1, 1020 Wien",
        description="Stände von Banken und Versicherungen, Lebenslauf-Check am Vormittag. Ticket im Handy.",
        trap="job_fair"))
    hr_ext = P("Kathrin Pölzl", "kathrin.poelzl@voestbau.at")
    out.append(Ev(
        "reference-de", "de", "outlook", "Referenzauskunft zu Frau Stefanie Klein", (2026, 12, 3, 12, 30), 20,
        tzmode="windows", organizer=hr_ext, attendees=[_me()],
        description="Sehr geehrter Herr Osei,\n\nFrau Klein hat Sie als Referenz angegeben (frühere Mitarbeiterin in "
        "Ihrem Team). Ich würde Ihnen gerne einige Fragen zu ihrer Arbeitsweise stellen. Ich rufe Sie an.\n\n"
        "Kathrin Pölzl, HR, Voestbau GmbH", location="Telefon", trap="reference_call"))
    cw = P("Clara Wimmer", "c.wimmer@kerner-personal.at")
    out.append(Ev(
        "headhunter-intake-de", "de", "outlook", "Kennenlernen Kerner Personalberatung – Ihr Profil & Wechselwunsch",
        (2026, 11, 23, 12, 0), 45, tzmode="utcplus", organizer=cw, attendees=[_me()],
        description="Lieber Herr Osei,\n\nvielen Dank für Ihr Interesse an einer Zusammenarbeit. In diesem ersten "
        "Gespräch möchte ich Sie, Ihre Erfahrungen und Ihre Wünsche (FP&A, Business Partnering, Region Wien) "
        "kennenlernen, damit wir passende Mandate für Sie finden.\n\nClara Wimmer\nSenior Consultant",
        location="Telefon", trap="recruiter_no_employer"))
    out.append(Ev(
        "parents-evening", "de", "ios", "Elternsprechtag VS Vorgartenstraße – Gespräch mit Fr. Lehrerin Haas",
        (2026, 12, 10, 17, 15), 15, tzmode="floating", trap="personal"))
    return out


def _english() -> list[Ev]:
    out: list[Ev] = []
    dani = P("Daniela Ortner", "dani.ortner@gmail.com")
    out.append(Ev(
        "practice-friend", "en", "google", "Practice interview w/ Dani – FP&A case questions", (2026, 11, 29, 17, 0),
        60, tzmode="olson", organizer=dani, attendees=[P("Daniela Ortner", dani.email, partstat="ACCEPTED"), _me()],
        description="Dry run before your real ones next week – I'll throw budgeting and variance questions at you "
        "and you pretend I'm a CFO :)\n\n" + meet("en", "h10-dani") + "\n\n" + google_footer("en", dani.email),
        trap="mock"))
    out.append(Ev(
        "webinar-en", "en", "zoom", "Webinar: Acing the FP&A Interview – Finance Talent Summit",
        (2026, 12, 2, 17, 0), 60, tz="Europe/Vienna", tzmode="utc",
        organizer=P("Finance Talent Summit", "no-reply@zoom.us"), attendees=[_me()],
        description="Hi Malik,\n\nThank you for registering for \"Acing the FP&A Interview\". Panelists from three "
        "hiring teams share the case questions they ask and what a strong answer looks like.\n\nPlease submit your "
        "questions in advance.\n\n" + zoom("en", "h10-webinar"), trap="webinar"))
    fv = P("Marie Hollaender", "marie.hollaender@finvia.io")
    out.append(Ev(
        "user-research", "en", "calendly", "User interview: Finvia app feedback (45 min)", (2026, 11, 24, 18, 0), 45,
        tzmode="utc", organizer=fv, attendees=[_me()],
        description="Event Name: Finvia customer research session\n\nThanks for signing up to give feedback on the "
        "Finvia budgeting app! Marie from our product research team will ask about how you plan your household "
        "finances. You'll receive a €40 voucher as a thank-you.\n\nPowered by Calendly.com",
        trap="user_research_applied_company"))
    out.append(Ev(
        "press-en", "en", "outlook", "Interview with Finance Monthly – comments on IFRS 17 reporting",
        (2026, 12, 8, 13, 0), 30, tzmode="windows", organizer=P("Wright, Hannah", "h.wright@financemonthly-mag.com"),
        attendees=[P("Osei, Malik", ME_WORK), P("Brennwald Press Office", f"presse@{BW}", role="OPT-PARTICIPANT")],
        description="Hi Malik,\n\nThanks for agreeing to speak to us for our piece on the first years of IFRS 17. "
        "The press office has approved the topics. I'll record the call for accuracy of quotes.\n\nHannah Wright, "
        "Senior Reporter", trap="press"))
    out.append(Ev(
        "flat-viewing", "en", "ios", "Flat viewing Zurich – Seefeldstrasse 112, 3.5 rooms", (2026, 12, 15, 18, 0),
        30, tz="Europe/Zurich", tzmode="olson", location="Seefeldstrasse 112, 8008 Zürich",
        description="Ask about parking + move-in date. Agent: Mrs Baumann.", trap="personal"))
    boss = P("Rainer, Claudia", f"c.rainer@{BW}")
    out.append(Ev(
        "one-on-one", "en", "outlook", "1:1 Malik / Claudia", (2026, 11, 23, 10, 0), 30, tzmode="windows",
        organizer=boss, attendees=[P("Osei, Malik", ME_WORK)], rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        override=Override((2026, 12, 7, 10, 0), (2026, 12, 7, 14, 0)),
        description="Weekly check-in: priorities, blockers, development.", trap="internal_recurring"))
    lea = P("Lea Zimmermann", "lea.zimmermann@eigerbank.ch")
    out.append(Ev(
        "coffee-chat-en", "en", "google", "Coffee chat with Lea (alumni) – what FP&A at a bank is like",
        (2026, 11, 26, 12, 15), 30, tz="Europe/Zurich", organizer=lea,
        attendees=[P("Lea Zimmermann", lea.email, partstat="ACCEPTED"), _me()],
        description="Hi Malik! Happy to share how our controlling team works and what I wish I had known before "
        "switching to banking. Just an informal chat between alumni – no opening on my side, I'm not in HR.\n\nLea\n\n"
        + meet("en", "h10-lea") + "\n\n" + google_footer("en", lea.email), trap="coffee_chat"))
    out.append(Ev(
        "reference-en", "en", "owa", "Reference check – Tom Berger (Malik as referee)", (2026, 12, 10, 16, 30), 20,
        tz="Europe/Zurich", tzmode="windows", organizer=P("Schmid, Olivia", "olivia.schmid@helveticre.ch"),
        attendees=[_me()],
        description="Dear Malik,\n\nTom Berger has named you as a referee for a role with us. Could you spare 15 "
        "minutes to tell me about working with him at Brennwald? I'll call your mobile.\n\nKind regards\nOlivia "
        "Schmid, Talent Acquisition, Helvetic Re", trap="reference_call_applied_company"))
    hs = P("Oliver Grant", "oliver.grant@harboursearch.ch")
    out.append(Ev(
        "recruiter-intake-en", "en", "outlook", "Intro call – Harbour Search (finance opportunities in Zurich)",
        (2026, 11, 25, 8, 0), 30, tz="Europe/Zurich", tzmode="windows", organizer=hs, attendees=[_me()],
        description="Hi Malik,\n\nGreat to connect on LinkedIn. Let's have a quick call so I understand your "
        "background and what you're looking for; I work with several insurers and banks in Zurich and will share "
        "suitable mandates afterwards.\n\nOliver Grant, Principal Consultant\n\n" + teams("en", "h10-harbour"),
        trap="recruiter_no_employer"))
    out.append(Ev(
        "prep-block", "en", "apple", "Prep: Eiger Bank final – annual report, Pillar 3, my 3 questions",
        (2026, 12, 15, 19, 0), 90, tz="Europe/Zurich", tzmode="floating",
        description="Read 2025 annual report + latest Pillar 3. Prepare the 'why FP&A at a bank' answer.",
        trap="prep_block"))
    return out


def _french_spanish() -> list[Ev]:
    out: list[Ev] = []
    mentor = P("Henri Dubois", "henri.dubois@orange.fr")
    out.append(Ev(
        "fr-mock-mentor", "fr", "google", "Simulation d'entretien avec Henri (mentorat)", (2026, 12, 6, 10, 0), 60,
        tz="Europe/Paris", organizer=mentor, attendees=[P("Henri Dubois", mentor.email, partstat="ACCEPTED"), _me()],
        description="Bonjour Malik, comme promis on fait un entraînement à l'entretien en français avant tes "
        "rendez-vous à Lyon. Je jouerai le DAF. Ce n'est qu'un exercice !\nHenri\n\n" + meet("fr", "h10-henri")
        + "\n\n" + google_footer("fr", mentor.email), trap="mock"))
    out.append(Ev(
        "fr-bank-loan", "fr", "outlook", "Rendez-vous conseiller – prêt immobilier (Banque Rhône-Léman)",
        (2026, 12, 12, 10, 0), 45, tz="Europe/Zurich", tzmode="windows",
        organizer=P("Vuilleumier, Lucas", "lucas.vuilleumier@banque-rhoneleman.ch"), attendees=[_me()],
        description="Bonjour Monsieur Osei,\n\nJe vous confirme notre rendez-vous pour étudier votre demande de "
        "financement hypothécaire. Merci d'apporter vos trois dernières fiches de salaire.\n\nLucas Vuilleumier, "
        "Conseiller clientèle privée", location="Agence Plainpalais, Genève", trap="personal_bank_applied_company"))
    out.append(Ev(
        "fr-job-fair", "fr", "apple", "Forum emploi Finance & Audit – Lyon", date(2026, 12, 3), tz="Europe/Paris",
        tzmode="olson", location="Centre de Congrès de Lyon, 50 quai Charles de Gaulle",
        description="Inscription gratuite. Apporter 20 CV. Stands de cabinets d'audit et de groupes industriels.",
        trap="job_fair"))
    out.append(Ev(
        "fr-webinar", "fr", "webex", "Webinaire : réussir son entretien d'embauche en contrôle de gestion",
        (2026, 11, 26, 12, 30), 60, tz="Europe/Paris", tzmode="utc",
        organizer=P("DFCG Rhône-Alpes", "evenements@dfcg-ra.fr"), attendees=[_me()],
        description="Merci pour votre inscription. Un cabinet de recrutement et deux DAF partagent leurs conseils "
        "pour préparer les entretiens et les études de cas.\n\n" + webex("fr", "h10-dfcg"), trap="webinar"))
    out.append(Ev(
        "es-taller", "es", "zoom", "Taller: cómo preparar una entrevista de trabajo en finanzas",
        (2026, 12, 9, 18, 30), 90, tz="Europe/Madrid", organizer=P("Escuela de Finanzas Aplicadas",
                                                                    "formacion@efa-madrid.es"),
        attendees=[_me()],
        description="Gracias por inscribirte. En este taller practicaremos preguntas típicas de entrevista, el "
        "caso práctico y la negociación salarial.\n\n" + zoom("es", "h10-taller"), trap="class"))
    out.append(Ev(
        "es-school-tutor", "es", "ios", "Entrevista con la tutora de Amara (colegio)", (2026, 12, 1, 16, 30), 30,
        tz="Europe/Madrid", tzmode="floating", location="Colegio Alameda, Madrid",
        description="Tutoría trimestral. Preguntar por el cambio de colegio si nos mudamos.", trap="personal"))
    rec = P("Irene Castillo", "irene.castillo@outlook.es")
    out.append(Ev(
        "es-linkedin-recruiter", "es", "google", "Llamada con Irene (reclutadora) – oportunidades finanzas Madrid",
        (2026, 11, 27, 13, 0), 30, tz="Europe/Madrid", organizer=rec,
        attendees=[P("Irene Castillo", rec.email, partstat="ACCEPTED"), _me()],
        description="Hola Malik, gracias por responder en LinkedIn. Trabajo como reclutadora independiente; me "
        "gustaría conocer tu perfil y tus expectativas para ver qué procesos podrían encajar.\n\n"
        + meet("es", "h10-irene") + "\n\n" + google_footer("es", rec.email), trap="recruiter_no_employer"))
    pod = P("Carlos Vidal", "carlos@finanzasconcafe.es")
    out.append(Ev(
        "es-podcast", "es", "google", "Entrevista para el podcast «Finanzas con café»", (2026, 12, 11, 18, 0), 45,
        tz="Europe/Madrid", organizer=pod, attendees=[P("Carlos Vidal", pod.email, partstat="ACCEPTED"), _me()],
        description="¡Hola Malik! Grabamos el episodio sobre el papel del controller en aseguradoras europeas. "
        "Duración aproximada 35 minutos.\n\n" + meet("es", "h10-cafe") + "\n\n" + google_footer("es", pod.email),
        trap="podcast"))
    out.append(Ev(
        "es-job-fair", "es", "google", "Feria de empleo Finanzas y Seguros – IFEMA", date(2026, 12, 17),
        tz="Europe/Madrid", tzmode="xwr", organizer=P("Malik Osei", ME_PRIVATE),
        location="IFEMA Madrid, Pabellón 10",
        description="Entrada registrada. Ir por la mañana; charla sobre entrevistas a las 12:00.", trap="job_fair"))
    return out


def events() -> list[Ev]:
    """Given nothing, returns the other negative events with their labels."""
    return _german() + _english() + _french_spanish()
