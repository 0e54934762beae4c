"""holdout64: the user's own interviews, German (Austria, Germany, Switzerland), second part."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_de, webex
from holdout64ev_ics import PRODID_MAC, TZ_BERLIN, TZ_VIENNA, TZ_ZURICH, Ev, cal

EVENTS: list[Ev] = []

# Teamtailor, informal du, Google Meet.
EVENTS.append(Ev(
    "teamtailor-kennenlernen-de",
    "tt-interview-2291847-c4e7a1@teamtailor.com",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:tt-interview-2291847-c4e7a1@teamtailor.com
DTSTAMP:20250919T080114Z
DTSTART;TZID=Europe/Vienna:20250924T133000
DTEND;TZID=Europe/Vienna:20250924T140000
ORGANIZER;CN=Mira Schaller:mailto:mira.schaller@wolkenlos.travel
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;PARTSTAT=ACCEPTED;CN=Mira Schaller:mailto:mira.schaller@wolkenlos.travel
SUMMARY:Interview: People & Culture Lead – Wolkenlos Reisen
DESCRIPTION:Hallo Dragana!\n\nSchön\, dass du dich für die Stelle als People & Culture Lead bei Wolkenlos
  interessierst. In diesem ersten Gespräch (30 Min.) lernen wir uns kennen\, ich erzähle dir mehr über uns\,
  das Team und den Prozess.\n\nDeine Gesprächspartnerin: Mira Schaller\, Talent & Culture Recruiterin\n\n
 {meet("vzd-kqpe-rtm", "de")}\n\nBis bald!\nMira\n\n--\nGesendet mit Teamtailor
LOCATION:https://meet.google.com/vzd-kqpe-rtm
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Wolkenlos Reisen", "People & Culture Lead", "recruiter_screen", "mira.schaller@wolkenlos.travel",
    "teamtailor-du-de",
))

# softgarden, a selection committee at a municipal utility (works council present).
EVENTS.append(Ev(
    "softgarden-auswahlkommission-de",
    "softgarden-appointment-88213-0071@softgarden.io",
    cal(TZ_BERLIN + "\n" + r"""BEGIN:VEVENT
UID:softgarden-appointment-88213-0071@softgarden.io
DTSTAMP:20251007T121900Z
DTSTART;TZID=Europe/Berlin:20251015T090000
DTEND;TZID=Europe/Berlin:20251015T103000
ORGANIZER;CN=Stadtwerke Lechfeld – Bewerbermanagement:mailto:bewerbung@stadtwerke-lechfeld.de
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Bernd Kastl:mailto:b.kastl@stadtwerke-lechfeld.de
ATTENDEE;CN=Monika Seitz:mailto:m.seitz@stadtwerke-lechfeld.de
ATTENDEE;CN=Andreas Gruber:mailto:a.gruber@stadtwerke-lechfeld.de
SUMMARY:Vorstellungsgespräch: Leitung Personalmanagement (m/w/d)
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu ein
 em Vorstellungsgespräch ein.\n\nDie Auswahlkommission:\n- Herr Bernd Kastl\, Geschäftsführer\n- Frau Mon
 ika Seitz\, Vorsitzende des Betriebsrats\n- Herr Andreas Gruber\, Kaufmännischer Leiter\n\nOrt: Stadtwerk
 e Lechfeld GmbH\, Verwaltungsgebäude\, Lechfelder Straße 12\, 86836 Graben\, Sitzungssaal 1. OG\n\nReise
 kosten werden nach BayRKG erstattet.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement\n\nDiese Nachri
 cht wurde mit softgarden versendet.
LOCATION:Stadtwerke Lechfeld\, Sitzungssaal 1. OG\, Lechfelder Straße 12\, 86836 Graben
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Stadtwerke Lechfeld", "Leitung Personalmanagement", "",
    "b.kastl@stadtwerke-lechfeld.de;m.seitz@stadtwerke-lechfeld.de;a.gruber@stadtwerke-lechfeld.de",
    "softgarden-committee-de",
))

