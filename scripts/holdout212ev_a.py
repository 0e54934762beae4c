"""holdout212 events, part a: the selectiekantoor process for Noordkaai Chemicals and its look-alikes."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "agency-kennismaking",
        "040000008200E00074C5B7101A82E0080000000030D8A1C26C85DB01000000000000000010000000A4E5F1C2D3B4A5968778695A4B3C2D1E",
        0, "", "", "", "", "selectiekantoor-kennismaking-client-unnamed",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Van Dyck, Els":mailto:els.vandyck@vandyckselectie.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Wouter\,\n\nFijn dat je openstaat voor een verk
 ennend gesprek. Zoals telefonisch besproken zoeken wij voor een klant – een
  internationale chemiespeler in de haven van Antwerpen – een ervaren profi
 el voor hun logistiek en douane. De naam van onze klant kan ik in dit stad
 ium nog niet vrijgeven\, dat doe ik graag na ons gesprek als er van beide k
 anten interesse is.\n\nWe overlopen je loopbaan\, je verwachtingen (ook qua
  verloning en mobiliteit) en de functie in grote lijnen.\n\nAdres: Van Dyc
 k Selectie & Interim\, Mechelsesteenweg 120\, 2018 Antwerpen – parking ach
 teraan via de Lange Lozanastraat.\n\nMet vriendelijke groeten\,\nEls Van D
 yck\nSenior Consultant Supply Chain & Logistics\nT +32 3 231 44 90\n
UID:040000008200E00074C5B7101A82E0080000000030D8A1C26C85DB01000000000000000010000000A4E5F1C2D3B4A5968778695A4B3C2D1E
SUMMARY;LANGUAGE=nl-BE:Kennismakingsgesprek Van Dyck Selectie - Wouter Peeters
DTSTART;TZID=Romance Standard Time:20250214T080000
DTEND;TZID=Romance Standard Time:20250214T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T153312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Van Dyck Selectie\, Mechelsesteenweg 120\, Antwerpen
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123456789
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "agency-competentie-interview",
        "040000008200E00074C5B7101A82E00800000000F0B7C9A47291DB010000000000000000100000003C6A9E0B1D2F4E5A8B7C6D5E4F3A2B1C",
        1, "Noordkaai Chemicals", "Logistics & Customs Manager", "recruiter_screen", "els.vandyck@vandyckselectie.be",
        "selectiekantoor-names-client-in-body-competency-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Van Dyck, Els":mailto:els.vandyck@vandyckselectie.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wouter Peeters:mailto:wouter.peeters.antw@
 telenet.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Wouter\,\n\nBedankt voor het fijne gesprek v
 an vrijdag. Zoals beloofd: onze klant is Noordkaai Chemicals (productiesit
 e Lillo). De functie is Logistics & Customs Manager\, rapporterend aan de
  plantdirecteur\, met een team van 9 (expeditie\, douane\, tankwagenplanni
 ng).\n\nIn dit tweede gesprek bij ons doen we het competentiegericht inter
 view dat Noordkaai van alle kandidaten vraagt (STAR-methode: leiding geven
 \, klantgerichtheid\, omgaan met audits). Reken op ongeveer anderhalf uur.
 \n\nBreng ook je diploma en een recente loonfiche mee aub.\n\nTot dan!\nEls
UID:040000008200E00074C5B7101A82E00800000000F0B7C9A47291DB010000000000000000100000003C6A9E0B1D2F4E5A8B7C6D5E4F3A2B1C
SUMMARY;LANGUAGE=nl-BE:2e gesprek Van Dyck Selectie - dossier Noordkaai Logistics & Customs Mgr
DTSTART;TZID=Romance Standard Time:20250225T170000
DTEND;TZID=Romance Standard Time:20250225T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T091455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Van Dyck Selectie\, Mechelsesteenweg 120\, Antwerpen
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-tweede-gesprek",
        "040000008200E00074C5B7101A82E008000000008E2AB4D1948ADB01000000000000000010000000B77E0C1A2F9D4C8B9E6A1D3C5B7F9E0D",
        1, "Noordkaai Chemicals", "Logistics & Customs Manager", "hiring_manager",
        "johan.mertens@noordkaai-chemicals.com;veerle.claes@noordkaai-chemicals.com",
        "outlook-sent-by-assistant-plant-director-tweede-gesprek",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Claes, Veerle";SENT-BY="mailto:secretariaat.lillo@noordkaai-chemicals.com":mailto:veerle.claes
 @noordkaai-chemicals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mertens, Johan":mailto:johan.mertens@noord
 kaai-chemicals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LIL-ADM-Vergaderzaal Schelde
  (8p)":mailto:lil-adm-schelde@noordkaai-chemicals.com
DESCRIPTION;LANGUAGE=nl-BE:Beste heer Peeters\,\n\nVia Van Dyck Selectie ve
 rnamen wij uw interesse voor de functie Logistics & Customs Manager. Graag
  nodigen wij u uit voor een tweede gesprek met Johan Mertens (plantdirect
 eur) en mezelf (HR Business Partner).\n\nGelieve u aan te melden aan de po
 ortwachter (Poort 2\, Scheldelaan 4xx\, Lillo) met uw identiteitskaart. U
  krijgt een korte veiligheidsinstructie (10 min.) – kom dus wat vroeger.
  Veiligheidsschoenen zijn niet nodig voor het administratief gebouw.\n\nMe
 t vriendelijke groeten\,\nnamens Veerle Claes\nSecretariaat site Lillo\n
UID:040000008200E00074C5B7101A82E008000000008E2AB4D1948ADB01000000000000000010000000B77E0C1A2F9D4C8B9E6A1D3C5B7F9E0D
SUMMARY;LANGUAGE=nl-BE:Tweede gesprek Logistics & Customs Manager - dhr. W. Peeters
DTSTART;TZID=Romance Standard Time:20250311T140000
DTEND;TZID=Romance Standard Time:20250311T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T104021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:LIL-ADM-Vergaderzaal Schelde (8p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1187754310
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONDISPLAYNAME:LIL-ADM-Vergaderzaal Schelde (8p)
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "assessment-day",
        "profilia-ac-2025-0319-wpeeters@planning.profilia.be",
        1, "Noordkaai Chemicals", "Logistics & Customs Manager", "technical", "hilde.goossens@profilia.be",
        "assessment-bureau-day-for-named-client",
        r"""BEGIN:VCALENDAR
