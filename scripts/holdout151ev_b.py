"""holdout151 events, part b: Dubai, Paris, Hamburg and Madrid employers (written blind)."""

from holdout151ev_tz import ARABIAN, BERLIN, DUBAI, MADRID, PARIS, ROMANCE, W_EUROPE, E

EVENTS = [
    E(
        "headhunter-dubai",
        "5q7k2m9vd1r3t8bn0c6xw4ye2a@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + DUBAI
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20260910T130000
DTEND;TZID=Asia/Dubai:20260910T133000
DTSTAMP:20260907T064411Z
ORGANIZER;CN=Rami Haddad:mailto:rami.haddad@cobaltrecruitment.ae
UID:5q7k2m9vd1r3t8bn0c6xw4ye2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rami Haddad;X-NUM-GUESTS=0:mailto:rami.haddad@cobaltrecruitment.ae
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
CREATED:20260907T064409Z
DESCRIPTION:Hi Samuel\, as discussed on LinkedIn. My client is Emaar Proper
 ties - they are hiring a Senior Project Director (Infrastructure) for the
  Dubai Creek Harbour enabling works and roads package. I'd like 30 mins to
  go through your background\, notice period and package expectations (tax
 -free\, housing\, schooling) before I put you forward to their HR.\n\nI'll
  call you on WhatsApp +44 7700 914662.\n\nRami
LAST-MODIFIED:20260907T064411Z
LOCATION:WhatsApp call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Samuel Mensah <> Rami Haddad (Cobalt) - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Emaar Properties",
        role="Senior Project Director (Infrastructure)",
        stage="recruiter_screen",
        who="rami.haddad@cobaltrecruitment.ae",
        trap="headhunter-names-client-only-in-body-dubai-zone",
    ),
    E(
        "teams-dubai",
        "040000008200E00074C5B7101A82E008000000000E6A4B2D7C3ADC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ARABIAN
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Noura Al Suwaidi:mailto:noura.alsuwaidi@emaar.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Khalid Moh
 ammed Al Mansoori:mailto:khalid.almansoori@emaar.ae
DESCRIPTION;LANGUAGE=en-US:Dear Samuel\,\n\nPlease find below the Teams inv
 itation for your interview with Eng. Khalid Al Mansoori\, Senior Director
  - Infrastructure Delivery\, for the position of Senior Project Director -
  Infrastructure.\n\nKindly note the time is Dubai time (GMT+4).\n\nBest reg
 ards\,\nNoura Al Suwaidi\nTalent Acquisition Specialist | Emaar Properties
  PJSC\n\n__________________________________________________________________
 ______________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app
  or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OT
 g2%40thread.v2/0\nMeeting ID: 421 007 339 512\nPasscode: uJ9k4B\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000000E6A4B2D7C3ADC010000000000000000
 10000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=en-US:Interview | Senior Project Director - Infrastructure
  | Samuel Mensah
DTSTART;TZID=Arabian Standard Time:20260929T143000
DTEND;TZID=Arabian Standard Time:20260929T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T052716Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Emaar Properties",
        role="Senior Project Director - Infrastructure",
        stage="hiring_manager",
        who="khalid.almansoori@emaar.ae",
        trap="outlook-arabian-standard-time-ta-organizer",
    ),
    E(
        "entretien-tel",
        "sr-int-7f3c01d2-9a44-4b8e-b6f1-2c0e5d8a9b13@smartrecruiters.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduling//EN
METHOD:REQUEST
"""
        + PARIS
        + r"""
BEGIN:VEVENT
UID:sr-int-7f3c01d2-9a44-4b8e-b6f1-2c0e5d8a9b13@smartrecruiters.com
DTSTAMP:20260924T123000Z
DTSTART;TZID=Europe/Paris:20261001T150000
DTEND;TZID=Europe/Paris:20261001T154500
SUMMARY:Entretien téléphonique - Directeur de Projets Infrastructures (H/F)
LOCATION:Appel téléphonique
DESCRIPTION:Bonjour Samuel\,\n\nNous avons le plaisir de vous confirmer vot
 re entretien téléphonique avec Claire Dumont\, Chargée de recrutement\, p
 our le poste de Directeur de Projets Infrastructures (H/F) chez VINCI Cons
 truction Grands Projets.\n\nClaire vous appellera au +44 7700 914662. L'éch
 ange peut se dérouler en anglais ou en français.\n\nCordialement\,\nL'équ
 ipe Recrutement
ORGANIZER;CN=VINCI Construction Grands Projets:mailto:noreply@smartrecruite
 rs.com
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
ATTENDEE;CN=Claire Dumont;ROLE=REQ-PARTICIPANT:mailto:claire.dumont@vinci-c
 onstruction.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="VINCI Construction Grands Projets",
        role="Directeur de Projets Infrastructures (H/F)",
        stage="recruiter_screen",
        who="claire.dumont@vinci-construction.com",
        trap="french-smartrecruiters-entretien-telephonique",
    ),
    E(
        "entretien-rueil",
        "040000008200E00074C5B7101A82E00800000000B2A1C0D9E84FDC01000000000000000010000000F1E2D3C4B5A6978812345678ABCDEF01",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=DUBOIS Marc:mailto:marc.dubois@vinci-construction.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=LEFEBVRE Sandr
 ine:mailto:sandrine.lefebvre@vinci-construction.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=VCGP-Rueil-Salle
  Pont de Normandie (10p):mailto:vcgp-salle-pontdenormandie@vinci-construct
 ion.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Mensah\,\n\nSuite à votre échange ave
 c Claire\, je vous propose de nous rencontrer dans nos locaux de Rueil-Mal
 maison. Sandrine Lefebvre\, Directrice technique\, se joindra à nous. Nous
  aborderons vos projets autoroutiers au Royaume-Uni et le poste sur le lot
  génie civil du Grand Paris Express.\n\nMerci de vous présenter à l'accue
 il avec une pièce d'identité.\n\nBien cordialement\,\nMarc Dubois\nDirecte
 ur d'exploitation\n
UID:040000008200E00074C5B7101A82E00800000000B2A1C0D9E84FDC010000000000000000
 10000000F1E2D3C4B5A6978812345678ABCDEF01
SUMMARY;LANGUAGE=fr-FR:Entretien M. Samuel MENSAH - DP Infrastructures
DTSTART;TZID=Romance Standard Time:20261020T100000
DTEND;TZID=Romance Standard Time:20261020T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T145233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:VINCI Construction Grands Projets - 5 cours Ferdina
 nd de Lesseps\, 92500 Rueil-Malmaison - salle Pont de Normandie
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="VINCI Construction Grands Projets",
        role="DP Infrastructures",
        stage="onsite",
        who="marc.dubois@vinci-construction.com;sandrine.lefebvre@vinci-construction.com",
        trap="french-outlook-romance-time-onsite-with-room",
    ),
    E(
        "kennenlernen",
        "personio-interview-3384102-samuel-mensah@nordhafen-ingenieure.jobs.personio.de",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
"""
        + BERLIN
        + r"""
BEGIN:VEVENT
UID:personio-interview-3384102-samuel-mensah@nordhafen-ingenieure.jobs.pers
 onio.de
DTSTAMP:20260915T090512Z
DTSTART;TZID=Europe/Berlin:20260922T100000
DTEND;TZID=Europe/Berlin:20260922T103000
SUMMARY:Kennenlerngespräch: Projektleiter Infrastruktur / Brückenbau (m/w/d
 )
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Samuel\,\n\nvielen Dank für Deine Bewerbung als Projektle
 iter Infrastruktur / Brückenbau (m/w/d). Gerne möchten wir Dich in einem
  ersten Kennenlerngespräch näher kennenlernen. Jana Petersen aus dem Perso
 nalteam wird das Gespräch führen (gerne auch auf Englisch).\n\nLink zum
  Teams-Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ5
 %40thread.v2/0\n\nViele Grüße\nDein Recruiting-Team der Nordhafen Ingenie
 ure GmbH
ORGANIZER;CN=Nordhafen Ingenieure GmbH:mailto:recruiting@nordhafen-ingenieu
 re.de
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
ATTENDEE;CN=Jana Petersen;ROLE=REQ-PARTICIPANT:mailto:jana.petersen@nordhaf
 en-ingenieure.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Nordhafen Ingenieure GmbH",
        role="Projektleiter Infrastruktur / Brückenbau (m/w/d)",
        stage="recruiter_screen",
        who="jana.petersen@nordhafen-ingenieure.de",
        trap="german-personio-kennenlerngespraech",
    ),
    E(
        "fachgespraech",
        "040000008200E00074C5B7101A82E00800000000D4C3B2A1F05ADC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + W_EUROPE
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Jana Petersen:mailto:jana.petersen@nordhafen-ingenieure.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr.-Ing. Henri
 k Claussen:mailto:henrik.claussen@nordhafen-ingenieure.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ole Brandt:mai
 lto:ole.brandt@nordhafen-ingenieure.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Samuel\,\n\nwie besprochen anbei die Einla
 dung zum Fachgespräch mit Dr. Henrik Claussen (Bereichsleiter Brückenbau)
  und Ole Brandt (Senior-Projektleiter). Bitte bereite ein Referenzprojekt
  vor (ca. 15 Minuten\, gerne mit Folien). Das Gespräch findet auf Englisch
  statt.\n\nIch selbst bin nur zur Begrüßung kurz dabei.\n\nViele Grüße\nJan
 a\n\n____________________________________________________________________
 ____________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\,
  Ihrer mobilen App oder Ihrem Raumgerät aus teil\nhttps://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_YjM0%40thread.v2/0\nBesprechungs-ID: 352 118
  660 903\nPasscode: x7Tq2W\n\n
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F05ADC010000000000000000
 10000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Fachgespräch Projektleiter Infrastruktur - Samuel Me
 nsah
DTSTART;TZID=W. Europe Standard Time:20261007T140000
DTEND;TZID=W. Europe Standard Time:20261007T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T111902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Nordhafen Ingenieure GmbH",
        role="Projektleiter Infrastruktur",
        stage="technical",
        who="henrik.claussen@nordhafen-ingenieure.de;ole.brandt@nordhafen-ingenieure.de",
        trap="german-fachgespraech-w-europe-standard-time",
    ),
    E(
        "vor-ort-hamburg",
        "1h6v0c3kq8s2pt9rj4n7mb5xf0@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + BERLIN
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261103T110000
DTEND;TZID=Europe/Berlin:20261103T150000
DTSTAMP:20261021T153011Z
ORGANIZER;CN=Henrik Claussen:mailto:henrik.claussen@nordhafen-ingenieure.de
UID:1h6v0c3kq8s2pt9rj4n7mb5xf0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Henrik Claussen;X-NUM-GUESTS=0:mailto:henrik.claussen@nordhafen-ingeni
 eure.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Katrin Vogt;X-NUM-GUESTS=0:mailto:k.vogt@nordhafen-ingenieure.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Lieber Samuel\,\n\nwie telefonisch besprochen: Besuch bei uns i
 n Hamburg. Ablauf:\n11:00 Bürorundgang\n11:30 Gespräch mit Katrin Vogt (G
 eschäftsführerin) und mir\n13:00 Mittagessen mit dem Team\n14:00 Baustell
 enbesuch Ersatzneubau Köhlbrandbrücke-Vorlandbrücken (PSA bringen wir mit
 )\n\nReisekosten übernehmen wir selbstverständlich.\n\nBis bald\nHenrik
LOCATION:Nordhafen Ingenieure GmbH\, Großer Grasbrook 9\, 20457 Hamburg\,
  Deutschland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Samuel Mensah in Hamburg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Nordhafen Ingenieure GmbH",
        stage="final",
        who="k.vogt@nordhafen-ingenieure.de;henrik.claussen@nordhafen-ingenieure.de",
        trap="german-visit-day-summary-only-name-and-city",
    ),
    E(
        "entrevista-ta",
        "SFINT-61234-0000982213@performancemanager5.successfactors.eu",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//ES
METHOD:REQUEST
"""
        + MADRID
        + r"""
BEGIN:VEVENT
UID:SFINT-61234-0000982213@performancemanager5.successfactors.eu
DTSTAMP:20260930T081422Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20261006T170000
DTEND;TZID=Europe/Madrid:20261006T174500
SUMMARY:Entrevista - Director/a de Proyecto Infraestructuras (Req. 61234)
LOCATION:Microsoft Teams
DESCRIPTION:Estimado/a Samuel:\n\nGracias por tu interés en Ferrovial. Te c
 onfirmamos la entrevista por videollamada con Lucía Martín Sanz (Talent A
 cquisition) para la posición de Director/a de Proyecto Infraestructuras.
  La entrevista será en inglés y en castellano.\n\nEnlace de Teams: https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ3%40thread.v2/0\n\nUn s
 aludo\,\nEquipo de Selección Ferrovial
ORGANIZER;CN=Ferrovial Talento:mailto:noreply@ferrovial.com
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
ATTENDEE;CN=Lucía Martín Sanz;ROLE=REQ-PARTICIPANT:mailto:lmartins@ferrov
 ial.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Ferrovial",
        role="Director/a de Proyecto Infraestructuras",
        stage="recruiter_screen",
        who="lmartins@ferrovial.com",
        trap="spanish-successfactors-entrevista-videollamada",
    ),
    E(
        "entrevista-madrid",
        "4tbk8e2hq1v6xw0m3p9s7c5ndr@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + MADRID
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261112T103000
DTEND;TZID=Europe/Madrid:20261112T123000
DTSTAMP:20261029T172201Z
ORGANIZER;CN=Javier Ortega Ruiz:mailto:javier.ortega@ferrovial.com
UID:4tbk8e2hq1v6xw0m3p9s7c5ndr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Ortega Ruiz;X-NUM-GUESTS=0:mailto:javier.ortega@ferrovial.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elena Robles;X-NUM-GUESTS=0:mailto:erobles@ferrovial.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Hola Samuel\,\n\nTe espero en nuestras oficinas de Madrid para
  la última entrevista\, con Elena Robles (Directora de Recursos Humanos\, Co
 nstrucción) y conmigo. Pregunta en recepción por mí.\n\nUn abrazo\,\nJavie
 r Ortega\nDirector de Infraestructuras Europa
LOCATION:Ferrovial\, Calle Ribera del Loira 42\, 28042 Madrid\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final - Samuel Mensah
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Ferrovial",
        stage="final",
        who="javier.ortega@ferrovial.com;erobles@ferrovial.com",
        trap="spanish-google-entrevista-final-onsite-madrid",
    ),
]
