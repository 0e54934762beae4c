"""holdout277 events, part B: the user's own interviews, mostly single rounds at further employers."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout277ev_zones import GMT, LONDON, MADRID, ROMANCE, VIENNA, WEU, ZURICH, ZURICH_APPLE

FORMS = {
    "Club zum Weissen Schwan": "Club Schwan|Weissen Schwan|Zum Weissen Schwan",
    "Privatstiftung Hohenwart": "Hohenwart|Stiftung Hohenwart",
    "Privatklinik Hirschberg": "Klinik Hirschberg|Hirschberg",
    "Residenzen am Zürichberg AG": "Residenzen am Zürichberg|Residenzen Zürichberg",
    "Meridian Yacht Management": "Meridian|Meridian Yachts|Meridian Yacht Management SAM",
    "Office Familial Caravelle SAM": "Office Familial Caravelle|Caravelle|Caravelle Family Office",
    "Schloss Rebstein": "Familie Tschanz|Rebstein",
    "Maison Alpenlicht": "Alpenlicht|Maison Alpenlicht Andermatt",
    "Fondation Internationale Lémanique": "FIL|Fondation Lémanique|Villa des Crêts",
    "Van der Lint Family": "Van der Lint|Chalet Les Arolles|famille Van der Lint",
    "Rothwell Estates Ltd": "Rothwell Estates|Rothwell",
    "Familie Amsler": "Amsler|Haushalt Amsler|Amsler family",
    "Grand Hotel Sonnmatt": "Sonnmatt|Hotel Sonnmatt|Sonnmatt Gstaad",
    "Privatbank Rheinfels AG": "Privatbank Rheinfels|Rheinfels|Haus zum Rech",
    "Vantor Capital Family Office": "Vantor|Vantor Capital|Vantor FO",
    "Ashdown Trust Company": "Ashdown|Ashdown Trust|Ashdown Trust Company Limited",
    "Alpine Estates Management GmbH": "Alpine Estates Management|Alpine Estates",
    "Seeburg Residences AG": "Seeburg Residences|Seeburg",
    "Kessler Family Office": "KFO|Familie K.|Familie Kessler|Kessler",
    "Familie Caflisch": "Caflisch|Chesa Caflisch",
    "Club Saanenland Privé": "Club Saanenland|Saanenland Privé",
    "Nordlicht Holding": "Nordlicht|Nordlicht Holding AG",
    "Swiss Alpine Luxury Hotels AG": "Swiss Alpine Luxury Hotels|SALH|Hotel Engadinerhof|Engadinerhof",
    "Fairhaven Estates": "Fairhaven|Fairhaven Estate",
    "Golfclub Hinterwald": "GC Hinterwald|Hinterwald",
    "Bernasconi Family Office SA": "Bernasconi Family Office|Bernasconi|Famiglia Bernasconi|Villa Malcantone",
    "Familia Otaegui": "Otaegui|Otaegui family|familia Otaegui",
    "Château de la Venoge SA": "Château de la Venoge|Chateau de la Venoge|La Venoge",
}

EVENTS = [
    dict(
        kind="ios-floating-hand-typed",
        uid="A93C0E51-4B7F-4D28-8E06-5C1B9F3A27D4",
        is_interview=1,
        company="Club zum Weissen Schwan",
        role="Housemanager",
        stage="",
        interviewers="Hr. Imhof",
        trap="hand-typed-floating-abbreviated-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260121T071102Z
DTSTAMP:20260121T071140Z
DTSTART:20260127T100000
DTEND:20260127T110000
LAST-MODIFIED:20260121T071140Z
LOCATION:Club z. Weissen Schwan\, Rennweg
SEQUENCE:0
SUMMARY:Gespr. Club Schwan – Hr. Imhof (Housemanager)
DESCRIPTION:Hintereingang Glockengasse\, Krawatte. Zeugnisse Kopie
TRANSP:OPAQUE
UID:A93C0E51-4B7F-4D28-8E06-5C1B9F3A27D4
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:E1D0C3B2-7A6F-4E5D-9C8B-0A1F2E3D4C5B
X-WR-ALARMUID:E1D0C3B2-7A6F-4E5D-9C8B-0A1F2E3D4C5B
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-vienna-zone",
        uid="0dn3v7q1k8mf2c5s9b4h6tlr0a@google.com",
        is_interview=1,
        company="Privatstiftung Hohenwart",
        role="Haushaltsmanager:in",
        stage="hiring_manager",
        interviewers="elisabeth.strasser@hohenwart-stiftung.example.at",
        trap="austrian-foundation-google-meet-vienna-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + VIENNA
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260226T100000
DTEND;TZID=Europe/Vienna:20260226T110000
DTSTAMP:20260217T140322Z
ORGANIZER;CN=Elisabeth Strasser:mailto:elisabeth.strasser@hohenwart-stiftung.example.at
UID:0dn3v7q1k8mf2c5s9b4h6tlr0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elisab
 eth Strasser;X-NUM-GUESTS=0:mailto:elisabeth.strasser@hohenwart-stiftung.exa
 mple.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/vub-tkzr-oqm
CREATED:20260217T140201Z
DESCRIPTION:Sehr geehrter Herr Aebersold\,\n\nwie telefonisch vereinbart\, f
 reue ich mich auf unser Bewerbungsgespräch für die Position Haushaltsmanager:
 in (Landsitz Hohenwart\, Kitzbühel). Bitte schicken Sie mir vorab noch Ihre D
 ienstzeugnisse.\n\nMit besten Grüßen\nMag. Elisabeth Strasser\nStiftungsvorst
 ändin\, Privatstiftung Hohenwart\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nMit Google Meet teilnehmen:
  https://meet.google.com/vub-tkzr-oqm\n\nWeitere Informationen zu Meet: https
 ://support.google.com/a/users/answer/9282720\n\nBitte bearbeiten Sie diesen A
 bschnitt der Beschreibung nicht.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nEinladung von Google Kalend
 er: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail\, weil
  Sie ein Gast dieses Termins sind.
LAST-MODIFIED:20260217T140322Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bewerbungsgespräch Haushaltsmanager:in – Aebersold
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="umantis-invite",
        uid="umantis-appointment-ed61f0a3-1c8b-4e5d-a09f-7b2c4d9e1f30@umantis.example.ch",
        is_interview=1,
        company="Privatklinik Hirschberg",
        role="Guest Relations Manager (80–100%)",
        stage="recruiter_screen",
        interviewers="petra.zuercher@klinik-hirschberg.example.ch",
        trap="swiss-umantis-clinic-guest-relations-erstgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis AG//Umantis Talent Management//DE
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
UID:umantis-appointment-ed61f0a3-1c8b-4e5d-a09f-7b2c4d9e1f30@umantis.example.ch
DTSTAMP:20260302T085011Z
DTSTART;TZID=Europe/Zurich:20260310T110000
DTEND;TZID=Europe/Zurich:20260310T120000
SUMMARY:Erstgespräch Guest Relations Manager (80–100%) – Privatklinik Hirschberg
ORGANIZER;CN=Privatklinik Hirschberg Human Resources:mailto:hr@klinik-hirschberg.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Petra Zürcher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:petra.zuercher@klinik-hirschberg.example.ch
LOCATION:Privatklinik Hirschberg\, Haus B\, Empfang\, Hirschbergstrasse 20\, 8044 Zürich
DESCRIPTION:Guten Tag Herr Aebersold\n\nGerne bestätigen wir Ihnen das Erstg
 espräch mit Frau Petra Zürcher\, HR-Fachfrau. Bitte melden Sie sich 10 Minute
 n vorher am Empfang Haus B.\n\nZur Terminbestätigung: https://recruitingapp-1
 042.umantis.example.ch/Candidate/Appointment/ed61f0a3\n\nFreundliche Grüsse\n
 HR Privatklinik Hirschberg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings-confirmation",
        uid="040000008200E00074C5B7101A82E0080000000091C3E7A2F4C0DC01000000000000000010000000D4A7E2B1C9F05386A2E1D0B7C4F3E962",
        is_interview=1,
        company="Residenzen am Zürichberg AG",
        role="House Manager Residences",
        stage="hiring_manager",
        interviewers="daniel.furrer@residenzen-zuerichberg.example.ch",
        trap="bookings-mailbox-organizer-staff-member-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Residenzen am Zürichberg – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@residenzen-zuerichberg.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Daniel Furrer:mailto:daniel.furrer@residenzen-zuerichberg.example.ch
DESCRIPTION;LANGUAGE=de-CH:Ihre Buchung wurde bestätigt.\n\nDienst: Vorstellungsgespräch House Manager Residences\nMitarbeiter: Daniel Furrer (Geschäftsführer)\nDauer: 60 Minuten\nOrt: Residenzen am Zürichberg\, Empfangspavillon\, Gladbachstrasse 61\, 8044 Zürich\n\nKunde: Thomas Aebersold\, t.aebersold@bluewin.ch\, +41 79 412 58 36\n\nDie Buchung kann bis 24 Stunden vorher verwaltet werden: https://outlook.office365.com/owa/calendar/ResidenzenamZuerichberg@residenzen-zuerichberg.example.ch/bookings/\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E0080000000091C3E7A2F4C0DC01000000000000000010000000D4A7E2B1C9F05386A2E1D0B7C4F3E962
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch House Manager Residences für Thomas Aebersold
DTSTART;TZID=W. Europe Standard Time:20260331T170000
DTEND;TZID=W. Europe Standard Time:20260331T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260323T202944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Residenzen am Zürichberg\, Empfangspavillon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-91f2a6c4-3d7e-4b08-a5c1-e8d02f7b6a19@hire.lever.example.co",
        is_interview=1,
        company="Meridian Yacht Management",
        role="Estate & House Manager – Villa and M/Y",
        stage="recruiter_screen",
        interviewers="camille.lambert@meridian-yachts.example.mc",
        trap="lever-monaco-yacht-estate-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-91f2a6c4-3d7e-4b08-a5c1-e8d02f7b6a19@hire.lever.example.co
DTSTAMP:20260326T173204Z
DTSTART:20260402T070000Z
DTEND:20260402T073000Z
SUMMARY:Interview with Meridian Yacht Management – Estate & House Manager – Villa and M/Y
ORGANIZER;CN=Camille Lambert:mailto:no-reply@hire.lever.example.co
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Camille Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.lambert@meridian-yachts.example.mc
LOCATION:Phone call – Camille will call +41 79 412 58 36
DESCRIPTION:Hi Thomas\,\n\nYou're confirmed for a 30-minute phone screen wit
 h Camille Lambert (Talent Partner) for the Estate & House Manager role (Villa
  Cap Martin and M/Y Solenne\, shore-based). \n\nIf you need to reschedule\, p
 lease reply to this email.\n\nBest\,\nThe Meridian Yacht Management team\nQua
 i Antoine 1er 8\, 98000 Monaco
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-romance-teams-french",
        uid="040000008200E00074C5B7101A82E008000000007F2C0B9E13CADC010000000000000000100000001E6C3A9D7F0B2458C1E7A3D9F0B6C2E4",
        is_interview=1,
        company="Office Familial Caravelle SAM",
        role="Majordome / House Manager",
        stage="hiring_manager",
        interviewers="h.garnier@caravelle-office.example.mc",
        trap="romance-zone-monaco-majordome-teams",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Garnier, Hélène":mailto:h.garnier@caravelle-office.example.mc
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=fr-FR:Monsieur Aebersold\,\n\nJe vous remercie pour votre dossier. Je vous propose un entretien en visioconférence au sujet du poste de Majordome / House Manager pour la résidence de nos mandants à Monaco et leur chalet de Gstaad.\n\nCordialement\,\nHélène Garnier\nDirectrice générale\nOffice Familial Caravelle SAM\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFhYmQw@thread.v2/0>\nID de la réunion : 318 552 907 41\nCode secret : Pa7x9Q\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000007F2C0B9E13CADC010000000000000000100000001E6C3A9D7F0B2458C1E7A3D9F0B6C2E4
SUMMARY;LANGUAGE=fr-FR:Entretien – Majordome / House Manager
DTSTART;TZID=Romance Standard Time:20260423T150000
DTEND;TZID=Romance Standard Time:20260423T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260416T092731Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-owner-freemail",
        uid="2r6tq0d9h3vk7b1m5f8c4sjn1p@google.com",
        is_interview=1,
        company="Schloss Rebstein",
        role="Schlossverwalter",
        stage="hiring_manager",
        interviewers="regula.tschanz@gmail.com",
        trap="owner-freemail-kennenlernen-no-interview-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260131T130000Z
DTEND:20260131T150000Z
DTSTAMP:20260124T184702Z
ORGANIZER;CN=Regula Tschanz:mailto:regula.tschanz@gmail.com
UID:2r6tq0d9h3vk7b1m5f8c4sjn1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Regula 
 Tschanz;X-NUM-GUESTS=0:mailto:regula.tschanz@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20260124T184525Z
DESCRIPTION:Lieber Herr Aebersold\, wie am Telefon besprochen: Kennenlernen 
 auf Schloss Rebstein wegen der Verwalterstelle. Mein Mann und ich zeigen Ihne
 n das Haus\, den Park und die Remise\, danach Kaffee in der Bibliothek. Parki
 eren Sie im Hof.\nHerzlich\, Regula Tschanz\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nBitte bearbeit
 en Sie diesen Abschnitt der Beschreibung nicht.\n\nTermin ansehen: https://ca
 lendar.google.com/calendar/event?action=VIEW&eid=MnI2dHEwZDloM3ZrN2IxbTVmOGM0
 c2puMXAgdC5hZWJlcnNvbGRAYmx1ZXdpbi5jaA&tok=MjMjcmVndWxh&ctz=Europe%2FZurich&h
 l=de&es=1.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260124T184702Z
LOCATION:Schloss Rebstein\, Schlossweg 3\, 9445 Rebstein
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Schloss Rebstein (Hr. Aebersold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icloud-founder-invite",
        uid="3D8B1F40-92C6-4E7A-B5D1-6A0E2C9F8B37",
        is_interview=1,
        company="Maison Alpenlicht",
        role="Host & House Manager",
        stage="hiring_manager",
        interviewers="lukas.gamma@icloud.com",
        trap="founder-icloud-apero-no-job-word-in-summary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4.1//EN
CALSCALE:GREGORIAN
"""
        + ZURICH_APPLE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Thomas Aebersold;CUTYPE=INDIVIDUAL;EMAIL=t.aebersold@bluewin.ch;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Lukas Gamma;CUTYPE=INDIVIDUAL;EMAIL=lukas.gamma@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:lukas.gamma@icloud.com
