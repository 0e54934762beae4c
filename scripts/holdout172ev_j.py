"""holdout172 events, part j: work routine and personal life that only look like interviews (raw iCalendar text)."""

from holdout172ev_tz import BERLIN, W_EUROPE

_GW = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN

_APPLE = r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
"""

EVENTS = [
    dict(
        kind="medical",
        uid="doctolib-rdv-88120334@doctolib.de",
        is_interview=0,
        trap="pre-employment-medical-after-offer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
""" + BERLIN + r"""BEGIN:VEVENT
UID:doctolib-rdv-88120334@doctolib.de
DTSTAMP:20260325T080000Z
DTSTART;TZID=Europe/Berlin:20260408T083000
DTEND;TZID=Europe/Berlin:20260408T090000
SUMMARY:Einstellungsuntersuchung bei Dr. med. Petra Lang (Arbeitsmedizin)
LOCATION:Arbeitsmedizinisches Zentrum Mitte\, Friedrichstr. 95\, 10117 Ber
 lin
DESCRIPTION:Ihr Termin: Arbeitsmedizinische Untersuchung vor Arbeitsbegin
 n. Bitte Impfpass und Brille mitbringen. Termin verwalten auf doctolib.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zahnarzt",
        uid="A0B1C2D3-E4F5-4061-7283-94A5B6C7D8E9",
        is_interview=0,
        trap="personal-dentist",
        ics=_APPLE + r"""BEGIN:VEVENT
