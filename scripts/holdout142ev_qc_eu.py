# ruff: noqa: E501
"""holdout142: own interviews in Ontario (agencies, home care), Québec (French) and Europe (raw iCalendar text)."""

from holdout142ev_tz import MADRID, MONTREAL, TORONTO, WIN_EASTERN, WIN_ROMANCE, WIN_W_EUROPE, ZURICH

EVENTS = [
    dict(
        kind="njoyn-presentation",
        uid="njoyn-IV-77120-3391@njoyn.com",
        iv=1, company="William Osler Health System", role="Clinical Nurse Educator, Critical Care",
        stage="technical",
        who="priyanka.sethi@williamoslerhs.ca;andrew.kowal@williamoslerhs.ca",
        trap="njoyn-written-assessment-and-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Njoyn//Interview Scheduler 8.2//EN
VERSION:2.0
METHOD:REQUEST
""" + TORONTO + r"""BEGIN:VEVENT
UID:njoyn-IV-77120-3391@njoyn.com
DTSTAMP:20251105T211010Z
DTSTART;TZID=America/Toronto:20251112T110000
DTEND;TZID=America/Toronto:20251112T123000
SUMMARY:Osler - Clinical Nurse Educator\, Critical Care (Brampton Civic) -
  Written Assessment and Presentation
DESCRIPTION:Dear Jasmine\,\n\nYou are invited to the next stage of the sele
 ction process:\n1) 30-minute written assessment (ICU orientation plan for
  a new graduate)\n2) 15-minute presentation of your plan to Priyanka Seth
 i (Manager\, ICU) and Andrew Kowal (Educator\, Critical Care)\n\nThis sta
 ge will be held virtually on MS Teams. The link will be emailed the morni
 ng of.\n\nWilliam Osler Health System - Human Resources
ORGANIZER;CN=Osler Recruitment:mailto:recruitment@williamoslerhs.ca
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Priyanka Sethi:mailto:priyanka.sethi@williamoslerhs.ca
ATTENDEE;CN=Andrew Kowal:mailto:andrew.kowal@williamoslerhs.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-call",
        uid="040000008200E00074C5B7101A82E00800000000B0D1C4F3E92BDC0100000000000000001000000046",
        iv=1, company="Lakeridge Health", role="Nurse Manager, Critical Care", stage="recruiter_screen",
        who="sarah.whitfield@hays.ca",
        trap="headhunter-client-named-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
CLASS:PUBLIC
CREATED:20251020T134455Z
DESCRIPTION:Hi Jasmine\,\n\nGreat to connect on LinkedIn. As mentioned\, I'
 m retained by Lakeridge Health (Oshawa) on a Nurse Manager\, Critical Car
 e search – 20-bed ICU\, 85 FTEs. This call is my screening interview bef
 ore I present you to their Director of Critical Care: your leadership exa
 mples\, comfort with Ontario/ONA\, relocation to Durham Region and salary
 expectations.\n\nI'll call you on 587-555-0192.\n\nSarah Whitfield\nSenio
 r Consultant\, Hays Healthcare\n
DTEND;TZID="Eastern Standard Time":20251023T110000
DTSTAMP:20251020T134455Z
DTSTART;TZID="Eastern Standard Time":20251023T103000
LOCATION:Phone
ORGANIZER;CN="Whitfield, Sarah":mailto:sarah.whitfield@hays.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Jasmine Okoro / Sarah Whitfield (Hays) – call
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0D1C4F3E92BDC0100000000000000001000000046
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-video",
        uid="sr-interview-7f3e21d0-9b0a-4f5b-8d1e-c2a6b9f4e012@smartrecruiters.com",
        iv=1, company="SE Health", role="Clinical Nurse Educator (Remote - Western Canada)", stage="hiring_manager",
        who="olena.marchenko@sehc.com",
        trap="smartrecruiters-home-care-remote-educator",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-7f3e21d0-9b0a-4f5b-8d1e-c2a6b9f4e012@smartrecruiters.com
DTSTAMP:20251110T160233Z
DTSTART:20251114T173000Z
DTEND:20251114T181500Z
SUMMARY:Video Interview with SE Health - Clinical Nurse Educator (Remote -
  Western Canada)