# Owner of a family bakery invites from her iCloud address on a Mac; the brother has no address.
EVENTS.append(Ev(
    "icloud-inhaberin-de",
    "A41F0C9E-7D52-4B1A-9E3C-6F28D0B7C915",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20251009T184512Z
UID:A41F0C9E-7D52-4B1A-9E3C-6F28D0B7C915
DTEND;TZID=Europe/Vienna:20251017T110000
TRANSP:OPAQUE
SUMMARY:Gespräch Personalleitung – Backhaus Gruber
DTSTART;TZID=Europe/Vienna:20251017T093000
DTSTAMP:20251009T184530Z
LOCATION:Backhaus Gruber\, Salzburger Straße 60\, 4600 Wels
SEQUENCE:0
DESCRIPTION:Liebe Frau Petrović\,\n\nwie telefonisch vereinbart treffen wir uns in unserer Zentrale in We
 ls. Mein Bruder Florian (Geschäftsführung Produktion) wird ebenfalls dabei sein.\n\nHerzliche Grüße\nKatha
 rina Gruber
ORGANIZER;CN=Katharina Gruber:mailto:k.gruber.wels@icloud.com
ATTENDEE;CN=Katharina Gruber;CUTYPE=INDIVIDUAL;EMAIL=k.gruber.wels@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR
 :mailto:k.gruber.wels@icloud.com
ATTENDEE;CN=Dragana Petrović;CUTYPE=INDIVIDUAL;EMAIL=dragana.petrovic@gmx.at;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:dragana.petrovic@gmx.at
END:VEVENT""", prodid=PRODID_MAC),
    1, "Backhaus Gruber", "Personalleitung", "", "k.gruber.wels@icloud.com;Florian Gruber", "icloud-owner-de",
))

# SAP SuccessFactors phone interview.
EVENTS.append(Ev(
    "successfactors-telefon-de",
    "SF-IV-MARKTFRISCH-4471-000318",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:SF-IV-MARKTFRISCH-4471-000318
DTSTAMP:20251020T064400Z
DTSTART;TZID=Europe/Vienna:20251023T080000
DTEND;TZID=Europe/Vienna:20251023T083000
ORGANIZER;CN=Marktfrisch Handels GmbH:mailto:noreply@successfactors.eu
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Lukas Zehetner:mailto:lukas.zehetner@marktfrisch.at
SUMMARY:Telefoninterview – Head of People & Culture (w/m/d) – Job-ID 4471
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nwir bestätigen Ihr Telefoninterview für die Stelle Head of Peo
 ple & Culture (w/m/d)\, Job-ID 4471.\n\nIhr Gesprächspartner: Herr Lukas Zehetner\, Recruiting\nHerr Zeh
 etner ruft Sie unter +43 676 5528914 an.\n\nMit freundlichen Grüßen\nMarktfrisch Handels GmbH\nRecruitin
 g\, IZ NÖ-Süd Straße 3\, 2355 Wiener Neudorf
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Marktfrisch", "Head of People & Culture", "recruiter_screen", "lukas.zehetner@marktfrisch.at",
    "successfactors-phone-de",
))

# Terse Google entry by the user in UTC.
EVENTS.append(Ev(
    "google-kurz-eintrag-de",
    "6d0hq3l9s2ahkrv0b58e4c1p7m@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251106T130000Z
DTEND:20251106T143000Z
DTSTAMP:20251027T203355Z
UID:6d0hq3l9s2ahkrv0b58e4c1p7m@google.com
CREATED:20251027T203301Z
DESCRIPTION:Wr. Neudorf Zentrale\, Haus B. Gehaltsvorstellung überlegen!
LAST-MODIFIED:20251027T203355Z
LOCATION:Marktfrisch Zentrale\, Wiener Neudorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marktfrisch 2. Runde
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Dragana privat\nX-WR-TIMEZONE:Europe/Vienna"),
    1, "Marktfrisch", "", "", "", "user-typed-terse-de",
))

# Swiss employer, Abacus Umantis, Swiss spelling (no ß), first conversation with the CEO.
EVENTS.append(Ev(
    "umantis-ceo-ch",
    "umantis-termin-3307-14-aebi",
    cal(TZ_ZURICH + "\n" + r"""BEGIN:VEVENT
UID:umantis-termin-3307-14-aebi
DTSTAMP:20251014T090012Z
DTSTART;TZID=Europe/Zurich:20251030T140000
DTEND;TZID=Europe/Zurich:20251030T153000
ORGANIZER;CN=Confiserie Aebi AG – Personal:mailto:jobs@aebi-confiserie.ch
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Reto Aebi:mailto:reto.aebi@aebi-confiserie.ch
ATTENDEE;CN=Corinne Baumann:mailto:corinne.baumann@aebi-confiserie.ch
SUMMARY:Einladung zum Vorstellungsgespräch: Leiterin/Leiter Human Resources 80–100 %
DESCRIPTION:Guten Tag Frau Petrović\n\nBesten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem erst
 en Gespräch mit unserem CEO\, Herrn Reto Aebi\, und Frau Corinne Baumann (Leiterin Finanzen) ein.\n\nOrt:
  Confiserie Aebi AG\, Seestrasse 112\, 8800 Thalwil\, Sitzungszimmer «Praline»\n\nFreundliche Grüsse\nSi
 mone Keller\nHR-Administration\n\n--\nAbacus Umantis Bewerbermanagement
LOCATION:Confiserie Aebi AG\, Seestrasse 112\, 8800 Thalwil
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Confiserie Aebi", "Leiterin/Leiter Human Resources", "hiring_manager",
    "reto.aebi@aebi-confiserie.ch;corinne.baumann@aebi-confiserie.ch", "umantis-swiss-de",
))