DTSTAMP:20260120T090000Z
DTSTART:20260217T080000
DTEND:20260217T090000
SUMMARY:Zahnarzt Dr. Hoffmann (PZR)
LOCATION:Kastanienallee 12
UID:A0B1C2D3-E4F5-4061-7283-94A5B6C7D8E9
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="elternabend",
        uid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9",
        is_interview=0,
        trap="personal-school-parents-evening",
        ics=_APPLE + r"""BEGIN:VEVENT
DTSTAMP:20260201T180000Z
DTSTART:20260224T193000
DTEND:20260224T210000
SUMMARY:Elternabend 3b
LOCATION:Grundschule am Falkplatz\, Raum 104
DESCRIPTION:Klassenfahrt + Übergang Gymnasium. Paul bringt Zettel mit.
UID:F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="bank-beratung",
        uid="sparkasse-termin-20260305-1130-49122@berliner-sparkasse.de",
        is_interview=0,
        trap="personal-bank-beratungsgespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Berliner Sparkasse//Terminvereinbarung//DE
METHOD:PUBLISH
""" + BERLIN + r"""BEGIN:VEVENT
UID:sparkasse-termin-20260305-1130-49122@berliner-sparkasse.de
DTSTAMP:20260226T121500Z
DTSTART;TZID=Europe/Berlin:20260305T180000
DTEND;TZID=Europe/Berlin:20260305T190000
SUMMARY:Beratungsgespräch Baufinanzierung – Herr Kowalczyk
LOCATION:Video-Beratung
DESCRIPTION:Ihr persönliches Beratungsgespräch. Bitte halten Sie Gehaltsn
 achweise der letzten 3 Monate bereit.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="buergeramt",
        uid="service-berlin-termin-3309127@berlin.de",
        is_interview=0,
        trap="personal-official-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ITDZ Berlin//Terminvereinbarung//DE
BEGIN:VEVENT
UID:service-berlin-termin-3309127@berlin.de
DTSTAMP:20260115T101500Z
DTSTART:20260223T072000Z
DTEND:20260223T073000Z
SUMMARY:Termin Bürgeramt Pankow – Personalausweis beantragen
LOCATION:Bürgeramt Pankow\, Fröbelstraße 17\, 10405 Berlin
DESCRIPTION:Vorgangsnummer: 3309127\, Bitte biometrisches Passfoto mitbr
 ingen.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="one-on-one",
        uid="0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com",
        is_interview=0,
        trap="internal-recurring-one-on-one-with-override",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260203T150000
DTEND;TZID=Europe/Berlin:20260203T153000
RRULE:FREQ=WEEKLY;BYDAY=TU
DTSTAMP:20260101T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Jonas Berger;PARTSTAT=ACCEPTED:mailto:jonas.berger@zahlwerk.io
DESCRIPTION:Agenda im geteilten Doc.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:1:1 Katrin / Jonas
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260218T100000
DTEND;TZID=Europe/Berlin:20260218T103000
DTSTAMP:20260215T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20260217T150000
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Jonas Berger;PARTSTAT=ACCEPTED:mailto:jonas.berger@zahlwerk.io
DESCRIPTION:Agenda im geteilten Doc. (verschoben – Di blockiert)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:1:1 Katrin / Jonas
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="perf-calibration",
        uid="7g0j3m6p9s2v5y8b1e4h7k0n3q@google.com",
        is_interview=0,
        trap="internal-performance-calibration-of-own-team",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260305T130000
DTEND;TZID=Europe/Berlin:20260305T160000
DTSTAMP:20260220T100000Z
ORGANIZER;CN=Sevgi Arslan:mailto:sevgi.arslan@zahlwerk.io
UID:7g0j3m6p9s2v5y8b1e4h7k0n3q@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Markus Engel;PARTSTAT=ACCEPTED:mailto:markus.engel@zahlwerk.io
ATTENDEE;CN=Henrik Falk;PARTSTAT=ACCEPTED:mailto:henrik.falk@zahlwerk.io
DESCRIPTION:H2 Calibration Engineering: Ratings + Promotion-Cases. Bitte a
 lle Reviews in Lattice submitted haben.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Calibration H2 – Engineering (Platform\, Payments)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="perf-review",
        uid="4m7p0s3v6y9b2e5h8k1n4q7t0w@google.com",
        is_interview=0,
        trap="internal-review-user-gives-to-report",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260312T100000
DTEND;TZID=Europe/Berlin:20260312T110000
DTSTAMP:20260302T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:4m7p0s3v6y9b2e5h8k1n4q7t0w@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Lina Park;PARTSTAT=ACCEPTED:mailto:lina.park@zahlwerk.io
DESCRIPTION:Performance Review H2 – Ergebnis aus der Calibration\, Ziele
  H1\, Promo-Pfad Senior SRE.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review-Gespräch Lina / Katrin
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="postmortem",
        uid="1s4v7y0b3e6h9k2n5q8t1w4z7c@google.com",
        is_interview=0,
        trap="internal-incident-postmortem",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260216T140000
DTEND;TZID=Europe/Berlin:20260216T150000
DTSTAMP:20260213T170000Z
ORGANIZER;CN=Henrik Falk:mailto:henrik.falk@zahlwerk.io
UID:1s4v7y0b3e6h9k2n5q8t1w4z7c@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Platform Team;CUTYPE=GROUP:mailto:platform@zahlwerk.io
DESCRIPTION:Blameless postmortem INC-2291 (Payments API 503s\, 38 min). Ti
 meline + 5 Whys im Doc.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Postmortem INC-2291 Payments API
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="conference-panel",
        uid="sessionize-5521-speaker-kvogt@sessionize.com",
        is_interview=0,
        trap="conference-panel-discussion-as-speaker",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sessionize//Speaker Calendar//EN
BEGIN:VEVENT
UID:sessionize-5521-speaker-kvogt@sessionize.com
DTSTAMP:20260205T100000Z
DTSTART:20260325T143000Z
DTEND:20260325T151500Z
SUMMARY:Panel: "Hiring Platform Engineers in 2026" (Speaker)
LOCATION:ContainerDays Hamburg\, Stage 2
DESCRIPTION:You are confirmed as a panelist. Moderator: Anja Stein. Pleas
 e be at the speaker lounge 20 min before.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mentoring-cv",
        uid="9y2b5e8h1k4n7q0t3w6z9c2f5i@google.com",
        is_interview=0,
        trap="mentoring-cv-review-for-mentee",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260304T190000
DTEND;TZID=Europe/Berlin:20260304T193000
DTSTAMP:20260228T100000Z
ORGANIZER;CN=TechWomen Berlin Mentoring:mailto:mentoring@techwomen.berlin
UID:9y2b5e8h1k4n7q0t3w6z9c2f5i@google.com
ATTENDEE;CN=katrin.vogt@posteo.de;PARTSTAT=ACCEPTED:mailto:katrin.vogt@pos
 teo.de
ATTENDEE;CN=Derya Kaya;PARTSTAT=ACCEPTED:mailto:derya.kaya@posteo.net
DESCRIPTION:Mentoring-Session #3: CV- und LinkedIn-Review\, Vorbereitung
  auf Gehaltsverhandlung. Mentorin: Katrin Vogt.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mentoring Derya / Katrin – CV Review
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="aufnahmegespraech",
        uid="D4C3B2A1-0F9E-48D7-C6B5-A4938271605F",
        is_interview=0,
        trap="personal-school-admission-talk-for-child",
        ics=_APPLE + r"""BEGIN:VEVENT
