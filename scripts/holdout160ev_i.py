"""holdout160 events, part i: the trade's everyday calendar and private life (negatives).

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "baustellentermin-kita", "040000008200E00074C5B7101A82E0080000000088990011CCDDDB010000000000000000100000000F2F",
        0, "", "", "", "", "site-meeting-baustellentermin",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Frank Ehmann (Architekturbüro Ehmann + Partner)":mailto:f.ehmann@ehmann-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HLS Gruber":mailto:bauleitung@hls-gruber.de
DESCRIPTION;LANGUAGE=de-DE:Baustellentermin Gewerk Elektro/HLS: Abstimmung Dec
 kendurchbrüche EG\, Rohinstallation Gruppenräume\, Terminplan Estrich.\nPr
 otokoll folgt.
UID:040000008200E00074C5B7101A82E0080000000088990011CCDDDB010000000000000000100000000F2F
SUMMARY;LANGUAGE=de-DE:Baustellentermin Neubau Kita Degerloch - Elektro/HLS
DTSTART;TZID=W. Europe Standard Time:20250227T100000
DTEND;TZID=W. Europe Standard Time:20250227T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Baucontainer Kita Degerloch
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "abnahme-sachverstaendiger", "20250319T080000Z-7781-1000-1-9@neckartal-kalender",
        0, "", "", "", "", "acceptance-inspection-abnahme",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dipl.-Ing. R.
  Maurer (ö.b.u.v. SV)":mailto:r.maurer@sv-maurer.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bauer, Klaus":mailto:k.bauer@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Abnahme E-Anlage Pflegeheim Ruit nach LBO/PrüfVO:
  Sicherheitsbeleuchtung\, BMA-Ansteuerung\, Prüfprotokolle DIN VDE 0100-600
 . Messgeräte + Dokumentation mitnehmen.
UID:20250319T080000Z-7781-1000-1-9@neckartal-kalender
SUMMARY;LANGUAGE=de-DE:Abnahme E-Anlage Pflegeheim Ruit mit SV
DTSTART;TZID=W. Europe Standard Time:20250324T080000
DTEND;TZID=W. Europe Standard Time:20250324T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Pflegeheim Ruit\, Technikraum UG
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "jour-fixe-recurring-override",
        "040000008200E00074C5B7101A82E00800000000990011AABBEEDB0100000000000000001000000010A0",
        0, "", "", "", "", "recurring-jour-fixe-with-override",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Generalunternehmer Wohnpark - Bauleitung":mailto:bauleitung.wohnpark@gu-sindelfinger-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
RRULE:FREQ=WEEKLY;UNTIL=20250630T060000Z;INTERVAL=1;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000990011AABBEEDB0100000000000000001000000010A0
SUMMARY;LANGUAGE=de-DE:Jour fixe Baubesprechung BV Wohnpark Vaihingen
DESCRIPTION;LANGUAGE=de-DE:Wöchentliche Baubesprechung aller Gewerke. Termin
 plan\, Behinderungsanzeigen\, Mängel.
DTSTART;TZID=W. Europe Standard Time:20250107T080000
DTEND;TZID=W. Europe Standard Time:20250107T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241216T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Baucontainer Haus A
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Generalunternehmer Wohnpark - Bauleitung":mailto:bauleitung.wohnpark@gu-sindelfinger-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
RECURRENCE-ID;TZID=W. Europe Standard Time:20250318T080000
UID:040000008200E00074C5B7101A82E00800000000990011AABBEEDB0100000000000000001000000010A0
SUMMARY;LANGUAGE=de-DE:Jour fixe Baubesprechung BV Wohnpark Vaihingen (verschoben wg. Bauherrentermin)
DTSTART;TZID=W. Europe Standard Time:20250319T070000
DTEND;TZID=W. Europe Standard Time:20250319T080000
DTSTAMP:20250314T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Baucontainer Haus A
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "schulung-efkft", "seminar-2025-0408-efft-112@elkonet-akademie.de",
        0, "", "", "", "", "training-course-trade",
        r"""BEGIN:VCALENDAR
PRODID:-//ELKONET Akademie//Seminarverwaltung//DE
VERSION:2.0
METHOD:PUBLISH
@TZ_BERLIN@
BEGIN:VEVENT
UID:seminar-2025-0408-efft-112@elkonet-akademie.de
DTSTAMP:20250115T120000Z
DTSTART;TZID=Europe/Berlin:20250226T080000
DTEND;TZID=Europe/Berlin:20250226T161500
SUMMARY:Seminar: Verantwortliche Elektrofachkraft (VEFK) - Auffrischung
DESCRIPTION:Teilnehmer: Jürgen Albrecht (Elektro Neckartal GmbH)\nInhalte: Un
 ternehmerverantwortung\, Pflichtenübertragung\, DGUV V3\, Prüffristen\, Fa
 llbeispiele.\nTeilnahmebescheinigung nach Abschluss.
LOCATION:Elkonet Akademie\, Heilbronner Str. 86\, Stuttgart
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zahnarzt", "9D8C7B6A-5F4E-4D3C-B2A1-0F9E8D7C6B5A",
        0, "", "", "", "", "personal-dentist",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
DTSTAMP:20250201T091500Z
UID:9D8C7B6A-5F4E-4D3C-B2A1-0F9E8D7C6B5A
DTSTART:20250305T073000
DTEND:20250305T081500
SUMMARY:Zahnarzt Dr. Kuhnle PZR
LOCATION:Hauptstr. 12\, Wangen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "elternsprechtag", "A0B1C2D3-E4F5-4A6B-9C7D-8E9F0A1B2C3D",
        0, "", "", "", "", "personal-parent-teacher-gespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
