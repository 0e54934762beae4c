"""Holdout167 events, part D: Gemeente Utrecht, Utrecht/Amsterdam scale-ups, booking tools; municipal errands."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="gemeente-selectie",
        uid="040000008200E00074C5B7101A82E00800000000E5D3A1C9F08DDB01000000000000000010000000A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2",
        label=(1, "Gemeente Utrecht", "Product Owner Dienstverlening (schaal 11)", "", "w.haddou@utrecht.nl;e.vanbeek@utrecht.nl;g.timmer@utrecht.nl", "government-selectiecommissie-eerste-ronde"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Haddou, Wafaa":mailto:w.haddou@utrecht.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Beek, Erik van":mailto:e.vanbeek@utrecht.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Timmer, Gerda":mailto:g.timmer@utrecht.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recruitment, Gemeente Utrecht":mailto:recruitment@utrecht.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste heer Van den Berg\,\n\nNaar aanleiding van uw sollicitatie naar de functie Product Owner Dienstverlening (schaal 11) nodigen wij u uit voor een eerste selectiegesprek. De selectiecommissie bestaat uit:\n- Wafaa Haddou\, teammanager Digitale Dienstverlening (voorzitter)\n- Erik van Beek\, lead architect\n- Gerda Timmer\, adviseur Publiekszaken (namens de OR)\n\nHet gesprek vindt plaats in het Stadskantoor\, Stadsplateau 1. Meldt u zich 10 minuten vooraf bij de balie op de 1e verdieping. Neemt u een geldig identiteitsbewijs mee.\n\nMet vriendelijke groet\,\nTeam Recruitment Gemeente Utrecht\n
UID:040000008200E00074C5B7101A82E00800000000E5D3A1C9F08DDB01000000000000000010000000A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2
SUMMARY;LANGUAGE=nl-NL:Selectiegesprek 1e ronde PO Dienstverlening - dhr. J. van den Berg
DTSTART;TZID=W. Europe Standard Time:20250312T091500
DTEND;TZID=W. Europe Standard Time:20250312T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T094401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Stadskantoor Stadsplateau 1 - 6.D.12
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gemeente-tweede",
        uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5E91DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00",
        label=(1, "Gemeente Utrecht", "Product Owner Dienstverlening (schaal 11)", "final", "w.haddou@utrecht.nl;r.chaouch@utrecht.nl", "government-tweede-ronde-with-director"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Haddou, Wafaa":mailto:w.haddou@utrecht.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chaouch, Rachid":mailto:r.chaouch@utrecht.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste heer Van den Berg\,\n\nGraag nodigen wij u uit voor de tweede (en laatste) gespreksronde\, met Rachid Chaouch (afdelingshoofd Dienstverlening) en Wafaa Haddou. In dit gesprek vragen wij u ook een korte reflectie te geven op het praktijkvoorbeeld dat u per mail ontvangt.\n\nNa deze ronde volgt bij een positieve uitkomst een referentiecheck en het arbeidsvoorwaardengesprek.\n\nMet vriendelijke groet\,\nTeam Recruitment Gemeente Utrecht\n
UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5E91DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00
SUMMARY;LANGUAGE=nl-NL:2e gespreksronde PO Dienstverlening
DTSTART;TZID=W. Europe Standard Time:20250326T140000
DTEND;TZID=W. Europe Standard Time:20250326T150000
CLASS:PUBLIC
DTSTAMP:20250317T110925Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Stadskantoor Stadsplateau 1 - 9.B.04
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gemeente-paspoort",
        uid="afspraak-utrecht-QW7K-20250314-1340@afspraken.utrecht.nl",
        label=(0, "", "", "", "", "municipal-appointment-same-employer-name"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gemeente Utrecht//Afspraken//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:afspraak-utrecht-QW7K-20250314-1340@afspraken.utrecht.nl
DTSTAMP:20250302T081533Z
DTSTART;TZID=Europe/Amsterdam:20250314T134000
DTEND;TZID=Europe/Amsterdam:20250314T135000
SUMMARY:Afspraak Gemeente Utrecht: paspoort ophalen
DESCRIPTION:U heeft een afspraak bij Gemeente Utrecht.\nProduct: Paspoort ophalen (1 persoon)\nAfspraaknummer: QW7K-3381\nLocatie: Stadskantoor\, Stadsplateau 1\, Utrecht\n\nNeem mee: uw oude paspoort en het afhaalbewijs.\nWilt u uw afspraak wijzigen of annuleren? Ga naar utrecht.nl/afspraak.
LOCATION:Stadskantoor\, Stadsplateau 1\, Utrecht
END:VEVENT
%%TZ:AMS%%
END:VCALENDAR
""",
    ),
    dict(
        kind="deadline-allday",
        uid="8D2F41B6-0C7A-4E93-B5D1-3A9E6F0C2B78",
        label=(0, "", "", "", "", "application-deadline-all-day-reminder"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250221T212911Z
UID:8D2F41B6-0C7A-4E93-B5D1-3A9E6F0C2B78
DTEND;VALUE=DATE:20250302
TRANSP:TRANSPARENT
SUMMARY:deadline sollicitatie gem. Utrecht PO (brief + cv!)
DTSTART;VALUE=DATE:20250301
DTSTAMP:20250221T212911Z
DESCRIPTION:werkenvoorutrecht.nl vacature 2025-0142\, motivatiebrief max 1 A4
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-loop",
        uid="goodtime-8e61c0b3a9f24d75@goodtime.io",
        label=(1, "Zekerheid Direct", "Senior Product Manager - Claims", "onsite", "priya.raman@zekerheid.nl;tom.hoekstra@zekerheid.nl;ivana.petrovic@zekerheid.nl", "goodtime-virtual-onsite-loop"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8e61c0b3a9f24d75@goodtime.io
DTSTAMP:20250313T151109Z
DTSTART:20250318T090000Z
DTEND:20250318T120000Z
SUMMARY:Zekerheid Direct | Virtual Onsite | Joost van den Berg
DESCRIPTION:Hi Joost\,\n\nHere is your itinerary for the Senior Product Manager - Claims virtual onsite. All sessions use the same Zoom link.\n\n10:00 - 10:55 Product Sense - Priya Raman\n11:00 - 11:55 Execution & Metrics - Tom Hoekstra\n12:05 - 13:00 Collaboration / Values - Ivana Petrovic\n\nZoom: https://zekerheid.zoom.us/j/97712300481?pwd=Q2lDbGZpS1E\n\nYour coordinator is Merel (merel.koster@zekerheid.nl). Good luck!\n\nScheduled with GoodTime
ORGANIZER;CN=Zekerheid Direct Recruiting:mailto:scheduling@zekerheid.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Priya Raman:mailto:priya.raman@zekerheid.nl
ATTENDEE;CN=Tom Hoekstra:mailto:tom.hoekstra@zekerheid.nl
ATTENDEE;CN=Ivana Petrovic:mailto:ivana.petrovic@zekerheid.nl
ATTENDEE;CN=Merel Koster;ROLE=NON-PARTICIPANT:mailto:merel.koster@zekerheid.nl
LOCATION:https://zekerheid.zoom.us/j/97712300481?pwd=Q2lDbGZpS1E
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-product-sense",
        uid="greenhouse-4471920033-interview-18327741@greenhouse.io",
        label=(1, "Betaalkompas", "Senior Product Owner Merchant Onboarding", "technical", "lucas.bos@betaalkompas.nl", "greenhouse-product-sense-round"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-4471920033-interview-18327741@greenhouse.io
DTSTAMP:20250304T100004Z
DTSTART:20250307T100000Z
DTEND:20250307T110000Z
SUMMARY:Product Sense Interview - Senior Product Owner Merchant Onboarding - Betaalkompas
DESCRIPTION:Hi Joost\,\n\nYour Product Sense interview with Lucas Bos is confirmed. Expect a product design question about merchant onboarding; there is no need to prepare slides.\n\nGoogle Meet: https://meet.google.com/xtq-vwpm-rha\n\nBest\,\nAylin (Recruiting Coordinator)\, Betaalkompas
ORGANIZER;CN=Aylin Doğan:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Lucas Bos:mailto:lucas.bos@betaalkompas.nl
LOCATION:https://meet.google.com/xtq-vwpm-rha
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-ceo",
        uid="8e1f2d4c-71b0-4a39-9c56-3d0e7f1a2b84",
        label=(1, "Tandplan", "Product Lead", "hiring_manager", "maarten@tandplan.nl", "calendly-user-books-ceo-slot"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8e1f2d4c-71b0-4a39-9c56-3d0e7f1a2b84
DTSTAMP:20250306T205114Z
DTSTART:20250311T123000Z
DTEND:20250311T131500Z
SUMMARY:Joost van den Berg and Maarten Schouten
DESCRIPTION:Event Name: Gesprek Product Lead (45 min)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/ubn-xoiq-cfz\n\nPlease share anything that will help prepare for our meeting.: Ik heb gereageerd op de vacature Product Lead via LinkedIn. Nu PO bij Polisplein (verzekeringen)\, 6 jaar productervaring.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8e1f2d4c-71b0-4a39-9c56-3d0e7f1a2b84\nReschedule: https://calendly.com/reschedulings/8e1f2d4c-71b0-4a39-9c56-3d0e7f1a2b84\n\nPowered by Calendly.com
ORGANIZER;CN=Maarten Schouten:mailto:maarten@tandplan.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=ACCEPTED:mailto:joost.vdberg@kpnmail.nl
LOCATION:https://meet.google.com/ubn-xoiq-cfz
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-kennismaking",
        uid="b91c0e23-9a44-4f1c-8e2d-6b7f10a3c5d9@noordkaap.nl",
        label=(1, "Noordkaap Consulting", "Senior Product Owner (consultant)", "recruiter_screen", "annelies.peters@noordkaap.nl", "microsoft-bookings-kennismaking-consultancy"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN=Noordkaap Werken bij:mailto:werkenbij@noordkaap.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joost van den Berg:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Annelies Peters:mailto:annelies.peters@noordkaap.nl
DESCRIPTION;LANGUAGE=nl-NL:Je afspraak is bevestigd.\n\nService: Kennismaking Senior Product Owner (consultant)\nMedewerker: Annelies Peters\nDuur: 45 minuten\n\nOpmerkingen van de klant: Doorverwezen door Kees Willems.\n\nDeelnemen aan Microsoft Teams-vergadering: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE0NzVhNGItYjYyNC00ZDc2LThkYjgtZGE1ZjM3NWQ1YTEw%40thread.v2/0\n\nAfspraak beheren: https://outlook.office365.com/owa/calendar/NoordkaapWerkenbij@noordkaap.nl/bookings/\n
UID:b91c0e23-9a44-4f1c-8e2d-6b7f10a3c5d9@noordkaap.nl
SUMMARY;LANGUAGE=nl-NL:Kennismaking Senior Product Owner (consultant) - Joost van den Berg
DTSTART;TZID=W. Europe Standard Time:20250314T083000
DTEND;TZID=W. Europe Standard Time:20250314T091500
CLASS:PUBLIC
DTSTAMP:20250310T171442Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-call",
        uid="C5E7A190-2D4B-4F8E-9A63-1B0C8D7E6F52",
        label=(1, "Fondsnet", "", "recruiter_screen", "Jorien", "self-typed-call-with-ta-no-attendees"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250224T071958Z
UID:C5E7A190-2D4B-4F8E-9A63-1B0C8D7E6F52
DTEND;TZID=Europe/Amsterdam:20250225T123000
TRANSP:OPAQUE
SUMMARY:call Jorien Fondsnet ivm PO rol
DTSTART;TZID=Europe/Amsterdam:20250225T120000
DTSTAMP:20250224T072010Z
LOCATION:
DESCRIPTION:zij belt mij. recruiter\, 1e ronde. loonstrook bij de hand (huidig pakket vragen ze altijd)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meeloopdag",
        uid="2A6F9E04-B13C-4D7A-8E51-C0F4A9B3D218",
        label=(1, "Schoolwijzer", "", "onsite", "", "self-typed-meeloopdag-as-candidate"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T200311Z
UID:2A6F9E04-B13C-4D7A-8E51-C0F4A9B3D218
DTEND:20250328T170000
TRANSP:OPAQUE
SUMMARY:Meeloopdag Schoolwijzer (laatste stap!) - vrij genomen
DTSTART:20250328T090000
DTSTAMP:20250321T200322Z
LOCATION:Schoolwijzer\, Catharijnesingel 55 Utrecht
DESCRIPTION:hele dag meedraaien met squad Ouders: standup\, refinement\, middag klantbezoek school. daarna evt aanbod. laptop mee. vrije dag aangevraagd bij Mirjam (niet zeggen waarom)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cal-com-intro",
        uid="cal-com-booking-uQ7bX2nR9mL4vT1k@cal.com",
        label=(1, "Kringloop Labs", "Head of Product", "hiring_manager", "sanne@kringlooplabs.nl", "cal-com-intro-with-founder"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal-com-booking-uQ7bX2nR9mL4vT1k@cal.com
DTSTAMP:20250317T094501Z
DTSTART:20250320T080000Z
DTEND:20250320T083000Z
SUMMARY:Head of Product - intro between Sanne Brink and Joost van den Berg
DESCRIPTION:What: Head of Product - intro\nInvitee Time Zone: Europe/Amsterdam\nWho:\n- Sanne Brink - Organizer\nsanne@kringlooplabs.nl\n- Joost van den Berg\njoost.vdberg@kpnmail.nl\n\nWhere: Cal Video https://app.cal.com/video/uQ7bX2nR9mL4vT1k\n\nAdditional notes: We're hiring our first Head of Product in Rotterdam. Let's get to know each other!\n\nNeed to reschedule or cancel? https://app.cal.com/booking/uQ7bX2nR9mL4vT1k
ORGANIZER;CN=Sanne Brink:mailto:sanne@kringlooplabs.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
LOCATION:https://app.cal.com/video/uQ7bX2nR9mL4vT1k
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
