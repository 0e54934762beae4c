"""holdout177: more events with Florian on the HIRING side (part 2)."""

from holdout177ev_tz import NEG, TZ_VIENNA, TZ_WEU, E

H = True

EVENTS = [
    E(
        "counter-proposal",
        "3z5y7x9w1v3u5t7s9r1q3p5o7m@google.com",
        NEG,
        "user-as-interviewer-candidate-counter-proposal",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.90//EN
VERSION:2.0
METHOD:COUNTER
BEGIN:VEVENT
UID:3z5y7x9w1v3u5t7s9r1q3p5o7m@google.com
DTSTAMP:20260429T081200Z
DTSTART:20260430T143000Z
DTEND:20260430T151500Z
SUMMARY:Neuer Zeitvorschlag: Zweitgespräch Lehrstelle M/Ph
ORGANIZER;CN=Florian Gruber:mailto:f.gruber@bildung-wien.at
ATTENDEE;PARTSTAT=TENTATIVE;CN=Dominik Rauch:mailto:dominik.rauch@gmx.at
COMMENT:Sehr geehrter Herr Prof. Gruber\, am Mittwoch habe ich leider Prüfung a
 n der PH – ginge Donnerstag 16:30? Mit freundlichen Grüßen\, Dominik Rauch
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "teams-vorstellungsgespraech",
        "040000008200E00074C5B7101A82E00800000000B5C6D7E8F96FDC010000000000000000100000005F4E3D2C1B0A99887766554433",
        NEG,
        "user-as-interviewer-teams-vorstellungsgespraech-candidate-gmail",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Ingrid (Direktion)":mailto:i.wagner@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.leitner.ph@gmail.com:mailto:verena.leitner
 .ph@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Leitner\,\n\nwie telefonisch ve
 reinbart\, das Online-Vorstellungsgespräch für die Karenzvertretung Physik (
 10 WStd.). Seitens der Schule nehmen die Direktorin und der Fachgruppenleite
 r Physik\, Prof. Gruber\, teil.\n\n_____________________________________________
 ___________________________________\nMicrosoft Teams-Besprechung\nJetzt an
  der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_grgKarenzPh%40thread.v2/0>\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F96FDC010000000000000000100000005F4E3D2C1B0A99887766554433
SUMMARY;LANGUAGE=de-AT:Online-Vorstellungsgespräch Fr. Mag. Leitner (Karenzvertretung Physik)
DTSTART;TZID=W. Europe Standard Time:20251112T141500
DTEND;TZID=W. Europe Standard Time:20251112T150000
DTSTAMP:20251107T100512Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "gespraech-trainer",
        "0a9s8d7f6g5h4j3k2l1z0x9c8v@google.com",
        NEG,
        "user-as-interviewer-football-club-coach-candidate",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260210T191500
DTEND;TZID=Europe/Vienna:20260210T200000
DTSTAMP:20260206T090009Z
ORGANIZER;CN=Robert Fuchs:mailto:obmann.sv.donaufeld@gmail.com
UID:0a9s8d7f6g5h4j3k2l1z0x9c8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
DESCRIPTION:Hallo Flo\, du als Elternvertreter U12 bitte dabei: Gespräch mit d
 em Bewerber für den Trainerposten (Marco Petrović\, UEFA-C Lizenz). Danach
  entscheiden wir im Vorstand.
LOCATION:Kantine Sportplatz Donaufeld
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Trainer-Bewerber U12
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "feedback-kandidatin",
        "GMX-feedback-holzer-7781",
        NEG,
        "user-as-interviewer-feedback-to-candidate-after-trial-lesson",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-feedback-holzer-7781
DTSTAMP:20260428T110000Z
DTSTART:20260428T105000
DTEND:20260428T111000
SUMMARY:Feedback an T. Holzer nach Probestunde
LOCATION:Physik-Kustodiat
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "calcom-sommerschule",
        "calcom-8c1b2a3d-sommerschule-tutor-4471",
        NEG,
        "user-as-interviewer-cal-com-host-summer-school-tutor",
        rf"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:calcom-8c1b2a3d-sommerschule-tutor-4471
DTSTAMP:20260518T090122Z
DTSTART;TZID=Europe/Vienna:20260526T160000
DTEND;TZID=Europe/Vienna:20260526T161500
SUMMARY:Kurzgespräch Bewerbung Sommerschule (Lehramtsstudierende) between Florian Gruber and Jana Polak
ORGANIZER;CN=Florian Gruber:mailto:f.gruber@bildung-wien.at
ATTENDEE;CN=Jana Polak;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.polak@univie.ac.at
LOCATION:https://app.cal.com/video/8c1b2a3d
DESCRIPTION:What: Kurzgespräch Bewerbung Sommerschule (Lehramtsstudierende)\n
 Invitee: Jana Polak (jana.polak@univie.ac.at)\nAdditional notes: 4. Semester
  Lehramt Mathe/Englisch\, kann beide Sommerschulwochen.\n\nNeed to reschedule
  or cancel? https://app.cal.com/booking/8c1b2a3d
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        hiring=H,
    ),
    E(
        "sichtung-bewerbungen",
        "1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F",
        NEG,
        "user-as-interviewer-screening-student-applications",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260512T180000Z
DTSTART;VALUE=DATE:20260520
DTEND;VALUE=DATE:20260521
DTSTAMP:20260512T180015Z
SEQUENCE:0
SUMMARY:Sommerschule: Bewerbungen Studierende sichten + Gespräche einteilen
DESCRIPTION:14 Bewerbungen über BMBWF-Portal\, brauchen 4 für Mathe. Rangliste
  an Admin.
TRANSP:TRANSPARENT
UID:1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
    E(
        "zweitgespraech-informatik",
        "GMX-demir-zweitgespraech-0904",
        NEG,
        "user-as-interviewer-second-round-for-colleague-typed",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-demir-zweitgespraech-0904
DTSTAMP:20251201T170500Z
DTSTART:20251204T131000
DTEND:20251204T135000
SUMMARY:Zweitgespr. Hr. Demir (Inf.) mit Dir. – ich als Kustos Inf dabei
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
        hiring=H,
    ),
]
