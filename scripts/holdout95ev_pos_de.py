# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: the user's own interviews, Austrian German invitations (part 1)."""

from __future__ import annotations

from holdout95ev_ics import MEET_DE, TEAMS_DE, UTC_PLUS1_WIN, ZOOM_DE, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []


def add(kind: str, text: str, *rows: Row) -> None:
    EVENTS.append(Event(kind, text, list(rows)))


# 1 Google Calendar, direct from the Kanzlei's office manager (coordinator), Meet
add("google-meet-de", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251006T100000
DTEND;TZID=Europe/Vienna:20251006T110000
DTSTAMP:20250929T081512Z
ORGANIZER;CN=Bettina Url:mailto:bettina.url@rauchenberger-stb.at
UID:5k2r9aq0p7m3vt1hd8c4e6b2lo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bettina Url;X-NUM-GUESTS=0:mailto:bettina.url@rauchenberger-stb.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=k.pichler.bh@aon.at;X-NUM-GUESTS=0:mailto:k.pichler.bh@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julia Fasching;X-NUM-GUESTS=0:mailto:julia.fasching@rauchenberger-stb.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Gerhard Rauchenberger;X-NUM-GUESTS=0:mailto:g.rauchenberger@rauchenberger-stb.at
X-GOOGLE-CONFERENCE:https://meet.google.com/vqa-hmbt-kre
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nwie telefonisch besprochen laden wir Sie herzlich zum Gespräch mit Ihrer künftigen Teamleiterin StB Mag. Julia Fasching ein. Herr Mag. Rauchenberger (Partner) schaut nach Möglichkeit dazu.\nIch selbst kümmere mich nur um die Terminorganisation.\n\nPosition: Senior Bilanzbuchhalter/in (Vollzeit\, Graz)\n\nLiebe Grüße\nBettina Url\nKanzleiorganisation\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n""" + MEET_DE.format(code="vqa-hmbt-kre", pin="918") + r"""\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Senior Bilanzbuchhalter/in – Katharina Pichler
TRANSP:OPAQUE
END:VEVENT""", "-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", tz=tz_vienna(), head=("CALSCALE:GREGORIAN",)),
    Row("5k2r9aq0p7m3vt1hd8c4e6b2lo@google.com", 1, "Rauchenberger & Partner Steuerberatung", "Senior Bilanzbuchhalter/in",
        "hiring_manager", "julia.fasching@rauchenberger-stb.at;g.rauchenberger@rauchenberger-stb.at", "google-meet-de"))

# 2 Outlook, Windows zone name, SENT-BY assistant, X-ALT-DESC, room resource
add("outlook-room-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Hollerer, Martin";SENT-BY="mailto:sekretariat@hollerer-treuhand.at":mailto:martin.hollerer@hollerer-treuhand.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kogler, Petra":mailto:petra.kogler@hollerer-treuhand.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LE Besprechungsraum 2 (8 Pers.)":mailto:br2.leoben@hollerer-treuhand.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie persönlich kennenlernen. Am Gespräch nehmen Mag. Martin Hollerer (Geschäftsführer\, WP/StB) und Petra Kogler (Personal) teil.\n\nBitte melden Sie sich beim Empfang im 1. Stock. Parkplätze im Innenhof.\n\nMit freundlichen Grüßen\ni.A. Sandra Hötzl\nSekretariat\n\nHollerer Treuhand Wirtschaftsprüfung GmbH | Franz-Josef-Straße 14 | 8700 Leoben\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C6B1E132DC01000000000000000010000000C1D2B8E49F0A6C4F9E3E3B17D4A1C2F0
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Leitung Rechnungswesen – Fr. Pichler
DTSTART;TZID=W. Europe Standard Time:20251014T140000
DTEND;TZID=W. Europe Standard Time:20251014T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T071944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:LE Besprechungsraum 2 (8 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Pichler\,</p><p>vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie persönlich kennenlernen. Am Gespräch nehmen Mag. Martin Hollerer (Geschäftsführer\, WP/StB) und Petra Kogler (Personal) teil.</p><p>Mit freundlichen Grüßen<br>i.A. Sandra Hötzl</p></body></html>
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000A0F3C6B1E132DC01000000000000000010000000C1D2B8E49F0A6C4F9E3E3B17D4A1C2F0", 1,
        "Hollerer Treuhand", "Leitung Rechnungswesen", "",
        "martin.hollerer@hollerer-treuhand.at;petra.kogler@hollerer-treuhand.at", "outlook-room-sentby-de"))

# 3 Personio phone screen, company in organizer CN, phone
add("personio-phone-de", cal(r"""BEGIN:VEVENT
UID:personio-interview-4471923-1f0c
DTSTAMP:20250915T120301Z
DTSTART:20250918T070000Z
DTEND:20250918T073000Z
SUMMARY:Telefoninterview | Bilanzbuchhalter:in (m/w/d) | Katharina Pichler
ORGANIZER;CN=Holzwerk Lassnig GmbH:mailto:lassnig-holz-jobs@mail.personio.de
ATTENDEE;CN=Sandra Pölzl;ROLE=REQ-PARTICIPANT:mailto:sandra.poelzl@lassnig-holz.at
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Telefon – Frau Pölzl ruft Sie unter +43 664 3382 117 an
DESCRIPTION:Hallo Katharina\,\n\nvielen Dank für dein Interesse an Holzwerk Lassnig! Wie besprochen ruft dich Sandra Pölzl (HR Business Partner) für ein erstes telefonisches Kennenlernen (ca. 30 Minuten) an.\n\nFalls der Termin doch nicht passt\, gib uns bitte über den folgenden Link Bescheid: https://lassnig-holz.jobs.personio.de/appointment/4471923\n\nBeste Grüße\nDein Team von Holzwerk Lassnig
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT""", "-//Personio GmbH//Personio Calendar//DE", method="REQUEST"),
    Row("personio-interview-4471923-1f0c", 1, "Holzwerk Lassnig", "Bilanzbuchhalter:in (m/w/d)", "recruiter_screen",
        "sandra.poelzl@lassnig-holz.at", "personio-phone-screen-de"))

# 4 iOS, hand-typed by the user, abbreviations, no attendees
add("ios-handtyped-de", cal(r"""BEGIN:VEVENT
CREATED:20251008T175204Z
DTEND;TZID=Europe/Vienna:20251016T150000
DTSTAMP:20251008T175231Z
DTSTART;TZID=Europe/Vienna:20251016T140000
LAST-MODIFIED:20251008T175231Z
LOCATION:Kernöl-Manufaktur\, Industriestraße 7\, 8200 Gleisdorf
SEQUENCE:0
SUMMARY:VG Kernöl Gleisdorf – Buchhaltungsleitung
DESCRIPTION:Fr. Andrea Wagner-Hödl (GF) + Hr. Rossmann (Steuerberater\, extern)\nmitnehmen: Zeugnisse\, BiBu-Diplom\, Gehaltsvorstellung 4.300 brutto\nParken hinter Halle B
UID:8E0A7E4B-2C55-4B0B-9A3D-6F3A1F7D2C90
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H
UID:0F5B8D6E-1A2B-4C3D-8E9F-0A1B2C3D4E5F
END:VALARM
END:VEVENT""", "-//Apple Inc.//iOS 18.6//EN", tz=tz_vienna()),
    Row("8E0A7E4B-2C55-4B0B-9A3D-6F3A1F7D2C90", 1, "Kernöl-Manufaktur Gleisdorf", "Buchhaltungsleitung", "",
        "Andrea Wagner-Hödl;Rossmann", "ios-handtyped-abbrev-de"))

# 5 softgarden, interviewers only named in body
add("softgarden-de", cal(r"""BEGIN:VEVENT
UID:sg-appointment-88c1f2e0-77b4-4a8e-9b1e-5d0d2c1b0a77@softgarden.io
DTSTAMP:20251020T091100Z
DTSTART;TZID=Europe/Vienna:20251103T090000
DTEND;TZID=Europe/Vienna:20251103T100000
SUMMARY:Einladung zum Vorstellungsgespräch: Senior Accountant (w/m/d)
ORGANIZER;CN="Brauerei Schöckl GmbH via softgarden":mailto:no-reply@softgarden.io
ATTENDEE;CN=Katharina Pichler;PARTSTAT=ACCEPTED:mailto:k.pichler.bh@aon.at
LOCATION:Brauerei Schöckl\, Verwaltungsgebäude\, Brauhausgasse 3\, 8044 Graz
DESCRIPTION:Sehr geehrte Frau Pichler\,\n\nSie haben folgenden Termin bestätigt:\nZweitgespräch mit dem kaufmännischen Leiter\n\nIhre Gesprächspartner:\n- Harald Strobl\, Kaufmännischer Leiter\n- Nina Fuchs\, HR\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\nDiese Nachricht wurde automatisch über softgarden e-recruiting versendet.
STATUS:CONFIRMED
END:VEVENT""", "-//softgarden e-recruiting GmbH//Appointment//DE", method="PUBLISH", tz=tz_vienna()),
    Row("sg-appointment-88c1f2e0-77b4-4a8e-9b1e-5d0d2c1b0a77@softgarden.io", 1, "Brauerei Schöckl", "Senior Accountant (w/m/d)",
        "hiring_manager", "Harald Strobl;Nina Fuchs", "softgarden-body-names-de"))

# 6 Teamtailor screen, brand acronym in title
add("teamtailor-teams-de", cal(r"""BEGIN:VEVENT
UID:tt-meeting-31f9c2a6d8@teamtailor.com
DTSTAMP:20250922T134500Z
DTSTART:20250925T113000Z
DTEND:20250925T120000Z
SUMMARY:Interview mit KMT – Katharina Pichler
ORGANIZER;CN=Lisa Moser:mailto:lisa.moser@kmt-motorenteile.at
ATTENDEE;CN=Lisa Moser;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lisa.moser@kmt-motorenteile.at
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Hi Katharina\,\n\nschön\, dass es klappt! Kurzes Kennenlernen (30 Min.) mit Lisa aus dem Recruiting zur Stelle Senior Bilanzbuchhalter:in bei der Knittelfelder Motorenteile GmbH.\n\n""" + TEAMS_DE.format(mid="NjQ4ZTA3YjEtMmQ", mid3="481", pw="xK7pQ2") + r"""\n\nPowered by Teamtailor
LOCATION:Microsoft Teams-Besprechung
END:VEVENT""", "-//Teamtailor//Teamtailor Calendar//EN", method="REQUEST"),
    Row("tt-meeting-31f9c2a6d8@teamtailor.com", 1, "Knittelfelder Motorenteile", "Senior Bilanzbuchhalter:in",
        "recruiter_screen", "lisa.moser@kmt-motorenteile.at", "teamtailor-acronym-de"))

# 7 same company, final onsite; coordinator organises but does not interview
add("outlook-final-onsite-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Moser, Lisa":mailto:lisa.moser@kmt-motorenteile.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katharina Pichler":mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Zach, Bernhard":mailto:bernhard.zach@kmt-motorenteile.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Monika":mailto:monika.eder@kmt-motorenteile.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Besucherparkplatz 3":mailto:parkplatz3@kmt-motorenteile.at
SUMMARY;LANGUAGE=de-DE:Finales Gespräch vor Ort: Senior Bilanzbuchhalter:in (Pichler)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251021T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251021T113000
UID:040000008200E00074C5B7101A82E00800000000D04E2A3C0A3EDC01000000000000000010000000A77F0B2E61C9E64E8DB1D3E5F0C3B911
DTSTAMP:20251009T101205Z
LOCATION;LANGUAGE=de-DE:KMT Werk 1\, Bahnstraße 22\, 8720 Knittelfeld – Empfang
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Pichler\,\n\nwie besprochen die Einladung zur finalen Runde:\n09:00 Gespräch mit DI Bernhard Zach (CFO) und Monika Eder (Leitung Finanzen)\n10:30 Werksführung\n\nIch hole Sie beim Empfang ab und begleite Sie durch den Vormittag\, bin beim Gespräch selbst aber nicht dabei.\n\nBeste Grüße\nLisa Moser\nRecruiting
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST",
        tz=tz_windows(UTC_PLUS1_WIN)),
    Row("040000008200E00074C5B7101A82E00800000000D04E2A3C0A3EDC01000000000000000010000000A77F0B2E61C9E64E8DB1D3E5F0C3B911", 1,
        "Knittelfelder Motorenteile", "Senior Bilanzbuchhalter:in", "final",
        "bernhard.zach@kmt-motorenteile.at;monika.eder@kmt-motorenteile.at", "outlook-utc-zone-coordinator-de"))


# 8 SAP SuccessFactors, "Last, First" names, technical case, acronym domain
add("successfactors-case-de", cal(r"""BEGIN:VEVENT
UID:SF-INTV-KEG-000188412-2
DTSTAMP:20251013T060215Z
DTSTART;TZID=Europe/Vienna:20251023T130000
DTEND;TZID=Europe/Vienna:20251023T143000
SUMMARY:Interview: Senior Accountant Konzernrechnungswesen (Req 4471) - Pichler\, Katharina
ORGANIZER;CN="SAP SuccessFactors":mailto:noreply@successfactors.eu
ATTENDEE;CN="Trummer, Alois";ROLE=REQ-PARTICIPANT:mailto:alois.trummer@keg-edelstahl.at
ATTENDEE;CN="Haas, Verena";ROLE=REQ-PARTICIPANT:mailto:verena.haas@keg-edelstahl.at
ATTENDEE;CN="Pichler, Katharina";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Kapfenberg\, Mariazeller Straße 40\, Gebäude V\, 2. OG
DESCRIPTION:Interviewtyp: Fachgespräch inkl. Fallstudie (IFRS 15/16\, Konzernabschluss)\nDauer: 90 Minuten\nInterviewer: Trummer\, Alois (Leiter Konzernrechnungswesen)\; Haas\, Verena (Senior Accountant)\n\nKapfenberger Edelstahlguss AG – Karriere
STATUS:CONFIRMED
END:VEVENT""", "-//SAP SuccessFactors//Interview Scheduling//EN", method="REQUEST", tz=tz_vienna()),
    Row("SF-INTV-KEG-000188412-2", 1, "Kapfenberger Edelstahlguss", "Senior Accountant Konzernrechnungswesen",
        "technical", "alois.trummer@keg-edelstahl.at;verena.haas@keg-edelstahl.at", "successfactors-case-de"))

# 9 public body, Hearing before a commission, UTC+01 zone name, HR sends on behalf
add("outlook-public-hearing-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Personalabteilung WSEF";SENT-BY="mailto:r.gschwandtner@wsef.wien":mailto:personal@wsef.wien
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Dr. Wallner, Herbert":mailto:herbert.wallner@wsef.wien
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Mag. Binder-Kos, Ursula":mailto:ursula.binder-kos@wsef.wien
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Novak, Stefan (Betriebsrat)":mailto:stefan.novak@wsef.wien
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Gschwandtner, Renate":mailto:r.gschwandtner@wsef.wien
SUMMARY;LANGUAGE=de-AT:Hearing – Leitung Finanz- und Rechnungswesen (Ausschreibung 12/2025)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251112T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251112T110000
UID:040000008200E00074C5B7101A82E008000000006B7E9F1D8B51DC010000000000000000100000004E5D6C7B8A99AABBCCDDEEFF00112233
DTSTAMP:20251030T083000Z
LOCATION;LANGUAGE=de-AT:Wiener Stadtentwicklungsfonds\, Lerchenfelder Gürtel 9\, 1160 Wien\, Sitzungssaal 3
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Pichler\,\n\nwir freuen uns\, Sie nach der ersten Auswahlrunde zum abschließenden Hearing vor der Begutachtungskommission einzuladen (Vorsitz: Dr. Herbert Wallner\, Geschäftsführung\; Mag. Ursula Binder-Kos\, Leitung Controlling\; Stefan Novak\, Betriebsrat).\nBitte bereiten Sie eine Kurzpräsentation (10 Min.) zum Thema „Jahresabschluss nach UGB in einem Fonds öffentlichen Rechts“ vor.\n\nFrau Gschwandtner begleitet das Verfahren als Protokollführerin.\n\nMit freundlichen Grüßen\nPersonalabteilung
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows(UTC_PLUS1_WIN)),
    Row("040000008200E00074C5B7101A82E008000000006B7E9F1D8B51DC010000000000000000100000004E5D6C7B8A99AABBCCDDEEFF00112233", 1,
        "Wiener Stadtentwicklungsfonds", "Leitung Finanz- und Rechnungswesen", "final",
        "herbert.wallner@wsef.wien;ursula.binder-kos@wsef.wien;stefan.novak@wsef.wien", "public-hearing-commission-de"))

# 10 Thunderbird, the user copies a municipality's letter, floating time
add("thunderbird-municipality-de", cal(r"""BEGIN:VEVENT
CREATED:20251003T184411Z
LAST-MODIFIED:20251003T184702Z
DTSTAMP:20251003T184702Z
UID:2b7c4d9e-0f1a-4e55-b8a2-7c31d6e0f912
SUMMARY:Aufnahmegespräch Stadtgemeinde Lanzenbach (Finanzverwaltung)
DTSTART:20251009T083000
DTEND:20251009T093000
LOCATION:Rathaus Lanzenbach\, 1. Stock\, Zi. 14
DESCRIPTION:lt. Brief v. 1.10.: Kommission = Bgm. Johann Stelzer + StADir. Mag. Sabine Resch\nStelle: Leiter/in Buchhaltung (Finanzverwaltung)\, Verwendungsgruppe B\nmitbringen: Staatsbürgerschaftsnachweis\, Strafregisterbescheinigung\, Zeugnisse
X-MOZ-GENERATION:2
END:VEVENT""", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"),
    Row("2b7c4d9e-0f1a-4e55-b8a2-7c31d6e0f912", 1, "Stadtgemeinde Lanzenbach", "Leiter/in Buchhaltung", "",
        "Johann Stelzer;Sabine Resch", "thunderbird-floating-municipality-de"))

# 11 Calendly, the HR person is the host, company only in the body
add("calendly-phone-de", cal(r"""BEGIN:VEVENT
UID:ee3c1b0a-5f12-4d8c-9f5e-31c7b2a8d441
DTSTAMP:20250930T141501Z
DTSTART:20251002T080000Z
DTEND:20251002T083000Z
SUMMARY:Telefoninterview zwischen Elke Reinprecht und Katharina Pichler
ORGANIZER;CN=Elke Reinprecht:mailto:elke.reinprecht@bergmann-elektro.at
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.pichler.bh@aon.at
LOCATION:+43 664 2290 451
DESCRIPTION:Eventname: Telefoninterview Senior Accountant (30 Min.)\n\nOrt: Elke Reinprecht ruft Sie an unter +43 664 2290 451\n\nBergmann Elektrotechnik GmbH – HR\nErstes telefonisches Gespräch zu Ihrer Bewerbung.\n\nNeu planen oder absagen: https://calendly.com/reschedulings/ee3c1b0a\n\nPowered by Calendly.com
END:VEVENT""", "-//Calendly//Calendly//EN", method="REQUEST"),
    Row("ee3c1b0a-5f12-4d8c-9f5e-31c7b2a8d441", 1, "Bergmann Elektrotechnik", "Senior Accountant", "recruiter_screen",
        "elke.reinprecht@bergmann-elektro.at", "calendly-phone-screen-de"))

# 12 Microsoft Bookings, Vienna tax firm, Teams
add("bookings-teams-de", cal(r"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00807E9100E1A2B3C4D5E6F708192A3B4C5
DTSTAMP:20251001T094455Z
DTSTART;TZID=W. Europe Standard Time:20251007T160000
DTEND;TZID=W. Europe Standard Time:20251007T163000
SUMMARY:Kennenlerngespräch Senior Buchhalter:in (Wien) – Katharina Pichler
ORGANIZER;CN=Brandstetter Karriere:mailto:BrandstetterKarriere@brandstetter-wt.at
ATTENDEE;CN=Mag. Dominik Weiss;ROLE=REQ-PARTICIPANT:mailto:dominik.weiss@brandstetter-wt.at
ATTENDEE;CN=Katharina Pichler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Ihre Buchung bei Brandstetter Wirtschaftstreuhand wurde bestätigt.\n\nService: Kennenlerngespräch Bewerber:innen (30 Minuten)\nMitarbeiter: Mag. Dominik Weiss (Recruiting & Kanzleimanagement)\n\n""" + TEAMS_DE.format(mid="ZGRmMjQ5N2ItYzU", mid3="902", pw="Rt4nWb") + r"""\n\nBuchung verwalten: https://outlook.office365.com/owa/calendar/BrandstetterKarriere@brandstetter-wt.at/bookings/
LOCATION:Microsoft Teams-Besprechung
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00807E9100E1A2B3C4D5E6F708192A3B4C5", 1, "Brandstetter Wirtschaftstreuhand",
        "Senior Buchhalter:in", "recruiter_screen", "dominik.weiss@brandstetter-wt.at", "ms-bookings-teams-de"))

# 13 same firm, practical test in Vienna
add("outlook-practical-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Weiss, Dominik":mailto:dominik.weiss@brandstetter-wt.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Brandstetter, Eva":mailto:eva.brandstetter@brandstetter-wt.at
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Weiss, Dominik":mailto:dominik.weiss@brandstetter-wt.at
SUMMARY:2. Runde: Praxisteil Abschlusserstellung + Gespräch (Pichler)
DTSTART;TZID=W. Europe Standard Time:20251020T093000
DTEND;TZID=W. Europe Standard Time:20251020T123000
UID:040000008200E00074C5B7101A82E00807E9101F2B3C4D5E6F708192A3B4C5D6
DTSTAMP:20251010T121212Z
LOCATION:Brandstetter Wirtschaftstreuhand\, Rotenturmstraße 19\, 1010 Wien\, 4. OG
DESCRIPTION:Liebe Frau Pichler\,\n\nwie angekündigt: Zuerst bearbeiten Sie ca. 90 Minuten einen Praxisfall (Abschlussbuchungen\, Anlagenspiegel\, Rückstellungen – BMD steht zur Verfügung)\, anschließend besprechen Sie die Lösung mit Mag.a Eva Brandstetter (Partnerin) und mir.\n\nLG Dominik Weiss
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00807E9101F2B3C4D5E6F708192A3B4C5D6", 1, "Brandstetter Wirtschaftstreuhand", "",
        "technical", "eva.brandstetter@brandstetter-wt.at;dominik.weiss@brandstetter-wt.at", "outlook-practical-test-de"))

# 14 agency invites to the client's office; consultant attends but does not interview
add("agency-client-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Hartl, Clemens":mailto:c.hartl@hartl-personal.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Mag. Rupert Hiebler":mailto:rupert.hiebler@treuhand-sued.at
SUMMARY:Vorstellungsgespräch bei unserem Klienten Treuhand Süd – Senior Bilanzbuchhalter:in
DTSTART;TZID=W. Europe Standard Time:20250930T150000
DTEND;TZID=W. Europe Standard Time:20250930T160000
UID:040000008200E00074C5B7101A82E0080000000031AA52F8C92ADC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A
DTSTAMP:20250924T150007Z
LOCATION:Treuhand Süd WP & StB GmbH\, Conrad-von-Hötzendorf-Straße 90\, 8010 Graz
DESCRIPTION:Liebe Frau Pichler\,\n\nanbei wie besprochen die Einladung zum Gespräch mit Herrn Mag. Hiebler (Partner\, Ihr künftiger Vorgesetzter). Ich bin zu Beginn kurz dabei\, um Sie vorzustellen\, und ziehe mich dann zurück.\n\nBeste Grüße\nClemens Hartl\nHartl Personalberatung GmbH | Finance & Accounting
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E0080000000031AA52F8C92ADC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A", 1,
        "Treuhand Süd", "Senior Bilanzbuchhalter:in", "hiring_manager", "rupert.hiebler@treuhand-sued.at",
        "agency-names-client-de"))

# 15 founder of a small tax office on GMX
add("gmx-founder-de", cal(r"""BEGIN:VEVENT
UID:20251015T190212Z-18274@gmx.net
DTSTAMP:20251015T190212Z
DTSTART;TZID=Europe/Vienna:20251022T170000
DTEND;TZID=Europe/Vienna:20251022T180000
SUMMARY:Gespräch Bilanzbuchhaltung – Kanzlei Pammer
ORGANIZER;CN=Christine Pammer:mailto:christine.pammer@gmx.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Kanzlei Dr. Pammer\, Hauptplatz 11\, 8160 Weiz
DESCRIPTION:Liebe Frau Pichler\,\nwie telefonisch vereinbart – ich freue mich aufs Kennenlernen! Wir sind eine kleine Kanzlei (6 Leute) und suchen jemanden\, der die Buchhaltung und Bilanzierung für unsere Klienten eigenständig übernimmt.\nBitte klingeln Sie bei „Steuerberatung Dr. Pammer KG“.\nLG Christine Pammer
STATUS:CONFIRMED
END:VEVENT""", "-//1&1 Mail & Media GmbH/GMX Kalender Server 2.0//EN", method="REQUEST", tz=tz_vienna()),
    Row("20251015T190212Z-18274@gmx.net", 1, "Steuerberatung Dr. Pammer", "", "", "christine.pammer@gmx.at",
        "freemail-founder-de"))

# 16 Zoom, winery, hiring manager
add("zoom-winery-de", cal(r"""BEGIN:VEVENT
UID:zoom-86271390544-20251027@zoom.us
DTSTAMP:20251022T101010Z
DTSTART;TZID=Europe/Vienna:20251027T110000
DTEND;TZID=Europe/Vienna:20251027T114500
SUMMARY:Online-Gespräch Buchhaltung/Controlling – Weingut Sausal
ORGANIZER;CN=Georg Tement-Kainz:mailto:georg@weingut-sausal.at
ATTENDEE;CN=k.pichler.bh@aon.at;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Servus Frau Pichler\,\n\nich bin Georg\, Geschäftsführer\, und wäre Ihr direkter Ansprechpartner. Für ein erstes Gespräch über die Stelle (Leitung Buchhaltung & Controlling\, 30 Std.) treffen wir uns online:\n\n""" + ZOOM_DE.format(zid="6271390544", pw="S2F1c2Fs", pin="482913") + r"""
LOCATION:https://us02web.zoom.us/j/86271390544
END:VEVENT""", "-//zoom.us//iCalendar Event//EN", method="REQUEST", tz=tz_vienna()),
    Row("zoom-86271390544-20251027@zoom.us", 1, "Weingut & Kellerei Sausal", "Leitung Buchhaltung & Controlling",
        "hiring_manager", "georg@weingut-sausal.at", "zoom-hiring-manager-de"))
