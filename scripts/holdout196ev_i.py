"""holdout196 events, part i: look-alikes and ordinary work and personal life (first half)."""

EVENTS = [
    {
        "kind": "interimbureau-profiel",
        "label": {"uid": "5r8u1x4a7d0g3j6m9p2s5v8y1b@google.com", "is_interview": 0,
                  "trap": "recruiter-call-about-profile-no-employer"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250912T080000
DTEND;TZID=Europe/Amsterdam:20250912T083000
DTSTAMP:20250910T191000Z
ORGANIZER;CN=Bas Hooijmans:mailto:bas@zorginterim-partners.nl
UID:5r8u1x4a7d0g3j6m9p2s5v8y1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION:Hoi Sanne\, leuk dat je je profiel bij ons hebt achtergelaten. I
 n dit belletje hoor ik graag wat je zoekt (vast of interim\, regio\, uurtar
 ief) zodat we je kunnen meenemen bij nieuwe opdrachten in de VVT. Groet\,
  Bas – ZorgInterim Partners
LOCATION:Telefonisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennismaking ZorgInterim Partners / Sanne Bakker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jaargesprek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DC0100000000000000"
            "0010000000D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2"),
                  "is_interview": 0, "trap": "own-jaargesprek-with-director"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Brouwer, Peter":mailto:p.brouwer@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Jaargesprek 2025. Graag vooraf je zelfreflectie
  in Youforce (gesprekscyclus) invullen: resultaten locatieplan\, verzuim\,
  eigen ontwikkeling.\n\nPeter\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DC01000000000000000010000000D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2
SUMMARY;LANGUAGE=nl-NL:Jaargesprek Sanne / Peter
DTSTART;TZID=W. Europe Standard Time:20251119T110000
DTEND;TZID=W. Europe Standard Time:20251119T120000
CLASS:PRIVATE
DTSTAMP:20251020T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Kamer directeur zorg\, Centraal bureau
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mdo-recurring",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB0100000000000000"
            "0010000000E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3"),
                  "is_interview": 0, "trap": "recurring-mdo-with-moved-occurrence"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Lam, dr. Wei":mailto:w.lam@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Psycholoog Li
 ndehof":mailto:psycholoog.lindehof@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Multidisciplinair overleg Lindehof: SO\, psycholo
 og\, EVV'ers\, fysio. Bespreking cliënten volgens lijst in ONS. Sanne scha
 uwt aan bij punt 1 (Wzd / onvrijwillige zorg).\n
RRULE:FREQ=WEEKLY;UNTIL=20260331T130000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01000000000000000010000000E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3
SUMMARY;LANGUAGE=nl-NL:MDO Lindehof
DTSTART;TZID=W. Europe Standard Time:20250904T133000
DTEND;TZID=W. Europe Standard Time:20250904T150000
CLASS:PUBLIC
DTSTAMP:20250828T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Huiskamer Lindehof
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lam, dr. Wei":mailto:w.lam@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
RECURRENCE-ID;TZID=W. Europe Standard Time:20251030T133000
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01000000000000000010000000E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3
SUMMARY;LANGUAGE=nl-NL:MDO Lindehof (verplaatst ivm IGJ)
DTSTART;TZID=W. Europe Standard Time:20251031T090000
DTEND;TZID=W. Europe Standard Time:20251031T103000
DTSTAMP:20251027T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=nl-NL:Stiltekamer
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "igj-bezoek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DC0100000000000000"
            "0010000000F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4"),
                  "is_interview": 0, "trap": "inspection-visit-with-interviews-of-staff"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Aangekondigd toezichtbezoek Inspectie Gezondheid
 szorg en Jeugd (2 inspecteurs). Programma: gesprek met locatiemanager en d
 irecteur\, interviews met zorgmedewerkers en cliëntenraad\, observaties op
  Lindehof en Vlinder\, dossiers. Terugkoppeling 16.00.\n
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DC01000000000000000010000000F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4
SUMMARY;LANGUAGE=nl-NL:IGJ inspectiebezoek De Maasoever
DTSTART;VALUE=DATE:20251030
DTEND;VALUE=DATE:20251031
CLASS:PUBLIC
DTSTAMP:20251002T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "familiegesprek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DC0100000000000000"
            "0010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5"),
                  "is_interview": 0, "trap": "family-talk-about-resident"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Gesprek met dochter en zoon van mw. De Wit (kame
 r 12) over de klacht m.b.t. valincident en het zorgleefplan. SO sluit aan
  het eerste halfuur.\n
