"""holdout232 events, part B: Vinum Talents / Fradin-Lacoste, the Languedoc cooperative, the Mendoza bodega."""

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B0A3F1D27C7BDB01000000000000000010000000E4C1A7F0D92B6E4C9A3E1F5D",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="headhunter-call-unnamed-grande-maison-de-cognac",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Sophie Marchal:mailto:s.marchal@vinum-talents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\n\nSuite à notre message Linked
 In\, je vous propose un premier échange téléphonique confidentiel.\n\nNotr
 e client est une grande maison de cognac (plusieurs centaines de salariés
 \, distribution mondiale) qui recherche son/sa futur(e) maître de chai adj
 oint(e)\, avec une vraie perspective de succession. Je ne peux pas encore
  vous communiquer son nom à ce stade.\n\nJe vous appelle au 06 71 22 48 9
 0.\n\nBien cordialement\,\nSophie Marchal\nConsultante associée – Vinum Ta
 lents\, recrutement Vins & Spiritueux\n05 56 44 12 80\n
UID:040000008200E00074C5B7101A82E00800000000B0A3F1D27C7BDB01000000000000000
 010000000E4C1A7F0D92B6E4C9A3E1F5D
SUMMARY;LANGUAGE=fr-FR:Vinum Talents – échange confidentiel (Élodie Castai
 ng)
DTSTART;TZID=W. Europe Standard Time:20250122T123000
DTEND;TZID=W. Europe Standard Time:20250122T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250117T143108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000060B4E53B9D80DB01000000000000000010000000A8D27C4E11F0B3439C6F0E2B",
        y=1,
        company="Maison Fradin-Lacoste",
        role="Maître de chai adjoint(e)",
        stage="recruiter_screen",
        who="s.marchal@vinum-talents.fr",
        trap="agency-screen-names-cognac-house-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Sophie Marchal:mailto:s.marchal@vinum-talents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\n\nMerci pour votre accord de p
 rincipe. Comme promis\, je peux maintenant vous le dire : il s'agit de la
  Maison Fradin-Lacoste\, à Jarnac. Le poste de maître de chai adjoint(e) e
 st rattaché à Bertrand Fradin\, maître de chai.\n\nCet entretien en visio
 (1h) me permettra d'approfondir votre parcours (eaux-de-vie\, vieillissem
 ent\, gestion des chais) avant de présenter votre candidature au client.\n
 \n____________________________________________________________________\nR
 éunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_ZGE1NjE4OTctYzQ4MC00@thread.v2/0?context=%7b%22Tid%22%3a
 %22b1c2%22%7d\nID de la réunion : 392 118 447 061\nCode secret : Xn7qP2\n
 ____________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000060B4E53B9D80DB01000000000000000
 010000000A8D27C4E11F0B3439C6F0E2B
SUMMARY;LANGUAGE=fr-FR:Vinum Talents / É. Castaing – entretien approfondi
DTSTART;TZID=W. Europe Standard Time:20250205T173000
DTEND;TZID=W. Europe Standard Time:20250205T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250129T090244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZGE1NjE4OTctYzQ4MC00@thread.v2/0?context=%7b%22Tid%22%3a%22b
 1c2%22%7d
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D01BC2A6E188DB01000000000000000010000000F2B9A64C3D7E0E48A1C5B9D0",
        y=1,
        company="Maison Fradin-Lacoste",
        role="Maître de chai adjoint(e)",
        stage="technical",
        who="Bertrand Fradin;Claire Montagut",
        trap="agency-organised-eaux-de-vie-tasting-at-client",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Sophie Marchal:mailto:s.marchal@vinum-talents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Élodie\,\n\nVoici la convocation pour la rencont
 re chez notre client à Jarnac :\n\n10h00 – accueil par Claire Montagut (DR
 H)\n10h15 – dégustation d'eaux-de-vie avec Bertrand Fradin\, maître de cha
 i : 10 échantillons (Grande Champagne / Fins Bois / Borderies\, comptes 2
  à 20)\, identification des crus et de l'âge\, défauts\, proposition de c
 oupe\n11h45 – visite des chais de vieillissement et échange\n\nAdresse : M
 aison Fradin-Lacoste\, 7 quai de l'Orangerie\, 16200 Jarnac. Parking clie
 nts derrière la tonnellerie.\n\nJe ne serai pas présente\, appelez-moi en
  sortant !\nSophie\n
UID:040000008200E00074C5B7101A82E00800000000D01BC2A6E188DB01000000000000000
 010000000F2B9A64C3D7E0E48A1C5B9D0
SUMMARY;LANGUAGE=fr-FR:Rencontre client Jarnac – dégustation eaux-de-vie (
 É. Castaing)
