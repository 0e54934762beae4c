"""holdout28: Lukas as the interviewer at Frischmarkt (store hiring, trial days, recruiting days); all negatives."""

from __future__ import annotations

from holdout28ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    TEAMS_TXT,
    Case,
    Ev,
    att,
    cal,
    person,
    tzdt,
)

W = "W. Europe Standard Time"
V = "Europe/Vienna"
T = "user_as_interviewer"


def _c(kind: str, lang: str, text: str, uid: str) -> Case:
    return Case(kind, lang, text, uid, False, trap=T)


def cases() -> list[Case]:
    """Given nothing, returns the cases where the user interviews or assesses candidates."""
    out: list[Case] = []

    u = "h28ui01@frischmarkt.at"
    ev = Ev(u, "Vorstellungsgespräch Verkäuferin Teilzeit – Fr. Aydin", tzdt("DTSTART", W, "20261202T140000"),
            tzdt("DTEND", W, "20261202T143000"),
            desc="Bewerbung über Karriereportal, Lebenslauf im Anhang. Gesprächsleitfaden Filiale verwenden.",
            loc="Filiale 0417 Ottakring – Büro Marktleitung", org=person("ORGANIZER", ME_WORK, "Hofer Lukas"),
            atts=[att("selin.aydin94@gmx.at", "Selin Aydin"), att("m.steiner@frischmarkt.at", "Steiner Maria")])
    out.append(_c("store_assistant_interview", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u))

    u = "h28ui02@frischmarkt.at"
    ev = Ev(u, "Schnuppertag Lehrling Einzelhandel – Kevin Marković", tzdt("DTSTART", W, "20261203T080000"),
            tzdt("DTEND", W, "20261203T120000"),
            desc="Schnupperlehrling durch Markt führen, am Ende kurzes Feedbackgespräch mit Eltern.",
            org=person("ORGANIZER", "personal.wien@frischmarkt.at", "Personal Region Wien"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("kevin.markovic2010@gmail.com", "Kevin Marković")])
    out.append(_c("apprentice_trial", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u))

    u = "h28ui03@frischmarkt.at"
    ev = Ev(u, "Probearbeitstag Bewerber Stv. Marktleitung (Hr. Novak)", tzdt("DTSTART", W, "20261204T070000"),
            tzdt("DTEND", W, "20261204T150000"),
            desc=("Herr Novak arbeitet einen Tag mit. Bitte Bewertungsbogen Probearbeit am Ende ausfüllen und an "
                  "Personal schicken."), org=person("ORGANIZER", ME_WORK, "Hofer Lukas"),
            atts=[att("d.novak@frischmarkt.at", "Novak Dario (Bewerber)", role="OPT-PARTICIPANT")])
    out.append(_c("trial_day_host", "de", cal(OUTLOOK, [ev], (W,)), u))

    u = "h28ui04@frischmarkt.at"
    ev = Ev(u, "Recruiting Day Region Ost – Marktleiter:innen an Stand 3", "DTSTART;VALUE=DATE:20261205",
            "DTEND;VALUE=DATE:20261206",
            desc=("Liebe Marktleiter:innen,\nbeim Recruiting Day führt ihr Kurzinterviews mit Bewerber:innen für "
                  "Verkauf und Lehre. Interviewbögen liegen auf.\nEuer Personal-Team"),
            loc="Frischmarkt Regionalzentrale, Wiener Neustadt",
            org=person("ORGANIZER", "recruiting@frischmarkt.at", "Frischmarkt Recruiting"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("a.bauer@frischmarkt.at", "Bauer Andrea"),
                  att("k.schmid@frischmarkt.at", "Schmid Klaus")])
    out.append(_c("recruiting_day_allday", "de", cal(EXCHANGE, [ev], (), "REQUEST"), u))

    u = "h28ui05@frischmarkt.at"
    ev = Ev(u, "Interview Kandidatin Kassa (geringfügig) – Lena Hubmer", tzdt("DTSTART", W, "20261207T110000"),
            tzdt("DTEND", W, "20261207T112000"),
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), atts=[att("lena.hubmer@outlook.com", "Lena Hubmer")])
    out.append(_c("candidate_freemail_invited", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u))

    u = "h28ui06@frischmarkt.at"
    ev = Ev(u, "Auswahlrunde Stellvertretung Filiale 0417 – Panel", tzdt("DTSTART", W, "20261209T090000"),
            tzdt("DTEND", W, "20261209T120000"),
            desc=("3 Kandidat:innen à 45 min, danach Abstimmung im Panel.\nPanel: L. Hofer (Marktleitung), "
                  "S. Wagner (Bezirksleitung), Personal.\n" + TEAMS_TXT),
            org=person("ORGANIZER", "s.wagner@frischmarkt.at", "Wagner Stefan"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("personal.wien@frischmarkt.at", "Personal Region Wien")])
    out.append(_c("selection_panel", "de", cal(EXCHANGE, [ev], (W,), "REQUEST"), u))

    u = "h28ui07@frischmarkt.at"
    ev = Ev(u, "Feedback/Abstimmung Bewerber Lehrlinge 2027", tzdt("DTSTART", W, "20261210T153000"),
            tzdt("DTEND", W, "20261210T160000"),
            desc="Kurzes Debriefing zu den Vorstellungsgesprächen von Montag – wer bekommt eine Zusage?",
            org=person("ORGANIZER", "a.bauer@frischmarkt.at", "Bauer Andrea"), atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(_c("hiring_debrief", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u))

    u = "h28ui08@frischmarkt.at"
    ev1 = Ev(u, "Bewerbungsgespräche Aushilfen (Slots)", tzdt("DTSTART", W, "20261211T100000"),
             tzdt("DTEND", W, "20261211T110000"),
             desc="Fixer Slot freitags für Aushilfs-Bewerbungen aus dem Portal.",
             org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), extra=["RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=6"])
    ev2 = Ev(u, "Bewerbungsgespräche Aushilfen (Slots) – heute 2 Kandidaten", tzdt("DTSTART", W, "20261218T120000"),
             tzdt("DTEND", W, "20261218T130000"), org=person("ORGANIZER", ME_WORK, "Hofer Lukas"),
             extra=[tzdt("RECURRENCE-ID", W, "20261218T100000")])
    out.append(_c("recurring_candidate_slot", "de", cal(OUTLOOK, [ev1, ev2], (W,)), u))

    u = "h28ui09@frischmarkt.at"
    ev = Ev(u, "Abgesagt: Vorstellungsgespräch Hr. Petrović (Lager)", tzdt("DTSTART", W, "20261214T090000"),
            tzdt("DTEND", W, "20261214T093000"), desc="Bewerber hat abgesagt.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), atts=[att("petrovic.milos@gmail.com", "Miloš Petrović")],
            extra=["STATUS:CANCELLED"])
    out.append(_c("cancelled_candidate", "de", cal(OUTLOOK, [ev], (W,), "CANCEL"), u))

    u = "h28ui10@google.com"
    ev = Ev(u, "Filiale: Gespräch mit Bewerberin Bäckerei-Theke", tzdt("DTSTART", V, "20261215T140000"),
            tzdt("DTEND", V, "20261215T143000"), desc="Kopie aus dem Dienstkalender. Ich führe das Gespräch.",
            org=person("ORGANIZER", ME_PRIVATE, "Lukas Hofer"))
    out.append(_c("private_copy_of_store_interview", "de", cal(GOOGLE, [ev], (V,)), u))

    u = "h28ui11@frischmarkt.at"
    ev = Ev(u, "Interviewleitfaden vorbereiten – Bewerber Stv. MLT", tzdt("DTSTART", W, "20261208T130000"),
            tzdt("DTEND", W, "20261208T133000"), org=person("ORGANIZER", ME_WORK, "Hofer Lukas"))
    out.append(_c("interview_guide_block", "de", cal(OUTLOOK, [ev], (W,)), u))

    u = "h28ui12@personio.de"
    ev = Ev(u, "Interview: Jasmin Leitgeb | Verkäufer/in Feinkost (m/w/d)", "DTSTART:20261216T090000Z",
            "DTEND:20261216T093000Z",
            desc=("Sie wurden als Interviewer:in eingeteilt.\nKandidat:in: Jasmin Leitgeb\nStelle: "
                  "Verkäufer/in Feinkost, Filiale 0417\nBewertung bitte nach dem Gespräch in Personio."),
            org=person("ORGANIZER", "noreply@personio.de", "Frischmarkt Handels GmbH via Personio"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("jasmin.leitgeb@yahoo.de", "Jasmin Leitgeb")])
    out.append(_c("ats_interviewer_assignment", "de", cal("-//Personio GmbH//Personio//DE", [ev], (), "REQUEST"), u))

    u = "h28ui13@frischmarkt.at"
    ev = Ev(u, "Interview – Deputy Store Manager candidate (Eng.) – Mr. Okonkwo", tzdt("DTSTART", W,
            "20261217T100000"), tzdt("DTEND", W, "20261217T104500"),
            desc="Candidate speaks little German, interview in English. Please bring the scorecard.",
            org=person("ORGANIZER", "s.wagner@frischmarkt.at", "Wagner Stefan"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("chidi.okonkwo@outlook.com", "Chidi Okonkwo")])
    out.append(_c("en_candidate_interview", "en", cal(EXCHANGE, [ev], (W,), "REQUEST"), u))

    u = "h28ui14@frischmarkt.at"
    ev = Ev(u, "Trial shift – applicant for night fill (Ms Sato)", tzdt("DTSTART", W, "20261218T200000"),
            tzdt("DTEND", W, "20261219T000000"),
            desc="Applicant shadows the night crew; I sign off the trial shift sheet.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"))
    out.append(_c("en_trial_shift", "en", cal(OUTLOOK, [ev], (W,)), u))

    u = "h28ui15-calendly@calendly.com"
    ev = Ev(u, "Bewerbungsgespräch Filiale Ottakring: Tobias Kern und Lukas Hofer", "DTSTART:20261221T090000Z",
            "DTEND:20261221T091500Z",
            desc=("Eingeladener: Tobias Kern\nE-Mail: tobi.kern@hotmail.com\nVeranstaltungsname: "
                  "Kurz-Interview Verkauf Filiale 0417 (Gastgeber: Lukas Hofer, Marktleitung Frischmarkt)\n"
                  "Betrieben von Calendly.com"),
            org=person("ORGANIZER", ME_WORK, "Lukas Hofer"),
            atts=[att(ME_WORK, "Lukas Hofer", stat="ACCEPTED"), att("tobi.kern@hotmail.com", "Tobias Kern")])
    out.append(_c("calendly_host", "de", cal("-//Calendly//Calendly//EN", [ev]), u))

    u = "h28ui16@frischmarkt.at"
    ev = Ev(u, "Kandidat von Trenkwalder: Vorstellung Lagerhelfer", tzdt("DTSTART", W, "20261222T080000"),
            tzdt("DTEND", W, "20261222T083000"),
            desc="Trenkwalder schickt uns Herrn Ivan Horvat für die Lagerstelle – ich führe das Gespräch.",
            org=person("ORGANIZER", "j.moser@trenkwalder.com", "Moser Julia"),
            atts=[att(ME_WORK, "Hofer Lukas"), att("ivan.horvat87@gmail.com", "Ivan Horvat")])
    out.append(_c("agency_sends_candidate", "de", cal(OUTLOOK, [ev], (W,), "REQUEST"), u))

    u = "h28ui17@frischmarkt.at"
    ev = Ev(u, "Entretien candidat – vendeur rayon frais (stage Erasmus)", tzdt("DTSTART", W, "20261209T150000"),
            tzdt("DTEND", W, "20261209T153000"),
            desc="Candidat français pour un stage dans ma filiale. Entretien en français, grille d'évaluation jointe.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"), atts=[att("hugo.lefevre@etu.univ-lyon2.fr",
                                                                         "Hugo Lefèvre")])
    out.append(_c("fr_candidate_interview", "fr", cal(OUTLOOK, [ev], (W,), "REQUEST"), u))

    u = "h28ui18@frischmarkt.at"
    ev = Ev(u, "Entrevista candidata – ayudante de tienda (Sra. Jiménez)", tzdt("DTSTART", W, "20261210T100000"),
            tzdt("DTEND", W, "20261210T103000"),
            desc="Entrevisto yo a la candidata; habla poco alemán. Llevar hoja de evaluación.",
            org=person("ORGANIZER", ME_WORK, "Hofer Lukas"),
            atts=[att("paula.jimenez.r@gmail.com", "Paula Jiménez")])
    out.append(_c("es_candidate_interview", "es", cal(EXCHANGE, [ev], (W,), "REQUEST"), u))

    u = "h28ui19@frischmarkt.at"
    ev = Ev(u, "Entrevistas de aprendices – jornada de selección regional", "DTSTART;VALUE=DATE:20270114",
            "DTEND;VALUE=DATE:20270115",
            desc="Los jefes de tienda entrevistan a aprendices (programa con el consulado). Lukas: mesa 2.",
            org=person("ORGANIZER", "recruiting@frischmarkt.at", "Frischmarkt Recruiting"),
            atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(_c("es_recruiting_day", "es", cal(OUTLOOK, [ev], (), "REQUEST"), u))

    u = "h28ui20@icloud"
    ev = Ev(u, "Kalibrierung Interviewer Marktleitung Ost", tzdt("DTSTART", V, "20270115T090000"),
            tzdt("DTEND", V, "20270115T113000"),
            desc="Schulung für Marktleiter:innen: wie wir Bewerbungsgespräche einheitlich bewerten.",
            org=person("ORGANIZER", "personal.wien@frischmarkt.at", "Personal Region Wien"),
            atts=[att(ME_WORK, "Hofer Lukas")])
    out.append(_c("interviewer_calibration", "de", cal(APPLE, [ev], (V,), "REQUEST"), u))
    return out
