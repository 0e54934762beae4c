"""holdout240 events, part f: interviews in French, Spanish, German and Afrikaans, and Thabo's own entries."""

EVENTS = [
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000FA1B2C3D4E5FDB0100000000000000001000000"
        "0A0B0C0D0E0F101112131415161718191", y=1, company="Groupe Vauclair",
        role="Contrôleur financier Afrique australe (H/F)", stage="recruiter_screen",
        who="claire.morel@vauclair.fr", trap="french-entretien-rh-romance-zone",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_ROM@@
BEGIN:VEVENT
ORGANIZER;CN="MOREL Claire":mailto:claire.morel@vauclair.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Thabo\,\n\nSuite à votre candidature au
  poste de Contrôleur financier Afrique australe (H/F) basé à Johannesburg\,
  je vous propose un premier entretien RH en visio (Teams)\, en anglais ou e
 n français selon votre préférence.\n\nBien cordialement\,\nClaire Morel\nCh
 argée de recrutement - Direction Financière Groupe\n\n____________________
 ____________________________________________________________\nRéunion Mic
 rosoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_Zjk4\nID de la réunion : 381 004 552 619  Code secret : aB3xP7\n___
 _____________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000FA1B2C3D4E5FDB0100000000000000
 0010000000A0B0C0D0E0F101112131415161718191
SUMMARY;LANGUAGE=fr-FR:Entretien RH - Contrôleur financier Afrique australe
  - T. Nkosi
DTSTART;TZID=Romance Standard Time:20250214T100000
DTEND;TZID=Romance Standard Time:20250214T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T154412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="9p8o7i6u5y4t3r2e1w0q@google.com", y=1, company="Groupe Vauclair",
        role="Contrôleur financier Afrique australe", stage="hiring_manager",
        who="laurent.giraud@vauclair.fr;claire.morel@vauclair.fr", trap="french-entretien-daf-zone-paris",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
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
DTSTART;TZID=Europe/Paris:20250227T150000
DTEND;TZID=Europe/Paris:20250227T160000
DTSTAMP:20250220T101010Z
ORGANIZER;CN=Claire Morel:mailto:claire.morel@vauclair.fr
UID:9p8o7i6u5y4t3r2e1w0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laurent Giraud;X-NUM-GUESTS=0:mailto:laurent.giraud@vauclair.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Morel;X-NUM-GUESTS=0:mailto:claire.morel@vauclair.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Deuxième entretien avec Laurent Giraud\, Directeur Administrati
 f et Financier Afrique\, en présence de Claire. Durée : 1h. L'entretien se
  déroulera en anglais.\n\nRejoindre avec Google Meet : https://meet.google.
 com/ivx-mrfa-bdn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien DAF Afrique / Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000"
        "6677889900AABBCCDDEEFF0011223344", y=1, company="Océan Indien Capital", role="Finance Manager",
        stage="", who="anne-laure.ramdin@oic.mu;vikash.jugnauth@oic.mu",
        trap="mauritius-zone-bilingual-panel",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@MRU@@
BEGIN:VEVENT
ORGANIZER;CN="Ramdin, Anne-Laure":mailto:Anne-Laure.Ramdin@oic.mu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jugnauth
 , Vikash":mailto:Vikash.Jugnauth@oic.mu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Thabo\,\n\nNous avons le plaisir de vous
  convier à un entretien pour le poste de Finance Manager au sein d'Océan In
 dien Capital (Ebène). Le panel sera composé de Vikash Jugnauth (CFO) et moi
 -même (HR Manager).\n\nThe interview will be in English. Please note the ti
 me is Mauritius time (GMT+4) - 09:00 in Johannesburg.\n\nCordialement\,\nAnn
 e-Laure Ramdin\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_MWU3\n
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB0100000000000000
 00100000006677889900AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=fr-FR:Entretien / Interview - Finance Manager - Thabo Nkosi
DTSTART;TZID=Indian/Mauritius:20250320T110000
DTEND;TZID=Indian/Mauritius:20250320T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T060312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="0c5v7b9n1m3q5w7e9r1t@google.com", y=1, company="Minera Andes Servicios",
        role="Controller Financiero - Sudáfrica", stage="", who="rodrigo.fuentes@mineraandes.cl",
        trap="spanish-entrevista-madrid-zone",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@MAD@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250318T160000
DTEND;TZID=Europe/Madrid:20250318T170000
DTSTAMP:20250312T174455Z
ORGANIZER;CN=Rodrigo Fuentes:mailto:rodrigo.fuentes@mineraandes.cl
UID:0c5v7b9n1m3q5w7e9r1t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rodrigo Fuentes;X-NUM-GUESTS=0:mailto:rodrigo.fuentes@mineraandes.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Hola Thabo\,\n\nTe envío la invitación para la entrevista por e
 l cargo de Controller Financiero para nuestra filial en Sudáfrica (contrato
 s de perforación y voladura en Northern Cape). Estaré en Madrid esa semana\,
  por eso la hora es de España. Podemos hablar en inglés.\n\nSaludos\,\nRodr
 igo Fuentes\nGerente de Administración y Finanzas\n\nUnirse con Google Meet
 : https://meet.google.com/fyq-zbtr-ouk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Controller Financiero Sudáfrica - Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000DE12AD34BE56DB01000000000000000010000000"
        "5566778899AABBCC0011223344556677", y=1, company="Hessler Automotive", role="Finance Manager (m/w/d)",
        stage="", who="m.brandt@hessler-automotive.de;s.pillay@hessler.co.za",
        trap="german-vorstellungsgespraech-outlook",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Matthias":mailto:M.Brandt@hessler-automotive.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pillay, Suren":mailto:S.Pillay@hessler.co.za
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Nkosi\,\n\nwie telefonisch be
 sprochen\, lade ich Sie herzlich zu einem Vorstellungsgespräch für die Posi
 tion Finance Manager (m/w/d) in unserem Werk in Rosslyn\, Pretoria\, ein. A
 m Gespräch nimmt auch Herr Suren Pillay (Plant Manager Rosslyn) teil. Das
  Gespräch findet auf Englisch statt.\n\nMit freundlichen Grüßen\nMatthias B
 randt\nLeiter Controlling International\n\nMicrosoft Teams-Besprechung\nJe
 tzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_YzEx\nBesprechungs-ID: 355 601 228 409  Kennung: hK8sW2\n
UID:040000008200E00074C5B7101A82E00800000000DE12AD34BE56DB0100000000000000
 00100000005566778899AABBCC0011223344556677
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Finance Manager Werk Rosslyn -
  Hr. Nkosi
DTSTART;TZID=W. Europe Standard Time:20250402T090000
DTEND;TZID=W. Europe Standard Time:20250402T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T120044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="4f6g8h0j2k4l6z8x0c2v@google.com", y=1, company="Boland Wynkelders",
        role="Finansiële Bestuurder", stage="", who="hennie.delport@bolandwyn.co.za;elmarie.roux@bolandwyn.co.za",
        trap="afrikaans-onderhoud-paarl",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250410T100000
DTEND;TZID=Africa/Johannesburg:20250410T113000
DTSTAMP:20250403T082211Z
ORGANIZER;CN=Elmarie Roux:mailto:elmarie.roux@bolandwyn.co.za
UID:4f6g8h0j2k4l6z8x0c2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hennie Delport;X-NUM-GUESTS=0:mailto:hennie.delport@bolandwyn.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elmarie Roux;X-NUM-GUESTS=0:mailto:elmarie.roux@bolandwyn.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Goeie dag Thabo\,\n\nDankie vir jou aansoek. Ons nooi jou graag
  uit na 'n onderhoud vir die pos van Finansiële Bestuurder by ons kantoor i
 n Paarl. Die paneel bestaan uit Hennie Delport (Hoof Uitvoerende Beampte) e
 n myself (Menslike Hulpbronne). Die onderhoud kan in Engels gevoer word.\n\n
 Ons sal 'n kort praktiese oefening oor kontantvloei en oesjaar-voorraadwaa
 rdasie insluit.\n\nVriendelike groete\nElmarie Roux
LOCATION:Boland Wynkelders\, Noorder-Paarl
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onderhoud: Finansiële Bestuurder - Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="1B2C3D4E-5F60-4718-8293-A4B5C6D7E8F9", y=1, company="Masakhane Facilities",
        role="", stage="recruiter_screen", who="Lerato", trap="handtyped-phone-screen-abbreviations",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250206T121033Z
DTSTAMP:20250206T121101Z
UID:1B2C3D4E-5F60-4718-8293-A4B5C6D7E8F9
DTSTART;TZID=Africa/Johannesburg:20250207T123000
DTEND;TZID=Africa/Johannesburg:20250207T130000
SUMMARY:Masakhane FM role - tel screen w Lerato (HR)
DESCRIPTION:she calls me on cell. take it in the car (lunch). Salary exp: a
 sk for package not CTC. Notice period 1 month.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D", y=1, company="Masakhane Facilities",
        role="", stage="", who="", trap="handtyped-second-round-typo-floating",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D
DTSTAMP:20250212T180455Z
DTSTART:20250219T073000
DTEND:20250219T090000
SUMMARY:2nd round intervew Masakhane - Rosebank
LOCATION:Oxford Parks\, 199 Oxford Rd\, Rosebank
DESCRIPTION:bring certified copies ID + quals + SAICA cert. Ask for Mr Tshab
 alala. Leave 6:30 - Jan Smuts traffic eish
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="desktop-entry", uid="2025-03-07-vuka-fc@thabo-macbook", y=1, company="Vuka Cement",
        role="FC", stage="", who="", trap="handtyped-interview-midrand-no-attendees", eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
UID:2025-03-07-vuka-fc@thabo-macbook
DTSTAMP:20250303T201114Z
DTSTART;TZID=Africa/Johannesburg:20250307T140000
DTEND;TZID=Africa/Johannesburg:20250307T153000
SUMMARY:Vuka Cement - FC interview
LOCATION:Vuka Cement Head Office\, Waterfall\, Midrand
DESCRIPTION:w/ Financial Director (Mr Naidoo) + HR. Took half day leave. Re
 ad: kiln capex\, carbon tax\, IFRS 16 on rail wagons. Ask re reporting line
  & team size.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000034EF56AB78CDDB01000000000000000010000000"
        "1A2B3C4D5E6F708192A3B4C5D6E7F809", y=1, company="Gauteng Bulk Water Board",
        role="Finance Manager: Financial Accounting", stage="", who="lindiwe.mkhabela@gbwb.co.za;"
        "andries.nel@gbwb.co.za;zodwa.khumalo@gbwb.co.za", trap="public-entity-competency-interview-utc",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Recruitment, GBWB":mailto:recruitment@gbwb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mkhabela
 , Lindiwe":mailto:Lindiwe.Mkhabela@gbwb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nel, Andries":mailto:Andries.Nel@gbwb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Khumalo,
  Zodwa":mailto:Zodwa.Khumalo@gbwb.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="HO Committee R
 oom 2":mailto:ho.committee2@gbwb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Candidate\,\n\nREF: GBWB/FIN/2025/07 - FIN
 ANCE MANAGER: FINANCIAL ACCOUNTING\n\nYou have been shortlisted for a compe
 tency-based interview. The interview panel: Ms L Mkhabela (CFO)\, Mr A Nel (
 Senior Manager: Financial Reporting) and Ms Z Khumalo (HR Manager). You wi
 ll also write a 30-minute written assessment (GRAP and PFMA) before the int
 erview.\n\nPlease bring original ID\, certified qualifications and SAICA pr
 oof of membership. Candidates must arrive 30 minutes before the interview.\n
UID:040000008200E00074C5B7101A82E0080000000034EF56AB78CDDB0100000000000000
 00100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=en-ZA:INTERVIEW: FINANCE MANAGER FINANCIAL ACCOUNTING - T
  NKOSI
DTSTART:20250317T080000Z
DTEND:20250317T093000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T070014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Head Office\, Committee Room 2\, Rietvlei
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="6a8s0d2f4g6h8j0k2l4z@google.com", y=1, company="De Waal Fruit Exporters",
        role="Financial Manager", stage="hiring_manager", who="pieter.dewaal@dewaalfruit.co.za",
        trap="family-business-owner-meet-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250313T070000Z
DTEND:20250313T080000Z
DTSTAMP:20250310T130011Z
ORGANIZER;CN=Pieter de Waal:mailto:pieter.dewaal@dewaalfruit.co.za
UID:6a8s0d2f4g6h8j0k2l4z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pieter de Waal;X-NUM-GUESTS=0:mailto:pieter.dewaal@dewaalfruit.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Thabo - thanks for the CV. Let's have a proper chat about the F
 inancial Manager job. We export citrus and grapes from Ceres to the EU and
  UK\, so forex hedging and the packhouse cost model are big. If it goes well
  I'll ask you down to Ceres to meet my brother.\n\nPieter\n\nJoin with Goog
 le Meet: https://meet.google.com/dwf-kbyv-nqp
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thabo Nkosi / Pieter de Waal - Financial Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000"
        "44DD55EE66FF770011882299AA33BB44", y=1, company="Mogale Platinum", role="Financial Controller",
        stage="recruiter_screen", who="andrew.fletcher@khanyasearch.co.za",
        trap="headhunter-names-employer-only-in-body",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Fletcher, Andrew":mailto:andrew.fletcher@khanyasearch.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=en-ZA:Thabo\,\n\nGood to speak earlier. As agreed\, le
 t's meet for coffee at Melrose Arch so I can take you through the brief pro
 perly and interview you before I put you forward. The client is Mogale Pla
 tinum (Rustenburg operations) and the role is Financial Controller reportin
 g to the CFO - they want someone with contractor cost management and a JSE
  reporting background.\n\nRegards\nAndrew Fletcher\nPartner | Khanya Execut
 ive Search\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000
 001000000044DD55EE66FF770011882299AA33BB44
SUMMARY;LANGUAGE=en-ZA:Thabo Nkosi / Andrew Fletcher
DTSTART;TZID=South Africa Standard Time:20250321T073000
DTEND;TZID=South Africa Standard Time:20250321T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T155023Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Tashas Melrose Arch
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite", uid="b1c2d3e4f5a6478899aabbccddeeff00@webex.com", y=1, company="Ridgeback Bank",
        role="Finance Manager: Treasury Accounting", stage="", who="nokuthula.hadebe@ridgebackbank.co.za",
        trap="webex-bank-interview-no-stage",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:b1c2d3e4f5a6478899aabbccddeeff00@webex.com
DTSTAMP:20250325T111200Z
DTSTART;TZID=Africa/Johannesburg:20250331T140000
DTEND;TZID=Africa/Johannesburg:20250331T150000
SUMMARY:Thabo Nkosi - Finance Manager: Treasury Accounting
DESCRIPTION:Nokuthula Hadebe invites you to join this Webex meeting.\n\nMee
 ting number (access code): 2654 901 338\nMeeting password: Rbk2025!\n\nJoin
  meeting: https://ridgebackbank.webex.com/ridgebackbank/j.php?MTID=m6c1e0a
 \n\nJoin by phone\n+27-11-019-7000 South Africa Toll\nAccess code: 2654 901
  338\n\nAgenda: interview for the Finance Manager: Treasury Accounting role
  (IFRS 9\, hedge accounting\, ALM reporting). Please keep your camera on.
LOCATION:Webex
ORGANIZER;CN=Nokuthula Hadebe:mailto:nokuthula.hadebe@ridgebackbank.co.za
ATTENDEE;CN=thabo.nkosi.ca@gmail.com;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
]
