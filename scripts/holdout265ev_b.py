# ruff: noqa: E501, W291, W293, RUF100
"""holdout265 events, part b: the user's own job interviews (second half)."""

from holdout265ev_zones import GOOGLE_FOOTER_DE, GOOGLE_FOOTER_EN, TEAMS_DE, TZ_BERLIN, TZ_WEST, ZOOM_DE

FORMS = {
    "Hochschule Elsteraue": "HAW Elsteraue|Hochschule für Angewandte Wissenschaften Elsteraue",
    "Diakonisches Werk Leipziger Land": "Diakonie Leipziger Land|Diakonisches Werk|DW Leipziger Land",
    "ProTemp Personaldienstleistungen": "ProTemp|ProTemp GmbH",
    "Contacta Servicios": "Contacta|Contacta Leipzig|Contacta Servicios Leipzig GmbH",
    "Groupe Verlaine Logistique": "Verlaine|Verlaine Logistique|Verlaine Logistik Leipzig",
    "Sachsenwerk Pumpen": "Sachsenwerk|Sachsenwerk Pumpen AG",
    "Lindenauer Klinikum": "Lindenauer Klinikum gGmbH|Klinikum Lindenau",
    "Nordlicht Zeitarbeit": "Nordlicht|Nordlicht Zeitarbeit GmbH",
    "Berufsförderungswerk Saale-Elster": "BFW Saale-Elster|BFW|Berufsförderungswerk",
    "Prüfwerk Mitteldeutschland": "Prüfwerk|Pruefwerk|Prüfwerk Mitteldeutschland e.V.",
    "Kreishandwerkerschaft Leipziger Land": "KHS Leipziger Land|Kreishandwerkerschaft",
    "Ortus Personal": "Ortus|Ortus Personal GmbH",
    "Mitteldeutsche Regionalbahn": "MRB|Mitteldeutsche Regionalbahn GmbH",
    "von Rotberg & Partner": "von Rotberg|von Rotberg & Partner Outplacement|vRP",
    "Bergmann Maschinenbau": "Bergmann|Bergmann Maschinenbau GmbH",
    "Sozialwerk Parthenaue": "Sozialwerk Parthenaue e.V.|Sozialwerk",
    "Wohnungsgenossenschaft Lindenhof": "LWG Lindenhof|LWG Lindenhof eG|Lindenhof eG",
    "Saxonia Kliniken": "Saxonia Kliniken AG|Saxonia",
    "Auenwerk Fahrzeugbau": "Auenwerk|Auenwerk Fahrzeugbau GmbH",
    "Verkehrsgesellschaft Parthe": "VGP|Verkehrsgesellschaft Parthe mbH",
    "Fashionloop": "Fashionloop SE",
    "Weber & Söhne Bau": "Weber & Söhne|Weber und Söhne|Weber Bau",
    "Elsterland Pflegedienste": "Elsterland Pflege|Elsterland|Elsterland Pflegedienste GmbH",
    "Lernwerk Digital": "Lernwerk|Lernwerk Digital GmbH",
}

