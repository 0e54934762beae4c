"""train17: Katrin Vogel on the hiring side at the Stadtkämmerei München (never her own interview)."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    OUTLOOK16,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    no,
    olson,
    org,
    s,
    teams,
)

UAI = "user_as_interviewer"


def events() -> list[Ev]:
    out: list[Ev] = []

    # selection committee block sent by city HR to the committee members
    out.append(no("uai-kommission", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Reisinger, Monika (Stadtkämmerei, Personal)\":mailto:monika.reisinger@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("stefan.haberl@stadtkaemmerei-muenchen.de", "Haberl, Stefan (Stadtkämmerei)"),
        att("personalrat.skm@muenchen.de", "Personalrat Stadtkämmerei", role="OPT-PARTICIPANT"),
        att("skm-raum-3.14@muenchen.de", "SKM Besprechungsraum 3.14", cutype="ROOM", role="NON-PARTICIPANT", rsvp=""),
        d("Liebe Mitglieder der Auswahlkommission,\n\nanbei die Termine für die Auswahlgespräche zur Stelle "
          "\"Sachbearbeitung Haushaltsplanung (A 9 / E 9a)\". Es sind fünf Bewerberinnen und Bewerber eingeladen "
          "(je 45 Minuten). Die Bewerbungsunterlagen und Bewertungsbögen liegen im Teams-Kanal.\n\nVorsitz: Frau "
          "Vogel\nBeisitz: Herr Haberl\n\nViele Grüße\nMonika Reisinger"),
        s("Auswahlgespräche Sachbearbeitung Haushaltsplanung (Kommission)"),
        "DTSTART;TZID=W. Europe Standard Time:20261202T083000",
        "DTEND;TZID=W. Europe Standard Time:20261202T130000",
        "UID:040000008200E00074C5B7101A82E0080000000012A4C8E02A5EDB01000000000000000010000000C0C1",
        "DTSTAMP:20261120T091200Z",
        loc("SKM Besprechungsraum 3.14"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # the user invites a candidate on gmx.de from her work address
    out.append(no("uai-candidate-gmx", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("selin.yildirim@gmx.de", "selin.yildirim@gmx.de"),
        att("stefan.haberl@stadtkaemmerei-muenchen.de", "Haberl, Stefan (Stadtkämmerei)"),
        d("Sehr geehrte Frau Yıldırım,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin im Sachgebiet "
          "Kassenwesen. Gerne lade ich Sie zu einem Vorstellungsgespräch ein. Bitte melden Sie sich an der Pforte "
          "der Stadtkämmerei, Herzog-Wilhelm-Str. 11.\n\nMit freundlichen Grüßen\nKatrin Vogel\nLandeshauptstadt "
          "München, Stadtkämmerei"),
        s("Vorstellungsgespräch Frau Yıldırım – Sachbearbeitung Kassenwesen"),
        "DTSTART;TZID=W. Europe Standard Time:20261204T100000",
        "DTEND;TZID=W. Europe Standard Time:20261204T104500",
        "UID:040000008200E00074C5B7101A82E00800000000FF2C11D02B5EDB010000000000000000100000005E0A",
        "DTSTAMP:20261124T140000Z",
        loc("Herzog-Wilhelm-Str. 11, Zi. 3.14"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # hand-typed private note on her phone about committee duty
    out.append(no("uai-private-note", "de", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:7E9A1C3E-5B7D-4F9A-B1C3-E5A7C9E1B3D5",
        "DTSTAMP:20261125T192000Z",
        "DTSTART;TZID=Europe/Berlin:20261209T090000",
        "DTEND;TZID=Europe/Berlin:20261209T150000",
        s("Kommission Kämmerei (5 Bewerber) – ich Vorsitz"),
        d("Fragenkatalog ausdrucken! Mittag mit Stefan"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap=UAI))

    # forwarded to her private address: trainee interviews where she interviews
    out.append(no("uai-forwarded", "de", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{D4B2A0C8-6E1F-4C3D-9A7B-5E3C1A9F7B11}",
        "DTSTAMP:20261126T171500Z",
        "DTSTART;TZID=W. Europe Standard Time:20261215T080000",
        "DTEND;TZID=W. Europe Standard Time:20261215T160000",
        s("WG: Vorstellungsgespräche Ausbildung Verwaltungsfachangestellte 2027"),
        d("________________________________\nVon: Ausbildungsleitung Stadtkämmerei\nGesendet: Donnerstag, 26. "
          "November 2026\nAn: Vogel, Katrin\nBetreff: Vorstellungsgespräche Ausbildung Verwaltungsfachangestellte "
          "2027\n\nLiebe Katrin,\ndanke, dass du als Fachvertreterin in den Auswahlgesprächen für unsere "
          "Azubis dabei bist. 8 Bewerber*innen, Leitfaden im Anhang.\nGruß Ramona"),
        org(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att(ME_PRIVATE, "katrin.vogel@mailbox.org"),
        loc("Stadtkämmerei, Schulungsraum EG"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # interamt interviewer notification (employer side)
    out.append(no("uai-interamt", "de", cal("-//interamt.de//Terminverwaltung 3.2//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:ia-7790551-kommission-3@interamt.de",
        "DTSTAMP:20261127T080000Z",
        "DTSTART;TZID=Europe/Berlin:20261210T090000",
        "DTEND;TZID=Europe/Berlin:20261210T120000",
        s("Auswahlverfahren 1191020 – Gesprächstermine (Kommissionsmitglied)"),
        d("Sie sind im Auswahlverfahren 1191020 \"Sachbearbeitung Steuern und Abgaben\" (Landeshauptstadt "
          "München, Stadtkämmerei) als Mitglied der Auswahlkommission eingetragen.\n\n09:00 Bewerber/in 1\n"
          "10:00 Bewerber/in 2\n11:00 Bewerber/in 3\n\nDie Bewerberübersicht finden Sie im INTERAMT-"
          "Behördenzugang."),
        org("noreply@interamt.de", "INTERAMT"),
        att(ME_WORK, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")), trap=UAI))

    # recurring weekly candidate slot with one moved occurrence
    out.append(no("uai-recurring", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("stefan.haberl@stadtkaemmerei-muenchen.de", "Haberl, Stefan (Stadtkämmerei)"),
        d("Blocker für Bewerbungsgespräche (Nachbesetzung Zahlstelle). Kandidat*innen trage ich jeweils ein."),
        "RRULE:FREQ=WEEKLY;UNTIL=20270128T130000Z;INTERVAL=1;BYDAY=TH;WKST=MO",
        s("Slot Bewerbungsgespräche Zahlstelle"),
        "DTSTART;TZID=W. Europe Standard Time:20261203T140000",
        "DTEND;TZID=W. Europe Standard Time:20261203T150000",
        "UID:040000008200E00074C5B7101A82E0080000000033E1D5C02C5EDB01000000000000000010000000AB77",
        "DTSTAMP:20261120T120000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("stefan.haberl@stadtkaemmerei-muenchen.de", "Haberl, Stefan (Stadtkämmerei)"),
        "RECURRENCE-ID;TZID=W. Europe Standard Time:20261210T140000",
        s("Slot Bewerbungsgespräche Zahlstelle – Hr. Petrović"),
        "DTSTART;TZID=W. Europe Standard Time:20261210T153000",
        "DTEND;TZID=W. Europe Standard Time:20261210T163000",
        "UID:040000008200E00074C5B7101A82E0080000000033E1D5C02C5EDB01000000000000000010000000AB77",
        "DTSTAMP:20261205T100000Z",
        "SEQUENCE:1",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # cancelled candidate interview
    out.append(no("uai-cancelled", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("l.hoffmann94@web.de", "Lukas Hoffmann"),
        d("Der Bewerber hat seine Bewerbung zurückgezogen."),
        s("Abgesagt: Vorstellungsgespräch Herr Hoffmann (Sachbearbeitung Vollstreckung)"),
        "DTSTART;TZID=W. Europe Standard Time:20261208T090000",
        "DTEND;TZID=W. Europe Standard Time:20261208T094500",
        "UID:040000008200E00074C5B7101A82E0080000000088C0B1A92D5EDB010000000000000000100000009C9C",
        "DTSTAMP:20261206T100000Z",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "END:VEVENT"]), method="CANCEL", tz=TZ_WEST), trap=UAI))

    # scoring / debrief after the committee day
    out.append(no("uai-debrief", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Haberl, Stefan (Stadtkämmerei)\":mailto:stefan.haberl@stadtkaemmerei-muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("monika.reisinger@muenchen.de", "Reisinger, Monika (Stadtkämmerei, Personal)"),
        d("Auswertung der Bewertungsbögen, Rangfolge festlegen, Vermerk für die Personalabteilung."),
        s("Nachbesprechung Auswahlgespräche Haushaltsplanung – Bewertungsbögen"),
        "DTSTART;TZID=W. Europe Standard Time:20261203T130000",
        "DTEND;TZID=W. Europe Standard Time:20261203T140000",
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D42E5EDB0100000000000000001000000011F3",
        "DTSTAMP:20261125T110000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # EN: student assistant candidate from TUM, Teams, user organizes
    out.append(no("uai-en-student", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("aaron.mensah@tum.de", "Aaron Mensah"),
        d("Dear Mr Mensah,\n\nthank you for your application for the student assistant position (data "
          "analysis, municipal budget). I would like to invite you to a short interview via Teams. My colleague "
          "and I will ask you about your Python and Excel experience.\n\nBest regards\nKatrin Vogel\nCity of Munich, "
          "Treasury Department\n\n" + teams("en", "327 804 551 90", "Sa2Tum")),
        s("Interview student assistant – Aaron Mensah"),
        "DTSTART;TZID=W. Europe Standard Time:20261207T150000",
        "DTEND;TZID=W. Europe Standard Time:20261207T153000",
        "UID:040000008200E00074C5B7101A82E00800000000D5E6F7A82F5EDB01000000000000000010000000E0E0",
        "DTSTAMP:20261201T100000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # FR: Erasmus trainee interview, user asks in French
    out.append(no("uai-fr-stagiaire", "fr", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("camille.bernard@etu.univ-lyon2.fr", "Camille Bernard"),
        d("Bonjour Camille,\n\nsuite à votre candidature pour le stage Erasmus+ au service des finances de la Ville "
          "de Munich, je vous propose un entretien par Teams. Nous parlerons de vos études et de vos attentes.\n\n"
          "Cordialement\nKatrin Vogel\nStadtkämmerei München\n\n" + teams("fr", "309 117 662 44", "Er4smu")),
        s("Entretien candidature stage Erasmus+ – Camille Bernard"),
        "DTSTART;TZID=W. Europe Standard Time:20261211T140000",
        "DTEND;TZID=W. Europe Standard Time:20261211T143000",
        "UID:040000008200E00074C5B7101A82E00800000000E9F0A1B2305EDB0100000000000000001000000077FA",
        "DTSTAMP:20261203T130000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # ES: candidate for internship, user writes in Spanish, Google from private? no: from work
    out.append(no("uai-es-practicas", "es", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("maria.lopez.g@gmail.com", "María López"),
        d("Hola María:\n\nGracias por tu solicitud para las prácticas en la Tesorería municipal de Múnich. Te "
          "propongo una breve entrevista por Teams para conocerte.\n\nSaludos\nKatrin Vogel\n\n"
          + teams("en", "362 114 980 23", "Pr4ct1")),
        s("Entrevista candidata prácticas – María López"),
        "DTSTART;TZID=W. Europe Standard Time:20261214T110000",
        "DTEND;TZID=W. Europe Standard Time:20261214T113000",
        "UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4315EDB01000000000000000010000000E501",
        "DTSTAMP:20261205T150000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # assessment centre where she is an observer
    out.append(no("uai-ac-observer", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Personal- und Organisationsreferat, Führungskräfteentwicklung\":mailto:ac.por@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("dieter.ebner@muenchen.de", "Ebner, Dieter (POR)"),
        d("Sehr geehrte Beobachterinnen und Beobachter,\n\nvielen Dank für Ihre Mitwirkung im Assessment-Center "
          "für Nachwuchsführungskräfte. Bitte kommen Sie um 07:45 Uhr zur Beobachterkonferenz. Die "
          "Beobachtungsbögen erhalten Sie vor Ort.\n\nPOR – Führungskräfteentwicklung"),
        s("Assessment-Center Nachwuchsführungskräfte – Einsatz als Beobachterin"),
        "DTSTART;TZID=W. Europe Standard Time:20270120T074500",
        "DTEND;TZID=W. Europe Standard Time:20270120T170000",
        "UID:040000008200E00074C5B7101A82E00800000000A2B3C4D5325EDB01000000000000000010000000AC01",
        "DTSTAMP:20261210T080000Z",
        loc("Marienplatz 8, Sitzungssaal 2"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # intake for her own vacancy (hiring side)
    out.append(no("uai-intake", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Reisinger, Monika (Stadtkämmerei, Personal)\":mailto:monika.reisinger@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        d("Abstimmung Ausschreibungstext, Anforderungsprofil und Interviewleitfaden für die Nachbesetzung in "
          "Ihrem Sachgebiet."),
        s("Stellenbesetzung SG Haushalt: Ausschreibung + Interviewleitfaden"),
        "DTSTART;TZID=W. Europe Standard Time:20261125T100000",
        "DTEND;TZID=W. Europe Standard Time:20261125T110000",
        "UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6335EDB0100000000000000001000000012AB",
        "DTSTAMP:20261118T090000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # a candidate's trial afternoon she supervises
    out.append(no("uai-hospitation", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("jana.klein.muc@t-online.de", "Jana Klein"),
        att("sg2-team@stadtkaemmerei-muenchen.de", "SG 2 Team"),
        d("Frau Klein (Bewerberin Sachbearbeitung) hospitiert am Nachmittag im SG 2. Bitte kurz Zeit nehmen, "
          "wenn ich sie vorbeibringe."),
        s("Hospitation Bewerberin Frau Klein"),
        "DTSTART;TZID=W. Europe Standard Time:20261216T130000",
        "DTEND;TZID=W. Europe Standard Time:20261216T160000",
        "UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7345EDB010000000000000000100000004D4D",
        "DTSTAMP:20261209T090000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # interviewer training for committee members
    out.append(no("uai-training", "de", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{E5F6A7B8-C9D0-4E1F-A2B3-C4D5E6F7A8B9}",
        "DTSTAMP:20261119T100000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261201T090000",
        "DTEND;TZID=W. Europe Standard Time:20261201T123000",
        s("Fortbildung: Strukturierte Auswahlgespräche führen (für Kommissionsmitglieder)"),
        d("Pflichtfortbildung für Mitglieder von Auswahlkommissionen: AGG, Fragetechnik, Bewertungsmaßstäbe, "
          "Dokumentation.\nReferentin: Fr. Gassner, Personal- und Organisationsreferat"),
        org("fortbildung.por@muenchen.de", "Fortbildung POR"),
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        loc("Fortbildungszentrum, Raum 104"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # agency sends its temp candidate to the user
    out.append(no("uai-agency-candidate", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Krämer, Tobias\":mailto:t.kraemer@zeitwerk-personal.de",
        att(ME_WORK, "Vogel, Katrin"),
        att("t.kraemer@zeitwerk-personal.de", "Krämer, Tobias"),
        d("Sehr geehrte Frau Vogel,\n\nwie besprochen stellen wir Ihnen unseren Kandidaten Herrn Arben Berisha "
          "für die befristete Sachbearbeitung (Elternzeitvertretung) vor. Lebenslauf anbei.\n\nBeste Grüße\n"
          "Tobias Krämer\nZeitwerk Personal GmbH"),
        s("Vorstellung Kandidat Hr. Berisha – Elternzeitvertretung Stadtkämmerei"),
        "DTSTART;TZID=W. Europe Standard Time:20261209T140000",
        "DTEND;TZID=W. Europe Standard Time:20261209T144500",
        "UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8355EDB01000000000000000010000000BE01",
        "DTSTAMP:20261202T160000Z",
        loc("Stadtkämmerei, Zi. 3.14"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # Microsoft Bookings page of the city where she is the staff member being booked
    out.append(no("uai-bookings-host", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Ausbildung Stadtkämmerei:mailto:ausbildung-skm@muenchen.de",
        att(ME_WORK, "Katrin Vogel"),
        att("tim.schubert2008@gmail.com", "Tim Schubert"),
        d("Neue Buchung\n\nDienst: Bewerbungsgespräch Ausbildung 2027\nKunde: Tim Schubert\nMitarbeiter: "
          "Katrin Vogel\nTelefon: +49 151 5550987\n\n" + teams("de", "377 220 041 89", "Az8b1l")),
        s("Bewerbungsgespräch Ausbildung 2027 – Tim Schubert"),
        "DTSTART;TZID=W. Europe Standard Time:20261217T100000",
        "DTEND;TZID=W. Europe Standard Time:20261217T103000",
        "UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9365EDB01000000000000000010000000B401",
        "DTSTAMP:20261210T120000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # terse work-calendar entry
    out.append(no("uai-terse", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        s("VG Hr. Yilmaz (Bewerber SB Steuern) – Unterlagen im Umlauf"),
        "DTSTART;TZID=W. Europe Standard Time:20261218T100000",
        "DTEND;TZID=W. Europe Standard Time:20261218T104500",
        "UID:040000008200E00074C5B7101A82E00800000000F7A8B9C0375EDB01000000000000000010000000AA99",
        "DTSTAMP:20261211T081000Z",
        loc("Zi. 3.14"),
        "END:VEVENT"]), tz=TZ_WEST), trap=UAI))

    # private Google copy of a committee day (she typed it on her private calendar)
    out.append(no("uai-private-google", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20270113",
        "DTEND;VALUE=DATE:20270114",
        "DTSTAMP:20261212T203000Z",
        "UID:0tq5r2m8v1k6s3c9d7n4b0hpl9@google.com",
        s("Dienst: ganzer Tag Auswahlkommission Azubis (kein Urlaub!)"),
        "TRANSP:TRANSPARENT",
        "SEQUENCE:0",
        "END:VEVENT"]), head="X-WR-CALNAME:Katrin privat\nX-WR-TIMEZONE:Europe/Berlin"), trap=UAI))

    # EN: panel colleague from another department asks her to join as interviewer
    out.append(no("uai-en-panel", "en", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Okoro, Daniel (IT-Referat)\":mailto:daniel.okoro@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("r.bianchi.dev@outlook.com", "Roberto Bianchi"),
        d("Hi Katrin, thanks for joining as the business-side interviewer. Candidate: Roberto Bianchi (Data "
          "Engineer, English-speaking). Please focus on budget data questions; scorecard link in the channel.\n"
          "Daniel\n\n" + teams("en", "318 004 552 71", "Dt4Eng")),
        s("Interview Data Engineer candidate R. Bianchi – panel (business side)"),
        "DTSTART;TZID=W. Europe Standard Time:20261210T150000",
        "DTEND;TZID=W. Europe Standard Time:20261210T160000",
        "UID:040000008200E00074C5B7101A82E00800000000A8B9C0D1385EDB010000000000000000100000009E01",
        "DTSTAMP:20261204T110000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap=UAI))

    # Apple private copy with candidate list (she attends from private device)
    out.append(no("uai-apple-copy", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:9F1B3D5F-7A9C-4E1A-B3D5-F7A9C1E3B5D7",
        "DTSTAMP:20261213T074000Z",
        "DTSTART;TZID=Europe/Berlin:20261221T083000",
        "DTEND;TZID=Europe/Berlin:20261221T113000",
        s("Gespräche Bewerber Vollstreckung (Kopie)"),
        d("8:30 Fr. Aksoy\n9:30 Hr. Lindner\n10:30 Fr. Moser\nIch frage Teil B (Fachfragen), Stefan Teil A."),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap=UAI))

    return out
