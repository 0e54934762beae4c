"""holdout64: other negatives, first part (mock, webinars, media, appointments, the user's own HR events)."""

from __future__ import annotations

from holdout64ev_boiler import teams_de, zoom_de, zoom_en
from holdout64ev_ics import PRODID_APPLE, PRODID_OUTLOOK, TZ_VIENNA, Ev, cal

EVENTS: list[Ev] = []

# Mock interview with a paid career coach.
EVENTS.append(Ev(
    "mock-interview-coach-de",
    "wiesinger-coaching-2025-10-petrovic-3",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
UID:wiesinger-coaching-2025-10-petrovic-3
DTSTAMP:20251001T180000Z
DTSTART;TZID=Europe/Vienna:20251004T100000
DTEND;TZID=Europe/Vienna:20251004T113000
ORGANIZER;CN=Mag. Andrea Wiesinger:mailto:a.wiesinger@karrierecoaching-wiesinger.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Mock-Interview Head of HR (Coaching-Einheit 3/5)
DESCRIPTION:Liebe Dragana\,\n\nwie besprochen spielen wir diesmal ein komplettes Vorstellungsgespräch für
  eine Head-of-HR-Position durch – ich bin die Geschäftsführerin\, du die Kandidatin. Bitte deine 3-Minuten
 -Selbstpräsentation vorbereiten. Wir zeichnen auf und analysieren danach.\n\nAlles Liebe\nAndrea\n\n
 {zoom_de("641 902 3357", "Y29hY2hpbmc1")}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="mock-interview-coach-de",
))

# Practice interview with a friend, typed in Serbian, naming a real prospective employer.
EVENTS.append(Ev(
    "probni-intervju-prijateljica-sr",
    "2v5x8z1b4d7f0h3j6l9n2p5r8t@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251014T173000Z
DTEND:20251014T183000Z
DTSTAMP:20251012T201500Z
UID:2v5x8z1b4d7f0h3j6l9n2p5r8t@google.com
CREATED:20251012T201500Z
DESCRIPTION:Jelena glumi Marcusa (GM CEE). Na engleskom! Pitanja iz Glassdoora za Brightwell + moja 3 prim
 era za change management.
LAST-MODIFIED:20251012T201500Z
LOCATION:kod Jelene\, Margareten
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probni intervju sa Jelenom (za Brightwell onsite)
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Dragana privat\nX-WR-TIMEZONE:Europe/Vienna"),
    0, trap="mock-interview-friend-names-employer-sr",
))