CREATED:20260430T195512Z
DESCRIPTION:Thomas\, schön dass es klappt. Ich zeig dir das Haus (6 Suiten\, Stube\, Weinkeller)\, dann reden wir bei einem Apéro über die Rolle als Host & House Manager ab Wintersaison. Du kannst mit dem Zug kommen\, ich hole dich in Andermatt ab.\nLukas (Gründer Maison Alpenlicht)
DTEND;TZID=Europe/Zurich:20260508T180000
DTSTAMP:20260430T195603Z
DTSTART;TZID=Europe/Zurich:20260508T160000
LAST-MODIFIED:20260430T195603Z
LOCATION:Maison Alpenlicht\nGotthardstrasse 52\, 6490 Andermatt
ORGANIZER;CN=Lukas Gamma;EMAIL=lukas.gamma@icloud.com:mailto:lukas.gamma@icloud.com
SEQUENCE:0
SUMMARY:Apéro + Hausrundgang Alpenlicht
TRANSP:OPAQUE
UID:3D8B1F40-92C6-4E7A-B5D1-6A0E2C9F8B37
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-french-invite",
        uid="8e4f2a1c9b7d4e3fa6c0d5b2e1f7a893@webex.example.com",
        is_interview=1,
        company="Fondation Internationale Lémanique",
        role="Gérant de la maison d'hôtes (Villa des Crêts)",
        stage="hiring_manager",
        interviewers="ma.dufour@fil-geneve.example.org",
        trap="webex-boilerplate-french-guest-house",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
