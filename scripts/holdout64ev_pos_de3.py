"""holdout64: the user's own interviews, German, third part (all-day, recurring, Bookings, Calendly, exports)."""

from __future__ import annotations

from holdout64ev_boiler import meet, teams_de
from holdout64ev_ics import (
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    TZ_BERLIN,
    TZ_VIENNA,
    TZ_WIN,
    Ev,
    cal,
)

EVENTS: list[Ev] = []

# Final round at a hotel, sent by the CEO's assistant, CEO and COO interview.
EVENTS.append(Ev(
    "finale-runde-hotel-de",
    "e5c0b7a2-13f9-4d6b-a8e4-2f7c91d3b056@wendelstein-hotels.de",
    cal(TZ_BERLIN + "\n" + r"""BEGIN:VEVENT
UID:e5c0b7a2-13f9-4d6b-a8e4-2f7c91d3b056@wendelstein-hotels.de
DTSTAMP:20251105T100020Z
DTSTART;TZID=Europe/Berlin:20251118T110000
DTEND;TZID=Europe/Berlin:20251118T150000
ORGANIZER;CN=Theresa Gschwendtner:mailto:t.gschwendtner@wendelstein-hotels.de
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Johannes Wendelstein-Brandl:mailto:j.brandl@wendelstein-hotels.de
ATTENDEE;CN=Florian Aschauer:mailto:florian.aschauer@wendelstein-hotels.de
SUMMARY:Finale Runde Director People & Culture – Fr. Petrović
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nim Auftrag von Herrn Wendelstein-Brandl (CEO) sende ich Ihne
 n die Einladung zur finalen Gesprächsrunde in unserem Stammhaus in Bayrischzell. Gesprächspartner: Johann
 es Wendelstein-Brandl (CEO) und Florian Aschauer (COO). Im Anschluss lädt Sie Herr Aschauer zu einem Mit
 tagessen mit den Hoteldirektor:innen ein.\n\nEin Zimmer für die Nacht davor ist für Sie reserviert.\n\nH
 erzliche Grüße\nTheresa Gschwendtner\nAssistenz der Geschäftsführung
LOCATION:Hotel am Wendelstein\, Tannermühlstraße 8\, 83735 Bayrischzell
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Hotelgruppe Wendelstein", "Director People & Culture", "final",
    "j.brandl@wendelstein-hotels.de;florian.aschauer@wendelstein-hotels.de", "assistant-organizer-final-de",
))

# All-day management audit run by an external diagnostics consultant with the managing director.
EVENTS.append(Ev(
    "ganztags-management-audit-de",
    "20251106-audit-murtalglas-petrovic@pichler-diagnostik.at",
    cal(r"""BEGIN:VEVENT
UID:20251106-audit-murtalglas-petrovic@pichler-diagnostik.at
DTSTAMP:20251106T080000Z
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251121
ORGANIZER;CN=Dr. Irene Pichler:mailto:i.pichler@pichler-diagnostik.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;CN=Ing. Markus Feldbacher:mailto:markus.feldbacher@murtalglas.at
SUMMARY:Management-Audit Murtal Glas – Leitung Human Resources (ganztägig)
DESCRIPTION:Sehr geehrte Frau Petrović\,\n\nim Auftrag der Murtal Glas GmbH führe ich als letzten Schritt
  des Auswahlverfahrens für die Position Leitung Human Resources ein eintägiges Management-Audit durch:
  biografisches Interview\, Fallstudie\, Rollenspiel (Gespräch mit einer Führungskraft) und Abschlussgespräc
 h mit Geschäftsführer Ing. Markus Feldbacher.\n\nBeginn 08:30\, Ende ca. 17:00\, Mittagessen im Werk.\n\nM
 it freundlichen Grüßen\nDr. Irene Pichler\nPichler Diagnostik & Management Audit\, Graz
LOCATION:Murtal Glas GmbH\, Glasfabrikstraße 1\, 8580 Köflach
TRANSP:OPAQUE
END:VEVENT""", prodid=PRODID_GOOGLE),
    1, "Murtal Glas", "Leitung Human Resources", "final",
    "i.pichler@pichler-diagnostik.at;markus.feldbacher@murtalglas.at", "all-day-management-audit-de",
))

# Two-day assessment: a daily series of two with an override for day two (same UID).
_VP_UID = (
    "040000008200E00074C5B7101A82E00800000000F0A9D8B5E96BDC01000000000000000010000000"
    "C7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2"
)
EVENTS.append(Ev(
    "outlook-serie-assessment-de",
    _VP_UID,
    cal(TZ_WIN + "\n" + r"""BEGIN:VEVENT
ORGANIZER;CN="Koller, Sabine":mailto:sabine.koller@voralpen-papier.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pfeffer, Robert":mailto:robert.pfeffer@voralpen-papier.at
ATTENDEE;ROLE=NON-PARTICIPANT;CN="HR Assistenz":mailto:hr-assistenz@voralpen-papier.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Beamer mobil 2":mailto:beamer2@voralpen-papier.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Petrović\,\n\nzum zweitägigen Assessment für die Position He
 ad of HR erwarten Sie DI Robert Pfeffer (CEO) und ich. Tag 1: Präsentation Ihrer Fallstudie\, Interviews
 \, Werksrundgang. Tag 2: Rollenspiele und Abschlussgespräch. Die HR-Assistenz kümmert sich um Hotel und A
 nreise.\n\nMit freundlichen Grüßen\nMag. Sabine Koller\nCFO\, Voralpen Papier AG
RRULE:FREQ=DAILY;COUNT=2
SUMMARY;LANGUAGE=de-AT:Assessment Head of HR – Voralpen Papier AG
DTSTART;TZID=W. Europe Standard Time:20251203T083000
DTEND;TZID=W. Europe Standard Time:20251203T170000
UID:040000008200E00074C5B7101A82E00800000000F0A9D8B5E96BDC01000000000000000010000000C7E8F9A0B1C2D3E4F5A6
 B7C8D9E0F1A2
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T092233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Voralpen Papier AG\, Werkstraße 3\, 3340 Waidhofen an der Ybbs\, Schulungsraum
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Koller, Sabine":mailto:sabine.koller@voralpen-papier.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pfeffer, Robert":mailto:robert.pfeffer@voralpen-papier.at
RECURRENCE-ID;TZID=W. Europe Standard Time:20251204T083000
SUMMARY;LANGUAGE=de-AT:Assessment Head of HR – Voralpen Papier AG (Tag 2\, verkürzt)
DTSTART;TZID=W. Europe Standard Time:20251204T090000
DTEND;TZID=W. Europe Standard Time:20251204T130000
UID:040000008200E00074C5B7101A82E00800000000F0A9D8B5E96BDC01000000000000000010000000C7E8F9A0B1C2D3E4F5A6
 B7C8D9E0F1A2
DTSTAMP:20251125T141002Z
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Vorstandsbüro\, Werkstraße 3\, 3340 Waidhofen an der Ybbs
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Voralpen Papier", "Head of HR", "onsite",
    "sabine.koller@voralpen-papier.at;robert.pfeffer@voralpen-papier.at", "recurring-override-assessment-de",
))

# Google invite from an employee (head of talent) in UTC, Meet.
EVENTS.append(Ev(
    "google-talent-head-de",
    "1r4t7b0qv8kh3e2n5m9c6d0aps@google.com",
    cal(rf"""BEGIN:VEVENT
DTSTART:20251104T150000Z
DTEND:20251104T154500Z
DTSTAMP:20251029T110045Z
ORGANIZER;CN=Sophie Wendt:mailto:sophie.wendt@fahrwerk-mobility.de
UID:1r4t7b0qv8kh3e2n5m9c6d0aps@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sophie Wendt;X-NUM-GUESTS=0
 :mailto:sophie.wendt@fahrwerk-mobility.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dragana.petrovic@gmx.at
 ;X-NUM-GUESTS=0:mailto:dragana.petrovic@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/fbe-qomx-zut
DESCRIPTION:Hallo Frau Petrović\,\n\nich freue mich auf unser Kennenlernen zur HR-Leitung bei Fahrwerk
  Mobility! Ich bin Head of Talent und begleite Sie durch den gesamten Prozess.\n\nViele Grüße\nSophie Wen
 dt\n\n{meet("fbe-qomx-zut", "de")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen HR-Leitung | Fahrwerk Mobility x Dragana Petrović
TRANSP:OPAQUE
END:VEVENT"""),
    1, "Fahrwerk Mobility", "HR-Leitung", "recruiter_screen", "sophie.wendt@fahrwerk-mobility.de",
    "google-employee-de",
))

# Microsoft Bookings from a housing association's recruiting mailbox.
EVENTS.append(Ev(
    "bookings-wohnbau-de",
    "AAMkADk5ZTc3NjE4LWQ2NDMtNGY5Zi1iNTNkLTcyZDQ1ZGE0OGUzMgBGAAAAAABtcH9Yq0RLQp3u",
    cal(r"""BEGIN:VEVENT
UID:AAMkADk5ZTc3NjE4LWQ2NDMtNGY5Zi1iNTNkLTcyZDQ1ZGE0OGUzMgBGAAAAAABtcH9Yq0RLQp3u
DTSTAMP:20251027T071900Z
DTSTART:20251104T080000Z
DTEND:20251104T090000Z
ORGANIZER;CN=GWW Recruiting:mailto:GWWRecruiting@gww-wohnbau.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Helmut Frank:mailto:helmut.frank@gww-wohnbau.at
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Leitung Personal
DESCRIPTION;LANGUAGE=de-DE:Ihr Termin wurde gebucht.\n\nGemeinnützige Wohnbaugesellschaft Wienerwald reg
 . Gen.m.b.H.\nVorstellungsgespräch Leitung Personal\nDienstag\, 4. November 2025\, 09:00–10:00 (UTC+01:0
 0) Amsterdam\, Berlin\, Bern\, Rom\, Stockholm\, Wien\nMitarbeiter: Mag. Helmut Frank (Geschäftsführer)\n
 Ort: Hauptstraße 58\, 3002 Purkersdorf\, 2. Stock\n\nTermin verwalten: https://outlook.office365.com/book
 /GWWRecruiting@gww-wohnbau.at/\n\nDieser Termin wurde mit Microsoft Bookings erstellt.
LOCATION:Hauptstraße 58\, 3002 Purkersdorf
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT""", prodid=PRODID_EXCHANGE),
    1, "Gemeinnützige Wohnbaugesellschaft Wienerwald", "Leitung Personal", "", "helmut.frank@gww-wohnbau.at",
    "bookings-utc-de",
))

# Outlook, the talent acquisition organizer does not attend; the CHRO interviews over Teams.
EVENTS.append(Ev(
    "outlook-teams-chro-de",
    "040000008200E00074C5B7101A82E00800000000D3C2B1A09F8EDC01000000000000000010000000AB12CD34EF56AB78CD90EF"
    "12AB34CD56",
    cal(TZ_VIENNA + "\n" + rf"""BEGIN:VEVENT
ORGANIZER;CN="Rieger-Lang, Martina":mailto:martina.rieger-lang@rieger-it.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=dragana.petrovic@gmx.at:mailto:dragana.petrovic@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Klampfl, Andreas":mailto:andreas.klampfl@rieger-it.com
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Petrović\,\n\nwie vereinbart sende ich Ihnen den Termin f
 ür Ihr Gespräch mit unserem CHRO Dr. Andreas Klampfl zur Position Head of HR Business Partner Austria. Ic
 h selbst bin nicht dabei – bei Fragen erreichen Sie mich gerne unter +43 732 6940-2215.\n\nFreundliche Gr
 üße\nMartina Rieger-Lang\nTalent Acquisition\, Rieger Industrietechnik AG\n\n
 {teams_de("355 901 276 408", "MmQ5NzE3ZGYtZjM", "112 504 397")}
SUMMARY;LANGUAGE=de-AT:Interview Head of HR Business Partner Austria – Gespräch mit CHRO
DTSTART;TZID=Europe/Vienna:20251111T103000
DTEND;TZID=Europe/Vienna:20251111T113000
UID:040000008200E00074C5B7101A82E00800000000D3C2B1A09F8EDC01000000000000000010000000AB12CD34EF56AB78CD90EF
 12AB34CD56
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ5NzE3ZGYtZjM%40
 thread.v2/0
END:VEVENT""", prodid=PRODID_OUTLOOK),
    1, "Rieger Industrietechnik", "Head of HR Business Partner Austria", "hiring_manager",
    "andreas.klampfl@rieger-it.com", "outlook-teams-organizer-absent-de",
))

# Google export with X-WR-TIMEZONE and floating times (Swiss hospital, phone screen).
EVENTS.append(Ev(
    "google-export-floating-ch",
    "0m2k8d5s1v7p9b3q4h6t2c8e5n@google.com",
    cal(r"""BEGIN:VEVENT
DTSTART:20251111T140000
DTEND:20251111T143000
DTSTAMP:20251107T090001Z
UID:0m2k8d5s1v7p9b3q4h6t2c8e5n@google.com
CREATED:20251106T160210Z
DESCRIPTION:Frau Ursula Frei (HR-Recruiting) ruft an.\nRückfragen: u.frei@spital-thurtal.ch / +41 52 723 4
 1 10\nStelle: Leiterin Personaldienst 90 %
LAST-MODIFIED:20251106T160244Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefoninterview Spital Thurtal – Leiterin Personaldienst
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH",
        head="X-WR-CALNAME:dragana.petrovic@gmx.at\nX-WR-TIMEZONE:Europe/Zurich"),
    1, "Spital Thurtal", "Leiterin Personaldienst", "recruiter_screen", "u.frei@spital-thurtal.ch",
    "x-wr-timezone-floating-ch",
))

# Personio, case presentation.
EVENTS.append(Ev(
    "personio-case-praesentation-de",
    "personio-interview-a1d03e77-6b28-4f4e-8c0d-5e9b7f2a6c14",
    cal(TZ_BERLIN + "\n" + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251127T130000
DTEND;TZID=Europe/Berlin:20251127T143000
DTSTAMP:20251118T100512Z
ORGANIZER;CN=Tanja Reiter:mailto:tanja.reiter@kaiserwald-holz.de
UID:personio-interview-a1d03e77-6b28-4f4e-8c0d-5e9b7f2a6c14
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic
 @gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maximilian Kaiser:mailto:maximilian.kaiser@kaiserwald-
 holz.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tanja Reiter:mailto:tanja.reiter@kaiserwald-holz.de
SUMMARY:Case-Präsentation | Head of HR (m/w/d) | Dragana Petrović
DESCRIPTION:Liebe Frau Petrović\,\n\nwie angekündigt präsentieren Sie uns Ihre Lösung zur Fallstudie „HR-
 Strategie 2026 für drei Standorte“ (20 Min.)\, anschließend diskutieren wir mit Ihnen. Dabei sind Maximil
 ian Kaiser (Geschäftsführer) und ich.\n\nAdresse: Kaiserwald Holz GmbH\, Sägewerkstraße 5\, 94469 Deggend
 orf\n\nViele Grüße\nTanja Reiter\nPersonalreferentin\n\nDieser Termin wurde über Personio versendet.
LOCATION:Kaiserwald Holz GmbH\, Deggendorf
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""),
    1, "Kaiserwald Holz", "Head of HR", "technical",
    "maximilian.kaiser@kaiserwald-holz.de;tanja.reiter@kaiserwald-holz.de", "personio-case-de",
))

# GMX calendar entry typed by the user.
EVENTS.append(Ev(
    "gmx-eigener-eintrag-de",
    "gmx-3f8a2c41b7d9e05f1a6c@kalender.gmx.net",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:gmx-3f8a2c41b7d9e05f1a6c@kalender.gmx.net
DTSTAMP:20251103T190402Z
CREATED:20251103T190402Z
DTSTART;TZID=Europe/Vienna:20251110T163000
DTEND;TZID=Europe/Vienna:20251110T173000
SUMMARY:Interview Sonnkogel Bergbahnen (Teams)
DESCRIPTION:Link in der Mail vom 3.11.\; vorher Geschäftsbericht 2024 lesen
CLASS:PRIVATE
TRANSP:OPAQUE
END:VEVENT""", prodid="-//1&1 Mail & Media GmbH//GMX Kalender//DE", method=None),
    1, "Sonnkogel Bergbahnen", "", "", "", "gmx-user-typed-de",
))

# Calendly booking by the user on the managing partner's page.
EVENTS.append(Ev(
    "calendly-kanzlei-de",
    "6f1c0e2a-9d4b-4c38-b7e5-08a3d2f91c6e@calendly.com",
    cal(TZ_VIENNA + "\n" + r"""BEGIN:VEVENT
UID:6f1c0e2a-9d4b-4c38-b7e5-08a3d2f91c6e@calendly.com
DTSTAMP:20251008T064211Z
DTSTART;TZID=Europe/Vienna:20251014T170000
DTEND;TZID=Europe/Vienna:20251014T173000
ORGANIZER;CN=Eva Mayrhofer:mailto:eva.mayrhofer@mayrhofer-law.at
ATTENDEE;RSVP=TRUE;CN=Dragana Petrović:mailto:dragana.petrovic@gmx.at
SUMMARY:Erstgespräch HR-Leitung zwischen Eva Mayrhofer und Dragana Petrović
DESCRIPTION:Event Name: Erstgespräch HR-Leitung (30 Min.)\n\nOrt: Mayrhofer & Partner Rechtsanwälte GmbH\,
  Schottenring 16\, 1010 Wien\n\nDr. Eva Mayrhofer (Managing Partner) freut sich auf das Gespräch.\n\nNee
 d to make changes to this event?\nCancel: https://calendly.com/cancellations/6f1c0e2a-9d4b-4c38\nReschedu
 le: https://calendly.com/reschedulings/6f1c0e2a-9d4b-4c38\n\nPowered by Calendly.com
LOCATION:Schottenring 16\, 1010 Wien
STATUS:CONFIRMED
END:VEVENT"""),
    1, "Mayrhofer & Partner Rechtsanwälte", "HR-Leitung", "hiring_manager", "eva.mayrhofer@mayrhofer-law.at",
    "calendly-invitee-de",
))
