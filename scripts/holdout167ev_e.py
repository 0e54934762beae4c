"""Holdout167 events, part E: Antwerp/Belgium (Flemish, French); hiring-side debrief, committee, shadowing, reply."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="flemish-gesprek",
        uid="040000008200E00074C5B7101A82E008000000007B1E5C2A3D92DB01000000000000000010000000C0FFEE1234ABCD5678EF9012A3B4C5D6",
        label=(1, "Scheldeverzekering", "Senior Product Owner Digitale Kanalen", "hiring_manager", "sofie.vanhecke@scheldeverzekering.be;pieter.desmet@scheldeverzekering.be", "flemish-outlook-romance-time-eerste-gesprek"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:ROM%%
BEGIN:VEVENT
ORGANIZER;CN="Van Hecke Sofie":mailto:sofie.vanhecke@scheldeverzekering.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet Pieter":mailto:pieter.desmet@scheldeverzekering.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ANT-Meetingroom Linkeroever 5.12":mailto:ant-linkeroever-512@scheldeverzekering.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Joost\,\n\nGraag nodigen wij u uit voor een eerste gesprek in het kader van uw kandidatuur voor de functie van Senior Product Owner Digitale Kanalen. U maakt kennis met Sofie Van Hecke (Head of Digital) en Pieter De Smet (Product Manager Particulieren).\n\nAdres: Frankrijklei 112\, 2000 Antwerpen. Gelieve u aan te melden aan het onthaal. Indien u met de wagen komt: parking Meir of Nationale Bank op wandelafstand.\n\nBij verhindering gelieve ons te verwittigen via 03 224 18 70 of per kerende mail.\n\nMet vriendelijke groeten\,\nSofie Van Hecke\n
UID:040000008200E00074C5B7101A82E008000000007B1E5C2A3D92DB01000000000000000010000000C0FFEE1234ABCD5678EF9012A3B4C5D6
SUMMARY;LANGUAGE=nl-BE:Gesprek kandidatuur Senior PO Digitale Kanalen - J. van den Berg
DTSTART;TZID=Romance Standard Time:20250305T100000
DTEND;TZID=Romance Standard Time:20250305T113000
CLASS:PUBLIC
DTSTAMP:20250226T143012Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:ANT-Meetingroom Linkeroever 5.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-center",
        uid="aptitude-be-ac-2025-03-3381@aptitude.be",
        label=(1, "Scheldeverzekering", "Senior Product Owner Digitale Kanalen", "", "", "assessment-day-at-bureau-for-named-employer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aptitude Belgium//Planning//NL
METHOD:REQUEST
%%TZ:BRU%%
BEGIN:VEVENT
UID:aptitude-be-ac-2025-03-3381@aptitude.be
DTSTAMP:20250314T081100Z
DTSTART;TZID=Europe/Brussels:20250321T083000
DTEND;TZID=Europe/Brussels:20250321T153000
SUMMARY:Assessment Senior Product Owner - Scheldeverzekering
DESCRIPTION:Geachte heer Van den Berg\,\n\nIn opdracht van Scheldeverzekering nodigen wij u uit voor een assessment in het kader van uw kandidatuur voor Senior Product Owner Digitale Kanalen.\n\nProgramma: capaciteitentesten (abstract en numeriek redeneren)\, persoonlijkheidsvragenlijst\, een rollenspel met een stakeholder en een postbakoefening\, afgesloten met een gesprek met onze assessor.\n\nLocatie: Aptitude\, Uitbreidingstraat 84\, 2600 Berchem. Lunch wordt voorzien. Breng uw identiteitskaart of paspoort mee.\n\nMet vriendelijke groeten\,\nAptitude Belgium - Assessment & Selectie
LOCATION:Uitbreidingstraat 84\, 2600 Berchem
ORGANIZER;CN=Aptitude Planning:mailto:planning@aptitude.be
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-video",
        uid="SR-INTV-6f0e2a91c4d84b1e9f3a7c5d2b8e0f14@smartrecruiters.com",
        label=(1, "Payvia", "Product Manager Payments Risk", "", "laura.wouters@payvia.eu;k.janssens@payvia.eu", "smartrecruiters-english-antwerp-no-stage"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INTV-6f0e2a91c4d84b1e9f3a7c5d2b8e0f14@smartrecruiters.com
DTSTAMP:20250311T131500Z
DTSTART:20250317T140000Z
DTEND:20250317T150000Z
SUMMARY:Interview: Product Manager Payments Risk | Payvia
DESCRIPTION:Dear Joost\,\n\nYour interview for Product Manager Payments Risk has been scheduled.\n\nInterview team:\nLaura Wouters - Director of Product\nKoen Janssens - Risk & Compliance Lead\n\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjY0ODctMjFmZS00OTg3LWFkNjktYzQ4MjYxZDc5OTk0%40thread.v2/0\n\nKind regards\,\nPayvia Talent Team\, Antwerp
ORGANIZER;CN=Payvia Talent Team:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Laura Wouters:mailto:laura.wouters@payvia.eu
ATTENDEE;CN=Koen Janssens:mailto:k.janssens@payvia.eu
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-fr",
        uid="SFI-c81e0b4d-2a57-49f3-8e06-b1d9f4a7c235",
        label=(1, "Mutualis", "Senior Product Owner (Anvers)", "hiring_manager", "nathalie.dubois@mutualis.be", "french-successfactors-entretien"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//FR
VERSION:2.0
METHOD:REQUEST
%%TZ:BRU%%
BEGIN:VEVENT
UID:SFI-c81e0b4d-2a57-49f3-8e06-b1d9f4a7c235
DTSTAMP:20250318T093000Z
DTSTART;TZID=Europe/Brussels:20250325T110000
DTEND;TZID=Europe/Brussels:20250325T120000
SUMMARY:Entretien - Senior Product Owner (Anvers) - Joost van den Berg
DESCRIPTION:Bonjour Joost\,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Senior Product Owner (Anvers) avec Nathalie Dubois\, Responsable Produits Digitaux. L'entretien se déroulera en anglais ou en français\, selon votre préférence.\n\nLien Webex : https://mutualis.webex.com/mutualis/j.php?MTID=m3f1a0c9e2b\n\nCordialement\,\nL'équipe Recrutement Mutualis\n\nCeci est un message automatique\, merci de ne pas y répondre.
ORGANIZER;CN=Recrutement Mutualis:mailto:noreply@successfactors.eu
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Nathalie Dubois:mailto:nathalie.dubois@mutualis.be
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-flemish",
        uid="teamtailor-meeting-31d4e8b7-0a9c-4f25-b6e1-8c7d2a0f5e93",
        label=(1, "Portwise", "Product Owner", "recruiter_screen", "ellen.peeters@portwise.be", "teamtailor-flemish-kennismaking-online"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-31d4e8b7-0a9c-4f25-b6e1-8c7d2a0f5e93
DTSTAMP:20250402T114433Z
SEQUENCE:0
DTSTART:20250407T070000Z
DTEND:20250407T073000Z
SUMMARY:Kennismaking Portwise x Joost van den Berg
DESCRIPTION:Dag Joost\,\n\nBedankt voor je kandidatuur als Product Owner bij Portwise! Ellen Peeters (Talent & Culture) plant graag een korte online kennismaking om je beter te leren kennen en wat meer te vertellen over de job en ons team in de haven van Antwerpen.\n\nGoogle Meet: https://meet.google.com/fsk-rmtb-wqe\n\nTot dan!\nPortwise
LOCATION:Google Meet
ORGANIZER;CN=Ellen Peeters:mailto:ellen.peeters@portwise.be
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Ellen Peeters;PARTSTAT=ACCEPTED:mailto:ellen.peeters@portwise.be
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        label=(0, "", "", "", "", "user-as-interviewer-debrief-candidates"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Even samen de drie designers uit de productcase-ronde naast elkaar leggen (Rana\, Thomas\, Iris). Graag vooraf jullie scores in Recruitee\, dan kunnen we snel naar een besluit wie door gaat naar het gesprek met Lars.\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=nl-NL:Terugkoppeling UX-kandidaten
DTSTART;TZID=W. Europe Standard Time:20250227T161500
DTEND;TZID=W. Europe Standard Time:20250227T164500
CLASS:PUBLIC
DTSTAMP:20250225T152200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-overleg",
        uid="040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB0100000000000000001000000012EF34CD56AB7890FEDC1234BA567890",
        label=(0, "", "", "", "", "user-as-interviewer-hiring-committee"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Visser, Lars":mailto:lars.visser@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brouwer, Sander":mailto:sander.brouwer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meijer, Anouk":mailto:anouk.meijer@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koç, Derya":mailto:derya.koc@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Agenda:\n1. Openstaande vacatures tribe Particulier (3x dev\, 1x designer\, 1x data analist)\n2. Besluit aanname: Mehmet A. (Java) en Rana Y. (UX) - advies per interviewer\n3. Bureaus: afspraken met TechTalent over fee en exclusiviteit\n
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB0100000000000000001000000012EF34CD56AB7890FEDC1234BA567890
SUMMARY;LANGUAGE=nl-NL:Aanname-overleg Tribe Particulier
DTSTART;TZID=W. Europe Standard Time:20250303T130000
DTEND;TZID=W. Europe Standard Time:20250303T140000
CLASS:PUBLIC
DTSTAMP:20250226T080512Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:UTR-5.02 Wilhelminapark
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadowing",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000099887766554433221100AABBCCDDEEFF",
        label=(0, "", "", "", "", "user-as-interviewer-shadowing-technical-round"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Brouwer, Sander":mailto:sander.brouwer@polisplein.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Akkerman, Bas":mailto:bas.akkerman@polisplein.nl
DESCRIPTION;LANGUAGE=nl-NL:Joost\, zoals gevraagd kun je meekijken bij de technische ronde (pair programming kata) met kandidaat frontend. Camera uit en niet meepraten graag\, na afloop 10 min nabespreken met Bas.\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000099887766554433221100AABBCCDDEEFF
SUMMARY;LANGUAGE=nl-NL:FW: Technisch gesprek Frontend Developer (meekijken)
DTSTART;TZID=W. Europe Standard Time:20250320T100000
DTEND;TZID=W. Europe Standard Time:20250320T113000
CLASS:PUBLIC
DTSTAMP:20250318T091744Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-reply",
        uid="040000008200E00074C5B7101A82E00800000000D5E6F7A8B9C0DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        label=(0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250408T120000Z
DTEND:20250408T130000Z
DTSTAMP:20250402T184411Z
ORGANIZER;CN="van den Berg, Joost":mailto:joost.vandenberg@polisplein.nl
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B9C0DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sem Verhoeven;X-NUM-GUESTS=0:mailto:sem.verhoeven97@gmail.com
CREATED:20250402T184409Z
DESCRIPTION:
LAST-MODIFIED:20250402T184411Z
LOCATION:Polisplein\, Stationsplein 12\, Utrecht
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Geaccepteerd: Kennismaking Polisplein - Junior Product Owner (traineeship)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="koffie-oud-collega",
        uid="5hn0e2v8q4c1j7m3k9p6r0t2w4@google.com",
        label=(0, "", "", "", "", "informational-coffee-names-company"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250221T073000Z
DTEND:20250221T081500Z
DTSTAMP:20250217T200144Z
ORGANIZER;CN=Femke Huisman:mailto:femke.huisman@gmail.com
UID:5hn0e2v8q4c1j7m3k9p6r0t2w4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femke Huisman;X-NUM-GUESTS=0:mailto:femke.huisman@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
DESCRIPTION:Koffie! Vertel ik je hoe het bij Reisgenoot is als PM en hoe hun proces loopt\, dan kun je zelf kijken of je zou solliciteren. Geen verplichtingen haha. Ik trakteer.
LOCATION:Koffie & Ik\, Oudegracht 195\, Utrecht
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Koffie Femke & Joost
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
