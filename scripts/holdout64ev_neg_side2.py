"""holdout64: the user on the hiring side at her current employer, second part."""

from __future__ import annotations

from holdout64ev_boiler import teams_de, teams_en
from holdout64ev_ics import PRODID_OUTLOOK, TZ_VIENNA, TZ_ZURICH, Ev, cal

EVENTS: list[Ev] = []

# The managing director's second round with a candidate on gmx; the user attends.
EVENTS.append(Ev(
    "gf-zweitgespraech-kandidatin-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8horvat2",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8horvat2
DTSTAMP:20251028T101000Z
DTSTART;TZID=Europe/Vienna:20251106T100000
DTEND;TZID=Europe/Vienna:20251106T110000
ORGANIZER;CN=Gerhard Aigner:mailto:gerhard.aigner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=m.horvat@gmx.at:mailto:m.horvat@gmx.at
SUMMARY:Zweitgespräch Fr. Mag. Horvat – Leitung Lohnverrechnung (mit GF)
DESCRIPTION:Sehr geehrte Frau Mag. Horvat\,\n\ndanke für das angenehme Erstgespräch mit Frau Petrović. Ge
 rne lade ich Sie zu einem zweiten Gespräch in unsere Zentrale ein\; Frau Petrović wird wieder dabei sein.\n
 \nMit freundlichen Grüßen\nGerhard Aigner\nKaufmännischer Geschäftsführer\, Alpenmilch Gruppe
LOCATION:Zentrale Wien\, Raum Dachstein
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-second-round-freemail-candidate-de",
))

# Hearing jury for a logistics head, three candidates.
EVENTS.append(Ev(
    "hearing-jury-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8hearLOG",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8hearLOG
DTSTAMP:20251029T080000Z
DTSTART;TZID=Europe/Vienna:20251112T090000
DTEND;TZID=Europe/Vienna:20251112T123000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Gerhard Aigner:mailto:gerhard.aigner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Thomas Ebner:mailto:thomas.ebner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Claudia Prinz (Betriebsrat):mailto:claudia.prinz@alpenmilch-gruppe.at
SUMMARY:Hearing Leitung Logistik – Jury (3 Kandidat:innen à 45 Min.)
DESCRIPTION:09:00 Hr. DI Berger\n10:00 Fr. Mag. Schuster\n11:00 Hr. Wieser\n12:00 Jury-Reihung\n\nBewertu
 ngsbogen und Lebensläufe im Teams-Kanal „Recruiting Logistik“.
LOCATION:Zentrale Wien\, Raum Großglockner
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-hearing-jury-de",
))

# Calibration of interview ratings for the trainee programme.
EVENTS.append(Ev(
    "kalibrierung-bewertungen-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8calTRN",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8calTRN
DTSTAMP:20251023T090000Z
DTSTART;TZID=Europe/Vienna:20251024T130000
DTEND;TZID=Europe/Vienna:20251024T140000
ORGANIZER;CN=Katrin Pölzl:mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Josef Haider:mailto:josef.haider@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Birgit Kastner:mailto:birgit.kastner@alpenmilch-gruppe.at
SUMMARY:Kalibrierung Interviewbewertungen Traineeprogramm 2026
DESCRIPTION:Abgleich unserer Bewertungen aus dem AC und den Einzelinterviews\, Ziel: Shortlist von 4 Trai
 nees.\n\n{teams_de("288 503 174 661", "a2FsaWJyaWVydW5", "540 661 902")}
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-calibration-de",
))

