"""holdout196 events, part h: Sanne on the hiring side at Zorggroep Maasoever (second half)."""

EVENTS = [
    {
        "kind": "clientenraad-kandidaat",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC0100000000000000"
            "0010000000E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-clientenraad-meets-her-candidate"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cliëntenraad
  De Maasoever":mailto:cr.demaasoever@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruud.verho
 even@kpnmail.nl:mailto:ruud.verhoeven@kpnmail.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Ruud\,\n\nZoals afgesproken maak je in de t
 weede ronde ook kennis met onze cliëntenraad (mw. Van Gelder en dhr. Tromp
 ). Zij geven mij daarna hun advies over de benoeming van de teamleider.\n\n
 Groet\,\nSanne\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7
SUMMARY;LANGUAGE=nl-NL:Kennismaking cliëntenraad met Ruud Verhoeven (TL)
DTSTART;TZID=W. Europe Standard Time:20251010T140000
DTEND;TZID=W. Europe Standard Time:20251010T144500
CLASS:PUBLIC
DTSTAMP:20251006T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Restaurant De Maasoever (hoek bij het raam)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "beoordelingsformulieren",
        "eol": "\n",
        "label": {"uid": "F3A9C7E1-0B2D-4E58-9F6A-1C8D4B7E2A95", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-scorecard-task-block"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
BEGIN:VEVENT
UID:F3A9C7E1-0B2D-4E58-9F6A-1C8D4B7E2A95
DTSTAMP:20250916T150000Z
DTSTART;TZID=Europe/Amsterdam:20250916T160000
DTEND;TZID=Europe/Amsterdam:20250916T163000
SUMMARY:beoordelingsformulieren invullen sollicitanten EVV
DESCRIPTION:Fatima + Jordy. Uiterlijk morgen in Connexys ivm aanbod.
TRANSP:OPAQUE
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
    },
    {
        "kind": "assessmentrapport-kandidaat",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC0100000000000000"
            "0010000000F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-assessment-report-of-candidate"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="A. Mulder (GITP)":mailto:a.mulder@gitp.nl
DESCRIPTION;LANGUAGE=nl-NL:Toelichting assessmentrapport Ruud Verhoeven (kan
 didaat teamleider zorg) door de assessor van GITP. Rapport is vertrouwelij
 k\, niet doorsturen.\n
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DC01000000000000000010000000F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8
SUMMARY;LANGUAGE=nl-NL:Bespreking assessment R. Verhoeven met GITP
DTSTART;TZID=W. Europe Standard Time:20251015T111500
DTEND;TZID=W. Europe Standard Time:20251015T120000
CLASS:PRIVATE
DTSTAMP:20251013T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "proefdienst-nacht",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC0100000000000000"
            "0010000000A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-trial-night-shift-she-arranges"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nachtdienst D
 e Maasoever":mailto:nachtdienst.mo@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Proefdienst Mehmet Yildiz (kandidaat teamleider
  nachtdienst). Draait mee met Wilma (nachthoofd). Wilma: graag korte terug
 koppeling in mijn mail voor 9.00.\n
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000010000000A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9
SUMMARY;LANGUAGE=nl-NL:Proefdienst nacht - M. Yildiz
DTSTART;TZID=W. Europe Standard Time:20251014T230000
DTEND;TZID=W. Europe Standard Time:20251015T073000
CLASS:PUBLIC
DTSTAMP:20251010T141000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Maasoever
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sollicitatiedag",
        "label": {"uid": "bookings-9D3E5F7A1B2C4D6E@outlook.office365.com", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-open-sollicitatiedag-speeddates"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN=Werken bij Maasoever:mailto:werkenbij@zorggroepmaasoever.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Open sollicitatiedag ‘Kom werken in de zorg’\n\n
 Je bent ingeroosterd als gesprekspartner aan tafel 3 (verzorgenden IG / he
 lpenden). Speeddates van 10 minuten met bezoekers die zich via Microsoft B
 ookings hebben aangemeld. Neem de korte vragenkaart mee en noteer per kand
 idaat ja/misschien/nee op het formulier.\n\nTeam Werving & Selectie\n
UID:bookings-9D3E5F7A1B2C4D6E@outlook.office365.com
SUMMARY;LANGUAGE=nl-NL:Open sollicitatiedag - speeddates (tafel 3)
DTSTART;TZID=W. Europe Standard Time:20251108T100000
DTEND;TZID=W. Europe Standard Time:20251108T140000
CLASS:PUBLIC
DTSTAMP:20251020T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Maasoever\, grote zaal
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kandidaat-gmail",
        "label": {"uid": "7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-candidate-on-free-mail-invites-her"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_AMS_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20251024T160000
DTEND;TZID=Europe/Amsterdam:20251024T163000
DTSTAMP:20251021T200102Z
ORGANIZER;CN=Dewi Hartono:mailto:dewi.hartono93@gmail.com
UID:7h0k3n6q9t2w5z8c1f4i7l0o3r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=s.bakker@zorggroepmaasoever.nl;X-NUM-GUESTS=0:mailto:s.bakker@zorgg
 roepmaasoever.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dewi Hartono;X-NUM-GUESTS=0:mailto:dewi.hartono93@gmail.com
DESCRIPTION:Beste mevrouw Bakker\, zoals gevraagd in uw mail hierbij een uit
 nodiging voor het telefoongesprek over de vacature activiteitenbegeleider.
  Ik ben bereikbaar op 06-19 44 20 87. Met vriendelijke groet\, Dewi
LOCATION:telefonisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gesprek vacature activiteitenbegeleider - Dewi Hartono
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referenties-nabellen",
        "eol": "\n",
        "label": {"uid": "1A6D9F24-8B3C-4E71-B05A-E2C4F7D913B6", "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-reference-check-on-candidate"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
UID:1A6D9F24-8B3C-4E71-B05A-E2C4F7D913B6
DTSTAMP:20251016T070000Z
DTSTART:20251016T151500
DTEND:20251016T154500
SUMMARY:referenties Ruud V. nabellen
DESCRIPTION:oud-leidinggevende Laurens (0182-...)\, mag van Ruud. Vragen: verzuim\, conflicten\, rooster.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tweede-gesprek-tl",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC0100000000000000"
            "0010000000B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-second-round-she-organises"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brouwer, Peter":mailto:p.brouwer@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruud.verho
 even@kpnmail.nl:mailto:ruud.verhoeven@kpnmail.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MO Vergaderrui
 mte De Maas":mailto:mo-demaas@zorggroepmaasoever.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Ruud\,\n\nGraag nodig ik je uit voor het t
 weede gesprek voor de functie Teamleider Zorg\, met Peter Brouwer (directe
 ur zorg) en mij.\n\nGroet\,\nSanne Bakker\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC01000000000000000010000000B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0
SUMMARY;LANGUAGE=nl-NL:Tweede gesprek Teamleider Zorg - Ruud Verhoeven
DTSTART;TZID=W. Europe Standard Time:20251010T130000
DTEND;TZID=W. Europe Standard Time:20251010T140000
CLASS:PUBLIC
DTSTAMP:20251006T125500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:MO Vergaderruimte De Maas
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "arbeidsvoorwaarden-tl",
        "label": {"uid": ("040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC0100000000000000"
            "0010000000C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1"),
                  "is_interview": 0, "hiring_side": True,
                  "trap": "user-as-interviewer-arbeidsvoorwaardengesprek-she-leads"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koning, Esmee":mailto:e.koning@zorggroepmaasoever.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ruud.verhoeven@kpnmail.nl:mailto:ruud.verhoeven@kpnmail.nl
DESCRIPTION;LANGUAGE=nl-NL:Arbeidsvoorwaarden nieuwe teamleider zorg (FWG 5
 5\, 32 uur\, start 1 december). Esmee neemt de concept-arbeidsovereenkomst
  mee.\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DC01000000000000000010000000C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1
SUMMARY;LANGUAGE=nl-NL:Arbeidsvoorwaardengesprek R. Verhoeven
DTSTART;TZID=W. Europe Standard Time:20251020T153000
DTEND;TZID=W. Europe Standard Time:20251020T161500
CLASS:PRIVATE
DTSTAMP:20251016T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:kamer locatiemanager
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panelgesprek-vrijwilligers",
        "label": {"uid": "7f2a0c5e-91b3-4d6f-8e24-3c5b7a9d1e08@zorggroepmaasoever.nl", "is_interview": 0,
                  "hiring_side": True,
                  "trap": "user-as-interviewer-chairs-panel-english-candidate"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN="Brink, Loes van den";RSVP=TRUE:mailto:l.vandenbrink@zorggroepmaasoever.nl
ATTENDEE;CN="Wouters, Jan (vrijwilligersraad)";RSVP=TRUE:mailto:jan.wouters@zorggroepmaasoever.nl
ATTENDEE;CN="Grace Mensah";RSVP=TRUE:mailto:grace.mensah@outlook.com
DESCRIPTION:Panel interview Coordinator Volunteers (vrijwilligerscoördinator
 ) - candidate Grace Mensah. Interview in English where needed\, Grace is st
 ill learning Dutch (NT2 B1). Sanne chairs\, Loes asks about planning\, Jan
  about the volunteer council.\n
DTEND;TZID="W. Europe Standard Time":20251112T110000
DTSTAMP:20251105T094500Z
DTSTART;TZID="W. Europe Standard Time":20251112T100000
LOCATION:De Maasoever\, vergaderruimte De Maas
ORGANIZER;CN="Bakker, Sanne":mailto:s.bakker@zorggroepmaasoever.nl
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Panelgesprek vrijwilligerscoördinator (G. Mensah)
TRANSP:OPAQUE
UID:7f2a0c5e-91b3-4d6f-8e24-3c5b7a9d1e08@zorggroepmaasoever.nl
END:VEVENT
END:VCALENDAR
""",
    },
]
