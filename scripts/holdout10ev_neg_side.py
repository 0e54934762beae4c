"""holdout10: events where Malik Osei interviews others at his employer, Brennwald Versicherung AG (negatives)."""

from __future__ import annotations

from datetime import date

from holdout10ev_boiler import teams, webex
from holdout10ev_ics import ME_WORK, Ev, Override, P

BW = "brennwald-versicherung.at"


def _w(partstat: str = "NEEDS-ACTION") -> P:
    return P("Osei, Malik", ME_WORK, partstat=partstat)


def _bw(cn: str, local: str) -> P:
    return P(cn, f"{local}@{BW}")


def _german() -> list[Ev]:
    out: list[Ev] = []
    rec = _bw("Schober, Dominik", "d.schober")
    boss = _bw("Rainer, Claudia", "c.rainer")
    out.append(Ev(
        "sf-interviewer-invite", "de", "successfactors",
        "Vorstellungsgespräch: Junior Controller (m/w/d) – Laura Steiner",
        (2026, 11, 24, 14, 0), 60, tzmode="windows", organizer=P("Brennwald Recruiting", f"recruiting@{BW}"),
        attendees=[_w(), boss, P("Laura Steiner", "laura.steiner97@gmx.at")],
        description="Sehr geehrte Interviewerinnen und Interviewer,\n\nSie wurden für das Vorstellungsgespräch mit "
        "der Kandidatin Laura Steiner (Stelle: Junior Controller, Req. BW-2026-211) eingeplant. Lebenslauf und "
        "Interviewleitfaden finden Sie in SuccessFactors. Bitte füllen Sie die Interviewbewertung bis 24 Stunden nach "
        "dem Gespräch aus.\n\nIhr Recruiting-Team", location="Raum Wienfluss 3.07, Brennwald Zentrale",
        trap="user_interviewer_ats"))
    out.append(Ev(
        "user-invites-candidate", "de", "outlook", "Interview Trainee Finance – Jakob Huber", (2026, 11, 26, 9, 0), 60,
        tzmode="windows", organizer=_w("ACCEPTED"),
        attendees=[P("Jakob Huber", "jakob.huber@hotmail.com"), _bw("Prammer, Lukas", "l.prammer")],
        description="Lieber Herr Huber,\n\nvielen Dank für Ihre Bewerbung für unser Finance-Traineeprogramm. Wie "
        "besprochen lade ich Sie zum Gespräch ein; mein Kollege Lukas Prammer (Rechnungswesen) ist ebenfalls dabei. "
        "Bitte melden Sie sich am Empfang, Untere Donaustraße 21, 1020 Wien.\n\nMit freundlichen Grüßen\nMalik Osei\n"
        "Financial Controller | Brennwald Versicherung AG", location="Untere Donaustraße 21, 1020 Wien",
        trap="user_interviewer_organizer"))
    out.append(Ev(
        "scorecard-reminder", "de", "owa",
        "Erinnerung: Interviewbewertung ausfüllen – Bewerberin Novak (Bilanzbuchhaltung)",
        (2026, 11, 27, 8, 0), 15, tzmode="windows", organizer=rec, attendees=[_w()],
        description="Hallo Malik,\n\nbitte trag deine Bewertung zum gestrigen Gespräch mit Frau Novak bis heute "
        "Mittag in SuccessFactors ein – wir wollen morgen im Debrief entscheiden.\n\nDanke, Dominik",
        trap="scorecard"))
    koch = _bw("Koch, Elisabeth", "e.koch")
    out.append(Ev(
        "debrief", "de", "outlook", "Debrief Bewerbungsgespräche Bilanzbuchhaltung (3 Kandidat:innen)",
        (2026, 11, 30, 16, 0), 45, tzmode="windows", organizer=koch, attendees=[_w(), rec],
        description="Kurzer Abgleich unserer Eindrücke aus den drei Interviews letzte Woche und Entscheidung, wen "
        "wir zur zweiten Runde einladen.\n\n" + teams("de", "h10-bw-debrief"), location="Microsoft Teams-Besprechung",
        trap="debrief"))
    weiss = _bw("Weiß, Angelika", "angelika.weiss")
    out.append(Ev(
        "ac-observer-allday", "de", "outlook", "Assessment Center Finance-Traineeprogramm 2027 – Beobachter:innen",
        date(2027, 1, 20), tzmode="windows", organizer=weiss,
        attendees=[_w(), koch, boss, P("BW Schulungszentrum Saal A", f"saal.a@{BW}", role="NON-PARTICIPANT",
                                       cutype="ROOM")],
        description="Liebe Kolleginnen und Kollegen,\n\nvielen Dank, dass ihr als Beobachter:innen im Assessment "
        "Center für unser Traineeprogramm mitwirkt. 8 Kandidat:innen, Gruppenübung, Fallstudie und Einzelinterviews. "
        "Beobachterbögen liegen im Saal bereit; Briefing um 8:00.\n\nAngelika", location="Schulungszentrum Saal A",
        trap="user_assessor_allday"))
    out.append(Ev(
        "recurring-slot", "de", "outlook", "Interviewslot Junior Controlling (Bewerbungsgespräche)",
        (2026, 12, 1, 13, 0), 90, tzmode="windows", organizer=_w("ACCEPTED"), attendees=[rec],
        rrule="FREQ=WEEKLY;COUNT=4;BYDAY=TU",
        override=Override((2026, 12, 8, 13, 0), (2026, 12, 9, 10, 0),
                          "Interviewslot Junior Controlling – diese Woche Mittwoch"),
        description="Geblockt für Gespräche mit Kandidat:innen für die Junior-Controlling-Stelle in meinem Team. "
        "Dominik (Recruiting) trägt die Namen ein, sobald Termine vergeben sind.",
        trap="recurring_interviewer_hold"))
    out.append(Ev(
        "cancelled-interviewer", "de", "owa", "Abgesagt: Interview Buchhalter/in – Emre Yilmaz",
        (2026, 12, 2, 11, 0), 60, tzmode="windows", status="CANCELLED", method="CANCEL", sequence=1, organizer=rec,
        attendees=[_w(), koch, P("Emre Yilmaz", "emre.yilmaz.92@gmail.com")],
        description="Der Kandidat hat seine Bewerbung zurückgezogen. Der Termin entfällt.",
        trap="user_interviewer_cancelled"))
    out.append(Ev(
        "private-note-interviewer", "de", "ios",
        "Bewerbungsgespräch führen: Sarah Maier (Junior Controllerin) – ich frage Konsolidierung ab",
        (2026, 12, 3, 10, 0), 60, tzmode="floating",
        description="Ihren Lebenslauf vorher nochmal lesen. Claudia übernimmt Motivation, ich die Fachfragen.",
        trap="user_interviewer_note"))
    out.append(Ev(
        "agency-sends-candidate", "de", "outlook", "Kandidatenvorstellung: Herr Dominik Wallner – Junior Controller",
        (2026, 12, 4, 14, 0), 60, tzmode="utcplus", organizer=P("Wimmer, Clara", "c.wimmer@kerner-personal.at"),
        attendees=[_w(), P("Dominik Wallner", "dominik.wallner@gmx.net")],
        description="Sehr geehrter Herr Osei,\n\nwie besprochen stelle ich Ihnen Herrn Wallner für Ihre offene "
        "Position Junior Controller bei der Brennwald Versicherung vor. Sein Profil haben Sie per Mail erhalten. "
        "Das Gespräch findet bei Ihnen im Haus statt.\n\nHerzliche Grüße\nClara Wimmer, Kerner Personalberatung",
        location="Brennwald Versicherung, Untere Donaustraße 21, 1020 Wien", trap="agency_sends_candidate"))
    out.append(Ev(
        "interviewer-training", "de", "webex", "HR Academy: Strukturierte Interviews führen – Training für Interviewer",
        (2026, 12, 10, 9, 0), 180, tzmode="olson", organizer=P("Brennwald HR Academy", f"hr-academy@{BW}"),
        attendees=[_w()],
        description="In diesem Training lernen Führungskräfte und Interviewer:innen, kompetenzbasierte Fragen zu "
        "stellen, Bewertungsbögen konsistent auszufüllen und unbewusste Verzerrungen zu vermeiden.\n\n"
        + webex("de", "h10-bw-academy"), trap="interviewer_training"))
    return out


