# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: the user's own interviews, further rounds and short direct invitations."""

from __future__ import annotations

from holdout95ev_ics import MEET_DE, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []
G = "-//Google Inc//Google Calendar 70.9054//EN"


def add(kind: str, text: str, *rows: Row) -> None:
    EVENTS.append(Event(kind, text, list(rows)))


add("personio-final-de", cal(r"""BEGIN:VEVENT
UID:personio-interview-4471923-7b2e
DTSTAMP:20251006T101500Z
DTSTART;TZID=Europe/Vienna:20251013T130000
DTEND;TZID=Europe/Vienna:20251013T143000
SUMMARY:Finales Gespräch | Bilanzbuchhalter:in (m/w/d) | Katharina Pichler
ORGANIZER;CN=Holzwerk Lassnig GmbH:mailto:lassnig-holz-jobs@mail.personio.de
ATTENDEE;CN=Erwin Lassnig;ROLE=REQ-PARTICIPANT:mailto:erwin.lassnig@lassnig-holz.at
ATTENDEE;CN=Sandra Pölzl;ROLE=OPT-PARTICIPANT:mailto:sandra.poelzl@lassnig-holz.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
LOCATION:Holzwerk Lassnig\, Sägestraße 1\, 8850 Murau
DESCRIPTION:Hallo Katharina\,\nzum Abschluss lernst du unseren Geschäftsführer Erwin Lassnig kennen. Sandra ist nur zur Begrüßung dabei.\nBeste Grüße\, dein Team von Holzwerk Lassnig
END:VEVENT""", "-//Personio GmbH//Personio Calendar//DE", method="REQUEST", tz=tz_vienna()),
    Row("personio-interview-4471923-7b2e", 1, "Holzwerk Lassnig", "Bilanzbuchhalter:in (m/w/d)", "final",
        "erwin.lassnig@lassnig-holz.at", "personio-final-de"))

add("google-practical-de", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251020T140000
DTEND;TZID=Europe/Vienna:20251020T160000
DTSTAMP:20251010T081512Z
ORGANIZER;CN=Bettina Url:mailto:bettina.url@rauchenberger-stb.at
UID:2m4o6q8s0u2w4y6a8c0e2g4i6k@google.com
ATTENDEE;CN=k.pichler.bh@aon.at;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Julia Fasching:mailto:julia.fasching@rauchenberger-stb.at
SUMMARY:Fachlicher Teil: Fallbeispiel Jahresabschluss GmbH – Fr. Pichler
DESCRIPTION:Liebe Frau Pichler\,\nim zweiten Termin bearbeiten Sie mit Frau Mag. Fasching ein Fallbeispiel (Jahresabschluss einer GmbH inkl. Mehr-Weniger-Rechnung). Laptop wird gestellt.\nLG Bettina Url
LOCATION:Rauchenberger & Partner\, Glacisstraße 25\, 8010 Graz
END:VEVENT""", G, method="REQUEST", tz=tz_vienna()),
    Row("2m4o6q8s0u2w4y6a8c0e2g4i6k@google.com", 1, "Rauchenberger & Partner Steuerberatung", "", "technical",
        "julia.fasching@rauchenberger-stb.at", "google-practical-de"))

add("outlook-second-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Hollerer, Martin";SENT-BY="mailto:sekretariat@hollerer-treuhand.at":mailto:martin.hollerer@hollerer-treuhand.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=k.pichler.bh@aon.at:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Hollerer-Stangl, Iris":mailto:iris.hollerer-stangl@hollerer-treuhand.at
SUMMARY;LANGUAGE=de-AT:Zweitgespräch (final) – Fr. Pichler / GF
DTSTART;TZID=W. Europe Standard Time:20251105T080000
DTEND;TZID=W. Europe Standard Time:20251105T090000
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC01000000000000000010000000C1D2B8E49F0A6C4F9E3E3B17D4A1C2F1
DTSTAMP:20251028T071944Z
LOCATION;LANGUAGE=de-AT:Hollerer Treuhand Leoben
DESCRIPTION;LANGUAGE=de-AT:Abschließendes Gespräch mit beiden Geschäftsführern (Mag. Martin Hollerer\, Mag. Iris Hollerer-Stangl) – Vertragsdetails\, Eintrittstermin.
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC01000000000000000010000000C1D2B8E49F0A6C4F9E3E3B17D4A1C2F1", 1,
        "Hollerer Treuhand", "", "final", "martin.hollerer@hollerer-treuhand.at;iris.hollerer-stangl@hollerer-treuhand.at",
        "outlook-final-sentby-de"))

add("meet-hospitality-de", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251002T150000
DTEND;TZID=Europe/Vienna:20251002T154500
DTSTAMP:20250926T120000Z
ORGANIZER;CN=Verena Gangl:mailto:v.gangl@thermenhotels-ost.at
UID:4q6s8u0w2y4a6c8e0g2i4k6m8o@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Peter Url:mailto:p.url@thermenhotels-ost.at
SUMMARY:Videointerview Leitung Buchhaltung – Thermenhotels Oststeiermark
DESCRIPTION:Gesprächspartner: Peter Url (Kaufm. Direktor) und Verena Gangl (HR).\n""" + MEET_DE.format(code="thm-bkpr-oqa", pin="334") + r"""
LOCATION:Google Meet
END:VEVENT""", G, method="REQUEST", tz=tz_vienna()),
    Row("4q6s8u0w2y4a6c8e0g2i4k6m8o@google.com", 1, "Thermenhotels Oststeiermark", "Leitung Buchhaltung", "",
        "p.url@thermenhotels-ost.at;v.gangl@thermenhotels-ost.at", "google-meet-video-de"))