UID:8e4f2a1c9b7d4e3fa6c0d5b2e1f7a893@webex.example.com
DTSTAMP:20260506T073311Z
DTSTART;TZID=Europe/Zurich:20260514T093000
DTEND;TZID=Europe/Zurich:20260514T103000
SUMMARY:Entretien – Gérant(e) de la maison d'hôtes
ORGANIZER;CN=Marc-Antoine Dufour:mailto:ma.dufour@fil-geneve.example.org
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
LOCATION:https://fil-geneve.webex.example.com/fil-geneve/j.php?MTID=m3b8f1d0e
DESCRIPTION:Marc-Antoine Dufour\, Secrétaire général de la Fondation Internat
 ionale Lémanique\, vous invite à une réunion Webex planifiée : entretien pour
  le poste de Gérant(e) de la maison d'hôtes (Villa des Crêts\, Genthod).\n\n
 Lien de la réunion :\nhttps://fil-geneve.webex.example.com/fil-geneve/j.php?
 MTID=m3b8f1d0e\n\nNuméro de la réunion : 2741 338 0196\nMot de passe : Crets2
 026\n\nRejoindre par téléphone\n+41-43-000-1133 Suisse (Zurich)\nCode d'accè
 s : 274 133 80196\n\nBesoin d'aide ? https://help.webex.example.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-zoom-principal",
        uid="040000008200E00074C5B7101A82E0080000000042E7A3D91F9DDC01000000000000000010000000B3F0D9C2A6E14B75D8C3A1E0F9B2D746",
        is_interview=1,
        company="Van der Lint Family",
        role="Chalet Manager (Gstaad)",
        stage="hiring_manager",
        interviewers="eline@vanderlint.example.nl",
        trap="swiss-agency-organizer-principal-private-domain",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Bonvin, Aurélie":mailto:a.bonvin@staffingsuisseprive.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eline van der Lint":mailto:eline@vanderlint.example.nl
