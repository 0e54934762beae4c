"""holdout211 events, part e: Barcelona airlines, French MROs, Air Nostrum (blind split, CC0 1.0)."""

from holdout211ev_tz import MADRID_GOOGLE, MADRID_PLAIN, PARIS

EVENTS = [
    dict(
        kind="outlook-english-panel",
        uid="040000008200E00074C5B7101A82E008000000008F6C2D1A0B9EDB0100000000"
        "000000001000000077AA0C1E2D3F4A5B6C7D8E9F00112233",
        iv=1, company="Level", role="Licensed Aircraft Engineer B1/B2 - A330 (BCN)",
        stage="hiring_manager", who="m.ruizcalvo@flylevel.com;k.obrien@flylevel.com",
        trap="outlook-english-interview-iag-airline",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Ruiz Calvo, Marc":mailto:m.ruizcalvo@flylevel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Brien, Kate":mailto:k.obrien@flylevel.com
DESCRIPTION;LANGUAGE=en-GB:Hi Ruben\,\n\nAs agreed\, please find below the
  invitation for your interview for Licensed Aircraft Engineer B1/B2 - A330 (
 BCN). The interview will be in English with Kate O'Brien (Technical Service
 s Manager) and myself (Maintenance Manager BCN).\n\n_____________________
 ___________________________________________________________\nMicrosoft Tea
 ms meeting\nJoin on your computer\, mobile app or room device\nClick here t
 o join the meeting\nMeeting ID: 377 118 520 964\nPasscode: Xa8bn4\n________
 ________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000008F6C2D1A0B9EDB0100000000000000001000000077AA0C1E2D3F4A5B6C7D8E9F00112233
SUMMARY;LANGUAGE=en-GB:Interview Ruben Castillo - LAE B1/B2 A330
DTSTART;TZID=Europe/Madrid:20250422T153000
DTEND;TZID=Europe/Madrid:20250422T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T083300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hirevue-allday", uid="5E1A0D2C-33B4-4C1E-9F8A-0D7B6C5E4F3A",
        iv=1, company="easyJet", role="", stage="recruiter_screen", who="",
        trap="allday-one-way-video-interview-deadline",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E1A0D2C-33B4-4C1E-9F8A-0D7B6C5E4F3A
DTSTAMP:20250301T102211Z
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
SUMMARY:HireVue easyJet (video entrevista grabada) antes 23:59!!
DESCRIPTION:B1 Engineer BCN base. 6 preguntas en ingles\, 30 seg pensar / 2
  min responder. Hacerlo en casa con buena luz\, NO en el curro. Link en el
  mail "Your easyJet video interview".
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="assessment-day-bcn", uid="ezy-eng-ac-2025-03-27-bcn-0142@easyjet.com",
        iv=1, company="easyJet", role="Licensed Engineer B1 - Barcelona Base",
        stage="onsite", who="",
        trap="assessment-day-english-multi-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//easyJet plc//Engineering Recruitment//EN
VERSION:2.0
METHOD:PUBLISH
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:ezy-eng-ac-2025-03-27-bcn-0142@easyjet.com
DTSTAMP:20250314T120000Z
DTSTART;TZID=Europe/Madrid:20250327T084500
DTEND;TZID=Europe/Madrid:20250327T160000
SUMMARY:easyJet Engineering Assessment Day - Licensed Engineer B1 - Barcelo
 na Base
DESCRIPTION:Congratulations on progressing to the Assessment Day for Licens
 ed Engineer B1 - Barcelona Base.\n\nAgenda:\n08:45 Arrival and ID checks\n0
 9:15 Welcome and company presentation\n10:00 Technical paper (A320 family
  systems\, Human Factors\, Part-145 procedures)\n11:30 Group exercise\n13:00
  Lunch\n13:45 Individual interview with Base Maintenance Manager and an Eng
 ineering Recruitment Partner\n\nAll sessions will be in English.\n\nVenue:
  Hotel Tryp Barcelona Aeropuerto\, Sala Llobregat\nDress code: smart casual
 \n\neasyJet Engineering Recruitment
LOCATION:Hotel Tryp Barcelona Aeropuerto\, El Prat de Llobregat
ORGANIZER;CN=easyJet Engineering Recruitment:mailto:noreply.engineeringrecruitment@easyjet.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workable-phone-screen", uid="workable-evt-6a0b4f2e91-3c7d@workable.com",
        iv=1, company="Volotea", role="B1 Aircraft Maintenance Technician (A320/A319) - Barcelona",
        stage="recruiter_screen", who="gemma.pons@volotea.com",
        trap="workable-phone-screen-spanish",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-6a0b4f2e91-3c7d@workable.com
DTSTAMP:20250403T085000Z
DTSTART:20250408T073000Z
DTEND:20250408T080000Z
SUMMARY:Phone Screen: Rubén Castillo Navarro for B1 Aircraft Maintenance Te
 chnician (A320/A319) - Barcelona
DESCRIPTION:Hola Rubén\,\n\nGemma Pons te llamará para una primera entrevis
 ta telefónica.\n\nPhone: +34 6XX XXX 412\n\nPowered by Workable
LOCATION:Phone call
ORGANIZER;CN=Volotea Talent:mailto:volotea@jobs.workablemail.com
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Gemma Pons;ROLE=REQ-PARTICIPANT:mailto:gemma.pons@volotea.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="meet-technical-round", uid="4f0c9d2a7e1b3g6h8j5k2m0n9p@google.com",
        iv=1, company="Volotea", role="", stage="technical",
        who="albert.soler@volotea.com",
        trap="google-meet-technical-questions-mcc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250416T170000
DTEND;TZID=Europe/Madrid:20250416T180000
DTSTAMP:20250410T121500Z
ORGANIZER;CN=Albert Soler:mailto:albert.soler@volotea.com
UID:4f0c9d2a7e1b3g6h8j5k2m0n9p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Gemm
 a Pons;X-NUM-GUESTS=0:mailto:gemma.pons@volotea.com
DESCRIPTION:Rubén\, segunda fase: te haré unas preguntas técnicas (MEL/CDL\,
  troubleshooting con TSM\, ETOPS no\, pero sí algo de RVSM) y casos práctic
 os de liberación de aeronave. Gemma se conecta si puede.\n\nAlbert Soler -
  Maintenance Control Centre\n\nUnirse con Google Meet: https://meet.google.c
 om/vhq-bmxr-pta
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Volotea - entrevista técnica B1 (Rubén Castillo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="calcom-booking", uid="kq3XwJ7pD1vR2sT8yB4nLm@Cal.com",
        iv=1, company="Norwegian", role="B1 Line Maintenance Engineer - Barcelona",
        stage="", who="henrik.aas@norwegian.com",
        trap="calcom-booking-utc-no-stage",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:kq3XwJ7pD1vR2sT8yB4nLm@Cal.com
DTSTAMP:20250425T075900Z
DTSTART:20250429T120000Z
DTEND:20250429T124500Z
SUMMARY:B1 Line Maintenance Engineer - Barcelona between Henrik Aas and Rub
 en Castillo Navarro
DESCRIPTION:What: B1 Line Maintenance Engineer - Barcelona between Henrik A
 as and Ruben Castillo Navarro\nInvitee Time Zone: Europe/Madrid\nWho:\nHenr
 ik Aas - Organizer\nhenrik.aas@norwegian.com\nRuben Castillo Navarro\nruben
 .castillo.b1@hotmail.com\nWhere: Microsoft Teams\nDescription: Interview f
 or the B1 Line Maintenance Engineer position at our Barcelona station. 45 m
 inutes.\n\nNeed to reschedule or cancel? https://cal.com/booking/kq3XwJ7pD
 1vR2sT8yB4nLm
LOCATION:Microsoft Teams
ORGANIZER;CN=Henrik Aas:mailto:henrik.aas@norwegian.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;
 RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-telephonique", uid="sabena-rh-6622-20250205@sabenatechnics.com",
        iv=1, company="Sabena technics", role="Mécanicien B1 avion - mission longue durée",
        stage="recruiter_screen", who="claire.lemoine@sabenatechnics.com",
        trap="french-entretien-telephonique",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:sabena-rh-6622-20250205@sabenatechnics.com
DTSTAMP:20250131T153000Z
DTSTART;TZID=Europe/Paris:20250205T110000
DTEND;TZID=Europe/Paris:20250205T113000
SUMMARY:Entretien téléphonique - M. Castillo Navarro - Mécanicien B1
ORGANIZER;CN="LEMOINE Claire":mailto:claire.lemoine@sabenatechnics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ruben.castillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION:Bonjour M. Castillo Navarro\,\n\nSuite à votre candidature au p
 oste de Mécanicien B1 avion - mission longue durée\, je vous propose un ent
 retien téléphonique le mercredi 5 février à 11h00 (heure de Paris). L'entre
 tien pourra se dérouler en anglais ou en français selon votre préférence.\n
 \nJe vous appellerai au numéro indiqué sur votre CV.\n\nCordialement\,\nCla
 ire Lemoine\nChargée de recrutement - Sabena technics
LOCATION:Appel téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-technique", uid="sabena-rh-6622-20250219@sabenatechnics.com",
        iv=1, company="Sabena technics", role="Mécanicien B1 avion",
        stage="technical", who="olivier.guerin@sabenatechnics.com;claire.lemoine@sabenatechnics.com",
        trap="french-entretien-technique-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:sabena-rh-6622-20250219@sabenatechnics.com
DTSTAMP:20250212T100000Z
DTSTART;TZID=Europe/Paris:20250219T140000
DTEND;TZID=Europe/Paris:20250219T150000
SUMMARY:Entretien technique - Mécanicien B1 avion (Teams)
ORGANIZER;CN="LEMOINE Claire":mailto:claire.lemoine@sabenatechnics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ruben.castillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GUERIN Olivier":mailto:olivier.guerin@sabenatechnics.com
DESCRIPTION:Bonjour Ruben\,\n\nComme convenu\, voici l'invitation pour l'en
 tretien technique avec Olivier Guérin (Responsable Production\, Bordeaux).
  Questions sur les systèmes A320/A330\, la documentation (AMM\, TSM\, SRM) e
 t les facteurs humains. Je serai également présente.\n\nRéunion Microsoft T
 eams\nRejoindre sur votre ordinateur\, application mobile ou appareil de sa
 lle\nCliquez ici pour rejoindre la réunion\nID de réunion : 318 556 002 117
 \nCode secret : pF9k2W\n\nCordialement\,\nClaire Lemoine
LOCATION:Réunion Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-visio-escale", uid="AFIKLMEM-WD-JR00129877-VISIO1@myworkday.com",
        iv=1, company="Air France Industries KLM Engineering & Maintenance",
        role="Technicien Avion B1 - Escale Madrid-Barajas",
        stage="hiring_manager", who="fabrice.noel@airfrance.fr",
        trap="french-workday-visio-outstation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:AFIKLMEM-WD-JR00129877-VISIO1@myworkday.com
DTSTAMP:20250502T080000Z
DTSTART;TZID=Europe/Paris:20250512T093000
DTEND;TZID=Europe/Paris:20250512T103000
SUMMARY:Entretien visio - Technicien Avion B1 - Escale Madrid-Barajas
DESCRIPTION:Bonjour Ruben\,\n\nNous avons le plaisir de vous convier à un en
 tretien en visioconférence avec Fabrice Noël\, Chef d'escale technique (Sta
 tion Manager) Madrid. L'entretien se déroulera en français et en anglais.\n
 \nLien : https://airfranceklm.webex.com/meet/fabrice.noel\n\nAir France Ind
 ustries KLM Engineering & Maintenance - Recrutement
LOCATION:Webex
ORGANIZER;CN=AFI KLM E&M Recrutement:mailto:airfranceklm@myworkday.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Fabrice Noel;ROLE=REQ-PARTICIPANT:mailto:fabrice.noel@airfrance.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="competencias-valencia", uid="an-seleccion-20250408-B1-rcn@airnostrum.es",
        iv=1, company="Air Nostrum", role="Técnico de Mantenimiento Aeronáutico B1 CRJ/ATR",
        stage="", who="Lucía Ferrando;Vicent Martí",
        trap="entrevista-por-competencias-plain-vtimezone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Air Nostrum//Seleccion//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:an-seleccion-20250408-B1-rcn@airnostrum.es
DTSTAMP:20250401T090000Z
DTSTART;TZID=Europe/Madrid:20250408T100000
DTEND;TZID=Europe/Madrid:20250408T113000
SUMMARY:Entrevista por competencias y prueba de inglés técnico - Técnico B1
DESCRIPTION:Estimado Rubén:\n\nLe citamos en nuestras instalaciones de Mani
 ses para la siguiente fase del proceso de Técnico de Mantenimiento Aeronáut
 ico B1 CRJ/ATR: entrevista por competencias con Lucía Ferrando (RRHH) y Vic
 ent Martí (Jefe de Hangar)\, y una breve prueba de inglés técnico.\n\nDirec
 ción: Hangar Air Nostrum\, Aeropuerto de Valencia\, 46940 Manises.\n\nAtent
 amente\,\nDepartamento de Personas - Air Nostrum
LOCATION:Hangar Air Nostrum\, Aeropuerto de Valencia\, Manises
ORGANIZER;CN=Air Nostrum Selección:mailto:seleccion@airnostrum.es
ATTENDEE;CN=Rubén Castillo Navarro;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
