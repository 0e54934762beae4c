"""holdout108: the user's own interviews from Outlook, Google, Apple, Thunderbird and agencies (blind; CC0 1.0)."""

from __future__ import annotations

from holdout108ev_ics import (
    APPLE,
    BERLIN,
    EXCHANGE,
    GOOGLE,
    MACOS,
    ME,
    OUTLOOK,
    THUNDERBIRD,
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
    tz_central,
    tz_outlook,
    webex_de,
    when,
    zoom,
)

UTC_LABEL = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = outlook_uid("b1")
    body = ("Sehr geehrte Frau Hartmann,\n\nwie telefonisch besprochen sende ich Ihnen den Termin für ein erstes "
            "Kennenlernen per Teams (ca. 30 Minuten) zu Ihrer Bewerbung als Logopädin (m/w/d) für unsere "
            "Frührehabilitation.\n\nMit freundlichen Grüßen\nPetra Schmitz\nPersonalmanagement\n"
            "Evangelisches Krankenhaus Siegtal gGmbH\n\n" + teams("de", "b1"))
    ics = cal(ev(
        uid, when("W. Europe Standard Time", "20260220T130000", "20260220T133000"),
        "Kennenlernen Bewerbung Logopädin (m/w/d) – Frau Hartmann",
        organizer=org("p.schmitz@evk-siegtal.de", "Schmitz, Petra"),
        attendees=[att(ME, "leonie.hartmann.logo@gmx.de")],
        desc=body, loc="Microsoft Teams-Besprechung",
        extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Hartmann\\,</p><p>wie telefonisch "
               "besprochen sende ich Ihnen den Termin f&uuml\\;r ein erstes Kennenlernen per Teams.</p>"
               "<p>Petra Schmitz<br>Personalmanagement</p></body></html>"]),
        OUTLOOK, tz=tz_outlook("W. Europe Standard Time"))
    out.append(rec("outlook-teams-de", ics, uid, 1, "outlook-windows-tz-screen-de", "Evangelisches Krankenhaus Siegtal",
                   "Logopädin (m/w/d)", "recruiter_screen", "p.schmitz@evk-siegtal.de"))

    uid = outlook_uid("b1-final")
    ics = cal(ev(
        uid, when("W. Europe Standard Time", "20260317T140000", "20260317T150000"),
        "Abschlussgespräch mit der Geschäftsführung – Logopädie Frühreha",
        organizer=org("p.schmitz@evk-siegtal.de", "Schmitz, Petra"),
        attendees=[att(ME, "Leonie Hartmann"), att("u.hollmann@evk-siegtal.de", "Hollmann, Dr. Ulrich"),
                   att("r.baecker@evk-siegtal.de", "Bäcker, Regina"),
                   att("raum.201@evk-siegtal.de", "Konferenzraum 2.01 Verwaltung", cutype="ROOM",
                       role="NON-PARTICIPANT")],
        desc="Sehr geehrte Frau Hartmann,\n\nwir freuen uns, Sie zum abschließenden Gespräch mit Herrn Dr. Hollmann "
             "(Geschäftsführer) und Frau Bäcker (Therapieleitung) einzuladen. Ich selbst bin nur zur Begrüßung "
             "dabei.\n\nAnfahrt: Hauptportal, dann Verwaltung 2. OG.\n\nFreundliche Grüße\nPetra Schmitz",
        loc="Konferenzraum 2.01 Verwaltung; Ev. Krankenhaus Siegtal, Siegaue 4, 53721 Siegburg",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]),
        OUTLOOK, tz=tz_outlook("W. Europe Standard Time"))
    out.append(rec("outlook-final-de", ics, uid, 1, "outlook-final-room-de", "Evangelisches Krankenhaus Siegtal",
                   "", "final", "u.hollmann@evk-siegtal.de;r.baecker@evk-siegtal.de"))

    uid = outlook_uid("b2")
    ics = cal(ev(
        uid, when(f'"{UTC_LABEL}"', "20260227T110000", "20260227T120000"),
        "Vorstellungsgespräch Stationslogopädie – Fr. Hartmann",
        organizer=org("a.kersting@klinikum-lennetal.de", "Kersting, Prof. Dr. Achim",
                      sent_by="sekretariat.neurologie@klinikum-lennetal.de"),
        attendees=[att(ME, "Hartmann, Leonie"), att("g.fuhrmann@klinikum-lennetal.de", "Fuhrmann, Gerda"),
                   att("besprechung.neuro312@klinikum-lennetal.de", "Besprechungsraum 3.12 Neurologie",
                       cutype="ROOM", role="NON-PARTICIPANT")],
        desc="Sehr geehrte Frau Hartmann,\n\nim Auftrag von Herrn Prof. Dr. Kersting, Chefarzt der Klinik für "
             "Neurologie, lade ich Sie zum Vorstellungsgespräch für die Stelle als Logopädin auf unserer "
             "Stroke Unit ein. Frau Fuhrmann (Leitung Therapiezentrum) nimmt ebenfalls teil.\n\n"
             "Mit freundlichen Grüßen\ni. A. Sandra Wiebe\nChefarztsekretariat Neurologie\nKlinikum Lennetal",
        loc="Besprechungsraum 3.12 Neurologie, Klinikum Lennetal, Grünstraße 35, 58095 Hagen"),
        EXCHANGE, tz=tz_outlook(UTC_LABEL))
    out.append(rec("outlook-sentby-de", ics, uid, 1, "outlook-utc-label-sent-by-de", "Klinikum Lennetal",
                   "Logopädin", "hiring_manager",
                   "a.kersting@klinikum-lennetal.de;g.fuhrmann@klinikum-lennetal.de"))

    uid = outlook_uid("b2-prak")
    ics = cal(ev(
        uid, when(f'"{UTC_LABEL}"', "20260319T080000", "20260319T123000"),
        "Praktischer Teil: Schluckdiagnostik / Fallbesprechung – Bewerbung Hartmann",
        organizer=org("g.fuhrmann@klinikum-lennetal.de", "Fuhrmann, Gerda"),
        attendees=[att(ME, "Hartmann, Leonie"), att("t.ozturk@klinikum-lennetal.de", "Öztürk, Tülay")],
        desc="Liebe Frau Hartmann,\n\nwie besprochen der zweite Termin: Sie begleiten Frau Öztürk (Logopädin, "
             "Stroke Unit) bei zwei Schluckuntersuchungen (klinisch + FEES) und stellen uns anschließend Ihre "
             "Einschätzung zu einem der Patienten vor. Bitte Kasack mitbringen, Namensschild gibt es vor Ort.\n\n"
             "Viele Grüße\nGerda Fuhrmann",
        loc="Station N3, Stroke Unit, Klinikum Lennetal"),
        OUTLOOK, tz=tz_outlook(UTC_LABEL))
    out.append(rec("outlook-practical-de", ics, uid, 1, "outlook-practical-de", "Klinikum Lennetal", "",
                   "technical", "g.fuhrmann@klinikum-lennetal.de;t.ozturk@klinikum-lennetal.de"))

    uid = google_uid("b3")
    ics = cal(ev(
        uid, when("", "20260214T090000Z", "20260214T100000Z"),
        "Kennenlernen – Leonie Hartmann / Logopädie Kessler & Brandt",
        organizer=org("anna.kessler.logo@gmail.com", "Anna Kessler"),
        attendees=[att("anna.kessler.logo@gmail.com", "Anna Kessler", partstat="ACCEPTED"),
                   att(ME), att("jule.brandt@t-online.de", "Jule Brandt")],
        desc="Liebe Leonie,\nschön, dass du dir Zeit nimmst! Jule und ich erzählen dir ein bisschen von unserer "
             "Praxis in Bonn-Beuel (5 Therapeutinnen, viel Kinder, etwas Neuro) und du uns von dir. "
             "Gesucht wird ab Sommer jemand in Vollzeit oder 30 h.\nLG Anna\n\n" + meet_de("bft-ewpa-kcz"),
        loc="", extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/bft-ewpa-kcz"]),
        GOOGLE, headers=["X-WR-CALNAME:leonie.hartmann.logo@gmx.de"])
    out.append(rec("google-freemail-owner-de", ics, uid, 1, "google-freemail-owner-de",
                   "Praxis für Logopädie Kessler & Brandt", "", "hiring_manager",
                   "anna.kessler.logo@gmail.com;jule.brandt@t-online.de"))

    uid = apple_uid("b4")
    ics = cal(ev(
        uid, when("", "20260306T103000", "20260306T113000"),
        "VG Klinik Weserblick (Dr. Tiedemann) – Logo Neuro",
        desc="Zug 7:12 ab Köln Hbf, Umstieg Bielefeld\nZeugnisse + Approbationsurkunde mit!\nFragen: Dysphagie-"
             "Konzept? Teamgröße? Fortbildungsbudget?",
        loc="Vlotho, Haus 2, 2. OG", transp=None,
        extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]),
        APPLE, method=None)
    out.append(rec("hand-floating-de", ics, uid, 1, "hand-typed-floating-de", "Klinik Weserblick", "", "",
                   "Dr. Tiedemann"))

    uid = apple_uid("b5")
    ics = cal(ev(
        uid, when("DATE", "20260409", "20260410"),
        "Probetag NTC Rheinaue 🙂",
        desc="9–16 Uhr, bequeme Kleidung + Hausschuhe\nTh. Katja Lorenz (Therapieleitung) holt mich am Empfang ab\n"
             "Mittag in Kantine, vormittags Neuro-Gruppe, nachmittags 2 Pat. Aphasie",
        loc="Neurologisches Therapiecentrum Rheinaue, Bonn", transp="TRANSPARENT"),
        APPLE, method=None)
    out.append(rec("hand-allday-trialday-de", ics, uid, 1, "hand-typed-allday-probetag-de",
                   "Neurologisches Therapiecentrum Rheinaue", "", "onsite", "Katja Lorenz"))

    uid = google_uid("b5-final")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260416T163000", "20260416T171500"),
        "NTC Rheinaue – Abschlussgespräch Fr. Hartmann",
        organizer=org("k.lorenz@ntc-rheinaue.de", "Katja Lorenz"),
        attendees=[att(ME, "Leonie Hartmann"), att("k.lorenz@ntc-rheinaue.de", "Katja Lorenz", partstat="ACCEPTED"),
                   att("d.ebert@ntc-rheinaue.de", "Dieter Ebert")],
        desc="Hallo Frau Hartmann,\nnach dem Probetag würden Herr Ebert (kaufm. Leitung) und ich gern mit Ihnen "
             "über Vertrag, Stundenumfang und Startdatum sprechen.\nViele Grüße, Katja Lorenz",
        loc="NTC Rheinaue, Rheinaustraße 140, 53225 Bonn, Büro Therapieleitung"),
        GOOGLE, tz=BERLIN)
    out.append(rec("google-final-de", ics, uid, 1, "google-final-de", "Neurologisches Therapiecentrum Rheinaue",
                   "", "final", "k.lorenz@ntc-rheinaue.de;d.ebert@ntc-rheinaue.de"))

    uid = apple_uid("b6")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260311T150000", "20260311T160000"),
        "Gespräch Logopädie-Stelle (Fr. Hartmann)",
        organizer=org("falkenberg@gz-muelheim.de", "Ingrid Falkenberg"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Liebe Frau Hartmann,\nwie eben am Telefon besprochen. Bitte melden Sie sich im Sekretariat der "
             "Geriatrie (Erdgeschoss).\nDr. I. Falkenberg\nChefärztin",
        loc="Geriatrisches Zentrum Mülheim\nKaiserstraße 61\n45468 Mülheim an der Ruhr"),
        MACOS, tz=BERLIN)
    out.append(rec("apple-body-company-de", ics, uid, 1, "apple-company-in-location-de",
                   "Geriatrisches Zentrum Mülheim", "", "hiring_manager", "falkenberg@gz-muelheim.de"))

    uid = hexid("b7", 8) + "-" + hexid("b7x", 4) + "-" + hexid("b7y", 4) + "-" + hexid("b7z", 12)
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260305T180000", "20260305T190000"),
        "Vorstellungsgespräch bei Stimmwerk",
        organizer=org("ricarda.stein@posteo.de", "Ricarda Stein"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Hallo Leonie,\nwie am Telefon verabredet – nach meinem letzten Patienten. Klingel „Stimmwerk – Praxis "
             "für Logopädie“, 1. Etage.\nIch zeige dir auch gleich die Räume.\nRicarda",
        loc="Stimmwerk, Lorettostraße 22, 40219 Düsseldorf",
        extra=["X-MOZ-GENERATION:2", "X-MOZ-RECEIVED-SEQUENCE:0"]),
        THUNDERBIRD, tz=tz_central("Europe/Berlin"))
    out.append(rec("thunderbird-owner-de", ics, uid, 1, "thunderbird-posteo-owner-de", "Stimmwerk", "",
                   "hiring_manager", "ricarda.stein@posteo.de"))

    uid = google_uid("b8")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260213T120000", "20260213T122000"),
        "Telefoninterview – Logopädin CI-Rehabilitation (Hörzentrum Münsterland)",
        organizer=org("anja.bruegge@hoerzentrum-muensterland.de", "Anja Brügge"),
        attendees=[att(ME, "Leonie Hartmann"), att("anja.bruegge@hoerzentrum-muensterland.de", "Anja Brügge",
                                                   partstat="ACCEPTED")],
        desc="Kurzes Telefoninterview (ca. 20 Min.) zu Ihrer Bewerbung. Ich rufe Sie unter der angegebenen "
             "Mobilnummer an.\nAnja Brügge, Personal",
        loc="Telefon – wir rufen Sie an"),
        GOOGLE, tz=BERLIN)
    out.append(rec("phone-screen-de", ics, uid, 1, "phone-screen-de", "Hörzentrum Münsterland",
                   "Logopädin CI-Rehabilitation", "recruiter_screen", "anja.bruegge@hoerzentrum-muensterland.de"))

    uid = google_uid("b9")
    common = dict(organizer=org("sonnenschein.therapie.kalk@web.de", "Praxis Sonnenschein"),
                  attendees=[att(ME, "Leonie Hartmann"),
                             att("sonnenschein.therapie.kalk@web.de", "Praxis Sonnenschein", partstat="ACCEPTED")],
                  loc="Ergo- & Logopraxis Sonnenschein, Kalker Hauptstraße 190, 51103 Köln")
    master = ev(uid, when("Europe/Berlin", "20260324T080000", "20260324T130000"),
                "Probearbeiten Logopädie – Leonie Hartmann",
                desc="Hallo Leonie,\nwie besprochen drei Vormittage Probearbeiten bei uns. Derya (Inhaberin) ist "
                     "immer dabei und schaut dir bei den Kindertherapien über die Schulter.\nLG Derya",
                extra=["RRULE:FREQ=DAILY;COUNT=3"], **common)  # type: ignore[arg-type]
    override = ev(uid, when("Europe/Berlin", "20260325T120000", "20260325T170000"),
                  "Probearbeiten Logopädie – Leonie Hartmann (heute nachmittags!)",
                  desc="Mittwoch bitte nachmittags, vormittags ist Teamsitzung. LG Derya", seq=1,
                  extra=["RECURRENCE-ID;TZID=Europe/Berlin:20260325T080000"], **common)  # type: ignore[arg-type]
    ics = cal([master, override], GOOGLE, tz=BERLIN)
    out.append(rec("recurring-trialwork-de", ics, uid, 1, "recurring-override-freemail-de", "Praxis Sonnenschein",
                   "", "onsite", "sonnenschein.therapie.kalk@web.de"))

    uid = outlook_uid("b10")
    ics = cal(ev(
        uid, when("W. Europe Standard Time", "20260318T100000", "20260318T110000"),
        "Abgesagt: Vorstellungsgespräch Logopädin SPZ",
        organizer=org("k.nowak@spz-do-nord.de", "Nowak, Dr. Kai"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Sehr geehrte Frau Hartmann,\nleider muss ich unser Gespräch wegen einer kurzfristigen Dienstreise "
             "absagen. Frau Peters aus dem Sekretariat meldet sich mit einem neuen Terminvorschlag.\n"
             "Dr. Kai Nowak, Leitender Arzt SPZ Dortmund-Nord",
        loc="SPZ Dortmund-Nord, Besprechungsraum EG", seq=1, status="CANCELLED",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "PRIORITY:1"]),
        OUTLOOK, method="CANCEL", tz=tz_outlook("W. Europe Standard Time"))
    out.append(rec("cancelled-de", ics, uid, 1, "cancelled-method-cancel-de", "SPZ Dortmund-Nord", "Logopädin", "",
                   "k.nowak@spz-do-nord.de"))

    uid = google_uid("b11")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260313T143000", "20260313T153000"),
        "Neuer Termin: Vorstellungsgespräch Therapiezentrum am Aachener Weiher (verschoben vom 10.03.)",
        organizer=org("info@tz-aachener-weiher.de", "Therapiezentrum am Aachener Weiher"),
        attendees=[att(ME, "Leonie Hartmann"), att("m.jacobi@tz-aachener-weiher.de", "Martina Jacobi")],
        desc="Liebe Frau Hartmann,\nwie telefonisch besprochen verschieben wir das Gespräch mit unserer Inhaberin "
             "Martina Jacobi auf Freitag. Der alte Termin entfällt.\nHerzliche Grüße aus dem Empfang\nTZ am Aachener "
             "Weiher",
        loc="Aachener Straße 82, 50674 Köln", seq=2, stamp="20260306T101500Z"),
        GOOGLE, tz=BERLIN)
    out.append(rec("rescheduled-de", ics, uid, 1, "rescheduled-sequence-de", "Therapiezentrum am Aachener Weiher",
                   "", "hiring_manager", "m.jacobi@tz-aachener-weiher.de"))

    uid = "zoom-" + hexid("b12", 24) + "@cls.lu"
    ics = cal(ev(
        uid, when("Europe/Luxembourg", "20260303T100000", "20260303T104500"),
        "Entretien – Logopède germanophone (CDI, 40h) – Leonie Hartmann",
        organizer=org("s.wagner@cls.lu", "Sophie Wagner"),
        attendees=[att(ME, "Leonie Hartmann"), att("m.hoffmann@cls.lu", "Marc Hoffmann")],
        desc="Bonjour Madame Hartmann,\n\nSuite à votre candidature au Centre Logopédique du Sud, nous avons le "
             "plaisir de vous inviter à un premier entretien en visioconférence avec Marc Hoffmann (directeur "
             "thérapeutique) et moi-même. L'entretien peut se dérouler en allemand ou en français.\n\n"
             + zoom("fr", "734 2290 1185", "CLS2026LogoX") + "\n\nCordialement,\nSophie Wagner\n"
             "Ressources humaines – Centre Logopédique du Sud, Esch-sur-Alzette",
        loc="Zoom"),
        "-//zoom.us//iCalendar Event//EN", tz=tz_central("Europe/Luxembourg"))
    out.append(rec("zoom-fr", ics, uid, 1, "zoom-fr-luxembourg", "Centre Logopédique du Sud",
                   "Logopède germanophone (CDI, 40h)", "", "s.wagner@cls.lu;m.hoffmann@cls.lu"))

    uid = google_uid("b13")
    ics = cal(ev(
        uid, when("Europe/Madrid", "20260402T110000", "20260402T114500"),
        "Entrevista: Logopeda de habla alemana – Leonie Hartmann",
        organizer=org("j.albers@clinica-alemana-mallorca.es", "Jens Albers"),
        attendees=[att(ME, "Leonie Hartmann"), att("c.vidal@clinica-alemana-mallorca.es", "Dra. Carmen Vidal")],
        desc="Hola Leonie:\n\nGracias por tu interés en la plaza de logopeda para nuestros pacientes de habla "
             "alemana. Te esperamos en una videollamada con la Dra. Carmen Vidal (directora médica) y conmigo "
             "(coordinador del equipo de terapia). Podemos hablar en alemán o en inglés.\n\n"
             "Unirse con Google Meet\nhttps://meet.google.com/rqa-mzvx-pyt\n\nUn saludo,\nJens Albers\n"
             "Clínica Alemana de Rehabilitación Mallorca",
        loc="https://meet.google.com/rqa-mzvx-pyt"),
        GOOGLE, tz=tz_central("Europe/Madrid"))
    out.append(rec("google-es", ics, uid, 1, "google-meet-es", "Clínica Alemana de Rehabilitación Mallorca",
                   "logopeda de habla alemana", "hiring_manager",
                   "j.albers@clinica-alemana-mallorca.es;c.vidal@clinica-alemana-mallorca.es"))

    uid = "webex-" + hexid("b14", 20) + "@rzo.be"
    ics = cal(ev(
        uid, when("Europe/Brussels", "20260409T140000", "20260409T150000"),
        "Vorstellungsgespräch Logopäde/in (m/w) – RZO Eupen",
        organizer=org("personal@rzo.be", "RZO Personaldienst"),
        attendees=[att(ME, "Leonie Hartmann"), att("h.mathieu@rzo.be", "Helene Mathieu"),
                   att("personal@rzo.be", "RZO Personaldienst", role="NON-PARTICIPANT", rsvp=False)],
        desc="Sehr geehrte Frau Hartmann,\n\ndas Reha-Zentrum Ostbelgien lädt Sie zu einem Gespräch mit Frau Helene "
             "Mathieu (Direktorin) ein. Bitte beachten Sie: Für eine Anstellung in Belgien benötigen Sie die "
             "Anerkennung Ihres Diploms (INAMI/LIKIV).\n\n" + webex_de("2785 990 1142"),
        loc="Webex"),
        "-//Cisco//Webex Meetings//DE", tz=tz_central("Europe/Brussels"))
    out.append(rec("webex-de-be", ics, uid, 1, "webex-belgium-de", "Reha-Zentrum Ostbelgien", "Logopäde/in (m/w)",
                   "", "h.mathieu@rzo.be"))

    uid = google_uid("b15")
    ics = cal(ev(
        uid, when("", "20260325T090000", "20260325T113000"),
        "Fachgespräch + Probebehandlung NRZ Bochum",
        organizer=org("t.hein@nrz-bochum.de", "Tanja Hein"),
        attendees=[att(ME, "Leonie Hartmann"), att("t.hein@nrz-bochum.de", "Tanja Hein", partstat="ACCEPTED"),
                   att("o.yilmaz@nrz-bochum.de", "Oliver Yilmaz")],
        desc="Ablauf: 30 Min. Fachgespräch (Dysarthrie, Trachealkanülenmanagement), danach eine Probebehandlung "
             "mit einem Patienten (mit Einverständnis), anschließend Feedback.\nTanja Hein, Leitung Logopädie, "
             "NeuroRehaZentrum Bochum",
        loc="NeuroRehaZentrum Bochum, In der Schornau 23, 44892 Bochum"),
        GOOGLE, method="PUBLISH", headers=["X-WR-CALNAME:Leonie", "X-WR-TIMEZONE:Europe/Berlin"])
    out.append(rec("xwr-timezone-practical-de", ics, uid, 1, "x-wr-timezone-floating-practical-de",
                   "NeuroRehaZentrum Bochum", "", "technical", "t.hein@nrz-bochum.de;o.yilmaz@nrz-bochum.de"))

    uid = outlook_uid("b16")
    ics = cal(ev(
        uid, when("DATE", "20260330", "20260331"),
        "Hospitationstag Logopädie – Fr. Hartmann",
        organizer=org("m.scholl@knz-siebengebirge.de", "Scholl, Miriam"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Liebe Frau Hartmann,\n\nzur Vorbereitung auf Ihre mögliche Mitarbeit hospitieren Sie einen Tag in "
             "unserem Team (Kinder mit neurologischen Erkrankungen, unterstützte Kommunikation). Wir starten um "
             "8:00 Uhr; am Nachmittag ist Zeit für ein Gespräch mit mir.\n\nMiriam Scholl\nLeitende Therapeutin\n"
             "Kinderneurologisches Zentrum Siebengebirge",
        loc="Kinderneurologisches Zentrum Siebengebirge, Königswinter",
        extra=["X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"], transp=None),
        OUTLOOK)
    out.append(rec("outlook-allday-hospitation-de", ics, uid, 1, "outlook-allday-hospitation-de",
                   "Kinderneurologisches Zentrum Siebengebirge", "", "onsite", "m.scholl@knz-siebengebirge.de"))

    uid = outlook_uid("b17")
    ics = cal(ev(
        uid, when("W. Europe Standard Time", "20260407T110000", "20260407T120000"),
        "Vorstellungsgespräch Klinik Sonnenhang Gummersbach – Logopädin (Vermittlung Vitaljobs)",
        organizer=org("p.heinen@vitaljobs-personal.de", "Heinen, Patrick"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Hallo Frau Hartmann,\n\nwie besprochen habe ich Ihr Profil der Klinik Sonnenhang vorgestellt – die "
             "Klinik möchte Sie gern kennenlernen. Gesprächspartner vor Ort sind Chefärztin Dr. Beate Krämer und "
             "Therapieleiter Uwe Lindlar. Ich bin nicht dabei, rufe Sie aber danach kurz an.\n\n"
             "Beste Grüße\nPatrick Heinen\nVitaljobs Personalberatung GmbH – Therapieberufe NRW",
        loc="Klinik Sonnenhang, Am Sonnenhang 1, 51643 Gummersbach"),
        OUTLOOK, tz=tz_outlook("W. Europe Standard Time"))
    out.append(rec("agency-de", ics, uid, 1, "agency-names-employer-de", "Klinik Sonnenhang",
                   "Logopädin", "hiring_manager", "Beate Krämer;Uwe Lindlar"))

    uid = outlook_uid("b18")
    ics = cal(ev(
        uid, when("Europe/Berlin", "20260320T150000", "20260320T154500"),
        "Interview – Speech Therapist (Neuro), permanent – your application via Careforce",
        organizer=org("o.grant@careforce-medical.co.uk", "Grant, Olivia"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Hi Leonie,\n\nGreat news – my client Rheinblick Neuro-Reha in Düsseldorf would like to interview you "
             "for the Speech Therapist (Neuro) role. You will speak with Dr. Yusuf Demir, Medical Director. "
             "The interview will be in German; I will not join.\n\nDial-in: Dr. Demir will call your mobile.\n\n"
             "Best wishes,\nOlivia Grant\nCareforce Medical Recruitment – Germany desk",
        loc="Phone"),
        OUTLOOK, tz=BERLIN)
    out.append(rec("agency-en", ics, uid, 1, "agency-body-only-en", "Rheinblick Neuro-Reha",
                   "Speech Therapist (Neuro)", "", "Yusuf Demir"))

    uid = outlook_uid("b19")
    ics = cal(ev(
        uid, when("", "20260309T154500Z", "20260309T161500Z"),
        "Audivo Medical – phone screen (Rehabilitation Specialist CI, NRW)",
        organizer=org("l.brandes@audivo-medical.com", "Brandes, Lena"),
        attendees=[att(ME, "Leonie Hartmann")],
        desc="Hi Leonie,\n\nas discussed, a 30-minute phone screen about the Rehabilitation Specialist CI role "
             "(field-based, NRW). I'll call you on your mobile.\n\nBest,\nLena Brandes\nTalent Acquisition "
             "Partner DACH",
        loc="Phone – Lena will call you"),
        OUTLOOK)
    out.append(rec("phone-screen-en", ics, uid, 1, "phone-screen-utc-en", "Audivo Medical",
                   "Rehabilitation Specialist CI", "recruiter_screen", "l.brandes@audivo-medical.com"))

    return out
