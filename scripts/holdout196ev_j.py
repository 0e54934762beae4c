"""holdout196 events, part j: look-alikes and ordinary work and personal life (second half)."""

EVENTS = [
    {
        "kind": "exitgesprek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC0100000000000000"
            "0010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8"),
                  "is_interview": 0, "trap": "own-exit-interview-current-employer"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Sanne\,\n\nJammer dat je ons gaat verlaten\,
  maar van harte gefeliciteerd met je nieuwe functie! Graag plan ik een exit
 gesprek om te horen wat je van Zorggroep Maasoever vond en wat we kunnen v
 erbeteren. Ook bespreken we de overdracht en het inleveren van laptop en pa
 s.\n\nEsmee\n
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8
SUMMARY;LANGUAGE=nl-NL:Exitgesprek Sanne Bakker
DTSTART;TZID=W. Europe Standard Time:20260112T100000
DTEND;TZID=W. Europe Standard Time:20260112T110000
CLASS:PRIVATE
DTSTAMP:20251218T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Centraal bureau\, HR-kamer 1.12
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "koffie-oud-collega",
        "eol": "\n",
        "label": {"uid": "4D0B8E26-1F7C-4A93-9B5E-C3A6D2F08E41", "is_interview": 0,
                  "trap": "informational-coffee-ex-colleague-director"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:4D0B8E26-1F7C-4A93-9B5E-C3A6D2F08E41
DTSTAMP:20250920T100000Z
DTSTART:20250927T100000
DTEND:20250927T113000
SUMMARY:koffie Judith v Vliet
DESCRIPTION:oud-collega\, nu regiodirecteur bij Zorggroep Vechtstreek. Vrag
 en hoe het daar is (cultuur\, RvB) - geen vacature\, gewoon bijpraten
LOCATION:Koffiebar Lokaal\, Nieuwe Binnenweg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "banenmarkt",
        "label": {"uid": "evt-zbm-2025-ahoy-visitor-30981@eventbrite.com", "is_interview": 0,
                  "trap": "careers-fair-visitor-ticket"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Tickets//EN
BEGIN:VEVENT
UID:evt-zbm-2025-ahoy-visitor-30981@eventbrite.com
DTSTAMP:20250915T200000Z
DTSTART:20251004T080000Z
DTEND:20251004T140000Z
SUMMARY:Zorgbanenmarkt Rotterdam 2025 – Leidinggevenden & Management
DESCRIPTION:Je ticket voor de Zorgbanenmarkt Rotterdam. Ontmoet 60 zorgorgan
 isaties\, laat je cv checken en volg de workshop 'Het sollicitatiegesprek
  voor leidinggevenden'. Ticket: 30981-22. Toon je QR-code bij de ingang.
LOCATION:Rotterdam Ahoy\, Ahoyweg 10\, Rotterdam
ORGANIZER;CN=Zorgbanenmarkt:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referentie-als-referent",
        "label": {"uid": "6t9w2z5c8f1i4l7o0r3u6x9a2d@google.com", "is_interview": 0,
                  "trap": "reference-call-user-is-referee"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251023T120000
DTEND;TZID=Europe/Amsterdam:20251023T122000
DTSTAMP:20251021T080000Z
ORGANIZER;CN=Sabine Koster:mailto:s.koster@zorgcentrumdebron.nl
UID:6t9w2z5c8f1i4l7o0r3u6x9a2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=s.bakker@zorggroepmaasoever.nl;X-NUM-GUESTS=0:mailto:s.bakker@zorgg
 roepmaasoever.nl
DESCRIPTION:Beste Sanne\, Monique Evers heeft jou opgegeven als referent voo
 r de functie teamleider bij Zorgcentrum De Bron. Ik bel je graag kort. Gro
 et\, Sabine Koster (HR)
LOCATION:Telefonisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referentiegesprek Monique Evers
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vog-aanvragen",
        "eol": "\n",
        "label": {"uid": "9A2F4C68-E1B0-4D37-8C59-F6E3A0B7D215", "is_interview": 0,
                  "trap": "vog-request-reminder-after-offer"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:9A2F4C68-E1B0-4D37-8C59-F6E3A0B7D215
DTSTAMP:20251024T060000Z
DTSTART;VALUE=DATE:20251027
DTEND;VALUE=DATE:20251028
SUMMARY:VOG aanvragen (link van HR ZRO) + kopie diploma's
DESCRIPTION:via Justis\, DigiD. Daarna contract tekenen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "training-onbegrepen-gedrag",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC0100000000000000"
            "0010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9"),
                  "is_interview": 0, "trap": "team-training-session"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Leerhuis Zorggroep Maasoever":mailto:leerhuis@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Team Lind
 ehof":mailto:team.lindehof@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Training 'Omgaan met onbegrepen gedrag bij demen
 tie' (dagdeel 2 van 3). Trainer: Mariska Hoek. Accreditatie V&VN Kwaliteit
 sregister aangevraagd.\n
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9
SUMMARY;LANGUAGE=nl-NL:Training onbegrepen gedrag (2/3)
DTSTART;TZID=W. Europe Standard Time:20251106T090000
DTEND;TZID=W. Europe Standard Time:20251106T123000
CLASS:PUBLIC
DTSTAMP:20250901T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Leerhuis\, Centraal bureau
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bereikbaarheidsdienst",
        "label": {"uid": "rooster-ons-bd-2025-46-bakker@zorggroepmaasoever.nl", "is_interview": 0,
                  "trap": "on-call-manager-weekend-all-day"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nedap//ONS Planning//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:rooster-ons-bd-2025-46-bakker@zorggroepmaasoever.nl
DTSTAMP:20251001T000000Z
DTSTART;VALUE=DATE:20251115
DTEND;VALUE=DATE:20251117
SUMMARY:Bereikbaarheidsdienst management (achterwacht) regio Oost
DESCRIPTION:Dienst: BD-MGT\nMedewerker: S. Bakker\nTelefoon achterwacht: 010-
 412 77 00 (doorschakelen naar mobiel)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hypotheekadvies",
        "label": {"uid": "rabo-afspraak-7720193@rabobank.nl", "is_interview": 0,
                  "trap": "bank-mortgage-advice"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rabobank//Afspraak plannen//NL
METHOD:PUBLISH
@TZ_AMS@
BEGIN:VEVENT
UID:rabo-afspraak-7720193@rabobank.nl
DTSTAMP:20251109T193000Z
DTSTART;TZID=Europe/Amsterdam:20251124T183000
DTEND;TZID=Europe/Amsterdam:20251124T193000
SUMMARY:Gesprek met je hypotheekadviseur (videobellen)
DESCRIPTION:Je hebt een afspraak met Erik de Bruin\, hypotheekadviseur. Onder
 werp: oversluiten / rentevast periode. Houd je loonstrook en werkgeversver
 klaring bij de hand.
LOCATION:Videobellen via de Rabo App
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tafeltjesavond",
        "eol": "\n",
        "label": {"uid": "0E5C2A97-B3D8-4F16-A2E7-81D4C9F06B3A", "is_interview": 0,
                  "trap": "school-parent-teacher-talk"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:0E5C2A97-B3D8-4F16-A2E7-81D4C9F06B3A
DTSTAMP:20251105T170000Z
DTSTART:20251113T194500
DTEND:20251113T200000
SUMMARY:10-min gesprek mentor Daan (tafeltjesavond)
DESCRIPTION:lokaal 1.14\, Jeroen komt ook
LOCATION:Montfort College
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vakantie-malaga",
        "label": {"uid": "reserva-HMX42TQ9-llegada@alojamientoscostasol.es", "is_interview": 0,
                  "trap": "spanish-holiday-rental-check-in"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alojamientos Costa del Sol//Reservas//ES
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Europe/Madrid
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
UID:reserva-HMX42TQ9-llegada@alojamientoscostasol.es
DTSTAMP:20250902T101500Z
DTSTART;TZID=Europe/Madrid:20251227T160000
DTEND;TZID=Europe/Madrid:20251227T170000
SUMMARY:Llegada: Apartamento Calle Larios 4ºB – reserva HMX42TQ9
DESCRIPTION:Hola Sanne\, te esperamos el sábado a partir de las 16:00. Recogid
 a de llaves en la oficina (Calle Granada 12). Por favor\, envíanos la hora
  de llegada de tu vuelo. ¡Buen viaje!
LOCATION:Calle Larios 7\, Málaga
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "functioneringsgesprek-tl",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC0100000000000000"
            "0010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0"),
                  "is_interview": 0, "trap": "appraisal-user-as-line-manager-not-hiring"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dijkstra, Ilse":mailto:i.dijkstra@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Jaargesprek Ilse (teamleider Lindehof): terugblik
  2025\, ontwikkelwensen (HBO-V?)\, verzuimcijfers team.\n
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0
SUMMARY;LANGUAGE=nl-NL:Jaargesprek Ilse D.
DTSTART;TZID=W. Europe Standard Time:20251126T140000
DTEND;TZID=W. Europe Standard Time:20251126T150000
CLASS:PRIVATE
DTSTAMP:20251101T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:kamer locatiemanager
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rvt-werkbezoek",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DC0100000000000000"
            "0010000000A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1"),
                  "is_interview": 0, "trap": "supervisory-board-site-visit-at-current-job"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bestuurssecretariaat Maasoever":mailto:bestuurssecretariaat@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brouwer, Peter":mailto:p.brouwer@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Werkbezoek van twee leden van de raad van toezich
 t (commissie Kwaliteit & Veiligheid) aan De Maasoever. Programma: gesprek
  met locatiemanager over het locatieplan\, rondgang Lindehof\, gesprek met
  medewerkers en de cliëntenraad.\n
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DC01000000000000000010000000A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1
SUMMARY;LANGUAGE=nl-NL:Werkbezoek RvT aan De Maasoever
DTSTART;TZID=W. Europe Standard Time:20251203T133000
DTEND;TZID=W. Europe Standard Time:20251203T163000
CLASS:PUBLIC
DTSTAMP:20251015T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Maasoever
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clientenraad-vergadering",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DB0100000000000000"
            "0010000000B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2"),
                  "is_interview": 0, "trap": "clientenraad-regular-meeting-as-manager"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Cliëntenraad De Maasoever":mailto:cr.demaasoever@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Overlegvergadering cliëntenraad met locatiemanage
 r. Agenda: 1. notulen\, 2. begroting 2026 (adviesaanvraag)\, 3. maaltijdser
 vice\, 4. rondvraag.\n
RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=2TU
UID:040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DB01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2
SUMMARY;LANGUAGE=nl-NL:Overleg cliëntenraad - locatiemanager
DTSTART;TZID=W. Europe Standard Time:20250909T100000
DTEND;TZID=W. Europe Standard Time:20250909T113000
CLASS:PUBLIC
DTSTAMP:20250801T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Stiltekamer
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "md-traject-assessment",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC0100000000000000"
            "0010000000C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3"),
                  "is_interview": 0, "trap": "own-development-assessment-at-current-employer"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:In het kader van het MD-traject 'Leiderschap in
  de wijk' volgen alle locatiemanagers een ontwikkelassessment bij GITP. Dit
  is geen selectie: de uitkomsten gebruik je voor je persoonlijk ontwikkelp
 lan.\n
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC01000000000000000010000000C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3
SUMMARY;LANGUAGE=nl-NL:Ontwikkelassessment MD-traject (GITP)
DTSTART;TZID=W. Europe Standard Time:20250918T090000
DTEND;TZID=W. Europe Standard Time:20250918T160000
CLASS:PUBLIC
DTSTAMP:20250825T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:GITP Rotterdam\, Weena 505
END:VEVENT
END:VCALENDAR
""",
    },
]
