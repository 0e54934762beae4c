"""holdout160 events, part h: look-alike "interviews", job-search side events that are not interviews.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "presse-interview", "7c1a3e5b9d@stuttgarter-zeitung.de",
        0, "", "", "", "", "press-interview-fachkraeftemangel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:7c1a3e5b9d@stuttgarter-zeitung.de
DTSTAMP:20250210T140000Z
DTSTART;TZID=Europe/Berlin:20250214T120000
DTEND;TZID=Europe/Berlin:20250214T124500
SUMMARY:Interview StZ - Fachkräftemangel im Elektrohandwerk
DESCRIPTION:Hallo Herr Albrecht\, danke\, dass Sie sich Zeit nehmen! Ich würd
 e gern 30-40 Min mit Ihnen sprechen (Baustelle\, Azubis\, Nachwuchs). Fotogr
 af kommt kurz mit. Viele Grüße\, Lea Brunner\, Lokalredaktion
LOCATION:BV Kita Degerloch
ORGANIZER;CN=Lea Brunner:mailto:lea.brunner@stuttgarter-zeitung.de
ATTENDEE;CN=j.albrecht@elektro-neckartal.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.albrecht@elektro-neckartal.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "podcast-aufnahme", "riverside-rec-2b8f6d1a@riverside.fm",
        0, "", "", "", "", "podcast-interview-recording",
        r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-2b8f6d1a@riverside.fm
DTSTAMP:20250303T101010Z
DTSTART:20250311T170000Z
DTEND:20250311T181500Z
SUMMARY:Podcast "Handwerk hat Zukunft" - Aufnahme Folge 48 mit Jürgen Albre
 cht
DESCRIPTION:Gast-Interview: Vom Azubi zum Meister und Bauleiter. Studio-Link
 : https://riverside.fm/studio/handwerk-hat-zukunft?t=2b8f6d1a\nBitte Headse
 t nutzen\, ruhiger Raum.
LOCATION:https://riverside.fm/studio/handwerk-hat-zukunft
ORGANIZER;CN=Nico Stahl:mailto:nico@handwerkhatzukunft.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "forschungsinterview", "0f4e2a7c-iao-studie-bau40-interview-17@fraunhofer.de",
        0, "", "", "", "", "research-interview-digital-construction-site",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
UID:0f4e2a7c-iao-studie-bau40-interview-17@fraunhofer.de
DTSTAMP:20250225T093000Z
DTSTART;TZID=W. Europe Standard Time:20250306T153000
DTEND;TZID=W. Europe Standard Time:20250306T163000
SUMMARY;LANGUAGE=de-DE:Experteninterview Studie "Digitale Baustelle im Elektrohandwerk" (I-17)
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Albrecht\,\n\nvielen Dank für I
 hre Bereitschaft zu einem leitfadengestützten Experteninterview (ca. 60 Min
 .\, wird aufgezeichnet und anonymisiert). Themen: Tablets auf der Baustelle\,
  BIM\, digitale Aufmaße.\n\nTeams-Link folgt.\n\nM.Sc. Jana Roos\nFraunhofer
  IAO
ORGANIZER;CN="Roos, Jana":mailto:jana.roos@iao.fraunhofer.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
LOCATION;LANGUAGE=de-DE:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hwk-befragung", "C77D0E12-5A4B-4F3C-8D2E-91B0A6F4E3D2",
        0, "", "", "", "", "survey-phone-call-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
DTSTAMP:20250312T071000Z
UID:C77D0E12-5A4B-4F3C-8D2E-91B0A6F4E3D2
DTSTART:20250313T130000
DTEND:20250313T132000
SUMMARY:Telefon. Befragung HWK (Konjunkturumfrage)
DESCRIPTION:Fr. Maurer ruft an\, Fragebogen Betriebe. Zahlen Auftragslage
  von Frank holen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "kaffee-ex-kollege", "2a7s0d4f8g1h5j9k3l6z@google.com",
        0, "", "", "", "", "informational-coffee-ex-colleague",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250222T160000
DTEND;TZID=Europe/Berlin:20250222T170000
DTSTAMP:20250219T200000Z
ORGANIZER;CN=Stefan Kuhn:mailto:stefan.kuhn78@gmail.com
UID:2a7s0d4f8g1h5j9k3l6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=juergen.albrecht@t-online.de;X-NUM-GUESTS=0:mailto:juergen.albrech
 t@t-online.de
DESCRIPTION:Kaffee Samstag? Erzähl dir gern wie es als Bauleiter bei den Gro
 ßen so ist (und was nicht so toll ist 😄). Keine Stelle bei uns gerade\, ab
 er ich hör mich um. Stefan
LOCATION:Café Kaiserbau\, Marienplatz\, Stuttgart
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Stefan / Jürgen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "fachkraeftemesse-besuch", "C1B2A3D4-E5F6-4789-9ABC-DEF012345678",
        0, "", "", "", "", "career-fair-visit-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
BEGIN:VEVENT
DTSTAMP:20250301T170000Z
UID:C1B2A3D4-E5F6-4789-9ABC-DEF012345678
DTSTART;VALUE=DATE:20250315
DTEND;VALUE=DATE:20250316
SUMMARY:Jobmesse Bau & Technik Messe Stuttgart
DESCRIPTION:10 Lebensläufe ausdrucken. Stände: Stadtwerke\, Netze\, Kessler
 \, Zeitarbeitsfirmen meiden. Ticket im Handy
LOCATION:Messe Stuttgart\, Halle 4
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "referenzauskunft", "040000008200E00074C5B7101A82E008000000006677889900ABDB010000000000000000100000000D0D",
        0, "", "", "", "", "reference-call-as-referee",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Seitz, Andrea":mailto:a.seitz@elektro-seitz.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=j.albrecht
 @elektro-neckartal.de:mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nHerr Niklas Brenz hat Sie
  als Referenz angegeben (Ausbildung bei Ihnen 2019-2022). Ich würde Sie gerne
  kurz telefonisch zu seiner Arbeitsweise befragen. 15 Minuten reichen.\n\nDa
 nke und Gruß\nAndrea Seitz\, Elektro Seitz GmbH
UID:040000008200E00074C5B7101A82E008000000006677889900ABDB010000000000000000100000000D0D
SUMMARY;LANGUAGE=de-DE:Referenzauskunft N. Brenz - Rückruf
DTSTART;TZID=W. Europe Standard Time:20250317T124500
DTEND;TZID=W. Europe Standard Time:20250317T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personalberater-anonym",
        "040000008200E00074C5B7101A82E0080000000077889900ABBCDB010000000000000000100000000E1E",
        0, "", "", "", "", "recruiter-call-names-no-employer",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Oliver":mailto:oliver.brandt@kb-executive.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=juergen.al
 brecht@t-online.de:mailto:juergen.albrecht@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Albrecht\,\n\nich habe Ihr Profil auf X
 ING gesehen. Ich betreue aktuell mehrere spannende Positionen im Raum Stutt
 gart (Bauleitung / Projektleitung Elektro\, z.T. mit Führungsverantwortung)
 . Gerne würde ich Sie unverbindlich kennenlernen und Ihre Wünsche aufnehmen
 .\n\nBeste Grüße\nOliver Brandt\nK&B Executive Partners
UID:040000008200E00074C5B7101A82E0080000000077889900ABBCDB010000000000000000100000000E1E
SUMMARY;LANGUAGE=de-DE:Kennenlernen Hr. Albrecht / K&B Executive
DTSTART;TZID=W. Europe Standard Time:20250226T180000
DTEND;TZID=W. Europe Standard Time:20250226T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dankesmail-erinnerung", "D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70",
        0, "", "", "", "", "thank-you-reminder-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
DTSTAMP:20250321T171500Z
UID:D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70
DTSTART:20250322T090000
DTEND:20250322T091500
SUMMARY:Danke-Mail Hürlimann + Gisler schicken
DESCRIPTION:nach Schnuppertag. Fotos von Baustelle NICHT anhängen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "eignungsuntersuchung", "bad-termin-2025-04-22-0930-318841@bad-gmbh.de",
        0, "", "", "", "", "pre-employment-medical-g41",
        r"""BEGIN:VCALENDAR
