"""holdout174 events, part a: Novartis, Roche, AstraZeneca, Pfizer, MSD (written blind, raw iCalendar)."""

from holdout174ev_tz import MADRID_GOOGLE, MADRID_WORKDAY, ROMANCE

EVENTS = [
    {
        "kind": "workday-screen",
        "uid": "WD-NVS-INT-7f3a91c2e04b4d7e@myworkday.com",
        "label": (1, "Novartis", "Medical Science Liaison Oncology (Levante)", "recruiter_screen",
                  "elena.vidal_ruiz@novartis.com", "workday-teams-recruiter-screen"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workday//Calendar//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
{MADRID_WORKDAY}BEGIN:VEVENT
UID:WD-NVS-INT-7f3a91c2e04b4d7e@myworkday.com
DTSTAMP:20251103T091522Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20251110T100000
DTEND;TZID=Europe/Madrid:20251110T103000
SUMMARY:Interview: Medical Science Liaison Oncology (Levante) - Lucía Ferr
 er Soler
DESCRIPTION:Dear Lucía\,\n\nThank you for your interest in Novartis. This
  invitation confirms your first conversation with our Talent Acquisition
  Partner\, Elena Vidal.\n\nJob Requisition: REQ-10061842 Medical Science
  Liaison Oncology (Levante)\nFormat: Microsoft Teams video call (30 min)\
 n\n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or r
 oom device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE1OTg
 1ZjQtYjYx%40thread.v2/0?context=%7b%22Tid%22%3a%22f35a6974%22%7d\nMeeting
  ID: 348 552 019 733\nPasscode: s7Qw9P\n____________________________________
 ____________________________________________\n\nPlease do not reply to thi
 s message. If you need to reschedule use the link in your Candidate Home.
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Novartis Talent Acquisition:mailto:novartis@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena Vidal Ruiz:mailto
 :elena.vidal_ruiz@novartis.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-hm",
        "uid": ("040000008200E00074C5B7101A82E008000000004AB1C2D3E4F5D90100000000000000001000"
                "0000A1B2C3D4E5F60718293A4B5C"),
        "label": (1, "Novartis", "Medical Science Liaison Oncology (Levante)", "hiring_manager",
                  "jordi.puigdomenech@novartis.com", "outlook-romance-teams-hiring-manager"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Puigdomenech, Jordi":mailto:jordi.puigdomenech@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal Ru
 iz, Elena":mailto:elena.vidal_ruiz@novartis.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nComo te comentó Elena\, te envío
  la convocatoria para la segunda entrevista con el equipo de Medical Affa
 irs Oncología. Hablaremos de tu experiencia en el comité de tumores y de c
 ómo ves el rol de MSL en la zona Levante.\n\nUn saludo\,\nJordi\n\nJordi P
 uigdomènech\nMedical Lead Breast Cancer\nNovartis Farmacéutica S.A.\n\n___
 _____________________________________________________________________________\
 nReunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_ZjA0MmE5%40thread.v2/0\nId. de reunión: 391 004 227 81
 5 Código de acceso: 6gS9xK\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E008000000004AB1C2D3E4F5D901000000000000000
 010000000A1B2C3D4E5F60718293A4B5C
SUMMARY;LANGUAGE=es-ES:2ª entrevista MSL Oncología Levante - Lucía Ferrer
DTSTART;TZID=Romance Standard Time:20251119T163000
DTEND;TZID=Romance Standard Time:20251119T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T172340Z
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
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-final",
        "uid": ("040000008200E00074C5B7101A82E0080000000091F0A2B3C4D5DA0100000000000000001000"
                "00007E3F11AA0C5D4E2B9A8F"),
        "label": (1, "Novartis", "MSL Oncology Levante", "final",
                  "jordi.puigdomenech@novartis.com;montserrat.arnau@novartis.com", "outlook-sentby-room-final-onsite"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Arnau, Montserrat";SENT-BY="mailto:nuria.sola@novartis.com":
 mailto:montserrat.arnau@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fer
 rer Soler:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Puigdome
 nech, Jordi":mailto:jordi.puigdomenech@novartis.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN="BCN-GV764-P5-Sala Montseny (8)":mailto:bcn.gv764.p5.montseny@novartis
 .com
DESCRIPTION;LANGUAGE=es-ES:Estimada Lucía\,\n\nEn nombre de Montserrat Arn
 au (Head of Medical Oncology)\, te confirmo la reunión final en nuestras o
 ficinas de Gran Via de les Corts Catalanes 764\, Barcelona. Por favor\, id
 entifícate en recepción con tu DNI; te recogerá Jordi en la planta 5.\n\nD
 uración aproximada: 1h30 (incluye conversación con Montserrat y Jordi).\n\
 nSaludos cordiales\,\nNúria Solà\nExecutive Assistant – Medical Affairs\n
UID:040000008200E00074C5B7101A82E0080000000091F0A2B3C4D5DA01000000000000000
 0100000007E3F11AA0C5D4E2B9A8F
SUMMARY;LANGUAGE=es-ES:Novartis - Reunión final Lucía Ferrer (MSL Oncology
  Levante)
DTSTART;TZID=Romance Standard Time:20251204T113000
DTEND;TZID=Romance Standard Time:20251204T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T104455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:BCN-GV764-P5-Sala Montseny (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen",
        "uid": "a1c09e5e-52b1-4f0e-9d3b-6e7c20d1f7aa@roche.wd3.myworkdayjobs.com",
        "label": (1, "Roche", "MSL Hematología - Zona Este", "recruiter_screen",
                  "carla.montes@roche.com", "workday-google-meet-screen-spanish"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar 2025//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
DTSTAMP:20251014T070212Z
UID:a1c09e5e-52b1-4f0e-9d3b-6e7c20d1f7aa@roche.wd3.myworkdayjobs.com
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20251021T091500
DTEND;TZID=Europe/Madrid:20251021T100000
SUMMARY:Roche Farma | Primera entrevista | MSL Hematología - Zona Este
DESCRIPTION:Hola Lucía\,\n\nGracias por tu candidatura (ID 202509-12773).
  Te confirmamos una primera conversación de 45 minutos con Carla Montes (
 Talent Acquisition) por Google Meet.\n\nEnlace: https://meet.google.com/h
 qz-vtmr-pke\nUnirse por teléfono: (ES) +34 932 74 51 18 PIN: 601 448 9
 21#\n\nSi necesitas cambiar la hora\, responde desde tu perfil de candida
 to en Workday.\n\nRoche Farma\, S.A. – Ribera del Loira 50\, Madrid
ORGANIZER;CN=Roche Careers:mailto:roche@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:luciaferrer.farma@gmail.com
ATTENDEE;CN=Carla Montes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Car
 la.Montes@roche.com
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-caso",
        "uid": "5k0s2ml8q7ibf4nq3u4h2v3r1a@google.com",
        "label": (1, "Roche", "MSL Hematología - Zona Este", "technical",
                  "ignacio.bermudez@roche.com;ana_belen.sastre@roche.com", "caso-practico-presentation-panel"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251106T150000
DTEND;TZID=Europe/Madrid:20251106T163000
DTSTAMP:20251028T121901Z
ORGANIZER;CN=Ignacio Bermúdez:mailto:ignacio.bermudez@roche.com
UID:5k0s2ml8q7ibf4nq3u4h2v3r1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ignacio Bermúdez;X-NUM-GUESTS=0:mailto:ignacio.bermudez@roche.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ana Belén Sastre;X-NUM-GUESTS=0:mailto:ana_belen.sastre@roche.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/nfe-wcqa-ubs
CREATED:20251028T121840Z
DESCRIPTION:Lucía\, como te adelantamos\, en esta fase te pedimos que pres
 entes el caso práctico que te enviamos (paciente con LDCBG en recaída\, 15
  min de presentación + 30 min de preguntas del panel). Estaremos Ana Belé
 n (MSL Manager) y yo.\n\nMándanos la presentación el día antes a esta mism
 a dirección.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/nfe-wc
 qa-ubs\n\nMás información: https://support.google.com/a/users/answer/9282
 720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~::~:~::-
LAST-MODIFIED:20251028T121900Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presentación caso práctico - MSL Hemato (Lucía Ferrer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-typed",
        "uid": "8F2D0C6B-3E41-4A77-9D55-1B0F2E6C9A03",
        "label": (1, "AstraZeneca", "", "recruiter_screen", "Sergio", "hand-typed-floating-phone-screen"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8F2D0C6B-3E41-4A77-9D55-1B0F2E6C9A03
DTSTAMP:20251016T195533Z
CREATED:20251016T195531Z
DTSTART:20251020T141500
DTEND:20251020T144500
SUMMARY:Llamada AZ - Sergio (TA) medical advisor onco
DESCRIPTION:me llama él al móvil. tener a mano CV y salario actual (no dec
 ir cifra primero!!). preguntar si es Madrid o remoto
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-center",
        "uid": "0a9c7d40-3f0e-11f0-8de9-0242ac120002@az-talent.events",
        "label": (1, "AstraZeneca", "Medical Advisor Oncology", "onsite",
                  "", "assessment-center-day-no-named-interviewers"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AstraZeneca Talent Acquisition//Event Invite//EN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:0a9c7d40-3f0e-11f0-8de9-0242ac120002@az-talent.events
DTSTAMP:20251104T080000Z
DTSTART;TZID=Europe/Madrid:20251113T090000
DTEND;TZID=Europe/Madrid:20251113T170000
SUMMARY:Assessment Centre – Medical Advisor Oncology (Madrid)
LOCATION:AstraZeneca Farmacéutica Spain\, Paseo de la Castellana 259D (To
 rre Emperador)\, planta 38\, Madrid
DESCRIPTION:Dear candidate\,\n\nWe are pleased to invite you to the Assess
 ment Centre for the role of Medical Advisor Oncology.\n\nAgenda\n09:00 Wel
 come & coffee\n09:30 Group exercise (advisory board simulation)\n11:00 Sc
 ientific presentation (you will receive the topic 45 minutes in advance)
 \n13:00 Lunch\n14:00 Competency-based interview with the hiring panel\n1
 5:30 Role play with a KOL\n16:30 Close\n\nTravel expenses will be reimbur
 sed according to our policy. Please bring your ID.\n\nAstraZeneca Talent
  Acquisition Iberia
ORGANIZER;CN=AZ Talent Acquisition Iberia:mailto:no-reply.talent@astrazen
 eca.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Lucia Ferrer Soler:
 mailto:luciaferrer.farma@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-teams",
        "uid": "PFE-IS-4478219-1@pfizer.wd1.myworkday.com",
        "label": (1, "Pfizer", "Market Access Manager - Hospital Account (Comunidad Valenciana)",
                  "hiring_manager", "raquel.iturbe@pfizer.com", "workday-teams-hiring-manager-market-access"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Interview Scheduling//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:PFE-IS-4478219-1@pfizer.wd1.myworkday.com
DTSTAMP:20251124T153001Z
DTSTART;TZID=Europe/Madrid:20251202T121500
DTEND;TZID=Europe/Madrid:20251202T130000
SUMMARY:Pfizer Interview - Market Access Manager - Hospital Account (Comu
 nidad Valenciana)
DESCRIPTION:Interview Details\n\nCandidate: Lucía Ferrer Soler\nPosition:
  Market Access Manager - Hospital Account (Comunidad Valenciana) (4478219
 )\nInterviewer: Raquel Iturbe\, Regional Access Lead East\nType: Video In
 terview (Microsoft Teams)\n\nJoin: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_YTc4NWE2%40thread.v2/0\nMeeting ID: 284 115 903 617\nPas
 scode: Hh3fQ2\nDial in by phone +34 917 94 36 71\,\,552019733# Spain\, Ma
 drid\n\nThis invitation was sent from Workday on behalf of Pfizer.
ORGANIZER;CN=Pfizer Recruiting:mailto:pfizer@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Raquel Iturbe;PARTSTAT=ACCEPTED:mailto:raquel.iturbe@pfizer.c
 om
ATTENDEE;CN=Marta Llorente (Recruiting Coordinator);ROLE=NON-PARTICIPANT;
 PARTSTAT=ACCEPTED:mailto:marta.llorente@pfizer.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-invite",
        "uid": "MSD-2025-INT-98812-LF@msd.wd5.myworkday.com",
        "label": (1, "MSD", "Medical Science Liaison Vacunas - Este", "hiring_manager",
                  "pablo.garrigues@msd.com", "workday-original-before-reschedule"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:MSD-2025-INT-98812-LF@msd.wd5.myworkday.com
DTSTAMP:20251201T101010Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20251211T170000
DTEND;TZID=Europe/Madrid:20251211T174500
SUMMARY:MSD | Entrevista con Hiring Manager | Medical Science Liaison Vac
 unas - Este
DESCRIPTION:Hola Lucía\,\nTe confirmamos la entrevista con Pablo Garrigues
  (Regional Medical Lead Vaccines) por Microsoft Teams.\nÚnete aquí: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_OGZmMjQ5%40thread.v2/0\nI
 D: 312 660 148 922 | Código: pE4vR8\nMerck Sharp & Dohme de España\, S.A.
 \nEste mensaje ha sido enviado automáticamente desde Workday.
ORGANIZER;CN=MSD Talent Acquisition:mailto:msd@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Pablo Garrigues;PARTSTAT=ACCEPTED:mailto:pablo.garrigues@msd.c
 om
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-reschedule",
        "uid": "MSD-2025-INT-98812-LF@msd.wd5.myworkday.com",
        "label": (1, "MSD", "Medical Science Liaison Vacunas - Este", "hiring_manager",
                  "pablo.garrigues@msd.com", "workday-rescheduled-higher-sequence"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:MSD-2025-INT-98812-LF@msd.wd5.myworkday.com
DTSTAMP:20251209T081744Z
SEQUENCE:2
DTSTART;TZID=Europe/Madrid:20251216T083000
DTEND;TZID=Europe/Madrid:20251216T091500
SUMMARY:ACTUALIZADO: MSD | Entrevista con Hiring Manager | Medical Scienc
 e Liaison Vacunas - Este
DESCRIPTION:Hola Lucía\,\nA petición de Pablo hemos cambiado la hora de la
  entrevista al martes 16 a las 8:30 (antes de tu turno\, como nos indicast
 e). El enlace de Teams no cambia.\nÚnete aquí: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_OGZmMjQ5%40thread.v2/0\nID: 312 660 148 922
  | Código: pE4vR8\nEste mensaje ha sido enviado automáticamente desde Work
 day.
ORGANIZER;CN=MSD Talent Acquisition:mailto:msd@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Pablo Garrigues;PARTSTAT=ACCEPTED:mailto:pablo.garrigues@msd.c
 om
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