DTSTART;TZID=W. Europe Standard Time:20250226T100000
DTEND;TZID=W. Europe Standard Time:20250226T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T112030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Jarnac (16)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="6d2f8b1a9c7e4503@android.local",
        y=1,
        company="Maison Fradin-Lacoste",
        role="",
        stage="final",
        who="Fradin;Montagut",
        trap="typed-final-with-family-floating-time",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:6d2f8b1a9c7e4503@android.local
DTSTAMP:20250312T203344Z
DTSTART:20250320T100000
DTEND:20250320T120000
SUMMARY:Fradin-Lacoste final Jarnac 10h
LOCATION:Jarnac
DESCRIPTION:famille Fradin (Pierre + Bertrand) + Montagut DRH. Sophie dit
  que c'est entre moi et 1 autre. Parler rémunération -> fourchette 58-62k
  + logement ?
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000207CF4B13A86DB01000000000000000010000000C55E8A91B03D2F4A8D7E6C13",
        y=1,
        company="Vignerons de la Clape",
        role="Responsable technique",
        stage="hiring_manager",
        who="f.roque@vigneronsdelaclape.fr",
        trap="coop-director-teams-first-interview-fr-display-tzid",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@PARIS_OUTLOOK_FR@@
BEGIN:VEVENT
ORGANIZER;CN="Roque, Francis":mailto:f.roque@vigneronsdelaclape.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Ca
 staing:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benazet,
  Sandrine":mailto:s.benazet@vigneronsdelaclape.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à votre candidature au poste d
 e Responsable technique de la cave (1 200 ha\, 180 coopérateurs\, AOP La C
 lape / IGP Pays d'Oc)\, je vous propose un entretien en visioconférence.\n
 \nSandrine Benazet (assistante de direction) est en copie pour l'organisat
 ion.\n\nCordialement\,\nFrancis Roque\nDirecteur – Vignerons de la Clape\n
 \n________________________________________________________________________
 ________\nRéunion Microsoft Teams\nParticiper à partir de votre ordinateur
 \, de l'application mobile ou de l'appareil de salle\nCliquez ici pour rej
 oindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y
 mQ0OTk3@thread.v2/0>\nID de la réunion : 318 552 904 227\nCode secret : 9
 uKz3v\nRejoindre par téléphone\n+33 1 70 91 86 46\,\,514822907# France\, P
 aris\n
UID:040000008200E00074C5B7101A82E00800000000207CF4B13A86DB01000000000000000
 010000000C55E8A91B03D2F4A8D7E6C13
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable technique (Mme Castaing)
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250311T1
 40000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250311T150
 000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T085911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A4E2D17F6B93DB01000000000000000010000000B7A1C3E59D204F4E8B2A6D71",
        y=1,
        company="Vignerons de la Clape",
        role="Responsable technique",
        stage="final",
        who="Jean-Louis Vidal;Martine Azaïs;f.roque@vigneronsdelaclape.fr",
        trap="audition-before-coop-board-bureau-du-ca",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@PARIS_OUTLOOK_FR@@
BEGIN:VEVENT
ORGANIZER;CN="Roque, Francis";SENT-BY="mailto:s.benazet@vigneronsdelaclape
 .fr":mailto:f.roque@vigneronsdelaclape.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Ca
 staing:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roque, Franc
 is":mailto:f.roque@vigneronsdelaclape.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sa
 lle du Conseil:mailto:salle.conseil@vigneronsdelaclape.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame Castaing\,\n\nÀ la demande de M. Roque\,
  je vous confirme votre audition devant le bureau du Conseil d'administrat
 ion de la cave : M. Jean-Louis Vidal (Président)\, Mme Martine Azaïs (Vic
 e-présidente) et M. Roque.\n\nMerci de préparer une courte présentation (1
 0 min) de votre vision pour la cave : segmentation des cuvées\, accompagne
 ment technique des coopérateurs\, démarche HVE.\n\nLe déjeuner est prévu a
 vec les membres du bureau à l'issue de l'audition.\n\nSandrine Benazet\nA
 ssistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000A4E2D17F6B93DB01000000000000000
 010000000B7A1C3E59D204F4E8B2A6D71
SUMMARY;LANGUAGE=fr-FR:Audition bureau du CA – poste Responsable technique
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250402T1
 00000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250402T120
 000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T101455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du Conseil\, cave coopérative\, 11430 Gruissan
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="4c0l9e2s7kp1j6gr3nv8ta5dmh@google.com",
        y=1,
        company="Bodega Los Cardales",
        role="Enóloga Jefa",
        stage="recruiter_screen",
        who="rrhh@bodegaloscardales.com.ar",
        trap="spanish-meet-call-buenos-aires-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@BUENOS_AIRES@@
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250409T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250409T104500
DTSTAMP:20250402T133019Z
ORGANIZER;CN=Recursos Humanos - Bodega Los Cardales:mailto:rrhh@bodegalosc
 ardales.com.ar
UID:4c0l9e2s7kp1j6gr3nv8ta5dmh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Recursos Humanos - Bodega Los Cardales;X-NUM-GUESTS=0:mailto:rrhh@bode
 galoscardales.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/hwd-zqbe-npa
CREATED:20250402T133018Z
DESCRIPTION:Hola Élodie\,\n\nGracias por postularte a la búsqueda de Enólog
 a Jefa para nuestra bodega en Tupungato\, Valle de Uco. Te proponemos una
  primera llamada con Valeria Sosa (RR.HH.) para conocerte\, repasar tu ex
 periencia en Burdeos y los temas de visa y mudanza a Mendoza.\n\nLa llama
 da será en español\; si preferís\, podemos pasar al inglés.\n\nSaludos\,\n
 Bodega Los Cardales\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/hwd-zqbe-n
 pa\nO marca el: (AR) +54 11 3986-5402 PIN: 418 227 903#\n-::~:~::~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250402T133019Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada - Élodie Castaing / Bodega Los Cardales
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM84471230996",
        y=1,
        company="Bodega Los Cardales",
        role="Enóloga Jefa",
        stage="technical",
        who="martin.quiroga@bodegaloscardales.com.ar",
        trap="spanish-zoom-entrevista-tecnica-head-winemaker",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@@BUENOS_AIRES@@
BEGIN:VEVENT
DTSTAMP:20250416T212210Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250423T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20250423T103000
SUMMARY:Entrevista técnica - Élodie C. (Enóloga Jefa)
UID:ZOOM84471230996
TZID:America/Argentina/Buenos_Aires
DESCRIPTION:Martín Quiroga te está invitando a una reunión de Zoom programa
 da.\n\nTemario: cosecha 2025 en Uco (malbec de altura)\, manejo de fermen
 taciones en huevos de hormigón\, crianza en foudres\, y un caso práctico
  sobre un lote con acidez volátil alta.\n\nUnirse a la reunión Zoom\nhttps
 ://us02web.zoom.us/j/84471230996?pwd=Tm9vU2hGdXlRdmJyVEs\n\nID de reunión:
  844 7123 0996\nCódigo de acceso: 711903
LOCATION:https://us02web.zoom.us/j/84471230996?pwd=Tm9vU2hGdXlRdmJyVEs
ORGANIZER;CN=Martín Quiroga:mailto:Martin.Quiroga@bodegaloscardales.com.ar
ATTENDEE;CN=elodie.castaing.oeno@laposte.net;ROLE=REQ-PARTICIPANT;RSVP=TRUE
 :mailto:elodie.castaing.oeno@laposte.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="1fh7s3p0qk9c2v6mbt8el4nrj5@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="apec-career-advice-meeting-not-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250115T100000
DTEND;TZID=Europe/Paris:20250115T113000
DTSTAMP:20250108T152233Z
ORGANIZER;CN=Nadia Cherki - Apec:mailto:nadia.cherki@apec.fr
UID:1fh7s3p0qk9c2v6mbt8el4nrj5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250108T152231Z
DESCRIPTION:Bonjour Madame Castaing\,\n\nJe vous confirme notre rendez-vous
  de conseil dans le cadre de votre accompagnement Apec « Faire le point s
 ur mon projet professionnel » (entretien n°1/3).\nNous travaillerons sur
  votre projet d'évolution vers un poste de maître de chai ou de directric
 e technique\, et sur votre CV.\n\nLieu : Centre Apec Bordeaux\, 33 rue du
  Château Trompette\, ou en visio si vous préférez.\n\nNadia Cherki\nConsul
 tante Apec
LAST-MODIFIED:20250108T152233Z
LOCATION:Centre Apec Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien conseil Apec – Élodie Castaing
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F1C3A9E0D4AFDB01000000000000000010000000D6A29B7E4C1F3046A5B8E2C9",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="primeurs-press-interview-journalist",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Dufau, Camille":mailto:c.dufau@vinicom-rp.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaing
 , Élodie":mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Charlotte
  Weyland:mailto:charlotte.weyland@decanter-media.co.uk
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\n\nCharlotte Weyland (Decante
 r) passe au château pendant la semaine des primeurs : dégustation du 2024
  au chai puis interview d'une demi-heure avec vous sur le millésime (gel
  d'avril\, mildiou\, vendanges\, extractions douces). L'interview se fera
  en anglais. Philippe Larrieu la rejoindra pour le déjeuner.\nMerci de pr
 évoir fiches techniques et analyses finales.\n\nCamille Dufau\nVinicom –
  Relations presse\n
UID:040000008200E00074C5B7101A82E00800000000F1C3A9E0D4AFDB01000000000000000
 010000000D6A29B7E4C1F3046A5B8E2C9
SUMMARY;LANGUAGE=fr-FR:Primeurs – Decanter : dégustation 2024 + interview
  maître de chai adjointe
DTSTART;TZID=Romance Standard Time:20250423T140000
DTEND;TZID=Romance Standard Time:20250423T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T080244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Chai à barriques – Lestrade-Bellevue
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
]