EVENTS = [
    dict(
        kind="google-meet-second-interview-de",
        uid="5k2r8t0v3x6z9b1d4f7h0j3l6n@google.com",
        is_interview=1,
        company="Grünkorb Bio-Märkte",
        role="Recruiting Specialist",
        stage="hiring_manager",
        interviewers="maike.thiel@gruenkorb.example.de",
        trap="google-invite-german-footer-du-form",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250312T123000Z
DTEND:20250312T133000Z
DTSTAMP:20250305T152233Z
ORGANIZER;CN=Finja Brose:mailto:finja.brose@gruenkorb.example.de
UID:5k2r8t0v3x6z9b1d4f7h0j3l6n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maike Thiel;X-NUM-GUESTS=0:mailto:maike.thiel@gruenkorb.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Finja Brose;X-NUM-GUESTS=0:mailto:finja.brose@gruenkorb.example.de
X-GOOGLE-CONFERENCE:https://meet.google.com/ahv-qpcs-ytn
CREATED:20250305T152232Z
DESCRIPTION:Hallo Sabine\,\nhier die Einladung zum Zweitgespräch mit Maike 
 (Head of People). Ich organisiere nur den Termin und bin nicht dabei.\n\nGo
 ogle Meet: https://meet.google.com/ahv-qpcs-ytn{GOOGLE_FOOTER_DE}
LAST-MODIFIED:20250305T152233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Recruiting Specialist – Sabine K. / Maike
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-x-alt-desc-university",
        uid="040000008200E00074C5B7101A82E00800000000C0FFEE11223DDB0100000000000000001000000044E6A8C0B2D4F6E8A0C2E4A6B8D0F2E4",
        is_interview=1,
        company="Hochschule Elsteraue",
        role="Referentin Personalentwicklung",
        stage="onsite",
        interviewers="praesidialamt.leitung@haw-elsteraue.example.de;pe.leitung@haw-elsteraue.example.de;gleichstellung@haw-elsteraue.example.de;personalrat@haw-elsteraue.example.de",
        trap="university-commission-x-alt-desc-html",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN=Personaldezernat HAW Elsteraue:mailto:personal@haw-elsteraue.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Leitung Präsidialamt":mailto:praesidialamt.leitung@haw-elsteraue.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sachgebietsleitung Personalentwicklung":mailto:pe.leitung@haw-elsteraue.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gleichstellungsbeauftragte:mailto:gleichstellung@haw-elsteraue.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Personalrat:mailto:personalrat@haw-elsteraue.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch Kennziffer 2025/031 – Referent/in Personalentwicklung (E 12 TV-L)\n\nSehr geehrte Frau Kretzschmar\,\nwir laden Sie zu einem Auswahlgespräch vor der Auswahlkommission ein. Das Gespräch ist als strukturiertes Interview angelegt (ca. 45 Min.)\, es schließt sich eine kurze Arbeitsprobe (Konzeptskizze\, 20 Min.) an.\nHaus B\, Raum B 1.17\, Campus Auenstraße.\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p><b>Auswahlgespräch Kennziffer 2025/031</b> – Referent/in Personalentwicklung (E 12 TV-L)</p><p>Sehr geehrte Frau Kretzschmar\,<br>wir laden Sie zu einem Auswahlgespräch vor der Auswahlkommission ein. Das Gespräch ist als strukturiertes Interview angelegt (ca. 45 Min.)\, es schließt sich eine kurze Arbeitsprobe (Konzeptskizze\, 20 Min.) an.</p><p>Haus B\, Raum B 1.17\, Campus Auenstraße.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11223DDB0100000000000000001000000044E6A8C0B2D4F6E8A0C2E4A6B8D0F2E4
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Kz. 2025/031 Referent/in PE
DTSTART;TZID=W. Europe Standard Time:20250507T091500
DTEND;TZID=W. Europe Standard Time:20250507T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T125511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HAW Elsteraue Haus B\, B 1.17
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-invite-church-employer",
        uid="b71f20e4-9a3c-4d88-b5e6-0c2d7f9a4e31",
        is_interview=1,
        company="Diakonisches Werk Leipziger Land",
        role="Personalreferent*in",
        stage="hiring_manager",
        interviewers="s.gebauer@diakonie-leipzigerland.example.de;mav@diakonie-leipzigerland.example.de",
        trap="church-employer-mav-thunderbird-invite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250402T080112Z
LAST-MODIFIED:20250402T080301Z
DTSTAMP:20250402T080301Z
UID:b71f20e4-9a3c-4d88-b5e6-0c2d7f9a4e31
SUMMARY:Vorstellungsgespräch Personalreferent*in - Fr. Kretzschmar
ORGANIZER;RSVP=TRUE;CN=Susanne Gebauer;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:s.gebauer@diakonie-leipzigerland.example.de
ATTENDEE;RSVP=TRUE;CN=sabine.kretzschmar@web.de;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:sabine.kretzschmar@web.de
ATTENDEE;RSVP=TRUE;CN=MAV Diakonie Leipziger Land;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:mav@diakonie-leipzigerland.example.de
DTSTART;TZID=Europe/Berlin:20250410T130000
DTEND;TZID=Europe/Berlin:20250410T140000
LOCATION:Geschäftsstelle Borna\, Kirchstraße 14\, Besprechungsraum
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nim Namen des Vorstands lade
  ich Sie herzlich zum Vorstellungsgespräch ein. Am Gespräch nimmt auch ein
  Mitglied der Mitarbeitervertretung (MAV) teil. Bitte bringen Sie\, falls 
 vorhanden\, einen Nachweis Ihrer Kirchenzugehörigkeit mit (nicht zwingend)
 .\n\nSusanne Gebauer\nLeitung Personal und Recht
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-screen",
        uid="2f9c7b1e-44a0-4d3f-8e2b-6a5c0d9e1f73@calendly.example.com",
        is_interview=1,
        company="ProTemp Personaldienstleistungen",
        role="Recruiting Manager (m/w/d)",
        stage="recruiter_screen",
        interviewers="stefan.kuehn@protemp-personal.example.de",
        trap="calendly-event-type-name",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250227T134512Z
UID:2f9c7b1e-44a0-4d3f-8e2b-6a5c0d9e1f73@calendly.example.com
DTSTART:20250304T140000Z
DTEND:20250304T143000Z
SUMMARY:Kennenlerngespräch Recruiting Manager (m/w/d) between Stefan Kühn and Sabine Kretzschmar
DESCRIPTION:Event Name: Kennenlerngespräch Recruiting Manager (m/w/d)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/vbt-xowe-mra\n\nPlease share anything that will help prepare for our meeting.: Bewerbung über Stepstone\, aktuell Jobcenter Leipzig-Nord\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/2f9c7b1e\nReschedule: https://calendly.com/reschedulings/2f9c7b1e\n\nPowered by Calendly.com
ORGANIZER;CN=Stefan Kühn:mailto:stefan.kuehn@protemp-personal.example.de
ATTENDEE;CN=Sabine Kretzschmar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabine.kretzschmar@web.de
LOCATION:https://meet.google.com/vbt-xowe-mra
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="spanish-entrevista-zoom",
        uid="zoom-entrevista-9982211043@contacta-servicios.example.es",
        is_interview=1,
        company="Contacta Servicios",
        role="HR Business Partner Leipzig",
        stage="hiring_manager",
        interviewers="lucia.ferrer@contacta-servicios.example.es",
        trap="spanish-hq-entrevista-german-site",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Ferrer, Lucía":mailto:lucia.ferrer@contacta-servicios.example.es
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Hola Sabine\,\n\nte envío la invitación para la entrevista para el puesto de HR Business Partner en nuestro centro de Leipzig (aprox. 450 agentes). La entrevista será en alemán e inglés\; me acompañará nuestro Site Director\, Daniel Ortmann\, por la parte alemana.\n\nUn saludo\,\nLucía Ferrer\nDirectora de Talento – Contacta Servicios{ZOOM_DE}
UID:zoom-entrevista-9982211043@contacta-servicios.example.es
SUMMARY:Entrevista – HR Business Partner Leipzig – Sabine Kretzschmar
DTSTART;TZID=Romance Standard Time:20250319T110000
DTEND;TZID=Romance Standard Time:20250319T120000
DTSTAMP:20250313T090011Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="french-entretien-visio",
        uid="flatchr-entretien-55120-ab83@verlaine-logistique.example.fr",
        is_interview=1,
        company="Groupe Verlaine Logistique",
        role="Responsable RH site de Leipzig",
        stage="hiring_manager",
        interviewers="a.marchand@verlaine-logistique.example.fr",
        trap="french-ats-entretien-german-site",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Entretiens//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-entretien-55120-ab83@verlaine-logistique.example.fr
DTSTAMP:20250407T142200Z
DTSTART:20250411T120000Z
DTEND:20250411T130000Z
SUMMARY:Entretien visio – Responsable RH site de Leipzig / Sabine Kretzschmar
DESCRIPTION:Bonjour Sabine\,\n\nVotre entretien avec Aurélie Marchand (DRH Europe) est confirmé. L'entretien se déroulera en anglais et en allemand (interprète interne si besoin).\n\nLien visio : https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmVybGFpbmU\n\nGuten Tag Frau Kretzschmar\, Ihr Gespräch mit Frau Marchand (Personaldirektorin Europa) ist bestätigt.\n\nCordialement\,\nL'équipe Recrutement – Groupe Verlaine
ORGANIZER;CN=Recrutement Groupe Verlaine:mailto:recrutement@verlaine-logistique.example.fr
ATTENDEE;CN=Aurélie Marchand:mailto:a.marchand@verlaine-logistique.example.fr
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Visioconférence (Teams)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-video-interview",
        uid="softgarden-appointment-3318442@sachsenwerk-pumpen.example.de",
        is_interview=1,
        company="Sachsenwerk Pumpen",
        role="Leitung Recruiting (m/w/d)",
        stage="hiring_manager",
        interviewers="g.richter@sachsenwerk-pumpen.example.de",
        trap="softgarden-video-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Terminplanung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-appointment-3318442@sachsenwerk-pumpen.example.de
DTSTAMP:20250220T101010Z
DTSTART;TZID=Europe/Berlin:20250225T093000
DTEND;TZID=Europe/Berlin:20250225T103000
SUMMARY:Vorstellungsgespräch (Video) – Leitung Recruiting (m/w/d)
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nhiermit bestätigen wir Ihren Termin für ein Video-Interview.\n\nGesprächspartner: Gunnar Richter\, Personalleiter\n\nDen Link zum Videogespräch finden Sie in Ihrem softgarden-Kandidatenkonto.\n\nFreundliche Grüße\nSachsenwerk Pumpen AG
ORGANIZER;CN=Sachsenwerk Pumpen AG:mailto:karriere@sachsenwerk-pumpen.example.de
ATTENDEE;CN=Gunnar Richter:mailto:g.richter@sachsenwerk-pumpen.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Videointerview
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-onsite-final-plant-tour",
        uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8C9DADB01000000000000000010000000B7A6958473625140F1E2D3C4B5A69788",
        is_interview=1,
        company="Sachsenwerk Pumpen",
        role="Leitung Recruiting",
        stage="final",
        interviewers="g.richter@sachsenwerk-pumpen.example.de;vorstand.personal@sachsenwerk-pumpen.example.de",
        trap="onsite-final-with-plant-tour",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Richter, Gunnar":mailto:g.richter@sachsenwerk-pumpen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vorstand Personal (Dr. Bernd Sauer)":mailto:vorstand.personal@sachsenwerk-pumpen.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Empfang Werk Taucha":mailto:empfang@sachsenwerk-pumpen.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kretzschmar\,\n\nwie telefonisch besprochen\, das abschließende Gespräch mit unserem Personalvorstand Dr. Sauer und mir. Vorab eine kurze Werksführung (30 Min.). Bitte festes Schuhwerk.\n\nMit freundlichen Grüßen\nGunnar Richter
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9DADB01000000000000000010000000B7A6958473625140F1E2D3C4B5A69788
SUMMARY;LANGUAGE=de-DE:2. Gespräch Leitung Recruiting inkl. Werksführung
DTSTART;TZID=W. Europe Standard Time:20250318T080000
DTEND;TZID=W. Europe Standard Time:20250318T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T171707Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Werk Taucha\, Portsmouther Str. 3\, Empfang
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-hospital-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000AB34EF56CD12DB0100000000000000001000000078563412F0DEBC9A78563412F0DEBC9A",
        is_interview=1,
        company="Lindenauer Klinikum",
        role="Personalreferentin Recruiting Pflege",
        stage="hiring_manager",
        interviewers="c.nowak@lindenauer-klinikum.example.de",
        trap="hospital-recruiting-pflege-windows-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Nowak, Carola":mailto:c.nowak@lindenauer-klinikum.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Kretzschmar\,\n\nich freue mich auf unser Gespräch zur Stelle Personalreferentin Recruiting Pflege. Treffpunkt ist Haus 3\, Ebene 2\, Personalabteilung.\n\nHerzliche Grüße\nCarola Nowak\nLeiterin Personalmanagement
UID:040000008200E00074C5B7101A82E00800000000AB34EF56CD12DB0100000000000000001000000078563412F0DEBC9A78563412F0DEBC9A
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Personalreferentin Recruiting Pflege
DTSTART;TZID=W. Europe Standard Time:20250213T143000
DTEND;TZID=W. Europe Standard Time:20250213T153000
CLASS:PUBLIC
DTSTAMP:20250207T110303Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Haus 3\, Ebene 2\, Personalabteilung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hospital-shadowing-day",
        uid="040000008200E00074C5B7101A82E00800000000CD56AB78EF90DB010000000000000000100000001A2B3C4D5E6F70819293A4B5C6D7E8F9",
        is_interview=1,
        company="Lindenauer Klinikum",
        role="Personalreferentin Recruiting Pflege",
        stage="onsite",
        interviewers="c.nowak@lindenauer-klinikum.example.de;r.schade@lindenauer-klinikum.example.de",
        trap="shadowing-day-part-of-selection-nursing",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Nowak, Carola":mailto:c.nowak@lindenauer-klinikum.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Kretzschmar:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schade, Rita (Pflegedirektorin)":mailto:r.schade@lindenauer-klinikum.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Kretzschmar\,\n\nwie besprochen laden wir Sie vor unserer Entscheidung zu einem Hospitationstag ein: Vormittag Station 4B mit der Stationsleitung\, Teilnahme am Recruiting-Jour-fixe\, anschließend Abschlussgespräch mit Pflegedirektorin Rita Schade und mir.\n\nDienstkleidung wird gestellt.\n\nCarola Nowak
UID:040000008200E00074C5B7101A82E00800000000CD56AB78EF90DB010000000000000000100000001A2B3C4D5E6F70819293A4B5C6D7E8F9
SUMMARY;LANGUAGE=de-DE:Hospitation + Abschlussgespräch Pflegedirektion (Fr. Kretzschmar)
DTSTART;TZID=W. Europe Standard Time:20250226T073000
DTEND;TZID=W. Europe Standard Time:20250226T130000
CLASS:PUBLIC
DTSTAMP:20250218T082222Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Lindenauer Klinikum\, Haus 1 Pforte
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="handtyped-vg-abbreviation-own",
        uid="D4E8A1C6-2F7B-4953-8E0A-71B3C5D9F2E6",
        is_interview=1,
        company="Nordlicht Zeitarbeit",
        role="Niederlassungsleitung",
        stage="hiring_manager",
        interviewers="Hr. Pietsch",
        trap="handtyped-vg-same-abbrev-as-client-interviews",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250116T200412Z
DTEND:20250122T170000
DTSTAMP:20250116T200455Z
DTSTART:20250122T160000
LAST-MODIFIED:20250116T200454Z
LOCATION:Nordlicht\, Gerberstr. 5
SEQUENCE:0
SUMMARY:VG Nordlicht NL-Leitung (ich!!) Hr. Pietsch
DESCRIPTION:Regionalleiter. Gehalt ab 58 sagen. Dienstwagen fragen. Nicht in Jobcenter-Kleidung ;)
UID:D4E8A1C6-2F7B-4953-8E0A-71B3C5D9F2E6
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT45M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
    dict(
        kind="handtyped-probearbeit-allday",
        uid="F1A2B3C4-D5E6-4789-9ABC-DEF012345678",
        is_interview=1,
        company="Nordlicht Zeitarbeit",
        role="NL-Leitung",
        stage="onsite",
        interviewers="",
        trap="all-day-probearbeit-handtyped",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250128T063015Z
DTSTAMP:20250128T063020Z
DTSTART;VALUE=DATE:20250206
DTEND;VALUE=DATE:20250207
LAST-MODIFIED:20250128T063019Z
SUMMARY:Probearbeit Nordlicht NL Leipzig
DESCRIPTION:Disposition mitlaufen\, Kundenbesuch mit Hr. Pietsch\, 7:30 da sein. Danach sagen die Bescheid.
SEQUENCE:0
TRANSP:TRANSPARENT
UID:F1A2B3C4-D5E6-4789-9ABC-DEF012345678
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dvinci-interview-invite",
        uid="dvinci-termin-000742-9913@bfw-saale-elster.example.de",
        is_interview=1,
        company="Berufsförderungswerk Saale-Elster",
        role="Integrationsberater/in (Reha)",
        stage="hiring_manager",
        interviewers="t.koenig@bfw-saale-elster.example.de;b.held@bfw-saale-elster.example.de",
        trap="dvinci-ats-reha-trade",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:dvinci-termin-000742-9913@bfw-saale-elster.example.de
DTSTAMP:20250512T090102Z
DTSTART;TZID=Europe/Berlin:20250520T100000
DTEND;TZID=Europe/Berlin:20250520T110000
SUMMARY:Einladung zum Vorstellungsgespräch: Integrationsberater/in (Reha) – Kennz. BFW-25-019
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein.\n\nIhre Gesprächspartner:\n- Thomas König\, Bereichsleiter Integration\n- Bettina Held\, Personalreferentin\n\nOrt: BFW Saale-Elster\, Verwaltungsgebäude\, Raum 012\n\nBitte bestätigen Sie den Termin über den Link in der E-Mail.
ORGANIZER;CN=BFW Saale-Elster Bewerbermanagement:mailto:bewerbung@bfw-saale-elster.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN=Thomas König:mailto:t.koenig@bfw-saale-elster.example.de
ATTENDEE;CN=Bettina Held:mailto:b.held@bfw-saale-elster.example.de
LOCATION:BFW Saale-Elster\, Raum 012
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-handtyped",
        uid="1m4o7q0s3u6w9y2a5c8e1g4i7k@google.com",
        is_interview=1,
        company="Prüfwerk Mitteldeutschland",
        role="HRBP",
        stage="",
        interviewers="",
        trap="google-export-x-wr-calname-terse",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sabine privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250116T090000Z
DTEND:20250116T100000Z
DTSTAMP:20250601T101500Z
UID:1m4o7q0s3u6w9y2a5c8e1g4i7k@google.com
CREATED:20250109T184400Z
DESCRIPTION:
LAST-MODIFIED:20250109T184400Z
LOCATION:Prüfwerk\, Poststr. 20
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Prüfwerk HRBP
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-chamber-interview",
        uid="040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        is_interview=1,
        company="Kreishandwerkerschaft Leipziger Land",
        role="Ausbildungsberaterin / Nachwuchsgewinnung",
        stage="hiring_manager",
        interviewers="gf@khs-leipzigerland.example.de;kreishandwerksmeister@khs-leipzigerland.example.de",
        trap="craft-chamber-interview-utc1-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Geschäftsführung KHS":mailto:gf@khs-leipzigerland.example.de
ATTENDEE;CN=sabine.kretzschmar@web.de;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Kreishandwerksmeister Olaf Dietze";RSVP=TRUE:mailto:kreishandwerksmeister@khs-leipzigerland.example.de
DESCRIPTION:Sehr geehrte Frau Kretzschmar\,\n\nbezugnehmend auf Ihre Bewerbung als Ausbildungsberaterin / Nachwuchsgewinnung laden wir Sie zu einem Vorstellungsgespräch mit unserem Geschäftsführer Herrn Lutz Brückner und dem Kreishandwerksmeister Herrn Olaf Dietze ein.\n\nMit freundlichen Grüßen\nKreishandwerkerschaft Leipziger Land
UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY:Vorstellungsgespräch Frau Kretzschmar (Ausbildungsberatung)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250129T150000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250129T160000
DTSTAMP:20250121T103344Z
LOCATION:KHS\, Handwerkerhof 2\, Borna
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onlyfy-video-interview",
        uid="onlyfy-iv-74512-1@ortus-personal.example.de",
        is_interview=1,
        company="Ortus Personal",
        role="Recruiterin (Inhouse)",
        stage="recruiter_screen",
        interviewers="l.baumann@ortus-personal.example.de",
        trap="onlyfy-ats-staffing-firm-inhouse-role",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//onlyfy by XING//Interview//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:onlyfy-iv-74512-1@ortus-personal.example.de
DTSTAMP:20250130T121212Z
DTSTART:20250204T103000Z
DTEND:20250204T110000Z
SUMMARY:Video-Interview | Recruiterin (Inhouse) (m/w/d) | Ortus Personal GmbH
DESCRIPTION:Hallo Frau Kretzschmar\,\n\nanbei die Einladung zu Ihrem Video-Interview mit Lisa Baumann (Teamlead Inhouse Recruiting).\n\nVideo-Link: https://video.onlyfy.example.com/r/74512-1\n\nWir freuen uns auf das Gespräch!
ORGANIZER;CN=Ortus Personal GmbH:mailto:recruiting@ortus-personal.example.de
ATTENDEE;CN=Lisa Baumann:mailto:l.baumann@ortus-personal.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Video-Interview (onlyfy)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="umantis-structured-interview",
        uid="umantis-interview-2025-004471@mrb-bahn.example.de",
        is_interview=1,
        company="Mitteldeutsche Regionalbahn",
        role="Recruiterin Fahrdienst (m/w/d)",
        stage="hiring_manager",
        interviewers="yvonne.krause@mrb-bahn.example.de",
        trap="umantis-online-assessment-plus-structured-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:umantis-interview-2025-004471@mrb-bahn.example.de
DTSTAMP:20250505T070707Z
DTSTART;TZID=Europe/Berlin:20250513T130000
DTEND;TZID=Europe/Berlin:20250513T143000
SUMMARY:Strukturiertes Interview – Recruiterin Fahrdienst (m/w/d) – Ref. 2025-004471
DESCRIPTION:Guten Tag Frau Kretzschmar\,\n\nnach Ihrem erfolgreich absolvierten Online-Assessment laden wir Sie zum strukturierten Interview ein.\nInterview: Yvonne Krause\, Leiterin Recruiting Fahrdienst (Triebfahrzeugführer/innen\, Zugbegleiter/innen)\nDauer: 90 Min. inkl. Fallaufgabe "Quereinsteigerkampagne mit dem Jobcenter"\n\nMitteldeutsche Regionalbahn GmbH – Personal
ORGANIZER;CN=MRB Karriere:mailto:karriere@mrb-bahn.example.de
ATTENDEE;CN=Yvonne Krause:mailto:yvonne.krause@mrb-bahn.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:MRB Verwaltung\, Hauptbahnhof Ostflügel\, 3. OG
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-partner-erstgespraech",
        uid="9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d@calendly.example.com",
        is_interview=1,
        company="von Rotberg & Partner",
        role="Senior Beraterin Outplacement",
        stage="hiring_manager",
        interviewers="c.vonrotberg@vonrotberg-partner.example.de",
        trap="calendly-generic-erstgespraech-is-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250422T081144Z
UID:9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d@calendly.example.com
DTSTART:20250429T070000Z
DTEND:20250429T074500Z
SUMMARY:Erstgespräch (45 Min.) between Constanze von Rotberg and Sabine Kretzschmar
DESCRIPTION:Event Name: Erstgespräch (45 Min.)\n\nLocation: Telefon – Constanze von Rotberg ruft Sie an: +49 15205550917\n\nPlease share anything that will help prepare for our meeting.: Bewerbung Senior Beraterin Outplacement (Ihre Anzeige auf Indeed)\, Lebenslauf per Mail geschickt\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/9a1b2c3d\nReschedule: https://calendly.com/reschedulings/9a1b2c3d\n\nPowered by Calendly.com
ORGANIZER;CN=Constanze von Rotberg:mailto:c.vonrotberg@vonrotberg-partner.example.de
ATTENDEE;CN=Sabine Kretzschmar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabine.kretzschmar@web.de
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-introduces-to-client",
        uid="20250409-tb-3391@talentbruecke.example.de",
        is_interview=1,
        company="Bergmann Maschinenbau",
        role="HR Business Partner",
        stage="hiring_manager",
        interviewers="h.kirsch@bergmann-maschinenbau.example.de",
        trap="recruiter-moderates-client-interview-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Marx, Daniela (Talentbrücke)":mailto:d.marx@talentbruecke.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Kirsch, Heike";RSVP=TRUE:mailto:h.kirsch@bergmann-maschinenbau.example.de
DESCRIPTION:Liebe Frau Kretzschmar\, liebe Frau Kirsch\,\n\nwie besprochen stelle ich Sie einander vor: Frau Kretzschmar (derzeit Arbeitsvermittlerin\, Bewerberin für die Position HR Business Partner) und Frau Kirsch (Leiterin Personal\, Bergmann Maschinenbau GmbH). Ich moderiere nur die ersten fünf Minuten und verabschiede mich dann.\n\nViele Grüße\nDaniela Marx\nTalentbrücke Personalvermittlung{TEAMS_DE}
UID:20250409-tb-3391@talentbruecke.example.de
SUMMARY:Bergmann Maschinenbau x Kretzschmar – HRBP (via Talentbrücke)
DTSTART;TZID=W. Europe Standard Time:20250414T163000
DTEND;TZID=W. Europe Standard Time:20250414T173000
DTSTAMP:20250409T144000Z
LOCATION:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icloud-invite-board-freemail",
        uid="8E2D4C6A-1B3F-45D7-9A0C-2E4F6B8D0A1C",
        is_interview=1,
        company="Sozialwerk Parthenaue",
        role="Personalleitung",
        stage="hiring_manager",
        interviewers="vorstand.sozialwerk@t-online.de;Frau Bellmann",
        trap="association-board-freemail-icloud-invite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
{TZ_BERLIN}
BEGIN:VEVENT
ATTENDEE;CN="Sabine Kretzschmar";CUTYPE=INDIVIDUAL;EMAIL="sabine.kretzschmar@web.de";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Wolfgang Ehrlich";CUTYPE=INDIVIDUAL;EMAIL="vorstand.sozialwerk@t-online.de";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:vorstand.sozialwerk@t-online.de
CREATED:20250602T190101Z
DTEND;TZID=Europe/Berlin:20250610T190000
DTSTAMP:20250602T190104Z
DTSTART;TZID=Europe/Berlin:20250610T173000
LAST-MODIFIED:20250602T190103Z
LOCATION:Geschäftsstelle Sozialwerk Parthenaue\, Dorfstr. 18\, Taucha
ORGANIZER;CN="Wolfgang Ehrlich";EMAIL="vorstand.sozialwerk@t-online.de":mailto:vorstand.sozialwerk@t-online.de
SEQUENCE:0
SUMMARY:Gespräch Personalleitung – Frau Kretzschmar
DESCRIPTION:Liebe Frau Kretzschmar\, wie telefonisch besprochen. Vom Vorstand sind außer mir noch Frau Bellmann (Schatzmeisterin) dabei. Nach Feierabend ist bei uns Ehrenamtlern leider nicht anders machbar. Gruß W. Ehrlich\, 1. Vorsitzender
UID:8E2D4C6A-1B3F-45D7-9A0C-2E4F6B8D0A1C
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-cooperative-alarm",
        uid="4c9e1a7b-3d5f-42a8-b6c0-8e2f4a6c0d1e",
        is_interview=1,
        company="Wohnungsgenossenschaft Lindenhof",
        role="Personalreferentin (m/w/d)",
        stage="hiring_manager",
        interviewers="vorstand@lwg-lindenhof.example.de",
        trap="cooperative-vorstand-thunderbird-alarm",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250519T132001Z
LAST-MODIFIED:20250519T132101Z
DTSTAMP:20250519T132101Z
UID:4c9e1a7b-3d5f-42a8-b6c0-8e2f4a6c0d1e
SUMMARY:Vorstellungsgespräch Personalreferent/in – Kretzschmar
ORGANIZER;CN=LWG Lindenhof eG Personal:mailto:personal@lwg-lindenhof.example.de
ATTENDEE;RSVP=TRUE;CN=Sabine Kretzschmar;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:sabine.kretzschmar@web.de
ATTENDEE;RSVP=FALSE;CN=Vorstand LWG;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:vorstand@lwg-lindenhof.example.de
DTSTART;TZID=Europe/Berlin:20250527T100000
DTEND;TZID=Europe/Berlin:20250527T110000
LOCATION:Geschäftsstelle\, Lützner Str. 140\, Leipzig
DESCRIPTION:Gesprächspartner: Vorstand (Herr Ritter\, technischer Vorstand\, u
 nd Frau Zacharias\, kaufmännischer Vorstand).
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-P1D
DESCRIPTION:Standardbeschreibung von Mozilla
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="executive-search-final-client",
        uid="kandor-2025-0612-saxonia-ks@kandor-search.example.de",
        is_interview=1,
        company="Saxonia Kliniken",
        role="Leitung Recruiting Center",
        stage="final",
        interviewers="dr.anke.meissner@saxonia-kliniken.example.de",
        trap="executive-search-organizer-final-with-board",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dr. Kessler, Axel (Kandor Executive Search)":mailto:a.kessler@kandor-search.example.de
ATTENDEE;CN="Sabine Kretzschmar";RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Dr. Anke Meißner (Vorstand Personal)";RSVP=TRUE:mailto:dr.anke.meissner@saxonia-kliniken.example.de
DESCRIPTION:Liebe Frau Kretzschmar\,\n\nder finale Termin mit Frau Dr. Meißner\, Vorstand Personal der Saxonia Kliniken AG\, für die Position Leitung Recruiting Center (konzernweit\, 14 Häuser). Ich bin als Moderator dabei. Bitte bereiten Sie Ihre 100-Tage-Skizze vor.\n\nHerzliche Grüße\nAxel Kessler
UID:kandor-2025-0612-saxonia-ks@kandor-search.example.de
SUMMARY:Finales Gespräch Saxonia Kliniken / Vorstand Personal
DTSTART;TZID=W. Europe Standard Time:20250612T110000
DTEND;TZID=W. Europe Standard Time:20250612T123000
DTSTAMP:20250605T082200Z
LOCATION:Saxonia Kliniken Konzernzentrale\, Prager Str. 201\, Vorstandsetage
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-labour-law-case",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF0123456789000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        is_interview=1,
        company="Auenwerk Fahrzeugbau",
        role="HR Business Partner",
        stage="technical",
        interviewers="m.graebner@auenwerk.example.de;o.sander@auenwerk.example.de",
        trap="fachgespraech-labour-law-case-technical",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}
BEGIN:VEVENT
ORGANIZER;CN="Gräbner, Maria":mailto:m.graebner@auenwerk.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.kretzschmar@web.de:mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sander, Oliver":mailto:o.sander@auenwerk.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Kretzschmar\,\n\nim Fachgespräch bekommen Sie 20 Minuten vorher eine Fallstudie (Abmahnung/Anhörung Betriebsrat nach § 102 BetrVG\, Schichtmodell). Anschließend besprechen Sie die Lösung mit Oliver Sander (Justiziar/Arbeitsrecht) und mir.\n\nViele Grüße\nMaria Gräbner\nHead of HR
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456789000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=de-DE:Interview HRBP – Fachgespräch Arbeitsrecht (Fallstudie)
DTSTART;TZID=W. Europe Standard Time:20250522T090000
DTEND;TZID=W. Europe Standard Time:20250522T103000
CLASS:PUBLIC
DTSTAMP:20250514T110101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Auenwerk\, Verwaltungsgebäude A\, Raum 1.10
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="utc-zone-transport-committee",
        uid="040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        is_interview=1,
        company="Verkehrsgesellschaft Parthe",
        role="Personalreferent*in Recruiting",
        stage="onsite",
        interviewers="p.urban@vg-parthe.example.de;betriebsrat@vg-parthe.example.de;gleichstellung@vg-parthe.example.de",
        trap="municipal-company-panel-gleichstellung-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Personalabteilung VGP":mailto:personal@vg-parthe.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kretzschmar, Sabine":mailto:sabine.kretzschmar@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Urban, Petra (Leiterin Personal)":mailto:p.urban@vg-parthe.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Betriebsrat VGP":mailto:betriebsrat@vg-parthe.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gleichstellungsbeauftragte VGP":mailto:gleichstellung@vg-parthe.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch Personalreferent*in Recruiting (Fahrpersonal)\nAuswahlgremium: Leiterin Personal\, Betriebsrat\, Gleichstellungsbeauftragte\nOrt: Betriebshof Taucha\, Verwaltung\, Raum 204
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Personalreferent*in Recruiting
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250604T130000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250604T140000
CLASS:PUBLIC
DTSTAMP:20250526T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Betriebshof Taucha\, Raum 204
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-recruiter-call",
        uid="lever-interview-7b2e9c41-5d3a-4f81-9e6c-0a2b4c6d8e10",
        is_interview=1,
        company="Fashionloop",
        role="Senior Recruiter DACH",
        stage="recruiter_screen",
        interviewers="hannah.siebert@fashionloop.example.com",
        trap="lever-english-recruiter-call",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-7b2e9c41-5d3a-4f81-9e6c-0a2b4c6d8e10
DTSTAMP:20250424T153010Z
DTSTART:20250429T120000Z
DTEND:20250429T123000Z
SUMMARY:Sabine Kretzschmar <> Fashionloop: Recruiter Call (Senior Recruiter DACH)
DESCRIPTION:Hi Sabine\,\n\nLooking forward to our chat about the Senior Recruiter DACH role (remote-first\, Berlin/Leipzig hub).\n\nHannah Siebert\nTalent Partner\, Fashionloop\n\nJoin Zoom: https://fashionloop.zoom.us/j/93311002288\n\nScheduled via Lever
ORGANIZER;CN=Hannah Siebert:mailto:hannah.siebert@fashionloop.example.com
ATTENDEE;CN=Hannah Siebert;PARTSTAT=ACCEPTED:mailto:hannah.siebert@fashionloop.example.com
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-case-study-presentation",
        uid="7f3h9j1l5n8p0r2t4v6x8z0b2d@google.com",
        is_interview=1,
        company="Fashionloop",
        role="Senior Recruiter DACH",
        stage="technical",
        interviewers="oskar.lind@fashionloop.example.com;hannah.siebert@fashionloop.example.com",
        trap="case-study-presentation-english",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250508T083000Z
DTEND:20250508T093000Z
DTSTAMP:20250502T101112Z
ORGANIZER;CN=Hannah Siebert:mailto:hannah.siebert@fashionloop.example.com
UID:7f3h9j1l5n8p0r2t4v6x8z0b2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Oskar Lind;X-NUM-GUESTS=0:mailto:oskar.lind@fashionloop.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sabine.kretzschmar@web.de;X-NUM-GUESTS=0:mailto:sabine.kretzschmar@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Siebert;X-NUM-GUESTS=0:mailto:hannah.siebert@fashionloop.example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/kre-mbyx-wqt
CREATED:20250502T101111Z
DESCRIPTION:Case study: "Hire 40 warehouse & customer care people in Leipzi
 g in 8 weeks". 20 min presentation + 30 min Q&A with Oskar Lind (Head of Ta
 lent) and Hannah.{GOOGLE_FOOTER_EN}