PRODID:-//B·A·D GmbH//Terminbuchung//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:bad-termin-2025-04-22-0930-318841@bad-gmbh.de
DTSTAMP:20250414T100000Z
DTSTART;TZID=Europe/Berlin:20250422T093000
DTEND;TZID=Europe/Berlin:20250422T103000
SUMMARY:Einstellungsuntersuchung (G 25 / G 41) - Stadtwerke Bietigheim-Bissi
 ngen
DESCRIPTION:Arbeitsmedizinische Eignungsuntersuchung vor Arbeitsantritt im Au
 ftrag der Stadtwerke Bietigheim-Bissingen GmbH.\nBitte nüchtern erscheinen
  (Blutabnahme)\, Brille/Kontaktlinsen\, Impfpass mitbringen.
LOCATION:B·A·D Zentrum Ludwigsburg\, Schwieberdinger Str. 60
ORGANIZER;CN=B·A·D Terminservice:mailto:termine@bad-gmbh.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "arbeitsvertrag-unterschrift", "E6F7A8B9-C0D1-4E2F-8A3B-4C5D6E7F8091",
        0, "", "", "", "", "contract-signing-after-offer-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
DTSTAMP:20250407T180000Z
UID:E6F7A8B9-C0D1-4E2F-8A3B-4C5D6E7F8091
DTSTART;TZID=Europe/Berlin:20250411T150000
DTEND;TZID=Europe/Berlin:20250411T153000
SUMMARY:SWBB Vertrag unterschreiben
DESCRIPTION:bei Fr. Lindner. Ausweis\, Steuer-ID\, SV-Nr\, Bankverbindung. D
 anach Kündigung bei Frank abgeben (Einschreiben!)
