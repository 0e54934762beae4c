# ruff: noqa: E501, W291, W293, RUF100
"""holdout252 events, part b: the user's own interviews for the pilots' scheme, superintendent and instructor posts."""

from holdout252ev_zones import (
    VTZ_AMSTERDAM,
    VTZ_BERLIN,
    VTZ_COPENHAGEN,
    VTZ_LONDON,
    VTZ_MADRID,
    VTZ_ROMANCE,
    VTZ_UTC1_DE,
    VTZ_W_EUROPE,
)

EVENTS = [
    dict(
        kind="google-export-allday",
        uid="0k2v9fq1r7m3c5d8b4n6t0a2e1@google.com",
        is_interview=1,
        company="Lotsenbrüderschaft Unterelbe",
        role="Seelotsenanwärter",
        stage="technical",
        interviewers="",
        trap="eignungspruefung-allday-export-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jan-Hendrik privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260128
DTEND;VALUE=DATE:20260129
DTSTAMP:20260301T120000Z
UID:0k2v9fq1r7m3c5d8b4n6t0a2e1@google.com
CREATED:20251212T190410Z
DESCRIPTION:Eignungsprüfung Seelotsenanwärter Lotsrevier Elbe: schriftlich
  (Seemannschaft\, KVR\, Revierkunde\, Englisch) + Schiffsführungssimulator
 \, 8:00 Lotsenhaus Cuxhaven. Ausweis + Befähigungszeugnis AM mitnehmen.
LAST-MODIFIED:20251212T190512Z
LOCATION:Lotsenhaus Cuxhaven\, Bei der Alten Liebe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Eignungsprüfung Lotsen (LB Unterelbe)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-auswahlverfahren-panel",
        uid="040000008200E00074C5B7101A82E00800000000E5D4C3B2A1F0DC010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
        is_interview=1,
        company="Lotsenbrüderschaft Unterelbe",
        role="Seelotsenanwärter",
        stage="final",
        interviewers="f.meinert@lotsen-unterelbe.de;s.brand@lotsaufsicht-bund.de",
        trap="seelotsen-auswahlverfahren-ausschuss",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Geschäftsstelle Lotsenbrüderschaft Unterelbe:mailto:geschaeftsstelle@lotsen-unterelbe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meinert, Frerk (Ältermann)":mailto:f.meinert@lotsen-unterelbe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brand, Silke Dr.":mailto:s.brand@lotsaufsicht-bund.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lotsenhaus Sitzungssaal":mailto:sitzungssaal@lotsen-unterelbe.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Ohlsen\,\n\nnach erfolgreich
 er Eignungsprüfung laden wir Sie im Rahmen des Seelotsen-Auswahlverfahrens
  zum Auswahlgespräch vor dem Auswahlausschuss ein. Dem Ausschuss gehören a
 n: Ältermann Kapt. Frerk Meinert und Dr. Silke Brand (Aufsichtsbehörde). E
 in Vertreter der Lotsenschaft nimmt beratend teil.\n\nDauer ca. 45 Minuten
 . Im Anschluss erhalten Sie Informationen zur Seelotsen-Untersuchung.\n\nM
 it freundlichen Grüßen\nGeschäftsstelle\n
UID:040000008200E00074C5B7101A82E00800000000E5D4C3B2A1F0DC010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=de-DE:Seelotsen-Auswahlverfahren: Auswahlgespräch Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260312T100000
DTEND;TZID=W. Europe Standard Time:20260312T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Lotsenhaus Sitzungssaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="emply-teams-screen",
        uid="emply-interview-7731-2026-0121@vesterhav-offshore.emply.net",
        is_interview=1,
        company="Vesterhav Offshore Services",
        role="Marine Superintendent",
        stage="recruiter_screen",
        interviewers="mkl@vesterhav-offshore.dk",
        trap="danish-emply-romance-zone-english",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply//Emply Hire//EN
METHOD:REQUEST
{VTZ_ROMANCE}
BEGIN:VEVENT
UID:emply-interview-7731-2026-0121@vesterhav-offshore.emply.net
DTSTAMP:20260114T121212Z
DTSTART;TZID=Romance Standard Time:20260121T100000
DTEND;TZID=Romance Standard Time:20260121T104500
SUMMARY:Interview - Marine Superintendent (Esbjerg) - Jan-Hendrik Ohlsen
DESCRIPTION:Dear Jan-Hendrik\,\n\nThank you for applying for the position 
 as Marine Superintendent with Vesterhav Offshore Services A/S. You are inv
 ited to a first interview on Microsoft Teams with Mette Kjær Lund\, HR Par
 tner.\n\nWe will talk about your background\, motivation for moving from c
 ontainer feeders to SOV/CTV operations and the practical side of relocat
 ing to Esbjerg.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_VmVzdGVyaGF2@thread.v2/0\n\nBest regards\nVesterhav Offshore Servic
 es - sent via Emply
ORGANIZER;CN=Mette Kjær Lund:mailto:mkl@vesterhav-offshore.dk
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Mette Kjær Lund;ROLE=CHAIR:mailto:mkl@vesterhav-offshore.dk
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-updated-invitation",
        uid="5h1d3k8m0q2s4u6w8y0a2c4e6g@google.com",
        is_interview=1,
        company="Vesterhav Offshore Services",
        role="Marine Superintendent",
        stage="hiring_manager",
        interviewers="sbn@vesterhav-offshore.dk",
        trap="rescheduled-updated-invitation-sequence-1",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_COPENHAGEN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260204T133000
DTEND;TZID=Europe/Copenhagen:20260204T143000
DTSTAMP:20260129T081530Z
ORGANIZER;CN=Søren Bach Nielsen:mailto:sbn@vesterhav-offshore.dk
UID:5h1d3k8m0q2s4u6w8y0a2c4e6g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Søren Bach Nielsen;X-NUM-GUESTS=0:mailto:sbn@vesterhav-offshore.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
CREATED:20260122T140211Z
DESCRIPTION:Hi Jan-Hendrik - moved by one day\, our SOV had a crew change 
 issue on Tuesday. Same link.\n\nInterview with Søren Bach Nielsen\, Head o
 f Marine Operations - Marine Superintendent position.\n\nJoin with Google 
 Meet: https://meet.google.com/vxo-hnfa-rwb\nOr dial: (DK) +45 32 55 01 77 P
 IN: 448 210 331#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: ht
 tps://calendar.google.com/calendar/\n\nYou are receiving this email becaus
 e you are an attendee on the event.
LAST-MODIFIED:20260129T081529Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Updated invitation: Marine Superintendent - interview with Søren (Head of Marine Ops) @ Wed 4 Feb 2026 13:30 - 14:30 (CET)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-onsite-final",
        uid="7p9r1t3v5x7z9b1d3f5h7j9l1n@google.com",
        is_interview=1,
        company="Vesterhav Offshore Services",
        role="Marine Superintendent",
        stage="final",
        interviewers="lm@vesterhav-offshore.dk;sbn@vesterhav-offshore.dk",
        trap="final-onsite-esbjerg-sov-visit",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_COPENHAGEN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20260218T090000
DTEND;TZID=Europe/Copenhagen:20260218T150000
DTSTAMP:20260209T100000Z
ORGANIZER;CN=Søren Bach Nielsen:mailto:sbn@vesterhav-offshore.dk
UID:7p9r1t3v5x7z9b1d3f5h7j9l1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@t-online.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@t-online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lars Mikkelsen;X-NUM-GUESTS=0:mailto:lm@vesterhav-offshore.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mette Kjær Lund;X-NUM-GUESTS=0:mailto:mkl@vesterhav-offshore.dk
CREATED:20260209T100000Z
DESCRIPTION:Final round in Esbjerg:\n09:00 welcome (Mette)\n09:30 intervie
 w with Lars Mikkelsen (COO) and Søren Bach Nielsen\n11:30 case: planning a
  campaign with two SOVs\, weather windows\, DP trials\n13:00 lunch + visit
  on board SOV Vesterhav Spirit (PPE provided)\n\nHotel is booked at Dokken
 \, we cover travel.\n\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/\n\nYou are receiving this email because you are an atten
 dee on the event.
LOCATION:Vesterhav Offshore Services\, Dokvej 12\, 6700 Esbjerg\, Denmark
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final interview Esbjerg - Jan-Hendrik Ohlsen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-agency-intro",
        uid="c2f9e0a1-7b3d-4c6e-9f10-a2b3c4d5e6f7@calendly.com",
        is_interview=1,
        company="Windward Service Vessels",
        role="Marine Superintendent",
        stage="recruiter_screen",
        interviewers="pieter.vandijk@offshoretalentpartners.com",
        trap="agency-calendly-names-client-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c2f9e0a1-7b3d-4c6e-9f10-a2b3c4d5e6f7@calendly.com
DTSTAMP:20260115T200110Z
DTSTART:20260119T150000Z
DTEND:20260119T153000Z
SUMMARY:Candidate call (30 min) between Jan-Hendrik Ohlsen and Pieter van Dijk
DESCRIPTION:Event Name: Candidate call (30 min)\n\nLocation: Pieter will c
 all you on +49 171 555 0392\n\nQuestions:\nWhich role are you interested
  in?\nMarine Superintendent - Windward Service Vessels B.V.\, Den Helder (
 SOV fleet)\n\nAnything you'd like to share?\nCurrently on board until 12/
 01\, home from 13/01.\n\nNeed to make changes to this event?\nCancel: http
 s://calendly.com/cancellations/c2f9e0a1\nReschedule: https://calendly.com/
 reschedulings/c2f9e0a1\n\nPowered by Calendly.com
LOCATION:+49 171 555 0392
ORGANIZER;CN=Pieter van Dijk:mailto:pieter.vandijk@offshoretalentpartners.com
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webcruiter-intervju",
        uid="webcruiter-4471902-intervju-2@webcruiter.no",
        is_interview=1,
        company="Skagerrak Offshore Vessels",
        role="Marine Superintendent (DP)",
        stage="technical",
        interviewers="kjetil.aasen@skagerrak-osv.no",
        trap="norwegian-english-dp-technical",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Webcruiter//Intervjuavtale//NO
METHOD:REQUEST
{VTZ_ROMANCE}
BEGIN:VEVENT
UID:webcruiter-4471902-intervju-2@webcruiter.no
DTSTAMP:20260205T091000Z
DTSTART;TZID=Romance Standard Time:20260212T110000
DTEND;TZID=Romance Standard Time:20260212T123000
SUMMARY:Intervju / Interview: Marine Superintendent (DP) - Skagerrak Offshore Vessels AS
DESCRIPTION:Hei Jan-Hendrik\,\n\nVelkommen til andre intervju. (English be
 low)\n\nSecond interview\, technical: Kjetil Aasen (Marine & DP Manager) w
 ill go through DP operations\, FMEA/annual trials\, IMCA guidance\, walk-to
 -work gangway operations and your SMS experience.\n\nTeams link follows fr
 om Kjetil.\n\nMed vennlig hilsen\nSkagerrak Offshore Vessels AS\, Egersund
ORGANIZER;CN=Skagerrak Offshore Vessels AS:mailto:rekruttering@skagerrak-osv.no
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN=Kjetil Aasen:mailto:kjetil.aasen@skagerrak-osv.no
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rexx-vorstellungsgespraech",
        uid="rexx-bew-88214-termin-1@jadewind-logistics.rexx-recruitment.com",
        is_interview=1,
        company="Jade Wind Logistics",
        role="Marine Coordinator / Superintendent (m/w/d)",
        stage="hiring_manager",
        interviewers="Tobias Eilers",
        trap="rexx-wilhelmshaven-offshore-wind-german",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruitment//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:rexx-bew-88214-termin-1@jadewind-logistics.rexx-recruitment.com
DTSTAMP:20260126T101500Z
DTSTART;TZID=Europe/Berlin:20260202T100000
DTEND;TZID=Europe/Berlin:20260202T113000
SUMMARY:Vorstellungsgespräch Marine Coordinator / Superintendent (m/w/d) – Ohlsen
DESCRIPTION:Sehr geehrter Herr Ohlsen\,\n\nhiermit bestätigen wir Ihren Te
 rmin zum Vorstellungsgespräch am Montag\, 02.02.2026\, 10:00 Uhr. Ihr Ges
 prächspartner ist Herr Tobias Eilers\, Leiter Marine Operations.\n\nAdress
 e: Jade Wind Logistics GmbH\, Am Nordhafen 3\, 26388 Wilhelmshaven.\n\nMit
  freundlichen Grüßen\nPersonalabteilung
ORGANIZER;CN=Jade Wind Logistics Personal:mailto:bewerbung@jadewind-logistics.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
LOCATION:Am Nordhafen 3\, 26388 Wilhelmshaven
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="spanish-headhunter-teams",
        uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD0100000000000000001000000044556677889900AABBCCDDEEFF001122",
        is_interview=1,
        company="Eólica Marina Atlántica",
        role="Superintendente Marino (Marine Superintendent)",
        stage="recruiter_screen",
        interviewers="a.etxeberria@talentonautico.es",
        trap="spanish-entrevista-headhunter-names-client",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_MADRID}
BEGIN:VEVENT
ORGANIZER;CN="Etxeberria, Ainhoa":mailto:a.etxeberria@talentonautico.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=es-ES:Estimado Capitán Ohlsen:\n\nGracias por su inte
 rés en el puesto de Superintendente Marino para nuestro cliente Eólica Mar
 ina Atlántica S.L. (parque eólico marino frente a Bilbao). Le propongo una
  primera entrevista por Teams\, en inglés.\n\n(English: first interview w
 ith Ainhoa Etxeberria\, Talento Náutico Consultores\, on behalf of our cli
 ent.)\n\nUn saludo cordial\,\nAinhoa Etxeberria\nConsultora Senior\n\n____
 ____________________________________________________________________________
 \nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o d
 ispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunió
 n: 362 118 904 772\nCódigo de acceso: Kq7mW3\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DD0100000000000000001000000044556677889900AABBCCDDEEFF001122
SUMMARY;LANGUAGE=es-ES:Entrevista Superintendente Marino - EMA - Cap. Ohlsen
DTSTART;TZID=Europe/Madrid:20260224T163000
DTEND;TZID=Europe/Madrid:20260224T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260218T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-terse-phone-screen",
        uid="D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70",
        is_interview=1,
        company="Alster Shipmanagement",
        role="Nautical Superintendent",
        stage="recruiter_screen",
        interviewers="Fr. Voss",
        trap="terse-tel-abbreviation-supt",
        hiring=False,
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260109T072015Z
DTEND;TZID=Europe/Berlin:20260113T094500
DTSTAMP:20260109T072033Z
DTSTART;TZID=Europe/Berlin:20260113T091500
LAST-MODIFIED:20260109T072033Z
SEQUENCE:0
SUMMARY:Tel. Alster SM - Fr. Voss HR wg. Nautical Supt.
TRANSP:OPAQUE
UID:D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-onsite",
        uid="040000008200E00074C5B7101A82E00800000000123456789A0BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="Alster Shipmanagement",
        role="Nautical Superintendent",
        stage="onsite",
        interviewers="m.voss@alster-shipmanagement.de;l.grabowski@alster-shipmanagement.de;p.nguyen@alster-shipmanagement.de",
        trap="panel-cn-last-first-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Voss, Maren":mailto:m.voss@alster-shipmanagement.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Grabowski, Lutz (Capt.)":mailto:l.grabowski@alster-shipmanagement.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nguyen, Phuong":mailto:p.nguyen@alster-shipmanagement.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Beamer mobil 2":mailto:beamer2@alster-shipmanagement.de
DESCRIPTION;LANGUAGE=en-US:Dear Mr Ohlsen\,\n\nPlease find below the detai
 ls for your panel interview for the position Nautical Superintendent:\n- 
 Capt. Lutz Grabowski\, Head of Marine\n- Phuong Nguyen\, HSEQ Manager\n- M
 aren Voss\, HR\n\nPlease prepare a 10-minute presentation: 'Reducing PSC d
 eficiencies across a fleet of 14 feeders'.\n\nAlster Shipmanagement GmbH\,
  Ballindamm 8\, 20095 Hamburg
UID:040000008200E00074C5B7101A82E00800000000123456789A0BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Panel Interview - Nautical Superintendent - J-H Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260127T100000
DTEND;TZID=W. Europe Standard Time:20260127T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ballindamm 8\, 4th floor\, Meeting room Alster
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-method-cancel",
        uid="040000008200E00074C5B7101A82E00800000000FEDCBA98765DDC0100000000000000001000000076543210FEDCBA9876543210FEDCBA98",
        is_interview=1,
        company="Brise Offshore Wind Services",
        role="Marine Superintendent (m/w/d)",
        stage="hiring_manager",
        interviewers="j.harder@brise-ows.de",
        trap="cancelled-method-cancel-abgesagt",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Harder, Jens Dr.":mailto:j.harder@brise-ows.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Ohlsen\,\n\nleider müssen wi
 r das Vorstellungsgespräch für die Position Marine Superintendent (m/w/d) 
 absagen\, da die Stelle intern besetzt wurde. Wir bedauern das sehr und beh
 alten Ihre Unterlagen gern für künftige Vakanzen.\n\nMit freundlichen Grüß
 en\nDr. Jens Harder\n
UID:040000008200E00074C5B7101A82E00800000000FEDCBA98765DDC0100000000000000001000000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Marine Superintendent – Hr. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260206T140000
DTEND;TZID=W. Europe Standard Time:20260206T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260203T161100Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Brise OWS\, Hafenstraße 40\, Emden
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="school-lehrprobe",
        uid="20260211-lehrprobe-nautik-ohlsen@nautikschule-wesermuende.de",
        is_interview=1,
        company="Nautikschule Wesermünde",
        role="Lehrkraft Nautik (Schiffsführung)",
        stage="technical",
        interviewers="r.kueck@nautikschule-wesermuende.de;s.ohm@nautikschule-wesermuende.de",
        trap="lehrprobe-teaching-demo-public-school",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev54//EN
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
DTSTAMP:20260202T093000Z
ATTENDEE;CN="Ohlsen, Jan-Hendrik";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN="Kück, Rainer Dr.";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:r.kueck@nautikschule-wesermuende.de
ATTENDEE;CN="Ohm, Sabine";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:s.ohm@nautikschule-wesermuende.de
ATTENDEE;CN="Raum N 2.14 (Radarsimulator)";CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:raum-n214@nautikschule-wesermuende.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrter Herr Ohlsen\,\nim Rahmen des Auswahlverfahrens f
 ür die Stelle einer Lehrkraft Nautik (Schiffsführung) bitten wir Sie um ei
 ne Lehrprobe von 30 Minuten in der Klasse NW 2 (angehende nautische Wachoff
 iziere). Thema: Anwendung der KVR Regel 19 bei verminderter Sicht am Radar
 simulator.\nAnwesend: OStD Dr. Rainer Kück (Schulleitung)\, StD’ Sabine Oh
 m (Fachbereichsleitung Nautik).\nMit freundlichen Grüßen\nSekretariat
DTSTART;TZID=Europe/Berlin:20260211T080000
DTEND;TZID=Europe/Berlin:20260211T090000
LOCATION:Raum N 2.14 (Radarsimulator)
ORGANIZER;CN="Sekretariat Nautikschule":mailto:sekretariat@nautikschule-wesermuende.de
SEQUENCE:0
SUMMARY:Lehrprobe Bewerbung Lehrkraft Nautik – Hr. Ohlsen
TRANSP:OPAQUE
UID:20260211-lehrprobe-nautik-ohlsen@nautikschule-wesermuende.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="school-auswahlkommission",
        uid="20260211-auswahlgespraech-ohlsen@nautikschule-wesermuende.de",
        is_interview=1,
        company="Nautikschule Wesermünde",
        role="Lehrkraft Nautik (Schiffsführung)",
        stage="onsite",
        interviewers="r.kueck@nautikschule-wesermuende.de;s.ohm@nautikschule-wesermuende.de",
        trap="auswahlkommission-personalrat-gleichstellung",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev54//EN
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
DTSTAMP:20260202T093100Z
ATTENDEE;CN="Ohlsen, Jan-Hendrik";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN="Kück, Rainer Dr.";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:r.kueck@nautikschule-wesermuende.de
ATTENDEE;CN="Ohm, Sabine";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:s.ohm@nautikschule-wesermuende.de
ATTENDEE;CN="Personalrat";PARTSTAT=ACCEPTED;CUTYPE=GROUP;ROLE=OPT-PARTICIPANT:mailto:personalrat@nautikschule-wesermuende.de
ATTENDEE;CN="Gleichstellungsbeauftragte";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT:mailto:gleichstellung@nautikschule-wesermuende.de
CLASS:PUBLIC
DESCRIPTION:Auswahlgespräch vor der Auswahlkommission im Anschluss an die 
 Lehrprobe. Personalrat und Gleichstellungsbeauftragte nehmen gemäß NPersVG
  teil. Bitte Originale der Befähigungszeugnisse (CoC Kapitän AG) mitbringe
 n.
DTSTART;TZID=Europe/Berlin:20260211T093000
DTEND;TZID=Europe/Berlin:20260211T103000
LOCATION:Konferenzraum Verwaltung
ORGANIZER;CN="Sekretariat Nautikschule":mailto:sekretariat@nautikschule-wesermuende.de
SEQUENCE:0
SUMMARY:Auswahlgespräch Lehrkraft Nautik – Hr. Ohlsen
TRANSP:OPAQUE
UID:20260211-auswahlgespraech-ohlsen@nautikschule-wesermuende.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-kennenlernen",
        uid="f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@calendly.com",
        is_interview=1,
        company="Maritimes Trainingszentrum Warnemünde",
        role="Simulator-Instructor",
        stage="hiring_manager",
        interviewers="u.sass@mtz-warnemuende.de",
        trap="calendly-candidate-booked-kennenlerngespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@calendly.com
DTSTAMP:20260116T173000Z
DTSTART:20260123T080000Z
DTEND:20260123T083000Z
SUMMARY:Kennenlerngespräch Simulator-Instructor zwischen Jan-Hendrik Ohlsen und Kapt. Ulrike Sass
DESCRIPTION:Veranstaltungsname: Kennenlerngespräch Simulator-Instructor\n\n
 Ort: Google Meet – Details folgen\n\nFragen:\nBitte nennen Sie Ihr aktuel
 les Befähigungszeugnis:\nKapitän AG (II/2)\, bisher als Erster Offizier g
 efahren\n\nÄnderungen an diesem Termin?\nAbsagen: https://calendly.com/ca
 ncellations/f1e2d3c4\nVerschieben: https://calendly.com/reschedulings/f1e
 2d3c4\n\nBereitgestellt von Calendly.com
LOCATION:Google Meet
ORGANIZER;CN=Kapt. Ulrike Sass:mailto:u.sass@mtz-warnemuende.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-demo-training",
        uid="a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",
        is_interview=1,
        company="Maritimes Trainingszentrum Warnemünde",
        role="Simulator-Instructor",
        stage="technical",
        interviewers="Kapt. Sass",
        trap="demo-training-simulator-handtyped-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260128T193000Z
LAST-MODIFIED:20260128T193100Z
DTSTAMP:20260128T193100Z
UID:a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d
SUMMARY:MTZ Warnemünde: Demo-Training Brückensim. (Bewerbung Instructor) m. Kapt. Sass
DTSTART:20260205T080000Z
DTEND:20260205T120000Z
LOCATION:MTZ\, Seestr. 19\, Rostock-Warnemünde
DESCRIPTION:45 min Briefing/Übung/Debriefing für 3 Teilnehmer BRM-Kurs halte
 n\, dann Auswertung mit Kapt. Sass und Geschäftsführer. Laptop + Folien a
 uf USB.
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-P1D
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-berufungskommission",
        uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000055DD66EE77FF8899AABBCCDDEEFF0011",
        is_interview=1,
        company="Hochschule Nordsee",
        role="Lehrkraft für besondere Aufgaben Nautik",
        stage="onsite",
        interviewers="h.tammen@hs-nordsee.de;c.baumgart@hs-nordsee.de",
        trap="university-lfba-kommission-utc1-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_UTC1_DE}
BEGIN:VEVENT
ORGANIZER;CN="Tammen, Hinrich Prof. Dr.":mailto:h.tammen@hs-nordsee.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baumgart, Carola":mailto:c.baumgart@hs-nordsee.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Ohlsen\,\n\ndie Auswahlkommi
 ssion für die Stelle Lehrkraft für besondere Aufgaben Nautik (E 13 TV-L) l
 ädt Sie zu einem Vorstellungsgespräch mit Kurzvortrag (15 Min.: "ECDIS-Au
 sbildung nach STCW – was fehlt in der Praxis?") ein. Kommission: Prof. Dr.
  Hinrich Tammen (Vorsitz)\, Carola Baumgart (Studiengangskoordination).\n\n
 Mit freundlichen Grüßen\nH. Tammen
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000055DD66EE77FF8899AABBCCDDEEFF0011
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch LfbA Nautik - Ohlsen
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260305T130000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260305T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T082000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Campus Elsfleth-Nord\, Gebäude B\, Senatssaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-uk-lecturer",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        is_interview=1,
        company="Humber Maritime Academy",
        role="Lecturer in Nautical Science",
        stage="hiring_manager",
        interviewers="g.pryce@humbermaritime.ac.uk;s.whitfield@humbermaritime.ac.uk",
        trap="uk-lecturer-micro-teach-gmt-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_LONDON}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Sarah";SENT-BY="mailto:hr-recruitment@humbermaritime.ac.uk":mailto:s.whitfield@humbermaritime.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pryce, Gareth Dr":mailto:g.pryce@humbermaritime.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Jan-Hendrik\,\n\nWe are pleased to invite 
 you to interview for the post of Lecturer in Nautical Science (Ref HMA-0
 26). The interview panel is Dr Gareth Pryce (Head of School) and Sarah Whi
 tfield (Programme Lead\, Officer of the Watch). You will be asked to deli
 ver a 10-minute micro-teach on passage planning.\n\nKind regards\,\nHR Rec
 ruitment\n\n______________________________________________________________
 __________________\nMicrosoft Teams meeting\nJoin on your computer\, mobil
 e app or room device\nClick here to join the meeting\nMeeting ID: 377 201 
 649 880\nPasscode: T5nUq8\n__________________________________________________
 ______________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-GB:Interview: Lecturer in Nautical Science (HMA-026)
DTSTART;TZID=GMT Standard Time:20260219T100000
DTEND;TZID=GMT Standard Time:20260219T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-intro",
        uid="recruitee-event-6619204@zeevaartschool-noordkust.recruitee.com",
        is_interview=1,
        company="Zeevaartschool Noordkust",
        role="Nautical Instructor (STCW courses)",
        stage="recruiter_screen",
        interviewers="femke.devries@zvs-noordkust.nl",
        trap="dutch-recruitee-english-amsterdam-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
{VTZ_AMSTERDAM}
BEGIN:VEVENT
UID:recruitee-event-6619204@zeevaartschool-noordkust.recruitee.com
DTSTAMP:20260303T090000Z
DTSTART;TZID=Europe/Amsterdam:20260309T103000
DTEND;TZID=Europe/Amsterdam:20260309T110000
SUMMARY:Kennismakingsgesprek / Intro interview - Nautical Instructor - Jan-Hendrik Ohlsen
DESCRIPTION:Hi Jan-Hendrik\,\n\nThanks for booking a slot! This is an intr
 oductory interview with Femke de Vries (HR) for the Nautical Instructor (S
 TCW courses) vacancy at Zeevaartschool Noordkust\, Harlingen.\n\nVideo lin
 k: https://meet.google.com/zvs-ntrk-jho\n\nSent with Recruitee
ORGANIZER;CN=Femke de Vries:mailto:femke.devries@zvs-noordkust.nl
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-telefonat",
        uid="0f1e2d3c-4b5a-4697-8877-665544332211",
        is_interview=1,
        company="Sicherheitstrainingszentrum Kiel",
        role="Ausbilder STCW",
        stage="recruiter_screen",
        interviewers="Fr. Rathje",
        trap="terse-telefonat-wg-stelle-floating",
        hiring=False,
        eol="\n",
        ics="""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260217T110500Z
LAST-MODIFIED:20260217T110500Z
DTSTAMP:20260217T110500Z
UID:0f1e2d3c-4b5a-4697-8877-665544332211
SUMMARY:Telefonat Fr. Rathje (STZ Kiel) wg. Ausbilderstelle STCW
DTSTART:20260218T113000
DTEND:20260218T120000
DESCRIPTION:ruft an. Gehaltsvorst. + Verfügbarkeit ab Aug klären
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-lehrprobe-brandabwehr",
        uid="040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        is_interview=1,
        company="Sicherheitstrainingszentrum Kiel",
        role="Ausbilder STCW (Brandabwehr/Basic Safety)",
        stage="onsite",
        interviewers="k.rathje@stz-kiel.de;m.hinz@stz-kiel.de",
        trap="probeausbildung-fire-fighting-ground",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Rathje, Kerstin":mailto:k.rathje@stz-kiel.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jh.ohlsen@t-online.de:mailto:jh.ohlsen@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hinz, Marco":mailto:m.hinz@stz-kiel.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brandhaus Übungsgelände":mailto:brandhaus@stz-kiel.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Ohlsen\,\n\nwie besprochen der zweit
 e Schritt: Probeausbildung am Brandhaus (Teil Brandabwehr Grundlehrgang) m
 it anschließendem Gespräch mit Marco Hinz (Leiter Ausbildung) und mir. PSA 
 wird gestellt\, bitte Schuhgröße mitteilen.\n\nViele Grüße\nKerstin Rathje
 \nPersonal\n
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Probeausbildung + Gespräch Ausbilder STCW – Hr. Ohlsen
DTSTART;TZID=W. Europe Standard Time:20260304T080000
DTEND;TZID=W. Europe Standard Time:20260304T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:STZ Kiel\, Brandhaus Übungsgelände
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
]
