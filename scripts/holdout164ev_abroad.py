"""holdout164 events: Fiona's own interviews in Brussels, Madrid and Dublin."""

EVENTS = [
    dict(
        kind="wttj-entretien-rh",
        uid="wttj-interview-6f1e2d3c-4b5a-4697-8877-665544332211@welcometothejungle.com",
        interview=1, company="Apprentis d'Auteuil",
        role="Chargé·e de projets européens - Protection de l'enfance (Bruxelles)", stage="recruiter_screen",
        interviewers="claire.dubreuil@apprentis-auteuil.org", trap="french-ats-entretien-telephonique-rh",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Recruiting//FR
METHOD:REQUEST
@@EUROPE_BRUSSELS@@
BEGIN:VEVENT
UID:wttj-interview-6f1e2d3c-4b5a-4697-8877-665544332211@welcometothejungle.
 com
DTSTAMP:20260203T101530Z
DTSTART;TZID=Europe/Brussels:20260210T143000
DTEND;TZID=Europe/Brussels:20260210T150000
ORGANIZER;CN=Claire Dubreuil:mailto:claire.dubreuil@apprentis-auteuil.org
ATTENDEE;CN=Claire Dubreuil;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c
 laire.dubreuil@apprentis-auteuil.org
ATTENDEE;CN=Fiona MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:Entretien téléphonique - Chargé·e de projets européens (Bruxel
 les) - Fiona MacLeod
LOCATION:Téléphone - Claire vous appellera au +44 7700 918 442
DESCRIPTION:Bonjour Fiona\,\n\nSuite à votre candidature au poste de Charg
 é·e de projets européens - Protection de l'enfance\, basé à notre bur
 eau de Bruxelles\, je vous propose un premier échange téléphonique d'en
 viron 30 minutes. Nous pourrons faire le point sur votre parcours\, vos mo
 tivations et vos conditions (mobilité\, prétentions salariales\, disponi
 bilité). L'entretien peut se dérouler en anglais et en français.\n\nBie
 n cordialement\,\nClaire Dubreuil\nChargée de recrutement - Direction des
  Ressources Humaines\nApprentis d'Auteuil\n\nInvitation envoyée via Welco
 me to the Jungle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-entretien-final",
        uid=("040000008200E00074C5B7101A82E00800000000AD0AD0AD0AD0DC01"
             "000000000000000010000000AD0AD0AD0AD0AD0AD0AD0AD0AD0AD0AD"),
        interview=1, company="Apprentis d'Auteuil",
        role="Chargé·e de projets européens - Protection de l'enfance", stage="final",
        interviewers="beatrice.lemaire@apprentis-auteuil.org;thomas.vanderlinden@apprentis-auteuil.org",
        trap="french-romance-standard-time-entretien-final-jury",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@ROMANCE_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="LEMAIRE Béatrice";SENT-BY="mailto:claire.dubreuil@apprentis-
 auteuil.org":mailto:beatrice.lemaire@apprentis-auteuil.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VANDERLINDEN
  Thomas":mailto:thomas.vanderlinden@apprentis-auteuil.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DUBREUIL
  Claire":mailto:claire.dubreuil@apprentis-auteuil.org
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Fiona\,\n\nNous avons le plaisir de vous
  convier à un entretien final avec Béatrice Lemaire\, Directrice du bure
 au européen\, et Thomas Vanderlinden\, Responsable plaidoyer. L'entretien
  se tiendra en français et en anglais. Nous vous demanderons de présente
 r en 10 minutes votre analyse de la Stratégie de l'UE sur les droits de l
 'enfant et de son impact sur les enfants placés.\n\nClaire Dubreuil (RH)
  pourra assister à la fin de l'échange pour les questions pratiques.\n\n_
 __________________________________________________________________________
 _____\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, applicat
 ion mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nI
 D de réunion : 356 118 774 902\nCode secret : 2gT9xQ\n___________________
 _____________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000AD0AD0AD0AD0DC01000000000000000
 010000000AD0AD0AD0AD0AD0AD0AD0AD0AD0AD0AD
SUMMARY;LANGUAGE=fr-FR:Entretien final - Fiona MacLeod - Chargé·e de proj
 ets européens
DTSTART;TZID=Romance Standard Time:20260303T100000
DTEND;TZID=Romance Standard Time:20260303T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T160512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-competencias",
        uid="factorial-ats-interview-88213-4@factorialhr.com",
        interview=1, company="Aldeas Infantiles SOS de España",
        role="Técnico/a de Protección Infantil y Salvaguarda", stage="onsite",
        interviewers="lucia.herrero@aldeasinfantiles.es;javier.ortiz@aldeasinfantiles.es",
        trap="spanish-entrevista-por-competencias-madrid",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial ATS//ES
METHOD:REQUEST
@@EUROPE_MADRID@@
BEGIN:VEVENT
UID:factorial-ats-interview-88213-4@factorialhr.com
DTSTAMP:20260227T081200Z
DTSTART;TZID=Europe/Madrid:20260309T120000
DTEND;TZID=Europe/Madrid:20260309T130000
ORGANIZER;CN=Aldeas Infantiles SOS - Selección:mailto:seleccion@aldeasinfa
 ntiles.es
ATTENDEE;CN=Fiona MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:fiona.macleod.sw@btinternet.com
ATTENDEE;CN=Lucía Herrero;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lu
 cia.herrero@aldeasinfantiles.es
ATTENDEE;CN=Javier Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:javi
 er.ortiz@aldeasinfantiles.es
SUMMARY:Entrevista por competencias - Técnico/a de Protección Infantil y
  Salvaguarda - Fiona MacLeod
LOCATION:Zoom - https://aldeasinfantiles.zoom.us/j/84412093376
DESCRIPTION:Hola Fiona\,\n\nGracias por tu interés en la posición de Téc
 nico/a de Protección Infantil y Salvaguarda (Oficina Central\, Madrid). T
 e confirmamos la entrevista por competencias con Lucía Herrero (Responsab
 le de Protección Infantil) y Javier Ortiz (Técnico de Selección). La en
 trevista será en castellano y en inglés.\n\nEnlace de Zoom: https://alde
 asinfantiles.zoom.us/j/84412093376\nID de reunión: 844 1209 3376\nCódigo
  de acceso: 551902\n\nUn saludo\,\nEquipo de Selección\nAldeas Infantiles
  SOS de España\n\nEnviado con Factorial
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-final",
        uid="0r5p8m1n4k7j0h3g6f9d2s5a8q@google.com",
        interview=1, company="Aldeas Infantiles SOS de España",
        role="Técnico/a de Protección Infantil y Salvaguarda", stage="final",
        interviewers="pedro.gil@aldeasinfantiles.es", trap="spanish-final-with-director-meet-madrid-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_MADRID@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260325T170000
DTEND;TZID=Europe/Madrid:20260325T174500
DTSTAMP:20260318T111820Z
ORGANIZER;CN=Pedro Gil:mailto:pedro.gil@aldeasinfantiles.es
UID:0r5p8m1n4k7j0h3g6f9d2s5a8q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pedro
  Gil;X-NUM-GUESTS=0:mailto:pedro.gil@aldeasinfantiles.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=fiona.macleod.sw@btinternet.com;X-NUM-GUESTS=0:mailto:fiona.macleo
 d.sw@btinternet.com
CREATED:20260318T111818Z
DESCRIPTION:Hola Fiona\, como te comentó Lucía\, me gustaría tener una
  última conversación contigo antes de tomar la decisión final. Hablaremo
 s del puesto\, del equipo y de tu posible incorporación en Madrid. Un abr
 azo\, Pedro (Director de Programas)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: ht
 tps://meet.google.com/pdk-wzsa-frt\nO marca: (ES) +34 932 71 96 30 PIN: 77
 2 451 019#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260318T111820Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona / Pedro - conversación final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="personio-erstgespraech",
        uid="personio-interview-3a7f0c21-5b9d-4e18-a6c4-90d2e1f3b5a7@personio.de",
        interview=1, company="SOS Children's Villages International",
        role="Policy Advisor - Child Protection (Brussels)", stage="recruiter_screen",
        interviewers="katharina.auer@sos-kinderdorf.org",
        trap="german-personio-erstgespraech-brussels-role",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Vienna
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-3a7f0c21-5b9d-4e18-a6c4-90d2e1f3b5a7@personio.de
DTSTAMP:20260130T134502Z
DTSTART;TZID=Europe/Vienna:20260205T100000
DTEND;TZID=Europe/Vienna:20260205T103000
ORGANIZER;CN=Katharina Auer:mailto:katharina.auer@sos-kinderdorf.org
ATTENDEE;CN=Fiona MacLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:Einladung zum Erstgespräch: Policy Advisor - Child Protection (Bru
 ssels) | Fiona MacLeod
LOCATION:Microsoft Teams
DESCRIPTION:Liebe Fiona\,\n\nvielen Dank für Ihre Bewerbung als Policy Adv
 isor - Child Protection (Brussels). Gerne möchten wir Sie zu einem ersten
  Kennenlerngespräch (ca. 30 Minuten) mit Katharina Auer (Talent Acquisiti
 on) einladen. Das Gespräch findet auf Englisch statt.\n\n(Dear Fiona\, th
 ank you for your application. We would like to invite you to a first 30-mi
 nute call with Katharina Auer\, Talent Acquisition. The call will be held
  in English.)\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_U09TLUNWSS1wb2xpY3k%40thread.v2/0\n\nViele Grüße\nSOS Children'
 s Villages International\nHermann-Gmeiner-Straße 51\, 6020 Innsbruck\n\nD
 iese Einladung wurde über Personio versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workable-second-round",
        uid="workable-event-2c8e91a4f7@workable.com",
        interview=1, company="Eurochild", role="Senior Policy Officer - Children in Alternative Care", stage="onsite",
        interviewers="agnieszka.nowak@eurochild.org;pieter.declercq@eurochild.org",
        trap="workable-second-round-brussels-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-2c8e91a4f7@workable.com
DTSTAMP:20260313T091500Z
DTSTART:20260319T130000Z
DTEND:20260319T140000Z
ORGANIZER;CN=Eurochild via Workable:mailto:noreply@candidates.workablemail.
 com
ATTENDEE;CN=Fiona MacLeod;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fiona.macle
 od.sw@btinternet.com
ATTENDEE;CN=Agnieszka Nowak;ROLE=REQ-PARTICIPANT:mailto:agnieszka.nowak@eur
 ochild.org
ATTENDEE;CN=Pieter De Clercq;ROLE=REQ-PARTICIPANT:mailto:pieter.declercq@eu
 rochild.org
SUMMARY:Second round interview - Senior Policy Officer (Alternative Care) -
  Eurochild
LOCATION:Google Meet: https://meet.google.com/euc-hhxp-qwa
DESCRIPTION:Hi Fiona\,\n\nThank you for completing the written task. You ar
 e invited to a second round interview with Agnieszka Nowak (Policy Directo
 r) and Pieter De Clercq (Senior Policy Coordinator). We will discuss your
  written task and your experience of working with children in care and care
  leavers.\n\nTime: 14:00-15:00 Brussels time (13:00 UK)\n\nGood luck!\nThe
  Eurochild team\n\n--\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webex-board",
        uid="3F9E1A7B2C4D4E5F8091A2B3C4D5E6F7@tusla.ie",
        interview=1, company="Tusla - Child and Family Agency", role="Social Work Team Leader", stage="onsite",
        interviewers="Aoife Brennan;Declan Moran;Sinéad Whelan",
        trap="irish-interview-board-webex-dublin-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@EUROPE_DUBLIN@@
BEGIN:VEVENT
ORGANIZER;CN=Tusla Recruitment:mailto:recruitment@tusla.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-IE:Campaign: TUS-SWTL-25-11 Social Work Team Leader
  - Dublin South Central\n\nDear Fiona\,\n\nWe are pleased to confirm that
  you have been shortlisted for a competency-based interview. Your interview
  board will be:\n\n  Ms Aoife Brennan\, Area Manager (Chair)\n  Mr Declan
  Moran\, Principal Social Worker\n  Ms Sinéad Whelan\, Independent Board M
 ember\n\nThe competencies assessed are: Professional Knowledge & Experienc
 e\; Managing and Developing Self and Others\; Planning & Managing Resource
 s\; Evaluating Information & Judging Situations\; Communications & Interpe
 rsonal Skills.\n\nPlease note that CORU registration (or eligibility) is a
  requirement of the post.\n\nJoin Webex meeting\nhttps://tusla.webex.com/t
 usla/j.php?MTID=m4a8b1f0c2e3d4a5b6c7d8e9f0a1b2c3d\nMeeting number (access
  code): 2743 118 9906\nMeeting password: SWTL2026\nJoin by phone +353-1-526
 -0058 Ireland Toll\n\nTusla Recruitment
UID:3F9E1A7B2C4D4E5F8091A2B3C4D5E6F7@tusla.ie
SUMMARY;LANGUAGE=en-IE:TUS-SWTL-25-11 Interview - F. MacLeod
DTSTART;TZID=Europe/Dublin:20260220T143000
DTEND;TZID=Europe/Dublin:20260220T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T110233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Webex
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="rezoomo-zoom",
        uid="rezoomo-int-55120973@rezoomo.com",
        interview=1, company="Barnardos Ireland", role="Project Leader - Family Support (Dublin 8)", stage="",
        interviewers="", trap="irish-ats-zoom-interview-no-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rezoomo//Interview Scheduler//EN
METHOD:REQUEST
@@EUROPE_DUBLIN@@
BEGIN:VEVENT
UID:rezoomo-int-55120973@rezoomo.com
DTSTAMP:20260325T170400Z
DTSTART;TZID=Europe/Dublin:20260402T110000
DTEND;TZID=Europe/Dublin:20260402T120000
ORGANIZER;CN=Barnardos Recruitment:mailto:no-reply@rezoomo.com
ATTENDEE;CN=Fiona MacLeod;RSVP=TRUE:mailto:fiona.macleod.sw@btinternet.com
SUMMARY:Interview - Project Leader\, Family Support (Dublin 8) - Barnardos
LOCATION:Zoom
DESCRIPTION:Hi Fiona\,\n\nThank you for applying for the role of Project Le
 ader\, Family Support (Dublin 8). You have been selected for interview. Pl
 ease see details below:\n\nDate: Thursday 2nd April 2026\nTime: 11:00 (Iri
 sh time)\nFormat: Zoom - link will be emailed 24 hours before\n\nPlease br
 ing/have to hand: photo ID and evidence of CORU registration or eligibilit
 y.\n\nBarnardos Recruitment Team\nChristchurch Square\, Dublin 8\n\nPowere
 d by Rezoomo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
