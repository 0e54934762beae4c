"""holdout76: Kenji Watanabe's own interviews, Austrian employers (and MAS). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_VIENNA, UTC1_DE, ev, meet, outlook_x, teams, tz_utc1, webex, zoom

EVENTS = [
    ev("outlook-utc1-zone-hm-at", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Huber, Markus":mailto:m.huber@donauwerk.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
DESCRIPTION;LANGUAGE=de-AT:{D}
UID:040000008200E00074C5B7101A82E00800000000D4A7B2E1C06CDC01000000000000000010000000A1E6C3F9D0B2584E
 9F7A3D5C2B8E6014
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Leitung Supply Chain – Hr. Watanabe
DTSTART;TZID="{RAW_TZN}":20251107T100000
DTEND;TZID="{RAW_TZN}":20251107T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T131106Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Donauwerk Fahrzeugkomponenten", "Leitung Supply Chain", "hiring_manager", "m.huber@donauwerk.at",
      "outlook-utc1-zone-hiring-manager-at-de"), RAW_TZ=tz_utc1(UTC1_DE), RAW_TZN=UTC1_DE,
       RAW_X=outlook_x(0, "611098342"), D="""
Sehr geehrter Herr Watanabe,

danke für Ihre Bewerbung bei der Donauwerk Fahrzeugkomponenten GmbH. Als Werksleiter in Linz und künftiger
Vorgesetzter der Position möchte ich Sie gern in einem ersten Gespräch via Teams kennenlernen.

Mit freundlichen Grüßen
Ing. Markus Huber
Werksleiter | Donauwerk Fahrzeugkomponenten GmbH | Industriezeile 36 | 4020 Linz

""" + teams("de", "374 102 558 296", "u3Yd7B", "OTE4MmI0")),
    ev("outlook-mac-technical-at-de", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:0D1A5E7C-88F2-4B39-A4C6-2E9B71F0D3A8
DTSTAMP:20251118T091533Z
DTSTART;TZID=Europe/Vienna:20251126T133000
DTEND;TZID=Europe/Vienna:20251126T150000
SUMMARY:Fachgespräch S&OP / Supply-Chain-Strategie (Leitung Supply Chain)
ORGANIZER;CN=Markus Huber:mailto:m.huber@donauwerk.at
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Mag. Stefan Pühringer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.puehringer@donauwerk.at
ATTENDEE;CN=Markus Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.huber@donauwerk.at
LOCATION:Donauwerk Linz\, Besprechungszimmer Traun
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Donauwerk Fahrzeugkomponenten", "Leitung Supply Chain", "technical",
      "s.puehringer@donauwerk.at;m.huber@donauwerk.at", "outlook-mac-technical-at-de"), RAW_TZ=TZ_VIENNA, D="""
Sehr geehrter Herr Watanabe,

wie vereinbart die Einladung zum Fachgespräch in Linz. Mag. Stefan Pühringer (Leitung Einkauf) und ich möchten mit
Ihnen anhand unserer aktuellen Zahlen über S&OP, Bestandsziele und die Versorgung unseres neuen Werks in
Kecskemét sprechen. Eine Präsentation ist nicht nötig.

Freundliche Grüße
Markus Huber
"""),
    ev("successfactors-technical-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-88412-20251204-0930@successfactors.eu
DTSTAMP:20251124T143001Z
DTSTART:20251204T083000Z
DTEND:20251204T100000Z
SUMMARY:Interview Invitation: Head of Supply Chain Management (f/m/d) - Graz
ORGANIZER;CN=Sarah Wimmer:mailto:sarah.wimmer@stas.at
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=DI Elisabeth Kogler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elisabeth.kogler@stas.at
ATTENDEE;CN=Thomas Leitner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.leitner@stas.at
ATTENDEE;CN=Sarah Wimmer;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.wimmer@stas.at
LOCATION:Microsoft Teams Meeting
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Steirische Antriebssysteme", "Head of Supply Chain Management", "technical",
      "elisabeth.kogler@stas.at;thomas.leitner@stas.at", "successfactors-bilingual-technical-at-en"), D="""