LAST-MODIFIED:20250502T101112Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fashionloop – Case Study Presentation (Sabine Kretzschmar)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="owner-iphone-freemail-invite",
        uid="3B5D7F91-A2C4-46E8-8B0D-F1E3C5A79B2D",
        is_interview=1,
        company="Weber & Söhne Bau",
        role="Personalreferentin",
        stage="hiring_manager",
        interviewers="weber.bau.chef@t-online.de",
        trap="owner-freemail-no-job-words-in-summary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
{TZ_BERLIN}
BEGIN:VEVENT
ATTENDEE;CN="sabine.kretzschmar@web.de";CUTYPE=INDIVIDUAL;EMAIL="sabine.kretzschmar@web.de";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
ATTENDEE;CN="Ulrich Weber";CUTYPE=INDIVIDUAL;EMAIL="weber.bau.chef@t-online.de";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:weber.bau.chef@t-online.de
CREATED:20250306T061500Z
DTEND;TZID=Europe/Berlin:20250312T080000
DTSTAMP:20250306T061502Z
DTSTART;TZID=Europe/Berlin:20250312T070000
LAST-MODIFIED:20250306T061501Z
LOCATION:Weber & Söhne Bau\, Bauhof\, Zwenkauer Str. 66
ORGANIZER;CN="Ulrich Weber";EMAIL="weber.bau.chef@t-online.de":mailto:weber.bau.chef@t-online.de
SEQUENCE:0
SUMMARY:Frau Kretzschmar / Weber
DESCRIPTION:Wegen der Stelle im Büro (Personal\, Lohn\, Azubis). Früh\, bevor die Kolonnen rausfahren. Mfg U. Weber
UID:3B5D7F91-A2C4-46E8-8B0D-F1E3C5A79B2D
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-typo-abbrev",
        uid="2c5e8g1i4k7m0o3q6s9u2w5y8a@google.com",
        is_interview=1,
        company="Elsterland Pflegedienste",
        role="HR Generalist",
        stage="",
        interviewers="",
        trap="typo-bewerbungsgepraech-floating-export",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sabine privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250617T140000
