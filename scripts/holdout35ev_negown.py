"""holdout35: the user on the hiring side at Elbkai Terminal GmbH (blind; CC0 1.0)."""

from __future__ import annotations

from holdout35ev_ical import Ev

U = "user_as_interviewer"


def own_side() -> list[Ev]:
    e: list[Ev] = []

    def a(ev: Ev) -> None:
        ev.iv = 0
        ev.trap = ev.trap or U
        e.append(ev)

    a(Ev("azubi-hr", "de", "exchange",
         "Vorstellungsgespräch Ausbildung Kaufmann für Spedition und Logistikdienstleistung – Leon Schulz",
         "Hallo zusammen,\n\nbitte haltet euch den Termin frei. Bewerbungsunterlagen liegen im Ordner"
         " Ausbildung 2027. Kwame übernimmt die Fragen zur Disposition, ich den Rest.\n\nViele Grüße\nBirgit",
         "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "room:EKT Verwaltung Besprechung 1 <besprechung1@elbkai-terminal.de>"],
         "20261201T1300", 45, loc="Besprechung 1 (Verwaltung)"))
    a(Ev("sf-assignment", "de", "sf", "Interviewer-Einteilung: Planer:in Liegeplatzmanagement – Kandidatin Nele Brandt",
         "Sie wurden als Interviewer:in für folgendes Gespräch eingeteilt.\nStelle: Planer:in"
         " Liegeplatzmanagement (Req. 2611)\nKandidatin: Nele Brandt\nBitte füllen Sie den Bewertungsbogen"
         " innerhalb von 24 Stunden nach dem Gespräch aus.\n\nElbkai Terminal GmbH – Personalabteilung",
         "coord:Elbkai Recruiting <recruiting@elbkai-terminal.de>",
         ["Kwame Mensah <WORK>", "Stefan Kruse <s.kruse@elbkai-terminal.de>", "Nele Brandt <nele.brandt@web.de>"],
         "20261202T1000", 60, boil="teams_de"))
    a(Ev("panel-supervisor", "de", "outlook", "Auswahlgespräche Schichtleiter:in Kaibetrieb – Panel (3 Kandidaten)",
         "09:00 Herr Ahmadi (intern)\n10:15 Frau Köster (extern)\n11:30 Herr Lindner (intern)\n\nPanel:"
         " Kruse, Mensah, Sommerfeld, Betriebsrat (Hr. Wendt)", "Kruse, Stefan <s.kruse@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>",
          "Wendt, Rüdiger <betriebsrat@elbkai-terminal.de>",
          "room:EKT Schulungsraum Brücke <schulung.bruecke@elbkai-terminal.de>"], "20261203T0900", 210))
    a(Ev("debrief", "de", "exchange", "Debrief Bewerbungsgespräche Planer Liegeplatz",
         "Kurze Abstimmung zu Frau Brandt und Herrn Kaya. Bewertungsbögen bitte vorher in SuccessFactors.",
         "Kruse, Stefan <s.kruse@elbkai-terminal.de>", ["Mensah, Kwame <WORK>"], "20261204T1530", 30))
    a(Ev("hand-note", "de", "ios", "Azubi-Bewerberin Fr. Demir – ich führe Gespräch, Fragen ausdrucken!", "", "",
         [], "20261207T0800", 45, tz="float", method=""))
    a(Ev("forwarded", "de", "outlook", "WG: Vorstellungsgespräch Duales Studium BWL-Logistik – Jannik Ott",
         "-----Ursprünglicher Termin-----\nVon: Sommerfeld, Birgit\nGesendet: Montag, 30. November 2026 11:02"
         "\nAn: Mensah, Kwame\nBetreff: Vorstellungsgespräch Duales Studium BWL-Logistik – Jannik Ott\n\nHallo"
         " Kwame, du bist als Fachvertreter dabei. Danke!\n\n(an private Adresse weitergeleitet, damit ich es auf"
         " dem Handy habe)", "Mensah, Kwame <WORK>", ["Kwame Mensah <ME>"], "20261208T1000", 60,
         trap="user_as_interviewer"))
    a(Ev("private-copy", "de", "google", "Bewerbungsgespräche Trainee (ich sitze in der Runde)",
         "Privat-Kopie. Elbkai, Besprechung 1. Zwei Kandidaten für das Trainee-Programm Terminalplanung.",
         "Kwame Mensah <ME>", [], "20261209T1300", 120, method=""))
    a(Ev("candidate-gmail", "de", "exchange", "Vorstellungsgespräch Disponent/in Containerplanung",
         "Sehr geehrter Herr Okoye,\n\nvielen Dank für Ihre Bewerbung bei der Elbkai Terminal GmbH. Gern laden"
         " wir Sie zu einem Gespräch ein. Sie sprechen mit mir (Teamleitung Planung i.V.) und Frau Jöns.\n\nMit"
         " freundlichen Grüßen\nKwame Mensah\nLogistikplaner | Elbkai Terminal GmbH",
         "Mensah, Kwame <WORK>", ["Chinedu Okoye <chinedu.okoye94@gmail.com>",
                                  "Jöns, Mira <m.joens@elbkai-terminal.de>"], "20261210T1000", 60,
         loc="Elbkai Terminal, Verwaltungsgebäude, 2. OG"))
    a(Ev("uni-candidate", "de", "outlook", "Kennenlernen duales Studium (B.Sc. Logistik) – Hanna Reimers",
         "Hallo Frau Reimers,\n\nwie telefonisch besprochen hier die Einladung zu unserem Kennenlernen per Teams."
         "\n\nBeste Grüße\nKwame Mensah", "Mensah, Kwame <WORK>",
         ["Hanna Reimers <hanna.reimers@stud.hs-bremen.de>"], "20261211T1430", 45, boil="teams_de"))
    a(Ev("agency-candidate", "de", "outlook", "Kandidatenvorstellung Hr. Marek Nowak – Ihre Vakanz Schichtleiter",
         "Sehr geehrter Herr Mensah,\n\nwie besprochen stelle ich Ihnen Herrn Nowak für die Position Schichtleiter"
         " Kaibetrieb vor. Lebenslauf anbei. Das Gespräch findet bei Ihnen im Terminal statt.\n\nFreundliche"
         " Grüße\nAndreas Pohl\nPersonalberater | Pohl & Partner Personaldienstleistungen GmbH",
         "Andreas Pohl <a.pohl@pohl-partner-personal.de>", ["Mensah, Kwame <WORK>",
                                                             "Marek Nowak <marek.nowak@o2mail.de>"],
         "20261214T1100", 60, loc="Elbkai Terminal GmbH, Tor 3"))
    a(Ev("calendly-host", "de", "calendly", "Lukas Heinemann und Kwame Mensah",
         "Veranstaltungsname: Kennenlerngespräch Praktikum Terminalplanung\n\nEingeladener: Lukas Heinemann"
         "\nE-Mail des Eingeladenen: lukas.heinemann@uni-hamburg.de\n\nAntworten:\nWarum Elbkai? Ich studiere"
         " Logistik an der TUHH und möchte den Terminalbetrieb kennenlernen.\n\nPowered by Calendly.com",
         "Kwame Mensah <WORK>", ["Lukas Heinemann <lukas.heinemann@uni-hamburg.de>"], "20261215T1600", 30,
         boil="teams_de"))
    a(Ev("recurring-slot", "de", "exchange", "Azubi-Interviews (Slot) – Planung",
         "Wöchentlicher Block für Bewerbungsgespräche Ausbildung 2027. Kandidaten trägt Birgit jeweils ein.",
         "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>", ["Mensah, Kwame <WORK>"], "20270105T1400", 90,
         extra=["RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU"],
         override=("20270119T1400", "20270121T0900",
                   "Diese Woche am Donnerstag wegen Schiffsanlauf MSC. Kandidatin: Frau Petrović.")))
    a(Ev("cancel-candidate", "de", "exchange", "Abgesagt: Vorstellungsgespräch Azubi – Tim Wessels",
         "Der Bewerber hat seine Bewerbung zurückgezogen.", "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>"], "20261216T0900", 45, status="CANCELLED", method="CANCEL"))
    a(Ev("en-graduate", "en", "outlook", "Interview – Graduate Trainee Planner – candidate Aarav Singh",
         "Hi Kwame,\n\nAarav does not speak German yet, so please run the interview in English. CV attached."
         " You and Stefan, 45 minutes.\n\nThanks,\nBirgit", "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "Kruse, Stefan <s.kruse@elbkai-terminal.de>",
          "Aarav Singh <aarav.singh@outlook.com>"], "20261217T1000", 45, boil="teams_en"))
    a(Ev("scorecards", "de", "apple", "Bewertungsbögen Schichtleiter-Auswahl ausfüllen", "SF bis Freitag!", "",
         [], "20261218T0700", 30, tz="float", method=""))
    a(Ev("training", "de", "outlook", "Schulung: Strukturierte Auswahlinterviews für Führungskräfte",
         "Pflichtschulung für alle, die im Auswahlprozess Gespräche führen (Azubi, Trainee, Schichtleitung)."
         " Inhalte: AGG, Fragetechniken, Bewertungsbogen.", "Personalentwicklung <pe@elbkai-terminal.de>",
         ["Mensah, Kwame <WORK>", "Kruse, Stefan <s.kruse@elbkai-terminal.de>"], "20270107T0900", 180,
         loc="Schulungsraum Brücke"))
    a(Ev("allday-azubitag", "de", "exchange", "Azubi-Auswahltag 2027 – Beobachter:innen",
         "Gruppenübung, Einzelgespräche, Rundgang. Du beobachtest Gruppe B.",
         "Sommerfeld, Birgit <b.sommerfeld@elbkai-terminal.de>", ["Mensah, Kwame <WORK>"], "20270108", 1440))
    a(Ev("fr-stagiaire", "fr", "outlook", "Entretien candidat stage – Lucas Fontaine (INSA Lyon)",
         "Bonjour Lucas,\n\nJe vous confirme notre entretien pour le stage en planification portuaire à"
         " Hambourg. L'entretien se fera en anglais ou en français.\n\nCordialement,\nKwame Mensah\nElbkai Terminal"
         " GmbH", "Mensah, Kwame <WORK>", ["Lucas Fontaine <lucas.fontaine@insa-lyon.fr>"], "20270111T1500", 45,
         boil="teams_en"))
    a(Ev("es-practicas", "es", "outlook", "Entrevista candidata prácticas – Sofía Herrera",
         "Hola Sofía, te confirmo la entrevista para las prácticas en planificación de terminal. Estaremos"
         " Stefan Kruse y yo. Un saludo, Kwame", "Mensah, Kwame <WORK>",
         ["Sofía Herrera <sofia.herrera@alumnos.upm.es>", "Kruse, Stefan <s.kruse@elbkai-terminal.de>"],
         "20270112T1100", 45, boil="teams_en"))
    a(Ev("terse", "de", "apple", "3x Azubi-Gespräche (Raum Kran)", "", "", [], "20270113T0830", 180, tz="float",
         method=""))
    a(Ev("hr-private", "de", "google", "Gespräch Schichtleiter-Kandidat – kannst du dazukommen?",
         "Hi Kwame, sorry für die Privatadresse, Outlook spinnt. Do 10 Uhr, Kandidat Herr Lindner, du als"
         " zweite Stimme aus der Planung. Danke! Birgit", "Birgit Sommerfeld <birgit.sommerfeld@gmail.com>",
         ["Kwame Mensah <ME>"], "20270114T1000", 60, loc="Elbkai Terminal, Besprechung 1"))
    a(Ev("name-title", "de", "exchange", "Interview Lina Petrović <> Kwame Mensah (Planer:in Yard)",
         "Bewerbungsgespräch für die Stelle Planer:in Yardmanagement bei Elbkai. Lina ist extern, über"
         " StepStone.", "Mensah, Kwame <WORK>", ["Lina Petrović <lina.petrovic@gmx.de>"], "20270115T1300", 60,
         boil="teams_de"))
    return e