Dear Mr. Watanabe, / Sehr geehrter Herr Watanabe,

We are pleased to invite you to the technical interview for the position Head of Supply Chain Management (f/m/d)
at Steirische Antriebssysteme GmbH (STAS) in Graz.

Interview panel:
- DI Elisabeth Kogler, Head of Operations
- Thomas Leitner, Head of Materials Management

Sarah Wimmer (Talent Acquisition) will open the meeting and then leave the call.

Wir freuen uns auf das Gespräch! / We look forward to speaking with you.

Requisition ID: 88412

""" + teams("en", "392 660 174 805", "Vt9Ps2", "YjA5ZTIx")),
    ev("dvinci-hearing-final-at-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:dvinci-termin-20260113-4471-watanabe@bergmilch.dvinci-hr.com
DTSTAMP:20251219T111250Z
DTSTART;TZID=Europe/Vienna:20260113T140000
DTEND;TZID=Europe/Vienna:20260113T160000
SUMMARY:Hearing – Leitung Logistik & Supply Chain
ORGANIZER;CN=Tiroler Bergmilch eGen - Personal:mailto:personal@bergmilch.at
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Ing. Josef Haider;PARTSTAT=ACCEPTED:mailto:j.haider@bergmilch.at
ATTENDEE;CN=Mag. Anna Kofler;PARTSTAT=ACCEPTED:mailto:a.kofler@bergmilch.at
LOCATION:Tiroler Bergmilch\, Molkereistraße 4\, 6130 Schwaz\, Sitzungssaal
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Tiroler Bergmilch", "Leitung Logistik & Supply Chain", "final", "j.haider@bergmilch.at;a.kofler@bergmilch.at",
      "dvinci-hearing-final-at-de"), RAW_TZ=TZ_VIENNA, D="""
Sehr geehrter Herr Watanabe,

wir freuen uns, Ihnen mitteilen zu dürfen, dass Sie zu den drei Kandidat:innen in der Endrunde für die Leitung
Logistik & Supply Chain gehören. Wir laden Sie herzlich zum Hearing im Jänner ein.

Ablauf: 20 Minuten Präsentation „Logistik 2030 für eine Tiroler Genossenschaftsmolkerei", danach Fragen des
Gremiums: Ing. Josef Haider (Geschäftsführer) und Mag. Anna Kofler (Obfrau des Aufsichtsrats).

Reisekosten werden ersetzt. Bitte bestätigen Sie den Termin über Ihren Bewerberzugang.

Mit freundlichen Grüßen
Team Personal
"""),
    ev("webex-screen-at", r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings 45.6//EN
VERSION:2.0
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:7f3c9e21a04b4d58b6e1c2a9d8f05b73@webex.com
DTSTAMP:20251021T082940Z
DTSTART;TZID=Europe/Vienna:20251028T090000
DTEND;TZID=Europe/Vienna:20251028T094500
SUMMARY:Erstgespräch Brenner Bahnlogistik – Leitung Disposition & Netzwerk
ORGANIZER;CN=Mag. Carina Pfeifer:mailto:c.pfeifer@brenner-bahnlogistik.at
ATTENDEE;CN=kenji.watanabe@gmx.de;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanab
 e@gmx.de
LOCATION:https://brenner-bahnlogistik.webex.com/meet/c.pfeifer
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Brenner Bahnlogistik", "Leitung Disposition & Netzwerk", "recruiter_screen",
      "c.pfeifer@brenner-bahnlogistik.at", "webex-recruiter-screen-at-de"), RAW_TZ=TZ_VIENNA, D="""
Grüß Gott Herr Watanabe,

vielen Dank für Ihre Bewerbung. Gerne würde ich Sie in einem ersten Gespräch (ca. 45 Minuten) per Webex
kennenlernen und Ihnen die Brenner Bahnlogistik GmbH und die Position näher vorstellen.

Beste Grüße aus Innsbruck
Mag. Carina Pfeifer
HR Business Partnerin

