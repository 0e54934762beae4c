# ruff: noqa: E501, W291, W293, RUF100
"""holdout252 events, part c: more of the user's own interviews (ports, authorities, offshore, agencies, owners)."""

from holdout252ev_zones import VTZ_BERLIN, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="ios-handtyped-no-role",
        uid="7B6A5948-3726-4150-9F8E-7D6C5B4A3928",
        is_interview=1,
        company="Elbe Marine Surveyors",
        role="",
        stage="",
        interviewers="Hr. Kahl",
        trap="terse-vorstellung-acronym-ems",
        hiring=False,
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260221T184402Z
DTEND;TZID=Europe/Berlin:20260226T150000
DTSTAMP:20260221T184420Z
DTSTART;TZID=Europe/Berlin:20260226T140000
LAST-MODIFIED:20260221T184420Z
LOCATION:EMS Büro Reiherstieg
SEQUENCE:0
SUMMARY:Vorstellen bei EMS (Elbe Marine Surveyors) Hr. Kahl - Surveyor-Stelle
TRANSP:OPAQUE
UID:7B6A5948-3726-4150-9F8E-7D6C5B4A3928
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-cancelled",
        uid="2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com",
        is_interview=1,
        company="Hafen Brunsbüttel Ports",
        role="Hafenkapitän (m/w/d)",
        stage="hiring_manager",
        interviewers="g.wendt@hafen-brunsbuettel.de",
        trap="status-cancelled-in-calendar-export",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jh.ohlsen@t-online.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260225T090000Z
DTEND:20260225T100000Z
DTSTAMP:20260301T120000Z
ORGANIZER;CN=Gerd Wendt:mailto:g.wendt@hafen-brunsbuettel.de
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=jh.ohl
 sen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gerd W
 endt;X-NUM-GUESTS=0:mailto:g.wendt@hafen-brunsbuettel.de
CREATED:20260210T081000Z
DESCRIPTION:Vorstellungsgespräch Hafenkapitän (m/w/d) mit Gerd Wendt\, Ges
 chäftsführer Hafen Brunsbüttel Ports GmbH.
LAST-MODIFIED:20260219T170233Z
LOCATION:Hafenverwaltung Brunsbüttel\, Elbehafen
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Vorstellungsgespräch Hafenkapitän
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-authority-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1,
        company="Amt für Seeverkehr Cuxhaven",
        role="Nautiker/in in der Verkehrszentrale",
        stage="onsite",
        interviewers="a.rolfs@asv-cuxhaven.de;o.hansen@asv-cuxhaven.de",
        trap="authority-vts-auswahlgespraech-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Rolfs, Annika Dr.":mailto:a.rolfs@asv-cuxhaven.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hansen, Ole":mailto:o.hansen@asv-cuxhaven.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Personalrat ASV":mailto:personalrat@asv-cuxhaven.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CUX Raum 1.07":mailto:raum107@asv-cuxhaven.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Ohlsen\,\n\nzur Stellenaussc
 hreibung Kennziffer ASV-N-04/2026 (Nautikerin/Nautiker in der Verkehrszent
 rale Cuxhaven\, EG 12 TVöD) laden wir Sie zu einem strukturierten Auswahlg
 espräch ein. Auswahlkommission: Dr. Annika Rolfs (Sachgebietsleitung Verk
 ehrszentrale)\, Kapt. Ole Hansen (Schichtleiter VTS). Der Personalrat ist
  beteiligt.\n\nIm Anschluss: kurze Lagebildübung an einem VTS-Arbeitsplatz
 .\n\nMit freundlichen Grüßen\nIm Auftrag\nDr. Rolfs
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch ASV-N-04/2026 - Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260316T090000
DTEND;TZID=W. Europe Standard Time:20260316T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260304T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:CUX Raum 1.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="microsoft-bookings",
        uid="040000008200E00074C5B7101A82E0080000000042AE7D3F1BA9DC0100000000000000001000000031C6F7E8D9A0B1C2D3E4F5A6B7C8D9E0",
        is_interview=1,
        company="Nordsee-Forschungsflotte",
        role="Kapitän/in Forschungsschiff",
        stage="hiring_manager",
        interviewers="h.witt@nordsee-forschungsflotte.de",
        trap="microsoft-bookings-staff-member-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Bewerbungsgespräche NFF:mailto:BewerbungsgespraecheNFF@nordseeforschungsflotte.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan-Hendrik Ohlsen:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Witt, Hannah":mailto:h.witt@nordsee-forschungsflotte.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung ist bestätigt.\n\nDienst: Vorstell
 ungsgespräch Kapitän/in Forschungsschiff (60 Minuten)\nMitarbeiter: Hanna
 h Witt (Leitung Schiffsbetrieb)\n\nSie können Ihre Buchung verwalten: htt
 ps://outlook.office365.com/owa/calendar/BewerbungsgespraecheNFF@nordseefo
 rschungsflotte.onmicrosoft.com/bookings/\n\n______________________________
 __________________________________________________\nMicrosoft Teams-Bespre
 chung\nBesprechungs-ID: 318 445 902 117\nKennung: w8Xa3N\n____________________
 ____________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000042AE7D3F1BA9DC0100000000000000001000000031C6F7E8D9A0B1C2D3E4F5A6B7C8D9E0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Kapitän/in Forschungsschiff
