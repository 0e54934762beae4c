"""holdout64: the user on the hiring side at her current employer (Alpenmilch Gruppe), first part."""

from __future__ import annotations

from holdout64ev_boiler import teams_de, teams_en
from holdout64ev_ics import PRODID_OUTLOOK, TZ_VIENNA, TZ_WIN_DE, WIN_DE_NAME, Ev, cal

WD = f'"{WIN_DE_NAME}"'

EVENTS: list[Ev] = []

# Personio invite the user sent as interviewer to a candidate on gmail.
EVENTS.append(Ev(
    "personio-user-laedt-ein-de",
    "personio-interview-3c8e1a5f-0b9d-4a27-9e64-f1d2c3b4a596",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250918T090000
DTEND;TZID=Europe/Vienna:20250918T100000
DTSTAMP:20250911T133000Z
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
UID:personio-interview-3c8e1a5f-0b9d-4a27-9e64-f1d2c3b4a596
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefanie Hollerer:mailto:stefanie.holl
 erer@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ing. Josef Haider:mailto:josef.haider@alpenmilch-grupp
 e.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Interview | Leitung Qualitätsmanagement (m/w/d) | Stefanie Hollerer
DESCRIPTION:Liebe Frau Hollerer\,\n\nvielen Dank für Ihre Bewerbung bei der Alpenmilch Gruppe. Wir freuen
  uns auf das Gespräch mit Ihnen im Werk Freistadt.\n\nIhre Gesprächspartner:\n- Ing. Josef Haider\, Werk
 leiter\n- Dragana Petrović\, HR Business Partner\n\nAdresse: Alpenmilch Gruppe\, Werk Freistadt\, Molkere
 istraße 2\, 4240 Freistadt (Besucherparkplatz links vor der Einfahrt)\n\nBeste Grüße\nDragana Petrović\n
 \nDieser Termin wurde über Personio versendet.
LOCATION:Werk Freistadt\, Molkereistraße 2\, 4240 Freistadt
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""),
    0, trap="user-as-interviewer-personio-de",
))