# Review of recorded video applications.
EVENTS.append(Ev(
    "videobewerbungen-sichten-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8videoPR",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8videoPR
DTSTAMP:20251030T070000Z
DTSTART;TZID=Europe/Vienna:20251031T080000
DTEND;TZID=Europe/Vienna:20251031T093000
SUMMARY:Videobewerbungen sichten – Sommerpraktikum Marketing (12 Stk.)
DESCRIPTION:Aufzeichnungen im Personio-Link\; je 3 Fragen\, Bewertung 1–5\; Top 4 an Marketing (Sandra)
TRANSP:OPAQUE
END:VEVENT""", prodid=PRODID_OUTLOOK, method="PUBLISH"),
    0, trap="user-as-interviewer-video-review-de",
))

# Apprentice casting day at the plant.
EVENTS.append(Ev(
    "lehrlingscasting-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8lehrling",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8lehrling
DTSTAMP:20251015T120000Z
DTSTART;TZID=Europe/Vienna:20251119T080000
DTEND;TZID=Europe/Vienna:20251119T150000
ORGANIZER;CN=Katrin Pölzl:mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Josef Haider:mailto:josef.haider@alpenmilch-gruppe.at
SUMMARY:Lehrlingscasting Molkereitechnik & Bürokaufleute – Werk Freistadt
DESCRIPTION:14 Jugendliche\, Stationen: Werksführung\, Geschicklichkeitstest\, Kurzinterview (Dragana / Jo
 sef)\, Elterninfo um 14:00.
LOCATION:Werk Freistadt\, Kantine
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-apprentice-casting-de",
))

# Swiss subsidiary's Umantis invite to a candidate; the user is on the panel.
EVENTS.append(Ev(
    "umantis-tochter-kandidat-ch",
    "umantis-termin-0815-22-alpenmilch-ch",
    cal(TZ_ZURICH + "\n" + r"""BEGIN:VEVENT
UID:umantis-termin-0815-22-alpenmilch-ch
DTSTAMP:20251104T093000Z
DTSTART;TZID=Europe/Zurich:20251113T100000
DTEND;TZID=Europe/Zurich:20251113T111500
ORGANIZER;CN=Alpenmilch Schweiz AG – Personal:mailto:jobs@alpenmilch.ch
ATTENDEE;RSVP=TRUE;CN=Reto Zumbühl:mailto:reto.zumbuehl@bluewin.ch
ATTENDEE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;CN=Urs Bachmann:mailto:urs.bachmann@alpenmilch.ch
SUMMARY:Einladung zum Vorstellungsgespräch: Teamleiter Logistik (m/w) – Reto Zumbühl
DESCRIPTION:Guten Tag Herr Zumbühl\n\nBesten Dank für Ihre Bewerbung als Teamleiter Logistik. Gerne laden
  wir Sie zu einem Gespräch mit Herrn Urs Bachmann (Standortleiter) und Frau Dragana Petrović (HR Busines
 s Partner\, per Video aus Wien) ein.\n\nOrt: Alpenmilch Schweiz AG\, Industriestrasse 8\, 6210 Sursee\n\n
 Freundliche Grüsse\nAlpenmilch Schweiz AG\n\n--\nAbacus Umantis Bewerbermanagement
LOCATION:Alpenmilch Schweiz AG\, Industriestrasse 8\, 6210 Sursee
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="user-as-interviewer-umantis-subsidiary-ch",
))

# Weekly interview slots (series) with one moved occurrence, same UID.
_SLOTS = "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8slotsFRE"
EVENTS.append(Ev(
    "serie-interviewslots-de",
    _SLOTS,
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:{_SLOTS}
DTSTAMP:20251020T080000Z
DTSTART;TZID=Europe/Vienna:20251104T130000
DTEND;TZID=Europe/Vienna:20251104T160000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Josef Haider:mailto:josef.haider@alpenmilch-gruppe.at
SUMMARY:Interview-Slots Schichtleiter:innen Werk Freistadt (Blocker)
DESCRIPTION:Geblockt für Bewerbungsgespräche Schichtleitung (Früh/Spät/Nacht). Kandidat:innen trage ich la
 ufend ein.
LOCATION:Werk Freistadt\, FRE Besprechung 1
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:{_SLOTS}
DTSTAMP:20251110T080000Z
RECURRENCE-ID;TZID=Europe/Vienna:20251118T130000
DTSTART;TZID=Europe/Vienna:20251119T080000
DTEND;TZID=Europe/Vienna:20251119T110000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Josef Haider:mailto:josef.haider@alpenmilch-gruppe.at
SUMMARY:Interview-Slots Schichtleiter:innen Werk Freistadt (verschoben wegen Audit)
LOCATION:Werk Freistadt\, FRE Besprechung 1
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-recurring-override-de",
))

