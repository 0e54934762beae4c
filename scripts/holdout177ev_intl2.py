"""holdout177: Florian Gruber's own interviews at schools in Munich, Zurich, Geneva, Spain and via a teacher agency."""

from holdout177ev_tz import TZ_BERLIN, TZ_LONDON, TZ_MADRID, TZ_ROMANCE, TZ_ZURICH, E

EVENTS = [
    E(
        "greenhouse-screen",
        "greenhouse-7712093002-int-4481@bis-school.com",
        (1, "Bavarian International School", "Secondary Mathematics Teacher (MYP/DP)", "recruiter_screen",
         "lena.hoffmann@bis-school.com"),
        "greenhouse-recruiter-screen-berlin-zone",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:greenhouse-7712093002-int-4481@bis-school.com
DTSTAMP:20251119T142210Z
DTSTART;TZID=Europe/Berlin:20251125T163000
DTEND;TZID=Europe/Berlin:20251125T170000
SUMMARY:Bavarian International School - Florian Gruber - Initial Call
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@bis-school.com
ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena.hoffmann@bis-school.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Microsoft Teams
DESCRIPTION:Hi Florian\,\n\nThanks for your interest in the Secondary Mathema
 tics Teacher (MYP/DP) role at BIS. This first call with Lena Hoffmann (Talen
 t Acquisition) is about your background\, visa/contract questions (Austrian
  citizen – no visa needed) and the process.\n\nJoin: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_ZGE5Mjk1%40thread.v2/0\n\nBIS Recruitment
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "campus-visit",
        "greenhouse-7712093002-int-4602@bis-school.com",
        (1, "Bavarian International School", "Secondary Mathematics Teacher (MYP/DP)", "onsite",
         "m.brennan@bis-school.com;t.ackermann@bis-school.com"),
        "greenhouse-campus-visit-with-demo-lesson",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:greenhouse-7712093002-int-4602@bis-school.com
DTSTAMP:20251203T092001Z
DTSTART;TZID=Europe/Berlin:20251215T090000
DTEND;TZID=Europe/Berlin:20251215T140000
SUMMARY:On-Campus Interview Day – Florian Gruber (Maths)
ORGANIZER;CN=BIS Recruitment:mailto:recruitment@bis-school.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Megan Brennan;ROLE=REQ-PARTICIPANT:mailto:m.brennan@bis-school.com
ATTENDEE;CN=Tobias Ackermann;ROLE=REQ-PARTICIPANT:mailto:t.ackermann@bis-school.com
LOCATION:BIS Haimhausen Campus\, Hauptstraße 1\, 85778 Haimhausen
DESCRIPTION:Agenda\n09:00 Welcome at reception\n09:15 Demo lesson Grade 9 (MY
 P 4 – linear functions)\n10:15 Interview with Megan Brennan (Secondary Pri
 ncipal) and Tobias Ackermann (Head of Maths)\n11:30 Student panel\n12:15 Lu
 nch with the department\n13:15 HR – contract & relocation\n\nTravel: we rei
 mburse 2nd class train Vienna–Munich. S-Bahn S1 to Lohhof\, shuttle at 08:
 40.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "zoom-head-of-science",
        "8d1f4b7c-2e93-4a60-bc51-9f0e3d7a62c4@mis-munich.de",
        (1, "Munich International School", "Physics Teacher (IBDP)", "hiring_manager",
         "aoyelaran@mis-munich.de"),
        "zoom-utc-head-of-science-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260108T111500Z
DTSTART:20260114T150000Z
DTEND:20260114T154500Z
SUMMARY:MIS | Physics Teacher interview – F. Gruber
UID:8d1f4b7c-2e93-4a60-bc51-9f0e3d7a62c4@mis-munich.de
DESCRIPTION:Ade Oyelaran is inviting you to a scheduled Zoom meeting.\n\nInter
 view for the Physics Teacher (IBDP) vacancy with Ade Oyelaran\, Head of Sc
 ience.\n\nJoin Zoom Meeting\nhttps://mis-munich.zoom.us/j/97705126634?pwd=dk
 ZLb0ZqS2xhUTlNV2YrZFdFbzhyUT09\n\nMeeting ID: 977 0512 6634\nPasscode: 2905
 19\n\n---\n\nOne tap mobile\n+496938079883\,\,97705126634#\,\,\,\,*290519# Ge
 rmany\n
LOCATION:https://mis-munich.zoom.us/j/97705126634?pwd=dkZLb0ZqS2xhUTlNV2YrZFdFbzhyUT09
ORGANIZER;CN=Ade Oyelaran:mailto:aoyelaran@mis-munich.de
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "interview-esm",
        "040000008200E00074C5B7101A82E0080000000011A2B3C4D56FDC0100000000000000001000000056473829100A1B2C3D4E5F6A7B",
        (1, "Europäische Schule München", "Lokal eingestellte Lehrkraft Mathematik (deutsche Sektion)", "onsite",
         "anja.feldmeier@eursc.eu;ruta.kalnina@eursc.eu"),
        "outlook-romance-zone-european-school-panel",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="MUN-HR":mailto:MUN-HR@eursc.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="FELDMEIER Anja (MUN)":mailto:anja.feldmeier@eursc.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="KALNINA Ruta (MUN)":mailto:ruta.kalnina@eursc.eu
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräch – Lokal eingestellte Lehrkraft (LRT)
  Mathematik\, deutsche Sektion\, Sekundarbereich\n\nAuswahlausschuss: Anja
  Feldmeier (Stv. Direktorin Sekundarbereich)\, Ruta Kalnina (Koordinatorin M
 athematik). Das Gespräch wird teilweise auf Englisch geführt.\n\nAdresse: El
 ise-Aulinger-Straße 21\, 81739 München\, Gebäude A\, Raum A1.12\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D56FDC0100000000000000001000000056473829100A1B2C3D4E5F6A7B
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch LRT Mathematik (DE) – Gruber
DTSTART;TZID=Romance Standard Time:20260305T100000
DTEND;TZID=Romance Standard Time:20260305T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T081933Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ESM Gebäude A – A1.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "workday-screen",
        "WD-INT-ZIS-000118734-1@myworkday.com",
        (1, "Zurich International School", "Upper School Mathematics Teacher", "recruiter_screen",
         "cmeier@zis.ch"),
        "workday-initial-screen-zurich-zone",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_ZURICH}
BEGIN:VEVENT
UID:WD-INT-ZIS-000118734-1@myworkday.com
DTSTAMP:20260112T080544Z
DTSTART;TZID=Europe/Zurich:20260116T171500
DTEND;TZID=Europe/Zurich:20260116T174500
SUMMARY:Interview Scheduled: Upper School Mathematics Teacher (R-1187) - Florian Gruber
ORGANIZER;CN=Zurich International School:mailto:zis@myworkday.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Corinne Meier;ROLE=REQ-PARTICIPANT:mailto:cmeier@zis.ch
LOCATION:Zoom – link below
DESCRIPTION:Interview Type: Initial Screening (HR)\nInterviewer: Corinne Meier\,
  Talent Acquisition Partner\nRequisition: R-1187 Upper School Mathematics Te
 acher\n\nhttps://zis.zoom.us/j/91234008812\n\nPlease note that ZIS conducts
  background and safeguarding checks on all finalists.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "lesson-observation",
        "WD-INT-ZIS-000118734-2@myworkday.com",
        (1, "Zurich International School", "Upper School Mathematics Teacher", "technical",
         "gpatel@zis.ch;jbruggmann@zis.ch"),
        "workday-video-lesson-observation",
        rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_ZURICH}
