"""holdout212 events, part c: Rotterdam (Dutch), Luxembourg, German, Spanish, a founder on free mail, a headhunter."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "recruitee-eerste-gesprek",
        "recruitee-interview-5521934@recruitee.com",
        1, "Van der Hoek Logistics", "Manager Douane & Compliance", "recruiter_screen",
        "marloes.dekker@vanderhoeklogistics.nl", "recruitee-netherlands-dutch-teams-amsterdam-tz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
@@TZ_AMS@@
BEGIN:VEVENT
UID:recruitee-interview-5521934@recruitee.com
DTSTAMP:20250303T101500Z
DTSTART;TZID=Europe/Amsterdam:20250310T160000
DTEND;TZID=Europe/Amsterdam:20250310T164500
SUMMARY:Sollicitatiegesprek Manager Douane & Compliance - Wouter Peeters
ORGANIZER;CN=Marloes Dekker:mailto:marloes.dekker@vanderhoeklogistics.nl
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Marloes Dekker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marloes.dekker@vanderhoeklogistics.
 nl
LOCATION:Microsoft Teams (link volgt)
DESCRIPTION:Hoi Wouter\,\n\nLeuk dat je hebt gesolliciteerd op de vacature
  Manager Douane & Compliance bij Van der Hoek Logistics! Graag plannen we e
 en eerste (online) kennismaking in. Tijdens dit gesprek vertel ik je meer
  over ons bedrijf en ons douaneteam op de Maasvlakte\, en zijn we benieuwd n
 aar jouw ervaring als teamleider en met de Belgische douane (PLDA/DMS) ten
  opzichte van AGS/DMS in Nederland.\n\nMocht het tijdstip niet schikken\, l
 aat het me dan even weten.\n\nMet vriendelijke groet\,\nMarloes Dekker\nCor
 porate Recruiter\nVan der Hoek Logistics B.V.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-weurope-tweede-gesprek",
        "040000008200E00074C5B7101A82E00800000000A0F3E2D1C296DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        1, "Van der Hoek Logistics", "Manager Douane & Compliance", "onsite",
        "erik.vandenberg@vanderhoeklogistics.nl;marloes.dekker@vanderhoeklogistics.nl",
        "outlook-weurope-tz-tweede-gesprek-op-locatie-rotterdam",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Erik van den Berg":mailto:erik.vandenberg@vanderhoeklogistics.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wouter Peeters":mailto:wouter.peeters.antw
 @telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marloes Dekker":mailto:marloes.dekker@vanderho
 eklogistics.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MV2 - Spreekkamer Noordzee":mailto:mv2.spreekk
 amer.noordzee@vanderhoeklogistics.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Wouter\,\n\nNaar aanleiding van je gesprek
  met Marloes nodig ik je graag uit voor een tweede gesprek bij ons op de M
 aasvlakte. We nemen je casus over de AEO-herbeoordeling door en ik laat je
  graag de douaneafdeling en de scanlocatie zien.\n\nParkeren kan op het be
 zoekersterrein naast de slagboom\, meld je bij de receptie.\n\nGroet\,\nEr
 ik van den Berg\nDirecteur Operations\n
UID:040000008200E00074C5B7101A82E00800000000A0F3E2D1C296DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=nl-NL:Tweede gesprek W. Peeters - Manager Douane & Compliance
DTSTART;TZID=W. Europe Standard Time:20250325T100000
DTEND;TZID=W. Europe Standard Time:20250325T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T083011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:MV2 - Spreekkamer Noordzee\, Europaweg 8xx Maasvlakte Rotterdam
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "skeeled-video-interview",
        "skeeled-7f3e2a10-4c5d-4e6f-8a9b-0c1d2e3f4a5b@skeeled.com",
        1, "Bettembourg Multimodal", "Head of Customs & Trade Compliance", "recruiter_screen",
        "sophie.weber@bmm.lu", "skeeled-luxembourg-tz-video-screen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//skeeled//Interview Planner 3.2//EN
METHOD:REQUEST
@@TZ_LUX@@
BEGIN:VEVENT
UID:skeeled-7f3e2a10-4c5d-4e6f-8a9b-0c1d2e3f4a5b@skeeled.com
DTSTAMP:20250404T120000Z
DTSTART;TZID=Europe/Luxembourg:20250410T140000
DTEND;TZID=Europe/Luxembourg:20250410T144500
SUMMARY:Video interview | Head of Customs & Trade Compliance | Bettembourg Multimodal
ORGANIZER;CN=Bettembourg Multimodal HR:mailto:noreply@skeeled.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Sophie Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.weber@bmm.lu
LOCATION:Zoom - https://bmm-lu.zoom.us/j/86530217744?pwd=Zk5hQ3JtV0x1bEtx
DESCRIPTION:Dear Wouter\,\n\nThank you for applying. You are invited to a v
 ideo interview with Sophie Weber (Talent Acquisition Lead) for the positio
 n Head of Customs & Trade Compliance at our terminal in Bettembourg/Dudel
 ange. The interview will be held in English\; some questions may be asked
  in French.\n\nJoin Zoom Meeting\nhttps://bmm-lu.zoom.us/j/86530217744?pwd=
 Zk5hQ3JtV0x1bEtx\nMeeting ID: 865 3021 7744\nPasscode: 442913\nOne tap mob
 ile +35220336520\,\,86530217744# Luxembourg\n\nBest regards\,\nBMM Human R
 esources\n\nPowered by skeeled
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "luxembourg-final-onsite",
        "040000008200E00074C5B7101A82E00800000000C0E2B4A6F89ADB010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9",
        1, "Bettembourg Multimodal", "Head of Customs & Trade Compliance", "final",
        "jean-marc.hoffmann@bmm.lu;sophie.weber@bmm.lu", "outlook-luxembourg-final-entretien-french-english",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="HOFFMANN Jean-Marc";SENT-BY="mailto:assistante.direction@bmm.lu":mailto:jean-marc.hoffmann@bm
 m.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="WEBER Sophie":mailto:sophie.weber@bmm.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BET-Salle du Conseil":mailto:bet-salleconseil@
 bmm.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Peeters\,\n\nDear Wouter\,\n\nF
 inal interview with Jean-Marc Hoffmann (CEO) and Sophie Weber. Please all
 ow 90 minutes. A parking space is reserved in your name at the gate (Eurohu
 b Sud). Travel expenses will be reimbursed on presentation of receipts.\n
 \nCordialement / Kind regards\,\nSecrétariat de Direction\n
UID:040000008200E00074C5B7101A82E00800000000C0E2B4A6F89ADB010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=fr-FR:Entretien final - Head of Customs & Trade Compliance - W. Peeters
DTSTART;TZID=W. Europe Standard Time:20250429T100000
DTEND;TZID=W. Europe Standard Time:20250429T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T151902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:BET-Salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "personio-vorstellungsgespraech",
        "personio-interview-3398127-20250313@personio.de",
        1, "Hanseatische Kühlschiff-Reederei", "Teamleiter Zoll & Außenhandel Antwerpen", "hiring_manager",
        "k.brandt@hkr-reederei.de;Anja Sievers", "personio-german-vorstellungsgespraech-berlin-tz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-interview-3398127-20250313@personio.de
DTSTAMP:20250306T131400Z
DTSTART;TZID=Europe/Berlin:20250313T150000
DTEND;TZID=Europe/Berlin:20250313T160000
SUMMARY:Vorstellungsgespräch: Teamleiter Zoll & Außenhandel Antwerpen (m/w/d)
ORGANIZER;CN=Hanseatische Kühlschiff-Reederei Recruiting:mailto:recruiting@hkr-reederei.de
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Klaus Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.brandt@hkr-reederei.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Peeters\,\n\nvielen Dank für Ihre Bewerbung.
  Gerne möchten wir Sie zu einem Vorstellungsgespräch per Microsoft Teams e
 inladen. Ihre Gesprächspartner sind Klaus Brandt (Leiter Zoll & Außenwirts
 chaft) und Anja Sievers (Personalreferentin).\n\nDas Gespräch wird auf Deu
 tsch geführt\; einzelne Fragen zu Ihren Erfahrungen mit dem Antwerpener Ha
 fen gerne auch auf Englisch.\n\nDen Einwahllink erhalten Sie am Vortag.\n\n
 Mit freundlichen Grüßen\nIhr Recruiting-Team\nHanseatische Kühlschiff-Reed
 erei GmbH\, Hamburg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "teamtailor-entrevista-spanish",
        "tt-interview-912774-ab41f0@teamtailor.com",
        1, "Grupo Levante Tránsitos", "Responsable de Aduanas - Delegación Amberes", "recruiter_screen",
        "lucia.martinez@levantetransitos.es", "teamtailor-spanish-entrevista-madrid-tz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:tt-interview-912774-ab41f0@teamtailor.com
DTSTAMP:20250409T082000Z
DTSTART;TZID=Europe/Madrid:20250415T110000
DTEND;TZID=Europe/Madrid:20250415T114500
SUMMARY:Entrevista: Responsable de Aduanas - Delegación Amberes
ORGANIZER;CN=Lucía Martínez:mailto:lucia.martinez@levantetransitos.es
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Lucía Martínez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.martinez@levantetransitos.es
LOCATION:Google Meet - https://meet.google.com/qvx-hdet-pwa
DESCRIPTION:Hola Wouter\,\n\nGracias por tu interés en Grupo Levante Tránsit
 os. Te confirmamos la entrevista por videollamada para el puesto de Respon
 sable de Aduanas en nuestra nueva delegación de Amberes.\n\nLa entrevista
  será con Lucía Martínez (Selección y Talento). Podemos hacerla en inglés s
 i lo prefieres.\n\nUnirse con Google Meet: https://meet.google.com/qvx-hd
 et-pwa\n\nUn saludo\,\nEquipo de Personas – Grupo Levante Tránsitos\, Val
 encia
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "founder-gmail-koffie",
        "3ub7f0c9hk2l5m8n1p4q6r0s2t@google.com",
        1, "ClearPass", "Head of Customs Operations", "hiring_manager", "pj.vanaken@gmail.com",
        "founder-free-mail-koffie-is-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T073000Z
DTEND:20250320T083000Z
DTSTAMP:20250316T201533Z
ORGANIZER;CN=Pieter-Jan Van Aken:mailto:pj.vanaken@gmail.com
UID:3ub7f0c9hk2l5m8n1p4q6r0s2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pieter-Jan Van Aken;X-NUM-GUESTS=0:mailto:pj.vanaken@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=wouter.peeters.antw@telenet.be;X-NUM-GUESTS=0:mailto:wouter.peeter
 s.antw@telenet.be
DESCRIPTION:Hey Wouter\, top dat je wil afspreken. We zoeken iemand die ons
  douaneteam (nu 4 declaranten + tooling) opbouwt als Head of Customs Opera
 tions bij ClearPass. Ik wil je vooral horen over hoe je een team declarant
 en runt en wat je van onze AI-classificatie vindt. Daarna doet mijn cofoun
 der Nele de technische kant.\n\nKoffie op mij :)\nPJ
LOCATION:Kaffee Kaffee\, Kammenstraat\, Antwerpen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Koffie PJ (ClearPass) x Wouter - Head of Customs Ops
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "headhunter-client-in-body",
        "2025031211300048f7a1c2@keystone-search.be",
        1, "Kallo Polymers", "Supply Chain & Customs Manager", "recruiter_screen", "tom.verlinden@keystone-search.be",
        "headhunter-names-employer-only-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Keystone Executive Search//Outlook Add-in//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:2025031211300048f7a1c2@keystone-search.be
DTSTAMP:20250312T113000Z
DTSTART;TZID=Europe/Brussels:20250317T123000
DTEND;TZID=Europe/Brussels:20250317T131500
SUMMARY:Call Tom Verlinden / Wouter Peeters
ORGANIZER;CN=Tom Verlinden:mailto:tom.verlinden@keystone-search.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
LOCATION:Ik bel je op je gsm
DESCRIPTION:Dag Wouter\,\n\nBetreft: ons mandaat Supply Chain & Customs Man
 ager bij Kallo Polymers NV (Kallo\, Waaslandhaven). Zoals kort gemeld via
  LinkedIn loop ik graag je CV door en stel ik je een aantal vragen over je
  ervaring met accijnzen\, AEO en leidinggeven aan ploegen. Als het klikt\,
  stel ik je voor aan hun VP Supply Chain.\n\nGroeten\,\nTom Verlinden\nPar
 tner – Keystone Executive Search\n+32 475 xx xx 03
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-vp-supply-chain",
        "040000008200E00074C5B7101A82E00800000000B1F0D7C3A59CDB01000000000000000010000000C0FFEE1234567890ABCDEF0123456789",
        1, "Kallo Polymers", "Supply Chain & Customs Manager", "hiring_manager", "ann.heylen@kallopolymers.com",
        "outlook-english-vp-interview-after-headhunter",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Heylen, Ann (KPO-ANT)":mailto:ann.heylen@kallopolymers.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tom.verlinden@keystone-search.be:mailto:tom
 .verlinden@keystone-search.be
DESCRIPTION;LANGUAGE=en-US:Dear Wouter\,\n\nTom Verlinden shared your profi
 le with us. I would be glad to meet you for the Supply Chain & Customs Man
 ager position. We will mostly talk in English as our leadership team is i
 nternational\, but Dutch is fine as well.\n\nPlease report to the visitor
  centre\, Haandorpweg\, Kallo.\n\nBest regards\,\nAnn Heylen\nVP Supply Chai
 n Benelux\n
UID:040000008200E00074C5B7101A82E00800000000B1F0D7C3A59CDB01000000000000000010000000C0FFEE1234567890ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Meeting Ann Heylen - Wouter Peeters (SC & Customs Manager)
DTSTART;TZID=Romance Standard Time:20250401T160000
DTEND;TZID=Romance Standard Time:20250401T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T100844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Kallo Polymers - Visitor Centre
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