DTEND;TZID=Europe/Berlin:20250617T150000
DTSTAMP:20250701T080000Z
UID:2c5e8g1i4k7m0o3q6s9u2w5y8a@google.com
CREATED:20250610T201010Z
DESCRIPTION:HR Generalist\, 30h/Wo\, Anzeige Stepstone. Zeugnisse mitnehmen
LAST-MODIFIED:20250610T201212Z
LOCATION:Elsterland Pflegedienste\, Eisenbahnstr. 101
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Bewerbungsgepräch Elsterland Pflege 14h
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-rescheduled-sequence-3",
        uid="zoom-84211902231-lernwerk@lernwerk-digital.example.de",
        is_interview=1,
        company="Lernwerk Digital",
        role="Teamlead Learning Coaches",
        stage="hiring_manager",
        interviewers="johanna.reich@lernwerk-digital.example.de",
        trap="rescheduled-sequence-3-verschoben",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:zoom-84211902231-lernwerk@lernwerk-digital.example.de
DTSTAMP:20250520T074500Z
DTSTART;TZID=Europe/Berlin:20250526T150000
DTEND;TZID=Europe/Berlin:20250526T160000
SUMMARY:[Verschoben] Interview Teamlead Learning Coaches – Sabine Kretzschmar
ORGANIZER;CN=Johanna Reich:mailto:johanna.reich@lernwerk-digital.example.de
ATTENDEE;CN=Sabine Kretzschmar;RSVP=TRUE:mailto:sabine.kretzschmar@web.de
DESCRIPTION:Neuer Termin (zweite Verschiebung\, sorry!): Mo 26.05.\, 15 Uhr.\n\nJohanna Reich (COO\, Lernwerk Digital) lädt Sie zu einem geplanten Zoom-Meeting ein.\nThema: Interview Teamlead Learning Coaches (AZAV-zertifizierte Online-Weiterbildung){ZOOM_DE}
LOCATION:https://us06web.zoom.us/j/84211902231
SEQUENCE:3
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