DESCRIPTION;LANGUAGE=en-GB:Dear Thomas\,\n\nMrs Eline van der Lint would like to meet you by Zoom regarding the Chalet Manager position at Chalet Les Arolles\, Gstaad (winter and summer seasons\, year-round responsibility). She speaks English and some French. Please keep the family's name confidential.\n\nhttps://zoom.us/j/93120477815?pwd=QXJvbGxlczIwMjY\nMeeting ID: 931 2047 7815\nPasscode: 504412\n\nBien à vous\,\nAurélie Bonvin\nConsultante senior\nStaffing Suisse Privé SA\, Lausanne\n
UID:040000008200E00074C5B7101A82E0080000000042E7A3D91F9DDC01000000000000000010000000B3F0D9C2A6E14B75D8C3A1E0F9B2D746
SUMMARY;LANGUAGE=en-GB:Zoom: Mrs van der Lint / T. Aebersold – Chalet Manager
DTSTART;TZID=W. Europe Standard Time:20260218T183000
DTEND;TZID=W. Europe Standard Time:20260218T192000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T104419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-agency-screen",
        uid="6m1b9q4t0cvk3d7h2n8f5rlse6@google.com",
        is_interview=1,
        company="Rothwell Estates Ltd",
        role="House Manager (London & Lake Geneva)",
        stage="recruiter_screen",
        interviewers="rupert.ashby@mayfairhousehold.example.co.uk",
        trap="agency-screen-names-client-company-is-client",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + LONDON
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260122T090000
DTEND;TZID=Europe/London:20260122T094500
DTSTAMP:20260116T150208Z
ORGANIZER;CN=Rupert Ashby:mailto:rupert.ashby@mayfairhousehold.example.co.uk
UID:6m1b9q4t0cvk3d7h2n8f5rlse6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rupert 
 Ashby;X-NUM-GUESTS=0:mailto:rupert.ashby@mayfairhousehold.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20260116T150013Z
DESCRIPTION:Thomas – screening call for the House Manager vacancy with our c
 lient Rothwell Estates Ltd (family property company: Kensington house + lake
 side villa near Nyon). I'll take you through the brief and run our standard c
 ompetency interview\; if it goes well I'll present you to the client next wee
 k.\nI'll call you on +41 79 412 58 36.\n\nRupert Ashby\nMayfair Household Pla
 cements\n\nInvitation from Google Calendar: https://calendar.google.com/calen
 dar/\n\nYou are receiving this email because you are an attendee on the even
 t.
LAST-MODIFIED:20260116T150208Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screening call – House Manager – Rothwell Estates (Mayfair HP)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-telefoninterview",
        uid="040000008200E00074C5B7101A82E00800000000A8E1F4C27B99DC01000000000000000010000000E0C4B8A2D6F13975C0E8A4B2D1F6C3A0",
        is_interview=1,
        company="Familie Amsler",
        role="Hausverwalter",
        stage="recruiter_screen",
        interviewers="m.ziegler@hausdienst-partner.example.ch",
        trap="agency-telefoninterview-names-family-as-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Ziegler, Monika":mailto:m.ziegler@hausdienst-partner.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Aebersold\n\nwie angekündigt rufe ich Sie für unser strukturiertes Telefoninterview an (ca. 40 Min.). Es geht um die Stelle als Hausverwalter bei Familie Amsler in Meilen (Haupthaus\, Gästehaus\, Bootshaus\; Team von 5). Familie Amsler hat uns erlaubt\, den Namen zu nennen – bitte dennoch diskret behandeln.\n\nFreundliche Grüsse\nMonika Ziegler\nHausdienst Partner AG\, Personalvermittlung für Privathaushalte\nBahnhofstrasse 3\, 8001 Zürich\n
UID:040000008200E00074C5B7101A82E00800000000A8E1F4C27B99DC01000000000000000010000000E0C4B8A2D6F13975C0E8A4B2D1F6C3A0
SUMMARY;LANGUAGE=de-CH:Telefoninterview Hausverwalter Fam. Amsler – T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260209T121500
DTEND;TZID=W. Europe Standard Time:20260209T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260203T111145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon (Hausdienst Partner ruft an)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-practical-test",
        uid="1f7kc3m9q0b5v2d8h4t6nrsa3j@google.com",
        is_interview=1,
        company="Familie Amsler",
        role="Hausverwalter",
        stage="technical",
        interviewers="barbara.amsler@gmail.com",
        trap="principal-gmail-practical-table-and-silver-test",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260220T130000Z
DTEND:20260220T163000Z
DTSTAMP:20260213T082140Z
ORGANIZER;CN=Barbara Amsler:mailto:barbara.amsler@gmail.com
UID:1f7kc3m9q0b5v2d8h4t6nrsa3j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Barbara
  Amsler;X-NUM-GUESTS=0:mailto:barbara.amsler@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=m.ziegl
 er@hausdienst-partner.example.ch;X-NUM-GUESTS=0:mailto:m.ziegler@hausdienst-
 partner.example.ch
CREATED:20260213T081922Z
DESCRIPTION:Praktischer Teil für die Stelle Hausverwalter: Tisch für 8 einde
 cken (Menü liegt bereit)\, Weinservice\, Silberpflege\, kurzer Rundgang Techn
 ik mit unserem Hauswart. Ich schaue zu\, danach besprechen wir alles bei eine
 m Tee.\nBarbara Amsler\n\nEinladung von Google Kalender: https://calendar.goo
 gle.com/calendar/\n\nSie erhalten diese E-Mail\, weil Sie ein Gast dieses Ter
 mins sind.