""" + webex("de", "brenner-bahnlogistik", "2514 771 0362", "Bb8tRz2Qw")),
    ev("ms-bookings-screen-at", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Marchfeld Mobility Karriere:mailto:karriere@marchfeld-mobility.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sandra Pichler:mailto:sandra.pichler@marchfeld
 -mobility.at
DESCRIPTION;LANGUAGE=de-AT:{D}
UID:040000008200E00074C5B7101A82E00800000000F0C3D5A2E76CDC010000000000000000100000006E1B9A4D2C8F0735
 A1C4E7B0D3F6A920
SUMMARY;LANGUAGE=de-AT:Kennenlerngespräch Logistics Director mit Kenji Watanabe
DTSTART:20251103T080000Z
DTEND:20251103T083000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T184402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Marchfeld Mobility", "Logistics Director", "recruiter_screen", "sandra.pichler@marchfeld-mobility.at",
      "ms-bookings-recruiter-at-de"), RAW_X=outlook_x(0, "-1307726158"), D="""
Hallo Kenji Watanabe,

danke, dass Sie bei Marchfeld Mobility Karriere gebucht haben.

Dienst: Kennenlerngespräch Logistics Director (30 Minuten)
Mitarbeiterin: Sandra Pichler, Recruiting
Marchfeld Mobility GmbH, Leopoldauer Straße 160, 1210 Wien

Termin ändern oder stornieren: https://outlook.office365.com/owa/calendar/MarchfeldMobilityKarriere@marchfeldmobility.onmicrosoft.com/bookings/

""" + teams("de", "351 840 926 773", "Mm4Px8", "NTI3ZmQx")),
    ev("zoom-final-cfo-coo-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251210T150000Z
DTEND:20251210T160000Z
DTSTAMP:20251201T101715Z
ORGANIZER;CN=Sandra Pichler:mailto:sandra.pichler@marchfeld-mobility.at
UID:5n1oe8hbq4k2m7d0c9vr3a6ls1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea Svoboda;X-NUM-GUESTS=0:mailto:
 andrea.svoboda@marchfeld-mobility.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Peter Novak;X-NUM-GUESTS=0:mailto:pet
 er.novak@marchfeld-mobility.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe;X-NUM-GU
 ESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251201T101714Z
DESCRIPTION:{D}
LAST-MODIFIED:20251201T101715Z
LOCATION:https://us02web.zoom.us/j/89920413355?pwd=Q2x661204aUt4dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview – Logistics Director (CFO & COO)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Marchfeld Mobility", "Logistics Director", "final",
      "andrea.svoboda@marchfeld-mobility.at;peter.novak@marchfeld-mobility.at", "google-zoom-final-at-en"), D="""
Dear Kenji,

as promised, here is the invitation for the final round with our CFO Andrea Svoboda and our COO Peter Novak.
The conversation will be held in English, as Peter joined us from Prague. I'll send the offer framework
separately once we have the panel's feedback.

Kind regards,
Sandra

""" + zoom("en", "899 2041 3355", "661204", "us02web")),
    ev("recurring-override-audit-at", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev40//EN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:ox-3b7e1d20-55c9-4a8f-9e13-ivf-mgmt-audit
DTSTAMP:20251222T093012Z
DTSTART;TZID=Europe/Vienna:20260115T090000
DTEND;TZID=Europe/Vienna:20260115T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Management-Audit Leitung Supply Chain (2 Tage) – Innviertler Fahrzeugbau
ORGANIZER;CN=Mag. Sabine Gruber:mailto:s.gruber@ivf.at
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Ing. Walter Aigner;PARTSTAT=ACCEPTED:mailto:w.aigner@ivf.at
LOCATION:IVF Innviertler Fahrzeugbau GmbH\, Gewerbestraße 12\, 4910 Ried im Innkreis
DESCRIPTION:{D}
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:ox-3b7e1d20-55c9-4a8f-9e13-ivf-mgmt-audit
DTSTAMP:20251222T093012Z
RECURRENCE-ID;TZID=Europe/Vienna:20260116T090000
DTSTART;TZID=Europe/Vienna:20260116T083000
DTEND;TZID=Europe/Vienna:20260116T130000
SUMMARY:Management-Audit Leitung Supply Chain (2 Tage) – Innviertler Fahrzeugbau
ORGANIZER;CN=Mag. Sabine Gruber:mailto:s.gruber@ivf.at
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Ing. Walter Aigner;PARTSTAT=ACCEPTED:mailto:w.aigner@ivf.at
LOCATION:IVF Innviertler Fahrzeugbau GmbH\, Gewerbestraße 12\, 4910 Ried im Innkreis
DESCRIPTION:{D2}
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", (1, "Innviertler Fahrzeugbau", "Leitung Supply Chain", "final", "w.aigner@ivf.at",
      "open-xchange-recurring-override-at-de"), RAW_TZ=TZ_VIENNA, D="""