# Webinar about structured interviewing.
EVENTS.append(Ev(
    "webinar-structured-interviewing-en",
    "zoom-webinar-88411207735-reg-55102@zoom.us",
    cal(rf"""BEGIN:VEVENT
UID:zoom-webinar-88411207735-reg-55102@zoom.us
DTSTAMP:20250915T100000Z
DTSTART:20250925T140000Z
DTEND:20250925T151500Z
ORGANIZER;CN=HR Leaders Forum:mailto:events@hrleadersforum.eu
ATTENDEE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Webinar: Structured Interviewing for HR Leaders – reducing bias in final rounds
DESCRIPTION:Hi Dragana\,\n\nThank you for registering for "Structured Interviewing for HR Leaders". Speak
 ers: Dr. Miriam Hale (organisational psychologist) and Tobias Renner (Head of Talent\, Fintech).\n\nPlea
 se submit your questions before the webinar.\n\n{zoom_en("884 1120 7735", "d2ViaW5hcjI1", "us06web")}
LOCATION:Zoom Webinar
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="webinar-en",
))

# Two-day seminar on competency-based interviewing (day 1 shown as a timed event).
EVENTS.append(Ev(
    "seminar-interviewfuehrung-de",
    "pakw-2025-117-tn-0442@personalakademie.wien",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:pakw-2025-117-tn-0442@personalakademie.wien
DTSTAMP:20250901T090000Z
DTSTART;TZID=Europe/Vienna:20251009T090000
DTEND;TZID=Europe/Vienna:20251009T170000
ORGANIZER;CN=Personal Akademie Wien:mailto:seminare@personalakademie.wien
ATTENDEE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Seminar: Kompetenzbasierte Interviewführung (Tag 1/2)
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nwir bestätigen Ihre Anmeldung zum Seminar „Kompetenzbasierte
  Interviewführung – Auswahlgespräche sicher gestalten“ (Seminar-Nr. 2025-117). Trainerin: Mag. Sonja Ha
 rtl. Ort: Seminarzentrum Mariahilfer Straße 88a\, 1070 Wien\, Raum 3.\n\nRechnung ergeht an: Alpenmilch
  Gruppe\, Personalentwicklung.
LOCATION:Personal Akademie Wien\, Mariahilfer Straße 88a\, 1070 Wien
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="class-interviewing-de",
))

# The user is interviewed for an HR podcast.
EVENTS.append(Ev(
    "podcast-aufnahme-de",
    "hr-am-punkt-folge-58@riverside.fm",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:hr-am-punkt-folge-58@riverside.fm
DTSTAMP:20251008T150000Z
DTSTART;TZID=Europe/Vienna:20251027T180000
DTEND;TZID=Europe/Vienna:20251027T190000
ORGANIZER;CN=Philipp Hauer:mailto:philipp@hr-am-punkt.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Podcast-Aufnahme „HR am Punkt“ – Interview mit Dragana Petrović
DESCRIPTION:Hallo Dragana\,\n\nich freu mich! Thema der Folge 58: „Schichtarbeit attraktiv machen – Recrui
 ting in der Lebensmittelproduktion“. Wir nehmen über Riverside auf\, bitte Kopfhörer und ruhigen Raum. Da
 uer ca. 45 Min.\, Schnitt machen wir.\n\nAufnahmelink: https://riverside.fm/studio/hr-am-punkt?t=8c1e2f\n
 \nLG Philipp
LOCATION:https://riverside.fm/studio/hr-am-punkt
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="podcast-interview-de",
))

# Press interview arranged by the employer's press office.
EVENTS.append(Ev(
    "presseinterview-de",
    "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AB0011CC2233DD4455EE"
    "6677FF8899",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
ORGANIZER;CN="Holzer, Verena":mailto:verena.holzer@alpenmilch-gruppe.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Petrović, Dragana":mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Simon Reiter:mailto:s.reiter@wirtschaftsblatt-online.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Dragana\,\n\nder Redakteur Simon Reiter (Karriere-Ressort) möchte dich zum
  Thema Fachkräftemangel in der Lebensmittelindustrie interviewen. Bitte keine Zahlen zur Fluktuation nen
 nen\, Freigabe der Zitate über mich. Fotograf kommt 15 Min. früher.\n\nLG Verena\nUnternehmenskommunikati
 on
SUMMARY;LANGUAGE=de-AT:Presseinterview Wirtschaftsblatt – Fachkräfte Lebensmittelindustrie
DTSTART;TZID=Europe/Vienna:20251030T100000
DTEND;TZID=Europe/Vienna:20251030T110000
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AB0011CC2233DD4455EE
 6677FF8899
DTSTAMP:20251020T121200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Zentrale Wien\, Raum Großglockner
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="press-interview-de",
))

# User research by an HR software vendor, with a voucher.
EVENTS.append(Ev(
    "user-research-hr-software-de",
    "ux-research-teamwerk-2025-11-p17@teamwerk-hr.com",
    cal(rf"""BEGIN:VEVENT
UID:ux-research-teamwerk-2025-11-p17@teamwerk-hr.com
DTSTAMP:20251027T090000Z
DTSTART:20251103T150000Z
DTEND:20251103T154500Z
ORGANIZER;CN=Clara Neumann (UX Research):mailto:research@teamwerk-hr.com
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Research-Interview: Wie planen Sie Bewerbungsgespräche? (45 Min.)
DESCRIPTION:Hallo Frau Petrović\,\n\nvielen Dank\, dass Sie an unserer Nutzerstudie teilnehmen! Wir möch
 ten verstehen\, wie HR-Teams Interviews koordinieren. Es gibt keine richtigen oder falschen Antworten – wi
 r testen die Software\, nicht Sie. Als Dankeschön erhalten Sie einen Gutschein über 75 €.\n\nClara Neuma
 nn\, UX Research\, Teamwerk HR Software GmbH\n\n{zoom_de("829 557 1106", "dXhyZXNlYXJj")}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="user-research-interview-de",
))

# Dentist, typed on the iPhone.
EVENTS.append(Ev(
    "zahnarzt-de",
    "F1A2B3C4-D5E6-4789-ABCD-EF0123456789",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20250905T071000Z
DTEND;TZID=Europe/Vienna:20250919T081500
DTSTAMP:20250905T071000Z
DTSTART;TZID=Europe/Vienna:20250919T073000
LOCATION:Dr. Hofbauer\, Landstraßer Hauptstraße 71\, 1030 Wien
SEQUENCE:0
SUMMARY:Zahnarzt Dr. Hofbauer – Kontrolle + MH
TRANSP:OPAQUE
UID:F1A2B3C4-D5E6-4789-ABCD-EF0123456789
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    0, trap="doctor-de",
))

# Bank appointment from the bank's booking system.
EVENTS.append(Ev(
    "bank-wohnkredit-de",
    "termin-2025-10-8847331@online.donaubank.at",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:termin-2025-10-8847331@online.donaubank.at
DTSTAMP:20251002T101000Z
DTSTART;TZID=Europe/Vienna:20251013T163000
DTEND;TZID=Europe/Vienna:20251013T173000
ORGANIZER;CN=Ivana Marić:mailto:ivana.maric@donaubank.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Beratungsgespräch Wohnfinanzierung
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nvielen Dank für Ihre Terminbuchung. Ihre Beraterin Ivana Mari
 ć erwartet Sie in der Filiale Landstraße.\n\nBitte mitbringen: Lichtbildausweis\, letzte 3 Gehaltszettel
 \, Kaufvertragsentwurf.\n\nIhre Donaubank
LOCATION:Donaubank Filiale Landstraße\, Rochusgasse 5\, 1030 Wien
STATUS:CONFIRMED
END:VEVENT"""),
    0, trap="bank-de",
))

# The mother's US visa interview, typed in Serbian.
EVENTS.append(Ev(
    "mama-vizni-intervju-sr",
    "9k2m5p8s1v4y7b0e3h6n9q2t5w@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251121T074500Z
DTEND:20251121T093000Z
DTSTAMP:20251030T192000Z
UID:9k2m5p8s1v4y7b0e3h6n9q2t5w@google.com
CREATED:20251030T192000Z
DESCRIPTION:Mama: pasoš\, DS-160 potvrda\, fotografija\, potvrda o plaćenoj taksi. Ja je vozim i čekam nap
 olju.
LAST-MODIFIED:20251030T192000Z
LOCATION:Ambasada SAD\, Boltzmanngasse 16\, 1090 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mama – intervju za američku vizu
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Dragana privat\nX-WR-TIMEZONE:Europe/Vienna"),
    0, trap="visa-interview-family-sr",
))

# Parent-teacher day.
EVENTS.append(Ev(
    "elternsprechtag-de",
    "schoolfox-est-2025-3b-luka-1430",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:schoolfox-est-2025-3b-luka-1430
DTSTAMP:20251105T080000Z
DTSTART;TZID=Europe/Vienna:20251121T143000
DTEND;TZID=Europe/Vienna:20251121T144500
SUMMARY:Elternsprechtag – Luka (3B)\, Fr. Prof. Weiss (Mathematik)
DESCRIPTION:Gebuchter Sprechtag-Slot über SchoolFox. 2. Stock\, bitte pünktlich (10-Minuten-Slots).
LOCATION:Gymnasium Landstraße\, Raum 214
STATUS:CONFIRMED
END:VEVENT""", method="PUBLISH"),
    0, trap="school-parent-teacher-de",
))

