"""holdout9 negatives: Noa interviewing others at her employer Tessaro Werke (apprentices, shift leads, planners)."""

from __future__ import annotations

from holdout9_boiler import meet, teams, zoom
from holdout9_ics import Ev, me_work, org, p, room

_SIDE = "user as interviewer"

EVENTS: list[Ev] = [
    Ev(
        kind="azubi-gespraech", lang="de", producer="outlook", tz="win-weu",
        summary="Vorstellungsgespräch Azubi Fachkraft für Lagerlogistik – Leon Schäfer",
        start="20260304T140000", end="20260304T144500",
        organizer=org("ausbildung@tessaro-werke.de", "Tessaro Ausbildung"),
        attendees=[
            me_work("NEEDS-ACTION"),
            p("leon.schaefer2008@gmx.de", "Leon Schäfer"),
            p("petra.haag@tessaro-werke.de", "Haag, Petra"),
            room("s-verw-besprechung1@tessaro-werke.de", "S Verwaltung Besprechung 1"),
        ],
        location="S Verwaltung Besprechung 1",
        description=(
            "Liebe Noa, liebe Petra,\n\nhier der Termin mit Leon Schäfer (Bewerbung Ausbildung Fachkraft für "
            "Lagerlogistik, Start 01.09.). Bewerbungsunterlagen und Gesprächsleitfaden liegen im Personio-Profil. "
            "Bitte den Bewertungsbogen bis Freitag ausfüllen.\n\nDanke!\nTessaro Ausbildungsteam"
        ),
        trap=_SIDE,
    ),
    Ev(
        kind="personio-interviewer", lang="de", producer="personio", tz="berlin",
        summary="Interview: Schichtleiter/in Montage – Kandidat: Dragan Petrović",
        start="20260310T090000", end="20260310T100000",
        organizer=org("recruiting@tessaro-werke.de", "Tessaro Werke Recruiting"),
        attendees=[me_work("NEEDS-ACTION"), p("dragan.petrovic@t-online.de", "Dragan Petrović"),
                   p("uwe.kling@tessaro-werke.de", "Uwe Kling")],
        description=(
            "Hallo Noa,\n\ndu bist als Interviewerin für den Kandidaten Dragan Petrović (Schichtleiter/in Montage) "
            "eingeteilt. Den Interviewleitfaden und die Bewertungsmatrix findest du in Personio unter "
            "\"Meine Interviews\".\n\nDiese Einladung wurde über Personio versendet."
        ),
        location="Werk Stuttgart-Feuerbach, Meisterbüro Halle 4",
        trap=_SIDE,
    ),
    Ev(
        kind="private-note-side", lang="de", producer="ios", tz="berlin",
        summary="Interview führen: Planer-Kandidatin (Fr. Özdemir)",
        start="20260312T130000", end="20260312T140000",
        description="ich führe das Gespräch, Uwe hospitiert. Fragen zu SAP PP und Schichtmodell vorbereiten",
        calname="Privat",
        trap="user note as interviewer",
    ),
    Ev(
        kind="bewertung", lang="de", producer="outlook", tz="win-weu",
        summary="Bewertungsbogen abgeben – Gespräche Produktionsplaner",
        start="20260313T160000", end="20260313T161500",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[],
        description="Reminder: Scorecards für Özdemir und Weiß in Personio bis heute 17 Uhr.",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"],
        trap="scorecard reminder",
    ),
    Ev(
        kind="debrief", lang="de", producer="outlook", tz="win-weu",
        summary="Debrief Auswahlgespräche Disposition",
        start="20260316T100000", end="20260316T103000",
        organizer=org("petra.haag@tessaro-werke.de", "Haag, Petra"),
        attendees=[me_work("ACCEPTED"), p("uwe.kling@tessaro-werke.de", "Kling, Uwe"),
                   p("betriebsrat@tessaro-werke.de", "Betriebsrat Tessaro Stuttgart")],
        description=(
            "Abstimmung nach den drei Gesprächen für die Stelle Disponent/in (Kandidaten: Weiß, Özdemir, Nowak). "
            "Betriebsrat ist gemäß §99 BetrVG eingebunden.\n\n" + teams("de", "312 775 401 228", "Db7rQe")
        ),
        trap="debrief",
    ),
    Ev(
        kind="azubitag-recurring", lang="de", producer="outlook", tz="win-weu",
        summary="Azubi-Auswahltag: Interview-Slot Noa",
        start="20260317T090000", end="20260317T120000",
        rrule="FREQ=WEEKLY;COUNT=3;BYDAY=TU",
        override=("20260324T090000", "20260324T100000", "20260324T130000"),
        organizer=org("ausbildung@tessaro-werke.de", "Tessaro Ausbildung"),
        attendees=[me_work("ACCEPTED"), room("s-schulung-ost@tessaro-werke.de", "S Schulungszentrum Ost")],
        location="S Schulungszentrum Ost",
        description=(
            "Auswahltag Industriekaufleute/Fachkräfte Lagerlogistik. Pro Slot 3 Bewerber:innen à 45 Minuten. "
            "Gruppenaufgabe vorher durch Ausbildungsteam. Am 24.03. eine Stunde später."
        ),
        trap="recurring interview hold with override",
    ),
    Ev(
        kind="schnuppertag", lang="de", producer="outlook", tz="win-weu",
        summary="Probearbeit Kandidat Schichtleitung (Hr. Petrović) – Begleitung Noa",
        start="20260319T060000", end="20260319T120000",
        organizer=org("uwe.kling@tessaro-werke.de", "Kling, Uwe"),
        attendees=[me_work("ACCEPTED"), p("dragan.petrovic@t-online.de", "Dragan Petrović")],
        location="Werk Feuerbach, Halle 4",
        description="Noa begleitet den Probetag in der Frühschicht und gibt abends Feedback an HR.",
        trap="trial day the user hosts",
    ),
    Ev(
        kind="calendly-host", lang="de", producer="calendly", tz="berlin",
        summary="Julia Brandl und Noa Bergmann: Erstgespräch Werkstudent Supply Chain",
        start="20260318T150000", end="20260318T152000",
        organizer=org("noa.bergmann@tessaro-werke.de", "Noa Bergmann"),
        attendees=[p("julia.brandl@stud.uni-stuttgart.de", "Julia Brandl", partstat="ACCEPTED")],
        description=(
            "Name des Termins: Erstgespräch Werkstudent Supply Chain\n\nEingeladene Person: Julia Brandl\n"
            "E-Mail: julia.brandl@stud.uni-stuttgart.de\n\nAntwort: Ich studiere Wirtschaftsingenieurwesen im "
            "5. Semester und würde gerne 20 h/Woche arbeiten.\n\nPowered by Calendly.com"
        ),
        location="Microsoft Teams",
        trap="calendly with user as host",
    ),
    Ev(
        kind="hospitation", lang="de", producer="outlook", tz="win-weu",
        summary="Shadowing: Interviewerschulung – Noa hospitiert bei Gespräch Lagerleitung",
        start="20260320T130000", end="20260320T140000",
        organizer=org("petra.haag@tessaro-werke.de", "Haag, Petra"),
        attendees=[me_work("ACCEPTED"), p("k.nowak@web.de", "Krzysztof Nowak"),
                   p("ralf.eberle@tessaro-werke.de", "Eberle, Ralf")],
        description="Du hörst zu, Ralf führt das Gespräch. Danach 15 Min. Feedback zur Gesprächsführung.",
        trap="shadowing",
    ),
    Ev(
        kind="kalibrierung", lang="de", producer="owa", tz="win-weu",
        summary="Kalibrierung Interviewfragen Planer & Disponenten",
        start="20260323T110000", end="20260323T120000",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[p("uwe.kling@tessaro-werke.de", "Kling, Uwe"), p("petra.haag@tessaro-werke.de", "Haag, Petra")],
        description="Wir gleichen die Bewertungsskala 1–5 ab und entscheiden, welche Case-Fragen wir streichen.",
        trap="calibration",
    ),
    Ev(
        kind="agentur-kandidat", lang="de", producer="outlook", tz="win-utc1",
        summary="Vorstellung Kandidat Teamleitung Versand – Hr. Jonas Reiter (über Talentbrücke)",
        start="20260325T143000", end="20260325T153000",
        organizer=org("sophie.kraus@talentbruecke.de", "Kraus, Sophie"),
        attendees=[me_work("NEEDS-ACTION"), p("jonas.reiter@outlook.de", "Jonas Reiter")],
        description=(
            "Liebe Frau Bergmann,\nwie besprochen stelle ich Ihnen Herrn Reiter für Ihre Vakanz Teamleitung "
            "Versand vor. Sein Profil haben Sie per Mail erhalten.\nViele Grüße, Sophie Kraus, Talentbrücke"
            "\n\n" + teams("de", "344 210 118 052", "jR2mx8")
        ),
        trap="agency sends candidate to user",
    ),
    Ev(
        kind="loop-en", lang="en", producer="outlook", tz="win-weu",
        summary="Interview: Amara Okoye - Demand Planner",
        start="20260311T100000", end="20260311T110000",
        organizer=org("recruiting@tessaro-werke.de", "Tessaro Werke Recruiting"),
        attendees=[me_work("NEEDS-ACTION"), p("amara.okoye@gmail.com", "Amara Okoye"),
                   p("li.wen@tessaro-werke.de", "Wen, Li")],
        description=(
            "Interviewers: Noa Bergmann (Supply Chain), Li Wen (Finance)\nCandidate CV and interview kit attached "
            "in Personio. Please submit your scorecard within 24h.\n\n" + teams("en", "300 991 726 014", "Am4oKy")
        ),
        trap=_SIDE,
    ),
    Ev(
        kind="kit-en", lang="en", producer="outlook", tz="win-weu",
        summary="Interview kit + prep: Shift Lead candidates (English speakers)",
        start="20260309T160000", end="20260309T163000",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[],
        description="Go through the kit for tomorrow's two English-language interviews; print the scorecards.",
        trap="interview kit",
    ),
    Ev(
        kind="candidate-gmail-meet", lang="en", producer="google", tz="berlin",
        summary="Tessaro Werke – interview for Production Planner (Daniel Costa)",
        start="20260326T150000", end="20260326T160000",
        organizer=org("noa.bergmann@tessaro-werke.de", "Noa Bergmann"),
        attendees=[p("noa.bergmann@tessaro-werke.de", "Noa Bergmann", partstat="ACCEPTED"),
                   p("daniel.costa.pt@gmail.com", "Daniel Costa")],
        description=(
            "Hi Daniel, thanks for your interest in the Production Planner role at Tessaro Werke. I'm the supply "
            "chain manager and would like to learn about your experience at your current plant.\nBest, Noa\n\n"
            + meet("sgh-tqwo-fxv")
        ),
        location="https://meet.google.com/sgh-tqwo-fxv",
        trap="user invites candidate on gmail",
    ),
    Ev(
        kind="hiring-committee", lang="en", producer="owa", tz="win-weu",
        summary="Hiring committee – Logistics Planner (2 finalists)",
        start="20260327T133000", end="20260327T143000",
        organizer=org("petra.haag@tessaro-werke.de", "Haag, Petra"),
        attendees=[me_work("ACCEPTED"), p("li.wen@tessaro-werke.de", "Wen, Li"),
                   p("ralf.eberle@tessaro-werke.de", "Eberle, Ralf")],
        description="Decision on Costa vs. Okoye. Bring scorecards.",
        trap="hiring committee",
    ),
    Ev(
        kind="cancelled-side", lang="en", producer="outlook", tz="win-weu", status="CANCELLED", sequence=1,
        summary="Canceled: Interview: Amara Okoye - Demand Planner (Round 2)",
        start="20260401T100000", end="20260401T110000",
        organizer=org("recruiting@tessaro-werke.de", "Tessaro Werke Recruiting"),
        attendees=[me_work("NEEDS-ACTION"), p("amara.okoye@gmail.com", "Amara Okoye")],
        description="The candidate withdrew. No action needed.",
        trap="cancelled loop as interviewer",
    ),
    Ev(
        kind="zoom-interviewer-training", lang="en", producer="zoom", tz="berlin",
        summary="Structured Interviewing for Hiring Managers (Tessaro Academy)",
        start="20260402T090000", end="20260402T120000",
        organizer=org("academy@tessaro-werke.de", "Tessaro Academy"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Mandatory training for everyone who interviews candidates at Tessaro: bias, legal questions (AGG), "
            "STAR questions, scorecards.\n\n" + zoom("en", "861 3305 7714", "Acad3myT")
        ),
        trap="interviewer training",
    ),
    Ev(
        kind="entretien-alternant", lang="fr", producer="outlook", tz="win-weu",
        summary="Entretien candidat alternance Supply Chain – Lucas Moreau",
        start="20260406T100000", end="20260406T104500",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[p("lucas.moreau@etu.unistra.fr", "Lucas Moreau")],
        description=(
            "Bonjour Lucas,\nmerci pour votre candidature à l'alternance chez Tessaro Werke (site de Stuttgart). "
            "Je vous propose un entretien en visio.\nNoa Bergmann, Supply Chain Manager\n\n"
            + teams("fr", "355 802 119 470", "Lm8oRe")
        ),
        trap="user invites candidate fr university",
    ),
    Ev(
        kind="debrief-fr", lang="fr", producer="outlook", tz="win-weu",
        summary="Débrief candidats planificateur (site Mulhouse)",
        start="20260407T150000", end="20260407T153000",
        organizer=org("celine.roux@tessaro-werke.de", "Roux, Céline"),
        attendees=[me_work("ACCEPTED"), p("marc.weber@tessaro-werke.de", "Weber, Marc")],
        description="Point rapide après les entretiens de ce matin : go / no go pour les deux candidats.",
        trap="debrief fr",
    ),
    Ev(
        kind="entrevista-jefe-turno", lang="es", producer="outlook", tz="win-weu",
        summary="Entrevista a candidato jefe de turno – Sergio Martín",
        start="20260408T110000", end="20260408T120000",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[p("sergio.martin.ruiz@hotmail.es", "Sergio Martín"), p("uwe.kling@tessaro-werke.de", "Kling, Uwe")],
        description=(
            "Hola Sergio, te envío la invitación para la entrevista para el puesto de jefe de turno en Tessaro "
            "Werke (Stuttgart). Estaremos Uwe Kling y yo.\nNoa\n\n" + teams("es", "366 228 910 034", "Sm9tRz")
        ),
        trap="user invites candidate es",
    ),
    Ev(
        kind="private-de-side2", lang="de", producer="google-export", tz="floating", x_wr_tz="Europe/Berlin",
        summary="Azubi-Interviews (ich sitze im Panel)",
        start="20260414T080000", end="20260414T120000",
        calname="noa.bergmann@posteo.de",
        description="3 Gespräche Industriekaufleute, Bewertungsbögen mitnehmen",
        trap="private note as interviewer",
    ),
]