PRODID:-//Profilia Assessment & Selectie//Planning//NL
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:profilia-ac-2025-0319-wpeeters@planning.profilia.be
DTSTAMP:20250312T071500Z
DTSTART;TZID=Europe/Brussels:20250319T083000
DTEND;TZID=Europe/Brussels:20250319T163000
SUMMARY:Assessment - Noordkaai Chemicals - Logistics & Customs Manager
LOCATION:Profilia\, Schaliënhoevedreef 20\, 2800 Mechelen (3de verdieping)
ORGANIZER;CN=Profilia Planning:mailto:planning@profilia.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Hilde Goossens;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hilde.goossens@profilia.be
DESCRIPTION:Geachte heer Peeters\,\n\nIn opdracht van Noordkaai Chemicals n
 odigen wij u uit voor een assessment in het kader van de selectieprocedure
  voor de functie Logistics & Customs Manager.\n\nProgramma\n08.30 Ontvang
 st en toelichting\n09.00 Capaciteitentests (verbaal\, numeriek) op PC\n10.
 30 Postbakoefening\n12.00 Lunch (wordt voorzien)\n13.00 Rollenspel: gespre
 k met een medewerker (acteur)\n14.00 Persoonlijkheidsvragenlijst\n15.00 Ei
 ndinterview met assessor Hilde Goossens\n\nBrengt u uw identiteitskaart en
  leesbril (indien van toepassing) mee. Een gratis parkeerplaats is voorzie
 n in de ondergrondse parking.\n\nProfilia Assessment & Selectie\n015 28 90 1
 0
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gcal-eindgesprek",
        "5k2m9qv0p3s1t7r4bq8c6d2e0f@google.com",
        1, "Noordkaai Chemicals", "Logistics & Customs Manager", "final", "Karel Wuyts;An De Backer",
        "final-scheduled-by-agency-interviewers-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Brussels
X-LIC-LOCATION:Europe/Brussels
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250403T100000
DTEND;TZID=Europe/Brussels:20250403T113000
DTSTAMP:20250327T161022Z
ORGANIZER;CN=Els Van Dyck:mailto:els.vandyck@vandyckselectie.be
UID:5k2m9qv0p3s1t7r4bq8c6d2e0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=wouter.peeters.antw@telenet.be;X-NUM-GUESTS=0:mailto:wouter.peeter
 s.antw@telenet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Els Van Dyck;X-NUM-GUESTS=0:mailto:els.vandyck@vandyckselectie.be
X-MICROSOFT-CDO-OWNERAPPTID:-1560184371
CREATED:20250327T161020Z
DESCRIPTION:Proficiat met het assessment\, Wouter! Noordkaai wil je graag n
 og een laatste keer zien.\n\nEindgesprek met Karel Wuyts (Site General Man
 ager) en An De Backer (HR Director Benelux). Zij beslissen samen over de a
 anwerving – verwacht ook een gesprek over arbeidsvoorwaarden (bedrijfswagen
 \, ploegenpremie n.v.t.\, groepsverzekering).\n\nIk ben er zelf niet bij\,
  bel me gerust erna.\n\nEls
LAST-MODIFIED:20250327T161021Z
LOCATION:Noordkaai Chemicals\, Scheldelaan 4xx\, 2040 Antwerpen (Lillo) - P
 oort 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Eindgesprek Noordkaai Chemicals (K. Wuyts / A. De Backer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-medisch-onderzoek",
        "B2D7E1A4-6C3F-4F0A-9E55-1A7C2D9B3E61",
        0, "", "", "", "", "pre-employment-medical-arbeidsgeneesheer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250418T063112Z
DTEND;TZID=Europe/Brussels:20250428T091500
DTSTAMP:20250418T063144Z
DTSTART;TZID=Europe/Brussels:20250428T083000
LAST-MODIFIED:20250418T063144Z
LOCATION:Mensura\, Noorderlaan 111 Antwerpen
DESCRIPTION:aanwervingsonderzoek voor Noordkaai - nuchter komen (bloedname)\n
 urinestaal\, bril meebrengen\, formulier van HR invullen
SEQUENCE:0
SUMMARY:Medisch onderzoek Mensura (NKC)
TRANSP:OPAQUE
UID:B2D7E1A4-6C3F-4F0A-9E55-1A7C2D9B3E61
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-bedankmail",
        "8F1E0C55-2B7A-4E39-A1D0-77C3B9E4F2A8",
        0, "", "", "", "", "thank-you-reminder-after-tweede-gesprek",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250311T154511Z
DTEND:20250311T211500
DTSTAMP:20250311T154530Z
DTSTART:20250311T210000
LAST-MODIFIED:20250311T154530Z
SEQUENCE:0
SUMMARY:mail Mertens + Claes bedanken!! (noordkaai)
DESCRIPTION:vermelden: idee tankwagenplanning\, T1 via NCTS fase 5\, AEO-F certificaat
TRANSP:TRANSPARENT
UID:8F1E0C55-2B7A-4E39-A1D0-77C3B9E4F2A8
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0M
END:VALARM
END:VEVENT
END:VCALENDAR""",
    ),
]