# Admission talk for the daughter at a secondary school.
EVENTS.append(Ev(
    "aufnahmegespraech-gymnasium-de",
    "3C7E1A9B-5D2F-4B8E-A6C0-9E1F3D5B7A20",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
CREATED:20251110T200000Z
DTEND;TZID=Europe/Vienna:20251204T160000
DTSTAMP:20251110T200000Z
DTSTART;TZID=Europe/Vienna:20251204T153000
LOCATION:Privatgymnasium Marienhof\, Kolonitzgasse 9\, 1030 Wien
SEQUENCE:0
SUMMARY:Aufnahmegespräch Gymnasium – Mila (mit Mila hingehen\, Zeugnis mitnehmen)
TRANSP:OPAQUE
UID:3C7E1A9B-5D2F-4B8E-A6C0-9E1F3D5B7A20
END:VEVENT""", prodid=PRODID_APPLE, method=None),
    0, trap="school-admission-interview-de",
))

# Weekly HR jour fixe (recurring, no override).
EVENTS.append(Ev(
    "hr-jour-fixe-serie-de",
    "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6D901000000000000000010000000AA55BB66CC77DD88EE99"
    "FF00112233",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Wallner, Christian":mailto:christian.wallner@alpenmilch-gruppe.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Petrović, Dragana":mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pölzl, Katrin":mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Moser, Lena":mailto:lena.moser@alpenmilch-gruppe.at
RRULE:FREQ=WEEKLY;BYDAY=MO
SUMMARY;LANGUAGE=de-AT:HR Jour fixe
DESCRIPTION;LANGUAGE=de-AT:Offene Stellen / Recruiting-Status\, Personalentwicklung\, Betriebsrat\, Sonst
 iges\n\n{teams_de("251 887 004 129", "aHJqb3VyZml4ZS0", "730 228 451")}
DTSTART;TZID=Europe/Vienna:20240108T083000
DTEND;TZID=Europe/Vienna:20240108T093000
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6D901000000000000000010000000AA55BB66CC77DD88EE99
 FF00112233
DTSTAMP:20240102T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Raum Dachstein / Teams
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="internal-recurring-de",
))

# The user's own annual appraisal (she is the employee).
EVENTS.append(Ev(
    "eigenes-mitarbeitergespraech-de",
    "AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADmag2025",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADmag2025
DTSTAMP:20251103T080000Z
DTSTART;TZID=Europe/Vienna:20251209T100000
DTEND;TZID=Europe/Vienna:20251209T113000
ORGANIZER;CN=Christian Wallner:mailto:christian.wallner@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Mitarbeitergespräch 2025 – Dragana Petrović
DESCRIPTION:Liebe Dragana\,\n\nanbei der Termin für unser Jahresgespräch. Bitte den Vorbereitungsbogen (Z
 ielerreichung 2025\, Entwicklungswünsche\, Ziele 2026) bis Freitag davor in Personio ausfüllen.\n\nLG Chr
 istian
LOCATION:Büro Christian\, 4. OG
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="own-appraisal-de",
))

# The user's own exit interview after resigning.
EVENTS.append(Ev(
    "eigenes-exit-interview-de",
    "AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADexitDP",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADexitDP
DTSTAMP:20260115T090000Z
DTSTART;TZID=Europe/Vienna:20260226T140000
DTEND;TZID=Europe/Vienna:20260226T150000
ORGANIZER;CN=Katrin Pölzl:mailto:katrin.poelzl@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
SUMMARY:Exit-Interview Dragana Petrović
DESCRIPTION:Liebe Dragana\,\n\nauch wenn es sich komisch anfühlt\, dich zu interviewen: wir machen das Exi
 t-Interview nach unserem Standard-Leitfaden (den du selbst geschrieben hast 😉). Alles bleibt anonymisie
 rt.\n\nLG Katrin
LOCATION:Raum Dachstein
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="own-exit-interview-de",
))

# The user runs an exit interview with a leaving employee.
EVENTS.append(Ev(
    "exitgespraech-mitarbeiter-de",
    "AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADexitBG",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:AAMkADc3MWY0ZjEzLWE5ZDItNGI1Yy1hMjI2LTQwYzE3NWU4ZmQ0ZABGAAAAAADexitBG
DTSTAMP:20251014T070000Z
DTSTART;TZID=Europe/Vienna:20251016T133000
DTEND;TZID=Europe/Vienna:20251016T141500
ORGANIZER;CN=Dragana Petrović:mailto:d.petrovic@alpenmilch-gruppe.at
ATTENDEE;RSVP=TRUE;CN=Franz Berger:mailto:franz.berger@alpenmilch-gruppe.at
SUMMARY:Exitgespräch Hr. Berger (Instandhaltung Freistadt)
DESCRIPTION:Leitfaden Exitgespräch v3\; Fokus Schichtmodell und Führung im Bereich Instandhaltung.
LOCATION:Werk Freistadt\, HR-Büro
STATUS:CONFIRMED
END:VEVENT""", prodid=PRODID_OUTLOOK),
    0, trap="user-runs-exit-interview-de",
))