LAST-MODIFIED:20260213T082140Z
LOCATION:Seestrasse 880\, 8706 Meilen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Praktischer Teil Hausverwalter – Amsler\, Meilen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-desktop-export",
        uid="040000008200E00074C5B7101A82E00800000000E5B2D0A8C1BBDC010000000000000000100000007A3D9F1E0C4B2658D7E1A0C3F9B4D2E8",
        is_interview=1,
        company="Grand Hotel Sonnmatt",
        role="Head Butler",
        stage="hiring_manager",
        interviewers="f.moser@sonnmatt-gstaad.example.ch",
        trap="outlook-desktop-mimedir-hotel-manager-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + WEU
        + r"""BEGIN:VEVENT
ATTENDEE;CN=t.aebersold@bluewin.ch;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
CLASS:PUBLIC
CREATED:20260316T142211Z
DESCRIPTION:Sehr geehrter Herr Aebersold\n\nIch freue mich\, Sie für die Stelle als Head Butler im Grand Hotel Sonnmatt kennenzulernen. Wir treffen uns in der Hotelhalle\; anschliessend zeige ich Ihnen die Butler-Etage und die Suiten.\n\nFreundliche Grüsse\nFabienne Moser\nHotel Manager\nGrand Hotel Sonnmatt\, Gstaad\n
DTEND;TZID="W. Europe Standard Time":20260324T143000
DTSTAMP:20260316T142211Z
DTSTART;TZID="W. Europe Standard Time":20260324T130000
LAST-MODIFIED:20260316T142211Z
LOCATION:Grand Hotel Sonnmatt\, Hotelhalle
ORGANIZER;CN="Moser, Fabienne":mailto:f.moser@sonnmatt-gstaad.example.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch Head Butler
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5B2D0A8C1BBDC010000000000000000100000007A3D9F1E0C4B2658D7E1A0C3F9B4D2E8
X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<BODY>\n<P><FONT FACE="Calibri">Sehr geehrter Herr Aebersold</FONT></P>\n<P><FONT FACE="Calibri">Ich freue mich\, Sie für die Stelle als Head Butler im Grand Hotel Sonnmatt kennenzulernen.</FONT></P>\n</BODY>\n</HTML>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="macos-floating-trial-shift",
        uid="C2E7A4D9-1B5F-4083-9E6C-7D2A0F8B3E15",
        is_interview=1,
        company="Grand Hotel Sonnmatt",
        role="Head Butler",
        stage="onsite",
        interviewers="F. Moser",
        trap="hand-typed-trial-shift-evening-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260327T210844Z
DTSTAMP:20260327T211002Z
DTSTART:20260411T150000
DTEND:20260411T233000
LAST-MODIFIED:20260327T211002Z
LOCATION:Sonnmatt Gstaad
SEQUENCE:0
SUMMARY:Trial shift Sonnmatt (Head Butler) – F. Moser
DESCRIPTION:15h Briefing mit F. Moser\, dann Butler-Service Suiten 3.OG + Dinner Gala\nFrack mitnehmen!! Zimmer im Personalhaus\, Rückfahrt So
TRANSP:OPAQUE
UID:C2E7A4D9-1B5F-4083-9E6C-7D2A0F8B3E15
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
UID:7F3A1B2C-4D5E-4F60-8A9B-0C1D2E3F4A5B
X-WR-ALARMUID:7F3A1B2C-4D5E-4F60-8A9B-0C1D2E3F4A5B
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="avature-online-assessment",
        uid="avature-assessment-rheinfels-20417-0091@avature.example.net",
        is_interview=1,
        company="Privatbank Rheinfels AG",
        role="Residence Manager Gästehaus «Haus zum Rech»",
        stage="technical",
        interviewers="",
        trap="online-assessment-block-no-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Recruiting//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:avature-assessment-rheinfels-20417-0091@avature.example.net
DTSTAMP:20260420T061512Z
DTSTART:20260427T170000Z
DTEND:20260427T183000Z
SUMMARY:Online-Assessment – Residence Manager Gästehaus «Haus zum Rech» (Privatbank Rheinfels AG)
ORGANIZER;CN=Privatbank Rheinfels AG Talent Acquisition:mailto:careers@rheinfels-bank.example.ch
LOCATION:Online (Link im Bewerberportal)
DESCRIPTION:Sehr geehrter Herr Aebersold\, als nächsten Schritt im Auswahlver
 fahren bitten wir Sie\, das Online-Assessment (Persönlichkeitsfragebogen ca. 
 40 Min.\, Fallstudie Gästehaus-Budget ca. 45 Min.) in diesem Zeitfenster zu a
 bsolvieren. Die Resultate werden mit Ihnen im nächsten Gespräch besprochen.\n
 Zugang: https://rheinfels.avature.example.net/portal/assessment/20417\nPrivat
 bank Rheinfels AG\, Human Resources\, Rheinfelsgasse 2\, 4051 Basel
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-case-interview",
        uid="greenhouse-interview-6702931-candidate-44810@greenhouse.example.io",
        is_interview=1,
        company="Vantor Capital Family Office",
        role="Estate Operations Manager",
        stage="technical",
        interviewers="m.kunz@vantorcapital.example.ch;s.haller@vantorcapital.example.ch",
        trap="greenhouse-case-interview-budget-vendors",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-6702931-candidate-44810@greenhouse.example.io
DTSTAMP:20260428T125530Z
DTSTART:20260505T113000Z
DTEND:20260505T130000Z
SUMMARY:Case Interview: Estate Operations Manager – Thomas Aebersold
ORGANIZER;CN=Vantor Capital Recruiting:mailto:recruiting@vantorcapital.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Martina Kunz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.kunz@vantorcapital.example.ch
ATTENDEE;CN=Stefan Haller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.haller@vantorcapital.example.ch
LOCATION:Vantor Capital\, Churerstrasse 47\, 8808 Pfäffikon SZ – Meeting Room Etzel
DESCRIPTION:Hi Thomas\,\n\nHere are the details for your case interview for 
 the Estate Operations Manager role.\n\nYou will receive a short case (annual
  budget and contractor plan for two properties) 30 minutes before\, then pres
 ent and discuss it with:\n- Martina Kunz\, Head of Family Services\n- Stefan 
 Haller\, Finance Manager\n\nPlease bring a laptop. Ask for the recruiting tea
 m at reception.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-gmt-teams-trust",
        uid="040000008200E00074C5B7101A82E0080000000017D4E9B2A6A9DC0100000000000000001000000059C1A7E3D0B24F86A3E9C1D7B0F4A2E6",
        is_interview=1,
        company="Ashdown Trust Company",
        role="Property & Estate Manager, Verbier",
        stage="hiring_manager",
        interviewers="n.lebrocq@ashdowntrust.example.je",
        trap="jersey-trust-company-gmt-zone-teams",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Le Brocq, Nicholas":mailto:n.lebrocq@ashdowntrust.example.je
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ashdown Reception":mailto:reception@ashdowntrust.example.je
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Aebersold\,\n\nThank you for your application for the role of Property & Estate Manager\, Verbier. The property is held in a structure administered by Ashdown Trust Company\; I am the relationship director responsible and will conduct the interview.\n\nKind regards\nNicholas Le Brocq\nDirector\, Private Client Property\nAshdown Trust Company Limited\, St Helier\, Jersey\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk3Y2Fh@thread.v2/0>\nMeeting ID: 377 190 284 60\nPasscode: Jr4Lp8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000017D4E9B2A6A9DC0100000000000000001000000059C1A7E3D0B24F86A3E9C1D7B0F4A2E6
SUMMARY;LANGUAGE=en-GB:Interview – Property & Estate Manager\, Verbier
DTSTART;TZID=GMT Standard Time:20260305T160000
DTEND;TZID=GMT Standard Time:20260305T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T101007Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-appointment-booking",
        uid="_6tlnaqrle5p6cpb4dhmj4phpeeq3ecpj6gs38dpg64rj4e1h6os3ech@google.com",
        is_interview=1,
        company="Alpine Estates Management GmbH",
        role="Estate Manager",
        stage="hiring_manager",
        interviewers="julien.michellod@alpine-estates.example.ch",
        trap="google-appointment-schedule-booked-by-user",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260119T113000Z
DTEND:20260119T120000Z
DTSTAMP:20260112T200117Z
ORGANIZER;CN=Julien Michellod:mailto:julien.michellod@alpine-estates.example.ch
UID:_6tlnaqrle5p6cpb4dhmj4phpeeq3ecpj6gs38dpg64rj4e1h6os3ech@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien 
 Michellod;X-NUM-GUESTS=0:mailto:julien.michellod@alpine-estates.example.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas 
 Aebersold;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/kwe-bnpd-zrx
CREATED:20260112T200117Z
DESCRIPTION:Booked by\nThomas Aebersold\nt.aebersold@bluewin.ch\n\nCandidate
 s – Estate Manager (Verbier / Crans-Montana): 30 minutes with Julien Michello
 d\, Managing Director\, Alpine Estates Management GmbH.\n\nTell us briefly ab
 out your experience with chalet operations:\nHouse manager for a UHNW family
 \, Lake Zurich + Arosa chalet\, 11 years.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Goo
 gle Meet: https://meet.google.com/kwe-bnpd-zrx\n\nLearn more about Meet at: h
 ttps://support.google.com/a/users/answer/9282720\n\nPlease do not edit this s
 ection.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~::~:~::-\n\nThis event was created from an appointment schedule
 . Manage your bookings: https://calendar.google.com/calendar/appointments/sch
 edules/AcZssZ3
LAST-MODIFIED:20260112T200117Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Estate Manager – first call (Thomas Aebersold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-schlussgespraech",
        uid="040000008200E00074C5B7101A82E00800000000C84F1E0B2DD7DC01000000000000000010000000F7B2E0A9C3D14E68B1F0C8E2A5D9B3C7",
        is_interview=1,
        company="Seeburg Residences AG",
        role="Director of Residences",
        stage="final",
        interviewers="thomas.lustenberger@seeburg-residences.example.ch;vr.praesident@seeburg-residences.example.ch",
        trap="interviewer-shares-user-first-name-schlussgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Lustenberger, Thomas":mailto:thomas.lustenberger@seeburg-residences.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aebersold Thomas":mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Ursula Meyer-Bucher (VR-Präsidentin)":mailto:vr.praesident@seeburg-residences.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Seeburg Verwaltungsratszimmer":mailto:vr.zimmer@seeburg-residences.example.ch
DESCRIPTION;LANGUAGE=de-CH:Lieber Herr Aebersold\n\nnach den guten Gesprächen freue ich mich\, Sie zum Schlussgespräch mit unserer Verwaltungsratspräsidentin\, Frau Dr. Ursula Meyer-Bucher\, einzuladen. Danach würden wir gerne die Vertragseckpunkte besprechen.\n\nHerzliche Grüsse\nThomas Lustenberger\nCEO Seeburg Residences AG\, Seeburgstrasse 61\, 6006 Luzern\n
UID:040000008200E00074C5B7101A82E00800000000C84F1E0B2DD7DC01000000000000000010000000F7B2E0A9C3D14E68B1F0C8E2A5D9B3C7
SUMMARY;LANGUAGE=de-CH:Schlussgespräch Director of Residences – Hr. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260609T100000
DTEND;TZID=W. Europe Standard Time:20260609T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260601T143318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Seeburg Verwaltungsratszimmer
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-chief-of-staff",
        uid="040000008200E00074C5B7101A82E00800000000D5C0A7E31CC8DC010000000000000000100000003C8E1B4F7A2D09E5B6C3F1A8D0E7B2C9",
        is_interview=1,
        company="Kessler Family Office",
        role="Majordomus",
        stage="hiring_manager",
        interviewers="b.lanz@kfo.example.ch",
        trap="principal-by-initial-agency-sent-by-chief-of-staff",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Private Staff Consulting GmbH";SENT-BY="mailto:sandro.weber@privatestaff.example.ch":mailto:office@privatestaff.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lanz, Beatrice (Dr.)":mailto:b.lanz@kfo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Aebersold\n\nwie besprochen: Gespräch mit Frau Dr. Beatrice Lanz\, Chief of Staff des Principals (Familie K.\, Herrliberg)\, betreffend die Position Majordomus. Das Gespräch findet im Büro des Kessler Family Office (KFO) statt\, Forchstrasse 18\, 8704 Herrliberg\, Klingel «KFO».\n\nBitte erwähnen Sie die Familie gegenüber Dritten nicht. Die Vertraulichkeitserklärung haben Sie bereits unterzeichnet.\n\nFreundliche Grüsse\nSandro Weber\nPrivate Staff Consulting GmbH\n
UID:040000008200E00074C5B7101A82E00800000000D5C0A7E31CC8DC010000000000000000100000003C8E1B4F7A2D09E5B6C3F1A8D0E7B2C9
SUMMARY;LANGUAGE=de-CH:Gespräch Majordomus – Dr. B. Lanz (KFO) / T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260409T080000
DTEND;TZID=W. Europe Standard Time:20260409T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260401T161202Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:KFO Herrliberg
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-abbreviated",
        uid="4c9v0m2d7k1q5b8f3h6t9nrs0e@google.com",
        is_interview=1,
        company="Familie Caflisch",
        role="Hausverwalter",
        stage="hiring_manager",
        interviewers="Fr. Caflisch",
        trap="google-export-x-wr-calname-typo-vorst-gespr",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Thomas privat
X-WR-TIMEZONE:Europe/Zurich
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260228T110000
DTEND;TZID=Europe/Zurich:20260228T123000
DTSTAMP:20260301T080000Z
UID:4c9v0m2d7k1q5b8f3h6t9nrs0e@google.com
CREATED:20260222T173301Z
DESCRIPTION:Fr. Caflisch\, Chesa Caflisch\, Samedan. Hausverw. Ganzjahr\, Wo
 hnung im Haus. Zug 06:37 ab ZH\, umst. Chur
LAST-MODIFIED:20260222T173410Z
LOCATION:Samedan
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorst.gespr Caflisch Samedan (Hausverw.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM86255130947@zoom.us",
        is_interview=1,
        company="Club Saanenland Privé",
        role="Clubhouse Manager",
        stage="hiring_manager",
        interviewers="p.oehrli@clubsaanenland.example.ch",
        trap="zoom-ics-club-president-english-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20260319T091544Z
DTSTART:20260327T170000Z
DTEND:20260327T180000Z
SUMMARY:Clubhouse Manager – Interview with Patrick Oehrli (President)
UID:ZOOM86255130947@zoom.us
TZID:Europe/Zurich
DESCRIPTION:Patrick Oehrli is inviting you to a scheduled Zoom meeting.\n\nJ
 oin Zoom Meeting\nhttps://zoom.us/j/86255130947?pwd=U2FhbmVubGFuZDIwMjY\n\nMe
 eting ID: 862 5513 0947\nPasscode: 201977\n\n---\n\nOne tap mobile\n+41315280
 988\,\,86255130947#\,\,\,\,*201977# Switzerland\n\n---\n\nDial by your locatio
 n\n• +41 31 528 0988 Switzerland\n• +41 43 210 7108 Switzerland\n\nClub Saane
 nland Privé – Clubhouse Manager position. Please contact p.oehrli@clubsaanenl
 and.example.ch if you need to change the time.
LOCATION:https://zoom.us/j/86255130947?pwd=U2FhbmVubGFuZDIwMjY
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-founder-gmail",
        uid="5s2k8d0v1b6m3q9f7c4hjtn2pe@google.com",
        is_interview=1,
        company="Nordlicht Holding",
        role="House Manager",
        stage="hiring_manager",
        interviewers="jonas.keller.zg@gmail.com",
        trap="founder-gmail-terse-call-summary",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260522T053000Z
DTEND:20260522T060000Z
DTSTAMP:20260518T221233Z
ORGANIZER;CN=Jonas Keller:mailto:jonas.keller.zg@gmail.com
UID:5s2k8d0v1b6m3q9f7c4hjtn2pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas K
 eller;X-NUM-GUESTS=0:mailto:jonas.keller.zg@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20260518T221233Z
DESCRIPTION:hi thomas\, sorry for the early slot\, flying at 10. quick call a
 bout the house manager job in Zug (new house\, moving in Sept\, wife + 3 kids
 ). my company is Nordlicht Holding\, the household would be paid through it. 
 will call your mobile. jonas\n\nInvitation from Google Calendar: https://cale
 ndar.google.com/calendar/\n\nYou are receiving this email because you are an 
 attendee on the event.
LAST-MODIFIED:20260518T221233Z
LOCATION:phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call Jonas / Thomas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prescreen-one-way-video",
        uid="prescreen-videointerview-75133-aebersold@prescreen.example.io",
        is_interview=1,
        company="Swiss Alpine Luxury Hotels AG",
        role="Head Butler – Hotel Engadinerhof St. Moritz",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-video-interview-deadline-window",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen international GmbH//prescreen ATS//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:prescreen-videointerview-75133-aebersold@prescreen.example.io
DTSTAMP:20260127T101822Z
DTSTART;VALUE=DATE:20260202
DTEND;VALUE=DATE:20260205
SUMMARY:Zeitversetztes Videointerview – Head Butler\, Hotel Engadinerhof (Swiss Alpine Luxury Hotels AG)
ORGANIZER;CN=Swiss Alpine Luxury Hotels AG:mailto:jobs@salh.example.ch
DESCRIPTION:Grüezi Herr Aebersold\,\n\nals ersten Schritt bitten wir Sie\, bi
 s 4. Februar unser zeitversetztes Videointerview aufzunehmen (5 Fragen\, je 2
  Minuten Antwortzeit\, z. B. «Wie bereiten Sie die Anreise eines Stammgastes 
 in der Royal Suite vor?»). Unser Recruiting-Team wertet die Antworten anschli
 essend aus.\n\nStart: https://salh.prescreen.example.io/video/75133\n\nFreund
 liche Grüsse\nRecruiting Swiss Alpine Luxury Hotels AG
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-invite",
        uid="workable-event-3f9b1e7c-5a2d-4c80-9e64-b1d7f0a2c853@workable.example.com",
        is_interview=1,
        company="Fairhaven Estates",
        role="Estate Manager",
        stage="hiring_manager",
        interviewers="edward@fairhaven-estates.example.co.uk;lucy.grant@fairhaven-estates.example.co.uk",
        trap="workable-uk-estate-owner-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""BEGIN:VEVENT
UID:workable-event-3f9b1e7c-5a2d-4c80-9e64-b1d7f0a2c853@workable.example.com
DTSTAMP:20260603T154409Z
DTSTART;TZID=Europe/London:20260611T100000
DTEND;TZID=Europe/London:20260611T110000
SUMMARY:Interview: Thomas Aebersold for Estate Manager
ORGANIZER;CN=Lucy Grant:mailto:lucy.grant@fairhaven-estates.example.co.uk
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Edward Fairhaven;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:edward@fairhaven-estates.example.co.uk
ATTENDEE;CN=Lucy Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucy.grant@fairhaven-estates.example.co.uk
LOCATION:Google Meet – https://meet.google.com/fhv-estm-gqa
DESCRIPTION:Interview for Estate Manager at Fairhaven Estates (Cotswolds).\n
 Interviewers: Edward Fairhaven (owner)\, Lucy Grant (Estate Office Manager)\n
 Type: Video interview\, 60 min\n\nScheduled with Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-xaltdesc-folded",
        uid="040000008200E00074C5B7101A82E00800000000B4D8F2A06E84DC0100000000000000001000000068E3C0B9A1D74F25C6B0E9A3D8F1C5B2",
        is_interview=1,
        company="Golfclub Hinterwald",
        role="Clubhaus-Manager",
        stage="hiring_manager",
        interviewers="hansjoerg.bachmann@gc-hinterwald.example.ch;sandra.rueegg@gc-hinterwald.example.ch",
        trap="golf-club-evening-board-interview-folded",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Rüegg, Sandra":mailto:sandra.rueegg@gc-hinterwald.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold
 @bluewin.ch:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bachmann, Hans
 jörg":mailto:hansjoerg.bachmann@gc-hinterwald.example.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Abend Herr Aebersold\n\ngerne laden wir Sie
  zum Bewerbungsgespräch für die Stelle Clubhaus-Manager ein. Teilnehmende: H
 ansjörg Bachmann (Präsident) und ich.\n\nFreundliche Grüsse\nSandra Rüegg\nCl
 ubmanagerin\, Golfclub Hinterwald\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Guten Abend Herr Aebersold</p><p
 >gerne laden wir Sie zum Bewerbungsgespräch für die Stelle Clubhaus-Manager e
 in. Teilnehmende: Hansjörg Bachmann (Präsident) und ich.</p><p>Freundliche Gr
 üsse<br>Sandra Rüegg</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000B4D8F2A06E84DC0100000000000000001
 000000068E3C0B9A1D74F25C6B0E9A3D8F1C5B2
SUMMARY;LANGUAGE=de-CH:Bewerbungsgespräch Clubhaus-Manager
DTSTART;TZID=W. Europe Standard Time:20260113T180000
DTEND;TZID=W. Europe Standard Time:20260113T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260107T160224Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Clubhaus GC Hinterwald\, Sitzungszimmer
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-mail-invite",
        uid="91E4B7C2-0A3D-4F58-B6E1-2C9D7A0F5E83",
        is_interview=1,
        company="Bernasconi Family Office SA",
        role="House Manager – Villa Malcantone",
        stage="final",
        interviewers="c.pedrazzini@bernasconi-fo.example.ch",
        trap="ios-invite-ticino-family-office-final-meeting",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//iPad OS 17.5//EN
CALSCALE:GREGORIAN
"""
        + ZURICH_APPLE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=t.aebersold@bluewin.ch;CUTYPE=INDIVIDUAL;EMAIL=t.aebersold@bluewin.ch;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Carla Pedrazzini;CUTYPE=INDIVIDUAL;EMAIL=c.pedrazzini@bernasconi-fo.example.ch;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:c.pedrazzini@bernasconi-fo.example.ch
