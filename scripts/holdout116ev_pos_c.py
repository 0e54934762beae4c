# ruff: noqa: E501
"""holdout116 interviews, part C: schedulers (Calendly, Cal.com, Bookings), Apple, agencies, all-day and recurring."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, cal, item

APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def events() -> list[dict[str, str]]:
    out = []

    # 28 Calendly, the wealth manager's partner hosts, the user booked; no clear stage
    uid = "BFA4D2E7C19A4F3E8A0D1E22C6F7B3A9@calendly.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260304T195512Z
    DTSTART:20260311T073000Z
    DTEND:20260311T080000Z
    SUMMARY:Kennenlernen Vermögensberater:in (30 Min.) zwischen Dr. Henrik Lindner und Katrin Vogel
    DESCRIPTION:Veranstaltungsname: Kennenlernen Vermögensberater:in (30 Min.)\\n\\nOrt: Dies ist ein Telefongespräch. Dr. Henrik Lindner wird Sie unter +49 176 22819044 anrufen\\n\\nBitte teilen Sie alles mit\\, was zur Vorbereitung unseres Treffens beitragen kann: Bewerbung über Ihre Anzeige auf der Website\\, derzeit Kundenberaterin Sparkasse\\n\\nBenötigen Sie Änderungen an diesem Termin?\\nAbsagen: https://calendly.com/cancellations/BFA4D2E7\\nNeu planen: https://calendly.com/reschedulings/BFA4D2E7\\n\\nPowered by Calendly.com
    LOCATION:+49 176 22819044
    ORGANIZER;CN=Dr. Henrik Lindner:mailto:h.lindner@lindenhof-vv.de
    ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME_FREE}
    ATTENDEE;CN=Dr. Henrik Lindner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h.lindner@lindenhof-vv.de
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """
    out.append(item("calendly-de", cal(body, "-//Calendly//Calendly//EN", "REQUEST"), uid, 1,
                    "Lindenhof Vermögensverwaltung", "Vermögensberater:in", "", "h.lindner@lindenhof-vv.de",
                    "calendly-company-in-domain-de",
                    "Lindenhof Vermögensverwaltung GmbH|Lindenhof|Lindenhof VV"))

    # 29 Cal.com, fintech Finlio, English screening
    uid = "cal-8JfQ2xWm3vTz7LpR9nKd@Cal.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260401T121100Z
    DTSTART:20260407T090000Z
    DTEND:20260407T092500Z
    SUMMARY:Intro call – Finlio x Katrin Vogel
    DESCRIPTION:What: Intro call – Finlio\\nInvitee: Katrin Vogel (katrin.vogel.lpz@web.de)\\nHost: Aylin Demirtaş – aylin@finlio.app\\nWhere: https://app.cal.com/video/8JfQ2xWm3vTz7LpR9nKd\\nAdditional notes: Applied for Senior Advisor – Retirement & Pensions (German market)\\n\\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/8JfQ2xWm3vTz7LpR9nKd
    LOCATION:https://app.cal.com/video/8JfQ2xWm3vTz7LpR9nKd
    ORGANIZER;CN=Aylin Demirtaş:mailto:aylin@finlio.app
    ATTENDEE;CN=Katrin Vogel;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("calcom-en", cal(body, "-//Cal.com Inc.//Cal.com Event//EN", "REQUEST"), uid, 1, "Finlio",
                    "Senior Advisor – Retirement & Pensions (German market)", "recruiter_screen", "aylin@finlio.app",
                    "calcom-intro-en", "Finlio GmbH"))

    # 30 Microsoft Bookings, Zinswerk, German; the booking mailbox is the organizer
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000007F6E5D4C3B2A19080706"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260317T083000Z
    DTSTART;TZID=W. Europe Standard Time:20260320T110000
    DTEND;TZID=W. Europe Standard Time:20260320T114500
    SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Wealth Advisor mit Zinswerk
    DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\\n\\nDienst: Bewerbungsgespräch Wealth Advisor (45 Minuten)\\nMitarbeiter: Lukas Hempel\\n\\nMicrosoft Teams-Besprechung\\nÜber Ihren Computer oder die mobile App teilnehmen\\nKlicken Sie hier\\, um an der Besprechung teilzunehmen\\n\\nZinswerk GmbH · Torstraße 140 · 10119 Berlin\\nTermin verwalten: https://outlook.office365.com/owa/calendar/Zinswerk@zinswerk.de/bookings/
    LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
    ORGANIZER;CN=Zinswerk Karriere:mailto:Zinswerk@zinswerk.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vogel:mailto:{ME_FREE}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lukas Hempel:mailto:lukas.hempel@zinswerk.de
    STATUS:CONFIRMED
    SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """
    out.append(item("bookings-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1, "Zinswerk", "Wealth Advisor", "",
                    "lukas.hempel@zinswerk.de", "ms-bookings-de", "Zinswerk GmbH"))

    # 31 iOS invite from a family-office founder on icloud.com; company only in the title's shorthand
    uid = "E3D1A7B4-62C8-4F0E-A915-7D3C0B8E2F61"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260320T183355Z
    DTSTART;TZID=Europe/Berlin:20260325T180000
    DTEND;TZID=Europe/Berlin:20260325T190000
    SUMMARY:Auenwald FO – Gespräch Frau Vogel
    DESCRIPTION:Liebe Frau Vogel\\, danke für das nette Telefonat. Lassen Sie uns in Ruhe über die Associate-Position in unserem Family Office sprechen – Café im Grassi\\, ich reserviere. Herzlich\\, Christiane von Brandis
    LOCATION:Café im Grassi\\, Johannisplatz 5\\, Leipzig
    ORGANIZER;CN=Christiane von Brandis:mailto:c.vonbrandis@icloud.com
    ATTENDEE;CN=Christiane von Brandis;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:c.vonbrandis@icloud.com
    ATTENDEE;CN=Katrin Vogel;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_FREE}
    SEQUENCE:0
    TRANSP:OPAQUE
    END:VEVENT
    """
    out.append(item("ios-founder-icloud-de", cal(body, APPLE, "REQUEST", "berlin"), uid, 1, "Auenwald Family Office",
                    "Associate", "", "c.vonbrandis@icloud.com", "icloud-founder-cafe-de",
                    "Auenwald FO|Auenwald"))

    # 32 agency (executive search) invites to the client; employer named only in the body
    uid = "kr-2026-0331-vogel-kranich@kessler-roth.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260326T160000Z
    DTSTART;TZID=Europe/Berlin:20260402T100000
    DTEND;TZID=Europe/Berlin:20260402T113000
    SUMMARY:Vorstellungsgespräch beim Mandanten – Senior Private Banker (Mandat 2026-117)
    DESCRIPTION:Liebe Frau Vogel\\,\\n\\nwie telefonisch angekündigt hat unser Mandant\\, das Bankhaus Kranich & Söhne\\, Sie zum persönlichen Gespräch eingeladen. Ihre Gesprächspartner sind Herr Konstantin Kranich (persönlich haftender Gesellschafter) und Frau Dr. Ulrike Fass (Leitung Private Banking Dresden).\\nAdresse: Prager Straße 2\\, 01069 Dresden\\, 5. OG.\\n\\nIch rufe Sie im Anschluss für ein kurzes Debriefing an.\\n\\nBeste Grüße\\nMarkus Roth\\nKessler & Roth Executive Search GmbH
    LOCATION:Prager Straße 2\\, 01069 Dresden
    ORGANIZER;CN=Markus Roth:mailto:m.roth@kessler-roth.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Konstantin Kranich:mailto:k.kranich@bhks.de
    ATTENDEE;CN=Dr. Ulrike Fass:mailto:u.fass@bhks.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("agency-body-company-de", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST",
                                                  "berlin"), uid, 1, "Bankhaus Kranich & Söhne", "Senior Private Banker",
                    "hiring_manager", "k.kranich@bhks.de;u.fass@bhks.de", "agency-executive-search-body-de",
                    "Bankhaus Kranich|Kranich & Söhne"))

    # 33 agency sends the employer's interview, employer in the title
    uid = "fintalent-iv-00981@fintalentpartners.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260409T080000Z
    DTSTART;TZID=Europe/Berlin:20260414T160000
    DTEND;TZID=Europe/Berlin:20260414T170000
    SUMMARY:Interview Weidner Privatbankiers | Katrin Vogel | Relationship Manager Private Clients
    DESCRIPTION:Hallo Katrin\\,\\nanbei die Einladung für das Gespräch mit Herrn Weidner jun. und Herrn Kasper (Teamleiter). Bitte sei 10 Minuten früher da\\, die Klingel ist etwas versteckt (Seiteneingang).\\nViel Erfolg!\\nJana Möbius\\nSenior Consultant Banking & Finance\\nFinTalent Partners
    LOCATION:Weidner Privatbankiers\\, Beethovenstraße 8\\, 04107 Leipzig
    ORGANIZER;CN=Jana Möbius:mailto:jana.moebius@fintalentpartners.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Philipp Weidner:mailto:philipp.weidner@weidner-privatbankiers.de
    ATTENDEE;CN=Ralf Kasper:mailto:ralf.kasper@weidner-privatbankiers.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("agency-title-company-de", cal(body, "-//Google Inc//Google Calendar 70.9054//EN", "REQUEST",
                                                   "berlin"), uid, 1, "Weidner Privatbankiers",
                    "Relationship Manager Private Clients", "hiring_manager",
                    "philipp.weidner@weidner-privatbankiers.de;ralf.kasper@weidner-privatbankiers.de",
                    "agency-named-employer-de", "Weidner"))

    # 34 all-day Assessment-Center, hand-typed
    uid = "2n5q8t1w4z7c0f3i6l9o2r5u8x@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;VALUE=DATE:20260422
    DTEND;VALUE=DATE:20260423
    DTSTAMP:20260410T211500Z
    UID:{uid}
    CREATED:20260410T211500Z
    DESCRIPTION:8:30 Empfang\\, Gruppendiskussion\\, Kundengespräch-Rollenspiel\\, Präsentation\\, Einzelinterview mit Fr. Rehm (Bereichsleitung PB). Business-Outfit!!
    LOCATION:MDVB Zentrale\\, Augustusplatz 10\\, Leipzig
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Assessment-Center MDVB (Berater Private Banking)
    TRANSP:TRANSPARENT
    END:VEVENT
    """
    out.append(item("allday-ac-de", cal(body, "-//Google Inc//Google Calendar 70.9054//EN", "PUBLISH"), uid, 1,
                    "MDVB", "Berater Private Banking", "onsite", "Fr. Rehm", "all-day-assessment-center-de",
                    "Mitteldeutsche Vermögensbank|Mitteldeutsche Vermögensbank AG"))

    # 35 recurring two-day assessment with an override (same UID)
    uid = "ac-hv-2026-05-vogel@hanseatische-vorsorge.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260424T090000Z
    DTSTART;TZID=Europe/Berlin:20260506T090000
    DTEND;TZID=Europe/Berlin:20260506T160000
    RRULE:FREQ=DAILY;COUNT=2
    SUMMARY:Assessment-Center Finanzberater:in Vorsorge – Hanseatische Vorsorge
    DESCRIPTION:Liebe Frau Vogel\\,\\nwir freuen uns\\, Sie zu unserem zweitägigen Assessment-Center in Berlin begrüßen zu dürfen. Beobachter: Kerstin Maaß (Regionaldirektion Ost)\\, Jan Feldmann (Personalentwicklung).\\nTag 2 endet mit den Einzelfeedbacks.\\nHanseatische Vorsorge AG\\, Recruiting
    LOCATION:Hanseatische Vorsorge\\, Kurfürstendamm 180\\, 10707 Berlin
    ORGANIZER;CN=Recruiting Hanseatische Vorsorge:mailto:recruiting@hanseatische-vorsorge.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Kerstin Maaß:mailto:kerstin.maass@hanseatische-vorsorge.de
    ATTENDEE;CN=Jan Feldmann:mailto:jan.feldmann@hanseatische-vorsorge.de
    SEQUENCE:1
    STATUS:CONFIRMED
    END:VEVENT
    BEGIN:VEVENT
    UID:{uid}
    RECURRENCE-ID;TZID=Europe/Berlin:20260507T090000
    DTSTAMP:20260424T090000Z
    DTSTART;TZID=Europe/Berlin:20260507T083000
    DTEND;TZID=Europe/Berlin:20260507T130000
    SUMMARY:Assessment-Center Finanzberater:in Vorsorge – Tag 2 (verkürzt)
    DESCRIPTION:Tag 2 beginnt bereits um 8:30 und endet nach den Einzelfeedbacks gegen 13 Uhr.
    LOCATION:Hanseatische Vorsorge\\, Kurfürstendamm 180\\, 10707 Berlin
    ORGANIZER;CN=Recruiting Hanseatische Vorsorge:mailto:recruiting@hanseatische-vorsorge.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Kerstin Maaß:mailto:kerstin.maass@hanseatische-vorsorge.de
    ATTENDEE;CN=Jan Feldmann:mailto:jan.feldmann@hanseatische-vorsorge.de
    SEQUENCE:1
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("recurring-override-ac-de", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                                    "REQUEST", "berlin"), uid, 1, "Hanseatische Vorsorge",
                    "Finanzberater:in Vorsorge", "onsite",
                    "kerstin.maass@hanseatische-vorsorge.de;jan.feldmann@hanseatische-vorsorge.de",
                    "recurring-override-assessment-de", "Hanseatische Vorsorge AG"))

    # 36 hand-typed on iPhone, second round with a sales director of the insurer
    uid = "9C2F0B61-4D8E-4A77-B3E5-1F6A2C9D8E04"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260316T121000Z
    CREATED:20260316T120955Z
    DTSTART;TZID=Europe/Berlin:20260323T100000
    DTEND;TZID=Europe/Berlin:20260323T113000
    SUMMARY:Elbe Leben 2. Gespräch Hr. Tietz (Vertriebsdirektor)
    LOCATION:Elbe Leben Regionaldirektion\\, Richard-Wagner-Str. 1\\, Leipzig
    DESCRIPTION:Urlaub eintragen! Fr. Krüger sagt: er fragt gern nach Abschlussquoten
    TRANSP:OPAQUE
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Erinnerung
    TRIGGER:-PT1H
    END:VALARM
    END:VEVENT
    """
    out.append(item("ios-hand-2nd-round-de", cal(body, APPLE, "", "berlin"), uid, 1, "Elbe Leben", "",
                    "hiring_manager", "Hr. Tietz", "hand-typed-second-round-de",
                    "Elbe Leben Versicherungsverein a.G.|Elbe Leben Versicherungsverein"))

    # 37 Outlook, leasing company, presentation task
    uid = "040000008200E00074C5B7101A82E00800000000C3D6E9F20C1ADD0100000000000000001000000012AB34CD56EF7890ABCD"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    ORGANIZER;CN="Böhme, Ulrike":mailto:ulrike.boehme@leasingpartner-saxonia.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vogel.lpz@web.de:mailto:{ME_FREE}
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Grünert, Falk":mailto:falk.gruenert@leasingpartner-saxonia.de
    ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Beamer mobil 2":mailto:beamer2@leasingpartner-saxonia.de
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Konferenzraum Zwickau":mailto:kr-zwickau@leasingpartner-saxonia.de
    SUMMARY;LANGUAGE=de-DE:2. Runde: Präsentation Fr. Vogel – Finanzierungsberaterin Mittelstand
    DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogel\\,\\n\\nwie angekündigt bitten wir Sie\\, Ihre Ausarbeitung zum Fallbeispiel (Maschinenfinanzierung für einen Zulieferer\\, Leasing vs. Darlehen) in 20 Minuten vorzustellen. Anschließend Fragen von Herrn Grünert (Vertriebsleiter) und mir.\\n\\nFreundliche Grüße\\nUlrike Böhme\\nPersonal\\nLeasingpartner Saxonia GmbH
    DTSTART;TZID=W. Europe Standard Time:20260508T100000
    DTEND;TZID=W. Europe Standard Time:20260508T113000
    DTSTAMP:20260429T140000Z
    LOCATION;LANGUAGE=de-DE:Konferenzraum Zwickau
    STATUS:CONFIRMED
    SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """
    out.append(item("outlook-resource-presentation-de", cal(body, OUTLOOK, "REQUEST", "win"), uid, 1,
                    "Leasingpartner Saxonia", "Finanzierungsberaterin Mittelstand", "technical",
                    "falk.gruenert@leasingpartner-saxonia.de;ulrike.boehme@leasingpartner-saxonia.de",
                    "outlook-resource-room-case-de", "Leasingpartner Saxonia GmbH"))

    # 38 public development bank, selection panel with observers
    uid = "AUSWAHL-2026-014-03@aufbaubank-md.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260413T071500Z
    DTSTART;TZID=Europe/Berlin:20260420T130000
    DTEND;TZID=Europe/Berlin:20260420T140000
    SUMMARY:Auswahlgespräch Ausschreibung 014/2026 – Förderberater/in Wohnungsbau (E11 TV-L)
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nwir laden Sie zum Auswahlgespräch ein. Der Auswahlkommission gehören an: Frau Gudrun Pech (Abteilungsleiterin Wohnungsbauförderung)\\, Herr Mirko Seifert (Referatsleiter). Als Beobachtende nehmen der Personalrat und die Gleichstellungsbeauftragte teil.\\n\\nAufbaubank Mitteldeutschland – Anstalt des öffentlichen Rechts\\nPersonalreferat
    LOCATION:Pirnaische Straße 9\\, 01069 Dresden\\, Raum 2.104
    ORGANIZER;CN=Personalreferat:mailto:personal@aufbaubank-md.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Gudrun Pech:mailto:gudrun.pech@aufbaubank-md.de
    ATTENDEE;CN=Mirko Seifert:mailto:mirko.seifert@aufbaubank-md.de
    ATTENDEE;CN=Personalrat;ROLE=NON-PARTICIPANT:mailto:personalrat@aufbaubank-md.de
    ATTENDEE;CN=Gleichstellungsbeauftragte;ROLE=NON-PARTICIPANT:mailto:gleichstellung@aufbaubank-md.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("public-panel-de", cal(body, "-//Aufbaubank Mitteldeutschland//Bewerbermanagement//DE", "REQUEST",
                                           "berlin"), uid, 1, "Aufbaubank Mitteldeutschland",
                    "Förderberater/in Wohnungsbau", "",
                    "gudrun.pech@aufbaubank-md.de;mirko.seifert@aufbaubank-md.de", "public-panel-observers-de"))
    return out