DESCRIPTION:Hi Jasmine\,\n\nYour interview with Olena Marchenko (Clinical Ma
 nager\, Western Region) is confirmed.\nJoin Microsoft Teams: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_OTk3NmI2\n\nSE Health (formerly
  Saint Elizabeth Health Care)\n\nThis message was sent via SmartRecruiters
 . Please do not reply.
ORGANIZER;CN=SE Health Talent:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Olena Marchenko;PARTSTAT=ACCEPTED:mailto:olena.marchenko@sehc.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gotomeeting",
        uid="040000008200E00074C5B7101A82E00800000000408A5E94C13CDC01000000000000000010000000992",
        iv=1, company="Bayshore HealthCare", role="Clinical Practice Lead", stage="",
        who="jeff.pollard@bayshore.ca;maria.costa@bayshore.ca",
        trap="gotomeeting-home-care-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Costa, Maria";RSVP=TRUE:mailto:maria.costa@bayshore.ca
CLASS:PUBLIC
CREATED:20251125T152001Z
DESCRIPTION:Bayshore HealthCare – Clinical Practice Lead (Calgary Home Hea
 lth) – interview with Jeff Pollard and Maria Costa\n\nPlease join my meet
 ing from your computer\, tablet or smartphone.\nhttps://meet.goto.com/4179
 02285\n\nYou can also dial in using your phone.\nCanada: +1 (647) 497-9373
 \nAccess Code: 417-902-285\n\nNew to GoTo Meeting? Get the app now and be r
 eady when your first meeting starts: https://meet.goto.com/install\n
DTEND;TZID="Eastern Standard Time":20251202T140000
DTSTAMP:20251125T152001Z
DTSTART;TZID="Eastern Standard Time":20251202T130000
LOCATION:GoTo Meeting
ORGANIZER;CN="Pollard, Jeff":mailto:jeff.pollard@bayshore.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Bayshore – Clinical Practice Lead – J. Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000408A5E94C13CDC01000000000000000010000000992
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevue-telephonique",
        uid="040000008200E00074C5B7101A82E00800000000D0E3B45FAA2ADC010000000000000000100000002C71",
        iv=1, company="CHUM", role="Conseillère en soins infirmiers – soins intensifs", stage="recruiter_screen",
        who="isabelle.gagnon.chum@ssss.gouv.qc.ca",
        trap="french-entrevue-telephonique-quebec-network-address",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
CLASS:PUBLIC
CREATED:20250924T124510Z
DESCRIPTION:Bonjour Mme Okoro\,\n\nTel que convenu\, je vous appellerai pou
 r une brève entrevue téléphonique concernant votre candidature au poste
  de conseillère en soins infirmiers – soins intensifs (affichage 2025-114
 7). Nous discuterons de votre parcours\, de votre permis de l'OIIQ (deman
 de en cours) et de votre niveau de français.\n\nAu plaisir\,\n\nIsabelle G
 agnon\nConseillère en acquisition de talents\nDirection des ressources hu
 maines\, CHUM\n
DTEND;TZID="Eastern Standard Time":20250930T103000
DTSTAMP:20250924T124510Z
DTSTART;TZID="Eastern Standard Time":20250930T100000
LOCATION:Téléphone
ORGANIZER;CN="Gagnon, Isabelle (CHUM)":mailto:isabelle.gagnon.chum@ssss.gouv.qc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Entrevue téléphonique – CSI soins intensifs – J. Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0E3B45FAA2ADC010000000000000000100000002C71
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="comite-selection",
        uid="040000008200E00074C5B7101A82E00800000000F01E7C8B3935DC0100000000000000001000000078E4",
        iv=1, company="CHUM", role="Conseillère en soins infirmiers – soins intensifs", stage="onsite",
        who="martine.bouchard.chum@ssss.gouv.qc.ca;julien.roy.chum@ssss.gouv.qc.ca;"
            "isabelle.gagnon.chum@ssss.gouv.qc.ca",
        trap="french-comite-de-selection-teams",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Isabelle (CHUM)":mailto:isabelle.gagnon.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bouchard, Martine (CHUM)":mailto:martine.bouchard.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roy, Julien (CHUM)":mailto:julien.roy.chum@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mme Okoro\,\n\nVous êtes convoquée à une entrevue de sélection pour le poste de conseillère en soins infirmiers – soins intensifs.\n\nComité de sélection :\nMartine Bouchard\, cheffe de service\, soins intensifs\nJulien Roy\, conseiller cadre en soins infirmiers\nIsabelle Gagnon\, DRH\n\nDurée : 75 minutes\, incluant une mise en situation de 20 minutes. L'entrevue se déroulera en français ; vous pourrez répondre en anglais à certaines questions.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion\nID de la réunion : 226 771 094 385\nCode secret : wX8kPq\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F01E7C8B3935DC0100000000000000001000000078E4