def _other_languages() -> list[Ev]:
    out: list[Ev] = []
    rec = _bw("Schober, Dominik", "d.schober")
    koch = _bw("Koch, Elisabeth", "e.koch")
    out.append(Ev(
        "sf-panel-en", "en", "successfactors", "Interview Schedule – Graduate Accountant – Candidate: Marta Oliveira",
        (2026, 11, 25, 10, 0), 60, tzmode="utc", organizer=P("Brennwald Recruiting", f"recruiting@{BW}"),
        attendees=[_w(), koch, P("Marta Oliveira", "marta.oliveira@sapo.pt")],
        description="Dear interview panel,\n\nPlease find below the schedule for the interview with Marta Oliveira "
        "for the Graduate Accountant position (Req. BW-2026-198). The candidate's CV and the interview guide are "
        "available in SuccessFactors under 'My Interviews'.\n\n" + teams("en", "h10-bw-marta"),
        trap="user_interviewer_ats"))
    out.append(Ev(
        "calendly-host", "en", "calendly", "Ben Carter and Malik Osei", (2026, 11, 27, 11, 0), 30, tzmode="utc",
        organizer=P("Malik Osei", ME_WORK), attendees=[P("Ben Carter", "ben.carter.vie@gmail.com")],
        description="Event Name: Junior Controller – candidate interview (Brennwald Versicherung)\n\nInvitee: Ben "
        "Carter\nInvitee Email: ben.carter.vie@gmail.com\n\nQuestions:\nPlease share a link to your CV: linkedin.com"
        "/in/bencarter-vie\n\nLocation: Microsoft Teams (link sent by the host)\n\nPowered by Calendly.com",
        trap="calendly_host"))
    out.append(Ev(
        "hiring-committee", "en", "outlook", "Hiring committee – Senior Accountant shortlist", (2026, 12, 7, 15, 0), 60,
        tzmode="windows", organizer=_bw("Weiß, Angelika", "angelika.weiss"),
        attendees=[_w(), koch, _bw("Rainer, Claudia", "c.rainer")],
        description="Agenda: review of the four final candidates for Senior Accountant, panel feedback, decision and "
        "offer range. Please bring your scorecards.", location="Raum Donau 5.04", trap="hiring_committee"))
    out.append(Ev(
        "panel-member-en", "en", "owa", "Panel interview: Financial Reporting Specialist – candidate Ahmed Rahman",
        (2026, 12, 9, 14, 0), 75, tzmode="windows", organizer=rec,
        attendees=[_w(), koch, P("Ahmed Rahman", "ahmed.rahman@outlook.com"),
                   P("BW Wien Raum Prater 2.11", f"raum.prater211@{BW}", role="NON-PARTICIPANT", cutype="ROOM")],
        description="Hi all,\n\nAhmed Rahman is coming in for the Financial Reporting Specialist role. Elisabeth "
        "leads on IFRS, Malik covers planning and controlling, I'll open and close.\n\nDominik",
        location="Raum Prater 2.11", trap="user_panelist"))
    out.append(Ev(
        "kit-prep", "en", "outlook", "Prep: interview questions + mini case for Junior FP&A Analyst candidates (Thu)",
        (2026, 12, 14, 8, 0), 60, tzmode="windows", organizer=_w("ACCEPTED"),
        description="Draft 6 competency questions, the variance-analysis mini case and the scoring rubric before "
        "Thursday's three candidate interviews.", trap="interview_kit"))
    out.append(Ev(
        "user-invites-student", "en", "outlook", "Interview – Working Student Controlling (20h) – Brennwald",
        (2026, 12, 15, 16, 0), 45, tzmode="windows", organizer=_w("ACCEPTED"),
        attendees=[P("Hanna Leitgeb", "h12104567@s.wu.ac.at")],
        description="Dear Ms Leitgeb,\n\nThank you for applying for our working-student position in Controlling. "
        "I'd like to invite you to a short interview via Teams.\n\nBest regards,\nMalik Osei\nFinancial Controller, "
        "Brennwald Versicherung AG\n\n" + teams("en", "h10-bw-wu"), trap="user_interviewer_university"))
    out.append(Ev(
        "fr-user-interviews", "fr", "outlook", "Entretien – Analyste financier junior (Brennwald Versicherung, Vienne)",
        (2026, 12, 1, 17, 0), 45, tzmode="windows", organizer=_w("ACCEPTED"),
        attendees=[P("Camille Roux", "camille.roux@laposte.net")],
        description="Bonjour Madame Roux,\n\nMerci pour votre candidature au poste d'analyste financier junior dans "
        "mon équipe à Vienne. Je vous propose un entretien en visioconférence.\n\nCordialement,\nMalik Osei\n"
        "Financial Controller, Brennwald Versicherung AG\n\n" + teams("fr", "h10-bw-roux"),
        trap="user_interviewer_fr"))
    out.append(Ev(
        "fr-debrief", "fr", "owa", "Débrief entretiens – stage contrôle de gestion (succursale Genève)",
        (2026, 12, 11, 11, 0), 30, tz="Europe/Zurich", tzmode="windows", organizer=_bw("Bernard, Sophie", "s.bernard"),
        attendees=[_w()],
        description="Bonjour Malik,\n\nPetit point pour comparer nos notes sur les deux candidats au stage que nous "
        "avons reçus mardi, avant de faire une offre.\n\nSophie", trap="debrief_fr"))
    out.append(Ev(
        "es-user-interviews", "es", "outlook", "Entrevista candidato: Pablo Ortega – Junior Controller (Brennwald)",
        (2026, 12, 2, 15, 0), 45, tzmode="windows", organizer=_w("ACCEPTED"),
        attendees=[P("Pablo Ortega", "pablo.ortega.r@hotmail.es"), _bw("Ruiz, Ana", "a.ruiz")],
        description="Hola Pablo,\n\nGracias por tu candidatura al puesto de Junior Controller en nuestro equipo de "
        "Viena. Ana Ruiz, de nuestra sucursal en Madrid, y yo te haremos la entrevista por Teams.\n\nUn saludo,\n"
        "Malik Osei\n\n" + teams("es", "h10-bw-ortega"), trap="user_interviewer_es"))
    out.append(Ev(
        "es-calibration", "es", "outlook", "Calibración de entrevistadores – programa de trainees 2027",
        (2026, 12, 16, 9, 0), 60, tz="Europe/Madrid", tzmode="windows", organizer=_bw("Ruiz, Ana", "a.ruiz"),
        attendees=[_w(), _bw("Weiß, Angelika", "angelika.weiss")],
        description="Revisamos juntos las escalas de valoración y un par de entrevistas grabadas para que todos "
        "los entrevistadores puntúen igual en el programa de trainees.", trap="calibration"))
    return out


def events() -> list[Ev]:
    """Given nothing, returns the events where the user is the interviewer, with their (negative) labels."""
    return _german() + _other_languages()