# Job fair booth: short interviews with students for the employer.
EVENTS.append(Ev(
    "karrieremesse-stand-de",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8messeWU",
    cal(r"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8messeWU
DTSTAMP:20251001T090000Z
DTSTART;VALUE=DATE:20251023
DTEND;VALUE=DATE:20251024
ORGANIZER;CN=Katrin Pölzl:mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Karrieremesse WU – Alpenmilch-Stand (Kurzinterviews mit Studierenden)
DESCRIPTION:Standdienst: Dragana 9–13 Uhr\, Katrin 13–17 Uhr. Vorab gebuchte Kurzinterviews (15 Min.) für
  Traineeprogramm und Praktika: Liste folgt. Roll-up und Goodies im Kofferraum.
LOCATION:WU Wien\, Welthandelsplatz 1\, 1020 Wien
TRANSP:TRANSPARENT
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-job-fair-booth-de",
))

# English interview the user leads for an export manager; candidate on a Polish free-mail.
EVENTS.append(Ev(
    "interview-export-manager-en",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8exportPL",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8exportPL
DTSTAMP:20251105T130000Z
DTSTART;TZID=Europe/Vienna:20251110T150000
DTEND;TZID=Europe/Vienna:20251110T160000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Tomasz Wójcik:mailto:tomasz.wojcik@wp.pl
ATTENDEE;RSVP=TRUE;CN=Robert Lindner:mailto:robert.lindner@alpenmilch-gruppe.at
SUMMARY:Interview – Tomasz Wójcik – Export Manager Poland
DESCRIPTION:Dear Mr Wójcik\,\n\nThank you for your application to Alpenmilch Gruppe. Robert Lindner (Dire
 ctor International Sales) and I look forward to speaking with you.\n\nKind regards\,\nDragana Petrović\nH
 R Business Partner\n\n{teams_en("379 120 664 058", "ZXhwb3J0UEwtMjA")}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-en",
))

# Serbian: the user interviews a shift-lead candidate for the Serbian subsidiary.
EVENTS.append(Ev(
    "intervju-sef-smene-sr",
    "AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8noviSad",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:AAMkADNiMzE0YWI2LTk3ZGItNGRmYy1hMzE1LTZmOTk0ZGQwZjM3YgBGAAAAAAD8noviSad
DTSTAMP:20251111T090000Z
DTSTART;TZID=Europe/Vienna:20251117T090000
DTEND;TZID=Europe/Vienna:20251117T100000
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Nikola Stanković:mailto:nikola.stankovic88@gmail.com
ATTENDEE;RSVP=TRUE;CN=Milan Jovanović:mailto:milan.jovanovic@alpenmilch.rs
SUMMARY:Intervju – Nikola Stanković – šef smene\, Alpenmilch Srbija (Novi Sad)
DESCRIPTION:Poštovani gospodine Stankoviću\,\n\nhvala na prijavi za poziciju šefa smene u našoj mlekari u
  Novom Sadu. Razgovor vodimo direktor pogona Milan Jovanović (uživo u Novom Sadu) i ja (preko Teams-a iz
  Beča).\n\nSrdačan pozdrav\,\nDragana Petrović\nHR Business Partner\, Alpenmilch Gruppe\n\n
 {teams_en("391 554 802 113", "bm92aVNhZC1zZWY")}
LOCATION:Alpenmilch Srbija\, Novi Sad / Microsoft Teams
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-as-interviewer-sr",
))