SUMMARY;LANGUAGE=fr-FR:Entrevue de sélection – CSI SI – Okoro
DTSTART;TZID=Eastern Standard Time:20251016T133000
DTEND;TZID=Eastern Standard Time:20251016T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T142018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bilingual-zoom",
        uid="ZOOM83019947260@zoom.us",
        iv=1, company="McGill University Health Centre", role="Nurse Manager / Infirmière-chef, Adult ICU",
        stage="hiring_manager",
        who="catherine.ouellet@muhc.mcgill.ca",
        trap="bilingual-title-muhc-zoom-montreal-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + MONTREAL + r"""BEGIN:VEVENT
DTSTAMP:20251028T190112Z
DTSTART;TZID=America/Montreal:20251104T150000
DTEND;TZID=America/Montreal:20251104T160000
SUMMARY:Interview / Entrevue – Nurse Manager / Infirmière-chef\, Adult ICU
  (MGH site)
UID:ZOOM83019947260@zoom.us
DESCRIPTION:Catherine Ouellet is inviting you to a scheduled Zoom meeting.
 \n\nJoin Zoom Meeting\nhttps://mcgill.zoom.us/j/83019947260\n\nMeeting ID
 : 830 1994 7260\nPasscode: 112233\n\nBonjour Jasmine\, the interview with
  Catherine Ouellet (Associate Director of Nursing\, Critical Care) will b
 e conducted in English and French. / L'entrevue se déroulera en anglais e
 t en français.
LOCATION:https://mcgill.zoom.us/j/83019947260
ORGANIZER;CN=Catherine Ouellet:mailto:catherine.ouellet@muhc.mcgill.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="aic-entrevue",
        uid="c7h3k9ptb0vq6e2l1n5s8fdj4m@google.com",
        iv=1, company="CIUSSS du Centre-Ouest-de-l'Île-de-Montréal", role="AIC soins intensifs", stage="",
        who="",
        trap="self-typed-french-english-mix-aic",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jasmine
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART:20251126T170000Z
DTEND:20251126T181500Z
DTSTAMP:20251120T051522Z
UID:c7h3k9ptb0vq6e2l1n5s8fdj4m@google.com
CREATED:20251120T051501Z
DESCRIPTION:entrevue AIC soins intensifs HGJ (CIUSSS Centre-Ouest). Teams l
 ink in email from dotation. 12h Montréal = 10am here!! mise en situation
  écrite 30 min avant. revise vocabulaire: ordonnance collective\, PTI\, c
 onstats au dossier
LAST-MODIFIED:20251120T051522Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue HGJ - AIC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prequalification",
        uid="ZOOM87740012395@zoom.us",
        iv=1, company="CHU de Québec-Université Laval", role="Infirmière clinicienne – soins critiques",
        stage="recruiter_screen",
        who="sylvie.tremblay@chudequebec.ca",
        trap="french-prequalification-telephonique-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + MONTREAL + r"""BEGIN:VEVENT
DTSTAMP:20251201T143019Z
DTSTART;TZID=America/Montreal:20251204T090000
DTEND;TZID=America/Montreal:20251204T093000
SUMMARY:Préqualification – Infirmière clinicienne soins critiques – Jasmine
  Okoro