add("paper-mill-technical-de", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="Grill, Stefan":mailto:stefan.grill@papier-uebelbach.at
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Koller, Sabine":mailto:sabine.koller@papier-uebelbach.at
SUMMARY:Fachinterview Senior Accountant (Anlagenbuchhaltung/IFRS 16)
DTSTART;TZID=W. Europe Standard Time:20251112T130000
DTEND;TZID=W. Europe Standard Time:20251112T143000
UID:040000008200E00074C5B7101A82E0080000000066F1A2B3C4D5DC0100000000000000001000000033445566778899AABBCCDDEEFF001122
DTSTAMP:20251105T100000Z
LOCATION:Papierfabrik Übelbach GmbH\, Werksstraße 1\, 8124 Übelbach\, Verwaltung
DESCRIPTION:Sehr geehrte Frau Pichler\,\ndas Fachinterview führen Stefan Grill (Leitung Finanzen) und Sabine Koller (Anlagenbuchhaltung)\; es enthält eine kurze Excel-Übung.\nMit freundlichen Grüßen\nStefan Grill
STATUS:CONFIRMED
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E0080000000066F1A2B3C4D5DC0100000000000000001000000033445566778899AABBCCDDEEFF001122", 1,
        "Papierfabrik Übelbach", "Senior Accountant", "technical",
        "stefan.grill@papier-uebelbach.at;sabine.koller@papier-uebelbach.at", "outlook-technical-excel-de"))

add("ios-invite-onsite-de", cal(r"""BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D
DTSTAMP:20251016T070000Z
DTSTART;TZID=Europe/Vienna:20251023T160000
DTEND;TZID=Europe/Vienna:20251023T170000
SUMMARY:Treffen bei uns in Graz – Bergmann
ORGANIZER;CN=Thomas Bergmann:mailto:thomas.bergmann@me.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Elke Reinprecht;PARTSTAT=ACCEPTED:mailto:elke.reinprecht@bergmann-elektro.at
LOCATION:Bergmann Elektrotechnik\, Puchstraße 140\, 8020 Graz
DESCRIPTION:Liebe Frau Pichler\, nach dem Telefonat mit Frau Reinprecht würde ich Sie gern persönlich kennenlernen – ich bin Geschäftsführer und wäre Ihr direkter Vorgesetzter. Gesendet von meinem iPhone
END:VEVENT""", "-//Apple Inc.//iPhone OS 18.6//EN", method="REQUEST", tz=tz_vienna()),
    Row("5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D", 1, "Bergmann Elektrotechnik", "", "hiring_manager",
        "thomas.bergmann@me.com", "icloud-owner-hiring-manager-de"))

