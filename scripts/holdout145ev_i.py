"""holdout145 events, part i: everyday work and personal life (negatives)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "buergeramt",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ITDZ Berlin//Terminvereinbarung Berlin//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:termin-berlin-20250307-0945-bafriedrichshain-338812
DTSTAMP:20250213T201500Z
DTSTART;TZID=Europe/Berlin:20250307T094500
DTEND;TZID=Europe/Berlin:20250307T100000
SUMMARY:Termin Bürgeramt: Personalausweis beantragen
LOCATION:Bürgeramt Friedrichshain\, Frankfurter Allee 35/37\, 10247 Berlin
DESCRIPTION:Vorgangsnummer: 338812\nBitte bringen Sie ein biometrisches Pas
 sfoto und Ihren alten Ausweis mit. Absagen unter service.berlin.de
END:VEVENT
END:VCALENDAR
""",
        "termin-berlin-20250307-0945-bafriedrichshain-338812",
        trap="official-appointment-no-vtimezone",
    ),
    ev(
        "beratungsgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Kaiser, Dennis":mailto:dennis.kaiser@berliner-sparkasse.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nhiermit bestätige i
 ch unser Beratungsgespräch zum Thema Altersvorsorge / ETF-Sparplan.\n\nMit
  freundlichen Grüßen\nDennis Kaiser\nPrivatkundenberater\n
UID:040000008200E00074C5B7101A82E0080000000077AA88BB99CCDB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Frau Vogt
DTSTART;TZID=W. Europe Standard Time:20250319T173000
DTEND;TZID=W. Europe Standard Time:20250319T183000
DTSTAMP:20250310T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Filiale Warschauer Straße
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000077AA88BB99CCDB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900",
        trap="bank-beratungsgespraech-outlook",
    ),
    ev(
        "design-crit",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250206T140000Z
DTEND:20250206T150000Z
DTSTAMP:20250203T090000Z
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
UID:kzkcr1t2q3w4e5r6t7y8u9i0o1@google.com
ATTENDEE;CN=design-team@kiezkasse.de;CUTYPE=GROUP;PARTSTAT=ACCEPTED:mailto:design-team@kiezkasse.de
DESCRIPTION:Onboarding-Flow v4 (Ben) + Kassenbon-Redesign (Nora). Bitte Fig
 ma-Links bis Mittwoch in #design-crit posten. Kamera an 🙏
LOCATION:KZK Raum Görli / https://meet.google.com/dnc-rwqa-kfe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Design Crit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkcr1t2q3w4e5r6t7y8u9i0o1@google.com",
        trap="internal-design-critique",
    ),
    ev(
        "stakeholder-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250210T100000Z
DTEND:20250210T104500Z
DTSTAMP:20250205T160000Z
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
UID:kzkst4k5h6o7l8d9e0r1i2n3t4@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Martina Hecht;PARTSTAT=ACCEPTED:mailto:martina.hecht@kiezkasse.de
DESCRIPTION:Stakeholder-Interview für das KYC-Redesign: Anforderungen aus
  Compliance-Sicht\, Pain Points im heutigen Prozess\, No-Gos (BaFin).
LOCATION:https://meet.google.com/hra-ktwz-mpo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stakeholder-Interview Compliance (Martina) – KYC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkst4k5h6o7l8d9e0r1i2n3t4@google.com",
        trap="internal-stakeholder-interview",
    ),
    ev(
        "wohnungsbesichtigung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250311T204000Z
UID:8C7B6A59-4837-4261-9F0E-D1C2B3A49586
DTEND;TZID=Europe/Berlin:20250318T174500
TRANSP:OPAQUE
SUMMARY:Besichtigung 2-Zi Ottensen (falls New Work klappt)
DTSTART;TZID=Europe/Berlin:20250318T171500
DTSTAMP:20250311T204010Z
LOCATION:Bahrenfelder Str. 142\, Hamburg
DESCRIPTION:Makler Hr. Janßen 040 3398 2210. Schufa + 3 Gehaltsnachweise m
 itnehmen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "8C7B6A59-4837-4261-9F0E-D1C2B3A49586",
        trap="flat-viewing-mentions-employer", eol="\n",
    ),
    ev(
        "steuerberatung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
METHOD:REQUEST
@@TZ_WIN_WEU@@
BEGIN:VEVENT
UID:bookings-3a9c11f0-9d2e-4b7f-8a61-steuerkanzlei
DTSTAMP:20250114T120000Z
DTSTART;TZID=W. Europe Standard Time:20250130T160000
DTEND;TZID=W. Europe Standard Time:20250130T163000
SUMMARY:Erstgespräch Steuerberatung (Lea Vogt)
ORGANIZER;CN=Steuerkanzlei Brandl & Partner:mailto:termine@brandl-steuer.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Katharina Brandl:mailto:k.brandl@brandl-steuer.de
DESCRIPTION:Erstgespräch (30 Min\, kostenfrei): Einkommensteuererklärung 20
 24\, Homeoffice-Pauschale\, Fahrtkosten Bewerbungsgespräche.\n\nDiese Buch
 ung wurde über Microsoft Bookings erstellt.
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "bookings-3a9c11f0-9d2e-4b7f-8a61-steuerkanzlei",
        trap="bookings-erstgespraech-tax-advisor",
    ),
    ev(
        "mentoring",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ADPList//ADPList Sessions//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:adplist-session-5510982@adplist.org
DTSTAMP:20250223T150000Z
DTSTART:20250302T090000Z
DTEND:20250302T094500Z
SUMMARY:ADPList: Portfolio review with Sam Okoye
ORGANIZER;CN=ADPList:mailto:sessions@adplist.org
ATTENDEE;CN=Lea Vogt (Mentor):mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Sam Okoye (Mentee):mailto:sam.okoye.ux@gmail.com
DESCRIPTION:Mentee goal: "I'm applying for my first UX job and would love f
 eedback on my portfolio and how to prepare for interviews."\n\nJoin: https:/
 /adplist.org/session/5510982
LOCATION:ADPList video
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "adplist-session-5510982@adplist.org",
        trap="mentoring-portfolio-review-as-mentor",
    ),
    ev(
        "uebungsinterview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250222T110000
DTEND;TZID=Europe/Berlin:20250222T123000
DTSTAMP:20250219T210000Z
UID:prac7i8o9p0a1s2d3f4g5h6j7k@google.com
DESCRIPTION:Kai spielt Interviewer\, whiteboard prompt von ihm. Danach Brun
 ch bei ihm 🥐
LOCATION:bei Kai\, Weserstr.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Übungsinterview Whiteboard w/ Kai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "prac7i8o9p0a1s2d3f4g5h6j7k@google.com",
        trap="practice-interview-with-friend",
    ),
    ev(
        "masterarbeit-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T080000Z
DTEND:20250404T090000Z
DTSTAMP:20250328T160000Z
ORGANIZER;CN=Johanna Piepenbrink:mailto:johanna.piepenbrink@udk-berlin.de
UID:thes1s2a3b4c5d6e7f8g9h0i1j@google.com
ATTENDEE;CN=lea.vogt.design@mailbox.org;PARTSTAT=ACCEPTED:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Experteninterview für meine Masterarbeit (UdK\, Design Ops in w
 achsenden Startups). Ca. 45-60 Min\, wird aufgezeichnet und anonymisiert.
LOCATION:https://udk-berlin.zoom.us/j/61900234871
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Experteninterview Masterarbeit – Lea Vogt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "thes1s2a3b4c5d6e7f8g9h0i1j@google.com",
        trap="thesis-expert-interview-as-interviewee",
    ),
    ev(
        "portfolio-night",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-ORIGINAL-URL:https://www.meetup.com/berlin-ux/events/305512904/
X-WR-CALNAME:Berlin UX Meetup
BEGIN:VEVENT
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Berlin:20250327T190000
DTEND;TZID=Europe/Berlin:20250327T220000
STATUS:CONFIRMED
SUMMARY:Berlin UX Meetup: Portfolio Night (hiring managers review your work)
DESCRIPTION:Berlin UX Meetup\nThursday\, March 27 at 7:00 PM\n\nBring your
  portfolio and get 15-minute reviews from design leads at Zalando\, Ecosia a
 nd Delivery Hero...\n\nDetails: https://www.meetup.com/berlin-ux/events/305
 512904/
CLASS:PUBLIC
CREATED:20250301T100000Z
GEO:52.5016;13.4115
LOCATION:Factory Görlitzer Park (Lohmühlenstraße 65\, Berlin\, Germany)
URL:https://www.meetup.com/berlin-ux/events/305512904/
LAST-MODIFIED:20250301T100000Z
UID:event_305512904@meetup.com
END:VEVENT
END:VCALENDAR
""",
        "event_305512904@meetup.com",
        trap="meetup-portfolio-night-hiring-managers",
    ),
    ev(
        "one-on-one",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lea.vogt@kiezkasse.de
X-WR-TIMEZONE:Europe/Berlin
@@TZ_BERLIN@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250107T110000
DTEND;TZID=Europe/Berlin:20250107T113000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU
DTSTAMP:20250402T070000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk1on1a2b3c4d5e6f7g8h9i0j@google.com
ATTENDEE;CN=Tarek Said;PARTSTAT=ACCEPTED:mailto:tarek.said@kiezkasse.de
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
DESCRIPTION:Agenda im gemeinsamen Doc
LOCATION:Spaziergang / Görlitzer Park
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:1:1 Lea / Tarek
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250304T150000
DTEND;TZID=Europe/Berlin:20250304T153000
DTSTAMP:20250402T070000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk1on1a2b3c4d5e6f7g8h9i0j@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20250304T110000
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:1:1 Lea / Tarek (verschoben – Lea hat Termin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk1on1a2b3c4d5e6f7g8h9i0j@google.com",
        trap="recurring-one-on-one-override-moved-for-interview",
    ),
    ev(
        "usability-test",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T080000Z
DTEND:20250409T150000Z
DTSTAMP:20250401T120000Z
ORGANIZER;CN=Ben Thiele:mailto:ben.thiele@kiezkasse.de
UID:kzkut5e6s7t8l9a0b1c2d3e4f5@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Ben Thiele;PARTSTAT=ACCEPTED:mailto:ben.thiele@kiezkasse.de
DESCRIPTION:5 Sessions à 60 Min mit Kleinhändler:innen (Rekrutierung über T
 estingTime). Lea moderiert 1\, 3\, 5 – Ben protokolliert. Screener + Leitf
 aden im Drive.
LOCATION:Kiezkasse UX-Lab (2.OG)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Usability-Tests Kassen-App (Lab-Tag)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkut5e6s7t8l9a0b1c2d3e4f5@google.com",
        trap="usability-test-day-moderator",
    ),
    ev(
        "exitgespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio HR//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-offboarding-228190@personio.de
DTSTAMP:20250602T090000Z
DTSTART;TZID=Europe/Berlin:20250625T140000
DTEND;TZID=Europe/Berlin:20250625T144500
SUMMARY:Exit-Interview Lea Vogt
ORGANIZER;CN=Kiezkasse People:mailto:hr-noreply@personio.de
ATTENDEE;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Philipp Adler:mailto:philipp.adler@kiezkasse.de
DESCRIPTION:Hallo Lea\,\n\nim Rahmen deines Offboardings möchten wir gerne
  dein Feedback zu deiner Zeit bei Kiezkasse hören. Das Gespräch ist vertrau
 lich.\n\nDein People Team
LOCATION:KZK Raum Spree
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-offboarding-228190@personio.de",
        trap="own-exit-interview-at-current-job",
    ),
    ev(
        "karrierecoaching",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:kPz4vW9xQ2rT7nLmB3cY8d
SUMMARY:Karrierecoaching Sitzung 3 zwischen Sabine Wolter und Lea Vogt
DTSTART:20250309T090000Z
DTEND:20250309T100000Z
DTSTAMP:20250302T180000Z
DESCRIPTION:Was: Karrierecoaching Sitzung 3\nThema: Verhandlung & Angebote
  vergleichen (Zalando vs. Personio?)\nWo: https://app.cal.com/video/kPz4vW
 9xQ2rT7nLmB3cY8d
ORGANIZER;CN=Sabine Wolter:mailto:kontakt@sabinewolter-coaching.de
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt.design@mailbox.org
LOCATION:https://app.cal.com/video/kPz4vW9xQ2rT7nLmB3cY8d
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "kPz4vW9xQ2rT7nLmB3cY8d",
        trap="career-coaching-names-employers",
    ),
    ev(
        "offsite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250514
DTEND;VALUE=DATE:20250516
DTSTAMP:20250320T110000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzkoff1s2i3t4e5a6b7c8d9e0f@google.com
ATTENDEE;CN=design-team@kiezkasse.de;CUTYPE=GROUP:mailto:design-team@kiezkasse.de
DESCRIPTION:2 Tage Design-Offsite in Brandenburg: Vision 2026\, Design-Syst
 em-Roadmap\, Teamrituale. Abfahrt 8:30 Ostkreuz.
LOCATION:Gut Boltenhof\, Fürstenberg/Havel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Design Offsite 🌲
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkoff1s2i3t4e5a6b7c8d9e0f@google.com",
        trap="team-offsite-all-day",
    ),
]