Sehr geehrter Herr Watanabe,

als abschließenden Schritt des Auswahlverfahrens laden wir Sie zum zweitägigen Management-Audit ein.
Tag 1: Werksbesichtigung, Fallstudie Lieferantenstrategie, Interview mit unserem Geschäftsführer Ing. Walter Aigner.
Tag 2: Präsentation der Fallstudie und Abschlussgespräch mit Herrn Aigner.

Ich koordiniere den Ablauf und bin Ihre Ansprechpartnerin vor Ort.
Mag. Sabine Gruber, Personalentwicklung
""", D2="""
Achtung geänderte Zeit an Tag 2: Beginn 08:30, Ende 13:00 (Herr Aigner fliegt nachmittags nach Stuttgart).
Präsentation der Fallstudie 08:30–10:00, Abschlussgespräch mit Herrn Aigner 11:30–13:00.

Mag. Sabine Gruber, Personalentwicklung
"""),
    ev("personio-case-en-at", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting Calendar 2.4//EN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:personio-evt-8120775-91ab3e@personio.de
DTSTAMP:20251127T160040Z
DTSTART;TZID=Europe/Vienna:20251211T100000
DTEND;TZID=Europe/Vienna:20251211T120000
SUMMARY:Case study presentation | Head of Supply Chain (all genders) | Salzach Papier AG
ORGANIZER;CN=Lena Hofer:mailto:lena.hofer@salzach-papier.at
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Dr. Katharina Moser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katharina.moser@salzach-papie
 r.at
ATTENDEE;CN=Lukas Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.brunner@salzach-papier.at
LOCATION:Salzach Papier AG\, Salinenstraße 2\, 5400 Hallein
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Salzach Papier", "Head of Supply Chain", "technical",
      "katharina.moser@salzach-papier.at;lukas.brunner@salzach-papier.at", "personio-case-study-at-en"),
       RAW_TZ=TZ_VIENNA, D="""
Dear Kenji,

thank you for the good first conversation. As discussed, we would like to invite you to present your case study
("Securing pulp and energy supply for a two-mill network") to Dr. Katharina Moser (COO) and Lukas Brunner (Head of
Procurement), followed by a technical discussion. Please plan 30 minutes for your presentation.

Best regards
Lena Hofer
People & Culture | Salzach Papier AG
"""),
    ev("google-hrbp-abbrev-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T120000Z
DTEND:20251016T124500Z
DTSTAMP:20251013T083350Z
ORGANIZER;CN=Lisa Hartmann:mailto:lisa.hartmann@mas-automotive.de
UID:6vg2ld9s0r1ap4ck7m3tqe5n8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lisa Hartmann;X-NUM-GUESTS=0:mailto:l
 isa.hartmann@mas-automotive.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251013T083349Z
DESCRIPTION:{D}
LAST-MODIFIED:20251013T083350Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MAS | Interview Head of Supply Chain | K. Watanabe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Mainfranken Automotive Systems", "Head of Supply Chain", "recruiter_screen",
      "lisa.hartmann@mas-automotive.de", "google-hrbp-abbreviation-en"), D="""
Hi Kenji,

Thanks again for applying to Mainfranken Automotive Systems GmbH in Schweinfurt. As our group language is English,
I'd like to use this first 45-minute call to walk you through the role, our plants in Schweinfurt and Pécs, and to
learn more about your background and expectations.

Best,
Lisa Hartmann
HR Business Partner Operations | MAS

""" + meet("en", "jkw-pzeq-tbf", "904218663")),
]
