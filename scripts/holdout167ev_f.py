"""Holdout167 events, part F: Berlin employers (German and English); the travel around them."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="personio-kennenlernen",
        uid="personio-interview-a47d20f3-9c1e-4b68-85e2-d3f0b71c6a09@personio.de",
        label=(1, "Kontor Finanz", "Senior Product Owner (m/w/d) Kreditplattform", "recruiter_screen", "j.hartmann@kontor-finanz.de", "german-personio-kennenlerngespraech"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:BER%%
BEGIN:VEVENT
UID:personio-interview-a47d20f3-9c1e-4b68-85e2-d3f0b71c6a09@personio.de
DTSTAMP:20250220T083015Z
DTSTART;TZID=Europe/Berlin:20250225T163000
DTEND;TZID=Europe/Berlin:20250225T170000
SUMMARY:Kennenlerngespräch | Senior Product Owner (m/w/d) Kreditplattform
DESCRIPTION:Hallo Joost\,\n\nvielen Dank für deine Bewerbung als Senior Product Owner (m/w/d) Kreditplattform bei der Kontor Finanz GmbH. Wir möchten dich gerne in einem ersten Kennenlerngespräch mit Julia Hartmann (Talent Acquisition) kennenlernen. Das Gespräch kann auf Englisch stattfinden.\n\nGoogle Meet: https://meet.google.com/hpd-qcaz-wmo\n\nViele Grüße\nDein Kontor-Recruiting-Team
ORGANIZER;CN=Julia Hartmann:mailto:j.hartmann@kontor-finanz.de
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Julia Hartmann;PARTSTAT=ACCEPTED:mailto:j.hartmann@kontor-finanz.de
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-fallstudie",
        uid="personio-interview-0c5b9e71-d2a4-4f3b-9e80-6a1c7d4f2b35@personio.de",
        label=(1, "Kontor Finanz", "Senior Product Owner (m/w/d) Kreditplattform", "technical", "m.yildiz@kontor-finanz.de;f.neumann@kontor-finanz.de", "german-zweitgespraech-fallstudie"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:BER%%
BEGIN:VEVENT
UID:personio-interview-0c5b9e71-d2a4-4f3b-9e80-6a1c7d4f2b35@personio.de
DTSTAMP:20250305T101233Z
DTSTART;TZID=Europe/Berlin:20250312T150000
DTEND;TZID=Europe/Berlin:20250312T163000
SUMMARY:Zweitgespräch inkl. Fallstudie - Joost van den Berg
DESCRIPTION:Hallo Joost\,\n\nwie besprochen laden wir dich zum Zweitgespräch ein. Bitte bereite die Fallstudie (Anhang in der E-Mail) vor und präsentiere deine Ergebnisse in ca. 20 Minuten. Danach folgen Fragen von Murat Yildiz (Head of Product) und Felix Neumann (Engineering Lead).\n\nOrt: Kontor Finanz\, Schlesische Str. 28\, 10997 Berlin - oder remote via Google Meet: https://meet.google.com/ezt-vnbr-kxs\n\nReisekosten erstatten wir dir gerne.\n\nViele Grüße\nJulia
ORGANIZER;CN=Julia Hartmann:mailto:j.hartmann@kontor-finanz.de
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Murat Yildiz;PARTSTAT=ACCEPTED:mailto:m.yildiz@kontor-finanz.de
ATTENDEE;CN=Felix Neumann;PARTSTAT=ACCEPTED:mailto:f.neumann@kontor-finanz.de
LOCATION:Schlesische Str. 28\, 10997 Berlin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="join-interview",
        uid="join-com-interview-18840377-c2@join.com",
        label=(1, "Schutzengel Digital", "Head of Product", "hiring_manager", "anna.kraus@schutzengel.de", "join-english-call-with-ceo"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:join-com-interview-18840377-c2@join.com
DTSTAMP:20250307T160214Z
DTSTART:20250314T120000Z
DTEND:20250314T124500Z
SUMMARY:Schutzengel Digital GmbH: Interview Head of Product
DESCRIPTION:Hi Joost\,\n\nAnna Kraus (CEO & Co-Founder) invited you to an interview for the position Head of Product.\n\nVideo call: https://us02web.zoom.us/j/86610274450\n\nYou received this invitation because you applied via JOIN.
ORGANIZER;CN=Anna Kraus via JOIN:mailto:noreply@join.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Anna Kraus:mailto:anna.kraus@schutzengel.de
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-onsite-berlin",
        uid="greenhouse-1183902271-onsite-77310@greenhouse.io",
        label=(1, "Grünfeld Mobility", "Senior Product Manager, Fleet", "onsite", "lea.schubert@gruenfeld-mobility.com;ole.petersen@gruenfeld-mobility.com;d.moreau@gruenfeld-mobility.com", "greenhouse-berlin-onsite-vtimezone"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:BER%%
BEGIN:VEVENT
UID:greenhouse-1183902271-onsite-77310@greenhouse.io
DTSTAMP:20250319T110000Z
DTSTART;TZID=Europe/Berlin:20250403T100000
DTEND;TZID=Europe/Berlin:20250403T140000
SUMMARY:Onsite Interview - Senior Product Manager\, Fleet (Grünfeld Mobility)
DESCRIPTION:Hi Joost\,\n\nWe're excited to welcome you to our Berlin office (Rosenthaler Str. 40\, 10178 Berlin)! Please check in with reception on the 4th floor.\n\n10:00 Welcome & office tour\n10:15 Product Strategy - Lea Schubert\, VP Product\n11:15 Technical Collaboration - Ole Petersen\, Staff Engineer\n12:15 Lunch with the team\n13:00 Customer & Ops - Delphine Moreau\, Head of Fleet Operations\n\nWe'll reimburse your travel from Utrecht; keep your receipts.\n\nBest\,\nGrünfeld Recruiting
ORGANIZER;CN=Grünfeld Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Lea Schubert:mailto:lea.schubert@gruenfeld-mobility.com
ATTENDEE;CN=Ole Petersen:mailto:ole.petersen@gruenfeld-mobility.com
ATTENDEE;CN=Delphine Moreau:mailto:d.moreau@gruenfeld-mobility.com
LOCATION:Rosenthaler Str. 40\, 10178 Berlin
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ice-to-berlin",
        uid="DB-NAVIGATOR-7Q4K2P-20250402@bahn.de",
        label=(0, "", "", "", "", "train-trip-to-interview-city"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Deutsche Bahn//DB Navigator//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:DB-NAVIGATOR-7Q4K2P-20250402@bahn.de
DTSTAMP:20250320T190233Z
DTSTART:20250402T123300Z
DTEND:20250402T185800Z
SUMMARY:Utrecht Centraal -> Berlin Hbf
DESCRIPTION:Auftragsnummer: 7Q4K2P\nICE 145\, Wagen 26\, Platz 71\nUmstieg in Amsterdam? Nein\, Direktverbindung via Hengelo/Bad Bentheim\nTicket: Flexpreis\, 1 Erw.
LOCATION:Utrecht Centraal
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hotel-allday",
        uid="booking-com-4418827713-pin-5502@booking.com",
        label=(0, "", "", "", "", "hotel-stay-all-day-for-interview-trip"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Booking.com//Reservations//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:booking-com-4418827713-pin-5502@booking.com
DTSTAMP:20250320T185501Z
DTSTART;VALUE=DATE:20250402
DTEND;VALUE=DATE:20250404
SUMMARY:Hotel: Motel One Berlin-Alexanderplatz
DESCRIPTION:Confirmation number: 4418.827.713\nPIN: 5502\nCheck-in: from 15:00\nCheck-out: until 12:00\n1 x Double room\, breakfast not included
LOCATION:Dircksenstraße 36\, 10179 Berlin
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-final",
        uid="WD-INTERVIEW-91e0b7d2c3a44f58b6d1e9a2f7c0b345",
        label=(1, "Modewerk", "Senior Product Manager Checkout", "final", "katrin.vogel@modewerk.com;s.okafor@modewerk.com", "workday-english-final-round-berlin"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-91e0b7d2c3a44f58b6d1e9a2f7c0b345
DTSTAMP:20250409T091200Z
DTSTART:20250415T080000Z
DTEND:20250415T091500Z
SUMMARY:Final Round Interview - Senior Product Manager Checkout (R-118204)
DESCRIPTION:Dear Joost\,\n\nCongratulations on reaching the final stage for Senior Product Manager Checkout (R-118204). In this conversation you will meet Katrin Vogel (Director Product\, Checkout & Payments) and Samuel Okafor (Bar Raiser).\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2E0NmIxZjctYjk3OS00N2FlLWEwNzAtZjk2NDE1ZTE3NmYy%40thread.v2/0\n\nTime zone: Europe/Berlin (CEST)\n\nModewerk SE Talent Acquisition
ORGANIZER;CN=Modewerk Talent Acquisition:mailto:modewerk@myworkday.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Katrin Vogel:mailto:katrin.vogel@modewerk.com
ATTENDEE;CN=Samuel Okafor:mailto:s.okafor@modewerk.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german",
        uid="040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000001000000033445566778899AABBCCDDEEFF001122",
        label=(1, "Berliner Leben", "Product Owner Digitale Lebensversicherung", "", "h.wagner@berliner-leben.de", "german-outlook-vorstellungsgespraech-sent-by-assistant"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Heike";SENT-BY="mailto:b.lorenz@berliner-leben.de":mailto:h.wagner@berliner-leben.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BER-HQ Raum Spree 3.07":mailto:raum.spree307@berliner-leben.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr van den Berg\,\n\nim Auftrag von Frau Wagner (Bereichsleiterin Digitalisierung) lade ich Sie herzlich zu einem persönlichen Vorstellungsgespräch für die Position Product Owner Digitale Lebensversicherung ein.\n\nBitte melden Sie sich am Empfang im Erdgeschoss (Friedrichstraße 180). Alternativ ist eine Teilnahme per Teams möglich.\n\nMit freundlichen Grüßen\nBirgit Lorenz\nAssistenz Bereichsleitung Digitalisierung\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nTreten Sie der Besprechung jetzt bei<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJiYzQ2ZDAtNDA3Ny00Y2E1LWE1ZTMtNmJhYjgxNmJkMTVm%40thread.v2/0>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000001000000033445566778899AABBCCDDEEFF001122
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr van den Berg - PO Digitale LV
DTSTART;TZID=W. Europe Standard Time:20250404T103000
DTEND;TZID=W. Europe Standard Time:20250404T113000
CLASS:PUBLIC
DTSTAMP:20250325T140030Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BER-HQ Raum Spree 3.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-export-german",
        uid="3f9k1m7c0v2b8n4x6z5q1w0e3r@google.com",
        label=(1, "Prisma Vergleich", "Head of Product", "", "c.brandt@prisma-vergleich.de", "google-export-x-wr-timezone-german-gespraech"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:joost.vdberg@kpnmail.nl
X-WR-TIMEZONE:Europe/Amsterdam
%%TZ:AMS%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250409T153000
DTEND;TZID=Europe/Amsterdam:20250409T163000
DTSTAMP:20250410T060000Z
ORGANIZER;CN=Christian Brandt:mailto:c.brandt@prisma-vergleich.de
UID:3f9k1m7c0v2b8n4x6z5q1w0e3r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Christian Brandt;X-NUM-GUESTS=0:mailto:c.brandt@prisma-vergleich.de
CREATED:20250401T121500Z
DESCRIPTION:Hallo Joost\, wie telefonisch besprochen: Gespräch zur Position Head of Product. Ich freue mich!\nChristian\n\nMit Google Meet teilnehmen: https://meet.google.com/gvr-mstn-xba
LAST-MODIFIED:20250401T121500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Joost van den Berg / Christian Brandt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
