"""holdout161 events, part F: Paris (French of France) and BBVA's Madrid hub (Spanish / English)."""

EVENTS = [
    dict(
        kind="teamtailor-doctolib",
        uid="teamtailor-meeting-doctolib-8841220",
        is_interview=1,
        company="Doctolib",
        role="Lead Data Scientist - Santé & Assurance",
        stage="recruiter_screen",
        interviewers="chloe.martin@doctolib.com",
        trap="teamtailor-entretien-rh-paris-timezone",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//FR
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Paris
BEGIN:VEVENT
UID:teamtailor-meeting-doctolib-8841220
DTSTAMP:20250312T091203Z
DTSTART;TZID=Europe/Paris:20250318T163000
DTEND;TZID=Europe/Paris:20250318T171500
SUMMARY:Entretien RH - Lead Data Scientist - Santé & Assurance | Doctolib
DESCRIPTION:Bonjour Marc-André\,\n\nJe vous confirme notre entretien en vi
 sio (Google Meet) pour faire connaissance et échanger sur le poste de Lea
 d Data Scientist. Nous parlerons aussi de votre projet de relocalisation
  à Paris.\n\nLien : https://meet.google.com/dct-lib-rh01\n\nBien à vous\,\n
 Chloé Martin\, Talent Acquisition Partner
ORGANIZER;CN=Chloé Martin:mailto:chloe.martin@doctolib.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-doctolib-tech",
        uid="teamtailor-meeting-doctolib-8853961",
        is_interview=1,
        company="Doctolib",
        role="Lead Data Scientist - Santé & Assurance",
        stage="technical",
        interviewers="thomas.lefort@doctolib.com;ines.benali@doctolib.com",
        trap="teamtailor-entretien-technique-cas-pratique",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//FR
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Paris
BEGIN:VEVENT
UID:teamtailor-meeting-doctolib-8853961
DTSTAMP:20250326T101010Z
DTSTART;TZID=Europe/Paris:20250402T150000
DTEND;TZID=Europe/Paris:20250402T163000
SUMMARY:Doctolib - Entretien technique & cas pratique (Marc-André Tremblay)
DESCRIPTION:Bonjour Marc-André\,\n\nProchaine étape : un entretien techni
 que d'1h30 avec Thomas Lefort (Head of Data Science) et Inès Benali (Staf
 f Data Scientist) : étude de cas sur la détection de fraude aux rembourse
 ments\, puis questions sur vos expériences.\n\nGoogle Meet : https://meet.
 google.com/dct-lib-tech\n\nL'équipe Talent de Doctolib
ORGANIZER;CN=Doctolib Talent:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Thomas Lefort:mailto:thomas.lefort@doctolib.com
ATTENDEE;CN=Inès Benali:mailto:ines.benali@doctolib.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-axa-romance",
        uid="040000008200E00074C5B7101A82E0080000000090D1F7A36295DB01000000000000000010000000778899AABBCCDDEEFF00",
        is_interview=1,
        company="AXA",
        role="Responsable Data Science - Tarification IARD",
        stage="hiring_manager",
        interviewers="sandrine.leroy@axa.fr",
        trap="outlook-romance-standard-time-entretien-manager",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Romance Standard Time
BEGIN:VEVENT
ORGANIZER;CN="LEROY Sandrine":mailto:sandrine.leroy@axa.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="BERNARD
  Julien (AXA France - RH)":mailto:julien.bernard@axa.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Tremblay\,\n\nSuite à votre é
 change avec Julien Bernard (RH)\, je vous propose un entretien d'une heure
  afin de vous présenter l'équipe et d'échanger sur votre parcours pour le
  poste de Responsable Data Science - Tarification IARD (Nanterre).\n\nBien
  cordialement\,\nSandrine Leroy\nDirectrice Data & Actuariat IARD\n_______
 _________________________________________________________________________
 \nRéunion Microsoft Teams\nID de réunion : 345 901 226 778\nCode secret :
  x8RtQ2\n
UID:040000008200E00074C5B7101A82E0080000000090D1F7A36295DB01000000000000000010000000778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=fr-FR:Entretien M. Tremblay - Resp. Data Science Tarif IA
 RD
DTSTART;TZID=Romance Standard Time:20250408T170000
DTEND;TZID=Romance Standard Time:20250408T180000
DTSTAMP:20250401T074411Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-dataiku",
        uid="lever-9a1b2c3d-dataiku-paris-0412",
        is_interview=1,
        company="Dataiku",
        role="Senior Data Scientist - Field Engineering (FSI)",
        stage="",
        interviewers="antoine.garnier@dataiku.com",
        trap="lever-english-paris-company-rencontre",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-9a1b2c3d-dataiku-paris-0412
DTSTAMP:20250407T083000Z
DTSTART:20250412T130000Z
DTEND:20250412T140000Z
SUMMARY:Dataiku x Marc-André Tremblay - Senior Data Scientist\, Field Eng
 ineering (FSI)
DESCRIPTION:Hi Marc-André\,\n\nYou'll be meeting Antoine Garnier (Directo
 r\, Field Data Science\, EMEA). The conversation will be in French or Eng
 lish as you prefer.\n\nZoom: https://dataiku.zoom.us/j/84401233870\n\nDat
 aiku Talent Team
