# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: the user's own interviews, Austrian German invitations (part 2: time shapes, tools)."""

from __future__ import annotations

from holdout95ev_ics import TEAMS_DE, WEBEX_DE, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []


def add(kind: str, text: str, *rows: Row) -> None:
    EVENTS.append(Event(kind, text, list(rows)))


# 17 recurring trial days with an override (same UID)
add("recurring-trialdays-de", cal(r"""BEGIN:VEVENT
UID:probetag-kollmann-reiter-2025@kollmann-reiter.at
DTSTAMP:20251028T080000Z
DTSTART;TZID=Europe/Vienna:20251104T080000
DTEND;TZID=Europe/Vienna:20251104T120000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Probearbeit Bilanzbuchhaltung – Kollmann & Reiter
ORGANIZER;CN=Mag. Sonja Reiter:mailto:s.reiter@kollmann-reiter.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Kollmann & Reiter Steuerberatung OG\, Annenstraße 51\, 8020 Graz
DESCRIPTION:Zwei Vormittage Probearbeit: Sie bearbeiten echte (anonymisierte) Klientenfälle – Umsatzsteuervoranmeldung\, Saldenlisten\, Abschlussvorbereitung. Am Ende jedes Vormittags besprechen wir die Ergebnisse. Ansprechpartnerin: Mag. Sonja Reiter (Partnerin).
END:VEVENT
BEGIN:VEVENT
UID:probetag-kollmann-reiter-2025@kollmann-reiter.at
RECURRENCE-ID;TZID=Europe/Vienna:20251105T080000
DTSTAMP:20251030T093000Z
DTSTART;TZID=Europe/Vienna:20251105T120000
DTEND;TZID=Europe/Vienna:20251105T160000
SEQUENCE:1
SUMMARY:Probearbeit Bilanzbuchhaltung – Kollmann & Reiter (Tag 2\, nachmittags)
ORGANIZER;CN=Mag. Sonja Reiter:mailto:s.reiter@kollmann-reiter.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Kollmann & Reiter Steuerberatung OG\, Annenstraße 51\, 8020 Graz
DESCRIPTION:Tag 2 verschoben auf den Nachmittag – danach Abschlussgespräch mit Mag. Sonja Reiter und Mag. Paul Kollmann.
END:VEVENT""", "-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", tz=tz_vienna()),
    Row("probetag-kollmann-reiter-2025@kollmann-reiter.at", 1, "Kollmann & Reiter Steuerberatung",
        "Bilanzbuchhaltung", "technical", "s.reiter@kollmann-reiter.at", "recurring-override-trialday-de"))

