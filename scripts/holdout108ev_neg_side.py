"""holdout108: the user on the hiring side at Logopädie Südstadt Köln – not her interviews (blind; CC0 1.0)."""

from __future__ import annotations

from holdout108ev_ics import (
    APPLE,
    BERLIN,
    GOOGLE,
    OUTLOOK,
    WORK,
    apple_uid,
    att,
    cal,
    ev,
    google_uid,
    hexid,
    meet_de,
    org,
    outlook_uid,
    rec,
    teams,
    tz_outlook,
    when,
    zoom,
)

BOSS = "u.sander@logopaedie-suedstadt-koeln.de"
W = "W. Europe Standard Time"
PRAXIS = "Logopädie Südstadt, Bonner Straße 96, 50677 Köln"


def _n(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return rec(kind, ics, uid, 0, "user-as-interviewer-" + trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = outlook_uid("s1")
    ics = cal(ev(uid, when(W, "20260219T163000", "20260219T173000"),
                 "Vorstellungsgespräch Frau Yilmaz (Logopädin, Bewerbung auf TZ-Stelle)",
                 organizer=org(BOSS, "Sander, Ulrike"),
                 attendees=[att(WORK, "Hartmann, Leonie"), att("elif.yilmaz92@web.de", "Elif Yilmaz")],
                 desc="Hallo Leonie,\nkannst du beim Gespräch mit Frau Yilmaz dabei sein? Du übernimmst bitte den "
                      "fachlichen Teil (Kindersprache, Dokumentation). Lebenslauf liegt im Ordner Bewerbungen.\n"
                      "Danke! Ulrike", loc=PRAXIS + ", Besprechungsraum"),
              OUTLOOK, tz=tz_outlook(W))
    out.append(_n("side-boss-invite-de", ics, uid, "boss-invite-freemail-candidate-de"))

    uid = apple_uid("s2")
    ics = cal(ev(uid, when("", "20260303T140000", "20260303T150000"),
                 "VG Bewerberin Merle K. 14h",
                 desc="mit Ulrike, bei uns in der Praxis. Fragen: Erfahrung Dysphagie? Hausbesuche ok? Start?",
                 loc="Praxis"),
              APPLE, method=None)
    out.append(_n("side-hand-de", ics, uid, "hand-typed-vg-de"))

    uid = hexid("s3", 8) + "-calendly-host"
    ics = cal(ev(uid, when("", "20260310T111500Z", "20260310T114500Z"),
                 "Kennenlernen Logopädie Südstadt zwischen Leonie Hartmann und Jonas Wirtz",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att(WORK, "Leonie Hartmann", partstat="ACCEPTED"),
                            att("jonas.wirtz@gmail.com", "Jonas Wirtz", partstat="ACCEPTED")],
                 desc="Event Name: Kennenlernen Logopädie Südstadt (Bewerber:innen)\n\nInvitee: Jonas Wirtz\n"
                      "Invitee Email: jonas.wirtz@gmail.com\n\nQuestions:\nAuf welche Stelle bewerben Sie sich?\n"
                      "Logopäde (m/w/d) Vollzeit\n\nLocation: Telefon – Leonie ruft an: +49 176 2219 4408\n\n"
                      "Powered by Calendly.com"),
              "-//Calendly//Calendly//EN")
    out.append(_n("side-calendly-host-de", ics, uid, "calendly-host-de"))

    uid = outlook_uid("s4")
    ics = cal(ev(uid, when(W, "20260312T170000", "20260312T174500"),
                 "Kandidatenvorstellung: Herr Jonas Wirtz – Logopäde (Vitaljobs)",
                 organizer=org("p.heinen@vitaljobs-personal.de", "Heinen, Patrick"),
                 attendees=[att(WORK, "Hartmann, Leonie"), att(BOSS, "Sander, Ulrike"),
                            att("jonas.wirtz@gmail.com", "Jonas Wirtz")],
                 desc="Sehr geehrte Frau Sander, sehr geehrte Frau Hartmann,\n\nwie besprochen stelle ich Ihnen "
                      "Herrn Wirtz vor (Profil anbei, 4 Jahre Neuro-Reha). Bei Einstellung gilt unsere "
                      "Vermittlungsvereinbarung vom 02.02.2026.\n\nBeste Grüße\nPatrick Heinen\nVitaljobs",
                 loc=PRAXIS),
              OUTLOOK, tz=tz_outlook(W))
    out.append(_n("side-agency-candidate-de", ics, uid, "agency-sends-candidate-de"))

    uid = google_uid("s5")
    ics = cal(ev(uid, when("Europe/Berlin", "20260218T123000", "20260218T131500"),
                 "Bewerbungsgespräch Pflichtpraktikum – Hannah Becker (Logopädieschule Köln)",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att(WORK, "Leonie Hartmann", partstat="ACCEPTED"),
                            att("hannah.becker@stud.logopaedieschule-koeln.de", "Hannah Becker")],
                 desc="Liebe Frau Becker,\nwie am Telefon besprochen: kurzes Gespräch zum Praktikum im Herbst "
                      "(Kinder + Neuro). Ich bin Ihre künftige Anleiterin.\nViele Grüße\nLeonie Hartmann",
                 loc=PRAXIS),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-intern-de", ics, uid, "intern-applicant-de"))

    uid = "personio-feedback-" + hexid("s6", 16)
    ics = cal(ev(uid, when("Europe/Berlin", "20260219T174500", "20260219T180000"),
                 "Bewertung abgeben: Interview mit Elif Yilmaz",
                 organizer=org("noreply@personio.de", "Personio"), attendees=[att(WORK, "Leonie Hartmann")],
                 desc="Bitte fülle die Bewertungskarte für Elif Yilmaz (Logopädin Teilzeit) aus: Fachwissen, "
                      "Teamfit, Empfehlung (ja/nein).\nhttps://logopaedie-suedstadt.personio.de/recruiting/"
                      "applications/48812/feedback"),
              "-//Personio GmbH//Personio Recruiting//DE", tz=BERLIN)
    out.append(_n("side-scorecard-de", ics, uid, "scorecard-de"))

    uid = google_uid("s7")
    ics = cal(ev(uid, when("Europe/Berlin", "20260320T130000", "20260320T133000"),
                 "Nachbesprechung Bewerbungsgespräche (Yilmaz / Wirtz / K.)",
                 organizer=org(BOSS, "Ulrike Sander"),
                 attendees=[att(WORK, "Leonie Hartmann"), att(BOSS, "Ulrike Sander", partstat="ACCEPTED")],
                 desc="Entscheidung TZ-Stelle + VZ-Stelle, Gehaltsrahmen, Absagen formulieren", loc="Büro"),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-debrief-de", ics, uid, "debrief-de"))

    uid = apple_uid("s8")
    ics = cal(ev(uid, when("", "20260226T080000", "20260226T123000"),
                 "Hospitation Bewerberin Fr. Kaya – läuft bei mir mit",
                 desc="Pat. 8:00 Th. Emil (SES), 9:00 Anamnese Fam. Roth, 10:30 Aphasie Hr. B.\nFr. Kaya darf "
                      "zuschauen, danach kurz Eindruck an Ulrike"),
              APPLE, method=None)
    out.append(_n("side-shadow-de", ics, uid, "candidate-shadows-user-de"))

    uid = google_uid("s9")
    ics = cal(ev(uid, when("Europe/Berlin", "20260217T071500", "20260217T074500"),
                 "Interviewleitfaden vorbereiten – Bewerbungen Logopädin TZ",
                 organizer=org(WORK, "Leonie Hartmann"), desc="Fragen Kindersprache, Fallbeispiel Late Talker, "
                 "Bewertungsbogen von Ulrike anpassen"),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-kit-prep-de", ics, uid, "interview-kit-prep-de"))

    uid = outlook_uid("s10")
    ics = cal(ev(uid, when(W, "20260309T170000", "20260309T180000"),
                 "WG: Vorstellungsgespräch Frau Kaya, Logopädin (Elternzeitvertretung)",
                 organizer=org(BOSS, "Sander, Ulrike"),
                 attendees=[att(WORK, "Hartmann, Leonie"), att("s.kaya.logo@outlook.de", "Sevda Kaya")],
                 desc="Von: Sander, Ulrike\nGesendet: Montag, 2. März 2026 18:04\nAn: Sevda Kaya\nBetreff: "
                      "Vorstellungsgespräch Frau Kaya, Logopädin (Elternzeitvertretung)\n\nLiebe Frau Kaya,\nwir "
                      "freuen uns, Sie in unserer Praxis kennenzulernen. Meine Kollegin Leonie Hartmann ist dabei.\n"
                      "Ulrike Sander, Praxisinhaberin", loc=PRAXIS),
              OUTLOOK, tz=tz_outlook(W))
    out.append(_n("side-forwarded-de", ics, uid, "forwarded-wg-de"))

    uid = "tt-interview-" + hexid("s11", 18)
    ics = cal(ev(uid, when("Europe/Berlin", "20260325T160000", "20260325T164500"),
                 "Interview mit Kandidat: Lukas Brandner – Logopäde (m/w/d) Vollzeit",
                 organizer=org(BOSS, "Ulrike Sander"),
                 attendees=[att(WORK, "Leonie Hartmann"), att("lukas.brandner@posteo.de", "Lukas Brandner")],
                 desc="Du bist als Interviewerin eingetragen.\nKandidat: Lukas Brandner\nStelle: Logopäde (m/w/d) "
                      "Vollzeit – Logopädie Südstadt\nProfil ansehen: https://app.teamtailor.com/companies/"
                      "logopaedie-suedstadt/candidates/551892\n\n" + teams("de", "s11")),
              "-//Teamtailor//Teamtailor Calendar//EN", tz=BERLIN)
    out.append(_n("side-teamtailor-de", ics, uid, "teamtailor-interviewer-de"))

    uid = google_uid("s12")
    ics = cal(ev(uid, when("Europe/Berlin", "20260411T090000", "20260411T150000"),
                 "Aufnahmegespräche Logopädieschule – Jury (Ehrenamt)",
                 organizer=org("sekretariat@logopaedieschule-koeln.de", "Sekretariat Logopädieschule"),
                 attendees=[att(WORK, "Leonie Hartmann"), att("m.esser@logopaedieschule-koeln.de", "Martin Esser")],
                 desc="Liebe Frau Hartmann,\nvielen Dank, dass Sie als Praxisvertreterin wieder in der Auswahljury für "
                      "den neuen Jahrgang sitzen. 12 Bewerber:innen, je 20 Min., Bewertungsbögen liegen aus.",
                 loc="Logopädieschule Köln, Raum 2"),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-school-panel-de", ics, uid, "admission-panel-de"))

    uid = google_uid("s13")
    ics = cal(ev(uid, when("Europe/Berlin", "20260316T173000", "20260316T181500"),
                 "Interview: Emily Clarke – speech therapist for our English-speaking families",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att(WORK, "Leonie Hartmann", partstat="ACCEPTED"),
                            att("emily.clarke.slt@gmail.com", "Emily Clarke"), att(BOSS, "Ulrike Sander")],
                 desc="Hi Emily,\nthanks for applying to Logopädie Südstadt! Ulrike (practice owner) and I look "
                      "forward to talking to you. We'll ask about your NHS paediatric experience and your German "
                      "recognition (Anerkennung) status.\nBest, Leonie\n\n" + meet_de("pqe-vrka-snw")),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-en", ics, uid, "freemail-candidate-en"))

    uid = "zoom-" + hexid("s14", 20)
    ics = cal(ev(uid, when("Europe/Berlin", "20260402T120000", "20260402T124500"),
                 "Entretien candidate orthophoniste – Camille Dubois (Liège)",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att("camille.dubois@skynet.be", "Camille Dubois"), att(BOSS, "Ulrike Sander")],
                 desc="Bonjour Camille,\ncomme convenu, un entretien en visio pour le poste de logopède dans notre "
                      "cabinet à Cologne. Nous parlerons aussi de votre niveau d'allemand.\nÀ bientôt,\nLeonie "
                      "Hartmann\n\n" + zoom("fr", "812 0099 1403", "SudLogoFR1")),
              "-//zoom.us//iCalendar Event//EN", tz=BERLIN)
    out.append(_n("side-fr", ics, uid, "candidate-fr"))

    uid = google_uid("s15")
    ics = cal(ev(uid, when("Europe/Berlin", "20260415T130000", "20260415T134500"),
                 "Entrevista con candidata – Lucía Romero (logopeda, Anerkennung)",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att("lucia.romero.logo@gmail.com", "Lucía Romero")],
                 desc="Hola Lucía:\nte escribo de la consulta Logopädie Südstadt. Hablaremos de tu experiencia y del "
                      "proceso de reconocimiento (Anerkennung) de tu título en Alemania.\nSaludos,\nLeonie\n\n"
                      + meet_de("wox-hhpa-ukr")),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-es", ics, uid, "candidate-es"))

    uid = hexid("s16", 8).upper() + "-BOOKINGS-" + hexid("s16b", 12).upper()
    ics = cal(ev(uid, when(W, "20260323T150000", "20260323T153000"),
                 "Bewerbungsgespräch – Logopädie Südstadt",
                 organizer=org("Bewerbung@logopaediesuedstadt.onmicrosoft.com", "Logopädie Südstadt – Bewerbung"),
                 attendees=[att(WORK, "Leonie Hartmann"), att("tim.hofmann.98@gmx.de", "Tim Hofmann")],
                 desc="Buchungsbestätigung\n\nDienst: Bewerbungsgespräch (30 Minuten)\nMitarbeiter: Leonie "
                      "Hartmann\nKunde: Tim Hofmann, tim.hofmann.98@gmx.de\nStelle: Rezeption/Praxismanagement "
                      "(Minijob)\n\nMicrosoft Bookings", loc=PRAXIS),
              "Microsoft Exchange Server 2010", tz=tz_outlook(W))
    out.append(_n("side-bookings-de", ics, uid, "bookings-staff-de"))

    uid = apple_uid("s17")
    ics = cal(ev(uid, when("", "20260305T121500", "20260305T123000"),
                 "Tel. Bewerber Rezeption (Hr. Özdemir) 0176 4411 2093",
                 desc="Minijob Empfang, Mo/Mi nachmittags, erst kurz telefonisch, dann mit Ulrike"),
              APPLE, method=None)
    out.append(_n("side-phone-de", ics, uid, "phone-screen-by-user-de"))

    uid = google_uid("s18")
    ics = cal(ev(uid, when("Europe/Berlin", "20260330T180000", "20260330T184500"),
                 "2. Gespräch Fr. Nowak + Ulrike – Gehalt besprechen",
                 organizer=org(BOSS, "Ulrike Sander"),
                 attendees=[att(WORK, "Leonie Hartmann"), att("a.nowak.logo@web.de", "Anna Nowak")],
                 desc="Finale Runde mit Bewerberin Anna Nowak, Angebot vorbereiten (E-Mail-Entwurf im Ordner)",
                 loc=PRAXIS),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-final-de", ics, uid, "final-round-candidate-de"))

    uid = outlook_uid("s19")
    ics = cal(ev(uid, when(W, "20260227T130000", "20260227T131500"),
                 "Absagen formulieren + Feedback an Bewerber:innen",
                 organizer=org(WORK, "Hartmann, Leonie"),
                 desc="Vorlage von Ulrike, Rückmeldung an Hr. Wirtz und Fr. K. bis Freitag"),
              OUTLOOK, method=None, tz=tz_outlook(W))
    out.append(_n("side-rejections-de", ics, uid, "rejection-letters-de"))

    uid = google_uid("s20")
    ics = cal(ev(uid, when("Europe/Berlin", "20260408T130000", "20260408T134500"),
                 "Kennenlernen Praktikantin Sarah (Bachelor Logopädie, Hochschule)",
                 organizer=org(WORK, "Leonie Hartmann"),
                 attendees=[att("sarah.klein@stud.th-koeln.de", "Sarah Klein")],
                 desc="Auswahlgespräch für das Praxissemester, 15 Min. Praxisrundgang, Fragen zu Vorerfahrung",
                 loc=PRAXIS),
              GOOGLE, tz=BERLIN)
    out.append(_n("side-intern2-de", ics, uid, "student-selection-de"))
    return out