UID:040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DC01000000000000000010000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=nl-NL:Familiegesprek fam. De Wit
DTSTART;TZID=W. Europe Standard Time:20250930T190000
DTEND;TZID=W. Europe Standard Time:20250930T200000
CLASS:PRIVATE
DTSTAMP:20250925T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Familiekamer Lindehof
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "voetbal-daan",
        "eol": "\n",
        "label": {"uid": "2C7E0A95-D41B-4F63-8E2A-95B1C6F0D874", "is_interview": 0,
                  "trap": "son-football-away-match"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:2C7E0A95-D41B-4F63-8E2A-95B1C6F0D874
DTSTAMP:20251001T191000Z
DTSTART:20251004T083000
DTEND:20251004T120000
SUMMARY:Daan voetbal uit Spartaan'20 JO13-2
DESCRIPTION:verzamelen 8.15 bij de club\, ik rij (4 kinderen). Wedstrijd 9.30
LOCATION:Sportpark Spartaan'20\, Rotterdam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "huisarts",
        "eol": "\n",
        "label": {"uid": "8E3B5D71-0C9F-4A26-B84E-3F7A1D0C5E92", "is_interview": 0,
                  "trap": "gp-appointment"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
BEGIN:VEVENT
UID:8E3B5D71-0C9F-4A26-B84E-3F7A1D0C5E92
DTSTAMP:20250915T073000Z
DTSTART:20250922T084000
DTEND:20250922T085000
SUMMARY:huisarts dr Mulder
DESCRIPTION:knie. uitslag bloed vragen
LOCATION:Gezondheidscentrum Kralingen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tandarts",
        "label": {"uid": "tdk-afspr-2025-1103-44871@tandartskralingen.nl", "is_interview": 0,
                  "trap": "dentist-confirmation"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tandartspraktijk Kralingen//Afsprakenmodule//NL
METHOD:PUBLISH
@TZ_AMS@
BEGIN:VEVENT
UID:tdk-afspr-2025-1103-44871@tandartskralingen.nl
DTSTAMP:20251027T120000Z
DTSTART;TZID=Europe/Amsterdam:20251110T080000
DTEND;TZID=Europe/Amsterdam:20251110T083000
SUMMARY:Afspraak tandarts (periodieke controle + mondhygiëne)
DESCRIPTION:Beste mevrouw Bakker\, u heeft een afspraak bij Tandartspraktijk
  Kralingen. Verhinderd? Meld dit minimaal 24 uur van tevoren\, anders brengen
  wij de tijd in rekening.
LOCATION:Tandartspraktijk Kralingen\, Lusthofstraat 3\, Rotterdam
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "notaris",
        "eol": "\n",
        "label": {"uid": "6F1C3A80-2E9D-4B57-A1C4-D8E0F3B26A19", "is_interview": 0,
                  "trap": "notary-appointment"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:6F1C3A80-2E9D-4B57-A1C4-D8E0F3B26A19
DTSTAMP:20251103T081500Z
DTSTART;TZID=Europe/Amsterdam:20251114T090000
DTEND;TZID=Europe/Amsterdam:20251114T100000
SUMMARY:Notaris - testament + levenstestament tekenen (met Jeroen)
DESCRIPTION:Notariskantoor Van Wijk\, paspoorten mee!
LOCATION:Oudedijk 210\, Rotterdam
TRANSP:OPAQUE
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
END:VCALENDAR
""",
    },
    {
        "kind": "oefengesprek-coach",
        "label": {"uid": "e7b2c9d4-1a3f-4e85-b6c0-9d2e4f7a1b35@calendly.com", "is_interview": 0,
                  "trap": "mock-interview-with-career-coach"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e7b2c9d4-1a3f-4e85-b6c0-9d2e4f7a1b35@calendly.com
DTSTAMP:20251005T170000Z
DTSTART:20251011T080000Z
DTEND:20251011T093000Z
SUMMARY:Sanne Bakker en Ingrid Lafeber
DESCRIPTION:Evenementnaam: Oefengesprek + feedback (90 min)\n\nIngrid Lafebe
 r Loopbaancoaching – we oefenen het gesprek met de raad van toezicht als ro
 llenspel: ik speel de voorzitter\, jij de kandidaat. Neem je vragenlijst e
 n je 'elevator pitch' mee.\n\nLocatie: Praktijk Lafeber\, Statensingel 55\,
  Rotterdam\n\nPowered by Calendly.com
LOCATION:Praktijk Lafeber\, Statensingel 55\, Rotterdam
ORGANIZER;CN=Ingrid Lafeber:mailto:ingrid@lafeber-loopbaan.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=ACCEPTED:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-solliciteren",
        "label": {"uid": "zoom-webinar-89011255433-reg-4471@zoom.us", "is_interview": 0,
                  "trap": "webinar-about-board-level-interviews"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250918T120000Z
DTSTART:20250925T180000Z
DTEND:20250925T191500Z
SUMMARY:Webinar: Solliciteren op directieniveau in de zorg – zo overtuig je selectiecommissie en RvT
UID:zoom-webinar-89011255433-reg-4471@zoom.us
TZID:Europe/Amsterdam
DESCRIPTION:Hallo Sanne Bakker\,\n\nBedankt voor je registratie voor het web
 inar van de Leiderschapsacademie Zorg. Sprekers: een voorzitter RvT en een
  executive searcher vertellen wat zij in een gesprek zoeken.\n\nDeelnemen
  via: https://us06web.zoom.us/w/89011255433?tk=abc\nWachtwoord: 552901
LOCATION:https://us06web.zoom.us/w/89011255433
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interview-krant",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC0100000000000000"
            "0010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6"),
                  "is_interview": 0, "trap": "press-interview-newspaper"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Communicatie Zorggroep Maasoever":mailto:communicatie@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=k.veenstra@ad.nl:mailto:k.veenstra@ad.nl
DESCRIPTION;LANGUAGE=nl-NL:Interview met Karin Veenstra (AD Rotterdam) over
  personeelstekort in de ouderenzorg en de inzet van zij-instromers. Fotogra
 af komt om 11.00. Kernboodschappen in bijlage\, graag vooraf lezen.\n\nAfd.
  Communicatie\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=nl-NL:Interview AD Rotterdam - Sanne Bakker
DTSTART;TZID=W. Europe Standard Time:20250919T103000
DTEND;TZID=W. Europe Standard Time:20250919T113000
CLASS:PUBLIC
DTSTAMP:20250915T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Maasoever\, restaurant
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast-opname",
        "label": {"uid": "3a8d1f6b9c2e5h7k0m4p6r9t1v@google.com", "is_interview": 0,
                  "trap": "podcast-interview-recording"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251106T150000
DTEND;TZID=Europe/Amsterdam:20251106T163000
DTSTAMP:20251024T101500Z
ORGANIZER;CN=Zorg van Morgen Podcast:mailto:redactie.zorgvanmorgen@gmail.com
UID:3a8d1f6b9c2e5h7k0m4p6r9t1v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=s.bakker@zorggroepmaasoever.nl;X-NUM-GUESTS=0:mailto:s.bakker@zorggroe
 pmaasoever.nl
DESCRIPTION:Opname aflevering 38: 'Technologie op de werkvloer'. Interview m
 et Sanne Bakker (locatiemanager De Maasoever) door host Rik Schoenmaker. Op
 name via Riverside: https://riverside.fm/studio/zorg-van-morgen
LOCATION:Riverside (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast Zorg van Morgen - interview Sanne Bakker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onderzoeksinterview",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000"
            "0010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7"),
                  "is_interview": 0, "trap": "research-interview-university"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="N. Schouten":mailto:schouten@eshpm.eur.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste mevrouw Bakker\,\n\nHartelijk dank dat u wil
 t deelnemen aan ons onderzoek naar leiderschap en zeggenschap van zorgprofe
 ssionals in de VVT. Het semigestructureerde interview duurt ca. 60 minuten
  en wordt opgenomen (informed consent in bijlage).\n\nNienke Schouten\nPromo
 vendus Erasmus School of Health Policy & Management\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7
SUMMARY;LANGUAGE=nl-NL:Interview onderzoek zeggenschap VVT (EUR)
DTSTART;TZID=W. Europe Standard Time:20251125T140000
DTEND;TZID=W. Europe Standard Time:20251125T150000
CLASS:PUBLIC
DTSTAMP:20251112T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    },
]
