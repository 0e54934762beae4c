"""Montréal studios and studios writing in German, Spanish and Korean (holdout188, written blind)."""

from holdout188ev_tz import BERLIN, EST_OUTLOOK, LA_GOOGLE, MEXICO, TOR_GOOGLE

EVENTS = [
    dict(
        kind="personio-gespraech",
        uid="personio-interview-1b7d55f0-9e4c-4a21-b3d8-6c0e2f81a947",
        is_interview=1,
        company="Nordlicht Spiele",
        role="Senior Producer (m/w/d) - Vancouver",
        stage="recruiter_screen",
        interviewers="lena.hoffmann@nordlicht-spiele.de;tobias.krueger@nordlicht-spiele.de",
        trap="personio-german-berlin-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-1b7d55f0-9e4c-4a21-b3d8-6c0e2f81a947
DTSTAMP:20250116T094512Z
DTSTART;TZID=Europe/Berlin:20250123T180000
DTEND;TZID=Europe/Berlin:20250123T184500
SUMMARY:Vorstellungsgespräch: Senior Producer (m/w/d) - Vancouver | Seo-yeo
 n Park
DESCRIPTION:Hallo Seo-yeon\,\n\nvielen Dank für deine Bewerbung bei Nordlic
 ht Spiele! Wir freuen uns auf ein erstes Kennenlernen per Video mit Lena H
 offmann (Talent Acquisition) und Tobias Krüger (Managing Director\, Studio
  Vancouver). Das Gespräch findet auf Englisch statt.\n\nMicrosoft Teams: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NDlk\n\nViele Grüße\
 nLena Hoffmann\nNordlicht Spiele GmbH\, Oranienstraße 183\, 10999 Berlin
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@nordlicht-spiele.de
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.par
 k.dev@gmail.com
ATTENDEE;CN=Tobias Krüger;ROLE=REQ-PARTICIPANT:mailto:tobias.krueger@nordli
 cht-spiele.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista",
        uid="2c9f8ek4mb1q7r0a6tdvh3ls5n@google.com",
        is_interview=1,
        company="Estudio Colibrí",
        role="Directora de Producción (remoto)",
        stage="hiring_manager",
        interviewers="ximena.ruiz@estudiocolibri.mx",
        trap="spanish-entrevista-mexico-city-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MEXICO + r"""BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250226T110000
DTEND;TZID=America/Mexico_City:20250226T120000
DTSTAMP:20250220T180455Z
ORGANIZER;CN=Ximena Ruiz:mailto:ximena.ruiz@estudiocolibri.mx
UID:2c9f8ek4mb1q7r0a6tdvh3ls5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ximena
  Ruiz;X-NUM-GUESTS=0:mailto:ximena.ruiz@estudiocolibri.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
DESCRIPTION:Hola Seo-yeon\,\n\nGracias por tu tiempo. En esta entrevista pl
 aticaremos sobre la posición de Directora de Producción (remoto\, con viaj
 es a Guadalajara y Montreal para el co-desarrollo). Podemos hablar en ingl
 és si lo prefieres.\n\nSaludos\,\nXimena Ruiz\nDirectora General\, Estudio
  Colibrí\n\nUnirse con Google Meet: https://meet.google.com/jcq-wyzo-rka
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Seo-yeon Park - Dirección de Producción
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="myeonjeop",
        uid="dalbit-recruit-20250218-0412@dalbit.co.kr",
        is_interview=1,
        company="Dalbit Entertainment",
        role="Senior Producer (Seattle)",
        stage="",
        interviewers="jiwoo.han@dalbit.co.kr;sungho.lee@dalbit.co.kr",
        trap="korean-myeonjeop-first-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//KO
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:dalbit-recruit-20250218-0412@dalbit.co.kr
DTSTAMP:20250214T020511Z
DTSTART;TZID=America/Los_Angeles:20250218T170000
DTEND;TZID=America/Los_Angeles:20250218T180000
SUMMARY:[달빛엔터테인먼트] 1차 실무진 면접 안내 - Senior Producer (Seattle)
DESCRIPTION:박서연 님 안녕하세요\,\n\n달빛엔터테인먼트 시애틀 스튜디오 Senior Producer 포지션에 지원해 주셔서
  감사합니다. 1차 실무진 면접 일정을 아래와 같이 안내드립니다.\n\n- 일시: 2/18(화) 17:00 PST (서울 2/19 1
 0:00)\n- 면접관: 한지우 PD\, 이성호 개발실장\n- 방식: Zoom 화상 면접 (한국어/영어)\n- 링크: https://
 dalbit.zoom.us/j/84120937755\n\n궁금한 점은 회신 부탁드립니다.\n인사팀 김보라 드림
LOCATION:Zoom
ORGANIZER;CN=김보라:mailto:bora.kim@dalbit.co.kr
ATTENDEE;CN=박서연;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.park.dev@gmai
 l.com
ATTENDEE;CN=한지우;ROLE=REQ-PARTICIPANT:mailto:jiwoo.han@dalbit.co.kr
ATTENDEE;CN=이성호;ROLE=REQ-PARTICIPANT:mailto:sungho.lee@dalbit.co.kr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-entrevue",
        uid="tt-interview-3410077@teamtailor.com",
        is_interview=1,
        company="Studio Érable Rouge",
        role="Producteur·rice senior",
        stage="recruiter_screen",
        interviewers="maude.gauthier@erablerouge.ca",
        trap="teamtailor-french-entrevue-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3410077@teamtailor.com
DTSTAMP:20250205T145002Z
DTSTART:20250207T160000Z
DTEND:20250207T163000Z
SUMMARY:Entrevue - Producteur·rice senior | Studio Érable Rouge
DESCRIPTION:Bonjour Seo-yeon\,\n\nMerci pour ta candidature! Voici le lien
  pour notre première entrevue de 30 minutes : https://app.teamtailor.com/me
 etings/m/0f3a77c1\n\nÀ bientôt\,\nMaude Gauthier\nConseillère en acquisiti
 on de talents
ORGANIZER;CN=Maude Gauthier:mailto:maude.gauthier@erablerouge.ca
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-entrevue",
        uid="WD-INT-R2291-0000020117@wd10.myworkday.com",
        is_interview=1,
        company="Gravité Jeux",
        role="Directeur(trice) de production",
        stage="recruiter_screen",
        interviewers="sebastien.ouellet@gravitejeux.com",
        trap="workday-french-bilingual",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:WD-INT-R2291-0000020117@wd10.myworkday.com
DTSTAMP:20250224T163011Z
DTSTART;TZID=America/Toronto:20250227T150000
DTEND;TZID=America/Toronto:20250227T154500
SUMMARY:Entrevue / Interview : Directeur(trice) de production (R2291)
DESCRIPTION:Candidat(e) / Candidate : Seo-yeon Park\nPoste / Job : R2291 Di
 recteur(trice) de production\nType : Entrevue téléphonique / Phone Screen\
 nIntervieweur(s) / Interviewer(s) : Sébastien Ouellet\n\nCeci est un messa
 ge généré par Workday. / This is a system-generated message from Workday.
ORGANIZER;CN=Gravité Jeux Recrutement:mailto:gravitejeux@myworkday.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Sébastien Ouellet:mailto:sebastien.ouellet@gravitejeux.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevue-finale",
        uid="WD-INT-R2291-0000020488@wd10.myworkday.com",
        is_interview=1,
        company="Gravité Jeux",
        role="Directeur(trice) de production",
        stage="final",
        interviewers="isabelle.caron@gravitejeux.com;marc-andre.dube@gravitejeux.com",
        trap="workday-french-final-in-montreal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:WD-INT-R2291-0000020488@wd10.myworkday.com
DTSTAMP:20250314T130245Z
DTSTART;TZID=America/Toronto:20250325T100000
DTEND;TZID=America/Toronto:20250325T120000
SUMMARY:Entrevue finale / Final Interview : Directeur(trice) de production
  (R2291)
DESCRIPTION:Candidat(e) / Candidate : Seo-yeon Park\nType : Entrevue finale
  en personne / Final interview (in person)\nIntervieweur(s) / Interviewer(
 s) : Isabelle Caron (VP Studio)\; Marc-André Dubé (Directeur créatif)\nLie
 u / Location : 1400 boul. Robert-Bourassa\, 9e étage\, Montréal\n\nCeci es
 t un message généré par Workday. / This is a system-generated message from
  Workday.
LOCATION:1400 boul. Robert-Bourassa\, Montréal
ORGANIZER;CN=Gravité Jeux Recrutement:mailto:gravitejeux@myworkday.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Isabelle Caron:mailto:isabelle.caron@gravitejeux.com
ATTENDEE;CN=Marc-André Dubé:mailto:marc-andre.dube@gravitejeux.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-confirmation",
        uid="icims-2025-0000113457-saintlaurentdigital",
        is_interview=1,
        company="Saint-Laurent Digital",
        role="Senior Producer",
        stage="hiring_manager",
        interviewers="peter.walsh@stlaurentdigital.com",
        trap="icims-interview-confirmation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:icims-2025-0000113457-saintlaurentdigital
DTSTAMP:20250130T181100Z
DTSTART;TZID=America/Toronto:20250205T113000
DTEND;TZID=America/Toronto:20250205T121500
SUMMARY:Interview Confirmation: Senior Producer (2025-1134) - Saint-Laurent
  Digital
DESCRIPTION:Dear Seo-yeon\,\n\nThis confirms your interview for Senior Prod
 ucer (Job ID 2025-1134).\n\nInterviewer: Peter Walsh\, Director of Product
 ion\nFormat: Microsoft Teams (link below)\nhttps://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_MWE3\n\nPlease do not reply to this automated mess
 age. Contact careers@stlaurentdigital.com with questions.
ORGANIZER;CN=Saint-Laurent Digital Careers:mailto:noreply@icims.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Peter Walsh:mailto:peter.walsh@stlaurentdigital.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rencontre",
        uid=(
            "040000008200E00074C5B7101A82E00800000000C1D2E3F4A56ADB01000000000000000010000000ABCDEF0123"
            "456789ABCDEF0123456789"
        ),
        is_interview=1,
        company="Havre Studios",
        role="Productrice senior",
        stage="hiring_manager",
        interviewers="lucie.marchand@havrestudios.com",
        trap="outlook-eastern-french-rencontre",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchand, Lucie":mailto:lucie.marchand@havrestudios.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=seoyeon.pa
 rk.dev@gmail.com:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HAV-Sal
 le Verdun":mailto:hav-salleverdun@havrestudios.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Seo-yeon\,\n\nTel que discuté avec Annie
  des RH\, je t'envoie l'invitation pour notre entretien au sujet du poste
  de productrice senior. Je serai dans la salle Verdun\; toi\, tu peux te jo
 indre par Teams.\n\nLucie Marchand\nDirectrice de production\n\n__________
 ______________________________________________________________________\nRé
 union Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile
  ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_ZmQ4>\nID de réunion : 254 611 7
 80 392\nCode secret : kP8s3W\n____________________________________________
 ____________________________________
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A56ADB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-CA:Entretien Seo-yeon Park / Lucie Marchand
DTSTART;TZID=Eastern Standard Time:20250306T140000
DTEND;TZID=Eastern Standard Time:20250306T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T190014Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HAV-Salle Verdun\; Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-panel",
        uid="SF-INTV-40218-88310224@successfactors.com",
        is_interview=1,
        company="Quarterstaff Entertainment",
        role="Senior Producer - Montréal",
        stage="onsite",
        interviewers="yannick.bergeron@quarterstaff.com;farah.mansour@quarterstaff.com;dmitri.volkov@quarterstaff.com",
        trap="successfactors-panel-invitation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-40218-88310224@successfactors.com
DTSTAMP:20250310T141517Z
DTSTART:20250317T140000Z
DTEND:20250317T163000Z
SUMMARY:Interview Invitation: Senior Producer - Montréal (Job ID 40218)
DESCRIPTION:Dear Seo-yeon Park\,\n\nWe are pleased to invite you to a panel
  interview for the position Senior Producer - Montréal.\n\nInterview panel
 : Yannick Bergeron (Executive Producer)\, Farah Mansour (Creative Director
 )\, Dmitri Volkov (Associate Studio Director)\nLocation: Quarterstaff Ente
 rtainment\, 5505 boul. Saint-Laurent\, Montréal / Teams for remote panelis
 ts\n\nKind regards\,\nQuarterstaff Talent Acquisition
LOCATION:5505 boul. Saint-Laurent\, Montréal
ORGANIZER;CN=Quarterstaff Talent Acquisition:mailto:ta-noreply@quarterstaff
 .com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Yannick Bergeron:mailto:yannick.bergeron@quarterstaff.com
ATTENDEE;CN=Farah Mansour:mailto:farah.mansour@quarterstaff.com
ATTENDEE;CN=Dmitri Volkov:mailto:dmitri.volkov@quarterstaff.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-call",
        uid="9E1C4B7A-2D3F-4A6B-B8C0-E1F2A3B4C5D6",
        is_interview=1,
        company="Kiln & Kettle Games",
        role="",
        stage="",
        interviewers="Mathieu",
        trap="typed-call-with-ceo-eastern-time-note",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250225T024410Z
DTSTART:20250303T110000
DTEND:20250303T114500
DTSTAMP:20250225T024419Z
SUMMARY:K&K interview - Mathieu (CEO) - 2pm ET!!
DESCRIPTION:zoom link in email from mathieu@kilnkettle.ca. they're 9 ppl\,
  need someone to run prod on the Switch port. ask: equity? remote from van
  ok?
UID:9E1C4B7A-2D3F-4A6B-B8C0-E1F2A3B4C5D6
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bamboohr-call",
        uid="bamboohr-interview-55120-2025-02-12@bamboohr.com",
        is_interview=1,
        company="Sprocket Owl Studios",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="claire.dufour@sprocketowl.com",
        trap="bamboohr-phone-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//BambooHR//Applicant Tracking//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:bamboohr-interview-55120-2025-02-12@bamboohr.com
DTSTAMP:20250207T213300Z
DTSTART;TZID=America/Toronto:20250212T163000
DTEND;TZID=America/Toronto:20250212T170000
SUMMARY:Phone Interview with Sprocket Owl Studios
DESCRIPTION:Hi Seo-yeon\, Claire Dufour (HR & Recruiting) will call you abo
 ut the Senior Producer opening at 1:30pm Pacific. Talk soon!
LOCATION:Phone
ORGANIZER;CN=Claire Dufour:mailto:claire.dufour@sprocketowl.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="breezy-debrief",
        uid="breezy-7f2c9e10d4ab-interview@breezy.hr",
        is_interview=1,
        company="Glacier Nine Studios",
        role="Senior Producer",
        stage="technical",
        interviewers="noah.friedman@glacier9.com;valerie.chen@glacier9.com",
        trap="breezy-exercise-review-called-debrief",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Breezy HR//Breezy Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-7f2c9e10d4ab-interview@breezy.hr
DTSTAMP:20250313T170901Z
DTSTART:20250319T160000Z
DTEND:20250319T170000Z
SUMMARY:Glacier Nine - Producer Exercise Debrief w/ Seo-yeon Park
DESCRIPTION:Thanks for sending in the milestone-planning exercise! In this
  session Noah Friedman (Head of Production) and Valerie Chen (Senior Produc
 er) will go through your submission with you and ask follow-up questions.\
 n\nGoogle Meet: https://meet.google.com/sva-oyjq-mbn
ORGANIZER;CN=Noah Friedman:mailto:Noah.Friedman@glacier9.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Valerie Chen:mailto:valerie.chen@glacier9.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
