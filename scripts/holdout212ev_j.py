"""holdout212 events, part j: work life at Scheldt Forwarding, personal life and interview look-alikes."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "outlook-functioneringsgesprek",
        "040000008200E008000000008F36E7F8091ADB01000000000000000010000000FFFF0000111122223333444455556666",
        0, "", "", "", "", "own-appraisal-functioneringsgesprek",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Goossens, Dirk":mailto:dirk.goossens@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Wouter\, jaarlijks functioneringsgesprek. Graag v
 ooraf het zelfevaluatieformulier in Sharepoint invullen (doelstellingen 2
 024\, AEO-hercertificering\, verloop in het team\, opleidingswensen).\n\nDi
 rk\n
UID:040000008200E008000000008F36E7F8091ADB01000000000000000010000000FFFF0000111122223333444455556666
SUMMARY;LANGUAGE=nl-BE:Functioneringsgesprek Wouter
DTSTART;TZID=Romance Standard Time:20250313T150000
DTEND;TZID=Romance Standard Time:20250313T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250303T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Bureau Dirk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "press-interview-vakblad",
        "040000008200E00800000000903F08091A2BDB0100000000000000001000000000001111222233334444555566667777",
        0, "", "", "", "", "press-interview-trade-journal-brexit",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Annelies Borms:mailto:annelies.borms@havenenvervoer.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marcom, Scheldt":mailto:marcom@scheldtforwardi
 ng.be
DESCRIPTION;LANGUAGE=nl-BE:Interview voor het vakblad Haven & Vervoer: vijf
  jaar Brexit-papierwerk (GB-aangiftes\, ENS/ICS2\, veterinaire certificat
 en\, T1 naar Ierland via de landbrug). Foto door hun fotograaf aan de do
 uanebalie. Tekst ter nalezing via Marcom.\n
UID:040000008200E00800000000903F08091A2BDB0100000000000000001000000000001111222233334444555566667777
SUMMARY;LANGUAGE=nl-BE:Interview Haven & Vervoer (Brexit) - A. Borms
DTSTART;TZID=Romance Standard Time:20250220T100000
DTEND;TZID=Romance Standard Time:20250220T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vergaderzaal Kattendijk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "douane-audit-aeo",
        "040000008200E00800000000A14019A2B3CDDB0100000000000000001000000011112222333344445555666677778889",
        0, "", "", "", "", "customs-aeo-audit-two-days",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Goossens, Dirk":mailto:dirk.goossens@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wauters, Koen":mailto:koen.wauters@scheldtforw
 arding.be
DESCRIPTION;LANGUAGE=nl-BE:AAD&A – monitoring AEO-F vergunning. Twee contro
 leurs van de Regionale Controlecel Antwerpen. Dag 1: interviews met sleute
 lpersonen (procedures\, IT-toegang\, security)\, dag 2: steekproef dossiers
  T1 + entrepot. Wouter = aanspreekpunt douane.\n
UID:040000008200E00800000000A14019A2B3CDDB0100000000000000001000000011112222333344445555666677778889
SUMMARY;LANGUAGE=nl-BE:AEO-audit douane (monitoring)
DTSTART;VALUE=DATE:20250408
DTEND;VALUE=DATE:20250410
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Directiezaal
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "weekplanning-recurring-override",
        "040000008200E00800000000B2512AB3C4DEDB01000000000000000010000000222233334444555566667777888899AA",
        0, "", "", "", "", "recurring-weekly-planning-with-moved-occurrence",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Douane Team":mailto:douane.team@scheldtforward
 ing.be
DESCRIPTION;LANGUAGE=nl-BE:Weekplanning douane: bezetting balie + nachtshif
 t\, openstaande T1's\, EMCS e-AD's zonder ontvangstmelding\, DV-klanten me
 t achterstallige volmachten\, verlof.\n
UID:040000008200E00800000000B2512AB3C4DEDB01000000000000000010000000222233334444555566667777888899AA
SUMMARY;LANGUAGE=nl-BE:Weekplanning douaneteam
DTSTART;TZID=Romance Standard Time:20250106T081500
DTEND;TZID=Romance Standard Time:20250106T090000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Romance Standard Time:20250421T081500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241220T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Douanebalie / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Douane Team":mailto:douane.team@scheldtforward
 ing.be
DESCRIPTION;LANGUAGE=nl-BE:Verplaatst naar dinsdag wegens AEO-audit.\n
UID:040000008200E00800000000B2512AB3C4DEDB01000000000000000010000000222233334444555566667777888899AA
RECURRENCE-ID;TZID=Romance Standard Time:20250407T081500
SUMMARY;LANGUAGE=nl-BE:Weekplanning douaneteam (dinsdag!)
DTSTART;TZID=Romance Standard Time:20250410T081500
DTEND;TZID=Romance Standard Time:20250410T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=nl-BE:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-voetbal-lars",
        "FC1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8",
        0, "", "", "", "", "personal-son-football-away-match",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250310T194400Z
DTSTART:20250315T093000
DTEND:20250315T120000
DTSTAMP:20250310T194410Z
LAST-MODIFIED:20250310T194410Z
LOCATION:Sportpark Kapellen
SEQUENCE:0
SUMMARY:Voetbal Lars U12 uitmatch Kapellen - wij rijden (3 kids)
DESCRIPTION:verzamelen 8u45 aan de kantine\, shirts wassen was vorige week
TRANSP:OPAQUE
UID:FC1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "huisarts-online-booking",
        "afspraak-9921833-dr-janssens@mijnafspraak.example-huisarts.be",
        0, "", "", "", "", "personal-huisarts-online-booking",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctena//Afspraak//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:afspraak-9921833-dr-janssens@mijnafspraak.example-huisarts.be
DTSTAMP:20250224T203000Z
DTSTART:20250226T171000Z
DTEND:20250226T172500Z
SUMMARY:Afspraak bij Dr. Katrien Janssens (huisarts)
LOCATION:Groepspraktijk De Linde\, Bredabaan\, 2900 Schoten
DESCRIPTION:Consultatie op afspraak. Vergeet uw identiteitskaart niet. Annul
 eren kan tot 24 uur op voorhand.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-tandarts",
        "0D9C8B7A-6F5E-4D3C-2B1A-0F9E8D7C6B5A",
        0, "", "", "", "", "personal-dentist-typed",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
DTSTART:20250417T080000
DTEND:20250417T083000
DTSTAMP:20250403T120000Z
SUMMARY:tandarts (controle + tandsteen)
UID:0D9C8B7A-6F5E-4D3C-2B1A-0F9E8D7C6B5A
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gemeente-eid-afhalen",
        "schoten-loket-EID-20250411-0940@qmatic.schoten.be",
        0, "", "", "", "", "personal-gemeente-eid-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Qmatic//Web Booking//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:schoten-loket-EID-20250411-0940@qmatic.schoten.be
DTSTAMP:20250402T181200Z
DTSTART;TZID=Europe/Brussels:20250411T094000
DTEND;TZID=Europe/Brussels:20250411T095000
SUMMARY:Gemeente Schoten - Burgerzaken: identiteitskaart afhalen
LOCATION:Administratief Centrum\, Verbertstraat 3\, 2900 Schoten - loket 4
DESCRIPTION:Breng mee: uw oude identiteitskaart en de brief met PIN- en PUK-
 code. Afspraaknummer: EID-5531.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-aannemer-werfbespreking",
        "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        0, "", "", "", "", "personal-renovation-contractor-site-meeting",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250222T090000
DTEND;TZID=Europe/Brussels:20250222T103000
DTSTAMP:20250218T210000Z
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
SUMMARY:aannemer Verstraeten - werfbespreking badkamer + keuken
DESCRIPTION:offerte tegels nog niet ontvangen. vragen naar planning chape en
  elektricien. voorschot 2e schijf?
LOCATION:thuis
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "mock-interview-loopbaancoach",
        "coachpunt-sessie-4-wpeeters-20250307@coachpunt.be",
        0, "", "", "", "", "mock-interview-with-loopbaancoach",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Coachpunt Loopbaanbegeleiding//NL
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:coachpunt-sessie-4-wpeeters-20250307@coachpunt.be
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Brussels:20250307T180000
DTEND;TZID=Europe/Brussels:20250307T193000
SUMMARY:Loopbaanbegeleiding sessie 4: oefengesprek (rollenspel sollicitatie)
ORGANIZER;CN=Griet Hendrickx:mailto:griet@coachpunt.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=ACCEPTED:mailto:wouter.peeters.antw@telenet.be
LOCATION:Coachpunt\, Grote Steenweg\, Berchem
DESCRIPTION:Sessie 4 van je loopbaancheque-traject. We simuleren een selec
 tiegesprek voor een managementfunctie (ik speel de plantdirecteur)\, met v
 ideo-opname en feedback. Neem een vacature mee die je echt aanspreekt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "webinar-sollicitatiegesprek",
        "vdab-webinar-88231-sterk-in-je-gesprek@vdab.be",
        0, "", "", "", "", "webinar-about-job-interviews",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VDAB//Webinars//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:vdab-webinar-88231-sterk-in-je-gesprek@vdab.be
DTSTAMP:20250205T090000Z
DTSTART:20250212T190000Z
DTEND:20250212T203000Z
SUMMARY:Webinar: Sterk in je sollicitatiegesprek (ervaren profielen)
LOCATION:Online - link in je bevestigingsmail
DESCRIPTION:Hoe verkoop je 15 jaar ervaring in een eerste gesprek? Hoe ga je
  om met assessments en competentievragen (STAR)? Met tips van een selecti
 econsultant. Gratis\, via Webex Events.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "thesis-research-interview",
        "8ktb2d4f6h8j0l2n4p6r8t0v2x@google.com",
        0, "", "", "", "", "research-interview-masters-thesis",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250328T130000Z
DTEND:20250328T140000Z
DTSTAMP:20250320T111111Z
ORGANIZER;CN=Louise Verhaegen:mailto:louise.verhaegen@student.uantwerpen.be
UID:8ktb2d4f6h8j0l2n4p6r8t0v2x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=wouter.peeters@scheldtforwarding.be;X-NUM-GUESTS=0:mailto:wouter.peete
 rs@scheldtforwarding.be
DESCRIPTION:Beste Wouter\, hartelijk dank om mee te werken aan mijn masterpr
 oef (Master Maritiem en Logistiek\, UAntwerpen) over de digitalisering va
 n douaneprocessen na de invoering van DMS en NCTS fase 5. Het semigestruc
 tureerd interview duurt ca. 45 minuten en wordt opgenomen (anoniem verwer
 kt).\n\nGoogle Meet: https://meet.google.com/ytr-pqwe-zxc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview masterproef douane-digitalisering (L. Verhaegen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "podcast-opname",
        "riverside-rec-4fa2b8c1@riverside.fm",
        0, "", "", "", "", "podcast-recording-guest",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-4fa2b8c1@riverside.fm
DTSTAMP:20250430T150000Z
DTSTART:20250508T170000Z
DTEND:20250508T180000Z
SUMMARY:Podcast 'Dokwerk' opname - gast Wouter Peeters
ORGANIZER;CN=Ruben Claessens:mailto:ruben@dokwerkpodcast.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=ACCEPTED:mailto:wouter.peeters.antw@telenet.be
LOCATION:https://riverside.fm/studio/dokwerk
DESCRIPTION:Aflevering 41: 'Wie doet eigenlijk de douane?' – gesprek over he
 t beroep van declarant\, tekort aan mensen en wat AI gaat veranderen. Koptele
 foon aub\, geen AirPods.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "informational-coffee",
        "9lu3e5g7i9k1m3o5q7s9u1w3y5@google.com",
        0, "", "", "", "", "informational-coffee-ex-colleague-named-company",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250221T123000
DTEND;TZID=Europe/Brussels:20250221T133000
DTSTAMP:20250217T081500Z
ORGANIZER;CN=Bart Smolders:mailto:bart.smolders@gmail.com
UID:9lu3e5g7i9k1m3o5q7s9u1w3y5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=wouter.peeters.antw@telenet.be;X-NUM-GUESTS=0:mailto:wouter.peeters.a
 ntw@telenet.be
DESCRIPTION:Lunch! Ik vertel je graag hoe het is om van een expediteur naar
  trade compliance bij een chemiebedrijf over te stappen (ik zit nu 2 jaar
  bij Vanguard). Geen vacature hoor\, gewoon bijpraten en tips.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch Bart S. - ervaring trade compliance
LOCATION:Brasserie Het Pomphuis\, Siberiastraat\, Antwerpen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "jobbeurs-all-day",
        "jobbeurs-logistiek-2025@antwerpexpo.be",
        0, "", "", "", "", "careers-fair-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Antwerp Expo//Events//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:jobbeurs-logistiek-2025@antwerpexpo.be
DTSTAMP:20250301T080000Z
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
SUMMARY:Jobbeurs Logistiek & Haven 2025
LOCATION:Antwerp Expo\, Jan Van Rijswijcklaan 191\, Antwerpen
DESCRIPTION:Meer dan 80 werkgevers uit haven\, transport en logistiek. Gra
 tis toegang met registratie. CV-check en speeddates met recruiters doorlop
 end in hal 2.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "referentiegesprek-as-referee",
        "040000008200E00800000000C3623BC4D5EFDB01000000000000000010000000333344445555666677778888999AAAAB",
        0, "", "", "", "", "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Wynants, Elke":mailto:elke.wynants@meridianlines.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Wouter\,\n\nKristof Meeus heeft u opgegeven a
 ls referentie voor de functie van senior declarant bij ons. Mag ik u kort
  bellen over zijn werk in uw team (2019-2023)?\n\nMvg\,\nElke Wynants\nTal
 ent Acquisition\n
UID:040000008200E00800000000C3623BC4D5EFDB01000000000000000010000000333344445555666677778888999AAAAB
SUMMARY;LANGUAGE=nl-BE:Referentiegesprek Kristof Meeus
DTSTART;TZID=Romance Standard Time:20250123T110000
DTEND;TZID=Romance Standard Time:20250123T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Telefoon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
]