UID:ZOOM87740012395@zoom.us
DESCRIPTION:Sylvie Tremblay vous invite à une réunion Zoom planifiée.\n\nP
 articiper à la réunion Zoom\nhttps://chudequebec.zoom.us/j/87740012395\n\n
 ID de réunion : 877 4001 2395\nCode secret : 445566\n\nBonjour Mme Okoro\,
  suite à votre candidature reçue via Jobillico\, cet appel de préqualific
 ation (30 min) permettra de valider vos disponibilités\, votre demande de
  permis à l'OIIQ et vos attentes. Sylvie Tremblay\, agente de gestion du
  personnel\, Service de la dotation
LOCATION:https://chudequebec.zoom.us/j/87740012395
ORGANIZER;CN=Sylvie Tremblay:mailto:sylvie.tremblay@chudequebec.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="erstgespraech",
        uid="040000008200E00074C5B7101A82E0080000000060C4A8D9193EDC01000000000000000010000000A7FF",
        iv=1, company="Klinik Hirslanden", role="Dipl. Expertin Intensivpflege NDS HF (80–100 %)",
        stage="hiring_manager",
        who="sabine.keller@hirslanden.ch;nicole.brunner@hirslanden.ch",
        trap="german-erstgespraech-teams-w-europe-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + WIN_W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Brunner Nicole";RSVP=TRUE:mailto:nicole.brunner@hirslanden.ch
CLASS:PUBLIC
CREATED:20251006T120055Z
DESCRIPTION:Liebe Frau Okoro\n\nVielen Dank für Ihre Bewerbung als Dipl. E
 xpertin Intensivpflege NDS HF. Gerne laden wir Sie zu einem ersten Gesprä
 ch via MS Teams ein. Das Gespräch führen Sabine Keller (Leiterin Pflege I
 ntensivstation) und Nicole Brunner (HR Business Partner). Das Gespräch fi
 ndet auf Englisch statt\; gerne können wir auch kurz Ihre Deutschkenntnis
 se kennenlernen.\n\nBitte beachten Sie die Zeitverschiebung (17:00 Uhr ME
 Z = 09:00 Uhr Calgary).\n\nFreundliche Grüsse\nSabine Keller\n__________
 ______________________________________________________________________\nM
 icrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile
  App oder Ihr Raumgerät teil\nHier klicken\, um an der Besprechung teilzu
 nehmen\nBesprechungs-ID: 318 442 901 557\nKennung: Lm4YtR\n
DTEND;TZID="W. Europe Standard Time":20251013T180000
DTSTAMP:20251006T120055Z
DTSTART;TZID="W. Europe Standard Time":20251013T170000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Keller Sabine":mailto:sabine.keller@hirslanden.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Erstgespräch Frau J. Okoro – Expertin Intensivpflege
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000060C4A8D9193EDC01000000000000000010000000A7FF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="schnuppertag",
        uid="refline-termin-2025-118734@refline.ch",
        iv=1, company="Klinik Hirslanden", role="Dipl. Expertin Intensivpflege NDS HF", stage="onsite",
        who="sabine.keller@hirslanden.ch",
        trap="german-schnuppertag-trial-day-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//refline AG//refline Bewerbermanagement//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:refline-termin-2025-118734@refline.ch
DTSTAMP:20251103T091233Z
DTSTART;VALUE=DATE:20251201
DTEND;VALUE=DATE:20251202
SUMMARY:Schnuppertag Intensivstation – Klinik Hirslanden
LOCATION:Klinik Hirslanden\, Witellikerstrasse 40\, 8032 Zürich – Empfang
  Haupteingang
DESCRIPTION:Guten Tag Frau Okoro\n\nWir freuen uns\, Sie zu einem Schnuppe
 rtag auf unserer Intensivstation einzuladen. Sie begleiten eine diplomier
 te Expertin im Frühdienst (07:00–15:30 Uhr)\; anschliessend findet ein k
 urzes Auswertungsgespräch mit Frau Sabine Keller statt.\n\nBitte bringen
  Sie bequeme Schuhe mit. Berufskleidung wird gestellt.\n\nFreundliche Grü
 sse\nHR Klinik Hirslanden
