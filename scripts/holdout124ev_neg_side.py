"""holdout124: negatives with the user on the hiring side at her current airline (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import WORK, att, desc, org, simple

D = "lufthansa-cabin-services.de"
RECR = f"recruiting@{D}"


def _n(kind: str, uid: str, lines: list[str], **kw) -> dict:
    kw.setdefault("tzs", ("Europe/Berlin",))
    kw.setdefault("method", "REQUEST")
    return simple(kind, uid, lines, yes=0, trap=kind if kind.startswith("user-as-interviewer") else None, **kw)


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append
    b = "Europe/Berlin"

    a(_n("user-as-interviewer-successfactors-de", "sf-intv-20418-lena-schubert@sapsf.eu", [
        "DTSTAMP:20270108T080000Z", f"DTSTART;TZID={b}:20270113T100000", f"DTEND;TZID={b}:20270113T104500",
        "SUMMARY:Interview: Flugbegleiter/in Basis Frankfurt (Req 88102) – Lena Schubert",
        org("noreply+interviewscheduling@sapsf.eu", "Recruiting Kabine"),
        att(WORK, "Sabine Krüger"), att("lena.schubert94@web.de", "Lena Schubert"),
        "LOCATION:FRA Crew Center\\, Raum 2.201",
        desc("Sie wurden als Interviewerin für folgendes Gespräch eingeplant:\nKandidatin: Lena Schubert\n"
             "Stelle: Flugbegleiter/in Basis Frankfurt (Req 88102)\nInterviewer: Sabine Krüger (Purserin)\n"
             "Bitte füllen Sie den Bewertungsbogen bis 18:00 Uhr im System aus."),
    ], tool="-//SAP SuccessFactors//Interview Scheduling//EN"))

    a(_n("user-as-interviewer-auswahltag-assessor-de", "auswahltag-kabine-2027-01-20-gruppe-c@" + D, [
        "DTSTAMP:20270105T100000Z", f"DTSTART;TZID={b}:20270120T073000", f"DTEND;TZID={b}:20270120T163000",
        "SUMMARY:Auswahltag Kabinenpersonal – Gruppe C – Beobachterin/Interviewerin",
        org(RECR, "Recruiting Kabine"), att(WORK, "Krüger, Sabine"), att(f"ulrike.hahn@{D}", "Hahn, Ulrike"),
        "LOCATION:Crew Training Center FRA\\, Haus 4\\, Seminarräume 1–3",
        desc("Liebe Kolleginnen\\,\ndanke\\, dass ihr als Assessorinnen beim Auswahltag dabei seid. "
             "12 Bewerber:innen\\, Gruppenübung ab 08:00\\, Rollenspiele\\, Einzelinterviews ab 13:00 "
             "(Leitfaden liegt im Raum). "
             "Eure Bewertung bitte im Bogen eintragen.\nRecruiting Kabine"),
    ], tool="outlook"))

    a(_n("user-as-interviewer-kit-purser-upgrade-en", "gh-kit-purser-upgrade-tweiss@" + D, [
        "DTSTAMP:20270111T090000Z", f"DTSTART;TZID={b}:20270125T140000", f"DTEND;TZID={b}:20270125T144500",
        "SUMMARY:Interview: Tom Weiss – Purser Upgrade Program (Interview kit attached)",
        org(f"talent.internal@{D}", "Internal Mobility Team"), att(WORK, "Sabine Krüger"),
        att(f"tom.weiss@{D}", "Tom Weiss"),
        desc("You are interviewing Tom Weiss for the Purser Upgrade Program.\nYour focus: leadership in "
             "irregular operations.\nInterview kit: https://lcs.greenhouse.io/interview_kits/778120\n"
             "Please submit your scorecard within 24 hours."),
        "LOCATION:Teams",
    ], prodid="-//Greenhouse Software//Greenhouse//EN"))

    a(_n("user-as-interviewer-scorecard-reminder-de", "scorecard-reminder-yusuf-demir-0114@" + D, [
        "DTSTAMP:20270114T150000Z", f"DTSTART;TZID={b}:20270115T090000", f"DTEND;TZID={b}:20270115T091500",
        "SUMMARY:Erinnerung: Bewertungsbogen ausfüllen – Interview Yusuf Demir",
        org(RECR, "Recruiting Kabine"), att(WORK, "Sabine Krüger"),
        desc("Bitte tragen Sie Ihre Bewertung zum gestrigen Interview mit dem Bewerber Yusuf Demir "
             "(Flugbegleiter) bis heute 12 Uhr ein."),
        "TRANSP:TRANSPARENT",
    ], tool="outlook"))

    a(_n("user-as-interviewer-debrief-de", "debrief-auswahltag-0120@" + D, [
        "DTSTAMP:20270118T110000Z", f"DTSTART;TZID={b}:20270120T163000", f"DTEND;TZID={b}:20270120T173000",
        "SUMMARY:Debrief Auswahltag 20.01. – Entscheidungsrunde",
        org(f"ulrike.hahn@{D}", "Ulrike Hahn"), att(WORK, "Sabine Krüger"), att(f"marc.vogel@{D}", "Marc Vogel"),
        "LOCATION:Haus 4\\, Seminarraum 1",
        desc("Kurze Runde nach dem Auswahltag: wir gehen alle 12 Kandidat:innen durch und entscheiden über Zusagen."),
    ], tool="outlook"))

    a(_n("user-as-interviewer-panel-instructor-en", "panel-instructor-msilva-0203@" + D, [
        "DTSTAMP:20270125T100000Z", f"DTSTART;TZID={b}:20270203T100000", f"DTEND;TZID={b}:20270203T113000",
        "SUMMARY:Panel interview – Cabin Crew Instructor candidate Marta Silva",
        org(f"training.recruiting@{D}", "Training Recruiting"), att(WORK, "Sabine Krüger"),
        att(f"jens.ott@{D}", "Jens Ott"), att("marta.silva.fa@gmail.com", "Marta Silva"),
        "LOCATION:Crew Training Center FRA\\, Room 4.08",
        desc("Panel: Jens Ott (Head of Cabin Training), Sabine Krüger (Purser, SEP instructor).\nCandidate: "
             "Marta Silva (external). Please read her CV in the ATS and agree on questions beforehand."),
    ], tool="outlook"))

    a(_n("user-as-interviewer-shadowing-de", "shadowing-interview-0127@" + D, [
        "DTSTAMP:20270119T100000Z", f"DTSTART;TZID={b}:20270127T130000", f"DTEND;TZID={b}:20270127T140000",
        "SUMMARY:Hospitation: Sabine begleitet Interview (Kandidatin Nora Albrecht)",
        org(f"ulrike.hahn@{D}", "Ulrike Hahn"), att(WORK, "Sabine Krüger"),
        desc("Als neue Interviewerin sitzt du bei meinem Interview mit Nora Albrecht mit\\, hörst zu und "
             "machst Notizen. Danach 10 Min. Feedback. LG Ulrike"),
        "LOCATION:Raum 2.201",
    ], tool="outlook"))

    a(_n("user-as-interviewer-calendly-host-de", "ev_Zk91LmP0qT@calendly.com", [
        "DTSTART:20270126T100000Z", "DTEND:20270126T102000Z", "DTSTAMP:20270121T200000Z",
        "SUMMARY:Jonas Frei und Sabine Krüger",
        org(WORK, "Sabine Krüger"), att("jonas.frei@gmail.com", "Jonas Frei"),
        "LOCATION:Telefon: +49 160 7781203",
        desc("Veranstaltungsname: Kennenlernen Kabinenpersonal (20 Min.)\n\nFragen:\nWarum möchten Sie "
             "Flugbegleiter werden?\nIch war 4 Jahre im Hotel an der Rezeption und möchte in die Kabine.\n\n"
             "Bereitgestellt von Calendly.com"),
    ], tzs=(), prodid="-//Calendly//Calendly//DE"))

    a(_n("user-as-interviewer-agency-candidate-de", "skystaff-kandidat-aksoy-0204@skystaff-personal.de", [
        "DTSTAMP:20270128T120000Z", f"DTSTART;TZID={b}:20270204T140000", f"DTEND;TZID={b}:20270204T144500",
        "SUMMARY:Kandidatenvorstellung: Herr Mehmet Aksoy (Purser\\, 9 J. Erfahrung) – Interview bei Ihnen",
        org("d.reuter@skystaff-personal.de", "Dana Reuter | SkyStaff Personal"), att(WORK, "Sabine Krüger"),
        att("mehmet.aksoy@outlook.de", "Mehmet Aksoy"),
        desc("Sehr geehrte Frau Krüger\\,\nwie besprochen stellen wir Ihnen unseren Kandidaten Herrn Aksoy für den "
             "Purser-Pool vor. Er kommt zu Ihnen ins Crew Center. Profil anbei.\n"
             "Dana Reuter\\, SkyStaff Personal GmbH"),
        "LOCATION:FRA Crew Center\\, Empfang",
    ], tool="outlook"))

    a(_n("user-as-interviewer-handtyped-de", "F0C2B1D3-77A1-4E6B-9C3F-2D1E0A9B8C71", [
        "DTSTAMP:20270122T063000Z", f"DTSTART;TZID={b}:20270128T103000", f"DTEND;TZID={b}:20270128T111500",
        "SUMMARY:Interview Bewerberin Fr. Haas – R. 2.201 (Bogen mitnehmen)",
    ], method=None, tool="apple"))

    a(_n("user-as-interviewer-workday-en", "wd-interviewer-chloe-martin-44102", [
        "DTSTAMP:20270201T080000Z", "DTSTART:20270208T090000Z", "DTEND:20270208T094500Z",
        "SUMMARY:Interview Scheduled: Cabin Crew Member (fixed-term) - Candidate: Chloé Martin",
        org("lcs@myworkday.com", "Workday Recruiting"), att(WORK, "Sabine Krüger"),
        att("chloe.martin.pnc@hotmail.fr", "Chloé Martin"),
        desc("You have been added as an interviewer.\nCandidate: Chloé Martin\nJob: Cabin Crew Member "
             "(fixed-term) - Frankfurt\nInterviewers: Sabine Krüger\nPlease complete feedback in Workday."),
        "LOCATION:Microsoft Teams Meeting",
    ], tzs=(), prodid="-//Workday//Workday Recruiting//EN"))

    a(_n("user-as-interviewer-evaluatrice-fr", "entretien-pnc-cdurand-0210@" + D, [
        "DTSTAMP:20270202T090000Z", "DTSTART;TZID=Europe/Paris:20270210T110000",
        "DTEND;TZID=Europe/Paris:20270210T114500",
        "SUMMARY:Entretien candidate PNC – Camille Durand (évaluatrice : S. Krüger)",
        org(f"recrutement.paris@{D}", "Recrutement PNC Paris"), att(WORK, "Sabine Krüger"),
        att("camille.durand92@laposte.net", "Camille Durand"),
        desc("Bonjour Sabine,\nTu fais passer l'entretien en français et en allemand à Camille Durand, candidate "
             "PNC pour la base de Francfort. Grille d'évaluation en pièce jointe.\nMerci !"),
        "LOCATION:Teams",
    ], tzs=("Europe/Paris",), tool="outlook"))

    a(_n("user-as-interviewer-evaluadora-es", "entrevista-tcp-lromero-0211@" + D, [
        "DTSTAMP:20270203T090000Z", "DTSTART;TZID=Europe/Madrid:20270211T120000",
        "DTEND;TZID=Europe/Madrid:20270211T124500",
        "SUMMARY:Entrevista candidata TCP – Lucía Romero (evaluadora: Sabine Krüger)",
        org(f"seleccion.madrid@{D}", "Selección TCP Madrid"), att(WORK, "Sabine Krüger"),
        att("lucia.romero.tcp@gmail.com", "Lucía Romero"),
        desc("Hola Sabine:\nRealizarás la entrevista en alemán e inglés a la candidata Lucía Romero para la base "
             "de Fráncfort. Recuerda rellenar la hoja de evaluación.\nGracias"),
        "LOCATION:Teams",
    ], tzs=("Europe/Madrid",), tool="outlook"))

    a(_n("user-as-interviewer-organizer-freemail-de", "tel-interview-alorenz-0205@" + D, [
        "DTSTAMP:20270201T160000Z", f"DTSTART;TZID={b}:20270205T160000", f"DTEND;TZID={b}:20270205T163000",
        "SUMMARY:Telefoninterview mit Kandidatin Anna Lorenz (Purser-Quereinstieg)",
        org(WORK, "Krüger, Sabine"), att("anna.lorenz.1990@gmx.net", "Anna Lorenz"),
        desc("Hallo Frau Lorenz\\,\nich rufe Sie wie vereinbart an. Wir sprechen ca. 30 Minuten über Ihre Erfahrung "
             "als Purserin bei Ihrer bisherigen Airline und den Quereinstieg bei uns.\nViele Grüße\nSabine "
             "Krüger\nPurserin | Interviewerin Recruiting Kabine"),
        "LOCATION:Telefon",
    ], tool="outlook"))

    a(_n("user-as-interviewer-calibration-de", "kalibrierung-interviewer-q1@" + D, [
        "DTSTAMP:20270104T090000Z", f"DTSTART;TZID={b}:20270112T140000", f"DTEND;TZID={b}:20270112T153000",
        "SUMMARY:Kalibrierung Interviewer:innen – Auswahltage Q1",
        org(RECR, "Recruiting Kabine"), att(WORK, "Sabine Krüger"), att(f"marc.vogel@{D}", "Marc Vogel"),
        desc("Wir gleichen unsere Bewertungsmaßstäbe für die Einzelinterviews an den Auswahltagen ab "
             "(Video-Beispiele\\, Skala 1–5)."),
        "LOCATION:Teams",
    ], tool="outlook"))

    a(_n("user-as-interviewer-training-de", "interviewer-schulung-strukturiert-0119@" + D, [
        "DTSTAMP:20261222T090000Z", f"DTSTART;TZID={b}:20270119T090000", f"DTEND;TZID={b}:20270119T120000",
        "SUMMARY:Interviewer-Schulung: Strukturierte Interviews (Pflicht für Auswahltag-Jury)",
        org(f"learning@{D}", "Learning & Development"), att(WORK, "Sabine Krüger"),
        desc("Pflichtschulung für alle Purser:innen\\, die an Auswahltagen Bewerber:innen interviewen: "
             "Leitfaden\\, Beurteilungsfehler\\, AGG."),
        "LOCATION:Crew Training Center\\, Raum 1.10",
    ], tool="outlook"))

    a(_n("user-as-interviewer-hiring-committee-de", "hiring-committee-trainerpool-0215@" + D, [
        "DTSTAMP:20270208T090000Z", f"DTSTART;TZID={b}:20270215T150000", f"DTEND;TZID={b}:20270215T160000",
        "SUMMARY:Hiring Committee Trainer-Pool – Entscheidung (3 Kandidat:innen)",
        org(f"jens.ott@{D}", "Ott, Jens"), att(WORK, "Krüger, Sabine"), att(f"ulrike.hahn@{D}", "Hahn, Ulrike"),
        desc("Entscheidung über die drei externen Kandidat:innen für den Trainer-Pool (Silva\\, Brandl\\, Koç). "
             "Bitte Scorecards vorher abschließen."),
    ], tool="outlook"))

    a(_n("user-as-interviewer-greenhouse-en", "gh-intv-dokafor-trainee-0209@" + D, [
        "DTSTAMP:20270202T090000Z", f"DTSTART;TZID={b}:20270209T113000", f"DTEND;TZID={b}:20270209T121500",
        "SUMMARY:Interview with Daniel Okafor - Cabin Crew Trainee",
        org(f"talent.internal@{D}", "Cabin Recruiting"), att(WORK, "Sabine Krüger"),
        att("daniel.okafor.de@gmail.com", "Daniel Okafor"),
        desc("Candidate: Daniel Okafor\nInterviewers: Sabine Krüger\nFocus attributes: service orientation, "
             "teamwork, English level\nScorecard: https://lcs.greenhouse.io/scorecards/991204"),
        "LOCATION:FRA Crew Center - Room 2.203",
    ], prodid="-//Greenhouse Software//Greenhouse//EN"))

    a(_n("user-as-interviewer-roleplay-observer-de", "rollenspiel-beobachtung-0224@" + D, [
        "DTSTAMP:20270215T090000Z", f"DTSTART;TZID={b}:20270224T080000", f"DTEND;TZID={b}:20270224T120000",
        "SUMMARY:Auswahltag: Rollenspiel „schwieriger Passagier“ – Sabine spielt Passagierin + Bewertung",
        org(RECR, "Recruiting Kabine"), att(WORK, "Sabine Krüger"),
        desc("Du übernimmst die Rolle der Passagierin in den Rollenspielen und bewertest die Bewerber:innen "
             "nach dem Bogen. 8 Durchgänge à 20 Min."),
        "LOCATION:Kabinen-Mock-up Halle 2",
    ], tool="outlook"))

    a(_n("user-as-interviewer-agency-en", "crewlink-submission-pnair-0222@crewlink-staffing.com", [
        "DTSTAMP:20270216T120000Z", f"DTSTART;TZID={b}:20270222T150000", f"DTEND;TZID={b}:20270222T154500",
        "SUMMARY:Candidate submission: Priya Nair – interview with Sabine Krüger",
        org("ben.harris@crewlink-staffing.com", "Ben Harris (CrewLink Staffing)"), att(WORK, "Sabine Krüger"),
        att("priya.nair.crew@yahoo.com", "Priya Nair"),
        desc("Hi Sabine,\nAs agreed, Priya (ex-Gulf carrier, 6 years, fluent German) will join you for the "
             "interview for your contract cabin crew pool. CV attached.\nBen Harris\nCrewLink Staffing"),
        "LOCATION:Microsoft Teams Meeting",
    ], tool="outlook"))

    uid = "jury-auswahltag-woechentlich@" + D
    a(_n("user-as-interviewer-recurring-jury-de", uid, [
        "DTSTAMP:20270102T090000Z", f"DTSTART;TZID={b}:20270107T130000", f"DTEND;TZID={b}:20270107T160000",
        "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=8",
        "SUMMARY:Einzelinterviews Auswahltag (Jury\\, wöchentlich)",
        org(RECR, "Recruiting Kabine"), att(WORK, "Sabine Krüger"),
        desc("Fester Block für die Einzelinterviews mit Bewerber:innen am Donnerstag. Kandidatenliste kommt "
             "jeweils am Vortag."),
        "LOCATION:Crew Training Center FRA",
    ], tool="outlook"))
    return out