LOCATION:Stadtwerke BB\, Rötestraße 30
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "arbeitsagentur-beratung", "ba-vm-2025-03-20-1000-44871@arbeitsagentur.de",
        0, "", "", "", "", "job-centre-counselling-not-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Bundesagentur fuer Arbeit//Terminvereinbarung//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:ba-vm-2025-03-20-1000-44871@arbeitsagentur.de
DTSTAMP:20250306T090000Z
DTSTART;TZID=Europe/Berlin:20250320T100000
DTEND;TZID=Europe/Berlin:20250320T104500
SUMMARY:Beratungsgespräch Berufliche Neuorientierung (Arbeitsuchend)
DESCRIPTION:Ihr Termin bei der Agentur für Arbeit Stuttgart\, Berufsberatun
 g im Erwerbsleben. Themen: Arbeitsuchendmeldung\, AVGS-Coaching\, Stellenb
 örse. Bitte Lebenslauf und Ausweis mitbringen.
LOCATION:Agentur für Arbeit Stuttgart\, Nordbahnhofstr. 30-34\, Raum 2.118
ORGANIZER;CN=Agentur für Arbeit Stuttgart:mailto:stuttgart.terminvereinbarung@arbeitsagentur.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "grenzgaenger-beratung", "eures-ch-de-2025-0412-grenzg@eures-bodensee.eu",
        0, "", "", "", "", "cross-border-worker-advice-zurich-zone",
        r"""BEGIN:VCALENDAR
PRODID:-//EURES//Beratungstermine//DE
VERSION:2.0
METHOD:REQUEST
@TZ_ZURICH@
BEGIN:VEVENT
UID:eures-ch-de-2025-0412-grenzg@eures-bodensee.eu
DTSTAMP:20250402T090000Z
DTSTART;TZID=Europe/Zurich:20250412T100000
DTEND;TZID=Europe/Zurich:20250412T110000
SUMMARY:Grenzgängerberatung Schweiz (Video)
DESCRIPTION:Beratung zu Quellensteuer\, Krankenversicherung (Optionsrecht)\,
  Aufenthalts-/Grenzgängerbewilligung G\, Sozialversicherung. Kein Vermittlu
 ngsgespräch.\n\nZoom: https://eures-bodensee.zoom.us/j/5521447790
LOCATION:Zoom
ORGANIZER;CN=EURES-Beratung Bodensee-Hochrhein:mailto:beratung@eures-bodensee.eu
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
