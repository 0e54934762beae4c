# ruff: noqa: E501
"""holdout225 events, part c: international and bilingual providers, startup ATS (English, French, Spanish)."""

from holdout225ev_tz import BERLIN_GOOGLE

EVENTS = [
    dict(
        kind="greenhouse-hm", uid="greenhouse-interview-5512093004-7731882004",
        interview=1, company="Kids Campus International", role="Regional Manager Bavaria (f/m/d)",
        stage="hiring_manager", interviewers="olivia.grant@kidscampus-international.com",
        trap="greenhouse-english-hiring-manager-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-5512093004-7731882004
DTSTAMP:20250226T170412Z
DTSTART:20250304T100000Z
DTEND:20250304T104500Z
SUMMARY:Franziska Hofbauer <> Olivia Grant - Regional Manager Bavaria (f/m/d)
DESCRIPTION:Hi Franziska\,\n\nThanks for taking the time to speak with Olivia Grant\, our Director of Operations DACH. Olivia will walk you through how our 7 nurseries in Bavaria are run and would love to hear about your leadership experience.\n\nJoin Zoom Meeting\nhttps://kidscampus.zoom.us/j/93810477215?pwd=bGl6UmxEd0\nMeeting ID: 938 1047 7215\nPasscode: 209114\n\nIf you need to reschedule\, just reply to this email.\n\nBest\,\nTom Becker\nTalent Acquisition Coordinator\, Kids Campus International
ORGANIZER;CN=Tom Becker:mailto:tom.becker@kidscampus-international.com
ATTENDEE;CN=Olivia Grant;ROLE=REQ-PARTICIPANT:mailto:olivia.grant@kidscampus-international.com
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-panel", uid="greenhouse-interview-5512093004-7790045004",
        interview=1, company="Kids Campus International", role="Regional Manager Bavaria (f/m/d)",
        stage="onsite",
        interviewers="olivia.grant@kidscampus-international.com;markus.feil@kidscampus-international.com;"
        "priya.nair@kidscampus-international.com",
        trap="greenhouse-panel-onsite-with-room",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-5512093004-7790045004
DTSTAMP:20250312T091122Z
DTSTART:20250320T090000Z
DTEND:20250320T113000Z
SUMMARY:Onsite: Franziska Hofbauer - Regional Manager Bavaria (f/m/d)
DESCRIPTION:Hi Franziska\,\n\nWe're excited to welcome you to our Munich office!\n\nSchedule\n10:00 - 10:45  Case presentation: "Opening a new nursery in Freising" (Olivia Grant\, Markus Feil)\n10:45 - 11:30  People & culture conversation (Priya Nair\, HR Business Partner)\n11:30 - 12:30  Visit of Kids Campus Schwabing with the nursery manager\n\nAddress: Leopoldstraße 244\, 80807 München – please ask for Tom at reception.\n\nBest\,\nTom Becker
ORGANIZER;CN=Tom Becker:mailto:tom.becker@kidscampus-international.com
ATTENDEE;CN=Olivia Grant;ROLE=REQ-PARTICIPANT:mailto:olivia.grant@kidscampus-international.com
ATTENDEE;CN=Markus Feil;ROLE=REQ-PARTICIPANT:mailto:markus.feil@kidscampus-international.com
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT:mailto:priya.nair@kidscampus-international.com
ATTENDEE;CN=MUC-Leopold-3.02 Isar (8);CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:c_188a9b0e2f@resource.calendar.google.com
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Kids Campus International\, Leopoldstraße 244\, München
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien", uid="3hd81kq0v2u5mtw7l9c4s6a1fe@google.com",
        interview=1, company="Les Petits Loups", role="Coordinatrice pédagogique / Pädagogische Leitung",
        stage="hiring_manager", interviewers="claire.dubois@lespetitsloups-muenchen.de;Herr Vogt",
        trap="french-bilingual-creche-entretien",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250313T163000Z
DTEND:20250313T173000Z
DTSTAMP:20250307T201455Z
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@lespetitsloups-muenchen.de
UID:3hd81kq0v2u5mtw7l9c4s6a1fe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Dubois;X-NUM-GUESTS=0:mailto:claire.dubois@lespetitsloups-muenchen.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
CREATED:20250307T201453Z
DESCRIPTION:Bonjour Madame Hofbauer\,\n\nsuite à votre candidature pour le poste de coordinatrice pédagogique de nos trois crèches franco-allemandes\, je vous propose un entretien le jeudi 13 mars à 17h30\, après la fermeture de la crèche. Notre trésorier\, M. Vogt\, sera également présent (le conseil d'administration est composé de parents bénévoles).\n\nL'entretien peut se dérouler en allemand\, mais nous aimerions échanger quelques minutes en français.\n\nBien cordialement\,\nClaire Dubois\nPrésidente – Les Petits Loups e.V.
LAST-MODIFIED:20250307T201455Z
LOCATION:Crèche Les Petits Loups\, Nymphenburger Str. 120\, 80636 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien coordinatrice pédagogique – F. Hofbauer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista", uid="0aa7s3c5p1n9r2m4k6t8v0x2bd@google.com",
        interview=1, company="Kinderhaus Arcoíris", role="Leitung (Dirección) Kinderhaus bilingüe",
        stage="", interviewers="lucia.ferrer@arcoiris-muenchen.de;Jorge Medina",
        trap="spanish-bilingual-kita-entrevista",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250402T180000
DTEND;TZID=Europe/Berlin:20250402T190000
DTSTAMP:20250326T093017Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@arcoiris-muenchen.de
UID:0aa7s3c5p1n9r2m4k6t8v0x2bd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@arcoiris-muenchen.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de;X-NUM-GUESTS=0:mailto:franzi.hofbauer@web.de
DESCRIPTION:Hola Franziska\,\n\ngracias por tu interés en la dirección de nuestro Kinderhaus bilingüe. Te invitamos a una entrevista con la junta directiva (Lucía Ferrer y Jorge Medina). Hablaremos en alemán y en español – ¡no te preocupes si tu español está un poco oxidado!\n\nHallo Franziska\, die Unterlagen zum Konzept (Immersion\, BEP) schicken wir dir vorab per Mail.\n\nUn saludo\,\nLucía
LAST-MODIFIED:20250326T093017Z
LOCATION:Kinderhaus Arcoíris\, Tumblingerstr. 36\, 80337 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Dirección Kinderhaus / Vorstellungsgespräch Leitung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-entrevista", uid="v7Hx2mQp9sKcLd4eNf1gRb@Cal.com",
        interview=1, company="Mundo Bilingüe", role="Coordinadora de Calidad Pedagógica (Fachberatung)",
        stage="recruiter_screen", interviewers="carmen.ortiz@mundobilingue.de",
        trap="spanish-calcom-booking-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:v7Hx2mQp9sKcLd4eNf1gRb@Cal.com
SUMMARY:Primera entrevista (30 min) entre Carmen Ortiz y Franziska Hofbauer
DTSTART:20250409T133000Z
DTEND:20250409T140000Z
DTSTAMP:20250403T081945Z
DESCRIPTION:Qué:\nPrimera entrevista (30 min) entre Carmen Ortiz y Franziska Hofbauer\n\nDescripción del evento:\nConversación inicial para el puesto Coordinadora de Calidad Pedagógica (Fachberatung) – 4 Kitas bilingües en München y Augsburg.\n\nParticipantes:\nCarmen Ortiz - Organizador\ncarmen.ortiz@mundobilingue.de\nFranziska Hofbauer\nfranzi.hofbauer@web.de\n\nDónde:\nCal Video https://app.cal.com/video/v7Hx2mQp9sKcLd4eNf1gRb\n\n¿Necesita hacer un cambio? Cancelar: https://app.cal.com/booking/v7Hx2mQp9sKcLd4eNf1gRb?cancel=true
LOCATION:https://app.cal.com/video/v7Hx2mQp9sKcLd4eNf1gRb
ORGANIZER;CN=Carmen Ortiz:mailto:carmen.ortiz@mundobilingue.de
ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Franziska Hofbauer:mailto:franzi.hofbauer@web.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-screen", uid="ashby-interview-0f6b1e2c-9a87-4d3b-b1c2-3e4f5a6b7c8d",
        interview=1, company="Kitalino", role="Senior Pedagogical Consultant (m/w/d)",
        stage="recruiter_screen", interviewers="hanna@kitalino.de",
        trap="ashby-startup-intro-call-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-0f6b1e2c-9a87-4d3b-b1c2-3e4f5a6b7c8d
DTSTAMP:20250219T103311Z
DTSTART:20250224T110000Z
DTEND:20250224T113000Z
SUMMARY:Intro Call – Franziska Hofbauer / Kitalino
DESCRIPTION:Hi Franziska\,\n\nlooking forward to our chat about the Senior Pedagogical Consultant (m/w/d) role! We can talk in German of course :)\n\nHanna Reuter – People & Talent\n\nGoogle Meet: https://meet.google.com/tkv-wqpa-zzn\n\nPowered by Ashby
ORGANIZER;CN=Hanna Reuter:mailto:hanna@kitalino.de
ATTENDEE;CN=Hanna Reuter;ROLE=REQ-PARTICIPANT:mailto:hanna@kitalino.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:https://meet.google.com/tkv-wqpa-zzn
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-case", uid="ashby-interview-5c2a9d40-1e3b-47f6-8a9c-0b1d2e3f4a5b",
        interview=1, company="Kitalino", role="Senior Pedagogical Consultant (m/w/d)", stage="technical",
        interviewers="jonas@kitalino.de;eva.lichtl@kitalino.de",
        trap="ashby-case-study-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-5c2a9d40-1e3b-47f6-8a9c-0b1d2e3f4a5b
DTSTAMP:20250303T154201Z
DTSTART:20250311T130000Z
DTEND:20250311T141500Z
SUMMARY:Case Study: Kita-Onboarding Workshop – Franziska Hofbauer
DESCRIPTION:Hi Franziska\,\n\nas discussed\, in this round you'll present your case study: design a 90-minute onboarding workshop for a Kita team that switches from paper portfolios to the Kitalino app. 20 minutes presentation\, then Q&A.\n\nInterviewers:\n- Jonas Albrecht (Co-Founder & CEO)\n- Eva Lichtl (Head of Customer Success)\n\nGoogle Meet: https://meet.google.com/fbe-qnjr-ttx\n\nPowered by Ashby
ORGANIZER;CN=Hanna Reuter:mailto:hanna@kitalino.de
ATTENDEE;CN=Jonas Albrecht;ROLE=REQ-PARTICIPANT:mailto:jonas@kitalino.de
ATTENDEE;CN=Eva Lichtl;ROLE=REQ-PARTICIPANT:mailto:eva.lichtl@kitalino.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:https://meet.google.com/fbe-qnjr-ttx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-interview", uid="WD-INTERVIEW-EVENT-3-118204-20250407",
        interview=1, company="FamilienCampus", role="Regionalleitung Betriebskitas Süd (m/w/d)",
        stage="", interviewers="ines.brandstetter@familiencampus.de",
        trap="workday-teams-interview-german",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVENT-3-118204-20250407
DTSTAMP:20250401T120503Z
DTSTART:20250407T073000Z
DTEND:20250407T083000Z
SUMMARY:Interview: R-0004471 Regionalleitung Betriebskitas Süd (m/w/d)
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nIhr Interview wurde geplant.\n\nStellenausschreibung: R-0004471 Regionalleitung Betriebskitas Süd (m/w/d)\nInterviewer: Ines Brandstetter\nOrt: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4MzQ1OTgt/0\n\nBitte nutzen Sie das Kandidatenportal\, um Ihre Unterlagen zu aktualisieren.\n\nFamilienCampus GmbH
ORGANIZER;CN=FamilienCampus Recruiting:mailto:familiencampus@myworkday.com
ATTENDEE;CN=Ines Brandstetter;ROLE=REQ-PARTICIPANT:mailto:ines.brandstetter@familiencampus.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-phone-screen", uid="icims-9a1b2c3d-0047-ev-20250311",
        interview=1, company="Bright Beginnings Childcare", role="Area Manager Munich (m/f/d)",
        stage="recruiter_screen", interviewers="rachel.owens@brightbeginnings-eu.com",
        trap="icims-english-phone-screen-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-9a1b2c3d-0047-ev-20250311
DTSTAMP:20250306T142233Z
DTSTART:20250311T090000Z
DTEND:20250311T093000Z
SUMMARY:Phone Screen - Area Manager Munich (m/f/d) - Req 2025-1187
DESCRIPTION:Dear Franziska\,\n\nThis confirms your phone screen with Rachel Owens\, Talent Acquisition Partner EMEA. Rachel will call you on +49 176 24481093.\n\nPlease note the time is shown in UTC on some devices: 10:00 CET.\n\nKind regards\,\nBright Beginnings Childcare Europe Ltd.\n\nThis email was sent from an unmonitored address.
ORGANIZER;CN=Bright Beginnings Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Rachel Owens;ROLE=REQ-PARTICIPANT:mailto:rachel.owens@brightbeginnings-eu.com
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-loop", uid="gt-7f0c2e44a1b94d2e8c55-1",
        interview=1, company="Little Scholars Munich", role="Head of Early Years (Campus Bogenhausen)",
        stage="onsite",
        interviewers="d.harrington@littlescholars.de;svenja.pohl@littlescholars.de;amir.haddad@littlescholars.de",
        trap="goodtime-english-onsite-loop",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7f0c2e44a1b94d2e8c55-1
DTSTAMP:20250404T091007Z
DTSTART:20250414T070000Z
DTEND:20250414T100000Z
SUMMARY:Interview Loop: Head of Early Years – Franziska Hofbauer
DESCRIPTION:Your interview schedule\n\n09:00 – 09:45 Head of School\, Dr. Daniel Harrington\n09:45 – 10:30 Early Years classroom observation & debrief with Svenja Pohl (Deputy Head EY)\n10:30 – 11:00 Break\n11:00 – 12:00 Leadership panel: Amir Haddad (Operations)\, Svenja Pohl\n\nLocation: Little Scholars Munich\, Campus Bogenhausen\, Denninger Str. 15\, 81679 München\nPlease bring a photo ID – safeguarding check at reception.\n\nScheduled by GoodTime on behalf of Little Scholars Munich GmbH
ORGANIZER;CN=Little Scholars Recruiting:mailto:recruiting@littlescholars.de
ATTENDEE;CN=Daniel Harrington;ROLE=REQ-PARTICIPANT:mailto:d.harrington@littlescholars.de
ATTENDEE;CN=Svenja Pohl;ROLE=REQ-PARTICIPANT:mailto:svenja.pohl@littlescholars.de
ATTENDEE;CN=Amir Haddad;ROLE=REQ-PARTICIPANT:mailto:amir.haddad@littlescholars.de
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:Little Scholars Munich\, Denninger Str. 15\, München
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-final", uid="ml-evt-01HV3K9Q7M2B4N6P8R0T2V4X6Z",
        interview=1, company="Nido Learning", role="Head of Pedagogy DACH", stage="final",
        interviewers="sofia.marchetti@nidolearning.eu",
        trap="modernloop-english-final-ceo",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-01HV3K9Q7M2B4N6P8R0T2V4X6Z
DTSTAMP:20250422T150012Z
DTSTART:20250428T140000Z
DTEND:20250428T145000Z
SUMMARY:Final conversation w/ Sofia (CEO) | Nido Learning
DESCRIPTION:Hi Franziska\,\n\nthis is the final step for the Head of Pedagogy DACH role: a 50-min conversation with Sofia Marchetti\, our CEO\, about vision\, the expansion to Salzburg and Munich\, and what you'd need in your first 90 days.\n\nJoin with Google Meet: meet.google.com/wmd-hqry-kpe\n\nScheduled with ModernLoop. Need to reschedule? Reply to this email and our coordinator will help.
ORGANIZER;CN=Nido Talent Team:mailto:talent@nidolearning.eu
ATTENDEE;CN=Sofia Marchetti;ROLE=REQ-PARTICIPANT:mailto:sofia.marchetti@nidolearning.eu
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
LOCATION:meet.google.com/wmd-hqry-kpe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
