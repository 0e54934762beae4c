"""holdout221 events, part C: German, French and Spanish invites (hand-written raw iCalendar text)."""

EVENTS = [
    {
        "kind": "telefoninterview",
        "uid": "SEN-TA-20250414-ff31a0c2@siemens-energy.com",
        "is_interview": 1, "company": "Siemens Energy", "role": "Field Service Supervisor Electrical (m/w/d)",
        "stage": "recruiter_screen", "interviewers": "katharina.vogl@siemens-energy.com",
        "trap": "german-telefoninterview-berlin-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=jarrah.mitchell.sparky@outlook.com.au;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
CLASS:PUBLIC
CREATED:20250409T121533Z
DESCRIPTION:Hallo Herr Mitchell\,\n\nvielen Dank für Ihre Bewerbung als Fi
 eld Service Supervisor Electrical (m/w/d) für unser Service-Team in Perth
 .\n\nGerne möchte ich Sie zu einem ersten telefonischen Kennenlernen einla
 den (ca. 30 Minuten). Das Gespräch führen wir auf Englisch\, keine Sorge!\
 n\nTermin: Montag\, 14.04.2025\, 09:00 Uhr MESZ (15:00 Uhr Perth)\nIch ruf
 e Sie unter +61 412 558 903 an.\n\nMit freundlichen Grüßen\nKatharina Vogl
 \nTalent Acquisition Partner\nSiemens Energy Global GmbH & Co. KG\, Erlang
 en
DTEND;TZID="W. Europe Standard Time":20250414T093000
DTSTAMP:20250409T121533Z
DTSTART;TZID="W. Europe Standard Time":20250414T090000
LAST-MODIFIED:20250409T121533Z
LOCATION:Telefon
ORGANIZER;CN="Vogl, Katharina (SE GP T TA)":mailto:katharina.vogl@siemens-e
 nergy.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefoninterview Jarrah Mitchell – Field Service Super
 visor Electrical (m/w/d)\, Perth
TRANSP:OPAQUE
UID:SEN-TA-20250414-ff31a0c2@siemens-energy.com
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fachgespraech",
        "uid": "SEN-TA-20250429-0b7e91d4@siemens-energy.com",
        "is_interview": 1, "company": "Siemens Energy", "role": "Field Service Supervisor Electrical (m/w/d)",
        "stage": "technical", "interviewers": "markus.brandl@siemens-energy.com;hamish.clarke@siemens-energy.com",
        "trap": "german-fachgespraech-technical-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SEN-TA-20250429-0b7e91d4@siemens-energy.com
DTSTAMP:20250422T074002Z
DTSTART;TZID=Europe/Berlin:20250429T083000
DTEND;TZID=Europe/Berlin:20250429T093000
SUMMARY;LANGUAGE=de:Fachgespräch – Field Service Supervisor Electrical (m/w
 /d) – Jarrah Mitchell
DESCRIPTION;LANGUAGE=de:Hallo Herr Mitchell\,\n\nwie besprochen hier die E
 inladung zum Fachgespräch mit Markus Brandl (Head of Field Service APAC\,
  Erlangen) und Hamish Clarke (Service Manager Perth). Schwerpunkte: Mittel
 spannungs-Schaltanlagen\, Schutztechnik\, Führung von Montageteams auf Min
 en-Standorten.\n\nBitte planen Sie 60 Minuten ein. Das Gespräch findet auf
  Englisch statt.\n\n___________________________________________\nMicrosof
 t Teams Besprechung\nÜber Ihren Computer\, eine mobile App oder einen Raum
 beitreten\nHier klicken\, um an der Besprechung teilzunehmen <https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_U0VOLUZh@thread.v2/0>\nBespre
 chungs-ID: 351 402 877 190\nPasscode: q7YtB3\n____________________________
 _______________\n\nViele Grüße\nKatharina Vogl
LOCATION;LANGUAGE=de:Microsoft Teams-Besprechung
ORGANIZER;CN="Vogl, Katharina (SE GP T TA)":mailto:katharina.vogl@siemens-e
 nergy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mit
 chell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandl, Marku
 s (SE SO FS)":mailto:markus.brandl@siemens-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Clarke, Hamis
 h (SE SO FS AU)":mailto:hamish.clarke@siemens-energy.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogl, Kat
 harina (SE GP T TA)":mailto:katharina.vogl@siemens-energy.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-visio",
        "uid": "20250507T070000Z-48213@liebherr.com",
        "is_interview": 1, "company": "Liebherr", "role": "Superviseur service électrique",
        "stage": "hiring_manager", "interviewers": "julien.schaller@liebherr.com",
        "trap": "french-entretien-paris-zone-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:20250507T070000Z-48213@liebherr.com
DTSTAMP:20250430T141902Z
DTSTART;TZID=Europe/Paris:20250507T090000
DTEND;TZID=Europe/Paris:20250507T100000
SUMMARY;LANGUAGE=fr:Entretien visio - Superviseur service électrique (Pert
 h) - M. Jarrah Mitchell
DESCRIPTION;LANGUAGE=fr:Bonjour Monsieur Mitchell\,\n\nSuite à votre échan
 ge avec notre équipe RH de Perth\, je vous propose un entretien en visio a
 vec moi-même\, responsable support produit pour les tombereaux T 264 / T
  284. L'entretien se déroulera en anglais.\n\nDurée : 1 h (9h00 heure de Pa
 ris / 15h00 heure de Perth).\n\nRejoindre la réunion Microsoft Teams : htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_TGllYmhlcnI@thread.v2/
 0\n\nBien cordialement\,\nJulien Schaller\nLiebherr-Mining Equipment Colmar
  SAS
LOCATION;LANGUAGE=fr:Réunion Microsoft Teams
ORGANIZER;CN="Schaller Julien (LMC)":mailto:julien.schaller@liebherr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jarrah Mit
 chell:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kerr Natalie
  (LAU)":mailto:natalie.kerr@liebherr.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-rh",
        "uid": "ts-ent-6a1f0c37b9e24d5a@talentsoft.com",
        "is_interview": 1, "company": "Actemium", "role": "Superviseur Électrique - Sites miniers WA",
        "stage": "recruiter_screen", "interviewers": "claire.dubois@vinci-energies.com",
        "trap": "french-talentsoft-entretien-rh",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Talentsoft//Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ts-ent-6a1f0c37b9e24d5a@talentsoft.com
DTSTAMP:20250415T083311Z
DTSTART:20250422T070000Z
DTEND:20250422T074500Z
SUMMARY:Entretien RH – Superviseur Électrique – Actemium Australie
DESCRIPTION:Bonjour Jarrah\,\n\nNous avons le plaisir de vous confirmer vo
 tre entretien RH pour le poste de Superviseur Électrique - Sites miniers W
 A (réf. ACT-AU-2025-0117).\n\nAvec : Claire Dubois\, Chargée de recrutemen
 t international\, VINCI Energies\nFormat : Teams (lien ci-dessous)\, 45 mi
 n\, en anglais\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_QWN
 0ZW1pdW0@thread.v2/0\n\nMerci de confirmer votre présence.\nL'équipe recru
 tement
ORGANIZER;CN=Actemium Recrutement:mailto:noreply@talentsoft.com
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cla
 ire.dubois@vinci-energies.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista",
        "uid": "7t0ah3k2m9s1b5c4d8e6f0g2h1@google.com",
        "is_interview": 1, "company": "SQM", "role": "Supervisor Eléctrico",
        "stage": "recruiter_screen", "interviewers": "valentina.rojas@sqm.com",
        "trap": "spanish-entrevista-santiago-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Santiago
BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250422T200000
DTEND;TZID=America/Santiago:20250422T204500
DTSTAMP:20250416T154408Z
ORGANIZER;CN=Valentina Rojas:mailto:valentina.rojas@sqm.com
UID:7t0ah3k2m9s1b5c4d8e6f0g2h1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Valentina Rojas;X-NUM-GUESTS=0:mailto:valentina.rojas@sqm.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-ptrm-bzk
CREATED:20250416T154406Z
DESCRIPTION:Hola Jarrah\,\n\nGracias por postular al cargo de Supervisor El
 éctrico para el proyecto Mt Holland (Western Australia). Te invito a una p
 rimera entrevista por videollamada con el equipo de Reclutamiento y Selecc
 ión de SQM. La conversación será en inglés.\n\nHorario: 20:00 hrs Santiag
 o / 08:00 hrs Perth (23 de abril).\n\nSaludos cordiales\,\nValentina Rojas
 \nAnalista de Reclutamiento y Selección\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet:
  https://meet.google.com/qvx-ptrm-bzk\nO marca: (AU) +61 2 9051 5187 PIN:
  615 402 337#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250416T154408Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Supervisor Eléctrico - Proyecto Mt Holland (SQM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-jefatura",
        "uid": "2c9f1e8a0d7b6354@google.com",
        "is_interview": 1, "company": "SQM", "role": "Supervisor Eléctrico",
        "stage": "hiring_manager", "interviewers": "rodrigo.fuentes@sqm.com;mick.oconnell@sqm.com",
        "trap": "spanish-entrevista-jefatura-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250506T003000Z
DTEND:20250506T013000Z
DTSTAMP:20250429T203015Z
ORGANIZER;CN=Valentina Rojas:mailto:valentina.rojas@sqm.com
UID:2c9f1e8a0d7b6354@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rodrigo Fuentes;X-NUM-GUESTS=0:mailto:rodrigo.fuentes@sqm.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mick O'Connell;X-NUM-GUESTS=0:mailto:mick.oconnell@sqm.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Valentina Rojas;X-NUM-GUESTS=0:mailto:valentina.rojas@sqm.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hjd-wokq-ruy
CREATED:20250429T202955Z
DESCRIPTION:Hola Jarrah\, te confirmo la entrevista con jefatura: Rodrigo F
 uentes (Gerente de Mantenimiento) y Mick O'Connell (Superintendente Eléctr
 ico\, Mt Holland). Duración 1 hora\, en inglés. ¡Éxito!\n\nValentina