DTSTART;TZID=W. Europe Standard Time:20260223T100000
DTEND;TZID=W. Europe Standard Time:20260223T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T194400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-mandant-teams",
        uid="040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DC01000000000000000010000000D2E3F405162738495A6B7C8D9EAFB0C1",
        is_interview=1,
        company="Hanse LNG Bunkering",
        role="Kapitän LNG-Bunkerschiff",
        stage="recruiter_screen",
        interviewers="t.luedemann@kueste-personal.de",
        trap="headhunter-names-mandant-in-subject",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lüdemann, Torsten":mailto:t.luedemann@kueste-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ohlsen\,\n\nwie angekündigt unser In
 terview zur Position Kapitän LNG-Bunkerschiff für unseren Mandanten Hanse 
 LNG Bunkering GmbH (Brunsbüttel/Hamburg). Ich würde gern Ihre IGF-Erfahru
 ng und Ihre Wechselmotivation besprechen\, bevor ich Sie dem Mandanten vor
 stelle.\n\nBeste Grüße\nTorsten Lüdemann\nKüste Personalberatung\n\n______
 __________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nBesprechungs-ID: 301 662 774 218\nKennung: 
 uN4vP7\n
UID:040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DC01000000000000000010000000D2E3F405162738495A6B7C8D9EAFB0C1
SUMMARY;LANGUAGE=de-DE:Interview Kapitän LNG-Bunkerschiff (Mandant Hanse LNG) - Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260114T173000
DTEND;TZID=W. Europe Standard Time:20260114T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-confirmation",
        uid="greenhouse-interview-4021837004-ohlsen@cimbria-heavylift.greenhouse.io",
        is_interview=1,
        company="Cimbria Heavy Lift",
        role="Master - Heavy Lift",
        stage="hiring_manager",
        interviewers="nk@cimbria-heavylift.dk;af@cimbria-heavylift.dk",
        trap="greenhouse-copenhagen-tzid-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4021837004-ohlsen@cimbria-heavylift.greenhouse.io
DTSTAMP:20260127T150000Z
DTSTART;TZID=Europe/Copenhagen:20260203T130000
DTEND;TZID=Europe/Copenhagen:20260203T140000
SUMMARY:Interview Confirmation: Master - Heavy Lift at Cimbria Heavy Lift
DESCRIPTION:Hi Jan-Hendrik\,\n\nYour interview for Master - Heavy Lift is 
 confirmed.\n\nInterviewers:\nCapt. Niels Krogh - Head of Marine Operations
 \nAnna Friis - Crewing Director\n\nWe'll discuss project cargo lifts in ta
 ndem\, stability during lift operations\, ballast planning and lashing sur
 veys.\n\nJoin Zoom: https://cimbria.zoom.us/j/96611042233\n\nIf you need to
  reschedule\, please reply to this email.\n\nCimbria Heavy Lift Recruiting
ORGANIZER;CN=Cimbria Heavy Lift Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Niels Krogh:mailto:nk@cimbria-heavylift.dk
ATTENDEE;CN=Anna Friis:mailto:af@cimbria-heavylift.dk
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="crewing-competence-assessment",
        uid="LMC-ASSESS-2026-00412@limassolmarinecrewing.com",
        is_interview=1,
        company="Baltic Shuttle Tankers",
        role="Master DP2 Shuttle Tanker",
        stage="technical",
        interviewers="m.ioannou@limassolmarinecrewing.com",
        trap="crewing-online-competence-test-nicosia-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Limassol Marine Crewing//CrewPlanner 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:LMC-ASSESS-2026-00412@limassolmarinecrewing.com