ORGANIZER;CN=Dataiku Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Antoine Garnier:mailto:antoine.garnier@dataiku.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-cardif",
        uid="SF_INT_BNPP_CARDIF_R0234417_559120",
        is_interview=1,
        company="BNP Paribas Cardif",
        role="Lead Data Scientist - Assurance emprunteur",
        stage="final",
        interviewers="francois.meunier@bnpparibas.com;nathalie.perrin@bnpparibas.com",
        trap="successfactors-dernier-entretien-utc-times",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF_INT_BNPP_CARDIF_R0234417_559120
DTSTAMP:20250422T080000Z
DTSTART:20250429T120000Z
DTEND:20250429T133000Z
SUMMARY:BNP Paribas Cardif - Entretien final - Lead Data Scientist - Assu
 rance emprunteur
DESCRIPTION:Madame\, Monsieur\,\n\nNous avons le plaisir de vous confirme
 r votre entretien final avec François Meunier (Chief Data Officer) et Nat
 halie Perrin (DRH Data & Digital).\n\nLieu : visioconférence Microsoft Te
 ams (lien communiqué la veille).\nDurée : 1h30\n\nBNP Paribas Cardif - Re
 crutement
ORGANIZER;CN=BNP Paribas Recrutement:mailto:recrutement@successfactors.eu
ATTENDEE;CN=François Meunier:mailto:francois.meunier@bnpparibas.com
ATTENDEE;CN=Nathalie Perrin:mailto:nathalie.perrin@bnpparibas.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="welcome-alan",
        uid="0f1e2d3c-alan-wttj-interview-7721@welcometothejungle.com",
        is_interview=1,
        company="Alan",
        role="Staff Data Scientist",
        stage="",
        interviewers="",
        trap="wttj-tool-entretien-no-named-interviewer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Paris
BEGIN:VEVENT
UID:0f1e2d3c-alan-wttj-interview-7721@welcometothejungle.com
DTSTAMP:20250325T130000Z
DTSTART;TZID=Europe/Paris:20250331T160000
DTEND;TZID=Europe/Paris:20250331T170000
SUMMARY:Alan x Marc-André Tremblay - Staff Data Scientist
DESCRIPTION:Hello Marc-André !\n\nOn se retrouve pour un échange autour d
 e ton expérience et du poste de Staff Data Scientist. Chez Alan\, on écri
 t beaucoup : pense à relire le memo que l'on t'a partagé avant l'entretien
 .\n\nLien visio : https://meet.google.com/aln-staf-dsci\n\nEnvoyé via Welc
 ome to the Jungle Solutions
