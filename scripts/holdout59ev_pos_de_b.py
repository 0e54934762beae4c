"""holdout59: the user's own interviews, German part B (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import meet
from holdout59ev_ics import (
    BERLIN,
    ME,
    UTC1_DE,
    Ev,
    alarm,
    att,
    cal,
    esc,
    guid,
    hexid,
    html,
    ms_extra,
    org,
    outlook_uid,
    windows,
)


def gruenkern_tb() -> Ev:
    uid = guid("gruenkern-tb").lower()
    d = ("Henrike Albers (Personalreferentin) ruft mich an, Handy.\nStelle: Leitung Bestandsmanagement Frische, "
         "Bremen-Hemelingen\nVorbereiten: Gehaltsvorstellung (85–90), Kündigungsfrist 3 Monate zum Quartal, "
         "Umzug Bremen ja/nein??")
    ve = [
        "CREATED:20260113T194410Z", "LAST-MODIFIED:20260113T194455Z", "DTSTAMP:20260113T194455Z",
        f"UID:{uid}", "SUMMARY:Telefoninterview Grünkern Naturkost (Fr. Albers\\, Personal)",
        "DTSTART;TZID=Europe/Berlin:20260116T123000", "DTEND;TZID=Europe/Berlin:20260116T130000",
        "DESCRIPTION:" + esc(d), "TRANSP:OPAQUE", "X-MOZ-GENERATION:2",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;VALUE=DURATION:-PT10M", "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    ]
    ics = cal(ve, "tb", method=None, tzs=(BERLIN,), calscale=False)
    return Ev("thunderbird-de", ics, uid, 1, "Grünkern Naturkost", "Leitung Bestandsmanagement Frische",
              "recruiter_screen", "Henrike Albers", "thunderbird-typed-phone-de")


def elbmarsch_agency() -> Ev:
    uid = outlook_uid("elbmarsch-agency")
    d = ("Hallo Herr Brückner,\n\nwie telefonisch besprochen bestätige ich Ihnen hiermit das persönliche Gespräch "
         "bei unserem Mandanten, der Elbmarsch Agrarhandel eG, in Stade – Position Leitung Logistik & Disposition."
         "\n\nIhre Gesprächspartner:\n• Herr Hauke Dierks, Vorstand\n• Frau Birte Kähler, Leiterin "
         "Standortlogistik\n\nIch selbst bin nicht vor Ort, melde mich aber im Anschluss für ein kurzes Feedback "
         "bei Ihnen.\n\nAdresse: Am Hafen 7, 21680 Stade – Parkplätze vor dem Verwaltungsgebäude, Anmeldung "
         "im 1. OG.\n\nBeste Grüße\nNils Dreyer\nSenior Consultant\nPersonalwerk Nord GmbH – Personalberatung für "
         "Logistik & Supply Chain\nMönckebergstraße 11, 20095 Hamburg")
    ve = [
        org("n.dreyer@personalwerk-nord.de", "Dreyer, Nils"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Vorstellungsgespräch bei Elbmarsch Agrarhandel eG – Leitung Logistik & "
                                         "Disposition"),
        f"DTSTART;TZID=\"{UTC1_DE}\":20260209T140000", f"DTEND;TZID=\"{UTC1_DE}\":20260209T153000",
        "DTSTAMP:20260130T161244Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:" + esc("Elbmarsch Agrarhandel eG, Am Hafen 7, 21680 Stade"), *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_DE),), calscale=False)
    return Ev("outlook-agency-de", ics, uid, 1, "Elbmarsch Agrarhandel", "Leitung Logistik & Disposition",
              "onsite", "Hauke Dierks;Birte Kähler", "agency-names-employer-de")


def marktkorb_workday() -> Ev:
    uid = f"WD-INTERVIEW-{hexid('marktkorb', 20).upper()}@myworkday.com"
    d = ("Guten Tag Jonas,\n\nwir freuen uns, Sie zur finalen Gesprächsrunde für die Position Senior Manager "
         "Netzwerkplanung (m/w/d) bei der Marktkorb Logistik GmbH einzuladen.\n\nTermin: Dienstag, 10. März 2026, "
         "13:00–14:30 Uhr\nOrt: Marktkorb Logistik GmbH, Zentrale, Hammerbrookstraße 90, 20097 Hamburg, Raum 4.12"
         "\n\nGesprächspartner:\nStefanie Arndt – Bereichsleiterin Logistiknetzwerk\nOliver Kühn – Geschäftsführer "
         "Marktkorb Logistik\n\nIhre Ansprechpartnerin für Rückfragen ist Jana Meißner (Talent Acquisition); sie "
         "nimmt am Gespräch nicht teil.\n\nMarktkorb Logistik GmbH – ein Unternehmen der Marktkorb-Gruppe\n\n"
         "Stellen-ID: R-0042187")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260302T120501Z", "DTSTART;TZID=Europe/Berlin:20260310T130000",
        "DTEND;TZID=Europe/Berlin:20260310T143000",
        "SUMMARY:" + esc("Interview: Senior Manager Netzwerkplanung (m/w/d) – R-0042187"),
        "LOCATION:" + esc("Hammerbrookstraße 90, 20097 Hamburg, Raum 4.12"),
        org("marktkorb@myworkday.com", "Marktkorb Talent Acquisition"), att(ME, "Jonas Brückner"),
        att("stefanie.arndt@marktkorb.de", "Stefanie Arndt", rsvp=False),
        att("oliver.kuehn@marktkorb.de", "Oliver Kühn", rsvp=False),
        att("hh-zentrale-4.12@marktkorb.de", "HH-Zentrale 4.12 (10 Pers.)", role="NON-PARTICIPANT",
            cutype="ROOM", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//Workday Inc.//Workday Recruiting//EN", tzs=(BERLIN,))
    return Ev("workday-de", ics, uid, 1, "Marktkorb Logistik", "Senior Manager Netzwerkplanung", "final",
              "stefanie.arndt@marktkorb.de;oliver.kuehn@marktkorb.de", "workday-final-subsidiary-de")


def wiegand_resched() -> Ev:
    uid = outlook_uid("wiegand-2nd")
    d = ("Sehr geehrter Herr Brückner,\n\nleider muss Herr Wiegand den ursprünglich für Donnerstag, 12.03., "
         "geplanten Termin verschieben. Neuer Termin: Montag, 16.03.2026, 15:00 Uhr.\n\nEs handelt sich um das "
         "abschließende Gespräch zur Position Leiter Logistik & Fuhrpark mit Herrn Carsten Wiegand und unserem "
         "kaufmännischen Leiter, Herrn Dirk Pohl.\n\nWir bitten die Verschiebung zu entschuldigen.\n\n"
         "Mit freundlichen Grüßen\ni. A. Monika Krause\nAssistenz der Geschäftsführung\nWiegand Baustoffe GmbH & "
         "Co. KG · Pinneberger Chaussee 60 · 22523 Hamburg")
    ve = [
        org("c.wiegand@wiegand-baustoffe.de", "Wiegand, Carsten", sent_by="m.krause@wiegand-baustoffe.de"),
        att(ME, "jonas.brueckner@gmx.de"), att("d.pohl@wiegand-baustoffe.de", "Pohl, Dirk"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Verschoben: Zweitgespräch Jonas Brückner – Wiegand Baustoffe"),
        "DTSTART;TZID=W. Europe Standard Time:20260316T150000",
        "DTEND;TZID=W. Europe Standard Time:20260316T163000", "DTSTAMP:20260309T094812Z",
        "STATUS:CONFIRMED", "SEQUENCE:2",
        "LOCATION;LANGUAGE=de-DE:" + esc("Wiegand Baustoffe, Pinneberger Chaussee 60, Besprechungsraum GF"),
        *ms_extra(),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-de", ics, uid, 1, "Wiegand Baustoffe", "Leiter Logistik & Fuhrpark", "final",
              "c.wiegand@wiegand-baustoffe.de;d.pohl@wiegand-baustoffe.de", "rescheduled-sentby-de")


def voltara_recurring() -> Ev:
    uid = f"{hexid('voltara-probe', 26)}@google.com"
    d = ("Hi Jonas,\n\nwie besprochen: zwei halbe Tage Probearbeit bei uns im Team Supply Planning in Altona. Am "
         "ersten Tag schaust du dir unseren S&OP-Prozess an und bearbeitest eine Aufgabe zur Komponentenplanung "
         "(Rahmen, Akkus, Antriebe aus Fernost, 14 Wochen Vorlauf); am zweiten Tag präsentierst du deine "
         "Ergebnisse mir und Nadine (Procurement Lead).\n\nAdresse: Voltara Mobility GmbH, Stresemannstraße 374, "
         "22761 Hamburg – Klingel \"Voltara Office\", 3. OG.\n\nLG Tobias\nHead of Supply Chain, Voltara")
    common = [
        org("tobias.engel@voltara.bike", "Tobias Engel"),
        att("tobias.engel@voltara.bike", "Tobias Engel", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("nadine.fiedler@voltara.bike", "Nadine Fiedler", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"),
        "LOCATION:" + esc("Voltara Mobility GmbH, Stresemannstraße 374, 22761 Hamburg, Deutschland"),
        "SUMMARY:Probearbeit Supply Planning – Voltara (Jonas Brückner)", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
    ]
    master = [
        "DTSTART;TZID=Europe/Berlin:20260302T090000", "DTEND;TZID=Europe/Berlin:20260302T123000",
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260224T183010Z", f"UID:{uid}", "CREATED:20260224T183009Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260224T183009Z", "SEQUENCE:0", *common,
    ]
    override = [
        "DTSTART;TZID=Europe/Berlin:20260303T130000", "DTEND;TZID=Europe/Berlin:20260303T163000",
        "DTSTAMP:20260226T080012Z", f"UID:{uid}", "RECURRENCE-ID;TZID=Europe/Berlin:20260303T090000",
        "CREATED:20260224T183009Z",
        "DESCRIPTION:" + esc("Achtung: Tag 2 erst ab 13 Uhr, Präsentation vor Tobias und Nadine um 15 Uhr.\n\n" + d),
        "LAST-MODIFIED:20260226T080011Z", "SEQUENCE:1", *common,
    ]
    ics = cal([master, override], "google", method=None, tzs=(BERLIN,), head=("X-WR-CALNAME:jonas.brueckner@gmx.de",
                                                                 "X-WR-TIMEZONE:Europe/Berlin"))
    return Ev("google-recurring-de", ics, uid, 1, "Voltara Mobility", "", "technical",
              "tobias.engel@voltara.bike;nadine.fiedler@voltara.bike", "recurring-override-trial-day-de")


def zellwerk_bookings() -> Ev:
    uid = outlook_uid("zellwerk-bookings")
    d = ("Ihre Buchung ist bestätigt.\n\nDienst: Telefoninterview (30 Min.)\nMitarbeiter: Derya Şahin\n\n"
         "Wir rufen Sie unter der angegebenen Nummer an: +49 176 2284 5519\n\nStelle, auf die Sie sich beworben "
         "haben:\nLead Materialdisposition Zellfertigung\n\nZellwerk Batterietechnik GmbH · Recruiting · "
         "Industriestraße Nord 12 · 38239 Salzgitter\n\nTermin verwalten: https://outlook.office365.com/owa/"
         "calendar/ZellwerkKarriere@zellwerk.de/bookings/s/" + hexid("zwb", 22))
    ve = [
        org("ZellwerkKarriere@zellwerk.de", "Zellwerk Karriere"), att(ME, "Jonas Brückner"),
        att("derya.sahin@zellwerk.de", "Derya Şahin", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Telefoninterview (30 Min.) – Jonas Brückner",
        "DTSTART;TZID=W. Europe Standard Time:20260128T084500",
        "DTEND;TZID=W. Europe Standard Time:20260128T091500", "DTSTAMP:20260123T172233Z", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Telefonanruf", *ms_extra("BUSY"),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("bookings-de", ics, uid, 1, "Zellwerk Batterietechnik", "Lead Materialdisposition Zellfertigung",
              "recruiter_screen", "derya.sahin@zellwerk.de", "ms-bookings-phone-de")


def zellwerk_onsite() -> Ev:
    uid = outlook_uid("zellwerk-onsite")
    d = ("Sehr geehrter Herr Brückner,\n\nnach dem positiven Telefoninterview laden wir Sie herzlich zu "
         "Gesprächen vor Ort in Salzgitter ein.\n\nAblauf:\n10:00 Begrüßung (Derya Şahin, Recruiting)\n"
         "10:15 Gespräch mit Dr. Matthias Kroll (Werkleiter) und Elena Wagner (Leitung Supply Chain)\n"
         "11:30 Werksrundgang Zellfertigung (Sicherheitsschuhe werden gestellt)\n12:15 Mittagessen mit dem "
         "Dispo-Team\n\nReisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern.\n\nViele Grüße\nDerya Şahin\n"
         "Zellwerk Batterietechnik GmbH")
    ve = [
        org("derya.sahin@zellwerk.de", "Şahin, Derya"), att(ME, "jonas.brueckner@gmx.de"),
        att("matthias.kroll@zellwerk.de", "Kroll, Dr. Matthias"), att("elena.wagner@zellwerk.de", "Wagner, Elena"),
        att("sz-geb2-besprechung-3@zellwerk.de", "SZ Geb. 2 Besprechung 3", role="NON-PARTICIPANT", cutype="ROOM"),
        att("pkw-pool-werk@zellwerk.de", "Werksrundgang E-Cart", role="NON-PARTICIPANT", cutype="RESOURCE"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Vor-Ort-Gespräche Lead Materialdisposition – J. Brückner"),
        "DTSTART;TZID=W. Europe Standard Time:20260212T100000",
        "DTEND;TZID=W. Europe Standard Time:20260212T130000", "DTSTAMP:20260204T111111Z", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:" + esc("Zellwerk, Industriestraße Nord 12, Salzgitter, Geb. 2"),
        *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-room-de", ics, uid, 1, "Zellwerk Batterietechnik", "Lead Materialdisposition", "onsite",
              "matthias.kroll@zellwerk.de;elena.wagner@zellwerk.de", "onsite-room-resource-coordinator-de")


def lumenfeld_teamtailor() -> Ev:
    uid = f"teamtailor-interview-{hexid('lumenfeld', 18)}"
    d = ("Hallo Jonas,\n\ndanke für das angenehme erste Telefonat! Als nächsten Schritt lernst du Dennis Oyelaran "
         "kennen, unseren VP Operations – an ihn berichtet die Rolle Supply Chain Manager EMEA. Ich selbst bin "
         "bei dem Gespräch nicht dabei.\n\n" + meet("de", "lumenfeld") + "\n\nViele Grüße\nClara Wendt\n"
         "Talent Acquisition · Lumenfeld Solar GmbH · Kaiser-Wilhelm-Straße 93 · 20355 Hamburg\n\n"
         "Gesendet über Teamtailor")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260206T131415Z", "DTSTART:20260213T100000Z", "DTEND:20260213T110000Z",
        "SUMMARY:" + esc("Interview: Jonas Brückner / Supply Chain Manager EMEA"),
        "LOCATION:Google Meet", org("clara.wendt@lumenfeld.energy", "Clara Wendt"),
        att(ME, "Jonas Brückner"), att("dennis.oyelaran@lumenfeld.energy", "Dennis Oyelaran"),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Teamtailor//Teamtailor//EN")
    return Ev("teamtailor-de", ics, uid, 1, "Lumenfeld Solar", "Supply Chain Manager EMEA", "hiring_manager",
              "dennis.oyelaran@lumenfeld.energy", "teamtailor-hm-de")


def nct_dvinci() -> Ev:
    uid = f"dvinci-{hexid('nct', 20)}@nct-hamburg.de"
    d = ("Sehr geehrter Herr Brückner,\n\nwir laden Sie herzlich zu einem persönlichen Auswahlgespräch auf "
         "unserem Terminal ein.\n\nPosition: Teamleiter Operative Planung Containerumschlag (m/w/d)\n"
         "Gesprächspartner: Herr Jörg Meinke (Leiter Terminalbetrieb), Frau Svenja Kluth (Personalabteilung)\n"
         "Gemäß Betriebsverfassungsgesetz kann ein Mitglied des Betriebsrats beratend teilnehmen.\n\n"
         "Bitte melden Sie sich 15 Minuten vorher an der Hauptpforte (Tor 1). Zutritt zum Hafengebiet nur mit "
         "gültigem Personalausweis und Besucherausweis (ISPS).\n\nMit freundlichen Grüßen\nIhre Personalabteilung"
         "\nNordhafen Container Terminal GmbH")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260210T092233Z", "DTSTART;TZID=Europe/Berlin:20260219T090000",
        "DTEND;TZID=Europe/Berlin:20260219T103000",
        "SUMMARY:" + esc("Auswahlgespräch – Teamleiter Operative Planung Containerumschlag (m/w/d)"),
        "LOCATION:" + esc("NCT, Verwaltungsgebäude, Kurt-Eckelmann-Straße 4, 21129 Hamburg"),
        org("bewerbung@nct-hamburg.de", "NCT Personalabteilung"), att(ME, "Jonas Brückner"),
        att("j.meinke@nct-hamburg.de", "Jörg Meinke", rsvp=False),
        att("s.kluth@nct-hamburg.de", "Svenja Kluth", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//d.vinci HR-Systems GmbH//d.vinci Recruiting//DE", tzs=(BERLIN,))
    return Ev("dvinci-de", ics, uid, 1, "Nordhafen Container Terminal", "Teamleiter Operative Planung "
              "Containerumschlag", "onsite", "j.meinke@nct-hamburg.de;s.kluth@nct-hamburg.de",
              "dvinci-port-onsite-de")


def brise_phone() -> Ev:
    uid = f"{hexid('brise-phone', 26)}@google.com"
    d = ("Hallo Herr Brückner,\n\nwie vereinbart rufe ich Sie am Montag kurz an, um Sie und Ihre Vorstellungen "
         "kennenzulernen und Ihnen die Position S&OP Manager (m/w/d) bei Brise vorzustellen. Dauer ca. 20–30 "
         "Minuten.\n\nSonnige Grüße aus Lüneburg\nJanina Evers\nPersonalreferentin\nBrise Getränke GmbH")
    ve = [
        "DTSTART:20260209T080000Z", "DTEND:20260209T083000Z", "DTSTAMP:20260205T151500Z",
        org("janina.evers@brise-getraenke.de", "Janina Evers"), f"UID:{uid}",
        att("janina.evers@brise-getraenke.de", "Janina Evers", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"), "CREATED:20260205T151459Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260205T151459Z", "LOCATION:Telefon (ich rufe an)", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Kurzes Telefonat Brise Getränke / J. Brückner", "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-de", ics, uid, 1, "Brise Getränke", "S&OP Manager", "recruiter_screen",
              "janina.evers@brise-getraenke.de", "phone-screen-google-de")


def brise_case() -> Ev:
    uid = outlook_uid("brise-case")
    d = ("Hallo Herr Brückner,\n\nwie angekündigt erhalten Sie anbei die Fallstudie (Absatzplanung Saisonware "
         "Sommer, drei Abfülllinien, Engpass Leergut). Bitte bereiten Sie eine Präsentation von max. 20 Minuten "
         "vor; anschließend diskutieren wir etwa 40 Minuten mit Ihnen. Mit dabei ist Jan Grote aus dem "
         "Controlling.\n\nPosition: S&OP Manager (m/w/d)\nOrt: Brise Getränke GmbH, Am Sülzwerk 3, 21335 "
         "Lüneburg – Konferenzraum Ilmenau\n\nViele Grüße\nMeike Hinrichs\nLeiterin Supply Chain")
    ve = [
        org("meike.hinrichs@brise-getraenke.de", "Hinrichs, Meike"), att(ME, "jonas.brueckner@gmx.de"),
        att("jan.grote@brise-getraenke.de", "Grote, Jan"),
        att("konferenzraum-ilmenau@brise-getraenke.de", "Konferenzraum Ilmenau", role="NON-PARTICIPANT",
            cutype="ROOM"),
        att("beamer-mobil-2@brise-getraenke.de", "Beamer mobil 2", role="NON-PARTICIPANT", cutype="RESOURCE"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:" + esc("Fallstudie/Präsentation S&OP – Jonas Brückner"),
        f"DTSTART;TZID=\"{UTC1_DE}\":20260224T130000", f"DTEND;TZID=\"{UTC1_DE}\":20260224T140000",
        "DTSTAMP:20260216T101530Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Konferenzraum Ilmenau", *ms_extra(), *alarm("-PT15M"),
    ]
    ics = cal(ve, "outlook16", tzs=(windows(UTC1_DE),), calscale=False)
    return Ev("outlook-case-de", ics, uid, 1, "Brise Getränke", "S&OP Manager", "technical",
              "meike.hinrichs@brise-getraenke.de;jan.grote@brise-getraenke.de", "case-presentation-room-de")


EVENTS = [gruenkern_tb, elbmarsch_agency, marktkorb_workday, wiegand_resched, voltara_recurring, zellwerk_bookings,
          zellwerk_onsite, lumenfeld_teamtailor, nct_dvinci, brise_phone, brise_case]