DTSTAMP:20260302T060000Z
DTSTART;TZID=Asia/Nicosia:20260309T100000
DTEND;TZID=Asia/Nicosia:20260309T123000
SUMMARY:Online competence assessment + interview - Master DP2 - Principal: Baltic Shuttle Tankers Ltd
DESCRIPTION:Dear Captain\,\n\nAs requested by our principal Baltic Shuttle 
 Tankers Ltd\, please complete the online competence assessment (DP\, cargo
  operations\, bow loading\, COLREG - 90 min) followed by an interview with 
 Capt. Marios Ioannou (Marine Evaluator).\n\nLink will be sent 30 min befor
 e start.\n\nRegards\nLimassol Marine Crewing - Officers Department
ORGANIZER;CN=LMC Officers Dept:mailto:officers@limassolmarinecrewing.com
ATTENDEE;CN=Capt. Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Capt. Marios Ioannou:mailto:m.ioannou@limassolmarinecrewing.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-entretien-drague",
        uid="9c8b7a6f5e4d3c2b1a0z9y8x7w@google.com",
        is_interview=1,
        company="Ocean Pioneer Dredging",
        role="Capitaine drague aspiratrice (TSHD)",
        stage="recruiter_screen",
        interviewers="sophie.lambert@oceanpioneer-dredging.be",
        trap="french-entretien-embauche-brussels",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260226T150000
DTEND;TZID=Europe/Brussels:20260226T154500
DTSTAMP:20260219T101010Z
ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@oceanpioneer-dredging.be
UID:9c8b7a6f5e4d3c2b1a0z9y8x7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sophie Lambert;X-NUM-GUESTS=0:mailto:sophie.lambert@oceanpioneer-dredg
 ing.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
DESCRIPTION:Bonjour Monsieur Ohlsen\,\n\nJe vous confirme notre entretien 
 d'embauche téléphonique / visio pour le poste de Capitaine drague aspirat
 rice (TSHD)\, flotte Europe du Nord. L'entretien peut se faire en anglais
 .\n\nCordialement\,\nSophie Lambert\nTalent Acquisition\, Ocean Pioneer Dr
 edging N.V.\, Anvers\n\nRejoindre avec Google Meet : https://meet.google.co
 m/opd-cptn-tsh\n\nInvitation de Google Agenda : https://calendar.google.com
 /calendar/
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien d'embauche – Capitaine TSHD – J.-H. Ohlsen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-anruf-owner",
        uid="C0FFEE12-3456-4789-ABCD-EF0123456789",
        is_interview=1,
        company="Reederei Carstensen",
        role="Kapitän Küstenmotorschiff",
        stage="",
        interviewers="Hr. Carstensen",
        trap="owner-phone-call-handtyped-no-interview-word",
        hiring=False,
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260305T121000Z
DTEND;TZID=Europe/Berlin:20260306T190000
DTSTAMP:20260305T121011Z
DTSTART;TZID=Europe/Berlin:20260306T183000
LAST-MODIFIED:20260305T121011Z
SEQUENCE:0
SUMMARY:Anruf Hr. Carstensen (Reederei\\, Stade) wg. Kapitän Kümo
DESCRIPTION:0176 5550 2281 - er ruft an\\, wenn nicht dann ich
TRANSP:OPAQUE
UID:C0FFEE12-3456-4789-ABCD-EF0123456789
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webde-invite-onboard",
        uid="webde-cal-5f3a9e21b7c44d08a6e1",
        is_interview=1,
        company="Reederei Carstensen",
        role="Kapitän Küstenmotorschiff",
        stage="onsite",
        interviewers="hinrich.carstensen@web.de",
        trap="owner-freemail-vorstellung-an-bord",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH/WEB.DE Kalender Server//NONSGML//DE
VERSION:2.0
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:webde-cal-5f3a9e21b7c44d08a6e1
DTSTAMP:20260307T090000Z
DTSTART;TZID=Europe/Berlin:20260313T100000
DTEND;TZID=Europe/Berlin:20260313T120000
SUMMARY:Vorstellung an Bord MS Schwinge
DESCRIPTION:Moin Herr Ohlsen\, wie besprochen schauen wir uns zusammen die
  Schwinge an (liegt im Stader Hafen\, Ladung Holz). Danach reden wir über
  die Kapitänsstelle und die Heuer. Gruß H. Carstensen