CREATED:20260608T121101Z
DESCRIPTION:Dear Mr Aebersold\, as agreed\, the final meeting for the House Manager position at Villa Malcantone will take place at the villa with Mrs Bernasconi and myself. Lunch afterwards.\nAvv. Carla Pedrazzini\, Bernasconi Family Office SA\, Lugano
DTEND;TZID=Europe/Zurich:20260616T160000
DTSTAMP:20260608T121140Z
DTSTART;TZID=Europe/Zurich:20260616T140000
LAST-MODIFIED:20260608T121140Z
LOCATION:Villa Malcantone\, Via ai Ronchi 9\, 6987 Caslano
ORGANIZER;CN=Carla Pedrazzini;EMAIL=c.pedrazzini@bernasconi-fo.example.ch:mailto:c.pedrazzini@bernasconi-fo.example.ch
SEQUENCE:0
SUMMARY:Villa Malcantone – final meeting (T. Aebersold)
TRANSP:OPAQUE
UID:91E4B7C2-0A3D-4F58-B6E1-2C9D7A0F5E83
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoho-recruit-spanish",
        uid="zr-interview-509332000004417021@zohorecruit.example.eu",
        is_interview=1,
        company="Familia Otaegui",
        role="Mayordomo principal (Marbella y Gstaad)",
        stage="recruiter_screen",
        interviewers="l.benitez@sdelite.example.es",
        trap="spanish-agency-entrevista-telefonica-names-family",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