ORGANIZER;CN=Alan Recrutement:mailto:notifications@welcomekit.co
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bbva-entrevista-inicial",
        uid="bbva-aifactory-entrevista-rrhh-3301",
        is_interview=1,
        company="BBVA",
        role="Senior Data Scientist - AI Factory",
        stage="recruiter_screen",
        interviewers="lucia.fernandez@bbva.com",
        trap="spanish-entrevista-inicial-madrid",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//BBVA//Talento//ES
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Madrid
BEGIN:VEVENT
UID:bbva-aifactory-entrevista-rrhh-3301
DTSTAMP:20250305T103000Z
DTSTART;TZID=Europe/Madrid:20250311T170000
DTEND;TZID=Europe/Madrid:20250311T173000
SUMMARY:Entrevista inicial - Senior Data Scientist - AI Factory (BBVA)
DESCRIPTION:Hola Marc-André\,\n\nGracias por tu interés en BBVA AI Factor
 y. Te confirmo una primera conversación de 30 minutos para conocerte y re
 pasar el proceso (idioma: inglés o español). Te llamaré por Microsoft Tea
 ms.\n\nUn saludo\,\nLucía Fernández\nTalent & Culture\, BBVA
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@bbva.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bbva-prueba-tecnica",
        uid="040000008200E00074C5B7101A82E0080000000044C3B2A19F8EDB0100000000000000001000000012AB34CD56EF78901234",
        is_interview=1,
        company="BBVA",
        role="Senior Data Scientist - AI Factory",
        stage="technical",
        interviewers="javier.moreno.ruiz@bbva.com;marta.gil@bbva.com",
        trap="outlook-spanish-prueba-tecnica-madrid",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Romance Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Moreno Ruiz, Javier":mailto:javier.moreno.ruiz@bbva.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Sánchez
 \, Marta":mailto:marta.gil@bbva.com
DESCRIPTION;LANGUAGE=es-ES:Hola Marc-André\,\n\nTe enviamos la convocatori
 a para la prueba técnica (live coding en Python + discusión de un caso de
  scoring de riesgo). La sesión será en inglés.\n\nJavier Moreno y Marta G
 il\nBBVA AI Factory\n_____________________________________________________
 ___________________________\nReunión de Microsoft Teams\nID de la reunió
 n: 371 220 884 019\nCódigo de acceso: Vx7nP2\n
UID:040000008200E00074C5B7101A82E0080000000044C3B2A19F8EDB0100000000000000001000000012AB34CD56EF78901234
SUMMARY;LANGUAGE=es-ES:Prueba técnica - Marc-André Tremblay (Sr DS AI Fac
 tory)
DTSTART;TZID=Romance Standard Time:20250325T160000
DTEND;TZID=Romance Standard Time:20250325T173000
DTSTAMP:20250318T112301Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bbva-entrevista-final",
        uid="bbva-aifactory-entrevista-final-3377",
        is_interview=1,
        company="BBVA",
        role="Senior Data Scientist - AI Factory",
        stage="final",
        interviewers="elena.vazquez@bbva.com",
        trap="spanish-entrevista-final-director",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//BBVA//Talento//ES
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Madrid
BEGIN:VEVENT
UID:bbva-aifactory-entrevista-final-3377
DTSTAMP:20250404T090000Z
DTSTART;TZID=Europe/Madrid:20250410T180000
DTEND;TZID=Europe/Madrid:20250410T184500
SUMMARY:Entrevista final con Elena Vázquez - BBVA AI Factory
DESCRIPTION:Hola Marc-André\,\n\nEnhorabuena por superar la prueba técnic
 a. La última fase es una entrevista con Elena Vázquez\, directora de AI F
 actory. Después hablaremos de la oferta y del paquete de reubicación a Ma
 drid.\n\nLucía Fernández\, Talent & Culture
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@bbva.com
ATTENDEE;CN=Elena Vázquez:mailto:elena.vazquez@bbva.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