add("alcazar-onsite-es", cal(r"""BEGIN:VEVENT
DTSTART:20251023T070000Z
DTEND:20251023T100000Z
DTSTAMP:20251014T090000Z
ORGANIZER;CN=Lucía Navarro:mailto:lucia.navarro@grupoalcazar.es
UID:8s0u2w4y6a8c0e2g4i6k8m0o2q@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
ATTENDEE;CN=Javier Ortega:mailto:javier.ortega@grupoalcazar.es
ATTENDEE;CN=Martina Gsellmann:mailto:martina.gsellmann@alcazar-automocion.at
SUMMARY:Entrevistas presenciales en la planta de Graz – Katharina Pichler
DESCRIPTION:09:00 Javier Ortega (Director Financiero Grupo)\n10:00 Martina Gsellmann (Directora de planta)\n11:00 visita a la planta\nDirección: Alcázar Automoción Austria GmbH\, Liebenauer Hauptstraße 300\, 8041 Graz
LOCATION:Liebenauer Hauptstraße 300\, 8041 Graz
END:VEVENT""", G, method="REQUEST"),
    Row("8s0u2w4y6a8c0e2g4i6k8m0o2q@google.com", 1, "Alcázar Automoción Austria", "", "onsite",
        "javier.ortega@grupoalcazar.es;martina.gsellmann@alcazar-automocion.at", "google-utc-onsite-es"))

add("gmail-founder-en", cal(r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251018T110000
DTEND;TZID=Europe/Vienna:20251018T120000
DTSTAMP:20251012T210000Z
ORGANIZER;CN=Nikola Brandl:mailto:nikola.brandl.vie@gmail.com
UID:6u8w0y2a4c6e8g0i2k4m6o8q0s@google.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
SUMMARY:Katharina / Nikola – accounting lead chat (Bilanzia)
DESCRIPTION:Hi Katharina\, as discussed on LinkedIn: I'm co-founder of Bilanzia (bookkeeping automation for Austrian SMEs) and we're hiring our first Head of Accounting. Let's talk about the role and your experience – coffee at Café Promenade?
LOCATION:Café Promenade\, Erzherzog-Johann-Allee 1\, Graz
END:VEVENT""", G, method="REQUEST", tz=tz_vienna()),
    Row("6u8w0y2a4c6e8g0i2k4m6o8q0s@google.com", 1, "Bilanzia", "Head of Accounting", "",
        "nikola.brandl.vie@gmail.com", "freemail-founder-cafe-en"))

add("teams-screen-en-public", cal(r"""BEGIN:VEVENT
ORGANIZER;CN="HR Recruiting Team (CEES)":mailto:hr@cees.int
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Dupont, Hélène":mailto:helene.dupont@cees.int
SUMMARY:Pre-screening call – Finance Officer (Accounting)
DTSTART;TZID=W. Europe Standard Time:20251103T090000
DTEND;TZID=W. Europe Standard Time:20251103T092000
UID:040000008200E00074C5B7101A82E00800000000CEE5CEE5CEE5DC0100000000000000001000000012AB12AB12AB12AB12AB12AB12AB12AB
DTSTAMP:20251028T100000Z
LOCATION:Telephone
DESCRIPTION:Dear Ms Pichler\, Ms Hélène Dupont (HR Associate) will call you to verify eligibility\, languages and availability before the panel interview.
END:VEVENT""", "Microsoft Exchange Server 2010", method="REQUEST", tz=tz_windows()),
    Row("040000008200E00074C5B7101A82E00800000000CEE5CEE5CEE5DC0100000000000000001000000012AB12AB12AB12AB12AB12AB12AB12AB", 1,
        "Central European Energy Secretariat", "Finance Officer (Accounting)", "recruiter_screen",
        "helene.dupont@cees.int", "phone-prescreen-intl-org-en"))
