"""holdout42: the user on the hiring side at Rheinchem Werke AG (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout42ev_ics import ME_PRIV, ME_WORK, Ev, boiler
from holdout42ev_pos_de import PN, Spec, W

UAI = "user_as_interviewer"
WA = f"{ME_WORK}|Hartmann, Sabine|REQ|ACCEPTED"


def specs() -> list[Spec]:
    s: list[Spec] = []

    def neg(kind: str, lang: str, prod: str, ev: Ev, method: str = "REQUEST") -> None:
        s.append(Spec(kind, lang, prod, [ev], 0, trap=UAI, method=method))

    neg("neg-azubi-panel", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000AZB1DB0100000000000000001000000011AA01",
        "Auswahlgespräche Azubi Chemielaborant/in 2027 – Block 1", "20261110T0800", 240,
        "Liebe Kolleginnen und Kollegen,\n\nanbei die Termine für die Auswahlgespräche der Bewerber/innen für die "
        "Ausbildung zum Chemielaboranten (Start 08/2027). Der Betriebsrat ist durch Herrn Kaya vertreten.\n\n"
        "08:00 Lena Albrecht\n09:00 Mats Köhler\n10:00 Dilara Şen\n11:00 Jan-Ole Peters\n\n"
        "Bewerbungsunterlagen liegen im Ordner Ausbildung/2027.\n\nGrüße\nSilke Brandau, Ausbildungsleitung",
        "Geb. L 210, Besprechungsraum 3 (Ludwigshafen)", "silke.brandau@rheinchem-werke.de|Brandau, Silke",
        [WA, "emre.kaya@rheinchem-werke.de|Kaya, Emre", "l210-br3@rheinchem-werke.de|L210 BR 3|ROOM"]))
    neg("neg-labassist-cand", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000LBA42DB0100000000000000001000000022BB02",
        "Vorstellungsgespräch Laborassistent (m/w/d) – Kandidat: Kevin Morath", "20261112T1000", 60,
        "Hallo Sabine,\nkannst du beim Gespräch mit Herrn Morath die Fachfragen (Titration, HPLC) übernehmen?\n"
        "Danke! Jörg", "Labor L 305, Büro", "joerg.stahl@rheinchem-werke.de|Stahl, Jörg",
        [WA, "k.morath@web.de|Kevin Morath|OPT"]))
    neg("neg-own-note", "de", "ios", Ev(
        "C1D2E3F4-0A1B-4C2D-8E3F-9A0B1C2D3E4F", "Azubi-Interviews!! Fragebogen ausdrucken",
        "20261113T0745", 15, "Ich führe heute 3 Gespräche mit Silke. Bewertungsbögen + Chemietest mitnehmen.",
        "", "", [], floating=True), method="")
    neg("neg-private-copy", "de", "google", Ev(
        "pr1v4t3c0pyazubi2027xyz99@google.com", "Arbeit: Auswahlgespräch Azubis (ich als Jury)",
        "20261117T0800", 180, "Kopie aus dem Firmenkalender. Bin im Auswahlgremium, Rheinchem.", "Ludwigshafen",
        "", [], utc=True), method="")
    neg("neg-fw-to-private", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000FWD42DB0100000000000000001000000033CC03",
        "WG: Bewerbungsgespräch Laborant Qualitätskontrolle – Frau Ayşe Doğan", "20261118T1300", 60,
        "Zur Info in meinen privaten Kalender.\n\n-----Ursprüngliche Nachricht-----\nVon: Stahl, Jörg\n"
        "Betreff: Bewerbungsgespräch Laborant QK\nBewerberin: Ayşe Doğan (ayse.dogan@gmx.de)\n"
        "Interviewer: Jörg Stahl, Sabine Hartmann",
        "L 305", f"{ME_WORK}|Hartmann, Sabine", [f"{ME_PRIV}|Sabine Hartmann"]))
    neg("neg-sf-assignment", "de", "sf", Ev(
        "SF-INTVR-0061102-2@successfactors.eu", "Interviewer-Einladung: Laborant/in (m/w/d) Analytik",
        "20261119T0900", 45,
        "Sie wurden als Interviewer/in für folgende Kandidatin eingeteilt:\nKandidatin: Marie Fuhrmann\n"
        "Stelle: Laborant/in (m/w/d) Analytik, Rheinchem Werke AG\nBitte füllen Sie den Bewertungsbogen "
        "im System aus.",
        "L 305 Besprechung", "noreply@successfactors.eu|Rheinchem Werke Recruiting",
        [WA, "tobias.lenz@rheinchem-werke.de|Lenz, Tobias"]))
    neg("neg-betriebsrat-panel", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000BR42DB0100000000000000001000000044DD04",
        "Auswahlgespräche gem. § 99 BetrVG – Laborhilfskraft (befristet)", "20261120T1300", 150,
        "Teilnehmer Auswahlkommission: Fachbereich (S. Hartmann), Personal (N. Graf), Betriebsrat (E. Kaya).\n"
        "3 Bewerber/innen, je 45 Min.", "Geb. A 100, Raum 12", "nadine.graf@rheinchem-werke.de|Graf, Nadine",
        [WA, "emre.kaya@rheinchem-werke.de|Kaya, Emre"]))
    neg("neg-debrief", "de", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000DEB42DB0100000000000000001000000055EE05",
        "Nachbesprechung Auswahlgespräche Azubis – Entscheidung", "20261121T1000", 30,
        "Kurze Abstimmung zu den 8 Gesprächen. Bitte Bewertungsbögen mitbringen.\n\n" + boiler("teams_de", 5, "REVC"),
        "Teams", "silke.brandau@rheinchem-werke.de|Brandau, Silke",
        [WA, "emre.kaya@rheinchem-werke.de|Kaya, Emre", "nadine.graf@rheinchem-werke.de|Graf, Nadine"]))
    neg("neg-cand-freemail", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000CFM42DB0100000000000000001000000066FF06",
        "Einladung zum Vorstellungsgespräch – Rheinchem Werke AG", "20261124T1000", 45,
        "Sehr geehrter Herr Yıldız,\n\nvielen Dank für Ihre Bewerbung als Chemielaborant. Hiermit laden wir Sie zum "
        "Vorstellungsgespräch ein. Bitte melden Sie sich an Tor 2.\n\nMit freundlichen Grüßen\nSabine Hartmann\n"
        "Labor Qualitätskontrolle, Rheinchem Werke AG",
        "Tor 2, Ludwigshafen", f"{ME_WORK}|Hartmann, Sabine", ["burak.yildiz2005@gmail.com|Burak Yıldız"]))
    neg("neg-cand-uni", "en", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000UNI42DB0100000000000000001000000077AB07",
        "Interview: working student lab analytics - Chen Wei", "20261125T1500", 45,
        "Dear Chen,\n\nThank you for your application for the working-student position in our QC lab. I look "
        "forward to meeting you.\n\nBest regards,\nSabine Hartmann\nRheinchem Werke AG\n\n"
        + boiler("teams_en", 3, "V1M"),
        "Microsoft Teams", f"{ME_WORK}|Hartmann, Sabine", ["chen.wei@stud.uni-heidelberg.de|Chen Wei"]))
    neg("neg-agency-sends", "de", "google", Ev(
        "4g3ncy53nd5cand1d4t3xyz12@google.com", "Kandidatenvorstellung Fr. Olga Petrenko – Laborassistenz",
        "20261126T1100", 45,
        "Hallo Frau Hartmann, wie besprochen stelle ich Ihnen meine Kandidatin Frau Petrenko für Ihre vakante "
        "Laborassistenz vor. Lebenslauf anbei. Viele Grüße, Dirk Sauer, Orizon GmbH",
        "Rheinchem Werke, Tor 2", "dirk.sauer@orizon.de|Dirk Sauer",
        [W, "olga.petrenko@outlook.de|Olga Petrenko"], utc=True))
    neg("neg-weekly-slot", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000WKS42DB0100000000000000001000000088CD08",
        "Slot Bewerbergespräche Laborassistenz (wöchentlich)", "20261102T1400", 60,
        "Fester Slot für Gespräche mit Bewerber/innen, bis die Stellen besetzt sind.",
        "L 305", f"{ME_WORK}|Hartmann, Sabine", ["joerg.stahl@rheinchem-werke.de|Stahl, Jörg"],
        rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6"))
    s[-1].events.append(Ev(
        "040000008200E00074C5B7101A82E00800000000WKS42DB0100000000000000001000000088CD08",
        "Slot Bewerbergespräche Laborassistenz (verschoben auf Di)", "20261117T1400", 60,
        "Diese Woche Dienstag wegen Audit.", "L 305", f"{ME_WORK}|Hartmann, Sabine",
        ["joerg.stahl@rheinchem-werke.de|Stahl, Jörg"], recurrence_id="20261116T1400", sequence=1))
    neg("neg-cand-cancelled", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000CXL42DB0100000000000000001000000099DE09",
        "Abgesagt: Vorstellungsgespräch Azubi – Finn Lorenz", "20261127T0900", 45,
        "Der Bewerber hat abgesagt.", "L 210", f"{ME_WORK}|Hartmann, Sabine",
        ["finn.lorenz@gmx.net|Finn Lorenz", "silke.brandau@rheinchem-werke.de|Brandau, Silke"],
        status="CANCELLED", sequence=1), method="CANCEL")
    neg("neg-calendly-host", "de", "calendly", Ev(
        "calendly-HrcW4n7-20261130", "Praktikum Labor – Kennenlernen: Jana Ebert und Sabine Hartmann",
        "20261130T1330", 20,
        "Veranstaltungsname: Praktikum Labor – Kennenlernen\nGastgeberin: Sabine Hartmann (Rheinchem Werke AG)\n"
        "Eingeladene Person: Jana Ebert\nAntworten: Schülerpraktikum 2 Wochen im Februar",
        "Telefon", f"{ME_WORK}|Sabine Hartmann", ["jana.ebert@icloud.com|Jana Ebert"], utc=True))
    neg("neg-scorecard-block", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000SCB42DB01000000000000000010000000AAEF10",
        "Bewertungsbögen Auswahlgespräche ausfüllen", "20261120T1600", 30, "", "", "", []), method="")
    neg("neg-shadow-en", "en", "outlook365", Ev(
        "040000008200E00074C5B7101A82E00800000000SHD42DB01000000000000000010000000BBFA11",
        "Interview shadowing - QC lab technician candidates (Sabine to observe)", "20261201T1300", 90,
        "Sabine, you'll sit in on two candidate interviews as part of interviewer training. - Tobias",
        "A 100 / Room 7", "tobias.lenz@rheinchem-werke.de|Lenz, Tobias", [WA]))
    neg("neg-fr-stagiaire", "fr", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000FRS42DB01000000000000000010000000CC0112",
        "Entretien candidat stage laboratoire - Léa Martin (UdS)", "20261202T1000", 40,
        "Bonjour Léa,\n\nJe vous confirme notre entretien pour le stage de 6 mois au laboratoire de contrôle "
        "qualité de Rheinchem Werke à Ludwigshafen.\n\nCordialement,\nSabine Hartmann",
        "Teams", f"{ME_WORK}|Hartmann, Sabine", ["lea.martin@etu.unistra.fr|Léa Martin"]))
    neg("neg-es-erasmus", "es", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000ESE42DB01000000000000000010000000DD0213",
        "Entrevista con candidata prácticas laboratorio – Lucía Gómez", "20261203T1100", 30,
        "Hola Lucía,\n\nte confirmo la entrevista para las prácticas Erasmus en nuestro laboratorio de control de "
        "calidad en Rheinchem Werke AG.\n\nSaludos,\nSabine Hartmann",
        "Teams", f"{ME_WORK}|Hartmann, Sabine", ["lucia.gomez.r@hotmail.es|Lucía Gómez"]))
    neg("neg-terse-note", "de", "apple", Ev(
        "E5F6A7B8-C9D0-4E1F-A2B3-C4D5E6F7A8B9", "Bewerber Laborassistenz (Herr Nowak) – ich + Jörg",
        "20261204T1430", 45, "", "L 305", "", [], floating=True), method="")
    neg("neg-question-prep", "de", "outlook", Ev(
        "040000008200E00074C5B7101A82E00800000000QPR42DB01000000000000000010000000EE0314",
        "Fragenkatalog Auswahlgespräche Azubis 2027 abstimmen", "20261105T1300", 60,
        "Wir aktualisieren den Leitfaden und den Chemie-Einstufungstest.", "L 210",
        "silke.brandau@rheinchem-werke.de|Brandau, Silke", [WA, PN]))
    return s
