# ruff: noqa: E501, W291
"""holdout150 events: French and Spanish employers (WTTJ, Outlook Romance zone, Taleo, Factorial, Google)."""

from holdout150ev_tz import MAD, PAR, ROMANCE_WIN

EVENTS = [
    dict(
        kind="wttj-entretien",
        uid="wttj-interview-1f8a6c30d2b54e9a@welcomekit.co",
        iv=1, company="Groupe Lumenor", role="Contrôleur de gestion / Financial Controller - Centre de services Cracovie",
        stage="recruiter_screen", who="claire.dubois@lumenor.fr", trap="french-ats-premier-echange-visio",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
{PAR}BEGIN:VEVENT
UID:wttj-interview-1f8a6c30d2b54e9a@welcomekit.co
DTSTAMP:20250305T162014Z
DTSTART;TZID=Europe/Paris:20250312T103000
DTEND;TZID=Europe/Paris:20250312T111500
SUMMARY:Premier échange - Katarzyna Nowak / Groupe Lumenor
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@lumenor.fr
ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:claire.dubois@lumenor.fr
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
LOCATION:Visio - Google Meet
DESCRIPTION:Bonjour Katarzyna\\,\\n\\nMerci pour votre candidature au poste 
 de Contrôleur de gestion / Financial Controller - Centre de services Craco
 vie. Je vous propose un premier échange en visio de 45 minutes (en anglais 
 ou en français) afin de faire connaissance et de vous présenter le groupe.\\n
 \\nLien : https://meet.google.com/rbt-kxmn-ouz\\n\\nBien à vous\\,\\nClaire Dub
 ois\\, Chargée de recrutement\\, Groupe Lumenor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entretien-daf",
        uid="040000008200E00074C5B7101A82E00800000000D01B2F8A7AA0DB0100000000000000001000000031A2B3C4D5E6F708192A3B4C5D6E7F80",
        iv=1, company="Groupe Lumenor", role="Contrôleur de gestion / Financial Controller", stage="final",
        who="philippe.garnier@lumenor.fr", trap="french-entretien-final-daf-romance-zone",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_WIN}BEGIN:VEVENT
ORGANIZER;CN="GARNIER Philippe";SENT-BY="mailto:isabelle.morel@lumenor.fr":mailto:philippe.garnier@lumenor.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DUBOIS Claire":mailto:claire.dubois@lumenor.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Nowak\\,\\n\\nÀ la demande de M. Garnier\\, Directeur Administratif et Financier\\, je vous adresse cette invitation pour votre entretien final. M. Garnier sera à Cracovie ce jour-là (visite du centre de services).\\n\\nAdresse : Lumenor Business Services\\, ul. Lubicz 23\\, Kraków - accueil au 5e étage.\\n\\nCordialement\\,\\nIsabelle Morel\\nAssistante de direction - DAF Groupe
UID:040000008200E00074C5B7101A82E00800000000D01B2F8A7AA0DB0100000000000000001000000031A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=fr-FR:Entretien final - Mme Nowak / P. Garnier
DTSTART;TZID=Romance Standard Time:20250403T160000
DTEND;TZID=Romance Standard Time:20250403T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T095508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Lumenor Business Services Kraków\\, ul. Lubicz 23
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-teams",
        uid="040000008200E00074C5B7101A82E00800000000A3F49C1D66A2DB01000000000000000010000000C0FFEE0123456789ABCDEF0123456789",
        iv=1, company="Valcourt Emballages", role="Responsable contrôle de gestion usine (Wrocław)", stage="",
        who="julien.lefevre@valcourt-emballages.com;agata.sikora@valcourt.pl",
        trap="french-rencontre-teams-plant-finance-no-stage",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_WIN}BEGIN:VEVENT
ORGANIZER;CN="LEFEVRE Julien":mailto:julien.lefevre@valcourt-emballages.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Katarzyna Nowak":mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SIKORA Agata":mailto:agata.sikora@valcourt.pl
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Katarzyna\\,\\n\\nComme convenu par téléphone\\, je vous propose une rencontre en visio avec Agata Sikora (DRH Pologne) et moi-même au sujet du poste de Responsable contrôle de gestion de notre usine de Wrocław. L'échange pourra se faire en anglais.\\n\\nJulien Lefèvre\\nContrôleur financier Europe Centrale\\n\\n________________________________________________________________________________\\nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application mobile ou appareil de salle\\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTFlMzc0@thread.v2/0>\\nID de la réunion : 355 210 883 041\\nCode secret : kP3vE9\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000A3F49C1D66A2DB01000000000000000010000000C0FFEE0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Rencontre - Katarzyna Nowak / Valcourt Wrocław
DTSTART;TZID=Romance Standard Time:20250424T090000
DTEND;TZID=Romance Standard Time:20250424T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T140302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="taleo-interview",
        uid="TALEO-BANQUEARMORIQUE-REQ24017-INT-3",
        iv=1, company="Banque Armorique", role="Finance Manager - Regulatory Reporting (GBS Wrocław)",
        stage="hiring_manager", who="yann.le-goff@banque-armorique.fr",
        trap="taleo-hiring-manager-bilingual-utc",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-BANQUEARMORIQUE-REQ24017-INT-3