LAST-MODIFIED:20250429T203015Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista jefatura | Supervisor Eléctrico | J. Mitchell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-tecnica",
        "uid": "AAMkADRhNWQ5ZjE2LWFjY2lvbmEtNGI3Ny1hNTA0LTkzZGUxNzA2NGE1NgBGAAAAAAC2",
        "is_interview": 1, "company": "Acciona", "role": "Supervisor Eléctrico - Parque Eólico WA",
        "stage": "technical", "interviewers": "javier.moreno@acciona.com;sofia.alarcon@acciona.com",
        "trap": "spanish-entrevista-tecnica-madrid-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION;LANGUAGE=es-ES:Hola Jarrah\,\n\nTe convocamos a la entrevista t
 écnica para la posición de Supervisor Eléctrico - Parque Eólico WA. Estará
 n Javier Moreno (Jefe de Construcción Eléctrica) y Sofía Alarcón (Ingenier
 a de Alta Tensión). Preguntas sobre subestaciones 33/132 kV\, puesta en m
 archa y permisos de trabajo. La entrevista será en inglés.\n\nUn saludo\,
 \nSelección y Talento - ACCIONA\n\n______________________________________
 __\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicació
 n móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión <ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_QWNjaW9uYQ@thread.v2/
 0>\nId. de reunión: 392 771 208 446\nCódigo de acceso: Xq4mTe\n___________
 _____________________________\n
DTEND;TZID="Romance Standard Time":20250513T100000
DTSTAMP:20250506T112231Z
DTSTART;TZID="Romance Standard Time":20250513T090000
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
ORGANIZER;CN="Alonso Ruiz, Marta":mailto:marta.alonso.ruiz@acciona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mit
 chell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moreno Gil, J
 avier":mailto:javier.moreno@acciona.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alarcón Pére
 z, Sofía":mailto:sofia.alarcon@acciona.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Supervisor Eléctrico WA - Jarr
 ah Mitchell
TRANSP:OPAQUE
UID:AAMkADRhNWQ5ZjE2LWFjY2lvbmEtNGI3Ny1hNTA0LTkzZGUxNzA2NGE1NgBGAAAAAAC2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