ORGANIZER;CN=Klinik Hirslanden HR:mailto:jobs.hirslanden@refline.ch
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Sabine Keller:mailto:sabine.keller@hirslanden.ch
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000302B3E6A904EDC0100000000000000001000000019AB",
        iv=1, company="Klinik Hirslanden", role="Dipl. Expertin Intensivpflege NDS HF", stage="final",
        who="thomas.huber@hirslanden.ch;sabine.keller@hirslanden.ch",
        trap="german-zweitgespraech-pflegedirektor-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN="Keller Sabine";RSVP=TRUE:mailto:sabine.keller@hirslanden.ch
CLASS:PUBLIC
CREATED:20251104T102033Z
DESCRIPTION:Liebe Frau Okoro\n\nim Anschluss an Ihren Schnuppertag laden w
 ir Sie herzlich zum Zweitgespräch mit unserem Pflegedirektor\, Herrn Thom
 as Huber\, und Frau Sabine Keller ein. Ort: Direktionsgebäude\, 2. OG\, S
 itzungszimmer Pilatus.\n\nFreundliche Grüsse\nSekretariat Pflegedirektion
DTEND;TZID=Europe/Zurich:20251202T110000
DTSTAMP:20251104T102033Z
DTSTART;TZID=Europe/Zurich:20251202T100000
LOCATION:Sitzungszimmer Pilatus\, Direktion 2. OG
ORGANIZER;CN="Huber Thomas";SENT-BY="mailto:sekretariat.pflegedirektion@hirslanden.ch":mailto:thomas.huber@hirslanden.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Zweitgespräch Okoro / Huber / Keller
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000302B3E6A904EDC0100000000000000001000000019AB
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-telefonica",
        uid="SF-IS-9920113-0087@successfactors.eu",
        iv=1, company="Hospital Universitario Quirónsalud Madrid", role="Supervisor/a de Enfermería – UCI",
        stage="recruiter_screen",
        who="lucia.fernandez@quironsalud.es",
        trap="spanish-entrevista-telefonica-rrhh-madrid-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:SF-IS-9920113-0087@successfactors.eu
DTSTAMP:20251014T081150Z
DTSTART;TZID=Europe/Madrid:20251020T170000
DTEND;TZID=Europe/Madrid:20251020T173000
SUMMARY:Entrevista telefónica – Supervisor/a de Enfermería UCI – Hospital
  Universitario Quirónsalud Madrid
DESCRIPTION:Estimada Jasmine:\n\nGracias por tu interés en Quirónsalud. Te
  confirmamos una entrevista telefónica con Lucía Fernández\, técnico de Se
 lección (RRHH)\, para la vacante de Supervisor/a de Enfermería – UCI (ref
 . 25-0931). La llamada será en español e inglés. Recuerda que necesitar
 emos el estado de la homologación de tu título.\n\nUn saludo\,\nSelecció
 n Quirónsalud
LOCATION:Llamada telefónica
ORGANIZER;CN=Selección Quirónsalud:mailto:no-reply@quironsalud.successfactors.eu
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Lucía Fernández:mailto:lucia.fernandez@quironsalud.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="direccion-enfermeria",
        uid="040000008200E00074C5B7101A82E00800000000E0B5F2D4A244DC0100000000000000001000000063C8",
        iv=1, company="Hospital Universitario Quirónsalud Madrid", role="Supervisora de Enfermería UCI",
        stage="final",
        who="carmen.ruizdelgado@quironsalud.es",
        trap="spanish-entrevista-direccion-enfermeria-romance-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Ruiz Delgado Carmen:mailto:carmen.ruizdelgado@quironsalud.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernández Lucía:mailto:lucia.fernandez@quironsalud.es
DESCRIPTION;LANGUAGE=es-ES:Hola Jasmine\,\n\nComo última fase del proceso\, te propongo una entrevista con Dirección de Enfermería (Carmen Ruiz Delgado\, Directora de Enfermería). Lucía se conectará solo para presentar y luego saldrá de la llamada.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 352 889 104 226\nCódigo de acceso: 7RtKw2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E0B5F2D4A244DC0100000000000000001000000063C8
SUMMARY;LANGUAGE=es-ES:Entrevista Dirección de Enfermería – J. Okoro (Supervisora UCI)
DTSTART;TZID=Romance Standard Time:20251111T163000
DTEND;TZID=Romance Standard Time:20251111T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T093317Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
]
