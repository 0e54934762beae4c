# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: the user's interviews, part c (single rounds across Austria, Germany, Switzerland, Brussels, Madrid)."""

from holdout271ev_zones import BERLIN_LIC, ROMANCE, VIENNA_APPLE, VIENNA_LIC, W_EUROPE, ZURICH_APPLE

FORMS = {
    "Bestattung Donaupark Linz": "Donaupark|Bestattung Donaupark|Bestattung Donaupark Linz GmbH",
    "Steinmetz Gruber & Söhne": "Steinmetz Gruber|Gruber & Söhne|Gruber Steinmetz",
    "Tierkrematorium Anubis": "Anubis|Anubis Tierkrematorium|Tierkrematorium Anubis Österreich",
    "Trauerraum": "Trauerraum – Verein für Trauerbegleitung|Verein Trauerraum",
    "Marktgemeinde Perchtoldsbrunn": "Perchtoldsbrunn|Gemeinde Perchtoldsbrunn",
    "Eichental Sargmanufaktur": "Eichental|Eichental Sargmanufaktur GmbH",
    "FH Campus Donau": "Fachhochschule Campus Donau|Campus Donau",
    "Mobiles Palliativteam Weinviertel": "MPT Weinviertel|Palliativteam Weinviertel",
    "Haus Abendrot": "Abendrot|Haus Abendrot Pflegeheime|Haus Abendrot Pflegeheime GmbH",
    "Grabpflege Wien-Ost": "Grabpflege Wien Ost|Grabpflege Wien-Ost GmbH|Grabpflege Kreuzer",
    "Bestattung Tirol-Mitte": "Tirol-Mitte|Bestattung Tirol Mitte",
    "Ordensklinikum St. Raphael": "St. Raphael|Klinikum St. Raphael|Ordensklinikum Sankt Raphael",
    "Union Européenne du Funéraire": "UEF|Union Europeenne du Funeraire",
    "Grupo Funerario Iberalia": "Iberalia|Grupo Iberalia",
    "Bestattungshaus Aubing": "Aubing|Bestattungshaus Aubing GmbH",
    "Bestattung Kärntnerland": "Kärntnerland|Bestattung Kärntnerland GmbH",
    "Evangelische Friedhofsstiftung Wien": "Friedhofsstiftung|Evang. Friedhofsstiftung|Evangelische Friedhofsstiftung",
    "Hospizhaus St. Veronika": "St. Veronika|Hospiz St. Veronika|Hospizhaus Sankt Veronika",
    "Akuthilfe NÖ": "Notruf & Akuthilfe NÖ|Akuthilfe Niederösterreich|Akutteam NÖ",
    "Bestattung Weinviertel Nord": "Weinviertel Nord|Bestattung Weinviertel",
    "Stadtservice St. Pölten": "Stadtservice St. Pölten GmbH|Stadtservice",
    "Stadt Seewil": "Seewil|Bestattungs- und Friedhofamt Seewil",
    "Europa Repatriation": "Europa Repatriation GmbH|Europa Repatriation Services",
    "Bestattung Kaiser & Co.": "Bestattung Kaiser|Kaiser & Co|Kaiser & Co. KG",
    "Lindenhain Bestattungen": "Lindenhain|Lindenhain Bestattungen AG",
}

