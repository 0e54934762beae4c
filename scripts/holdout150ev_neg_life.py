# ruff: noqa: E501, W291
"""holdout150 events: job-search look-alikes and personal life (negatives)."""

from holdout150ev_tz import CEST_WIN, WAW

_G = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
      "METHOD:PUBLISH\nX-WR-CALNAME:kasia.nowak.fin@wp.pl\nX-WR-TIMEZONE:Europe/Warsaw\n")
_IPH = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//iPhone OS 17.4.1//EN\nCALSCALE:GREGORIAN\n"

EVENTS = [
    dict(
        kind="mock-interview-coach",
        uid="7b2e9c14-3f5a-4d8e-a1c6-0e9f8d7c6b5a",
        iv=0, trap="mock-interview-with-career-coach-calendly",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b2e9c14-3f5a-4d8e-a1c6-0e9f8d7c6b5a
DTSTAMP:20250317T194500Z
DTSTART:20250319T170000Z
DTEND:20250319T180000Z
SUMMARY:Symulacja rozmowy rekrutacyjnej (60 min) between Agnieszka Sroka and Katarzyna Nowak
ORGANIZER;CN=Agnieszka Sroka:mailto:kontakt@sroka-coaching.pl
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=ACCEPTED:mailto:kasia.nowak.fin@wp.pl
LOCATION:Zoom: https://us06web.zoom.us/j/87712094410
DESCRIPTION:Event Name: Symulacja rozmowy rekrutacyjnej (60 min)\\n\\nPlease
  share anything that will help prepare for our meeting.: Przed etapem z pa
 rtnerem w Big4 (case + pytania behawioralne po angielsku). Proszę o feedbac
 k do STAR.\\n\\nPakiet: 3 sesje coachingowe - sesja 2/3\\n\\nPowered by Calendl
 y.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar-controller-interview",
        uid="clickmeeting-webinar-finance-2025-04-09-221733",
        iv=0, trap="agency-webinar-about-controller-job-interviews-polish",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ClickMeeting//Webinar//PL
METHOD:PUBLISH
BEGIN:VEVENT
UID:clickmeeting-webinar-finance-2025-04-09-221733
DTSTAMP:20250401T090000Z
DTSTART:20250409T160000Z
DTEND:20250409T170000Z
SUMMARY:Webinar: Rozmowa kwalifikacyjna na stanowisko Controllera - pytania\\, case study\\, negocjacje
ORGANIZER;CN=Kadra Finance Partners:mailto:webinary@kadrafinance.pl
LOCATION:https://kadrafinance.clickmeeting.com/rozmowa-controller
DESCRIPTION:Dziękujemy za rejestrację! Prowadzące: Natalia Baran i Iwona S
 tępień (Kadra Finance Partners). Omówimy najczęstsze pytania na rozmowach 
 rekrutacyjnych w finansach\\, zadania Excel i case study oraz negocjacje wy
 nagrodzenia. Nagranie dostępne przez 7 dni.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast-recording",
        uid="4q9w2e7r1t6y0u5i3o8p2a1s7d@google.com",
        iv=0, trap="podcast-recording-interview-as-guest",
        ics=_G + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250423T180000
DTEND;TZID=Europe/Warsaw:20250423T193000
DTSTAMP:20250601T101500Z
ORGANIZER;CN=Księgowość po godzinach:mailto:podcast.ksiegowoscpogodzinach@gmail.com
UID:4q9w2e7r1t6y0u5i3o8p2a1s7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Nagranie odcinka #58: „Od księgowej do team leaderki w SSC”. Rozm
 owa z Kasią\\, prowadzi Michał. Nagrywamy w Riverside: https://riverside.fm
 /studio/ksiegowosc-po-godzinach\\nSłuchawki przewodowe\\, cichy pokój.
LOCATION:Riverside.fm (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nagranie podcastu - gość: Katarzyna Nowak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="informational-coffee",
        uid="0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9",
        iv=0, trap="informational-coffee-with-ex-colleague-names-employer", lf=True,
        ics=_IPH + WAW + """BEGIN:VEVENT
CREATED:20250301T190101Z
DTEND;TZID=Europe/Warsaw:20250306T180000
DTSTAMP:20250301T190133Z
DTSTART;TZID=Europe/Warsaw:20250306T170000
LAST-MODIFIED:20250301T190133Z
LOCATION:Massolit Books & Cafe
DESCRIPTION:Magda (ex-Nordvale\\, teraz FP&A w Castellan GBS Wro) - jak tam
  jest? kultura\\, nadgodziny\\, czy FP&A to naprawdę FP&A czy raportowanie
SEQUENCE:0
SUMMARY:kawa z Magdą S.
TRANSP:OPAQUE
UID:0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="career-fair",
        uid="eventbrite-1098877612345-kn",
        iv=0, trap="business-services-careers-fair-ticket",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1098877612345-kn
DTSTAMP:20250310T120000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Kraków Business Services Career Day 2025 - Finance & Accounting
LOCATION:ICE Kraków Congress Centre\\, ul. Marii Konopnickiej 17\\, Kraków
DESCRIPTION:Your ticket: General admission (free). Meet 60+ employers from 
 SSC/GBS\\, Big Four and manufacturing\\, CV consultations\\, mini-interviews 
 on the spot\\, talks: 'How to move from R2R to FP&A'.\\n\\nOrder #9981230
 45
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-call-referee",
        uid="040000008200E00074C5B7101A82E00800000000D0673879A0CDDC0100000000000000001000000061626364656667686970717273747576",
        iv=0, trap="reference-call-user-is-the-referee",
        ics="BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Olivia Grant":mailto:olivia.grant@sterlinggrant.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=en-GB:Hi Katarzyna\\,\\n\\nthank you for agreeing to give a reference for Michał Wróbel\\, who reported to you at Nordvale GBS in 2021-2023. The call takes about 15 minutes: dates of employment\\, responsibilities\\, strengths\\, areas for development and whether you would re-hire him.\\n\\nI will call you on your mobile.\\n\\nOlivia Grant\\nSterling Grant Recruitment Poland
UID:040000008200E00074C5B7101A82E00800000000D0673879A0CDDC0100000000000000001000000061626364656667686970717273747576
SUMMARY;LANGUAGE=en-GB:Reference - Michał Wróbel (Katarzyna Nowak as referee)
DTSTART;TZID=Central European Standard Time:20250604T123000
DTEND;TZID=Central European Standard Time:20250604T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T151500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-confidential-client",
        uid="5h8j2k6l0z3x9c1v4b7n2m5q8w@google.com",
        iv=0, trap="agency-recruiter-call-confidential-client-no-employer",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250225T124500
DTEND;TZID=Europe/Warsaw:20250225T131500
DTSTAMP:20250221T160000Z
ORGANIZER;CN=Bartek Jasiński:mailto:bartek.jasinski@talentia-search.pl
UID:5h8j2k6l0z3x9c1v4b7n2m5q8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Pani Katarzyno\\, dziękuję za odpowiedź na LinkedInie. Krótka r
 ozmowa o roli Finance Managera (klient poufny - międzynarodowa firma produk
 cyjna\\, okolice Krakowa\\, nazwę mogę podać po rozmowie) oraz o Pani ogólnyc
 h oczekiwaniach. Zadzwonię na komórkę.\\n\\nBartłomiej Jasiński\\nTalentia Ex
 ecutive Search
LOCATION:telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rozmowa - B. Jasiński (Talentia) / K. Nowak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="6t1y8u3i0o5p2a7s4d9f6g1h3j@google.com",
        iv=0, trap="own-prep-block-before-onsite", lf=True,
        ics=_G + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250324T193000
DTEND;TZID=Europe/Warsaw:20250324T213000
DTSTAMP:20250601T101500Z
UID:6t1y8u3i0o5p2a7s4d9f6g1h3j@google.com
CREATED:20250321T081000Z
DESCRIPTION:przejrzeć model z zadania\\, 3 przykłady STAR (closing w 3 dni\\,
  migracja do S/4\\, konflikt w zespole)\\, pytania do Grega o team i budżet\\n
 + wyprasować żakiet
LAST-MODIFIED:20250321T081100Z
LOCATION:dom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP Amberline onsite!!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thank-you-reminder",
        uid="F3E2D1C0-B9A8-4765-8432-10FEDCBA9876",
        iv=0, trap="reminder-to-send-thank-you-note-after-panel", lf=True,
        ics=_IPH + """BEGIN:VEVENT
CREATED:20250408T131500Z
DTEND;VALUE=DATE:20250410
DTSTAMP:20250408T131522Z
DTSTART;VALUE=DATE:20250409
LAST-MODIFIED:20250408T131522Z
SEQUENCE:0
SUMMARY:wysłać podziękowanie - Brightwater (Siobhán\\, Ciarán\\, Declan)
DESCRIPTION:mail do Niamh + LinkedIn. wspomnieć o pytaniu o reforecast
TRANSP:TRANSPARENT
UID:F3E2D1C0-B9A8-4765-8432-10FEDCBA9876
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20250409T070000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pre-employment-medical",
        uid="medicover-wizyta-88341207@medicover.pl",
        iv=0, trap="pre-employment-medical-names-future-employer",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medicover//Moje Medicover//PL
METHOD:PUBLISH
BEGIN:VEVENT
UID:medicover-wizyta-88341207@medicover.pl
DTSTAMP:20250612T080000Z
DTSTART:20250617T053000Z
DTEND:20250617T063000Z
SUMMARY:Badania wstępne - medycyna pracy
LOCATION:Medicover Kraków Podgórze\\, ul. Kalwaryjska 69
DESCRIPTION:Rodzaj wizyty: Badanie wstępne (medycyna pracy)\\nSkierowanie od 
 pracodawcy: Rheinwerk Polska sp. z o.o. - stanowisko Financial Controller\\n
 Prosimy zabrać skierowanie\\, dowód osobisty i okulary (jeśli używane). Na c
 zczo (morfologia).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="doctor-dermatologist",
        uid="luxmed-rezerwacja-3349812077",
        iv=0, trap="personal-doctor-visit",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LUX MED//Portal Pacjenta//PL
METHOD:PUBLISH
BEGIN:VEVENT
UID:luxmed-rezerwacja-3349812077
DTSTAMP:20250228T211000Z
DTSTART:20250311T163000Z
DTEND:20250311T164500Z
SUMMARY:Konsultacja dermatologa - lek. Joanna Sadowska
LOCATION:LUX MED Kraków\\, Galeria Kazimierz\\, ul. Podgórska 34
DESCRIPTION:Proszę przyjść 10 minut wcześniej. W przypadku rezygnacji prosimy
  o odwołanie wizyty w Portalu Pacjenta.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kindergarten-meeting",
        uid="8E7D6C5B-4A39-4281-9F0E-D1C2B3A49586",
        iv=0, trap="personal-kindergarten-parents-meeting", lf=True,
        ics=_IPH + WAW + """BEGIN:VEVENT
CREATED:20250310T073000Z
DTEND;TZID=Europe/Warsaw:20250318T180000
DTSTAMP:20250310T073012Z
DTSTART;TZID=Europe/Warsaw:20250318T170000
LAST-MODIFIED:20250310T073012Z
LOCATION:Przedszkole nr 118\\, ul. Wielicka
SEQUENCE:0
SUMMARY:zebranie w przedszkolu - Biedronki
DESCRIPTION:wyprawka na wycieczkę\\, składka 40 zł
TRANSP:OPAQUE
UID:8E7D6C5B-4A39-4281-9F0E-D1C2B3A49586
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bank-appointment",
        uid="9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com",
        iv=0, trap="personal-bank-mortgage-appointment", lf=True,
        ics=_G + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250328T161500
DTEND;TZID=Europe/Warsaw:20250328T170000
DTSTAMP:20250601T101500Z
UID:9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com
CREATED:20250320T120000Z
DESCRIPTION:aneks do kredytu (zmiana oprocentowania na stałe) - doradca p. 
 Kowalczyk\\, zabrać PIT-37 i zaświadczenie o zarobkach
LAST-MODIFIED:20250320T120000Z
LOCATION:PKO BP\\, ul. Wielicka 28
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:bank - spotkanie z doradcą
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="id-card-pickup",
        uid="umk-kolejka-KRK-20250415-A117",
        iv=0, trap="official-appointment-city-office",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Urząd Miasta Krakowa//Rezerwacja kolejki//PL
METHOD:PUBLISH
BEGIN:VEVENT
UID:umk-kolejka-KRK-20250415-A117
DTSTAMP:20250407T093000Z
DTSTART:20250415T081500
DTEND:20250415T083000
SUMMARY:Urząd Miasta Krakowa - odbiór dowodu osobistego (A117)
LOCATION:UMK\\, os. Zgody 2\\, sala obsługi
DESCRIPTION:Numer rezerwacji: A117. Proszę zabrać dotychczasowy dowód osobis
 ty.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="acca-exam",
        uid="pvue-acca-SBR-INT-20250604-KRK-442910",
        iv=0, trap="professional-exam-at-test-centre",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pvue-acca-SBR-INT-20250604-KRK-442910
DTSTAMP:20250310T190000Z
DTSTART:20250604T070000Z
DTEND:20250604T110000Z
SUMMARY:ACCA Strategic Business Reporting (SBR INT) - exam appointment
LOCATION:Pearson Professional Centers - Kraków\\, ul. Lubicz 17
DESCRIPTION:Candidate: Katarzyna Nowak\\nACCA registration no.: 2218***\\nPl
 ease arrive 30 minutes before your appointment with two forms of ID. Perso
 nal items are not allowed in the testing room.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goethe-oral-exam",
        uid="a7b8c9d0-goethe-krakau-b2-m-20250524",
        iv=0, trap="german-language-exam-muendliche-pruefung",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
""" + WAW + """BEGIN:VEVENT
CREATED:20250502T180000Z
LAST-MODIFIED:20250502T180000Z
DTSTAMP:20250502T180000Z
UID:a7b8c9d0-goethe-krakau-b2-m-20250524
SUMMARY:Goethe-Zertifikat B2 - Mündliche Prüfung (Paarprüfung)
DTSTART;TZID=Europe/Warsaw:20250524T134000
DTEND;TZID=Europe/Warsaw:20250524T141500
LOCATION:Goethe-Institut Krakau\\, Rynek Główny 20
DESCRIPTION:Vorbereitungszeit 15 Min. um 13:25! Prüfer/in wird vor Ort zuge
 teilt. Ausweis + Einladung mitbringen.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="offer-call",
        uid="greenhouse-offer-call-4418270003-9021@greenhouse.io",
        iv=0, trap="offer-call-after-final-round-not-an-interview",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + WAW + """BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250401T170000
DTEND;TZID=Europe/Warsaw:20250401T173000
DTSTAMP:20250331T142000Z
ORGANIZER;CN=Zuzanna Lis:mailto:zuzanna.lis@amberline.com
UID:greenhouse-offer-call-4418270003-9021@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Hi Katarzyna - great news! I'd love to walk you through our off
 er for the Senior FP&A Manager role (base\\, bonus\\, RSUs\\, benefits\\, start 
 date). The written offer will follow after our call.\\n\\nZoom: https://amb
 erline.zoom.us/j/94470021873
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amberline - offer discussion (Katarzyna / Zuzanna)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="wedding-all-day",
        uid="2p4o6i8u0y1t3r5e7w9q2a4s6d@google.com",
        iv=0, trap="personal-all-day-family-event", lf=True,
        ics=_G + """BEGIN:VEVENT
DTSTART;VALUE=DATE:20250614
DTEND;VALUE=DATE:20250616
DTSTAMP:20250601T101500Z
UID:2p4o6i8u0y1t3r5e7w9q2a4s6d@google.com
CREATED:20250110T200000Z
DESCRIPTION:ślub 16:00 kościół\\, wesele Dwór w Tomaszowicach. prezent - kop
 erta
LAST-MODIFIED:20250110T200000Z
LOCATION:Tomaszowice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ślub Ani i Pawła
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tax-advisor-call",
        uid="C4D5E6F7-0819-4A2B-8C3D-4E5F60718293",
        iv=0, trap="personal-call-with-tax-advisor-about-b2b", lf=True,
        ics=_IPH + WAW + """BEGIN:VEVENT
CREATED:20250505T201500Z
DTEND;TZID=Europe/Warsaw:20250508T083000
DTSTAMP:20250505T201522Z
DTSTART;TZID=Europe/Warsaw:20250508T080000
LAST-MODIFIED:20250505T201522Z
LOCATION:tel.
SEQUENCE:0
SUMMARY:doradca podatkowy - B2B vs UoP
DESCRIPTION:p. Marek Lis\\, 200 zł/konsultacja. policzyć ofertę netto przy B2B (ryczałt 12%?) vs umowa o pracę
TRANSP:OPAQUE
UID:C4D5E6F7-0819-4A2B-8C3D-4E5F60718293
END:VEVENT
END:VCALENDAR
""",
    ),
]
