"""Holdout167 events, part J: Joost on the hiring side at Polisplein."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="agency-candidate",
        uid="d2c1b0a9-8f7e-4d6c-b5a4-93827160f5e4",
        label=(0, "", "", "", "", "user-as-interviewer-agency-proposes-candidate"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEST%%
BEGIN:VEVENT
ATTENDEE;CN="van den Berg, Joost";RSVP=TRUE:mailto:joost.vandenberg@polisplein.nl
ATTENDEE;CN="Brouwer, Sander";RSVP=TRUE:mailto:sander.brouwer@polisplein.nl
ATTENDEE;CN=Martijn de Groot;RSVP=TRUE:mailto:mdegroot.data@hotmail.com
CLASS:PUBLIC
DESCRIPTION:Beste Joost en Sander\,\n\nZoals telefonisch besproken stel ik Martijn de Groot voor als Senior Data Engineer voor jullie tribe Particulier. Martijn heeft 7 jaar ervaring (Databricks\, Azure\, pensioen-/verzekeringsdata) en is per 1 mei beschikbaar. CV en ons gespreksverslag vinden jullie in de bijlage van mijn mail.\n\nMartijn komt naar jullie kantoor aan het Stationsplein. Graag na afloop even een belletje met jullie feedback.\n\nMet vriendelijke groet\,\nIlona Verbruggen\nTechTalent Detachering & Werving\n
DTEND;TZID="W. Europe Standard Time":20250408T170000
DTSTAMP:20250401T111500Z
DTSTART;TZID="W. Europe Standard Time":20250408T160000
LOCATION:Polisplein\, Stationsplein 12\, Utrecht
ORGANIZER;CN="Ilona Verbruggen":mailto:ilona@techtalent.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Kennismaking Martijn de Groot (Sr Data Engineer) - via TechTalent
TRANSP:OPAQUE
UID:d2c1b0a9-8f7e-4d6c-b5a4-93827160f5e4
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-notes",
        uid="7A8B9C0D-1E2F-4A3B-9C4D-5E6F7A8B9C0D",
        label=(0, "", "", "", "", "user-as-interviewer-hand-typed-candidate-notes"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250211T112011Z
UID:7A8B9C0D-1E2F-4A3B-9C4D-5E6F7A8B9C0D
DTEND;TZID=Europe/Amsterdam:20250211T113000
TRANSP:TRANSPARENT
SUMMARY:nts Mehmet (java)
DTSTART;TZID=Europe/Amsterdam:20250211T111500
DTSTAMP:20250211T112740Z
DESCRIPTION:+ vraagt zelf door op waarom\, snapt domein schade\n+ voorbeeld refinement met PO goed\n- weinig testautomatisering\, Sander checkt\n- salaris wens 5.4k hoog voor medior\nadvies: ja\, mits tech ok
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="calendly-9b8a7f6e-5d4c-4b3a-8291-0f1e2d3c4b5a",
        label=(0, "", "", "", "", "user-as-interviewer-calendly-host-traineeship"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-9b8a7f6e-5d4c-4b3a-8291-0f1e2d3c4b5a
DTSTAMP:20250328T090144Z
DTSTART:20250403T073000Z
DTEND:20250403T080000Z
SUMMARY:Noa Bakker and Joost van den Berg
DESCRIPTION:Event Name: Kennismaking traineeship Product Owner (30 min)\n\nLocation: Microsoft Teams - link volgt\n\nInvitee: Noa Bakker\nInvitee Email: noabakker2001@gmail.com\n\nQuestions:\nStudie: MSc Information Science (UU)\nWaarom Polisplein?: Ik vind verzekeren onderschat en wil graag bij een product team starten.\n\nView event in Calendly: https://calendly.com/events/9b8a7f6e-5d4c-4b3a-8291-0f1e2d3c4b5a\n\nPowered by Calendly.com
ORGANIZER;CN=Joost van den Berg:mailto:joost.vandenberg@polisplein.nl
ATTENDEE;CN=Noa Bakker;PARTSTAT=ACCEPTED:mailto:noabakker2001@gmail.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-host",
        uid="f7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2190@polisplein.nl",
        label=(0, "", "", "", "", "user-as-interviewer-bookings-staff-member"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN=Werken bij Polisplein:mailto:werkenbij@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Nieuwe boeking\n\nService: Sollicitatie Junior Product Owner (traineeship)\nMedewerker: Joost van den Berg\nKlant: Bilal Amrani\nE-mail: b.amrani@student.hu.nl\nTelefoon: 06 18 22 40 91\n\nOpmerkingen: Ik heb gisteren op de HU-carrièredag met u gesproken.\n\nDeelnemen aan Microsoft Teams-vergadering: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg3ZTk4ZDMtMmE0Yi00ODRhLWIyNjctZmQxZWM1ZTA3YjEw%40thread.v2/0\n
UID:f7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2190@polisplein.nl
SUMMARY;LANGUAGE=nl-NL:Sollicitatie Junior Product Owner (traineeship) - Bilal Amrani
DTSTART;TZID=W. Europe Standard Time:20250410T151500
DTEND;TZID=W. Europe Standard Time:20250410T154500
CLASS:PUBLIC
DTSTAMP:20250403T200511Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kit-prep",
        uid="040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000102938475665748392A1B2C3D4E5F6A7",
        label=(0, "", "", "", "", "user-as-interviewer-interview-kit-prep"),
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Vragenset PO-traineeship afmaken: 3 situationele vragen + mini-case (prioriteren backlog claims-app). Scoringsrubric afstemmen met Derya. Kandidaten: Noa\, Bilal\, Tess.\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000102938475665748392A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=nl-NL:Blokker: gesprekskit traineeship PO
DTSTART;TZID=W. Europe Standard Time:20250401T140000
DTEND;TZID=W. Europe Standard Time:20250401T153000
CLASS:PUBLIC
DTSTAMP:20250328T081211Z
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="proefdag",
        uid="040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        label=(0, "", "", "", "", "user-as-interviewer-supervises-candidate-proefdag"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Squad Schade":mailto:squad-schade@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Joost\,\n\nThomas Lindeman (kandidaat Scrum Master) draait donderdag een proefdag mee bij jouw squad. Jij bent zijn aanspreekpunt: ophalen 9:00 bij de receptie\, daily\, refinement\, lunch met het team\, 16:00 korte evaluatie met mij erbij. Laat je me daarna weten hoe je het vond?\n\nDerya\n
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=nl-NL:Proefdag Thomas Lindeman (Scrum Master) - begeleiding
DTSTART;TZID=W. Europe Standard Time:20250417T090000
DTEND;TZID=W. Europe Standard Time:20250417T163000
CLASS:PUBLIC
DTSTAMP:20250410T101200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Stationsplein 12\, 3e verdieping
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-chair",
        uid="040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB0100000000000000001000000011223344556677889900AABBCCDDEEF0",
        label=(0, "", "", "", "", "user-as-interviewer-chairs-panel-lead-developer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brouwer, Sander":mailto:sander.brouwer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Akkerman, Bas":mailto:bas.akkerman@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Hoang:mailto:kevin.hoang.dev@proton.me
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="UTR-3.05 Dom (6p)":mailto:utr-305-dom@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Hoi Kevin\,\n\nFijn dat je door bent naar de tweede ronde voor Lead Developer. In dit gesprek spreek je met Sander (Chapter Lead Backend)\, Bas (Senior Developer) en mij. We bespreken je architectuurcase en hoe je als lead met product samenwerkt.\n\nTot dan\,\nJoost van den Berg\nProduct Owner Squad Schade\n
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB0100000000000000001000000011223344556677889900AABBCCDDEEF0
SUMMARY;LANGUAGE=nl-NL:Tweede gesprek Lead Developer - Polisplein
DTSTART;TZID=W. Europe Standard Time:20250415T100000
DTEND;TZID=W. Europe Standard Time:20250415T113000
CLASS:PUBLIC
DTSTAMP:20250408T141500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-3.05 Dom (6p)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="portfolio-review",
        uid="040000008200E00074C5B7101A82E00800000000EE55FF6600AADB01000000000000000010000000FFEEDDCCBBAA99887766554433221100",
        label=(0, "", "", "", "", "user-as-interviewer-english-portfolio-review-panelist"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
DESCRIPTION;LANGUAGE=en-GB:Hi Anouk\, Joost\,\n\nPortfolio review with Iris Castellanos (Senior Product Designer applicant\, currently in Barcelona\, interview in English). She will walk you through two case studies (45 min)\, then 15 min for her questions. Please add your notes to the scorecard in Recruitee the same day.\n\nThanks!\nDerya\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODFiZDI0MDQtYjQ1Ny00NDAwLTk1ZTQtMTdlNTYxNDcwNGMz%40thread.v2/0>\nMeeting ID: 366 102 745 118\nPasscode: 7bQ2xT\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000EE55FF6600AADB01000000000000000010000000FFEEDDCCBBAA99887766554433221100
SUMMARY;LANGUAGE=en-GB:Portfolio review - Iris Castellanos (Sr Product Designer)
DTSTART;TZID=W. Europe Standard Time:20250304T150000
DTEND;TZID=W. Europe Standard Time:20250304T160000
CLASS:PUBLIC
DTSTAMP:20250227T094400Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="take-home-review",
        uid="4C3B2A19-0F8E-4D7C-A6B5-C4D3E2F1A0B9",
        label=(0, "", "", "", "", "user-as-interviewer-reviews-thuisopdracht"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250321T160233Z
UID:4C3B2A19-0F8E-4D7C-A6B5-C4D3E2F1A0B9
DTEND;TZID=Europe/Amsterdam:20250324T100000
TRANSP:OPAQUE
SUMMARY:thuisopdrachten data analist nakijken (3x)
DTSTART;TZID=Europe/Amsterdam:20250324T090000
DTSTAMP:20250321T160233Z
DESCRIPTION:SQL + dashboard opdracht. rubric in Teams > Hiring > Data analist. voor 12u scores naar Derya
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="career-day-booth",
        uid="040000008200E00074C5B7101A82E00800000000FF6600AA11BBDB0100000000000000001000000000112233445566778899AABBCCDDEEFF",
        label=(0, "", "", "", "", "user-as-interviewer-career-day-stand-for-employer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:We staan met Polisplein op de HU Carrièredag (stand 14). Doel: studenten enthousiasmeren voor het PO-traineeship en stages. Korte speeddates met geïnteresseerden\, cv's scannen via QR. Polo's liggen bij mij.\n
UID:040000008200E00074C5B7101A82E00800000000FF6600AA11BBDB0100000000000000001000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=nl-NL:HU Carrièredag - stand Polisplein
DTSTART;TZID=W. Europe Standard Time:20250402T120000
DTEND;TZID=W. Europe Standard Time:20250402T170000
CLASS:PUBLIC
DTSTAMP:20250312T113000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Hogeschool Utrecht\, Padualaan 99\, atrium
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calibration",
        uid="040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB01000000000000000010000000AABBCCDDEEFF00112233445566778899",
        label=(0, "", "", "", "", "user-as-interviewer-scorecard-calibration"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brouwer, Sander":mailto:sander.brouwer@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Kalibratie: we leggen de scorekaarten van de afgelopen 10 gesprekken naast elkaar. Wanneer geven we een 'sterk ja'? Verschillen tussen interviewers\, en een voorstel voor een gezamenlijke rubric voor de productcase.\n
UID:040000008200E00074C5B7101A82E0080000000000AA11BB22CCDB01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=nl-NL:Kalibratiesessie scorekaarten
DTSTART;TZID=W. Europe Standard Time:20250409T150000
DTEND;TZID=W. Europe Standard Time:20250409T160000
CLASS:PUBLIC
DTSTAMP:20250401T130000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-5.02 Wilhelminapark
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="offer-call",
        uid="9E8D7C6B-5A49-4837-A261-50F4E3D2C1B0",
        label=(0, "", "", "", "", "user-as-interviewer-calls-candidate-with-offer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250305T123000Z
UID:9E8D7C6B-5A49-4837-A261-50F4E3D2C1B0
DTEND;TZID=Europe/Amsterdam:20250306T093000
TRANSP:OPAQUE
SUMMARY:Rana bellen: aanbod UX (eerst Derya checken bedrag)
DTSTART;TZID=Europe/Amsterdam:20250306T091500
DTSTAMP:20250305T123000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-sync-recurring",
        uid="040000008200E00074C5B7101A82E00800000000119922AA33BBDB01000000000000000010000000123ABC456DEF789ABC123DEF456ABC78",
        label=(0, "", "", "", "", "user-as-interviewer-weekly-hiring-sync-recurring-override"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Wekelijks: stand van de pijplijn tribe Particulier (Recruitee-board)\, wie plant welke gesprekken\, bureaus\, openstaande evaluaties.\n
RRULE:FREQ=WEEKLY;UNTIL=20250630T070000Z;INTERVAL=1;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000119922AA33BBDB01000000000000000010000000123ABC456DEF789ABC123DEF456ABC78
SUMMARY;LANGUAGE=nl-NL:Wervingsoverleg Particulier
DTSTART;TZID=W. Europe Standard Time:20250203T090000
DTEND;TZID=W. Europe Standard Time:20250203T091500
CLASS:PUBLIC
DTSTAMP:20250130T100000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
RECURRENCE-ID;TZID=W. Europe Standard Time:20250421T090000
UID:040000008200E00074C5B7101A82E00800000000119922AA33BBDB01000000000000000010000000123ABC456DEF789ABC123DEF456ABC78
SUMMARY;LANGUAGE=nl-NL:Wervingsoverleg Particulier (di ivm Tweede Paasdag)
DTSTART;TZID=W. Europe Standard Time:20250422T090000
DTEND;TZID=W. Europe Standard Time:20250422T091500
DTSTAMP:20250414T080000Z
SEQUENCE:2
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
]