EVENTS = [
    dict(
        kind="job-portal-ats-invite",
        uid="kat-bm-5520931-interview-1@bewerbung.karriere.example.at",
        is_interview=1,
        company="Bestattung Donaupark Linz",
        role="Leitung Trauerbegleitung & Zeremonie",
        stage="hiring_manager",
        interviewers="e.hinterberger@bestattung-donaupark.example.at",
        trap="job-portal-noreply-organizer-zeremonie-role",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//karriere.at//Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:kat-bm-5520931-interview-1@bewerbung.karriere.example.at
DTSTAMP:20250305T101500Z
DTSTART:20250314T123000Z
DTEND:20250314T133000Z
ORGANIZER;CN=Bestattung Donaupark Linz via karriere.at:mailto:no-reply@bewerbung.karriere.example.at
ATTENDEE;CN=Elisabeth Pröll;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Dr. Eva Hinterberger;PARTSTAT=ACCEPTED:mailto:e.hinterberger@bestattung-donaupark.example.at
SUMMARY:Einladung zum Vorstellungsgespräch: Leitung Trauerbegleitung & Zeremonie
LOCATION:Bestattung Donaupark\, Hafenstraße 47\, 4020 Linz
DESCRIPTION:Sehr geehrte Frau Pröll\,\n\nDr. Eva Hinterberger (Geschäftsführung
 ) lädt Sie zu einem Vorstellungsgespräch für die Stelle „Leitung Trauerbeg
 leitung & Zeremonie“ ein.\n\nDatum: Freitag\, 14.03.2025\nUhrzeit: 13:30 – 
 14:30\nOrt: Hafenstraße 47\, 4020 Linz\n\nBitte bestätigen Sie den Termin i
 n Ihrem karriere.at-Profil unter „Meine Bewerbungen“.\n\nDiese Nachricht w
 urde über das karriere.at Bewerbermanagement versendet.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-stonemason-owner",
        uid="16f89afa-5103-4a8d-b498-e225e65b307b",
        is_interview=1,
        company="Steinmetz Gruber & Söhne",
        role="Verkaufsleitung Grabdenkmäler",
        stage="hiring_manager",
        interviewers="Hr. Gruber jun.",
        trap="hand-typed-thunderbird-owner-callback",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{VIENNA_LIC}
BEGIN:VEVENT
CREATED:20250117T184012Z
LAST-MODIFIED:20250117T184533Z
DTSTAMP:20250117T184533Z
UID:16f89afa-5103-4a8d-b498-e225e65b307b
SUMMARY:Gespräch Steinmetz Gruber – Verkaufsleitung Grabdenkmäler
DTSTART;TZID=Europe/Vienna:20250122T170000
DTEND;TZID=Europe/Vienna:20250122T180000
LOCATION:Steinmetz Gruber & Söhne\, Breitenleer Str. 212\, 1220 Wien
DESCRIPTION:Hr. Gruber jun. (Chef) hat am 17. Jänner zurückgerufen – Bewerbung Verkaufsleitung. Falls er noch 
 am Friedhof ist\, ruft er an. Musterbuch Grabsteine anschauen\, Provisionsm
 odell fragen!   
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-com-freemail-founder",
        uid="040000008200E00074C5B7101A82E008000000004AA99417000000000000000010000000EAE1654C71DA95DEBCEBAC5589EDDEEF",
        is_interview=1,
        company="Tierkrematorium Anubis",
        role="Standortleitung",
        stage="hiring_manager",
        interviewers="harald.prenner@outlook.com",
        trap="pet-cremation-founder-freemail",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Harald Prenner:mailto:harald.prenner@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Frau Pröll\,\n\ndanke für Ihre Mail. Ich bin der
  Gründer vom Tierkrematorium Anubis und suche für den neuen Standort in Tul
 ln eine Standortleitung. Kommen Sie doch am Dienstag vorbei\, dann zeig ich
  Ihnen alles und wir reden in Ruhe.\n\nLG Harald Prenner\n0676 412 88 03\n
UID:040000008200E00074C5B7101A82E008000000004AA99417000000000000000010000000EAE1654C71DA95DEBCEBAC5589EDDEEF
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Standortleitung Tierkrematorium
DTSTART;TZID=W. Europe Standard Time:20250401T160000
DTEND;TZID=W. Europe Standard Time:20250401T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T195301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Tierkrematorium Anubis\, Gewerbepark 4\, 3430 Tulln
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
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
        kind="google-invite-board-panel",
        uid="b9c0u3ib4dcp46n2gcrpeckt7t@google.com",
        is_interview=1,
        company="Trauerraum",
        role="Geschäftsführung",
        stage="onsite",
        interviewers="u.kern@trauerraum.example.at;w.brandl@trauerraum.example.at;theresia.maier@gmx.at",
        trap="trauerbegleitung-association-auswahlgespraech-evening",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T163000Z
DTEND:20250407T174500Z
DTSTAMP:20250328T170422Z
ORGANIZER;CN=Ulrike Kern:mailto:u.kern@trauerraum.example.at
UID:b9c0u3ib4dcp46n2gcrpeckt7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ulrike Kern;X-NUM-GUESTS=0:mailto:u.kern@trauerraum.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Werner Brandl;X-NUM-GUESTS=0:mailto:w.brandl@trauerraum.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE
 ;CN=Sr. Theresia Maier;X-NUM-GUESTS=0:mailto:theresia.maier@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
CREATED:20250328T170421Z
DESCRIPTION:Liebe Frau Pröll\,\n\nder Vorstand von Trauerraum – Verein für Tr
 auerbegleitung lädt Sie herzlich zum Auswahlgespräch für die Geschäftsführu
 ng (25 h) ein. Anwesend: Ulrike Kern (Obfrau)\, Werner Brandl (Kassier)\, S
 r. Theresia Maier (Schriftführerin).\n\nWir treffen uns nach dem Trauercafé
  in unseren Räumen.\n\nHerzlich\nUlrike Kern\n\nInvitation from Google Cale
 ndar: https://calendar.google.com/calendar/\n\nYou are receiving this email
  because you are an attendee on the event. To stop receiving future updates 
 for this event\, decline this event.
LAST-MODIFIED:20250328T170421Z
LOCATION:Trauerraum\, Lerchenfelder Gürtel 43/2\, 1160 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auswahlgespräch Geschäftsführung – Vorstand Trauerraum
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-gemeinde-aufnahmegespraech",
        uid="040000008200E00074C5B7101A82E00800000000CA07BFF2000000000000000010000000CE138FA9AB9327CFB93774D540D1E292",
        is_interview=1,
        company="Marktgemeinde Perchtoldsbrunn",
        role="Leitung Friedhofsverwaltung und Gemeindebestattung",
        stage="onsite",
        interviewers="k.hofstaetter@perchtoldsbrunn.example.gv.at;r.fink@perchtoldsbrunn.example.gv.at;g.pfeiffer@perchtoldsbrunn.example.gv.at",
        trap="aufnahmegespraech-means-job-interview-municipality",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Fink Renate, Mag.":mailto:r.fink@perchtoldsbrunn.example.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofstätter Karl, Ing. (Bürgermeister)":mailto:k.hofstaetter@perchtoldsbrunn.example.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfeiffer Gerhard (Personalvertretung)":mailto:g.pfeiffer@perchtoldsbrunn.example.gv.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gemeindeamt Sitzungszimmer:mailto:sitzungszimmer@perchtoldsbrunn.example.gv.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nbezugnehmend auf I
 hre Bewerbung für die ausgeschriebene Stelle „Leitung Friedhofsverwaltung 
 und Gemeindebestattung“ (Verwendungsgruppe B\, NÖ GVBG) laden wir Sie zu e
 inem Aufnahmegespräch ein. Anwesend: Bürgermeister Ing. Karl Hofstätter\, 
 Gerhard Pfeiffer (Personalvertretung) und die Amtsleiterin.\n\nDie Entscheidung trifft der
  Gemeindevorstand in der Sitzung am 6. Mai.\n\nMit freundlichen Grüßen\nMa
 g. Renate Fink\nAmtsleiterin\nMarktgemeinde Perchtoldsbrunn\n
UID:040000008200E00074C5B7101A82E00800000000CA07BFF2000000000000000010000000CE138FA9AB9327CFB93774D540D1E292
SUMMARY;LANGUAGE=de-AT:Aufnahmegespräch Leitung Friedhof/Bestattung – Fr. Mag. Pröll
DTSTART;TZID=W. Europe Standard Time:20250424T170000
DTEND;TZID=W. Europe Standard Time:20250424T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T092030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Gemeindeamt Sitzungszimmer
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-phone-screen-coffin-maker",
        uid="040000008200E00074C5B7101A82E0080000000036BF34D30000000000000000100000007CE615039E55E772C2F3B62031880F83",
        is_interview=1,
        company="Eichental Sargmanufaktur",
        role="Key Account Manager*in Bestattungsunternehmen Ost",
        stage="recruiter_screen",
        interviewers="c.hager@eichental.example.at",
        trap="supplier-phone-screen-early-morning",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hager, Claudia":mailto:c.hager@eichental.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Guten Morgen Frau Pröll\,\n\nwie vereinbart rufe ich S
 ie am Dienstag um 8:00 an (kurzes Erstgespräch\, ca. 30 Minuten) – Position
  Key Account Manager*in Bestattungsunternehmen Ost.\n\nFreundliche Grüße\nC
 laudia Hager\nHR Business Partner\nEichental Sargmanufaktur GmbH\nEichental
  7\, 4872 Neukirchen an der Vöckla\n
UID:040000008200E00074C5B7101A82E0080000000036BF34D30000000000000000100000007CE615039E55E772C2F3B62031880F83
SUMMARY;LANGUAGE=de-AT:Telefonat Bewerbung KAM Ost – E. Pröll
DTSTART;TZID=W. Europe Standard Time:20250318T080000
DTEND;TZID=W. Europe Standard Time:20250318T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T141214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon +43 664 318 27 09
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-probevortrag",
        uid="040000008200E00074C5B7101A82E00800000000E0EFD23A000000000000000010000000B0D998BDED94638821C860072AA0035D",
        is_interview=1,
        company="FH Campus Donau",
        role="Lektorin (nebenberuflich) – Thanatologie & Trauerkultur",
        stage="technical",
        interviewers="s.wallner@fh-campusdonau.example.ac.at;o.brunner@fh-campusdonau.example.ac.at",
        trap="webex-probevortrag-lehrauftrag-hearing",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Studiengang Soziale Arbeit:mailto:sozialearbeit@fh-campusdonau.example.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wallner, Sabine, FH-Prof. Dr.":mailto:s.wallner@fh-campusdonau.example.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brunner, Otto, Mag. Dr.":mailto:o.brunner@fh-campusdonau.example.ac.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nim Rahmen der Besetz
 ung des Lehrauftrags „Thanatologie & Trauerkultur“ (Wahlfach\, 2 SWS\, WS 2
 025/26) laden wir Sie zum Hearing ein: 15 Minuten Probevortrag zum Thema „
 Trauerrituale im Wandel – was Sozialarbeiter*innen wissen sollten“\, danach
  Fragen der Studiengangsleitung.\n\nMit freundlichen Grüßen\nSekretariat So
 ziale Arbeit\n\n-- Webex-Meeting beitreten --\nhttps://fh-campusdonau.webex
 .com/fh-campusdonau/j.php?MTID=m6c1f0a9e4b7d2e8813f5a0c2d9b7e6a1\nMeeting-K
 ennnummer (Zugriffscode): 2745 118 9034\nMeeting-Passwort: Thana2025!\n\nÜb
 er Telefon beitreten\n+43-1-360-277-8990 Österreich gebührenpflichtig\n\n
UID:040000008200E00074C5B7101A82E00800000000E0EFD23A000000000000000010000000B0D998BDED94638821C860072AA0035D
SUMMARY;LANGUAGE=de-AT:Hearing Lehrauftrag Thanatologie – Probevortrag Pröll
DTSTART;TZID=W. Europe Standard Time:20250409T150000
DTEND;TZID=W. Europe Standard Time:20250409T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T113002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-palliative-team",
        uid="040000008200E00074C5B7101A82E0080000000050A605A7000000000000000010000000548BB4A197F340CF2FD8E54925046DEF",
        is_interview=1,
        company="Mobiles Palliativteam Weinviertel",
        role="Teamkoordination",
        stage="hiring_manager",
        interviewers="a.huber@mpt-weinviertel.example.at;r.gindl@mpt-weinviertel.example.at",
        trap="palliative-abbreviation-mpt-comma-name",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Huber, Andrea, Dr.":mailto:a.huber@mpt-weinviertel.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gindl, Robert, DGKP":mailto:r.gindl@mpt-weinviertel.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\ngerne laden wir Sie 
 zum Bewerbungsgespräch für die Teamkoordination des MPT Weinviertel ein (Dr
 . Andrea Huber\, ärztliche Leitung\; DGKP Robert Gindl\, pflegerische Leitu
 ng).\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen 
 Sie auf dem Computer\, in der mobilen App oder im Raum-Gerät teil\nHier kli
 cken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_YTg3NWI2ZDAtNDk1My00N2QyLTk0ZmUtMTlhOTkzZTA0YjE1%40t
 hread.v2/0>\nBesprechungs-ID: 329 880 114 762\nPasscode: Lm2Hq8\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000050A605A7000000000000000010000000548BB4A197F340CF2FD8E54925046DEF
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Teamkoordination MPT Weinviertel
DTSTART;TZID=W. Europe Standard Time:20250415T140000
DTEND;TZID=W. Europe Standard Time:20250415T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T080941Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-interview-invite",
        uid="WD-INT-JR-10293-0007@abendrot.myworkday.example.com",
        is_interview=1,
        company="Haus Abendrot",
        role="Hausleitung (w/m/d)",
        stage="hiring_manager",
        interviewers="k.poelzl@abendrot-pflege.example.at",
        trap="workday-job-requisition-nursing-home",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-JR-10293-0007@abendrot.myworkday.example.com
DTSTAMP:20250417T064455Z
DTSTART:20250428T080000Z
DTEND:20250428T090000Z
ORGANIZER;CN=Haus Abendrot Talent Acquisition:mailto:abendrot@myworkday.example.com
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Karin Pölzl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.poelzl@abendrot-pflege.example.at
SUMMARY:Interview – JR-10293 Hausleitung (w/m/d) – Haus Abendrot Baden
LOCATION:Haus Abendrot Baden\, Helenenstraße 118\, 2500 Baden – Besprechungsraum EG
DESCRIPTION:Interview Details\n\nKandidat/in: Elisabeth Pröll\nStelle: JR-1029
 3 Hausleitung (w/m/d)\nInterviewer/in: Karin Pölzl (Regionaldirektorin Ost)\n
 Interviewart: Persönlich\n\nBei Fragen wenden Sie sich bitte an talent@abend
 rot-pflege.example.at.\n\nPowered by Workday
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gmx-owner-invite",
        uid="9d3b5c1e2f7a40b8a61e4c0d8f92b7a3@gmx-kalender",
        is_interview=1,
        company="Grabpflege Wien-Ost",
        role="Betriebsleitung",
        stage="hiring_manager",
        interviewers="grabpflege.kreuzer@gmx.at",
        trap="owner-freemail-same-provider-as-user",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
METHOD:REQUEST
{VIENNA_LIC}
BEGIN:VEVENT
UID:9d3b5c1e2f7a40b8a61e4c0d8f92b7a3@gmx-kalender
DTSTAMP:20250409T170233Z
CREATED:20250409T170233Z
DTSTART;TZID=Europe/Vienna:20250417T140000
DTEND;TZID=Europe/Vienna:20250417T150000
SUMMARY:Bewerbungsgespräch Betriebsleitung Grabpflege
ORGANIZER;CN=Ilse Kreuzer:mailto:grabpflege.kreuzer@gmx.at
ATTENDEE;CN=elisabeth.proell@gmx.at;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
LOCATION:Grabpflege Wien-Ost\, Simmeringer Hauptstr. 244 (gegenüber Tor 3)
DESCRIPTION:Liebe Frau Pröll\, wie besprochen am Gründonnerstag um 14 Uhr bei
  uns im Büro. Mein Mann und ich möchten den Betrieb (12 Gärtner\, Grabpflege
  und Grabschmuck) in den nächsten Jahren übergeben und suchen eine Betriebsl
 eitung. Lg Ilse Kreuzer
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-ics-kenncode",
        uid="zoom-84451203987-20250508T080000Z@zoom.us",
        is_interview=1,
        company="Bestattung Tirol-Mitte",
        role="Geschäftsführung",
        stage="hiring_manager",
        interviewers="l.thaler@bestattung-tirolmitte.example.at;p.unterberger@bestattung-tirolmitte.example.at",
        trap="zoom-ics-german-supervisory-board",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA_LIC}
BEGIN:VEVENT
DTSTAMP:20250429T101201Z
DTSTART;TZID=Europe/Vienna:20250508T100000
DTEND;TZID=Europe/Vienna:20250508T110000
SUMMARY:Gespräch Geschäftsführung Bestattung Tirol-Mitte / Mag. Pröll
UID:zoom-84451203987-20250508T080000Z@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Lukas Thaler lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nGes
 prächspartner: Mag. Lukas Thaler (Vorsitzender des Aufsichtsrats)\, Petra U
 nterberger (Personal)\n\nZoom-Meeting beitreten\nhttps://us06web.zoom.us/j/
 84451203987?pwd=aXJzT2xDY1ZkR2RrbHFvVnF5M0lqUT09\n\nMeeting-ID: 844 5120 3
 987\nKenncode: 517330\n\n---\n\nMobile Einwahl mit einem Klick\n+4312535501
 \,\,84451203987#\,\,\,\,*517330# Österreich\n
LOCATION:https://us06web.zoom.us/j/84451203987?pwd=aXJzT2xDY1ZkR2RrbHFvVnF5M0lqUT09
ORGANIZER;CN=Lukas Thaler:mailto:l.thaler@bestattung-tirolmitte.example.at
ATTENDEE;CN=Petra Unterberger;RSVP=TRUE:mailto:p.unterberger@bestattung-tirolmitte.example.at
ATTENDEE;CN=Elisabeth Pröll;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
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
        kind="outlook-hospital-panel-resources",
        uid="040000008200E00074C5B7101A82E00800000000175703C40000000000000000100000009606D0DE190CAAF2D8F830528E9D4B99",
        is_interview=1,
        company="Ordensklinikum St. Raphael",
        role="Leitung Angehörigen- und Verabschiedungsservice",
        stage="onsite",
        interviewers="g.haider@st-raphael.example.at;b.krainer@st-raphael.example.at;a.wieser@st-raphael.example.at",
        trap="hospital-verabschiedung-word-panel-two-resources",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Personalabteilung St. Raphael":mailto:personal@st-raphael.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haider, Georg, Mag.":mailto:g.haider@st-raphael.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Krainer, Sr. M. Benedikta":mailto:b.krainer@st-raphael.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Wieser, P. Anton":mailto:a.wieser@st-raphael.example.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Besprechungsraum Verwaltung 2:mailto:br.verwaltung2@st-raphael.example.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beamer mobil 3:mailto:beamer3@st-raphael.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nwir laden Sie zum Be
 werbungsgespräch für die neu geschaffene Stelle „Leitung Angehörigen- und V
 erabschiedungsservice“ ein. Die Stelle umfasst die Begleitung von Angehörig
 en Verstorbener\, den Verabschiedungsraum und die Zusammenarbeit mit Bestat
 tungsunternehmen und Prosektur.\n\nKommission: Verwaltungsdirektor Mag. Geo
 rg Haider\, Pflegedirektorin Sr. M. Benedikta Krainer\, Krankenhausseelsorg
 er P. Anton Wieser.\n\nMit freundlichen Grüßen\nPersonalabteilung\nOrdensk
 linikum St. Raphael\n
UID:040000008200E00074C5B7101A82E00800000000175703C40000000000000000100000009606D0DE190CAAF2D8F830528E9D4B99
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch: Leitung Angehörigen- und Verabschiedungsservice
DTSTART;TZID=W. Europe Standard Time:20250430T130000
DTEND;TZID=W. Europe Standard Time:20250430T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T071530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungsraum Verwaltung 2; Beamer mobil 3
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-french-entretien",
        uid="040000008200E00074C5B7101A82E008000000003E77849B000000000000000010000000B1974C7B9D2D5D4AE9D455CA75636263",
        is_interview=1,
        company="Union Européenne du Funéraire",
        role="Chargé(e) de mission Affaires européennes",
        stage="hiring_manager",
        interviewers="c.dubois@uef-funeraire.example.eu;l.vermeulen@uef-funeraire.example.eu",
        trap="french-entretien-romance-zone-assistant-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Lambert, Sophie":mailto:s.lambert@uef-funeraire.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Claire":mailto:c.dubois@uef-funeraire.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vermeulen, Luc":mailto:l.vermeulen@uef-funeraire.example.eu
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nNous vous remercions de votre candidatur
 e au poste de Chargé(e) de mission Affaires européennes au sein du secrétar
 iat de l'Union Européenne du Funéraire (UEF) à Bruxelles.\n\nNous avons le 
 plaisir de vous convier à un entretien en visioconférence avec Mme Claire D
 ubois\, Secrétaire générale\, et M. Luc Vermeulen\, Président. L'entretien 
 se déroulera en français\, avec une partie en allemand.\n\nBien cordialemen
 t\,\nSophie Lambert\nAssistante de direction\n\n__________________________
 ______________________________________________________\nRéunion Microsoft T
 eams\nRejoindre sur votre ordinateur\, application mobile ou appareil de sal
 le\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_ZDJmYzk1NTItMzE4Ni00NjYwLWE1ZjEtNGQ0ZjY3MmIxOTc0%40t
 hread.v2/0>\nID de la réunion : 318 447 902 115\nCode secret : 9hXz2C\n____
 ____________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003E77849B000000000000000010000000B1974C7B9D2D5D4AE9D455CA75636263
SUMMARY;LANGUAGE=fr-BE:Entretien – Chargé(e) de mission Affaires européennes (UEF) – Mme Pröll
DTSTART;TZID=Romance Standard Time:20250422T100000
DTEND;TZID=Romance Standard Time:20250422T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T123312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-spanish-entrevista",
        uid="040000008200E00074C5B7101A82E0080000000040A55A9E000000000000000010000000C06A0CE111F900789CB0BBB92809CB82",
        is_interview=1,
        company="Grupo Funerario Iberalia",
        role="Directora País Austria",
        stage="hiring_manager",
        interviewers="j.ortega@iberalia.example.es",
        trap="spanish-entrevista-coordinator-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Salcedo Ruiz, Marta":mailto:m.salcedo@iberalia.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ortega, Javier":mailto:j.ortega@iberalia.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Elisabeth:\n\nGracias por tu interés en el 
 puesto de Directora País Austria en Grupo Funerario Iberalia. Te confirmo l
 a entrevista por Teams con Javier Ortega\, Director de Expansión Internacio
 nal. Yo coordino la convocatoria\, pero no participaré en la entrevista. Se
 rá en inglés y en español.\n\nUn saludo\,\nMarta Salcedo Ruiz\nTalento y Cu
 ltura\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase 
 a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga cli
 c aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_NGE0YjM2ODEtOTcxNC00ZGY0LWJmMjMtNzE2NTNjYjZmNWQ1%40thread.v2/0
 >\nId. de reunión: 342 901 558 207\nCódigo de acceso: Wn4sQ7\n______________
 __________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000040A55A9E000000000000000010000000C06A0CE111F900789CB0BBB92809CB82
SUMMARY;LANGUAGE=es-ES:Entrevista Directora País Austria – Elisabeth Pröll / Javier Ortega
DTSTART;TZID=Romance Standard Time:20250326T170000
DTEND;TZID=Romance Standard Time:20250326T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T160155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dvinci-ats-berlin-zone",
        uid="dvinci-7f3e2a19-interview-2291@bestattungshaus-aubing.dvinci.example.de",
        is_interview=1,
        company="Bestattungshaus Aubing",
        role="Niederlassungsleitung München-West (m/w/d)",
        stage="onsite",
        interviewers="f.obermaier@bestattungshaus-aubing.example.de",
        trap="german-ats-europe-berlin-tzid",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
{BERLIN_LIC}
BEGIN:VEVENT
UID:dvinci-7f3e2a19-interview-2291@bestattungshaus-aubing.dvinci.example.de
DTSTAMP:20250424T090311Z
DTSTART;TZID=Europe/Berlin:20250505T110000
DTEND;TZID=Europe/Berlin:20250505T120000
SUMMARY:Vorstellungsgespräch Niederlassungsleitung München-West (m/w/d)
ORGANIZER;CN=Bestattungshaus Aubing GmbH:mailto:bewerbung@bestattungshaus-aubing.example.de
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Florian Obermaier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.obermaier@bestattungshaus-aubing.example.de
LOCATION:Bestattungshaus Aubing\, Bergsonstraße 61\, 81245 München
DESCRIPTION:Sehr geehrte Frau Pröll\,\n\nvielen Dank für Ihre Bewerbung. Wir m
 öchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellung
 sgespräch mit unserem Geschäftsführer Herrn Florian Obermaier ein.\n\nReise
 kosten (Bahn 2. Klasse) werden erstattet.\n\nMit freundlichen Grüßen\nIhr P
 ersonalteam\nBestattungshaus Aubing GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-personalberater-mandat",
        uid="upmlq46fggon5e5p7jjrjb72gf@google.com",
        is_interview=1,
        company="Bestattung Kärntnerland",
        role="Prokuristin",
        stage="recruiter_screen",
        interviewers="g.moser@personalpartner-ktn.example.at",
        trap="personalberater-google-invite-names-client",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250321T111500Z
DTEND:20250321T114500Z
DTSTAMP:20250314T084417Z
ORGANIZER;CN=Gerald Moser:mailto:g.moser@personalpartner-ktn.example.at
UID:upmlq46fggon5e5p7jjrjb72gf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gerald Moser;X-NUM-GUESTS=0:mailto:g.moser@personalpartner-ktn.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
CREATED:20250314T084416Z
DESCRIPTION:Telefonat zu Ihrer Bewerbung – Mandat Bestattung Kärntnerland G
 mbH (Prokuristin\, Klagenfurt). Ich rufe Sie an.\n\nGerald Moser\nKärntner
  Personalpartner\n\nInvitation from Google Calendar: https://calendar.googl
 e.com/calendar/\n\nYou are receiving this email because you are an attendee
  on the event. To stop receiving future updates for this event\, decline th
 is event.
LAST-MODIFIED:20250314T084416Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Fr. Pröll / Mandat Bestattung Kärntnerland (Prokura)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-church-foundation",
        uid="0cmq6fhkbkk2d9cdvq09fu61u6@google.com",
        is_interview=1,
        company="Evangelische Friedhofsstiftung Wien",
        role="Friedhofsverwalterin",
        stage="hiring_manager",
        interviewers="p.langer@evang-friedhofsstiftung.example.at;r.seidl@evang-friedhofsstiftung.example.at",
        trap="church-cemetery-foundation-meet-summer-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T073000Z
DTEND:20250401T083000Z
DTSTAMP:20250321T103355Z
ORGANIZER;CN=Peter Langer:mailto:p.langer@evang-friedhofsstiftung.example.at
UID:0cmq6fhkbkk2d9cdvq09fu61u6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Peter Langer;X-NUM-GUESTS=0:mailto:p.langer@evang-friedhofsstiftung.exa
 mple.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ruth Seidl;X-NUM-GUESTS=0:mailto:r.seidl@evang-friedhofsstiftung.exampl
 e.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elisabeth Pröll;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/nvb-qrtx-gho
CREATED:20250321T103354Z
DESCRIPTION:Vorstellungsgespräch Friedhofsverwalterin (Evangelischer Friedho
 f am Wienerberg). Kurator Dr. Peter Langer und Pfarrerin Mag.a Ruth Seidl.\n
 \n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~::~:~::-\nAn Videoanruf mit Google Meet teilnehmen: https:/
 /meet.google.com/nvb-qrtx-gho\n\nWeitere Informationen zu Meet: https://sup
 port.google.com/a/users/answer/9282720\n\nBitte bearbeiten Sie diesen Absch
 nitt der Beschreibung nicht.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nEinladung von Googl
 e Kalender: https://calendar.google.com/calendar/
LAST-MODIFIED:20250321T103354Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Friedhofsverwaltung (Evang. Friedhofsstiftung)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-hospice-volunteer-lead",
        uid="040000008200E00074C5B7101A82E0080000000065D35500000000000000000010000000EC0F5B4F3C491107C01433CE67F9DB33",
        is_interview=1,
        company="Hospizhaus St. Veronika",
        role="Koordination Ehrenamt",
        stage="hiring_manager",
        interviewers="m.trummer@hospiz-stveronika.example.at",
        trap="hospice-ehrenamt-role-volunteer-vocabulary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Trummer, Martina":mailto:m.trummer@hospiz-stveronika.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\ndanke für Ihre Bewer
 bung als Koordinatorin für unsere rund 60 Ehrenamtlichen. Ich lade Sie gern
 e zu einem ersten Vorstellungsgespräch bei uns im Haus ein.\n\nMit freundli
 chen Grüßen\nMartina Trummer\nLeitung Hospizhaus St. Veronika\n
UID:040000008200E00074C5B7101A82E0080000000065D35500000000000000000010000000EC0F5B4F3C491107C01433CE67F9DB33
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Koordination Ehrenamt
DTSTART;TZID=W. Europe Standard Time:20250429T090000
DTEND;TZID=W. Europe Standard Time:20250429T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Hospizhaus St. Veronika\, Kalvarienberggasse 33\, 1170 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-terse-second-round",
        uid="ga70pt7qe1hln3r5u3eheijec7@google.com",
        is_interview=1,
        company="Hospizhaus St. Veronika",
        role="",
        stage="",
        interviewers="",
        trap="terse-google-entry-no-attendees-abbreviation",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250514T100000
DTEND;TZID=Europe/Vienna:20250514T113000
DTSTAMP:20250515T050000Z
UID:ga70pt7qe1hln3r5u3eheijec7@google.com
CREATED:20250505T191000Z
DESCRIPTION:
LAST-MODIFIED:20250505T191000Z
LOCATION:St. Veronika
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2. Gespr. St. Veronika (Ehrenamtskoord.) – Leitung + Vorstand
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-short-screen",
        uid="040000008200E00074C5B7101A82E00800000000385171AA0000000000000000100000003B0C1A65122685BA4C6CF2AF76FF5B75",
        is_interview=1,
        company="Akuthilfe NÖ",
        role="Koordination Akutteam",
        stage="recruiter_screen",
        interviewers="d.sommer@akuthilfe-noe.example.at",
        trap="crisis-intervention-kurzinterview-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sommer, Daniela":mailto:d.sommer@akuthilfe-noe.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Frau Pröll\,\n\nwie besprochen ein kurzes Erstin
 terview (15–20 Min.) zur Stelle Koordination Akutteam (Krisenintervention n
 ach plötzlichen Todesfällen). Ihre Erfahrung mit Angehörigen ist für uns sp
 annend!\n\nLG Daniela Sommer\nHR\, Notruf & Akuthilfe NÖ gGmbH\n\n_________
 _______________________________________________________________________\nMi
 crosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen<https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_MzQ0ZTY1YjQtNjk4OC00MTJlLWE3NzIt
 ZDc0ZGE1ZGQ2ODFh%40thread.v2/0>\nBesprechungs-ID: 355 701 284 369\nPasscod
 e: Fp6rT2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000385171AA0000000000000000100000003B0C1A65122685BA4C6CF2AF76FF5B75
SUMMARY;LANGUAGE=de-AT:Kurzinterview (Teams) – Koordination Akutteam
DTSTART;TZID=W. Europe Standard Time:20250404T083000
DTEND;TZID=W. Europe Standard Time:20250404T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T134508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-funeral-conflict",
        uid="040000008200E00074C5B7101A82E0080000000033F01EFB00000000000000001000000082753580ABA59649F42C624E4595C069",
        is_interview=1,
        company="Bestattung Weinviertel Nord",
        role="Prokuristin",
        stage="hiring_manager",
        interviewers="r.stoeger@bestattung-weinviertel.example.at",
        trap="rescheduled-because-of-a-funeral",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Stöger, Reinhard":mailto:r.stoeger@bestattung-weinviertel.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Kollegin\,\n\nich muss unser Vorstellungsg
 espräch leider um einen Tag verschieben – am Dienstag habe ich kurzfristig 
 eine große Verabschiedung mit Beisetzung in Laa. Neuer Termin: Mittwoch\, 7
 . Mai\, 15 Uhr\, selber Ort.\n\nWir suchen ja eine Prokuristin\, die mich m
 ittelfristig in der Geschäftsführung entlastet.\n\nBeste Grüße\nReinhard St
 öger\nBestattung Weinviertel Nord\n
UID:040000008200E00074C5B7101A82E0080000000033F01EFB00000000000000001000000082753580ABA59649F42C624E4595C069
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Prokura – Fr. Pröll (verschoben)
DTSTART;TZID=W. Europe Standard Time:20250507T150000
DTEND;TZID=W. Europe Standard Time:20250507T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T174219Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:3
LOCATION;LANGUAGE=de-AT:Bestattung Weinviertel Nord\, Stadtplatz 9\, 2136 Laa an der Thaya
X-MICROSOFT-CDO-APPT-SEQUENCE:3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="online-aptitude-test-slot",
        uid="tc-STP-2025-0412-88213@testcenter.eignung.example.com",
        is_interview=1,
        company="Stadtservice St. Pölten",
        role="Leitung Friedhöfe & Bestattung",
        stage="technical",
        interviewers="",
        trap="online-aptitude-test-no-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eignung Online//Testcenter//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:tc-STP-2025-0412-88213@testcenter.eignung.example.com
DTSTAMP:20250305T070000Z
DTSTART:20250312T080000Z
DTEND:20250312T093000Z
SUMMARY:Online-Eignungstest – Stadtservice St. Pölten (Leitung Friedhöfe & Bestattung)
DESCRIPTION:Ihr Testtermin im Auswahlverfahren „Leitung Friedhöfe & Bestattu
 ng“ der Stadtservice St. Pölten GmbH.\n\nTestmodule: Logisches Denken (25 M
 in.)\, Zahlenverständnis (20 Min.)\, Situational Judgement Führung (30 Min.)
 \, Persönlichkeitsfragebogen (15 Min.)\n\nBitte verwenden Sie einen Laptop 
 mit Kamera (Online-Aufsicht). Ihr persönlicher Zugangslink: https://testcen
 ter.eignung.example.com/t/STP-88213\n\nTechnischer Support: +43 1 890 44 12
URL:https://testcenter.eignung.example.com/t/STP-88213
LOCATION:Online (Kamera-Aufsicht)
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-objective-hearing-names-only",
        uid="040000008200E00074C5B7101A82E008000000002AC4F81E000000000000000010000000AF1870C2D41E59B3CE88A0F1B93D6E22",
        is_interview=1,
        company="Stadtservice St. Pölten",
        role="Leitung Friedhöfe & Bestattung",
        stage="final",
        interviewers="Mag. Dr. Heinz Ulrich;Ing. Barbara Wolf;Kurt Leb",
        trap="hearing-commission-names-without-addresses",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Personal Stadtservice:mailto:personal@stadtservice-stp.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nnach dem Eignungste
 st freuen wir uns\, Sie zum Hearing vor der Begutachtungskommission gemäß u
 nserer Objektivierungsrichtlinien einzuladen.\n\nKommission:\n- Mag. Dr. He
 inz Ulrich (Geschäftsführer)\n- Ing. Barbara Wolf (Bereichsleitung Stadtbe
 triebe)\n- Kurt Leb (Betriebsrat)\n\nPräsentation (10 Min.): „Ihre ersten 1
 00 Tage als Leitung Friedhöfe & Bestattung“.\n\nMit freundlichen Grüßen\nP
 ersonal & Organisation\nStadtservice St. Pölten GmbH\n
UID:040000008200E00074C5B7101A82E008000000002AC4F81E000000000000000010000000AF1870C2D41E59B3CE88A0F1B93D6E22
SUMMARY;LANGUAGE=de-AT:Hearing Leitung Friedhöfe & Bestattung
DTSTART;TZID=W. Europe Standard Time:20250403T140000
DTEND;TZID=W. Europe Standard Time:20250403T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T100212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Rathausplatz 1\, 3100 St. Pölten\, Sitzungssaal 2. Stock
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icloud-invite-swiss-zone",
        uid="1F05E73D-F314-4BC6-AC27-A968B2C63B59",
        is_interview=1,
        company="Stadt Seewil",
        role="Leiterin Bestattungs- und Friedhofamt",
        stage="hiring_manager",
        interviewers="regula.baumann@seewil.example.ch;thomas.wyss@seewil.example.ch",
        trap="swiss-german-europe-zurich-icloud",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{ZURICH_APPLE}
BEGIN:VEVENT
ATTENDEE;CN="Regula Baumann";CUTYPE=INDIVIDUAL;EMAIL="regula.baumann@seewil.example.ch";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:regula.baumann@seewil.example.ch
ATTENDEE;CN="Thomas Wyss";CUTYPE=INDIVIDUAL;EMAIL="thomas.wyss@seewil.example.ch";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:thomas.wyss@seewil.example.ch
ATTENDEE;CN="Elisabeth Pröll";CUTYPE=INDIVIDUAL;EMAIL="elisabeth.proell@gmx.at";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
CREATED:20250505T142201Z
DESCRIPTION:Grüezi Frau Pröll\n\nGerne laden wir Sie zum Vorstellungsgespräc
 h für die Stelle als Leiterin Bestattungs- und Friedhofamt (80–100 %) ein. 
 Das Gespräch findet per Teams statt\; Gesprächspartner sind Stadträtin Regu
 la Baumann (Ressort Gesellschaft) und Thomas Wyss (Leiter Personaldienst).\n
 \nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk4MTI1ODI
 tNmQyOS00ZWE1LWI0MTYtZTJkNWEyYjE3YzQ4%40thread.v2/0\n\nFreundliche Grüsse
 \nThomas Wyss
DTEND;TZID=Europe/Zurich:20250516T100000
DTSTAMP:20250505T142355Z
DTSTART;TZID=Europe/Zurich:20250516T090000
LAST-MODIFIED:20250505T142355Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Thomas Wyss";EMAIL="thomas.wyss@seewil.example.ch":mailto:thomas.wyss@seewil.example.ch
SEQUENCE:0
SUMMARY:Vorstellungsgespräch Leitung Bestattungs- und Friedhofamt
TRANSP:OPAQUE
UID:1F05E73D-F314-4BC6-AC27-A968B2C63B59
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-repatriation",
        uid="u6hp4m720auql7voqvjic91pfa@google.com",
        is_interview=1,
        company="Europa Repatriation",
        role="Leitung Internationale Überführungen",
        stage="hiring_manager",
        interviewers="d.petrescu@europa-repatriation.example.com",
        trap="ueberfuehrung-word-mixed-english-german",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250513T090000Z
DTEND:20250513T094500Z
DTSTAMP:20250506T154010Z
ORGANIZER;CN=Daniela Petrescu:mailto:d.petrescu@europa-repatriation.example.com
UID:u6hp4m720auql7voqvjic91pfa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Daniela Petrescu;X-NUM-GUESTS=0:mailto:d.petrescu@europa-repatriation.e
 xample.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
X-GOOGLE-CONFERENCE:https://meet.google.com/pdk-whsa-tmu
CREATED:20250506T154009Z
DESCRIPTION:Hi Elisabeth\, as discussed: interview for Leitung Internationale 
 Überführungen (Head of International Repatriation\, Vienna hub). We can spe
 ak German or English. Please bring examples of complex cases (Leichenpass\,
  consular paperwork\, air freight).\n\nBest\, Daniela Petrescu\nManaging Di
 rector\, Europa Repatriation GmbH\n\nJoin with Google Meet: https://meet.go
 ogle.com/pdk-whsa-tmu\n\nInvitation from Google Calendar: https://calendar.g
 oogle.com/calendar/
LAST-MODIFIED:20250506T154009Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Elisabeth Pröll – Head of International Repatriation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icloud-owner-iphone-invite",
        uid="34AF4E46-3317-4360-87CA-AEFB5DD568FE",
        is_interview=1,
        company="Bestattung Kaiser & Co.",
        role="Betriebsleiterin",
        stage="hiring_manager",
        interviewers="kaiser.bestattung@icloud.com",
        trap="owner-icloud-invite-short-title",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA_APPLE}