BEGIN:VEVENT
UID:WD-INT-ZIS-000118734-2@myworkday.com
DTSTAMP:20260126T151002Z
DTSTART;TZID=Europe/Zurich:20260203T094000
DTEND;TZID=Europe/Zurich:20260203T110000
SUMMARY:Interview Scheduled: Upper School Mathematics Teacher (R-1187) - Florian Gruber
ORGANIZER;CN=Zurich International School:mailto:zis@myworkday.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Gita Patel;ROLE=REQ-PARTICIPANT:mailto:gpatel@zis.ch
ATTENDEE;CN=Jürg Bruggmann;ROLE=REQ-PARTICIPANT:mailto:jbruggmann@zis.ch
LOCATION:Zoom
DESCRIPTION:Interview Type: Lesson Observation (remote) + Debrief\nInterviewers
 : Gita Patel (Head of Mathematics)\, Jürg Bruggmann (Upper School Principal)
 \n\nYou will teach a 45-minute lesson live to a Grade 10 class via Zoom (we
  set up camera and mic in the room). Topic: exponential growth & logarithms.
  Debrief 20 minutes after.\n\nhttps://zis.zoom.us/j/95530077214
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "panel-interview",
        "ics-hos-maths-20260317@icsz.ch",
        (1, "Inter-Community School Zurich", "Head of Mathematics", "onsite",
         "n.weber@icsz.ch;l.fraser@icsz.ch;p.ramos@icsz.ch"),
        "google-panel-zurich-in-person",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Zurich
{TZ_ZURICH}
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260317T130000
DTEND;TZID=Europe/Zurich:20260317T143000
DTSTAMP:20260304T104433Z
ORGANIZER;CN=Nadia Weber:mailto:n.weber@icsz.ch
UID:ics-hos-maths-20260317@icsz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Weber:mailto:n.weber@icsz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lachlan Fraser:mailto:l.fraser@icsz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paula Ramos:mailto:p.ramos@icsz.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zumikon-Sen
 ior-Meeting Room:mailto:c_1889a7f0e3d2@resource.calendar.google.com