DTSTAMP:20260209T200000Z
DTSTART:20260311T160000
DTEND:20260311T164500
SUMMARY:Aufnahmegespräch Gymnasium (Paul) – Frau Dr. Behrens
LOCATION:Heinrich-Schliemann-Gymnasium
DESCRIPTION:Zeugnis 3. Klasse + Anmeldebogen mitnehmen. Paul kommt mit.
UID:D4C3B2A1-0F9E-48D7-C6B5-A4938271605F
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="anwalt-vertrag",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF012345DC01000000000000000"
        "0100000006A6B6C6D6E6F60616263646566676869",
        is_interview=0,
        trap="personal-employment-lawyer-contract-review",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kanzlei Ebert Arbeitsrecht":mailto:termine@kanzlei-ebert.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=katrin.vogt@posteo.de:mailto:katr
 in.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Erstberatung: Prüfung Arbeitsvertrag (neue Ste
 lle)\, Wettbewerbsverbot und Aufhebungsvertrag alter Arbeitgeber. RA Dr.
  Ebert.
UID:040000008200E00074C5B7101A82E00800000000ABCDEF012345DC0100000000000000
 00100000006A6B6C6D6E6F60616263646566676869
SUMMARY;LANGUAGE=de-DE:Beratung Frau Vogt – Arbeitsvertrag
DTSTART;TZID=W. Europe Standard Time:20260326T170000
DTEND;TZID=W. Europe Standard Time:20260326T180000
DTSTAMP:20260320T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Kanzlei Ebert\, Kurfürstendamm 61
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tech-dd",
        uid="6h9k2n5q8t1w4z7c0f3i6l9o2r@google.com",
        is_interview=0,
        trap="investor-tech-due-diligence-interview-internal",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260317T100000
DTEND;TZID=Europe/Berlin:20260317T120000
DTSTAMP:20260310T100000Z
ORGANIZER;CN=Markus Engel:mailto:markus.engel@zahlwerk.io
UID:6h9k2n5q8t1w4z7c0f3i6l9o2r@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Tom Ashford (Crosslake);PARTSTAT=ACCEPTED:mailto:tashford@crossl
 ake-dd.com
DESCRIPTION:Series C – Tech DD: Interview-Block Platform & Infrastruktur (
 Katrin). Unterlagen im Datenraum. Streng vertraulich.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tech DD Interview – Platform (Series C)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audit-interview",
        uid="5e8h1k4n7q0t3w6z9c2f5i8l1o@google.com",
        is_interview=0,
        trap="it-audit-interview-change-management",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260310T090000
DTEND;TZID=Europe/Berlin:20260310T103000
DTSTAMP:20260303T100000Z
ORGANIZER;CN=Compliance Zahlwerk:mailto:compliance@zahlwerk.io
UID:5e8h1k4n7q0t3w6z9c2f5i8l1o@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Felix Rausch (KPMG);PARTSTAT=ACCEPTED:mailto:frausch@kpmg.com
DESCRIPTION:Jahresabschlussprüfung / IT-Prüfung: Prüfungsinterview zu Cha
 nge Management und Zugriffsrechten (Platform). Nachweise: Deploy-Logs Q4.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prüfungsinterview IT – Change Management
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="arch-review",
        uid="3w6z9c2f5i8l1o4r7u0x3a6d9g@google.com",
        is_interview=0,
        trap="internal-architecture-review-board",
        ics=_GW + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260219T130000
DTEND;TZID=Europe/Berlin:20260219T140000
DTSTAMP:20260212T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:3w6z9c2f5i8l1o4r7u0x3a6d9g@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Engineering Leads;CUTYPE=GROUP:mailto:eng-leads@zahlwerk.io
DESCRIPTION:ADR-041: Postgres -> CockroachDB für Ledger? Präsentation Mor
 itz\, danach Entscheidung.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Architecture Review – ADR-041
END:VEVENT
END:VCALENDAR
""",
    ),
]