# 18 cancelled by the employer (METHOD:CANCEL)
add("outlook-cancel-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Pucher, Andreas":mailto:andreas.pucher@stadtwerke-weizberg.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lang, Herta":mailto:herta.lang@stadtwerke-weizberg.at
SUMMARY;LANGUAGE=de-AT:Abgesagt: Vorstellungsgespräch Leitung Rechnungswesen
DTSTART;TZID=W. Europe Standard Time:20251017T100000
DTEND;TZID=W. Europe Standard Time:20251017T110000
UID:040000008200E00074C5B7101A82E0080000000088C0F0E5F93BDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
DTSTAMP:20251013T144210Z
STATUS:CANCELLED
SEQUENCE:2
PRIORITY:1
LOCATION;LANGUAGE=de-AT:Stadtwerke Weizberg\, Verwaltung\, Sitzungszimmer
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\nleider müssen wir den Termin aus internen Gründen absagen. Wir melden uns mit einem neuen Terminvorschlag.\nMfG Andreas Pucher\, Prokurist
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT""", "Microsoft Exchange Server 2010", method="CANCEL", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E0080000000088C0F0E5F93BDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56", 1,
        "Stadtwerke Weizberg", "Leitung Rechnungswesen", "",
        "andreas.pucher@stadtwerke-weizberg.at;herta.lang@stadtwerke-weizberg.at", "cancelled-method-cancel-de"))

# 19 rescheduled (SEQUENCE bump, new time), private bank, Teams
add("outlook-rescheduled-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Schweighofer, Nadine":mailto:nadine.schweighofer@privatbank-sackstrasse.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Mag. Krenn, Thomas":mailto:thomas.krenn@privatbank-sackstrasse.at
SUMMARY;LANGUAGE=de-AT:NEUER TERMIN: Bewerbungsgespräch Senior Accountant Meldewesen/Bilanzierung
DTSTART;TZID=W. Europe Standard Time:20251029T140000
DTEND;TZID=W. Europe Standard Time:20251029T150000
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000778899AABBCCDDEEFF00112233445566
DTSTAMP:20251023T081500Z
SEQUENCE:3
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Pichler\,\nwie telefonisch besprochen verschieben wir unser Gespräch von Montag auf Mittwoch\, 29.10.\, 14:00 Uhr. Ich (HR) lade nur ein – das Gespräch führt Mag. Thomas Krenn\, Leiter Rechnungswesen & Meldewesen der Privatbank Sackstraße AG.\n\n""" + TEAMS_DE.format(mid="OGM1ZjU2YTAtNDQ", mid3="517", pw="Ve9Lm3") + r"""
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000778899AABBCCDDEEFF00112233445566", 1,
        "Privatbank Sackstraße", "Senior Accountant Meldewesen/Bilanzierung", "hiring_manager",
        "thomas.krenn@privatbank-sackstrasse.at", "rescheduled-sequence-de"))

# 20 all-day assessment centre, housing cooperative
add("allday-assessment-de", cal(r"""BEGIN:VEVENT
UID:ac-2025-11-wbg-muerztal-07@wbg-muerztal.at
DTSTAMP:20251021T120000Z
DTSTART;VALUE=DATE:20251119
DTEND;VALUE=DATE:20251120
SUMMARY:Assessment Center – Leitung Rechnungswesen (Wohnbaugenossenschaft Mürztal)
ORGANIZER;CN=Personalentwicklung WBG Mürztal:mailto:personal@wbg-muerztal.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Wohnbaugenossenschaft Mürztal eGen\, Wiener Straße 12\, 8680 Mürzzuschlag
DESCRIPTION:Ablauf (8:30–16:00): Begrüßung\, Fallstudie Betriebskostenabrechnung\, Präsentation\, Einzelinterview mit Vorstand Ing. Alfred Ebner und Prokuristin Mag. Gudrun Stix\, Feedback. Verpflegung wird gestellt.
TRANSP:TRANSPARENT
END:VEVENT""", "-//WBG Muerztal//Bewerbermanagement 3.2//DE", method="REQUEST"),
    Row("ac-2025-11-wbg-muerztal-07@wbg-muerztal.at", 1, "Wohnbaugenossenschaft Mürztal", "Leitung Rechnungswesen",
        "onsite", "Alfred Ebner;Gudrun Stix", "allday-assessment-center-de"))

# 21 iOS floating, hand-typed phone screen
add("ios-floating-phone-de", cal(r"""BEGIN:VEVENT
UID:C3A1F0D2-77E4-4B9A-8F1C-0D2E3F4A5B6C
DTSTAMP:20251006T064512Z
DTSTART:20251008T123000
DTEND:20251008T130000
SUMMARY:Tel. Fr. Gruber – Soziale Dienste Stmk. (Stelle Finanzbuchhaltung)
DESCRIPTION:ruft mich an\, Mittagspause! Erstes Tel.-Interview\, HR
END:VEVENT""", "-//Apple Inc.//iOS 18.6//EN"),
    Row("C3A1F0D2-77E4-4B9A-8F1C-0D2E3F4A5B6C", 1, "Soziale Dienste Steiermark", "Finanzbuchhaltung", "recruiter_screen",
        "Gruber", "ios-floating-phone-screen-de"))

# 22 Google export with X-WR-TIMEZONE, UTC times, second round at the same employer via iCloud mail
add("google-xwr-second-de", cal(r"""BEGIN:VEVENT
DTSTART:20251113T090000Z
DTEND:20251113T100000Z
DTSTAMP:20251105T171100Z
ORGANIZER;CN=Markus Eibl:mailto:markus.eibl@icloud.com
UID:3ov1c2m8q5n7p9r0s4t6u8w0yb@google.com
ATTENDEE;CN=Katharina Pichler;PARTSTAT=ACCEPTED:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Markus Eibl;PARTSTAT=ACCEPTED:mailto:markus.eibl@icloud.com
SUMMARY:2. Gespräch Fr. Pichler
DESCRIPTION:Hallo Frau Pichler\, wie besprochen das zweite Gespräch bei uns im Büro in der Elisabethstraße (Soziale Dienste Steiermark gGmbH\, Geschäftsführung). Mit dabei ist unsere Obfrau Dr.in Hannelore Fink.\nLG Markus Eibl (GF)
LOCATION:Elisabethstraße 38\, 8010 Graz
STATUS:CONFIRMED
END:VEVENT""", "-//Google Inc//Google Calendar 70.9054//EN", head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Katharina privat",
                                                                  "X-WR-TIMEZONE:Europe/Vienna")),
    Row("3ov1c2m8q5n7p9r0s4t6u8w0yb@google.com", 1, "Soziale Dienste Steiermark", "", "",
        "markus.eibl@icloud.com;Hannelore Fink", "xwr-timezone-freemail-gf-de"))

# 23 onlyfy (prescreen) invitation, dairy cooperative
add("onlyfy-de", cal(r"""BEGIN:VEVENT
UID:onlyfy-appt-55201-77cc@onlyfy.jobs
DTSTAMP:20251002T101500Z
DTSTART;TZID=Europe/Vienna:20251010T100000
DTEND;TZID=Europe/Vienna:20251010T110000
SUMMARY:Vorstellungsgespräch – Bilanzbuchhalter*in – Ennstaler Molkerei
ORGANIZER;CN=Ennstaler Molkerei eGen:mailto:bewerbung@ennstaler-molkerei.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Wolfgang Pichlmaier:mailto:w.pichlmaier@ennstaler-molkerei.at
LOCATION:Molkereistraße 1\, 8940 Liezen
DESCRIPTION:Guten Tag Frau Pichler\,\nwir laden Sie zu einem persönlichen Gespräch mit Herrn Wolfgang Pichlmaier (Leitung Finanzen) ein.\nTermin bestätigen/ändern: https://app.onlyfy.jobs/candidate/appointments/55201\nMit freundlichen Grüßen\, Ihr Ennstaler-Team
END:VEVENT""", "-//onlyfy by XING//Appointments//DE", method="REQUEST", tz=tz_vienna()),
    Row("onlyfy-appt-55201-77cc@onlyfy.jobs", 1, "Ennstaler Molkerei", "Bilanzbuchhalter*in", "hiring_manager",
        "w.pichlmaier@ennstaler-molkerei.at", "onlyfy-prescreen-de"))

# 24 Webex, federal agency in Vienna, first interview
add("webex-public-de", cal(r"""BEGIN:VEVENT
UID:webex-2384185384-oealp@webex.com
DTSTAMP:20251016T080000Z
DTSTART;TZID=Europe/Vienna:20251024T090000
DTEND;TZID=Europe/Vienna:20251024T100000
SUMMARY:Auswahlgespräch Leitung Kreditorenbuchhaltung (GZ 2025-0815)
ORGANIZER;CN=Mag. Lukas Hofbauer:mailto:lukas.hofbauer@oealp.gv.at
ATTENDEE;CN=Mag. Lukas Hofbauer;ROLE=CHAIR:mailto:lukas.hofbauer@oealp.gv.at
ATTENDEE;CN=Ingrid Sommer:mailto:ingrid.sommer@oealp.gv.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Österreichische Agentur für Lebensmittelprüfung – Abteilung Finanzen\n\nSehr geehrte Frau Pichler\, das Auswahlgespräch findet online statt. Gesprächsführung: Mag. Lukas Hofbauer (Abteilungsleiter Finanzen)\, Ingrid Sommer (Gleichbehandlungsbeauftragte\, Beobachterin).\n\n""" + WEBEX_DE.format(site="oealp", mid="9b2c7d1e4f", mid3="384", pw="Oealp25!") + r"""
LOCATION:Webex
END:VEVENT""", "-//Cisco//Webex//EN", method="REQUEST", tz=tz_vienna()),
    Row("webex-2384185384-oealp@webex.com", 1, "Österreichische Agentur für Lebensmittelprüfung",
        "Leitung Kreditorenbuchhaltung", "", "lukas.hofbauer@oealp.gv.at", "webex-public-observer-de"))

# 25 Outlook with a room; employer in the summary only as acronym
add("outlook-room-acronym-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Kainz, Barbara":mailto:barbara.kainz@fas-automotive.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Friedl, Johannes":mailto:johannes.friedl@fas-automotive.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="GL-EG-Besprechung Feistritz":mailto:room.gl-eg@fas-automotive.at
SUMMARY:FAS | Interview Senior Accountant Hauptbuch – K. Pichler
DTSTART;TZID=W. Europe Standard Time:20251105T133000
DTEND;TZID=W. Europe Standard Time:20251105T150000
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F60ADC01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
DTSTAMP:20251027T120000Z
LOCATION:GL-EG-Besprechung Feistritz
DESCRIPTION:Grüß Gott Frau Pichler\,\nanbei die Einladung zum Vor-Ort-Interview bei Feistritz Automotive Systems in Ilz. Ihre Gesprächspartner: Johannes Friedl (Head of Accounting) und ich (Barbara Kainz\, HR Business Partner).\nAm Werkstor bitte bei der Portierloge melden.
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000B2C3D4E5F60ADC01000000000000000010000000123456789ABCDEF0123456789ABCDEF0", 1,
        "Feistritz Automotive Systems", "Senior Accountant Hauptbuch", "onsite",
        "johannes.friedl@fas-automotive.at;barbara.kainz@fas-automotive.at", "outlook-room-acronym-de"))

# 26 agency sends the client's onsite (employer named), two interviewers
add("agency-onsite-de", cal(r"""BEGIN:VEVENT
UID:spf-2025-10-0931-pichler@steirer-personal.at
DTSTAMP:20251008T100000Z
DTSTART;TZID=Europe/Vienna:20251015T083000
DTEND;TZID=Europe/Vienna:20251015T100000
SUMMARY:Interview Hochschwab Versicherung AG – Teamleitung Bilanzierung
ORGANIZER;CN=Mag. Verena Krall (Steirer Personal & Finanz):mailto:v.krall@steirer-personal.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Hochschwab Versicherung AG\, Joanneumring 6\, 8010 Graz\, Empfang EG
DESCRIPTION:Liebe Frau Pichler\,\nanbei der fixierte Termin bei der Hochschwab Versicherung:\nGesprächspartner: Dr. Michael Url (CFO)\, Mag.a Karin Wuthe (HR)\nDresscode: Business. Bitte melden Sie sich danach kurz telefonisch bei mir!\nVerena Krall\nSteirer Personal & Finanz GmbH
END:VEVENT""", "-//Steirer Personal//Kalender//DE", method="REQUEST", tz=tz_vienna()),
    Row("spf-2025-10-0931-pichler@steirer-personal.at", 1, "Hochschwab Versicherung", "Teamleitung Bilanzierung", "onsite",
        "Michael Url;Karin Wuthe", "agency-names-employer-onsite-de"))

# 27 Workable, German template, construction firm
add("workable-de", cal(r"""BEGIN:VEVENT
UID:workable-evt-7fa2b9c1e05d@workable.com
DTSTAMP:20251014T090500Z
DTSTART:20251017T080000Z
DTEND:20251017T084500Z
SUMMARY:Vorstellungsgespräch: Katharina Pichler für Senior Buchhalter (m/w/d)
ORGANIZER;CN=Oberkofler Bau GmbH:mailto:noreply@workablemail.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Renate Oberkofler:mailto:renate.oberkofler@oberkofler-bau.at
DESCRIPTION:Videogespräch mit Renate Oberkofler (Prokuristin\, Finanzen).\nBeitreten: https://meet.google.com/xdu-pqrw-tzn\n\nOberkofler Bau GmbH\, Gleisdorf – gesendet über Workable
LOCATION:https://meet.google.com/xdu-pqrw-tzn
END:VEVENT""", "-//Workable//Workable Calendar//EN", method="REQUEST"),
    Row("workable-evt-7fa2b9c1e05d@workable.com", 1, "Oberkofler Bau", "Senior Buchhalter (m/w/d)", "",
        "renate.oberkofler@oberkofler-bau.at", "workable-de"))

# 28 phone screen from HR of a power company, sent to the work address by mistake
add("outlook-phone-work-address-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Zotter-Lind, Melanie":mailto:melanie.zotter-lind@kw-ennspalten.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
SUMMARY:Tel. Erstgespräch Senior Accountant – Kraftwerksgesellschaft Enns-Palten
DTSTART;TZID=W. Europe Standard Time:20251106T073000
DTEND;TZID=W. Europe Standard Time:20251106T080000
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A81BDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
DTSTAMP:20251103T130000Z
LOCATION:Telefon (Sie werden angerufen)
DESCRIPTION:Sehr geehrte Frau Pichler\,\nich rufe Sie wie vereinbart für ein kurzes Erstgespräch (Recruiting) an.\nFreundliche Grüße\nMelanie Zotter-Lind\, Recruiting\nKraftwerksgesellschaft Enns-Palten GmbH
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000C4D5E6F7A81BDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB", 1,
        "Kraftwerksgesellschaft Enns-Palten", "Senior Accountant", "recruiter_screen",
        "melanie.zotter-lind@kw-ennspalten.at", "phone-screen-work-address-de"))

# 29 Teams, municipal parking company, three interviewers, no stage
add("teams-panel-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Reisinger, Klaus":mailto:klaus.reisinger@parkraum-graz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hammer, Doris":mailto:doris.hammer@parkraum-graz.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Temmel, Oliver":mailto:oliver.temmel@parkraum-graz.at
SUMMARY:Bewerbungsgespräch Referent:in Rechnungswesen
DTSTART;TZID=W. Europe Standard Time:20250923T130000
DTEND;TZID=W. Europe Standard Time:20250923T140000
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C92BDC01000000000000000010000000DEADBEEF00112233445566778899AABB
DTSTAMP:20250916T110000Z
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Parkraum Graz GmbH\n\n""" + TEAMS_DE.format(mid="YjE3ZTQ1NzAtOWM", mid3="226", pw="pG5hTq") + r"""
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000E5F6A7B8C92BDC01000000000000000010000000DEADBEEF00112233445566778899AABB", 1,
        "Parkraum Graz", "Referent:in Rechnungswesen", "",
        "klaus.reisinger@parkraum-graz.at;doris.hammer@parkraum-graz.at;oliver.temmel@parkraum-graz.at", "teams-body-company-only-de"))