DESCRIPTION:Panel interview for Head of Mathematics.<br>Panel: Nadia Weber (H
 ead of School)\, Lachlan Fraser (Secondary Principal)\, Paula Ramos (Maths
  department).<br>ICS\, Strubenacher 3\, 8126 Zumikon. Forch-Bahn S18 to Zu
 mikon.
LOCATION:Zumikon-Senior-Meeting Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ICS – Head of Maths panel (F. Gruber)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "entretien-ecolint",
        "smartrecruiters-interview-3f0a9c21-ecolint-6628@smartrecruiters.com",
        (1, "International School of Geneva", "Enseignant·e de mathématiques et physique (Secondaire)", "",
         "claire.dubois@ecolint.ch"),
        "smartrecruiters-french-entretien-visio",
        rf"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//FR
VERSION:2.0
METHOD:REQUEST
{TZ_ZURICH}
BEGIN:VEVENT
UID:smartrecruiters-interview-3f0a9c21-ecolint-6628@smartrecruiters.com
DTSTAMP:20260209T162255Z
DTSTART;TZID=Europe/Zurich:20260212T081500
DTEND;TZID=Europe/Zurich:20260212T090000
SUMMARY:Entretien - Enseignant·e de mathématiques et physique (Secondaire) - Fonda
 tion de l'École Internationale de Genève
ORGANIZER;CN=Ecolint Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT:mailto:claire.dubois@ecolint.ch
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Visioconférence (Microsoft Teams)
DESCRIPTION:Bonjour Florian\,\n\nNous avons le plaisir de vous confirmer votre
  entretien avec Claire Dubois\, directrice adjointe du campus La Châtaigner
 aie. L'entretien se déroulera en français et en anglais.\n\nLien : https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_ecolint6628%40thread.v2/0\n\nC
 ordialement\,\nL'équipe Recrutement
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "probelektion",
        "20260122T081132Z-4417@kkn.ch",
        (1, "Kantonsschule Küsnacht", "Lehrperson Mathematik (mbA, 60–80 %)", "technical",
         "urs.baumgartner@kkn.ch;m.stucki@kkn.ch"),
        "swiss-probelektion-demo-lesson",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_ZURICH}
BEGIN:VEVENT
UID:20260122T081132Z-4417@kkn.ch
DTSTAMP:20260122T081132Z
DTSTART;TZID=Europe/Zurich:20260302T101000
DTEND;TZID=Europe/Zurich:20260302T105500
SUMMARY:Probelektion Mathematik 3c – Hr. F. Gruber
ORGANIZER;CN="Sekretariat KKN":mailto:sekretariat@kkn.ch
ATTENDEE;CN="Florian Gruber";RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN="Urs Baumgartner (Prorektor)":mailto:urs.baumgartner@kkn.ch
ATTENDEE;CN="Martina Stucki (Fachschaft Mathematik)":mailto:m.stucki@kkn.ch
LOCATION:Kantonsschule Küsnacht\, Dorfstrasse 30\, Zimmer H203
DESCRIPTION:Grüezi Herr Gruber\n\nGerne bestätigen wir Ihre Probelektion (45 M
 in.) in der Klasse 3c (Thema: Vektorgeometrie – Geraden im Raum). Anwesend
  sind Prorektor Urs Baumgartner und Martina Stucki von der Fachschaft. An
 schliessend kurzes Gespräch.\n\nFreundliche Grüsse\nSekretariat Kantonsschu
 le Küsnacht
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "gespraech-schulleitung",
        "20260305T150240Z-4502@kkn.ch",
        (1, "Kantonsschule Küsnacht", "Lehrperson Mathematik (mbA, 60–80 %)", "final",
         "rektorat@kkn.ch"),
        "swiss-second-talk-rektorin",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_ZURICH}
