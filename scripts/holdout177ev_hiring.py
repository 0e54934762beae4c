"""holdout177: events where Florian is on the HIRING side (his Gymnasium, the Sommerschule, his son's club)."""

from holdout177ev_tz import NEG, TZ_VIENNA, TZ_VIENNA_APPLE, TZ_WEU, E

H = True

EVENTS = [
    E(
        "aufnahmegespraech-kommission",
        "040000008200E00074C5B7101A82E00800000000C0D1E2F3A46FDC0100000000000000001000000077665544332211AABBCCDDEEFF",
        NEG,
        "user-as-interviewer-panel-member-new-colleague-outlook",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Ingrid (Direktion)":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schober, Eva (Admin.)":mailto:e.schober@bildung-wien.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DA Vorsitz":mailto:da.vorsitz@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Kolleg:innen\,\n\nfür die Nachbesetzung M/Ph ab
  September (Karenz Fr. Prof. Lang) haben sich drei Personen über "Get your
  teacher" beworben. Florian bitte als Fachgruppenleiter dabei sein.\n\n13:3
 0 Mag. Teresa Holzer\n14:15 Dominik Rauch\, BEd\n15:00 Mag.a Selin Aydin\n\nLe
 itfaden + Bewertungsbogen liegen im Konferenzzimmer-Fach.\nLG Ingrid Wagner\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A46FDC0100000000000000001000000077665544332211AABBCCDDEEFF
SUMMARY;LANGUAGE=de-AT:Aufnahmegespräche Lehrstelle M/Ph (Karenzvertretung)
DTSTART;TZID=W. Europe Standard Time:20260423T133000
DTEND;TZID=W. Europe Standard Time:20260423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T070512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktion
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "erstgespraech-up",
        "ufd1a8c0-up-2025-gruber@gmx.net",
        NEG,
        "user-as-interviewer-trainee-teacher-intake-talk",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:ufd1a8c0-up-2025-gruber@gmx.net
DTSTAMP:20251006T181200Z
DTSTART:20251009T121000
DTEND:20251009T130000
SUMMARY:Erstgespräch Unterrichtspraktikant Jonas Wimmer (Ph)
LOCATION:Physiksaal Vorbereitung
DESCRIPTION:Gespräch mit Bewerber fürs UP/Induktion – Eignung\, Stundenplan
 wünsche\, Hospitationen. Danach Rückmeldung an Dir. ob wir ihn nehmen.
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "hospitation-probestunde",
        "7p6o5i4u3y2t1r0e9w8q7a6s5d@google.com",
        NEG,
        "user-as-interviewer-observes-candidate-demo-lesson",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260428T095500
DTEND;TZID=Europe/Vienna:20260428T104500
DTSTAMP:20260424T131000Z
ORGANIZER;CN=Eva Schober:mailto:e.schober@bildung-wien.at
UID:7p6o5i4u3y2t1r0e9w8q7a6s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=f.gruber@bildung-wien.at;X-NUM-GUESTS=0:mailto:f.gruber@bildung-wien.at
DESCRIPTION:Probestunde Mag. Holzer in der 6B (Physik\, Thema Wellen). Bitte
  mitschauen und den Beobachtungsbogen ausfüllen\, Besprechung danach mit Di
 r. Wagner.
LOCATION:Physiksaal 2.OG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probestunde Bewerberin Holzer – 6B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "bewertungsraster",
        "B1A2C3D4-E5F6-4071-8293-A4B5C6D7E8F9",
        NEG,
        "user-as-interviewer-scoring-sheet-task",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
{TZ_VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20260423T160301Z
DTSTART;TZID=Europe/Vienna:20260423T190000
DTEND;TZID=Europe/Vienna:20260423T194500
DTSTAMP:20260423T160344Z
SEQUENCE:0
SUMMARY:Bewertungsbögen Aufnahmegespräche ausfüllen + an Dir. mailen
DESCRIPTION:Holzer / Rauch / Aydin – Kriterien Fachkompetenz\, Didaktik\, Tea
 m\, Flexibilität (Supplierbereitschaft)
TRANSP:TRANSPARENT
UID:B1A2C3D4-E5F6-4071-8293-A4B5C6D7E8F9
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "nachbesprechung",
        "040000008200E00074C5B7101A82E00800000000D1E2F3A4B56FDC010000000000000000100000008877665544332211FFEEDDCCBB",
        NEG,
        "user-as-interviewer-debrief-with-director",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Ingrid (Direktion)":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schober, Eva (Admin.)":mailto:e.schober@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Kurze Abstimmung\, wen wir der Bildungsdirektion als
  Wunschkandidatin melden (Frist Fr.).\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B56FDC010000000000000000100000008877665544332211FFEEDDCCBB
SUMMARY;LANGUAGE=de-AT:Nachbesprechung Bewerbungen M/Ph
DTSTART;TZID=W. Europe Standard Time:20260429T124500
DTEND;TZID=W. Europe Standard Time:20260429T131500
DTSTAMP:20260424T101010Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktion
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "reply-accepted",
        "3z5y7x9w1v3u5t7s9r1q3p5o7n@google.com",
        NEG,
        "user-as-interviewer-candidate-free-mail-accepted-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260505T121500Z
DTEND:20260505T130000Z
DTSTAMP:20260430T172212Z
ORGANIZER;CN=Florian Gruber:mailto:f.gruber@bildung-wien.at
UID:3z5y7x9w1v3u5t7s9r1q3p5o7n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Selin Aydi
 n;X-NUM-GUESTS=0:mailto:selin.aydin94@gmail.com
COMMENT:Vielen Dank\, ich komme gerne! LG Selin Aydin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zugesagt: Zweitgespräch Lehrstelle M/Ph @ Di 5. Mai 2026 14:15 - 15:00 (MESZ)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "zuweisung-bewerber",
        "040000008200E00074C5B7101A82E00800000000E2F3A4B5C66FDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33",
        NEG,
        "user-as-interviewer-bildungsdirektion-sends-candidate",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Personalstelle AHS (BD Wien)":mailto:ahs.personal@bildung-wien.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wagner, Ingrid":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Zuweisung Bewerber für Vertretung Physik (6 WStd.\, b
 is Schulschluss): Hr. Mag. Philipp Strasser\, Lehramt Ph/Ch\, derzeit ohne D
 ienstverhältnis. Bitte Vorstellungsgespräch an der Schule durchführen und Er
 gebnis bis 20.2. in der Bewerbungsplattform vermerken.\n
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C66FDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33
SUMMARY;LANGUAGE=de-AT:Vorstellung Bewerber Strasser (Vertretung Ph)
DTSTART;TZID=W. Europe Standard Time:20260218T110500
DTEND;TZID=W. Europe Standard Time:20260218T115500
DTSTAMP:20260212T090311Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Schule – Direktion
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "tfa-kennenlernen",
        "tfa-schoolmatch-2026-0314-grg@teachforaustria.at",
        NEG,
        "user-as-interviewer-agency-sends-fellow-candidate",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260312T140000
DTEND;TZID=Europe/Vienna:20260312T143000
DTSTAMP:20260305T083301Z
ORGANIZER;CN=Magdalena Frey (Teach For Austria):mailto:magdalena.frey@teachforaustria.at
UID:tfa-schoolmatch-2026-0314-grg@teachforaustria.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=f.gruber@bildung-wien.at:mailto:f.gruber@bildung-wien.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amir Kha
 lil:mailto:amir.khalil@tfa-fellows.at
DESCRIPTION:Lieber Herr Prof. Gruber\,<br>wie besprochen stelle ich Ihnen Amir
  Khalil vor (Physiker\, Quereinsteiger\, Fellow-Jahrgang 2026). Er würde sic
 h freuen\, Ihre Schule und die Fachgruppe kennenzulernen – wenn es passt\, b
 eantragen wir die Zuteilung. Lebenslauf im Anhang.<br>Herzlich\, Magdalena
LOCATION:Ihre Schule / Lehrerzimmer
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Amir Khalil (TFA Fellow) – Fachgruppe Physik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "notizen-bewerber",
        "ED91C7A2-0B3F-4C56-9A8D-7E6F5D4C3B2A",
        NEG,
        "user-as-interviewer-hand-typed-candidate-slots",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260504T195500Z
DTSTART:20260505T133000
DTEND:20260505T150000
DTSTAMP:20260504T195600Z
SEQUENCE:0
SUMMARY:2. Runde Bew. M/Ph: Holzer 13:30 / Aydin 14:15
DESCRIPTION:Holzer – super Probestunde\, wenig Erfahrung Oberstufe\nAydin –
  Matura-Erfahrung\, will 22 WStd\nFragen: Wahlpflichtfach\, Robotik-UÜ\, Sup
 plierreserve. Dir + Admin dabei
TRANSP:OPAQUE
UID:ED91C7A2-0B3F-4C56-9A8D-7E6F5D4C3B2A
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "bookings-host",
        "f0e1d2c3-b4a5-4697-8889-7a6b5c4d3e2f",
        NEG,
        "user-as-interviewer-microsoft-bookings-staff-host",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN=Induktion Physik Buchungen:mailto:InduktionPhysik@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Lisa Mairhofer:mailto:lisa.mairhofer@outlook.at
DESCRIPTION;LANGUAGE=de-AT:Neue Buchung\n\nDienst: Kennenlerngespräch Induktions
 phase (Bewerber:innen)\nMitarbeiter:in: Florian Gruber\nKunde: Lisa Mairhofe
 r\, lisa.mairhofer@outlook.at\, +43 699 1220 4481\nNotiz der Kundin: "Absolv
 entin Lehramt M/Ph (Uni Wien)\, suche Induktionsstelle ab Herbst."\n
UID:f0e1d2c3-b4a5-4697-8889-7a6b5c4d3e2f
SUMMARY;LANGUAGE=de-AT:Kennenlerngespräch Induktionsphase – Lisa Mairhofer
DTSTART;TZID=W. Europe Standard Time:20260512T143000
DTEND;TZID=W. Europe Standard Time:20260512T150000
DTSTAMP:20260507T201500Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "hearing-sga",
        "040000008200E00074C5B7101A82E00800000000F3A4B5C6D76FDC01000000000000000010000000ABCDEF0123456789ABCDEF0123",
        NEG,
        "user-as-interviewer-own-school-director-candidates-hearing",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Schober, Eva (Admin.)":mailto:e.schober@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lehrkörper GRG":mailto:lehrkoerper@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Kolleginnen und Kollegen\,\n\nda Dir. Wagner mit
  Ende des Schuljahres in den Ruhestand tritt\, stellen sich die zwei Bewerber
 :innen um die Schulleitung unserer Schule dem Kollegium und dem SGA vor (je 2
 0 Min. + Fragen). Danach Stellungnahme des SGA gem. § 207f BDG.\nBitte zahlr
 eich kommen!\n
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D76FDC01000000000000000010000000ABCDEF0123456789ABCDEF0123
SUMMARY;LANGUAGE=de-AT:Hearing Schulleitungs-Bewerber:innen (Kollegium + SGA)
DTSTART;TZID=W. Europe Standard Time:20260527T140000
DTEND;TZID=W. Europe Standard Time:20260527T160000
DTSTAMP:20260515T110202Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Festsaal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "schnuppertag-kandidat",
        "schnupper-khalil-20260319@gmx.net",
        NEG,
        "user-as-interviewer-candidate-shadows-his-lessons",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:schnupper-khalil-20260319@gmx.net
DTSTAMP:20260313T212500Z
DTSTART:20260319T075500
DTEND:20260319T121500
SUMMARY:A. Khalil hospitiert bei mir (5C\, 7A\, 8B)
DESCRIPTION:TFA-Kandidat\, darf den ganzen Vormittag mit – danach kurzes Feed
 back an Magdalena ob wir ihn wollen
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "da-teilnahme",
        "040000008200E00074C5B7101A82E00800000000A4B5C6D7E86FDC010000000000000000100000001029384756AFBECDDA1B2C3D4E",
        NEG,
        "user-as-interviewer-staff-council-seat-in-hiring-talks",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Koller, Andreas (DA)":mailto:a.koller@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Florian\, kannst du mich bei den Aufnahmegesprächen Fr
 eizeitpädagogik (GTS-Nachmittagsbetreuung) als DA-Mitglied vertreten? Ich b
 in auf Skikurs. Du sitzt nur als Personalvertretung dabei und darfst Fragen
  stellen. Danke!! Andi\n
UID:040000008200E00074C5B7101A82E00800000000A4B5C6D7E86FDC010000000000000000100000001029384756AFBECDDA1B2C3D4E
SUMMARY;LANGUAGE=de-AT:FW: DA-Vertretung Bewerbungsgespräche Freizeitpädagog:innen
DTSTART;TZID=W. Europe Standard Time:20260122T130000
DTEND;TZID=W. Europe Standard Time:20260122T150000
DTSTAMP:20260116T150015Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungsraum EG
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
]