BEGIN:VEVENT
ATTENDEE;CN="Elisabeth Pröll";CUTYPE=INDIVIDUAL;EMAIL="elisabeth.proell@gmx.at";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN="Gernot Kaiser";CUTYPE=INDIVIDUAL;EMAIL="kaiser.bestattung@icloud.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:kaiser.bestattung@icloud.com
CREATED:20250502T071544Z
DTEND;TZID=Europe/Vienna:20250509T160000
DTSTAMP:20250502T071602Z
DTSTART;TZID=Europe/Vienna:20250509T150000
LAST-MODIFIED:20250502T071602Z
LOCATION:Bestattung Kaiser\, Neunkirchner Str. 20\, 2700 Wiener Neustadt
ORGANIZER;CN="Gernot Kaiser";EMAIL="kaiser.bestattung@icloud.com":mailto:kaiser.bestattung@icloud.com
SEQUENCE:0
SUMMARY:Gespräch Betriebsleiterin
TRANSP:OPAQUE
UID:34AF4E46-3317-4360-87CA-AEFB5DD568FE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-video-screen",
        uid="lever-int-6f1d2b0a-93c4-4e55-8a7f-b1e2d3c4a5f6@hire.lever.example.co",
        is_interview=1,
        company="Lindenhain Bestattungen",
        role="Regionalleitung Süd (Bayern/Österreich)",
        stage="recruiter_screen",
        interviewers="jana.voigt@lindenhain.example.de",
        trap="lever-mixed-english-german-video-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-6f1d2b0a-93c4-4e55-8a7f-b1e2d3c4a5f6@hire.lever.example.co
DTSTAMP:20250512T111002Z
DTSTART:20250519T080000Z
DTEND:20250519T084500Z
SUMMARY:Video Interview: Elisabeth Pröll / Lindenhain – Regionalleitung Süd
ORGANIZER;CN=Jana Voigt:mailto:jana.voigt@lindenhain.example.de
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Jana Voigt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.voigt@lindenhain.example.de
LOCATION:https://lindenhain.zoom.us/j/91827364550
DESCRIPTION:Hallo Elisabeth\,\n\nanbei der Termin für unser Video Interview (4
 5 Min.) zur Position Regionalleitung Süd (Bayern/Österreich) bei der Lindenh
 ain Bestattungen AG.\n\nInterviewer: Jana Voigt – Talent Acquisition Lead\n
 Zoom: https://lindenhain.zoom.us/j/91827364550\n\nScheduled with Lever · Ne
 ed to reschedule? Reply to this email.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