DTSTAMP:20250210T200000Z
UID:A0B1C2D3-E4F5-4A6B-9C7D-8E9F0A1B2C3D
DTSTART;TZID=Europe/Berlin:20250213T171000
DTEND;TZID=Europe/Berlin:20250213T172500
SUMMARY:Elternsprechtag Lena - Gespräch Fr. Hildebrandt
DESCRIPTION:Raum 104. Mathe + evtl. Schulwechsel falls Umzug CH ansprechen
LOCATION:Wagenburg-Gymnasium
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bank-beratungsgespraech", "ksk-termin-3b1f77@kreissparkasse-esslingen.de",
        0, "", "", "", "", "personal-bank-advice-beratungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Sparkassen-Finanzgruppe//Online-Terminvereinbarung//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:ksk-termin-3b1f77@kreissparkasse-esslingen.de
DTSTAMP:20250303T170000Z
DTSTART;TZID=Europe/Berlin:20250308T100000
DTEND;TZID=Europe/Berlin:20250308T110000
SUMMARY:Beratungsgespräch Baufinanzierung
DESCRIPTION:Ihr Termin mit Herrn Dominik Veit\, Immobilienfinanzierung.\nBit
 te mitbringen: Gehaltsabrechnungen (3 Monate)\, Eigenkapitalnachweis\, Arbe
 itsvertrag.
LOCATION:Filiale Esslingen-Berkheim
ORGANIZER;CN=Kreissparkasse Esslingen-Nürtingen:mailto:termine@ksk-es.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "aussendienst-produktvorstellung",
        "040000008200E00074C5B7101A82E00800000000AA0011BBCCFFDB0100000000000000001000000011B1",
        0, "", "", "", "", "supplier-product-vorstellung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Gassmann, Timo":mailto:timo.gassmann@hager.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Vorstellung neues Zählerschranksystem (VDE-AR-N 4
 100) + Energiemanagement. Muster bringe ich mit. Frühstück auch :-)
UID:040000008200E00074C5B7101A82E00800000000AA0011BBCCFFDB0100000000000000001000000011B1
SUMMARY;LANGUAGE=de-DE:Vorstellung Hager Zählerschrank / Hr. Gassmann
DTSTART;TZID=W. Europe Standard Time:20250306T070000
DTEND;TZID=W. Europe Standard Time:20250306T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Lager Wangen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "kundengespraech-wallbox", "B5C6D7E8-F9A0-4B1C-8D2E-3F4A5B6C7D8E",
        0, "", "", "", "", "customer-meeting-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
DTSTAMP:20250224T120000Z
UID:B5C6D7E8-F9A0-4B1C-8D2E-3F4A5B6C7D8E
DTSTART:20250225T170000
DTEND:20250225T180000
SUMMARY:Kundengespräch Fam. Widmann Wallbox+PV
DESCRIPTION:Zählerschrank anschauen\, Fotos\, Angebot bis Fr
LOCATION:Ostfildern-Kemnat
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bereitschaft-notdienst", "notdienst-kw11-albrecht@elektro-neckartal.de",
        0, "", "", "", "", "on-call-shift-all-day-multi",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:notdienst-kw11-albrecht@elektro-neckartal.de
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250310
DTEND;VALUE=DATE:20250317
SUMMARY:Bereitschaft / Notdienst KW 11 - Jürgen
DESCRIPTION:Notdiensthandy abholen Mo früh. Vertretung: Dieter.
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "linkedin-live-english", "li-event-7301182245@linkedin.com",
        0, "", "", "", "", "english-webinar-interviewing-in-switzerland",
        r"""BEGIN:VCALENDAR
PRODID:-//LinkedIn//LinkedIn Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:li-event-7301182245@linkedin.com
DTSTAMP:20250301T100000Z
DTSTART:20250312T170000Z
DTEND:20250312T180000Z
SUMMARY:LinkedIn Live: How to ace your job interview in Switzerland
DESCRIPTION:Join our panel of Swiss recruiters: what hiring managers expect\,
  salary talks\, permits for EU citizens\, and common interview questions.\n
 \nhttps://www.linkedin.com/events/7301182245/
LOCATION:LinkedIn Live
ORGANIZER;CN=SwissTalent Network:mailto:events-noreply@linkedin.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "open-day-virtual-espanol", "m0nta1ban-openday-2025-04@google.com",
        0, "", "", "", "", "spanish-employer-info-session-not-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250227T170000
DTEND;TZID=Europe/Madrid:20250227T180000
DTSTAMP:20250220T090000Z
UID:m0nta1ban-openday-2025-04@google.com
DESCRIPTION:Open Day virtual: conoce Grupo Montalbán. Presentación de nuestr
 os proyectos en Alemania y Suiza\, ronda de preguntas. Sesión informativa
 \, no es una entrevista.\n\nGoogle Meet: https://meet.google.com/opd-mtbn-2
 025
LOCATION:Google Meet
SUMMARY:Open Day virtual Grupo Montalbán - Proyectos DACH
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "e-jugend-training-recurring", "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        0, "", "", "", "", "personal-recurring-football-coach",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
DTSTAMP:20240901T180000Z
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
DTSTART;TZID=Europe/Berlin:20240910T173000
DTEND;TZID=Europe/Berlin:20240910T190000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
EXDATE;TZID=Europe/Berlin:20241224T173000
SUMMARY:Training E-Jugend (TSV Wangen)
LOCATION:Sportplatz Wangen
DESCRIPTION:Hütchen + Bälle im Kofferraum
END:VEVENT
END:VCALENDAR
""",
    ),
]