# Outlook from the work address to a candidate on hotmail.
EVENTS.append(Ev(
    "outlook-user-organisiert-de",
    "040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC0100000000000000001000000011AA22BB33CC44DD55EE"
    "66FF77008899",
    cal(TZ_WIN_DE + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Petrović, Dragana":mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dominik.novak@hotmail.com:mailto:dominik.novak@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Haider, Josef":mailto:josef.haider@alpenmilch-gruppe.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="FRE Besprechung 1 (6)":mailto:fre-besprechung1@alpenmilch-g
 ruppe.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Novak\,\n\nwie telefonisch besprochen lade ich Sie zum Vorst
 ellungsgespräch für die Position Produktionsleitung im Werk Freistadt ein. Gesprächspartner sind Werklei
 ter Ing. Josef Haider und ich.\n\nMit freundlichen Grüßen\nDragana Petrović\nHR Business Partner\nAlpenm
 ilch Gruppe
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Hr. Novak – Produktionsleitung Werk Freistadt
DTSTART;TZID={WD}:20251002T130000
DTEND;TZID={WD}:20251002T143000
UID:040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC0100000000000000001000000011AA22BB33CC44DD55EE
 66FF77008899
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T090900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:FRE Besprechung 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-outlook-freemail-candidate-de",
))

# The user's own block to fill in a scorecard.
EVENTS.append(Ev(
    "scorecard-block-de",
    "040000008200E00074C5B7101A82E0080000000041B3C5D7E9F1DB0100000000000000001000000002468ACE13579BDF0246"
    "8ACE13579BDF",
    cal(TZ_WIN_DE + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Petrović, Dragana":mailto:d.petrovic@alpenmilch-gruppe.at
DESCRIPTION;LANGUAGE=de-AT:Bewertungsbogen in Personio ausfüllen (Interview gestern mit Jakob Fuchs\, Key
  Account Manager LEH). Kriterien: Verhandlungsführung\, Listungsgespräche REWE/SPAR\, Reisebereitschaft.
SUMMARY;LANGUAGE=de-AT:Scorecard J. Fuchs (KAM LEH) ausfüllen
DTSTART;TZID={WD}:20251008T080000
DTEND;TZID={WD}:20251008T083000
UID:040000008200E00074C5B7101A82E0080000000041B3C5D7E9F1DB0100000000000000001000000002468ACE13579BDF0246
 8ACE13579BDF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T155000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_OUTLOOK, method="PUBLISH"),
    0, trap="user-as-interviewer-scorecard-de",
))

# Debrief after three candidates, the user organizes.
EVENTS.append(Ev(
    "debrief-controller-de",
    "AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2debrief",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2debrief
DTSTAMP:20251013T080000Z
DTSTART;TZID=Europe/Vienna:20251017T143000
DTEND;TZID=Europe/Vienna:20251017T151500
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Gerhard Aigner:mailto:gerhard.aigner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Birgit Kastner:mailto:birgit.kastner@alpenmilch-gruppe.at
SUMMARY:Debrief Controller:in – Auswahlentscheidung (3 Kandidat:innen)
DESCRIPTION:Hallo Gerhard\, hallo Birgit\,\n\nkurze Runde zur Entscheidung nach den Interviews dieser Woc
 he (Fr. Leitner\, Hr. Omerović\, Fr. Tanzer). Bitte vorher eure Bewertungen in Personio eintragen.\n\nLG
  Dragana\n\n{teams_de("290 447 318 022", "ZGVicmllZi1hbHA", "661 204 873")}
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-debrief-de",
))

# Assessment centre for the trainee programme; the user is an observer.
EVENTS.append(Ev(
    "assessment-center-beobachterin-de",
    "AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2ac2026",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2ac2026
DTSTAMP:20251001T070000Z
DTSTART;TZID=Europe/Vienna:20251022T080000
DTEND;TZID=Europe/Vienna:20251022T170000
ORGANIZER;CN=Katrin Pölzl:mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Josef Haider:mailto:josef.haider@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Birgit Kastner:mailto:birgit.kastner@alpenmilch-gruppe.at
SUMMARY:Assessment Center Traineeprogramm 2026 – Beobachter:innen
DESCRIPTION:Liebe Beobachter:innen\,\n\nanbei der Termin für das AC unseres Traineeprogramms 2026 (8 Kandi
 dat:innen). 08:00 Briefing\, 09:00–15:30 Übungen (Gruppendiskussion\, Präsentation\, Rollenspiel\, Inter
 view)\, 16:00 Beobachterkonferenz.\n\nBeobachtungsbögen liegen im Seminarraum auf.\n\nDanke & LG\nKatrin
LOCATION:Seminarraum Zentrale\, Alpenmilch Gruppe\, Wien
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-assessment-observer-de",
))

# English panel for an export sales role; the organizer is a sales director at the user's employer.
EVENTS.append(Ev(
    "panel-area-sales-en",
    "AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2panelSEE",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2panelSEE
DTSTAMP:20251009T110000Z
DTSTART;TZID=Europe/Vienna:20251015T100000
DTEND;TZID=Europe/Vienna:20251015T110000
ORGANIZER;CN=Robert Lindner:mailto:robert.lindner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Marija Kovačević:mailto:marija.kovacevic@outlook.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Goran Ilić:mailto:goran.ilic@alpenmilch-gruppe.at
SUMMARY:Interview panel: Area Sales Manager SEE – Marija Kovačević
DESCRIPTION:Dear Marija\,\n\nThank you for your interest in Alpenmilch Gruppe. Your panel:\n- Robert Lind
 ner\, Director International Sales\n- Goran Ilić\, Country Manager Serbia\n- Dragana Petrović\, HR Busine
 ss Partner\n\nWe will speak English.\n\nBest regards\,\nRobert\n\n
 {teams_en("366 902 117 845", "YWxwZW5taWxjaC1")}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-panel-en",
))

# The user lets an HR trainee shadow her interview with an apprentice applicant.
EVENTS.append(Ev(
    "shadowing-lehrling-de",
    "AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2shadow",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2shadow
DTSTAMP:20251014T120000Z
DTSTART;TZID=Europe/Vienna:20251021T100000
DTEND;TZID=Europe/Vienna:20251021T110000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Lena Moser:mailto:lena.moser@alpenmilch-gruppe.at
SUMMARY:Shadowing: Lena begleitet mich beim Bewerbungsgespräch (Lehrling Molkereitechnik)
DESCRIPTION:Liebe Lena\,\n\ndu sitzt bei meinem Gespräch mit dem Lehrstellenbewerber (Elias\, 15) dabei u
 nd beobachtest nur. Danach 15 Min. Reflexion: Gesprächseinstieg\, offene Fragen\, Umgang mit Nervosität.\n
 \nLG Dragana
LOCATION:Besprechungsraum Salzburg\, 2. OG
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-shadowing-de",
))

# Calendly notification to the user as host; the applicant booked her slot.
EVENTS.append(Ev(
    "calendly-user-als-host-de",
    "b71e4d02-3a8f-4c95-9e6d-2f0a1c7b5e38@calendly.com",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:b71e4d02-3a8f-4c95-9e6d-2f0a1c7b5e38@calendly.com
DTSTAMP:20251020T175212Z
DTSTART;TZID=Europe/Vienna:20251024T090000
DTEND;TZID=Europe/Vienna:20251024T093000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Aleksandar Jović:mailto:a.jovic84@yahoo.com
SUMMARY:Kennenlerngespräch Personalverrechnung zwischen Dragana Petrović und Aleksandar Jović
DESCRIPTION:Eingeladene Person: Aleksandar Jović\nE-Mail der eingeladenen Person: a.jovic84@yahoo.com\nE
 vent-Typ: Kennenlerngespräch Personalverrechnung (30 Min.)\n\nFragen:\nFür welche Stelle bewerben Sie sic
 h? Personalverrechner:in (Teilzeit 30 h)\nTelefonnummer: +43 660 4419 027\n\nOrt: Telefon – Dragana Petr
 ović ruft an\n\nÄnderungen an diesem Event? Stornieren: https://calendly.com/cancellations/b71e4d02\n\nP
 owered by Calendly.com
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="user-as-interviewer-calendly-host-de",
))

# A recruitment agency sends its candidate to the user's employer.
EVENTS.append(Ev(
    "agentur-schickt-kandidatin-de",
    "stb-2025-1103-lechner@steinberg-personal.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:stb-2025-1103-lechner@steinberg-personal.at
DTSTAMP:20251027T151500Z
DTSTART;TZID=Europe/Vienna:20251103T140000
DTEND;TZID=Europe/Vienna:20251103T150000
ORGANIZER;CN=Mag. Ulrike Steinberg:mailto:u.steinberg@steinberg-personal.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Gerhard Aigner:mailto:gerhard.aigner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Mag. Sabine Lechner:mailto:sabine.lechner@gmx.at
SUMMARY:Interview: Mag. Sabine Lechner bei Alpenmilch Gruppe – Leitung Controlling
DESCRIPTION:Sehr geehrte Frau Petrović\, sehr geehrter Herr Aigner\,\n\nwie vereinbart stellen wir Ihnen
  unsere Kandidatin Mag. Sabine Lechner für die Position Leitung Controlling vor. Ihr Profil und unser Ber
 aterbericht liegen bei. Frau Lechner ist in Kopie.\n\nMit freundlichen Grüßen\nUlrike Steinberg\nSteinbe
 rg Personalberatung GmbH
LOCATION:Alpenmilch Gruppe Zentrale\, Wien – Raum Großglockner
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="user-as-interviewer-agency-sends-candidate-de",
))

# The user's hand-typed note (floating time), no organizer.
EVENTS.append(Ev(
    "notiz-kandidatin-floating-de",
    "B0E5A7C2-1F3D-4E6B-8A9C-7D2E0F4B6A13",
    cal(r"""BEGIN:VEVENT
UID:B0E5A7C2-1F3D-4E6B-8A9C-7D2E0F4B6A13
DTSTAMP:20251009T163000Z
DTSTART:20251015T140000
DTEND:20251015T150000
SUMMARY:Intv. Petra K. (Lohnverrechnung) – BR Salzburg
DESCRIPTION:Lebenslauf ausgedruckt\; Fragen zu BMD + Kollektivvertrag Molkereien
END:VEVENT""", prodid=PRODID_OUTLOOK, method="PUBLISH"),
    0, trap="user-as-interviewer-note-floating-de",
))

# Prep of an interview guide and case for a plant manager role.
EVENTS.append(Ev(
    "interviewleitfaden-block-de",
    "AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2kitFRE",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkAGQ0YjFkZTc5LTcxNWMtNDU3Zi05ZDQ1LWE4ZmM3ZTdkMzE2NQBGAAAAAAC9bKd2kitFRE
DTSTAMP:20251103T070000Z
DTSTART;TZID=Europe/Vienna:20251105T130000
DTEND;TZID=Europe/Vienna:20251105T143000
SUMMARY:Interviewleitfaden + Fallstudie Werksleitung Freistadt finalisieren
DESCRIPTION:Kompetenzmodell Führung anwenden\; Fallstudie „Schichtmodell 24/7“ mit Josef abstimmen\; Bewe
 rtungsskala 1–5\; an Kandidat:innen erst am Vortag schicken.
TRANSP:OPAQUE
END:VEVENT""", prodid=PRODID_OUTLOOK, method="PUBLISH"),
    0, trap="user-as-interviewer-interview-kit-de",
))
