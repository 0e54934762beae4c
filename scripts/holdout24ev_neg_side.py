"""Holdout24 negatives: Jonas as the interviewer at his employer Stadt Hilden (every form)."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, WORK, add, att, doc, esc, org, tdt, teams, zoom

OUT = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
WEST = "W. Europe Standard Time"
T = "user_as_interviewer"


def _x(kind: str, lang: str, uid: str, text: str) -> None:
    add(kind, lang, uid, text, False, trap=T)


def build() -> None:
    """Given nothing returns nothing; appends the user-as-interviewer events."""
    u = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000011"
    _x("hilden-azubi-gespraeche", "de", u, doc(OUT, [[
        "CLASS:PUBLIC", f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261202T080000"),
        tdt("DTEND", WEST, "20261202T123000"),
        "SUMMARY;LANGUAGE=de-de:Vorstellungsgespräche Ausbildung Bauzeichner/in 2027",
        org("s.kraus@hilden.de", "Kraus, Sabine (Amt 10 Personal)"),
        att(WORK, "Becker, Jonas"), att("t.ueberall@hilden.de", "Überall, Tanja"),
        att("personalrat@hilden.de", "Personalrat Stadt Hilden", role="OPT-PARTICIPANT"),
        att("raum-214@hilden.de", "Rathaus Raum 214", cutype="ROOM", role="NON-PARTICIPANT"),
        "DESCRIPTION:" + esc("Liebe Kolleginnen und Kollegen,\nanbei die Bewerberliste (4 Bewerber/innen, je "
                             "45 Min.). Herr Becker übernimmt die fachlichen Fragen aus dem Tiefbau, Frau "
                             "Überall die Fragen zur Ausbildung. Bewertungsbögen liegen im Raum.\nGruß S. Kraus"),
        "LOCATION:Rathaus Hilden\\, Raum 214"]], tzs=(WEST,)))

    u = "auswahlkommission-bauaufseher-2026"
    _x("auswahlkommission", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261209T130000"), tdt("DTEND", WEST, "20261209T170000"),
        "SUMMARY:Auswahlkommission Bauaufseher/in Tiefbau (EG 9a) – Gespräche",
        org("personalamt@stadt-hilden.de", "Personalamt"), att(WORK, "Becker, Jonas"),
        att("a.meurer@stadt-hilden.de", "Meurer, Andreas (Amtsleiter 66)"),
        att("gleichstellung@stadt-hilden.de", "Gleichstellungsbeauftragte"),
        "DESCRIPTION:" + esc("Mitglieder der Auswahlkommission: Hr. Meurer (Vorsitz), Hr. Becker (Fachamt), "
                             "Gleichstellungsbeauftragte, Personalrat. 5 Bewerbende, Zeitplan folgt. Bitte "
                             "Vertraulichkeit wahren.")]], tzs=(WEST,)))

    u = "fachtest-strassenbau-becker"
    _x("fachtest-leitung", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261210T090000"), tdt("DTEND", WEST, "20261210T110000"),
        "SUMMARY:Praktischer Test Bewerber Bauaufsicht (Durchführung: J. Becker)",
        org(WORK, "Becker, Jonas"), att("m.ates@stadt-hilden.de", "Ateş, Murat"),
        "DESCRIPTION:" + esc("Aufgaben: Aufmaß Gehwegsanierung, Leistungsverzeichnis lesen, Mängel auf "
                             "Foto erkennen. Ich leite den Test, Murat protokolliert. Bewerber kommen 08:45 an "
                             "die Pforte."),
        "LOCATION:Bauhof Hilden\\, Schulungsraum"]], tzs=(WEST,)))

    u = "cand-gmail-invite-0017"
    _x("kandidat-gmail", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261203T140000"), tdt("DTEND", WEST, "20261203T150000"),
        "SUMMARY:Vorstellungsgespräch Stadt Hilden – Technische/r Zeichner/in (Frau Kowalski)",
        org(WORK, "Becker, Jonas"), att("natalia.kowalski92@gmail.com", "Natalia Kowalski"),
        att("s.kraus@hilden.de", "Kraus, Sabine"),
        "DESCRIPTION:" + esc("Sehr geehrte Frau Kowalski,\nvielen Dank für Ihre Bewerbung bei der Stadt Hilden. "
                             "Gerne laden wir Sie zum Vorstellungsgespräch ein. Gesprächspartner: Jonas Becker "
                             "(Tiefbauamt) und Sabine Kraus (Personal).\nMit freundlichen Grüßen\nJonas Becker\n"
                             "Stadt Hilden – Amt für Tiefbau und Verkehr"),
        "LOCATION:Rathaus Hilden\\, Am Rathaus 1\\, Zimmer 312"]], tzs=(WEST,)))

    u = "private-note-bewerber-3"
    _x("private-notiz", "de", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261208T080000", "DTEND:20261208T120000",
        "SUMMARY:3 Bewerber interviewen (Bauzeichner) – Fragenkatalog mitnehmen"]], method=None))

    u = "slot-azubi-di-serie"
    _x("serientermin-override", "de", u, doc(OUT, [
        [f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261201T140000"), tdt("DTEND", WEST, "20261201T150000"),
         "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6", "SUMMARY:Slot Bewerbergespräche Praktikum Tiefbau",
         org(WORK, "Becker, Jonas"),
         "DESCRIPTION:" + esc("Geblockt für Gespräche mit Praktikumsbewerber/innen (Schüler/innen, Studierende). "
                              "Kandidat/in wird jeweils separat eingeladen.")],
        [f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("RECURRENCE-ID", WEST, "20261215T140000"),
         tdt("DTSTART", WEST, "20261215T100000"), tdt("DTEND", WEST, "20261215T110000"),
         "SUMMARY:Slot Bewerbergespräche Praktikum Tiefbau (verlegt wg. Bauausschuss)", org(WORK, "Becker, Jonas"),
         "SEQUENCE:1"]], method=None, tzs=(WEST,)))

    u = "cancel-kandidat-rueckzug"
    _x("abgesagt-kandidat", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261204T100000"), tdt("DTEND", WEST, "20261204T110000"),
        "SUMMARY:Abgesagt: Gespräch Bewerber Bauaufseher Hr. Demir", "STATUS:CANCELLED", "SEQUENCE:1",
        org("s.kraus@hilden.de", "Kraus, Sabine"), att(WORK, "Becker, Jonas"),
        "DESCRIPTION:" + esc("Der Bewerber hat seine Bewerbung zurückgezogen. Der Termin entfällt.")]],
        method="CANCEL", tzs=(WEST,)))

    u = "debrief-bauaufseher-2026"
    _x("nachbesprechung", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261211T083000"), tdt("DTEND", WEST, "20261211T093000"),
        "SUMMARY:Nachbesprechung Auswahlverfahren Bauaufseher – Entscheidungsvorschlag",
        org("a.meurer@stadt-hilden.de", "Meurer, Andreas"), att(WORK, "Becker, Jonas"),
        att("personalamt@stadt-hilden.de", "Personalamt"),
        "DESCRIPTION:Bitte ausgefüllte Bewertungsmatrix mitbringen. Reihenfolge der Kandidaten festlegen."]],
        tzs=(WEST,)))

    u = "leitfaden-vorbereiten-11"
    _x("leitfaden-block", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261201T130000"), tdt("DTEND", WEST, "20261201T140000"),
        "SUMMARY:Interviewleitfaden Technische Zeichner vorbereiten", org(WORK, "Becker, Jonas"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]], method=None, tzs=(WEST,)))

    u = "agency-candidate-tiefbau-71"
    _x("agentur-schickt-kandidat", "en", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261207T100000"), tdt("DTEND", WEST, "20261207T110000"),
        "SUMMARY:Candidate interview: Mr. Emre Yildiz (Civil Engineer) for Stadt Hilden",
        org("r.shaw@civilstaff-europe.com", "Rachel Shaw"), att(WORK, "Jonas Becker"),
        att("emre.yildiz@outlook.de", "Emre Yildiz"),
        "DESCRIPTION:" + esc("Dear Mr Becker,\nfurther to your vacancy for a site inspector (roads), please "
                             "find the interview with our candidate Emre Yildiz confirmed. His CV is attached "
                             "to my email.\nKind regards\nRachel Shaw, CivilStaff Europe"),
        "LOCATION:Rathaus Hilden"]], tzs=(WEST,)))

    u = "bookings-hilden-bewerber-44"
    _x("bookings-gastgeber", "de", u, doc("-//Microsoft Corporation//Microsoft Bookings//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T090000Z", "DTEND:20261214T093000Z",
        "SUMMARY:Bewerbungsgespräch Praktikum – Lukas Hoppe",
        org("Bewerbertermine@stadt-hilden.de", "Stadt Hilden Bewerbertermine"),
        att(WORK, "Jonas Becker"), att("lukas.hoppe@th-koeln.de", "Lukas Hoppe"),
        "DESCRIPTION:" + esc("Neue Buchung\nService: Praktikumsgespräch Tiefbauamt (30 Min.)\nKunde: Lukas "
                             "Hoppe, lukas.hoppe@th-koeln.de\nMitarbeiter: Jonas Becker\n" + teams("de"))]]))

    u = "agg-schulung-auswahl-12"
    _x("schulung-interviewer", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261125T090000"), tdt("DTEND", WEST, "20261125T153000"),
        "SUMMARY:Inhouse-Schulung: Strukturierte Auswahlgespräche führen (für Kommissionsmitglieder)",
        org("fortbildung@stadt-hilden.de", "Fortbildung Stadt Hilden"), att(WORK, "Becker, Jonas"),
        "DESCRIPTION:" + esc("Pflichtschulung für Mitglieder von Auswahlkommissionen: AGG, Fragetechnik, "
                             "Beurteilungsfehler."),
        "LOCATION:Bürgerhaus Hilden\\, Saal 2"]], tzs=(WEST,)))

    u = "en-trainee-intl-interview-5"
    _x("en-trainee-candidate", "en", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261209T090000"), tdt("DTEND", WEST, "20261209T094500"),
        "SUMMARY:Interview with applicant Aisha Rahman - trainee draughtswoman (in English)",
        org(WORK, "Becker, Jonas"), att("aisha.rahman.ar@yahoo.com", "Aisha Rahman"),
        att("t.ueberall@hilden.de", "Überall, Tanja"),
        "DESCRIPTION:" + esc("Dear Ms Rahman,\nthank you for applying for our apprenticeship. As agreed the "
                             "interview will be held in English. Tanja Überall (training officer) and I will "
                             "ask about your technical drawing experience.\nJonas Becker, City of Hilden\n"
                             + teams("en"))]], tzs=(WEST,)))

    u = "en-site-inspector-applicant"
    _x("en-zoom-applicant", "en", u, doc("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T130000Z", "DTEND:20261216T140000Z",
        "SUMMARY:Stadt Hilden | Site inspector applicant - Daniel Moore",
        org(WORK, "Jonas Becker"), att("dan.moore@outlook.com", "Daniel Moore"),
        "DESCRIPTION:" + esc("Jonas Becker is inviting you to a scheduled Zoom meeting.\nTopic: Interview for "
                             "the site inspector position at Stadt Hilden (Civil Works Department)\n"
                             + zoom("https://us02web.zoom.us/j/83344112290", "833 4411 2290", "hilden"))]]))

    u = "fr-candidate-controleur-9"
    _x("fr-candidate", "fr", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261210T150000"), tdt("DTEND", WEST, "20261210T160000"),
        "SUMMARY:Entretien avec la candidate Camille Roussel – contrôleuse de travaux (Stadt Hilden)",
        org(WORK, "Becker, Jonas"), att("camille.roussel@laposte.net", "Camille Roussel"),
        "DESCRIPTION:" + esc("Bonjour Madame Roussel,\nje vous confirme notre entretien pour le poste de "
                             "contrôleuse de travaux voirie à la ville de Hilden. Je mènerai l'entretien avec "
                             "un collègue du service du personnel.\nJonas Becker\n" + teams("fr"))]], tzs=(WEST,)))

    u = "es-candidato-delineante-3"
    _x("es-candidato", "es", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261211T110000"), tdt("DTEND", WEST, "20261211T114500"),
        "SUMMARY:Entrevista con candidato Pablo Iglesias Ruiz – delineante (Ayuntamiento de Hilden)",
        org(WORK, "Becker, Jonas"), att("pablo.iglesias.ruiz@gmail.com", "Pablo Iglesias Ruiz"),
        "DESCRIPTION:" + esc("Hola Pablo,\ncomo hablamos, te entrevistaré para la plaza de delineante en el "
                             "departamento de obras públicas de Hilden. Puedes hablar en español, yo traduzco lo "
                             "necesario a mis compañeros.\nSaludos, Jonas")]], tzs=(WEST,)))

    u = "beobachter-auswahltag-all"
    _x("auswahltag-beobachter", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261218",
        "SUMMARY:Auswahltag Bauaufseher/innen – Beobachter: Becker\\, Meurer",
        org("personalamt@stadt-hilden.de", "Personalamt"), att(WORK, "Becker, Jonas"),
        att("a.meurer@stadt-hilden.de", "Meurer, Andreas"),
        "DESCRIPTION:" + esc("Gruppenübung, Präsentation, Einzelgespräche. Beobachterbögen werden verteilt."),
        "TRANSP:OPAQUE"]]))

    u = "bewertungsboegen-frist-6"
    _x("bewertungsbogen-erinnerung", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261203T160000"), tdt("DTEND", WEST, "20261203T163000"),
        "SUMMARY:Erinnerung: Bewertungsbögen Bewerbergespräche an Personalamt",
        org(WORK, "Becker, Jonas"), "DESCRIPTION:Frist 17 Uhr\\, Bögen für alle 4 Azubi-Kandidaten einscannen."]],
        method=None, tzs=(WEST,)))

    u = "gmx-candidate-twist-8"
    _x("kandidat-auch-gmx", "de", u, doc("-//Google Inc//Google Calendar 70.9054//EN", [[
        "DTSTART:20261215T130000Z", "DTEND:20261215T140000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org(WORK, "Jonas Becker"), att("k.lehmann-bau@gmx.de", "Kevin Lehmann"), att(ME, "Jonas Becker (privat)"),
        "SUMMARY:Gespräch mit Bewerber Kevin Lehmann (Bauzeichner) – Stadt Hilden",
        "DESCRIPTION:" + esc("Hallo Herr Lehmann, anbei der Termin für Ihr Vorstellungsgespräch bei uns im "
                             "Tiefbauamt. Ich habe meine private Adresse zur Erinnerung mit eingeladen.\n"
                             "Jonas Becker")]]))

    u = "campus-th-koeln-praktikant"
    _x("student-uni-adresse", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", WEST, "20261208T150000"), tdt("DTEND", WEST, "20261208T153000"),
        "SUMMARY:Kurzgespräch Praxissemester – Frau Nguyen (TH Köln)", org(WORK, "Becker, Jonas"),
        att("mai.nguyen@smail.th-koeln.de", "Mai Nguyen"),
        "DESCRIPTION:" + esc("Gespräch über Ihre Bewerbung für das Praxissemester im Tiefbauamt Hilden "
                             "(Regenwasserbewirtschaftung). Ich freue mich!\nJ. Becker")]], tzs=(WEST,)))