# onlyfy (formerly Prescreen), on-site day at a plant with a tour.
EVENTS.append(Ev(
    "onlyfy-vor-ort-de",
    "onlyfy-7a61c0d2e4f94b0a@app.onlyfy.io",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:onlyfy-7a61c0d2e4f94b0a@app.onlyfy.io
DTSTAMP:20251103T101500Z
DTSTART;TZID=Europe/Vienna:20251113T090000
DTEND;TZID=Europe/Vienna:20251113T130000
ORGANIZER;CN=Brennerwerk Automotive Recruiting:mailto:bewerbung@brennerwerk.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=DI Gernot Hofer:mailto:gernot.hofer@brennerwerk.com
ATTENDEE;CN=Mag. Petra Kalcher:mailto:petra.kalcher@brennerwerk.com
SUMMARY:Vor-Ort-Termin: Head of HR (all genders) – Werk Graz-Liebenau
DESCRIPTION:Liebe Frau Petrović\,\n\nwir freuen uns\, Sie an unserem Standort Graz-Liebenau begrüßen zu d
 ürfen.\n\nAblauf:\n09:00 Begrüßung & Werksführung\n10:00 Interview mit DI Gernot Hofer (Werksleiter) und
  Mag. Petra Kalcher (CFO)\n11:30 Gespräch mit dem Betriebsratsvorsitzenden\n12:30 Mittagessen\n\nBitte b
 ringen Sie festes Schuhwerk mit (Sicherheitsschuhe stellen wir bereit).\n\nBeste Grüße\nIhr Recruiting-T
 eam\n\nVersendet über onlyfy by XING
LOCATION:Brennerwerk Automotive GmbH\, Puntigamer Straße 127\, 8041 Graz\, Portier Tor 2
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Brennerwerk Automotive", "Head of HR", "onsite",
    "gernot.hofer@brennerwerk.com;petra.kalcher@brennerwerk.com", "onlyfy-plant-visit-de",
))

