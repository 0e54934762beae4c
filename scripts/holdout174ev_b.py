"""holdout174 events, part b: Boehringer, Grifols, Almirall, J&J, Gilead, Takeda, BMS, Amgen (written blind)."""

from holdout174ev_tz import MADRID_GOOGLE, ROMANCE, W_EUROPE

EVENTS = [
    {
        "kind": "successfactors-screen",
        "uid": "SF-INTV-0000418876-boehringerP@successfactors.eu",
        "label": (1, "Boehringer Ingelheim", "Medical Science Liaison Respiratorio (Valencia/Murcia)",
                  "recruiter_screen", "laia.bosch@boehringer-ingelheim.com", "successfactors-interview-central"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{W_EUROPE}BEGIN:VEVENT
UID:SF-INTV-0000418876-boehringerP@successfactors.eu
DTSTAMP:20251020T143012Z
DTSTART;TZID=W. Europe Standard Time:20251027T113000
DTEND;TZID=W. Europe Standard Time:20251027T120000
SUMMARY:Boehringer Ingelheim - Entrevista telefónica - Medical Science Li
 aison Respiratorio (Valencia/Murcia)
DESCRIPTION:Estimada Lucía Ferrer Soler\,\n\nLe confirmamos la entrevista
  telefónica para la posición Medical Science Liaison Respiratorio (Valenc
 ia/Murcia)\, Req 0000418876.\n\nEntrevistador/a: Laia Bosch (HR Business
  Partner Medicine)\nLa llamaremos al +34 6XX XXX 412.\n\nAtentamente\,\nT
 alent Acquisition Iberia\nBoehringer Ingelheim España\, S.A. – Prat de la
  Riba 50\, Sant Cugat del Vallès
ORGANIZER;CN=Boehringer Ingelheim Recruiting:mailto:noreply@successfactor
 s.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laia Bosch:mailto:laia
 .bosch@boehringer-ingelheim.com
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-panel",
        "uid": "040000008200E00074C5B7101A82E00800000000C0D3A77E9F4ADC01000000000000000010000000BI2R2",
        "label": (1, "Boehringer Ingelheim", "MSL Respiratorio", "onsite",
                  "xavier.camps@boehringer-ingelheim.com;rosa.mallol@boehringer-ingelheim.com",
                  "outlook-onsite-panel-with-room-resource"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Camps, Xavier (Med Affairs) BI-ES-S":mailto:xavier.camps@bo
 ehringer-ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mallol,
 Rosa (Med Affairs) BI-ES-S":mailto:rosa.mallol@boehringer-ingelheim.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN="SCU-Edif.B-2.14 Sala Tibidabo":mailto:scu-b214@boehringer-ingelh
 eim.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\,\n\nNos vemos en Sant Cugat para la segun
 da fase. La sesión tendrá dos partes: una conversación con Rosa y conmigo
 sobre tu trayectoria y un pequeño role-play de visita a un neumólogo (no
  hace falta preparar nada).\n\nParking de visitas en la entrada de Prat
  de la Riba. Pregunta por mí en recepción.\n\nSaludos\,\nXavier\n
UID:040000008200E00074C5B7101A82E00800000000C0D3A77E9F4ADC01000000000000000
 010000000BI2R2
SUMMARY;LANGUAGE=es-ES:Entrevista MSL Respiratorio - 2ª fase (presencial)
DTSTART;TZID=Romance Standard Time:20251112T100000
DTEND;TZID=Romance Standard Time:20251112T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251104T090114Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SCU-Edif.B-2.14 Sala Tibidabo
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-interview",
        "uid": "grifols-rcm-int-55120-2@sapsf.eu",
        "label": (1, "Grifols", "Medical Advisor Bioscience (Immunoglobulins)", "",
                  "judith.prat@grifols.com;arnau.roig@grifols.com", "successfactors-no-clear-stage"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:grifols-rcm-int-55120-2@sapsf.eu
DTSTAMP:20251110T120000Z
DTSTART;TZID=Europe/Madrid:20251118T160000
DTEND;TZID=Europe/Madrid:20251118T170000
SUMMARY:Interview Invitation: Medical Advisor Bioscience (Immunoglobulins)
DESCRIPTION:Dear Lucía\,\n\nYou are invited to an interview for the posit
 ion Medical Advisor Bioscience (Immunoglobulins)\, Job Req ID 55120.\n\nIn
 terviewers:\n- Judith Prat\, Medical Affairs Director Bioscience\n- Arnau
  Roig\, Talent Acquisition\n\nLocation: Microsoft Teams (link below)\nhtt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_MDk3YjVh%40thread.v2/0
 \n\nPlease accept or decline this invitation.\n\nGrifols\, S.A. – Av. de la
  Generalitat 152-158\, Sant Cugat del Vallès
ORGANIZER;CN=Grifols Talent:mailto:grifols_recruiting@sapsf.eu
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer Soler:mailto:lu
 ciaferrer.farma@gmail.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Judith Prat:mailto:judith.prat@grifols.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Arnau Roig:mailto:arnau.roig@grifols.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "competencias-teams",
        "uid": "ALM-SF-INT-23881@almirall.successfactors.eu",
        "label": (1, "Almirall", "Medical Science Liaison Dermatology - East", "recruiter_screen",
                  "berta.soler@almirall.com", "entrevista-por-competencias-hr"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//ES
VERSION:2.0
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:ALM-SF-INT-23881@almirall.successfactors.eu
DTSTAMP:20251201T083000Z
DTSTART;TZID=Europe/Madrid:20251209T180000
DTEND;TZID=Europe/Madrid:20251209T184500
SUMMARY:Entrevista por competencias – MSL Dermatology East (Almirall)
DESCRIPTION:Hola Lucía\,\n\nTe convocamos a una entrevista por competencia
 s con Berta Soler (People & Culture). Duración: 45 min. Te pediremos ejem
 plos concretos de situaciones vividas (método STAR).\n\nPosición: Medical
  Science Liaison Dermatology - East\nTeams: https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_NTI0ZDc3%40thread.v2/0\n\nAlmirall\, S.A.\nRonda
  General Mitre 151\, 08022 Barcelona
ORGANIZER;CN=Almirall Talent Acquisition:mailto:noreply@almirall.success
 factors.eu
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Berta Soler;PARTSTAT=ACCEPTED:mailto:berta.soler@almirall.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-final",
        "uid": "3p9d8vhr1g5c0ktl0e2iu4m7sq@google.com",
        "label": (1, "Almirall", "", "final", "oriol.vendrell@almirall.com",
                  "google-invite-final-medical-director-catalan"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260113T120000
DTEND;TZID=Europe/Madrid:20260113T130000
DTSTAMP:20251222T112043Z
ORGANIZER;CN=Oriol Vendrell:mailto:oriol.vendrell@almirall.com
UID:3p9d8vhr1g5c0ktl0e2iu4m7sq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Oriol Vendrell;X-NUM-GUESTS=0:mailto:oriol.vendrell@almirall.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
DESCRIPTION:Bon dia Lucía\,\n\nCom vam parlar\, et passo la invitació per
  a l'última conversa del procés. Serà a les nostres oficines de Ronda Gen
 eral Mitre (pregunta per mi a recepció\, planta 4).\n\nFins dimarts!\nOrio
 l\n\nOriol Vendrell · Medical Director Spain · Almirall
LOCATION:Almirall\, Ronda del General Mitre\, 151\, 08022 Barcelona\, Spai
 n
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía Ferrer / Oriol Vendrell - darrera entrevista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-cancel",
        "uid": "JNJ-WD-INTV-R-041227-001@jnj.wd5.myworkday.com",
        "label": (1, "Johnson & Johnson Innovative Medicine", "Medical Science Liaison Hematology",
                  "recruiter_screen", "ksanz7@its.jnj.com", "workday-method-cancel-interview"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:CANCEL
{MADRID_GOOGLE}BEGIN:VEVENT
UID:JNJ-WD-INTV-R-041227-001@jnj.wd5.myworkday.com
DTSTAMP:20251117T162245Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART;TZID=Europe/Madrid:20251119T094500
DTEND;TZID=Europe/Madrid:20251119T102500
SUMMARY:Cancelled: Interview with Johnson & Johnson - Medical Science Liai
 son Hematology (R-041227)
DESCRIPTION:Dear Lucía\,\n\nYour interview scheduled for 19 November at 09
 :45 has been cancelled. Your recruiter will contact you with a new propos
 al.\n\nRecruiter: Kevin Sanz\n\nJohnson & Johnson Innovative Medicine – Ja
 nssen-Cilag\, S.A.
ORGANIZER;CN=Johnson & Johnson Recruiting:mailto:jnj@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION:mailto:luciaferrer.f
 arma@gmail.com
ATTENDEE;CN=Kevin Sanz;PARTSTAT=ACCEPTED:mailto:KSanz7@its.jnj.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-zoom",
        "uid": "gt-evt-6c2b1e8f9a7d44f0b2f1c0d3e5a6b7c8@goodtime.io",
        "label": (1, "Gilead Sciences", "Medical Scientist HIV - Valencia", "hiring_manager",
                  "teresa.ortuno@gilead.com", "goodtime-zoom-hiring-manager"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-6c2b1e8f9a7d44f0b2f1c0d3e5a6b7c8@goodtime.io
DTSTAMP:20251125T180512Z
DTSTART:20251203T150000Z
DTEND:20251203T154500Z
SUMMARY:Lucía Ferrer Soler <> Teresa Ortuño | Gilead Sciences
DESCRIPTION:Hi Lucía\,\n\nYou're confirmed for your interview with Gilead
  Sciences for the Medical Scientist HIV - Valencia role.\n\nInterviewer:
  Teresa Ortuño\, Associate Director Medical Affairs Virology\n\nJoin Zoom
  Meeting\nhttps://gilead.zoom.us/j/93122840177?pwd=Qk1wbHlWbUp1dE1GZz09
 \nMeeting ID: 931 2284 0177\nPasscode: 620519\nOne tap mobile: +34917873
 431\,\,93122840177# Spain\n\nNeed to reschedule? Reply to this email and o
 ur coordination team will help.\n\nPowered by GoodTime
ORGANIZER;CN=Gilead Interview Coordination:mailto:scheduling@gilead.goodt
 ime.io
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:luciaferrer.farma@gmail.com
ATTENDEE;CN=Teresa Ortuño;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t
 eresa.ortuno@gilead.com
LOCATION:https://gilead.zoom.us/j/93122840177
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-screen",
        "uid": "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB0100000000000000001000000054AK3",
        "label": (1, "Takeda", "Market Access & Pricing Manager - Hospital", "recruiter_screen",
                  "begona.aranda@takeda.com", "outlook-teams-recruiter-screen-english"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Aranda, Begoña":mailto:begona.aranda@takeda.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Lucía\,\n\nAs discussed on LinkedIn\, here i
 s our first call about the Market Access & Pricing Manager - Hospital pos
 ition (Madrid\, hybrid). We will go through your background\, motivation
 \, salary expectations and notice period (I understand it is 15 days in t
 he public system).\n\nBest\,\nBegoña Aranda\nTalent Acquisition Partner I
 beria | Takeda\n\n___________________________________________________________
 _____________________\nMicrosoft Teams meeting\nJoin: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_ZmE2OTQ1%40thread.v2/0\nMeeting ID: 2
 20 771 450 336 Passcode: Bq7Nc2\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000
 01000000054AK3
SUMMARY;LANGUAGE=en-US:Takeda | Lucía Ferrer | Market Access & Pricing Mgr
DTSTART;TZID=Romance Standard Time:20260108T093000
DTEND;TZID=Romance Standard Time:20260108T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251230T120112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "desktop-typed",
        "uid": "E5A0B2C1-77D9-4F1E-8A3B-2BMS20260115",
        "label": (1, "Bristol Myers Squibb", "", "hiring_manager", "Dra. Eugenia Lasheras",
                  "hand-typed-acronym-second-round"),
        "eol": "lf",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:E5A0B2C1-77D9-4F1E-8A3B-2BMS20260115
DTSTAMP:20260109T214401Z
CREATED:20260109T214359Z
DTSTART;TZID=Europe/Madrid:20260115T171500
DTEND;TZID=Europe/Madrid:20260115T180000
SUMMARY:BMS 2a entrevista - Dra. Eugenia Lasheras (med advisor hemato)
DESCRIPTION:la jefa directa. link en el mail de Irene (RRHH). repasar CAR-
 T\, datos mieloma\, ensayo KarMMa. cambiar turno con Pilar!!
LOCATION:Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-presentation",
        "uid": "amgen-intv-8841023-loop2@amgen.goodtime.io",
        "label": (1, "Amgen", "Medical Science Liaison Nephrology & Bone - East", "technical",
                  "cfornes@amgen.com;mquiles@amgen.com", "scientific-presentation-panel-zoom"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:amgen-intv-8841023-loop2@amgen.goodtime.io
DTSTAMP:20260112T091500Z
DTSTART;TZID=Europe/Madrid:20260122T100000
DTEND;TZID=Europe/Madrid:20260122T111500
SUMMARY:Amgen Interview: Scientific Presentation – MSL Nephrology & Bone
DESCRIPTION:Dear Lucía\,\n\nThis is the second step of the process for Med
 ical Science Liaison Nephrology & Bone - East (R-228410).\n\nFormat: 20-mi
 nute scientific presentation of a recent publication of your choice\, fol
 lowed by Q&A.\nPanel: Carles Fornés (Medical Manager Nephrology)\, Mar Qu
 iles (MSL Team Lead)\n\nZoom: https://amgen.zoom.us/j/95511320044\nMeeting
  ID: 955 1132 0044\n\nPlease share your slides via the Zoom screen share.\n
ORGANIZER;CN=Amgen Candidate Scheduling:mailto:no-reply@amgen.goodtime.io
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Carles Fornés;PARTSTAT=ACCEPTED:mailto:cfornes@amgen.com
ATTENDEE;CN=Mar Quiles;PARTSTAT=ACCEPTED:mailto:mquiles@amgen.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
