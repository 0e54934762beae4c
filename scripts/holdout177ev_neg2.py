"""holdout177: negatives – interview look-alikes around the search, school routine, official errands (part 2)."""

from holdout177ev_tz import NEG, TZ_LONDON, TZ_VIENNA, TZ_WEU, E

EVENTS = [
    E(
        "virtual-job-fair",
        "teacherhorizons-fair-2026-01-vf",
        NEG,
        "online-recruitment-fair-for-teachers",
        rf"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_LONDON}
BEGIN:VEVENT
UID:teacherhorizons-fair-2026-01-vf
DTSTAMP:20251201T100000Z
DTSTART;TZID=Europe/London:20260110T090000
DTEND;TZID=Europe/London:20260110T160000
SUMMARY:International Schools Virtual Recruitment Fair – January 2026
LOCATION:Online event
DESCRIPTION:Meet 60+ international schools\, attend talks (“Acing your interna
 tional school interview”\, “Understanding IB contracts”). Your ticket: Gen
 eral Admission – Teacher.\nhttps://www.eventbrite.com/e/isvrf-jan-2026
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "referenz-telefonat",
        "3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com",
        NEG,
        "reference-call-user-is-referee",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260225T133000
DTEND;TZID=Europe/Vienna:20260225T135000
DTSTAMP:20260223T090000Z
ORGANIZER;CN=HR Bavarian International School:mailto:references@bis-school.com
UID:3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=f.gruber@bildung-wien.at:mailto:f.gruber@bildung-wien.at
DESCRIPTION:Dear Mr Gruber\, thank you for agreeing to act as a referee for Ms
  Sabine Lang\, who has applied for a Chemistry post with us. The call will
  take about 15 minutes and includes our standard safeguarding questions.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call – re: Sabine Lang
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "recruiter-intro",
        "calendly-th-consultant-intro-5510",
        NEG,
        "recruiter-intro-call-no-employer-named",
        rf"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:calendly-th-consultant-intro-5510
DTSTAMP:20251118T200000Z
DTSTART;TZID=Europe/London:20251124T170000
DTEND;TZID=Europe/London:20251124T172000
SUMMARY:Florian Gruber and Oliver Grant
ORGANIZER;CN=Oliver Grant:mailto:oliver@teacherhorizons.com
ATTENDEE;CN=Florian Gruber;PARTSTAT=ACCEPTED:mailto:florian.gruber@gmx.at
DESCRIPTION:Event Name: Candidate Introduction Call\n\nA chance to talk throug
 h your profile\, preferred regions (DACH / Switzerland) and which of our pa
 rtner schools might suit you.\n\nLocation: Zoom – link to follow\n\nPowered
  by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "vorbereitung-hearing",
        "GMX-vorb-hearing-moedling",
        NEG,
        "prep-block-before-hearing",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-vorb-hearing-moedling
DTSTAMP:20260216T200000Z
DTSTART:20260222T090000
DTEND:20260222T130000
SUMMARY:VORBEREITUNG Hearing Mödling – Konzept + Präsi üben
DESCRIPTION:Leitbild BG Mödling lesen\, Schulentwicklungsplan\, QMS-Begriffe\,
  10 min laut üben (Stoppuhr!)
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "dankesmail",
        "5A7B9C1D-3E5F-4A7B-9C1D-3E5F7A9B1C3D",
        NEG,
        "thank-you-note-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251211T160000Z
DTSTART;VALUE=DATE:20251212
DTEND;VALUE=DATE:20251213
DTSTAMP:20251211T160010Z
SEQUENCE:0
SUMMARY:Thank-you Mail an VIS Panel (Maja\, Kieran\, Joseph)
UID:5A7B9C1D-3E5F-4A7B-9C1D-3E5F7A9B1C3D
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "amtsarzt",
        "GMX-amtsarzt-bd-noe-0325",
        NEG,
        "pre-employment-medical-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-amtsarzt-bd-noe-0325
DTSTAMP:20260316T120000Z
DTSTART:20260325T080000
DTEND:20260325T090000
SUMMARY:Amtsärztl. Untersuchung (für Ernennung Schulleitung) BH Mödling
LOCATION:BH Mödling\, Gesundheitsamt\, Bahnstraße 2
DESCRIPTION:nüchtern\, e-card + Ladung mitnehmen\, Befunde Augenarzt
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "ams-termin",
        "ams-termin-20260202-1210@ams.at",
        NEG,
        "official-ams-counselling-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AMS//eAMS-Konto Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ams-termin-20260202-1210@ams.at
DTSTAMP:20260120T100000Z
DTSTART:20260202T090000Z
DTEND:20260202T093000Z
SUMMARY:Termin beim AMS – Beratung Bildungskarenz/Weiterbildungszeit
LOCATION:AMS Wien Floridsdorf\, Schloßhofer Straße 16-18\, 1210 Wien
DESCRIPTION:Ihr Beratungstermin. Bitte Lichtbildausweis und Bestätigung des Di
 enstgebers mitbringen. Terminänderung über Ihr eAMS-Konto.
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "bank-termin",
        "erste-george-termin-77120",
        NEG,
        "personal-bank-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Erste Bank//George Termin//DE
BEGIN:VEVENT
UID:erste-george-termin-77120
DTSTAMP:20260401T090000Z
DTSTART:20260408T150000Z
DTEND:20260408T154500Z
SUMMARY:Beratungsgespräch Wohnkredit – Erste Bank Floridsdorf
LOCATION:Am Spitz 12\, 1210 Wien
DESCRIPTION:Ihre Beraterin: Mag. Denise Wolf. Bitte Gehaltszettel der letzten
  3 Monate mitbringen.
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "reisepass",
        "wien-gv-termin-mba21-5519",
        NEG,
        "official-passport-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Wien//Terminvereinbarung//DE
BEGIN:VEVENT
UID:wien-gv-termin-mba21-5519
DTSTAMP:20260110T080000Z
DTSTART:20260116T073000Z
DTEND:20260116T074500Z
SUMMARY:Reisepass – Antrag (Max Gruber)
LOCATION:Magistratisches Bezirksamt 21\, Am Spitz 1
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "lehrgang-schulmanagement",
        "phonline-lv-7S2SM03-termin-4",
        NEG,
        "school-leadership-course-module",
        rf"""BEGIN:VCALENDAR
PRODID:-//PH-Online//CAMPUSonline Kalender//DE
VERSION:2.0
{TZ_VIENNA}
BEGIN:VEVENT
UID:phonline-lv-7S2SM03-termin-4
DTSTAMP:20251001T080000Z
DTSTART;TZID=Europe/Vienna:20251128T140000
DTEND;TZID=Europe/Vienna:20251128T190000
SUMMARY:HLG Schulmanagement – Modul 3: Personalführung & Personalauswahl
LOCATION:PH Wien\, Grenzackerstraße 18\, Seminarraum 3.12
DESCRIPTION:Hochschullehrgang "Schulen professionell führen" (Vorqualifikation
  Schulleitung)\, Termin 4/6. Rollenspiele Aufnahmegespräch & Mitarbeitergesp
 räch.
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "elterngespraech",
        "GMX-eltern-7b-paul",
        NEG,
        "school-parent-meeting",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-eltern-7b-paul
DTSTAMP:20260209T200000Z
DTSTART:20260211T125000
DTEND:20260211T131500
SUMMARY:Gespräch Eltern Paul K. (7B) – Frühwarnung Physik
LOCATION:Sprechzimmer
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "fachgruppe-mathe",
        "040000008200E00074C5B7101A82E00800000000F9A0B1C2D36FDC01000000000000000010000000FEDCBA9876543210FEDCBA9876",
        NEG,
        "subject-team-meeting-he-chairs",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="FG Mathematik":mailto:fg.mathe@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:TO: Schularbeitstermine 2. Sem.\, SRDP-Probeklausur\, G
 eoGebra-Lizenz\, Schulbuchbestellung 26/27\n
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D36FDC01000000000000000010000000FEDCBA9876543210FEDCBA9876
SUMMARY;LANGUAGE=de-AT:Fachgruppensitzung Mathematik
DTSTART;TZID=W. Europe Standard Time:20260217T141500
DTEND;TZID=W. Europe Standard Time:20260217T154500
DTSTAMP:20260210T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Mathe-Kammerl 1.14
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "schuelerzeitung",
        "0s9d8f7g6h5j4k3l2m1n0b9v8c@google.com",
        NEG,
        "pupil-newspaper-interview-of-teacher",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260114T125000
DTEND;TZID=Europe/Vienna:20260114T131500
DTSTAMP:20260112T180000Z
ORGANIZER;CN=Schülerzeitung Kreidezeit:mailto:kreidezeit.grg@gmail.com
UID:0s9d8f7g6h5j4k3l2m1n0b9v8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=f.gruber@bildung-wien.at:mailto:f.gruber@bildung-wien.at
DESCRIPTION:Lieber Herr Professor\, danke dass Sie bei unserem Lehrer-Intervie
 w mitmachen!! 10 Fragen\, dauert nicht lang :) Lena & Emir (6A)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Kreidezeit – Prof. Gruber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "aufnahmegespraech-schueler",
        "GMX-aufnahme-quereinstieg-6",
        NEG,
        "pupil-admission-interview-not-hiring",
        r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
VERSION:2.0
BEGIN:VEVENT
UID:GMX-aufnahme-quereinstieg-6
DTSTAMP:20260126T200000Z
DTSTART:20260128T115000
DTEND:20260128T122000
SUMMARY:Aufnahmegespräch Schüler Quereinstieg 6. Kl. (aus HTL) + Mathe-Test
DESCRIPTION:mit Admin. Einstufungstest Mathe vorbereiten (Funktionen\, Vekto
 ren)
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "bewerbungsfrist",
        "7B9D1F3H-5J7L-4N9P-1R3T-5V7X9Z1B3D5F",
        NEG,
        "application-deadline-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T200000Z
DTSTART;VALUE=DATE:20251114
DTEND;VALUE=DATE:20251115
DTSTAMP:20251103T200010Z
SEQUENCE:0
SUMMARY:Bewerbungsfrist Direktion BG/BRG Mödling (Amtsblatt) – Dienstweg!
DESCRIPTION:Bewerbung über Dir. Wagner im Dienstweg einreichen\, 1 Woche vorher
 ! Konzept max. 5 Seiten
TRANSP:TRANSPARENT
UID:7B9D1F3H-5J7L-4N9P-1R3T-5V7X9Z1B3D5F
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "ikm-testung",
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E46FDC0100000000000000001000000013579BDF2468ACE013579BDF24",
        NEG,
        "national-pupil-assessment-supervision",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Schober, Eva (Admin.)":mailto:e.schober@bildung-wien.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gruber, Florian":mailto:f.gruber@bildung-wien.at
DESCRIPTION;LANGUAGE=de-AT:iKMPLUS Kompetenzmessung 8. Schulstufe Mathematik – T
 estleitung 4C im EDV-Saal. Zugangscodes am Vortag im Sekretariat abholen.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E46FDC0100000000000000001000000013579BDF2468ACE013579BDF24
SUMMARY;LANGUAGE=de-AT:iKMPLUS Testung 4C (Testleitung Gruber)
DTSTART;TZID=W. Europe Standard Time:20260505T080000
DTEND;TZID=W. Europe Standard Time:20260505T095000
DTSTAMP:20260415T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:EDV-Saal 2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "sprechstunde-kv",
        "webuntis-sprechstunde-44120",
        NEG,
        "personal-son-school-teacher-consultation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Untis GmbH//WebUntis//DE
BEGIN:VEVENT
UID:webuntis-sprechstunde-44120
DTSTAMP:20260301T180000Z
DTSTART;TZID=Europe/Vienna:20260310T114500
DTEND;TZID=Europe/Vienna:20260310T120000
SUMMARY:Sprechstunde Mag. Brandstetter (KV 2B) – Max Gruber
LOCATION:BRG 21 Franklinstraße\, Sprechzimmer 1
END:VEVENT
END:VCALENDAR
""",
    ),
]