DTSTAMP:20250507T083301Z
DTSTART:20250514T073000Z
DTEND:20250514T083000Z
SUMMARY:Entretien / Interview - Finance Manager - Regulatory Reporting (24017)
ORGANIZER;CN=Banque Armorique Recrutement:mailto:recrutement-noreply@banque-armorique.fr
ATTENDEE;CN=NOWAK Katarzyna;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=LE GOFF Yann:mailto:yann.le-goff@banque-armorique.fr
LOCATION:Teams
DESCRIPTION:Madame\\,\\n\\nNous avons le plaisir de vous confirmer votre entr
 etien avec le manager recruteur\\, M. Yann Le Goff (Head of Finance\\, GBS Wr
 ocław).\\n\\nDear Ms Nowak\\, we are pleased to confirm your interview with t
 he hiring manager\\, Mr Yann Le Goff.\\n\\nTeams : https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_OGJhNjE0@thread.v2/0\\n\\nCe message est généré
  automatiquement.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="factorial-entrevista",
        uid="factorial-ats-interview-552817",
        iv=1, company="Grupo Albares", role="Controller Financiero - Planta Polonia", stage="recruiter_screen",
        who="lucia.romero@grupoalbares.es", trap="spanish-factorial-primera-entrevista",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial HR//ES
METHOD:REQUEST
{MAD}BEGIN:VEVENT
UID:factorial-ats-interview-552817
DTSTAMP:20250331T110245Z
DTSTART;TZID=Europe/Madrid:20250404T100000
DTEND;TZID=Europe/Madrid:20250404T104500
SUMMARY:Entrevista - Controller Financiero - Planta Polonia
ORGANIZER;CN=Lucía Romero:mailto:lucia.romero@grupoalbares.es
ATTENDEE;CN=Lucía Romero;PARTSTAT=ACCEPTED:mailto:lucia.romero@grupoalbares.es
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
LOCATION:Google Meet
DESCRIPTION:Hola Katarzyna\\,\\n\\nGracias por tu interés en Grupo Albares. T
 e confirmamos la primera entrevista para la posición de Controller Financie
 ro de nuestra planta en Polonia (Kutno). La entrevista será en inglés y dur
 ará unos 45 minutos.\\n\\nEnlace: https://meet.google.com/aqs-fzvn-ttd\\n\\nU
 n saludo\\,\\nLucía Romero\\, Talent Acquisition\\n\\nEnviado con Factorial
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-segunda-entrevista",
        uid="0d3kq8s1v6n9h2f5c7b4x1m0ae@google.com",
        iv=1, company="Grupo Albares", role="Controller Financiero - Planta Polonia", stage="final",
        who="javier.ortega@grupoalbares.es;lucia.romero@grupoalbares.es",
        trap="spanish-segunda-entrevista-cfo-and-recruiter",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
{MAD}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250416T170000
DTEND;TZID=Europe/Madrid:20250416T180000
DTSTAMP:20250410T073355Z
ORGANIZER;CN=Lucía Romero:mailto:lucia.romero@grupoalbares.es
UID:0d3kq8s1v6n9h2f5c7b4x1m0ae@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Ortega;X-NUM-GUESTS=0:mailto:javier.ortega@grupoalbares.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Romero;X-NUM-GUESTS=0:mailto:lucia.romero@grupoalbares.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Hola de nuevo Katarzyna\\,\\n\\nSegunda y última entrevista con J
 avier Ortega\\, Director Financiero del grupo. Él te hará también algunas pr
 eguntas técnicas sobre cierre mensual y costes industriales.\\n\\nUnirse con
  Google Meet: https://meet.google.com/zpe-wqhn-vcu\\nUnirse por teléfono: (E
 S) +34 910 48 77 21 PIN: 391 774 205#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista Grupo Albares - Katarzyna Nowak / Javier Ortega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-teams",
        uid="040000008200E00074C5B7101A82E00800000000F2C1B0A9E8A6DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        iv=1, company="Iberlogis", role="Responsable de Control de Gestión (hub Polonia)", stage="hiring_manager",
        who="marta.jimenez@iberlogis.com", trap="spanish-entrevista-responsable-romance-zone",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_WIN}BEGIN:VEVENT
ORGANIZER;CN="Jiménez García, Marta":mailto:marta.jimenez@iberlogis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=es-ES:Hola Katarzyna\\,\\n\\nte envío la convocatoria para la entrevista del puesto de Responsable de Control de Gestión para nuestro hub logístico en Polonia (Stryków). Yo seré tu responsable directa. Podemos hablar en inglés.\\n\\nSaludos\\,\\nMarta Jiménez\\nFinance Director CEE\\n\\n________________________________________________________________________________\\nReunión de Microsoft Teams\\nÚnase a través de su ordenador\\, aplicación móvil o dispositivo de sala\\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ3OGYx@thread.v2/0>\\nId. de reunión: 318 207 446 112\\nCódigo de acceso: Rt6sWq\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000F2C1B0A9E8A6DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=es-ES:Entrevista K. Nowak - Resp. Control de Gestión PL
DTSTART;TZID=Romance Standard Time:20250506T120000
DTEND;TZID=Romance Standard Time:20250506T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T101212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-spanish-prueba",
        uid="1r5g8d2k0w7t4y9u3i6o1p0qz@google.com",
        iv=1, company="Cerámicas Levante", role="Financial Controller Europa del Este", stage="technical",
        who="pablo.navarro@ceramicaslevante.com", trap="spanish-prueba-tecnica-excel-floating-time",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250520T160000
DTEND:20250520T173000
DTSTAMP:20250514T124100Z
ORGANIZER;CN=Pablo Navarro:mailto:pablo.navarro@ceramicaslevante.com
UID:1r5g8d2k0w7t4y9u3i6o1p0qz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Katarzyna\\, como hablamos: prueba técnica (caso práctico en Exc
 el\\, consolidación de dos filiales + análisis de márgenes). Te comparto pan
 talla con el fichero y lo resolvemos juntos\\, 90 min. Hora de Castellón / C
 racovia (misma hora).\\n\\nhttps://meet.google.com/kdw-ryfo-nsp\\n\\nPablo Nav
 arro\\, CFO Cerámicas Levante
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba técnica - caso práctico (Katarzyna N.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