"""
        + MADRID
        + r"""BEGIN:VEVENT
UID:zr-interview-509332000004417021@zohorecruit.example.eu
DTSTAMP:20260520T094812Z
DTSTART;TZID=Europe/Madrid:20260527T170000
DTEND;TZID=Europe/Madrid:20260527T174500
SUMMARY:Entrevista telefónica – Mayordomo principal (Marbella y Gstaad)
ORGANIZER;CN=Lucía Benítez:mailto:l.benitez@sdelite.example.es
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
LOCATION:Llamada telefónica
DESCRIPTION:Estimado Sr. Aebersold:\n\nLe confirmo la entrevista telefónica 
 para el puesto de Mayordomo principal al servicio de la familia Otaegui (res
 idencias en Marbella y Gstaad). Le haré unas preguntas sobre su experiencia\,
  idiomas y disponibilidad para viajar.\n\nSaludos cordiales\,\nLucía Benítez\
 nConsultora\, Servicio Doméstico Élite S.L.\, Madrid
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-french",
        uid="0b8q3k6m1d9v4c7f2h5tnsrj8a@google.com",
        is_interview=1,
        company="Château de la Venoge SA",
        role="Intendant du château",
        stage="hiring_manager",
        interviewers="o.mercanton@chateau-venoge.example.ch",
        trap="french-google-meet-intendant-owner",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260618T150000Z
DTEND:20260618T160000Z
DTSTAMP:20260610T103355Z
ORGANIZER;CN=Olivier Mercanton:mailto:o.mercanton@chateau-venoge.example.ch
UID:0b8q3k6m1d9v4c7f2h5tnsrj8a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivier
  Mercanton;X-NUM-GUESTS=0:mailto:o.mercanton@chateau-venoge.example.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/cvn-ydrq-wpe
CREATED:20260610T103118Z
DESCRIPTION:Monsieur\,\n\nJe vous remercie de votre candidature au poste d'I
 ntendant du château. Je vous propose un premier entretien par visioconférence
 \; si nous poursuivons\, je vous inviterai à Vufflens pour une visite.\n\nOli
 vier Mercanton\nAdministrateur\, Château de la Venoge SA\n\n-::~:~::~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nR
 ejoindre avec Google Meet : https://meet.google.com/cvn-ydrq-wpe\n\nNe modifi
 ez pas cette section de la description.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation de Google
  Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail ca
 r vous êtes invité à cet événement.
LAST-MODIFIED:20260610T103355Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Intendant du château (T. Aebersold)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
