# ruff: noqa: E501, W291
"""holdout243 events, part f: Spanish, French, public sector, headhunter (written blind)."""

EVENTS = [
    {
        "kind": "meet-invite",
        "uid": "0b4kq8r2s6t1v3x5z7a9c2e4g6@google.com",
        "is_interview": 1,
        "company": "Iberatlántica Energía S.A.",
        "role": "Consultor SAP FI/CO Senior",
        "stage": "recruiter_screen",
        "interviewers": "lucia.moreno@iberatlantica.es",
        "trap": "spanish-entrevista-rrhh-madrid-zone",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250416T100000
DTEND;TZID=Europe/Madrid:20250416T103000
DTSTAMP:20250411T094512Z
ORGANIZER;CN=Lucía Moreno:mailto:lucia.moreno@iberatlantica.es
UID:0b4kq8r2s6t1v3x5z7a9c2e4g6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.kern@kern-consulting.de;X-NUM-GUESTS=0:mailto:m.kern@kern-consul
 ting.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Moreno;X-NUM-GUESTS=0:mailto:lucia.moreno@iberatlantica.es
DESCRIPTION:Hola Matthias\,<br><br>Gracias por tu interés en la posición d
 e <b>Consultor SAP FI/CO Senior</b> para nuestro proyecto de implantación 
 de S/4HANA en la filial alemana (Iberatlántica Energie Deutschland\, Frank
 furt). Te propongo una primera entrevista telefónica de 30 minutos con Re
 cursos Humanos para conocer tu perfil y disponibilidad.<br><br>Un saludo\,
 <br>Lucía Moreno<br>Talent Acquisition<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https:
 //meet.google.com/iba-ewnq-kkd\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250411T094512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Consultor SAP FI/CO Senior (Matthias Kern)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000001000000055667788AABBCCDD11223344EEFF0011",
        "is_interview": 1,
        "company": "Iberatlántica Energía S.A.",
        "role": "Consultor SAP FI/CO Senior",
        "stage": "hiring_manager",
        "interviewers": "javier.ruizdelgado@iberatlantica.es;b.hofmann@iberatlantica.de",
        "trap": "spanish-segunda-entrevista-romance-zone",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ romance@@
BEGIN:VEVENT
ORGANIZER;CN="Ruiz Delgado, Javier":mailto:javier.ruizdelgado@iberatlantica
 .es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofmann, Birg
 it":mailto:b.hofmann@iberatlantica.de
DESCRIPTION;LANGUAGE=es-ES:Hola Matthias\,\n\nencantado de continuar el pro
 ceso. En esta segunda entrevista hablaremos del diseño del libro mayor par
 a la filial alemana\, la integración con la matriz en Madrid y el calendar
 io del proyecto. Se une Birgit Hofmann\, directora financiera de la filial
 \; podemos hablar en español\, inglés o alemán.\n\nSaludos\,\nJavier Ruiz D
 elgado\nResponsable Sistemas Financieros\n\n______________________________
 __________________________________\nReunión de Microsoft Teams\nÚnase a la
  reunión ahora: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SWJl
 cmE%40thread.v2/0\nId. de reunión: 374 902 118 335\nCódigo de acceso: Ib8x
 Q2\n________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000001000000055667788AABBCCDD11223344EEFF0011
SUMMARY;LANGUAGE=es-ES:Segunda entrevista – Matthias Kern / Sistemas Financ
 ieros
DTSTART;TZID=Romance Standard Time:20250424T160000
DTEND;TZID=Romance Standard Time:20250424T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "uid": "ZOOM-87730215564-20250521@zoom.us",
        "is_interview": 1,
        "company": "Grupo Alcántara Alimentación S.A.",
        "role": "Consultor SAP CO (proyecto rollout Alemania)",
        "stage": "",
        "interviewers": "pmartinez@grupoalcantara.com",
        "trap": "spanish-zoom-native-invite-rollout",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Madrid
LAST-MODIFIED:20240101T000000Z
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250514T110233Z
DTSTART;TZID=Europe/Madrid:20250521T123000
DTEND;TZID=Europe/Madrid:20250521T131500
SUMMARY:Entrevista Matthias Kern – Consultor SAP CO (rollout Alemania)
UID:ZOOM-87730215564-20250521@zoom.us
TZID:Europe/Madrid
DESCRIPTION:Pablo Martínez le está invitando a una reunión de Zoom programad
 a.\n\nEntrevista para el puesto de Consultor SAP CO en el proyecto de roll
 out de nuestra plantilla S/4HANA a la planta de Hanau.\n\nUnirse a la reun
 ión Zoom\nhttps://us02web.zoom.us/j/87730215564?pwd=R0xBbkNvVnpUUjVYdz09\n
 \nID de reunión: 877 3021 5564\nCódigo de acceso: 118274\n\nMarcar según s
 u ubicación\n+34 91 787 0058 España\n+49 69 3807 9883 Alemania
LOCATION:https://us02web.zoom.us/j/87730215564?pwd=R0xBbkNvVnpUUjVYdz09
ORGANIZER;CN=Pablo Martínez:mailto:pmartinez@grupoalcantara.com
ATTENDEE;CN=m.kern@kern-consulting.de;RSVP=TRUE:mailto:m.kern@kern-consulting.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-invite",
        "uid": "talentia-lux-rdv-2025-0419-kern",
        "is_interview": 1,
        "company": "Banque Moselle Luxembourg S.A.",
        "role": "Consultant SAP FI/CO (mission freelance)",
        "stage": "recruiter_screen",
        "interviewers": "c.muller@talentia.lu",
        "trap": "french-agency-preselection-client-named",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentia Lux//Agenda//FR
METHOD:REQUEST
@@VTZ luxembourg@@
BEGIN:VEVENT
UID:talentia-lux-rdv-2025-0419-kern
DTSTAMP:20250416T130500Z
DTSTART;TZID=Europe/Luxembourg:20250422T091500
DTEND;TZID=Europe/Luxembourg:20250422T094500
SUMMARY:Entretien de préqualification – mission SAP FI/CO (Banque Moselle)
ORGANIZER;CN=Claire Muller:mailto:c.muller@talentia.lu
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Téléphone / Teams
DESCRIPTION:Bonjour Matthias\,\n\nComme convenu\, je vous appelle pour fai
 re le point sur votre profil avant de vous présenter à notre client\, la B
 anque Moselle Luxembourg (mission de 9 mois\, migration S/4HANA Finance\, 
 3 jours/semaine sur site au Kirchberg). Merci de confirmer votre TJM et v
 otre niveau de français.\n\nBien cordialement\,\nClaire Muller\nTalentia L
 ux S.à r.l.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "is_interview": 1,
        "company": "Banque Moselle Luxembourg S.A.",
        "role": "Consultant SAP FI/CO",
        "stage": "hiring_manager",
        "interviewers": "thierry.schmit@banquemoselle.lu;anne.weber@banquemoselle.lu",
        "trap": "french-entretien-client-final-rooms",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="SCHMIT Thierry":mailto:thierry.schmit@banquemoselle.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias K
 ern:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="WEBER Anne":m
 ailto:anne.weber@banquemoselle.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MULLER Cl
 aire (Talentia)":mailto:c.muller@talentia.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Kern\,\n\nSuite à la présentati
 on de votre candidature par Talentia\, nous avons le plaisir de vous convi
 er à un entretien avec Anne Weber (Responsable Comptabilité Générale) et 
 moi-même. L'entretien se déroulera en français et partiellement en allem
 and.\n\nCordialement\,\nThierry Schmit\nHead of Finance IT\n\n____________
 ____________________________________________________\nRéunion Microsoft Tea
 ms\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qk1
 M%40thread.v2/0\nID de la réunion : 311 774 580 020\nCode secret : Bm5vR2
 \n________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Entretien M. Kern – mission SAP FI/CO
DTSTART;TZID=W. Europe Standard Time:20250430T100000
DTEND;TZID=W. Europe Standard Time:20250430T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "paris-invite",
        "uid": "hexagone-conseil-evt-5521@hexagone-conseil.fr",
        "is_interview": 1,
        "company": "Groupe Valmonde SA",
        "role": "Consultant SAP FI/CO – Core Model Finance",
        "stage": "hiring_manager",
        "interviewers": "Marc-Antoine Leroy",
        "trap": "french-broker-invite-entretien-client-final-paris-zone",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hexagone Conseil//Outlook//FR
METHOD:REQUEST
@@VTZ paris@@
BEGIN:VEVENT
UID:hexagone-conseil-evt-5521@hexagone-conseil.fr
DTSTAMP:20250505T084000Z
DTSTART;TZID=Europe/Paris:20250512T140000
DTEND;TZID=Europe/Paris:20250512T150000
SUMMARY:Entretien client final Valmonde – Consultant SAP FI/CO Core Model
ORGANIZER;CN=Julien Garnier:mailto:j.garnier@hexagone-conseil.fr
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Teams (lien envoyé par le client)
DESCRIPTION:Bonjour Matthias\,\n\nLe Groupe Valmonde souhaite vous rencontr
 er pour la mission Core Model Finance (déploiement Allemagne/Autriche). Vo
 us échangerez avec Marc-Antoine Leroy\, Directeur du programme S/4. Je ne 
 serai pas présent\; appelez-moi après l'entretien.\n\nJulien Garnier\nHexa
 gone Conseil – Portage & missions SAP
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E008000000004455667788AADB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        "is_interview": 1,
        "company": "BKK Mainlinie",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "guenter.spahn@bkk-mainlinie.de",
        "trap": "krankenkasse-projektgespraech-fi-ca",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Spahn, Günter":mailto:guenter.spahn@bkk-mainlinie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kern\,\n\nvielen Dank für di
 e Zusendung Ihres Profils über die Fa. SOLVIA. Gern möchten wir Sie im Rah
 men eines Projektgesprächs kennenlernen (Beitragseinzug FI-CA\, Umstellung
  Haushaltsplanung).\n\nMit freundlichen Grüßen\nGünter Spahn\nAbteilungsl
 eiter Finanzen\n\nMicrosoft Teams-Besprechung: https://teams.microsoft.com/
 l/meetup-join/19%3ameeting_QktL%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E008000000004455667788AADB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Projektgespräch FI-CA – Hr. Kern (SOLVIA)
DTSTART;TZID=W. Europe Standard Time:20250515T130000
DTEND;TZID=W. Europe Standard Time:20250515T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "interamt-invite",
        "uid": "interamt-stellenangebot-1184423-termin-3",
        "is_interview": 1,
        "company": "Versorgungskasse Hessen",
        "role": "Referentin / Referent SAP-Finanzwesen (E 13 TV-H)",
        "stage": "onsite",
        "interviewers": "",
        "trap": "public-sector-auswahlgespraech-commission",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interamt//Bewerbermanagement//DE
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:interamt-stellenangebot-1184423-termin-3
DTSTAMP:20250508T120000Z
DTSTART;TZID=Europe/Berlin:20250522T103000
DTEND;TZID=Europe/Berlin:20250522T113000
SUMMARY:Auswahlgespräch Stellenangebot 1184423 – Referentin / Referent SAP-
 Finanzwesen (E 13 TV-H)
ORGANIZER;CN=Versorgungskasse Hessen - Personalreferat:mailto:noreply@inte
 ramt.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT:mailto:m.kern@kern-consultin
 g.de
LOCATION:Versorgungskasse Hessen\, Dienstgebäude Wiesbaden\, Raum 3.012
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nwir laden Sie zu einem strukturie
 rten Auswahlgespräch ein. Der Auswahlkommission gehören Vertreter der Fach
 abteilung\, des Personalreferats\, des Personalrats sowie die Frauenbeauft
 ragte an. Bitte bringen Sie Ihre Zeugnisse im Original mit. Reisekosten k
 önnen nicht erstattet werden.\n\nMit freundlichen Grüßen\nIm Auftrag\nPers
 onalreferat\n\nDiese Nachricht wurde über Interamt versandt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "search-firm-call",
        "uid": "BP-ES-2025-0877-KERN@brandt-partner.de",
        "is_interview": 1,
        "company": "Obermain Textil GmbH",
        "role": "Leiter Finanz- und Rechnungswesen / SAP (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "h.brandt@brandt-partner.de",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
@@VTZ wes@@
BEGIN:VEVENT
UID:BP-ES-2025-0877-KERN@brandt-partner.de
DTSTAMP:20250513T171000Z
DTSTART;TZID=W. Europe Standard Time:20250519T080000
DTEND;TZID=W. Europe Standard Time:20250519T084500
SUMMARY:Vertrauliches Telefonat Dr. Brandt / M. Kern
ORGANIZER;CN="Dr. Heiner Brandt":mailto:h.brandt@brandt-partner.de
ATTENDEE;CN="Matthias Kern";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@ker
 n-consulting.de
LOCATION:Telefon – ich rufe Sie an
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nvielen Dank für Ihre Offenheit am 
 Telefon. Wie angekündigt\, nun vertraulich der Name meines Mandanten: die 
 Obermain Textil GmbH (Familienunternehmen\, ca. 1.400 MA\, Sitz Kulmbach)
 . Gesucht wird ein Leiter Finanz- und Rechnungswesen / SAP (m/w/d)\, der d
 ie S/4-Einführung als Fachverantwortlicher begleitet. In unserem Gespräch
  möchte ich Ihren Werdegang strukturiert durchgehen und Ihre Motivation fü
 r eine Festanstellung verstehen.\n\nMit besten Grüßen\nDr. Heiner Brandt\n
 Brandt & Partner Executive Search
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "broker-invite",
        "uid": "compass-termin-44190-sieger",
        "is_interview": 1,
        "company": "Sieger Armaturen GmbH",
        "role": "SAP CO-PC Berater",
        "stage": "hiring_manager",
        "interviewers": "Stephan Kolb",
        "trap": "broker-kundentermin-client-person-name-only",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Compass Freelance Solutions//CRM Kalender 4.2//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:compass-termin-44190-sieger
DTSTAMP:20250520T092000Z
DTSTART;TZID=Europe/Berlin:20250527T110000
DTEND;TZID=Europe/Berlin:20250527T114500
SUMMARY:Kundentermin Sieger Armaturen – SAP CO-PC Berater (M. Kern)
ORGANIZER;CN=Fabian Petzold:mailto:f.petzold@compass-freelance.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Teams – Einladung des Kunden folgt separat
DESCRIPTION:Hallo Matthias\,\n\nanbei zur Blockung dein Kundentermin bei S
 ieger Armaturen (Attendorn). Gesprächspartner: Stephan Kolb\, Leiter Contr
 olling. Themen: Produktkalkulation\, Istkostenrechnung\, Material-Ledger-A
 ktivierung. Bitte sag Herrn Kolb nichts zum Stundensatz – das klären wir.
 \n\nGruß Fabian\nCompass Freelance Solutions
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
