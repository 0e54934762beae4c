"""train17: German events that are not Katrin Vogel's own job interview (practice, press, personal, internal)."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    no,
    olson,
    org,
    s,
    teams,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # mock interview with a paid career coach, names a real target employer
    out.append(no("mock-coach", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261202T170000Z",
        "DTEND:20261202T180000Z",
        "DTSTAMP:20261127T110000Z",
        "ORGANIZER;CN=Petra Langhans:mailto:petra@karriere-kompass.de",
        "UID:2dn8s4q0v6k1m7c3t9r5b1fgz4@google.com",
        att("petra@karriere-kompass.de", "Petra Langhans", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hallo Katrin,\n\nwie vereinbart unser Probeinterview als Generalprobe für dein Gespräch bei Polaris: "
          "ich spiele die Partnerin, danach 15 Minuten Feedback. Coaching-Paket Sitzung 3/5.\n\nPetra\n"
          "Karriere-Kompass Coaching\n\n" + meet("de", "kkc-wqzt-bhr")),
        s("Probeinterview (Coaching) – Katrin"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="mock_interview"))

    # mock with a friend, hand-typed
    out.append(no("mock-friend", "de", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:3C5E7A9C-1E3A-4C5E-7A9C-1E3A5C7E9A1C",
        "DTSTAMP:20261128T210000Z",
        "DTSTART;TZID=Europe/Berlin:20261205T110000",
        "DTEND;TZID=Europe/Berlin:20261205T123000",
        s("Übungsinterview mit Julia (Rollenspiel, sie fragt mich)"),
        loc("bei Julia, Westend"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap="mock_interview"))

    # webinar about selection interviews in the public sector
    out.append(no("webinar", "de", cal("-//GoTo//GoTo Webinar//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:gtw-8812-3341-2207@gotowebinar.com",
        "DTSTAMP:20261116T090000Z",
        "DTSTART:20261126T160000Z",
        "DTEND:20261126T171500Z",
        s("Webinar: Überzeugen im Auswahlgespräch – Karriere in Bundesbehörden"),
        d("Vielen Dank für Ihre Anmeldung!\n\nIn diesem kostenlosen Webinar erfahren Sie, wie strukturierte "
          "Auswahlgespräche in Bundesbehörden ablaufen und wie Sie sich vorbereiten. Referentin: Dr. Karin "
          "Westphal, Personalgewinnung.\n\nAm Webinar teilnehmen: https://attendee.gotowebinar.com/join/"
          "771203345\nWebinar-ID: 771-203-345"),
        org("customercare@gotowebinar.com", "Karriereportal Bund"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"), trap="webinar"))

    # VHS evening course, weekly x3
    out.append(no("course-recurring", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:B1D3F5A7-C9E1-4B3D-A5F7-C9E1B3D5F7A9",
        "DTSTAMP:20261110T190000Z",
        "DTSTART;TZID=Europe/Berlin:20261124T183000",
        "DTEND;TZID=Europe/Berlin:20261124T210000",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        s("MVHS: Souverän im Vorstellungsgespräch (Kurs K417-22)"),
        loc("MVHS im Gasteig HP8, Hans-Preißinger-Str. 8, Raum 2.13"),
        d("3 Abende, Rollenspiele mit Video-Feedback"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap="class_about_interviewing"))

    # user-research session where she is the participant
    out.append(no("user-research", "de", cal("-//Calendly//Calendly//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:f2e1d0c9-b8a7-4f6e-9d5c-4b3a29180716@calendly.com",
        "DTSTAMP:20261119T100000Z",
        "DTSTART:20261201T100000Z",
        "DTEND:20261201T104500Z",
        s("Nutzerinterview Haushaltsportal – Katrin Vogel"),
        d("Veranstaltungsname: Nutzerinterview Haushaltsportal (45 Min.)\n\nVielen Dank, dass Sie an unserer "
          "Studie teilnehmen! Wir möchten verstehen, wie Kämmereien mit dem Haushaltsportal arbeiten. Als "
          "Dankeschön erhalten Sie einen Gutschein über 50 €.\n\nUX-Research Team, Kommunalsoft AG\n\n"
          + zoom("de", "kommunalsoft", "833 0091 2271", "Ux2026r")),
        "ORGANIZER;CN=Lea Richter:mailto:lea.richter@kommunalsoft.de",
        att(ME_WORK, "Katrin Vogel", partstat="ACCEPTED"),
        att("lea.richter@kommunalsoft.de", "Lea Richter", partstat="ACCEPTED"),
        "END:VEVENT"]), method="REQUEST"), trap="user_research"))

    # press interview arranged by the city's press office
    out.append(no("press", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Pressestelle Stadtkämmerei\":mailto:presse.skm@muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        att("anna.wendt@sz.de", "Anna Wendt (Süddeutsche Zeitung)"),
        d("Interview zum Thema \"Digitaler Haushalt – wie die Stadt Rechnungen elektronisch verarbeitet\". "
          "Die Pressestelle begleitet das Gespräch. Zitate werden vor Veröffentlichung zur Autorisierung "
          "vorgelegt."),
        s("Presseinterview SZ: E-Rechnung in der Stadtkämmerei"),
        "DTSTART;TZID=W. Europe Standard Time:20261204T140000",
        "DTEND;TZID=W. Europe Standard Time:20261204T150000",
        "UID:040000008200E00074C5B7101A82E00800000000B9C0D1E2395EDB0100000000000000001000000099A1",
        "DTSTAMP:20261126T100000Z",
        loc("Stadtkämmerei, Zi. 5.02"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="press_interview"))

    # podcast recording
    out.append(no("podcast", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261213T090000Z",
        "DTEND:20261213T103000Z",
        "DTSTAMP:20261205T180000Z",
        "ORGANIZER;CN=Moritz Albers:mailto:moritz@amt-und-ehrlich.de",
        "UID:6kt1r7q3v9m0s5c2d8n4b6fjx0@google.com",
        att("moritz@amt-und-ehrlich.de", "Moritz Albers", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Aufnahme für \"Amt & Ehrlich – der Verwaltungspodcast\", Folge 58: Was Kämmereien von Startups lernen "
          "können. Ich schicke dir vorher die Fragen. Headset mitbringen!\n\nRiverside-Link: "
          "https://riverside.fm/studio/amt-und-ehrlich"),
        s("Podcast-Interview Amt & Ehrlich (Aufnahme)"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"), trap="podcast_interview"))

    # Bürgerbüro appointment (personal)
    out.append(no("personal-buergerbuero", "de", cal("-//TerminApp//Online-Terminvereinbarung München//DE", "\n".join([
        "BEGIN:VEVENT",
        "UID:kvr-termin-44810277@muenchen.de",
        "DTSTAMP:20261120T071500Z",
        "DTSTART;TZID=Europe/Berlin:20261130T081500",
        "DTEND;TZID=Europe/Berlin:20261130T083000",
        s("Termin Bürgerbüro: Beantragung Reisepass"),
        d("Vorgangsnummer: 44810277\nBitte bringen Sie mit: Personalausweis, biometrisches Passfoto.\n"
          "Absagen: https://stadt.muenchen.de/buergerservice/terminvereinbarung"),
        loc("Bürgerbüro Ruppertstraße 19, 80337 München"),
        "END:VEVENT"]), tz=olson("Europe/Berlin")), trap="personal_appointment"))

    # doctor, terse
    out.append(no("personal-arzt", "de", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:4D6F8A0C-2E4A-4D6F-8A0C-2E4A6D8F0A2C",
        "DTSTAMP:20261201T090000Z",
        "DTSTART;TZID=Europe/Berlin:20261207T074500",
        "DTEND;TZID=Europe/Berlin:20261207T083000",
        s("Dr. Seiler Blutabnahme (nüchtern!)"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap="personal_appointment"))

    # internal jour fixe, recurring with one cancelled occurrence
    out.append(no("internal-jourfixe", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        att("sg2-team@stadtkaemmerei-muenchen.de", "SG 2 Team"),
        d("Wöchentlicher Jour fixe: Haushaltsvollzug, Zahlstelle, Urlaubsplanung."),
        "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO",
        s("Jour fixe SG 2"),
        "DTSTART;TZID=W. Europe Standard Time:20261123T093000",
        "DTEND;TZID=W. Europe Standard Time:20261123T101500",
        "UID:040000008200E00074C5B7101A82E00800000000C0D1E2F33A5EDB010000000000000000100000003F02",
        "DTSTAMP:20261101T100000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Vogel, Katrin (Stadtkämmerei)\":mailto:k.vogel@stadtkaemmerei-muenchen.de",
        "RECURRENCE-ID;TZID=W. Europe Standard Time:20261221T093000",
        s("Abgesagt: Jour fixe SG 2"),
        "DTSTART;TZID=W. Europe Standard Time:20261221T093000",
        "DTEND;TZID=W. Europe Standard Time:20261221T101500",
        "UID:040000008200E00074C5B7101A82E00800000000C0D1E2F33A5EDB010000000000000000100000003F02",
        "DTSTAMP:20261215T100000Z",
        "STATUS:CANCELLED",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="internal_meeting"))

    # annual review with her boss
    out.append(no("annual-review", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Dr. Lechner, Brigitte (Stadtkämmerei)\":mailto:brigitte.lechner@stadtkaemmerei-muenchen.de",
        att(ME_WORK, "Vogel, Katrin (Stadtkämmerei)"),
        d("Jahresgespräch 2026 nach Dienstvereinbarung: Rückblick, Ziele 2027, Fortbildungswünsche. Bitte den "
          "Vorbereitungsbogen mitbringen."),
        s("Mitarbeitergespräch 2026 – Frau Vogel"),
        "DTSTART;TZID=W. Europe Standard Time:20261211T100000",
        "DTEND;TZID=W. Europe Standard Time:20261211T113000",
        "UID:040000008200E00074C5B7101A82E00800000000D1E2F3A43B5EDB0100000000000000001000000050A1",
        "DTSTAMP:20261120T100000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="annual_review"))

    # informational coffee with a former colleague now at a consultancy
    out.append(no("coffee-info", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261128T103000",
        "DTEND;TZID=Europe/Berlin:20261128T113000",
        "DTSTAMP:20261122T190000Z",
        "UID:5jr0q6s2v8m3k9c1t7d4n0bgw8@google.com",
        s("Kaffee Sarah (ex Kämmerei, jetzt Beraterin bei Polaris) – wie ist Beratung so?"),
        loc("Café Luitpold"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), head="X-WR-CALNAME:Katrin privat\nX-WR-TIMEZONE:Europe/Berlin", tz=olson("Europe/Berlin")),
        trap="coffee_chat"))

    # job fair, all-day
    out.append(no("jobfair", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20270122",
        "DTEND;VALUE=DATE:20270123",
        "DTSTAMP:20261201T120000Z",
        "UID:1gm7s3q9v5k0r2c8t4d6n1bhy2@google.com",
        s("Jobmesse Öffentlicher Dienst & GovTech – Station Berlin"),
        d("Stände: Bundesbehörden, Länder, GovTech-Startups. CV-Check 11 Uhr. Ticket im Wallet."),
        loc("Station Berlin, Luckenwalder Str. 4-6"),
        "TRANSP:TRANSPARENT",
        "END:VEVENT"])), trap="job_fair"))

    # reference call: she is the reference for her former trainee; caller is a positive-list company
    out.append(no("reference-call", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lindl, Petra\":mailto:p.lindl@quadra-it.de",
        att(ME_WORK, "Vogel, Katrin"),
        d("Liebe Frau Vogel,\n\nHerr Jonas Berger hat Sie als Referenz angegeben (ehemaliger Auszubildender in "
          "Ihrem Sachgebiet). Dürfen wir Sie kurz telefonisch zu seiner Arbeitsweise befragen?\n\nViele Grüße\n"
          "Petra Lindl, Quadra IT-Beratung"),
        s("Referenzgespräch zu Jonas Berger"),
        "DTSTART;TZID=W. Europe Standard Time:20261202T120000",
        "DTEND;TZID=W. Europe Standard Time:20261202T121500",
        "UID:040000008200E00074C5B7101A82E00800000000E2F3A4B53C5EDB01000000000000000010000000EF01",
        "DTSTAMP:20261127T160000Z",
        loc("Telefon"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="reference_call"))

    # headhunter profile call, no employer named
    out.append(no("headhunter-intake", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Sommer, Katharina\":mailto:k.sommer@ksx-executive.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Liebe Frau Vogel,\n\nwie besprochen ein erstes Kennenlernen: Ich möchte Ihr Profil und Ihre Wünsche "
          "verstehen, damit ich Sie passenden Mandanten im Public-Sector-Umfeld vorstellen kann. Ein konkretes "
          "Mandat gibt es noch nicht.\n\nHerzliche Grüße\nKatharina Sommer\nKSX Executive Search\n\n"
          + teams("de", "390 118 227 65", "Ksx9aa")),
        s("Kennenlernen Katrin Vogel / KSX Executive Search"),
        "DTSTART;TZID=W. Europe Standard Time:20261130T170000",
        "DTEND;TZID=W. Europe Standard Time:20261130T174500",
        "UID:040000008200E00074C5B7101A82E00800000000F3A4B5C63D5EDB01000000000000000010000000C5C5",
        "DTSTAMP:20261124T110000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST), trap="recruiter_not_employer"))

    # prep block naming an employer
    out.append(no("prep-block", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:C2E4A6C8-E0A2-4C4E-A6C8-E0A2C4E6A8C0",
        "DTSTAMP:20261205T200000Z",
        "DTSTART;TZID=Europe/Berlin:20261209T180000",
        "DTEND;TZID=Europe/Berlin:20261209T200000",
        s("Vorbereitung: Fallstudie Quadra – Folien fertig machen"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)), trap="prep_block"))

    return out