LOCATION:Stadersand\, Liegeplatz 2
ORGANIZER;CN=Hinrich Carstensen:mailto:hinrich.carstensen@web.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-interview",
        uid="teamtailor-interview-8812734@nordiccableships.teamtailor.com",
        is_interview=1,
        company="Nordic Cable Ships",
        role="Master - Cable Lay Vessel",
        stage="hiring_manager",
        interviewers="johan.lindqvist@nordiccableships.se",
        trap="swedish-teamtailor-stockholm-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-8812734@nordiccableships.teamtailor.com
DTSTAMP:20260210T140000Z
DTSTART;TZID=Europe/Stockholm:20260217T090000
DTEND;TZID=Europe/Stockholm:20260217T100000
SUMMARY:Interview: Master - Cable Lay Vessel | Nordic Cable Ships
DESCRIPTION:Hi Jan-Hendrik!\n\nYou have an interview with Johan Lindqvist 
 (Fleet Manager) for the role Master - Cable Lay Vessel.\n\nLocation: Micro
 soft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_Tm9yZG
 ljQ2FibGU@thread.v2/0\n\nGood luck!\nNordic Cable Ships AB\, Karlskrona\n\n
 This interview was scheduled with Teamtailor.
ORGANIZER;CN=Nordic Cable Ships:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Johan Lindqvist:mailto:johan.lindqvist@nordiccableships.se
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-entrevista-spanish",
        uid="4f6h8j0l2n4p6r8t0v2x4z6b8d@google.com",
        is_interview=1,
        company="Naviera Atlántica del Norte",
        role="Capitán buque ro-ro",
        stage="recruiter_screen",
        interviewers="mfernandez@navieraatlanticanorte.es",
        trap="spanish-entrevista-rrhh-madrid-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260311T120000
DTEND;TZID=Europe/Madrid:20260311T124500
DTSTAMP:20260304T161616Z
ORGANIZER;CN=Marta Fernández Rivas:mailto:mfernandez@navieraatlanticanorte.es
UID:4f6h8j0l2n4p6r8t0v2x4z6b8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Fernández Rivas;X-NUM-GUESTS=0:mailto:mfernandez@navieraatlantic
 anorte.es
DESCRIPTION:Estimado Sr. Ohlsen:\n\nLe confirmamos la entrevista con Recur
 sos Humanos para el puesto de Capitán buque ro-ro (línea Gijón – Nantes-
 Saint-Nazaire). La entrevista será en inglés.\n\nAtentamente\,\nMarta Fern
 ández Rivas\, RRHH\, Naviera Atlántica del Norte S.A.\n\nUnirse con Google
  Meet: https://meet.google.com/nan-capt-roro\n\nInvitación de Google Calen
 dar: https://calendar.google.com/calendar/
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista RRHH – Capitán ro-ro – Ohlsen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recurring-probetage-override",
        uid="040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        is_interview=1,
        company="Weserport Marine Services",
        role="Marine Superintendent",
        stage="onsite",
        interviewers="d.oltmanns@weserport-marine.de",
        trap="recurring-trial-days-recurrence-id-override",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Oltmanns, Dirk":mailto:d.oltmanns@weserport-marine.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Ohlsen\,\n\nwie besprochen drei Probe
 tage in der Marine-Abteilung (Auswahlverfahren Marine Superintendent): Sc
 hiffsbesuche Bremerhaven\, PSC-Vorbereitung\, Auditbegleitung. Ich begleit
 e Sie und wir sprechen am letzten Tag über Ihren Eindruck und unseren.\n\n
 Gruß\nDirk Oltmanns\nHead of Marine\n
RRULE:FREQ=DAILY;COUNT=3
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Probetage Marine Superintendent - Hr. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260323T080000
DTEND;TZID=W. Europe Standard Time:20260323T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Weserport Marine Services\, Am Seedeich 30\, Bremerhaven
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Oltmanns, Dirk":mailto:d.oltmanns@weserport-marine.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Tag 3 verkürzt: 12:00 Abschlussgespräch mit Dir
 k Oltmanns und der Geschäftsführung.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260325T080000
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Probetag 3 + Abschlussgespräch - Hr. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260325T080000
DTEND;TZID=W. Europe Standard Time:20260325T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Weserport Marine Services\, Am Seedeich 30\, Bremerhaven
END:VEVENT
END:VCALENDAR
""",
    ),
]