# rexx, final hearing before a regional bank's board.
EVENTS.append(Ev(
    "rexx-hearing-vorstand-de",
    "rexx-2025-11-0392@bergbank.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:rexx-2025-11-0392@bergbank.at
DTSTAMP:20251110T133700Z
DTSTART;TZID=Europe/Vienna:20251125T160000
DTEND;TZID=Europe/Vienna:20251125T173000
ORGANIZER;CN=Bergbank Tirol – Personalmanagement:mailto:karriere@bergbank.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Dr. Markus Heiss:mailto:markus.heiss@bergbank.at
ATTENDEE;CN=Mag. Verena Strolz:mailto:verena.strolz@bergbank.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sitzungszimmer Vorstand:mailto:raum.vorstand@bergbank.at
SUMMARY:Finales Hearing – Leitung Human Resources
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nwir freuen uns\, Sie zum finalen Hearing vor dem Vorstand der
  Bergbank Tirol AG einzuladen (Dr. Markus Heiss\, Vorsitzender\; Mag. Verena Strolz\, Vorständin Risiko &
  Personal).\n\nBitte bereiten Sie eine Präsentation (max. 15 Minuten) zum Thema „Die ersten 100 Tage al
 s Leitung HR“ vor.\n\nAdresse: Maria-Theresien-Straße 31\, 6020 Innsbruck\, 4. Stock\n\nMit freundliche
 n Grüßen\nPersonalmanagement\n\nrexx systems – Bewerbermanagement
LOCATION:Bergbank Tirol AG\, Maria-Theresien-Straße 31\, 6020 Innsbruck
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Bergbank Tirol", "Leitung Human Resources", "final",
    "markus.heiss@bergbank.at;verena.strolz@bergbank.at", "rexx-board-hearing-de",
))

# d.vinci, video first conversation with the clinic's recruiter.
EVENTS.append(Ev(
    "dvinci-kennenlernen-de",
    "dvinci-5529-1c2b3a@pk-stveit.at",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:dvinci-5529-1c2b3a@pk-stveit.at
DTSTAMP:20251021T094800Z
DTSTART;TZID=Europe/Vienna:20251029T113000
DTEND;TZID=Europe/Vienna:20251029T120000
ORGANIZER;CN=Privatklinik Sankt Veit – Karriere:mailto:karriere@pk-stveit.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Nina Lechner:mailto:nina.lechner@pk-stveit.at
SUMMARY:Kennenlerngespräch Personalleitung (m/w/d)
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nherzlichen Dank für Ihre Bewerbung bei der Privatklinik Sankt
  Veit. Gerne möchten wir Sie in einem ersten Videogespräch mit Frau Nina Lechner (Recruiting) näher kenn
 enlernen.\n\n{teams_de("417 208 556 930", "OGI0ZjVjMzctYTE", "771 306 245")}\n\nFreundliche Grüße\nIhr
  Karriere-Team\n\n(Diese Einladung wurde über d.vinci versendet.)
LOCATION:Online (Microsoft Teams)
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Privatklinik Sankt Veit", "Personalleitung", "recruiter_screen", "nina.lechner@pk-stveit.at",
    "dvinci-video-de",
))

# Webex, hotel group, COO interview.
EVENTS.append(Ev(
    "webex-hotelgruppe-de",
    "7F3E0A8D2B4C5D6E1F9A0B8C7D6E5F41@wendelstein-hotels.webex.com",
    cal(TZ_BERLIN + "\n" + rf"""BEGIN:VEVENT
UID:7F3E0A8D2B4C5D6E1F9A0B8C7D6E5F41@wendelstein-hotels.webex.com
DTSTAMP:20251015T141200Z
DTSTART;TZID=Europe/Berlin:20251022T170000
DTEND;TZID=Europe/Berlin:20251022T180000
ORGANIZER;CN=Florian Aschauer:mailto:florian.aschauer@wendelstein-hotels.de
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Videointerview Director People & Culture – Hotelgruppe Wendelstein
DESCRIPTION:Liebe Frau Petrović\,\n\nich freue mich auf unser Gespräch! Als COO der Gruppe wäre ich Ihr d
 irekter Ansprechpartner – die Position berichtet an mich.\n\nHerzliche Grüße aus Rosenheim\nFlorian Asch
 auer\n\n{webex("wendelstein-hotels", "2741 118 3096", "de")}
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Hotelgruppe Wendelstein", "Director People & Culture", "hiring_manager",
    "florian.aschauer@wendelstein-hotels.de", "webex-coo-de",
))