BEGIN:VEVENT
UID:20260305T150240Z-4502@kkn.ch
DTSTAMP:20260305T150240Z
DTSTART;TZID=Europe/Zurich:20260316T160000
DTEND;TZID=Europe/Zurich:20260316T170000
SUMMARY:Gespräch mit der Schulleitung – Lehrstelle Mathematik
ORGANIZER;CN="Rektorat KKN":mailto:rektorat@kkn.ch
ATTENDEE;CN="Florian Gruber";RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Kantonsschule Küsnacht\, Rektorat
DESCRIPTION:Grüezi Herr Gruber\n\nNach Ihrer Probelektion möchte Sie die Rekto
 rin\, Dr. Regula Hänni\, gern zu einem abschliessenden Gespräch treffen (an
 schliessend Wahlvorschlag an die Schulkommission).\n\nMit freundlichen Grüss
 en\nRektorat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "entrevista-madrid",
        "entrevista-dsm-2026-0211-gruber@dsmadrid.org",
        (1, "Deutsche Schule Madrid", "Profesor/a de Matemáticas y Física (Ortslehrkraft)", "hiring_manager",
         "jefatura.secundaria@dsmadrid.org"),
        "spanish-entrevista-madrid-zone",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260211T180000
DTEND;TZID=Europe/Madrid:20260211T184500
DTSTAMP:20260203T120901Z
ORGANIZER;CN=Jefatura Secundaria DSM:mailto:jefatura.secundaria@dsmadrid.org
UID:entrevista-dsm-2026-0211-gruber@dsmadrid.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
DESCRIPTION:Estimado Sr. Gruber:<br>Le convocamos a una entrevista por videoll
 amada para el puesto de profesor de Matemáticas y Física (contrato local\, c
 urso 2026/27) con la jefa de estudios de Secundaria\, Dña. Carmen Ruiz Herr
 mann. La entrevista será en alemán y en español.<br>Enlace: https://meet.goo
 gle.com/dsm-ent-qwe<br>Un saludo cordial
LOCATION:https://meet.google.com/dsm-ent-qwe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Profesor/a Matemáticas y Física (F. Gruber)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "entrevista-barcelona",
        "7H2kQ9rW4mX1@dsbarcelona.teamtailor",
        (1, "Deutsche Schule Barcelona", "Lehrkraft Mathematik/Physik (Sek. I/II)", "",
         "personal@dsbarcelona.com"),
        "teamtailor-spanish-german-utc",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7H2kQ9rW4mX1@dsbarcelona.teamtailor
DTSTAMP:20260316T113024Z
DTSTART:20260324T160000Z
DTEND:20260324T164500Z
SUMMARY:Entrevista / Gespräch: Lehrkraft Mathematik/Physik – Florian Gruber
ORGANIZER;CN=Deutsche Schule Barcelona:mailto:noreply@teamtailor.com
ATTENDEE;CN=Equipo de Personal DSB;ROLE=REQ-PARTICIPANT:mailto:personal@dsbarcelona.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Google Meet
DESCRIPTION:Hola Florian\, hallo Herr Gruber\,\n\nhier die Bestätigung Ihres T
 ermins / aquí tienes la confirmación de tu cita.\nhttps://meet.google.com/tr
 b-uvzc-hkn\n\nSaludos / Viele Grüße\nDeutsche Schule Barcelona – Colegio Ale
 mán\nAv. Jacint Esteva Fontanet 105\, 08950 Esplugues de Llobregat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "agency-screen-named-school",
        "SA-ASSOC-CALL-88412@searchassociates.com",
        (1, "Leysin American School", "Mathematics & Physics Teacher", "recruiter_screen",
         "r.ellison@searchassociates.com"),
        "agency-associate-screen-names-school-in-body",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:SA-ASSOC-CALL-88412@searchassociates.com
DTSTAMP:20260223T171200Z
DTSTART;TZID=Europe/London:20260226T170000
DTEND;TZID=Europe/London:20260226T173000
SUMMARY:Call – Florian Gruber / Rachel Ellison (Search Associates)
ORGANIZER;CN="Rachel Ellison":mailto:r.ellison@searchassociates.com
ATTENDEE;CN="Florian Gruber";RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Zoom https://us02web.zoom.us/j/81122045530
DESCRIPTION:Hi Florian\,\n\nAs discussed by email: Leysin American School has
  asked me to do a first screening call for their Mathematics & Physics Tea
 cher vacancy (Aug 2026\, boarding duties). I'll pass my notes to the Head o
 f Academics\, who will contact you directly if it's a fit.\n\nBest wishes\,\n
 Rachel Ellison\nSenior Associate\, Search Associates
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
