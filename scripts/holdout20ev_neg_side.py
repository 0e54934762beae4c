"""holdout20: Hannah on the interviewer's side at Sparkasse Elbtal (negatives, written blind)."""

from __future__ import annotations

from holdout20ev_ics import APPLE, EXCH, GOOGLE, ME, ME_WORK, OUTLOOK, STAMP, WEST, Ev, att, cal, org, teams, txt

SIDE = "user_as_interviewer"


def events() -> list[Ev]:
    """Given nothing returns the events in which the user interviews others."""
    out: list[Ev] = []

    def add(slug: str, uid: str, text: str) -> None:
        out.append(Ev(slug, uid, False, "", "", "", "", SIDE, text))

    uid = "040000008200E00074C5B7101A82E008000000003344AZUBI01"
    add("azubi-interview", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261203T100000",
        f"DTEND;TZID={WEST}:20261203T104500",
        txt("SUMMARY", "Vorstellungsgespräch Ausbildung Bankkaufmann/-frau 2027 - Bewerber Luca Petersen"),
        txt("DESCRIPTION", "Hallo Hannah,\n\ndanke, dass du das Gespräch mit mir führst. Unterlagen (Anschreiben, "
            "Zeugnisse) liegen im Bewerberportal. Bitte bring den Gesprächsleitfaden Azubi mit.\n\nGruß\nMeike "
            "(Personalentwicklung)"),
        org("m.jansen@sparkasse-elbtal.de", "Jansen, Meike"), att(ME_WORK, "Schulz, Hannah"),
        att("besprechung-filiale-altona@sparkasse-elbtal.de", "Filiale Altona Besprechung 1", cutype="ROOM",
            role="NON-PARTICIPANT"),
        txt("LOCATION", "Filiale Altona, Besprechung 1")], method="REQUEST", tzs=(WEST,)))

    uid = "040000008200E00074C5B7101A82E008000000003344ROLLE02"
    add("roleplay-test", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261208T130000",
        f"DTEND;TZID={WEST}:20261208T160000",
        txt("SUMMARY", "Rollenspiele Kundenberatung - Bewerber/innen Trainee Privatkundenberater (Beobachterin: "
            "H. Schulz)"),
        txt("DESCRIPTION", "Ablauf: 3 Bewerberinnen/Bewerber, je 40 Min Beratungsgespräch-Rollenspiel + "
            "Bewertungsbogen. Hannah spielt die Kundin, Jörg beobachtet und bewertet."),
        org("j.brandes@sparkasse-elbtal.de", "Brandes, Jörg"), att(ME_WORK, "Schulz, Hannah"),
        att("j.brandes@sparkasse-elbtal.de", "Brandes, Jörg")], method="REQUEST", tzs=(WEST,)))

    uid = "auswahltag-2026-12@sparkasse-elbtal.de"
    add("selection-day-allday", uid, cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211",
        txt("SUMMARY", "Auswahltag Azubis 2027 - Jury (Personal + Filialen)"),
        txt("DESCRIPTION", "Liebe Jurymitglieder, danke für eure Unterstützung beim Auswahltag. 12 Bewerberinnen "
            "und Bewerber: Gruppenübung, Präsentation, Einzelgespräche. Beobachterbögen liegen bereit."),
        org("personal@sparkasse-elbtal.de", "Personal Sparkasse Elbtal"), att(ME_WORK, "Hannah Schulz"),
        att("a.kroeger@sparkasse-elbtal.de", "Anja Kröger"), att("p.nowak@sparkasse-elbtal.de", "Piotr Nowak"),
        "TRANSP:OPAQUE"], method="REQUEST"))

    uid = "sf-interviewer-assign-10021@successfactors.eu"
    add("successfactors-assignment", uid, cal("-//SAP SuccessFactors//Recruiting//DE", [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T090000Z", "DTEND:20261214T094500Z",
        txt("SUMMARY", "Interviewtermin: Trainee Privatkundenberatung (Req 3310) - Kandidatin: Mira Yilmaz"),
        txt("DESCRIPTION", "Sie wurden als Interviewer/in für diese Kandidatin eingetragen. Bitte füllen Sie "
            "nach dem Gespräch den Bewertungsbogen in SuccessFactors aus.\n\nSparkasse Elbtal - Recruiting"),
        org("sparkasseelbtal@successfactors.eu", "Sparkasse Elbtal Recruiting"), att(ME_WORK, "Hannah Schulz"),
        att("mira.yilmaz@gmx.de", "Mira Yilmaz")], method="REQUEST"))

    uid = "my-note-2201@hannah-iphone"
    add("own-note", uid, cal(APPLE, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261209T140000", "DTEND:20261209T150000",
        txt("SUMMARY", "Ich interviewe 2 Azubi-Bewerberinnen (Filiale)"),
        txt("DESCRIPTION", "Leitfaden + Bewertungsbögen ausdrucken, Raum reservieren")],
        head=("X-WR-TIMEZONE:Europe/Berlin",)))

    uid = "debrief-trainee-31@sparkasse-elbtal.de"
    add("debrief", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261211T160000",
        f"DTEND;TZID={WEST}:20261211T163000",
        txt("SUMMARY", "Debrief: trainee advisor candidates (after yesterday's interviews)"),
        org("a.kroeger@sparkasse-elbtal.de", "Kröger, Anja"), att(ME_WORK, "Schulz, Hannah"),
        txt("DESCRIPTION", "Quick pass over the three candidates we saw and a recommendation for HR.\n\n"
            + teams("SPKE1", "331 440 912 2", "aQ7pe"))], method="REQUEST", tzs=(WEST,)))

    uid = "candidate-gmail-invite-77@sparkasse-elbtal.de"
    add("user-invites-candidate", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261215T110000",
        f"DTEND;TZID={WEST}:20261215T114500",
        txt("SUMMARY", "Ihr Vorstellungsgespräch bei der Sparkasse Elbtal (Ausbildung)"),
        txt("DESCRIPTION", "Hallo Herr Okoye,\n\nhiermit lade ich Sie zum Vorstellungsgespräch für die "
            "Ausbildung zum Bankkaufmann in unserer Filiale Altona ein.\n\nFreundliche Grüße\nHannah Schulz\n"
            "Privatkundenberaterin, Sparkasse Elbtal"),
        org(ME_WORK, "Schulz, Hannah"), att("chidi.okoye2008@gmail.com", "chidi.okoye2008@gmail.com"),
        txt("LOCATION", "Sparkasse Elbtal, Filiale Altona, Große Bergstraße 160")], method="REQUEST", tzs=(WEST,)))

    uid = "calendly-host-hs-44@calendly.com"
    add("calendly-host", uid, cal("-//Calendly//Calendly Scheduler//EN", [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T080000Z", "DTEND:20261216T082000Z",
        txt("SUMMARY", "Praktikum Filiale - Kurzinterview between Hannah Schulz and Emre Kaya"),
        txt("DESCRIPTION", "Event Name: Praktikum Filiale - Kurzinterview\n\nInvitee: Emre Kaya\nInvitee Email: "
            "emre.kaya@stud.uni-hamburg.de\n\nQuestions: Schülerpraktikum oder Pflichtpraktikum? Pflichtpraktikum, "
            "BWL 3. Semester\n\nPowered by Calendly.com"),
        org(ME_WORK, "Hannah Schulz"), att("emre.kaya@stud.uni-hamburg.de", "Emre Kaya"),
        "LOCATION:Telefon"]))

    uid = "recurring-slot-azubi-9@sparkasse-elbtal.de"
    base = [f"UID:{uid}", f"DTSTAMP:{STAMP}", org(ME_WORK, "Schulz, Hannah")]
    series = [*base, f"DTSTART;TZID={WEST}:20261202T153000", f"DTEND;TZID={WEST}:20261202T163000",
              "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              txt("SUMMARY", "Slot Bewerbungsgespräche Azubis (Filiale) - geblockt"),
              txt("DESCRIPTION", "Wöchentlicher Block für Gespräche mit Ausbildungsbewerbern bis Jahresende.")]
    moved = [*base, f"RECURRENCE-ID;TZID={WEST}:20261216T153000", f"DTSTART;TZID={WEST}:20261217T093000",
             f"DTEND;TZID={WEST}:20261217T103000",
             txt("SUMMARY", "Slot Bewerbungsgespräche Azubis (Filiale) - diese Woche Donnerstag"), "SEQUENCE:1"]
    add("recurring-slot", uid, cal(OUTLOOK, series, moved, tzs=(WEST,)))

    uid = "cancel-cand-5512@sparkasse-elbtal.de"
    add("cancelled-candidate", uid, cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261207T140000",
        f"DTEND;TZID={WEST}:20261207T144500", "STATUS:CANCELLED", "SEQUENCE:1",
        txt("SUMMARY", "Abgesagt: Bewerbungsgespräch Trainee - Frau Wiebke Hansen (Bewerberin hat abgesagt)"),
        org("personal@sparkasse-elbtal.de", "Personal Sparkasse Elbtal"), att(ME_WORK, "Schulz, Hannah")],
        method="CANCEL", tzs=(WEST,)))

    uid = "agency-sends-candidate-8@zeitwerk-personal.de"
    add("agency-candidate", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261217T110000",
        f"DTEND;TZID={WEST}:20261217T113000",
        txt("SUMMARY", "Kandidatenvorstellung Servicekraft Filiale: Herr Dennis Lorenz"),
        txt("DESCRIPTION", "Sehr geehrte Frau Schulz,\nwie vereinbart stellt sich Ihnen unser Kandidat Herr "
            "Lorenz für die Aushilfsstelle im Kundenservice vor. Sein Profil haben Sie per Mail erhalten.\n"
            "Mit freundlichen Grüßen\nZeitwerk Personal GmbH"),
        org("vermittlung@zeitwerk-personal.de", "Zeitwerk Personal"), att(ME_WORK, "Hannah Schulz"),
        att("dennis.lorenz87@t-online.de", "Dennis Lorenz")], method="REQUEST", tzs=(WEST,)))

    uid = "private-copy-88@google.com"
    add("private-copy", uid, cal(GOOGLE, [
        "DTSTART;TZID=Europe/Berlin:20261218T090000", "DTEND;TZID=Europe/Berlin:20261218T100000",
        f"DTSTAMP:{STAMP}", f"UID:{uid}", org(ME, "Hannah Schulz"),
        txt("SUMMARY", "Arbeit: Bewerbergespräch führen (Azubi, mit Meike)"),
        txt("DESCRIPTION", "Kopie aus dem Dienstkalender, damit ich privat nichts drauflege."),
        "TRANSP:OPAQUE"]))

    uid = "scorecard-block-3@sparkasse-elbtal.de"
    add("scorecards", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261210T170000",
        f"DTEND;TZID={WEST}:20261210T173000",
        txt("SUMMARY", "fill in selection-day observer sheets + send to HR"),
        org(ME_WORK, "Schulz, Hannah")], tzs=(WEST,)))

    uid = "en-intern-interview-41@sparkasse-elbtal.de"
    add("en-intern-interview", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261209T100000",
        f"DTEND;TZID={WEST}:20261209T103000",
        txt("SUMMARY", "Interview: exchange student internship applicant (Ana Sousa) - Hannah + Piotr"),
        txt("DESCRIPTION", "Ana applied for the 3-month internship in our branch network; the interview is in "
            "English. Please both use the internship interview guide and enter your rating in the HR portal."),
        org("p.nowak@sparkasse-elbtal.de", "Nowak, Piotr"), att(ME_WORK, "Schulz, Hannah"),
        att("ana.sousa@campus.ul.pt", "Ana Sousa"),
        txt("LOCATION", "Microsoft Teams")], method="REQUEST", tzs=(WEST,)))

    uid = "fr-stagiaire-entretien-5@sparkasse-elbtal.de"
    add("fr-candidate", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261214T150000",
        f"DTEND;TZID={WEST}:20261214T153000",
        txt("SUMMARY", "Entretien candidate stage (échange Erasmus) - Camille Roux / H. Schulz"),
        txt("DESCRIPTION", "Bonjour Camille,\nje vous confirme notre entretien pour le stage de trois mois dans "
            "notre agence de Hambourg. Je mènerai l'entretien avec une collègue RH.\nCordialement,\nHannah "
            "Schulz, Sparkasse Elbtal"),
        org(ME_WORK, "Schulz, Hannah"), att("camille.roux@etu.univ-lyon2.fr", "Camille Roux"),
        att("m.jansen@sparkasse-elbtal.de", "Jansen, Meike")], method="REQUEST", tzs=(WEST,)))

    uid = "es-candidata-praktikum-2@sparkasse-elbtal.de"
    add("es-candidate", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261211T113000",
        f"DTEND;TZID={WEST}:20261211T120000",
        txt("SUMMARY", "Entrevista candidata prácticas - Lucía Ramos (yo entrevisto)"),
        txt("DESCRIPTION", "Candidata de intercambio para prácticas en la sucursal. Entrevista en español/alemán; "
            "hoja de evaluación en el portal de RRHH."),
        org(ME_WORK, "Schulz, Hannah"), att("lucia.ramos.98@hotmail.es", "Lucía Ramos")], tzs=(WEST,)))

    uid = "personio-interviewer-inv-9@personio.de"
    add("hr-kit-reminder", uid, cal(EXCH, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261215T083000",
        f"DTEND;TZID={WEST}:20261215T090000",
        txt("SUMMARY", "Prep: read the interview guide for the customer service centre candidates"),
        txt("DESCRIPTION", "Note from HR: before you interview them at 9:00, please read the guide and the "
            "CVs of both candidates."),
        org("personal@sparkasse-elbtal.de", "Personal Sparkasse Elbtal"), att(ME_WORK, "Schulz, Hannah")],
        method="REQUEST", tzs=(WEST,)))

    uid = "interviewer-training-12@sparkasse-elbtal.de"
    add("interviewer-training", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261204T090000",
        f"DTEND;TZID={WEST}:20261204T120000",
        txt("SUMMARY", "Schulung: Strukturierte Interviews führen (für Führungskräfte & Ausbilder)"),
        txt("DESCRIPTION", "Pflichtschulung für alle, die in Auswahlverfahren Bewerbergespräche führen: "
            "Fragetechniken, Beurteilungsfehler, AGG."),
        org("personalentwicklung@sparkasse-elbtal.de", "Personalentwicklung"), att(ME_WORK, "Schulz, Hannah"),
        txt("LOCATION", "Schulungszentrum, Raum 3")], method="REQUEST", tzs=(WEST,)))

    uid = "en-hiring-panel-trainee-7@sparkasse-elbtal.de"
    add("en-panel-trainee", uid, cal(OUTLOOK, [
        f"UID:{uid}", f"DTSTAMP:{STAMP}", f"DTSTART;TZID={WEST}:20261216T140000",
        f"DTEND;TZID={WEST}:20261216T150000",
        txt("SUMMARY", "Trainee advisor final interviews - panel (Kröger, Schulz, Nowak)"),
        txt("DESCRIPTION", "Two finalists for the trainee advisor programme. Anja chairs; Hannah runs the "
            "customer role play; Piotr takes notes. Candidates: j.meyer@posteo.de, t.ahmadi@gmail.com"),
        org("a.kroeger@sparkasse-elbtal.de", "Kröger, Anja"), att(ME_WORK, "Schulz, Hannah"),
        att("p.nowak@sparkasse-elbtal.de", "Nowak, Piotr"),
        att("schulungsraum-2@sparkasse-elbtal.de", "Schulungsraum 2", cutype="ROOM", role="NON-PARTICIPANT")],
        method="REQUEST", tzs=(WEST,)))

    return out
