"""holdout152: the user's own interviews in Spain, Italy, Romandie, Germany, Austria and the Gulf."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "entrevista-inicial",
        "melia-sr-20261005-ent1-4a7b@smartrecruiters.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//ES
METHOD:REQUEST
%%TZ Europe/Madrid%%
BEGIN:VEVENT
UID:melia-sr-20261005-ent1-4a7b@smartrecruiters.com
DTSTAMP:20261005T163000Z
DTSTART;TZID=Europe/Madrid:20261008T110000
DTEND;TZID=Europe/Madrid:20261008T114500
SUMMARY:Entrevista inicial – Director/a de Revenue Management Cluster Barc
 elona – Meliá Hotels International
DESCRIPTION:Hola Chiara\,\n\nGracias por tu interés en Meliá. Te confirmam
 os la entrevista con Laura Sánchez (Talent Acquisition).\n\nEnlace Teams:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk5\n\nUn saludo\
 ,\nEquipo de Talento – Meliá Hotels International
LOCATION:Microsoft Teams
ORGANIZER;CN=Laura Sánchez:mailto:laura.sanchez@melia.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Meliá Hotels International",
        role="Director/a de Revenue Management Cluster Barcelona",
        stage="recruiter_screen",
        interviewers="laura.sanchez@melia.com",
        trap="spanish-entrevista-inicial",
    ),
    ev(
        "segunda-entrevista",
        "melia-2a-entrevista-6c9e@melia.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20261022T080000Z
DTEND:20261022T093000Z
DTSTAMP:20261016T101500Z
ORGANIZER;CN=Laura Sánchez:mailto:laura.sanchez@melia.com
UID:melia-2a-entrevista-6c9e@melia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi
  Puigdomènech;X-NUM-GUESTS=0:mailto:jordi.puigdomenech@melia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Ferrer;X-NUM-GUESTS=0:mailto:marta.ferrer@melia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:chiara.romano.hotel@bluewin.ch
DESCRIPTION:Hola Chiara\, te esperamos en el Meliá Barcelona Sky (C/ Pere I
 V 272-286) para la segunda fase: caso práctico de pricing (45 min) y conver
 sación con Jordi (VP Revenue EMEA) y Marta (Directora de Cluster). Pregunta
  por Laura en recepción.
LOCATION:Meliá Barcelona Sky\, Carrer de Pere IV 272\, 08005 Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista + caso práctico – Chiara Romano
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Meliá Hotels International",
        role="",
        stage="onsite",
        interviewers="jordi.puigdomenech@melia.com;marta.ferrer@melia.com",
        trap="spanish-segunda-entrevista-x-wr-timezone",
    ),
    ev(
        "entrevista-teams",
        "nh-minor-workday-int-20261111-33@myworkday.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//ES
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Madrid%%
BEGIN:VEVENT
UID:nh-minor-workday-int-20261111-33@myworkday.com
DTSTAMP:20261106T120000Z
DTSTART;TZID=Europe/Madrid:20261111T163000
DTEND;TZID=Europe/Madrid:20261111T173000
SUMMARY:Entrevista: Cluster Revenue Director Milano (JR-31877)
DESCRIPTION:Estimada Chiara:\n\nTe invitamos a una entrevista con Alessand
 ro Greco (Regional Commercial Director Italia) para la vacante Cluster Rev
 enue Director Milano (NH Collection Milano President\, NH Milano Palazzo Mo
  scova\, nhow Milano).\n\nMicrosoft Teams: https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_MTEx\n\nMinor Hotels Europe & Americas
LOCATION:Microsoft Teams
ORGANIZER;CN=Minor Hotels Talent:mailto:nhhotelgroup@myworkday.com
ATTENDEE;CN=Alessandro Greco:mailto:a.greco@minor-hotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Minor Hotels",
        role="Cluster Revenue Director Milano",
        stage="hiring_manager",
        interviewers="a.greco@minor-hotels.com",
        trap="spanish-workday-milan-role",
    ),
    ev(
        "entrevista-final",
        "barcelo-final-2026-11-19-0f3d@barcelo.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
%%TZ Romance Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Buenos días Chiara\,\n\nTal como hablamos\, te enviamos la con
 vocatoria para la entrevista final con nuestro Chief Commercial Officer\,
  D. Raúl González\, y la directora de RR.HH.\, Dña. Pilar Ortega.\n\nUn sal
 udo\,\nCristina\n
DTEND;TZID="Romance Standard Time":20261119T130000
DTSTAMP:20261112T090000Z
DTSTART;TZID="Romance Standard Time":20261119T120000
LOCATION:Barceló Hotel Group – Oficinas centrales\, Palma / Teams
ORGANIZER;CN="González Raúl";SENT-BY="mailto:cristina.vidal@barcelo.com":
 mailto:raul.gonzalez@barcelo.com
ATTENDEE;CN="Ortega Pilar";ROLE=REQ-PARTICIPANT:mailto:pilar.ortega@barcelo
 .com
ATTENDEE;CN="Chiara Romano";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.r
 omano.hotel@bluewin.ch
SUMMARY;LANGUAGE=es-es:Entrevista final – Director Comercial DACH
UID:barcelo-final-2026-11-19-0f3d@barcelo.com
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Barceló Hotel Group",
        role="Director Comercial DACH",
        stage="final",
        interviewers="raul.gonzalez@barcelo.com;pilar.ortega@barcelo.com",
        trap="spanish-outlook-entrevista-final-sent-by",
    ),
    ev(
        "colloquio-teams",
        "starhotels-colloquio-20261014-a1@starhotels.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//IT
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Gentile Chiara\,\n\ncome da accordi telefonici le confermo il
  colloquio conoscitivo per la posizione di Cluster Revenue Manager Milano (
 Starhotels Rosa Grand\, Starhotels Anderson\, E.c.ho.).\n\nCordiali salut
 i\nFrancesca Moretti\nHR Recruiter – Starhotels S.p.A.\n\nPartecipa alla
  riunione di Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%
 3ameeting_NDQ3\n
DTEND;TZID="W. Europe Standard Time":20261014T153000
DTSTAMP:20261009T080000Z
DTSTART;TZID="W. Europe Standard Time":20261014T150000
LOCATION:Riunione di Microsoft Teams
ORGANIZER;CN="Moretti Francesca":mailto:f.moretti@starhotels.it
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=it-it:Colloquio conoscitivo – C. Romano
UID:starhotels-colloquio-20261014-a1@starhotels.com
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Starhotels",
        role="Cluster Revenue Manager Milano",
        stage="recruiter_screen",
        interviewers="f.moretti@starhotels.it",
        trap="italian-colloquio-conoscitivo",
    ),
    ev(
        "colloquio-sede",
        "una-colloquio-3b7e9d@unaitalianhospitality.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Rome%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20261120T103000
DTEND;TZID=Europe/Rome:20261120T120000
DTSTAMP:20261113T151500Z
ORGANIZER;CN=Matteo Rinaldi:mailto:matteo.rinaldi@unaitalianhospitality.com
UID:una-colloquio-3b7e9d@unaitalianhospitality.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Matteo
  Rinaldi;X-NUM-GUESTS=0:mailto:matteo.rinaldi@unaitalianhospitality.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena
  Bassi;X-NUM-GUESTS=0:mailto:elena.bassi@unaitalianhospitality.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=chiara.romano.hotel@bluewin.ch;X-NUM-GUESTS=0:mailto:chiara.romano
 .hotel@bluewin.ch
DESCRIPTION:Secondo colloquio in sede per la posizione di Head of Revenue
  Management. Via Giovanni Boccaccio 2\, Milano\, 3° piano. Chiedere di Elen
 a (HR).
LOCATION:UNA Italian Hospitality – sede\, Milano
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Secondo colloquio – Head of Revenue Management
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="UNA Italian Hospitality",
        role="Head of Revenue Management",
        stage="onsite",
        interviewers="matteo.rinaldi@unaitalianhospitality.com;elena.bassi@unaitalianhospitality.com",
        trap="italian-secondo-colloquio-in-sede",
    ),
    ev(
        "google-interview",
        "7hf2kd9s0a1q8w3e4r5t6y7u8i@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261103T163000Z
DTEND:20261103T173000Z
DTSTAMP:20261028T100201Z
ORGANIZER;CN=Sofia Ricci:mailto:sofia.ricci@fourseasons.com
UID:7hf2kd9s0a1q8w3e4r5t6y7u8i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Ricci;X-NUM-GUESTS=0:mailto:sofia.ricci@fourseasons.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thoma
 s Berger;X-NUM-GUESTS=0:mailto:thomas.berger@fourseasons.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:chiara.romano.hotel@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/wdx-qhjn-bcu
DESCRIPTION:Interview for Director of Revenue Management – Four Seasons Ho
 tel Milano\, with Thomas Berger (Hotel Manager) and Sofia Ricci (Director
  of People & Culture).\n\nJoin with Google Meet: https://meet.google.com/w
 dx-qhjn-bcu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Four Seasons Milano – Chiara Romano
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Four Seasons Hotel Milano",
        role="Director of Revenue Management",
        stage="",
        interviewers="sofia.ricci@fourseasons.com;thomas.berger@fourseasons.com",
        trap="google-utc-no-vtimezone-bare-summary",
    ),
    ev(
        "entretien-direction",
        "lp-entretien-2026-10-30-rh@lausanne-palace.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
%%TZ Romance Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Chère Madame Romano\,\n\nSuite à notre échange téléphonique\,
  nous avons le plaisir de vous convier à un entretien avec M. Pierre-Alain
  Monnier\, Directeur Général\, pour le poste de Directrice Commerciale & Re
 venue.\n\nAvec nos meilleures salutations\,\nSéverine Jaquet\nResponsable
  Ressources Humaines\n
DTEND;TZID="Romance Standard Time":20261030T113000
DTSTAMP:20261023T141000Z
DTSTART;TZID="Romance Standard Time":20261030T103000
LOCATION:Lausanne Palace\, Rue du Grand-Chêne 7-9\, Lausanne – Salon Oxfo
 rd
ORGANIZER;CN="Jaquet Séverine":mailto:s.jaquet@lausanne-palace.ch
ATTENDEE;CN="Monnier Pierre-Alain";ROLE=REQ-PARTICIPANT:mailto:pa.monnier@la
 usanne-palace.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.r
 omano.hotel@bluewin.ch
SUMMARY;LANGUAGE=fr-ch:Entretien Mme Romano – M. Monnier
UID:lp-entretien-2026-10-30-rh@lausanne-palace.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Lausanne Palace",
        role="Directrice Commerciale & Revenue",
        stage="hiring_manager",
        interviewers="pa.monnier@lausanne-palace.ch",
        trap="french-entretien-mme-m-subject",
    ),
    ev(
        "rdv-telephone",
        "manotel-rdv-8812@manotel.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.1//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:manotel-rdv-8812@manotel.com
DTSTAMP:20261002T171500Z
DTSTART;TZID=Europe/Zurich:20261005T123000
DTEND;TZID=Europe/Zurich:20261005T130000
SUMMARY:RDV téléphonique – Chiara Romano / Manotel (Revenue Manager Group)
DESCRIPTION:Bonjour Chiara\, je vous appelle au +41 79 482 17 35 pour un p
 remier échange sur le poste de Group Revenue Manager (6 hôtels à Genève).
  Belle journée\, Nicolas Perret – RH Manotel
ORGANIZER;CN=Nicolas Perret:mailto:nicolas.perret@manotel.com
ATTENDEE;CN=Chiara Romano;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chiara.ro
 mano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Manotel",
        role="Group Revenue Manager",
        stage="recruiter_screen",
        interviewers="nicolas.perret@manotel.com",
        trap="french-rdv-telephonique-apple-mail",
    ),
    ev(
        "headhunter-body",
        "0a9b8c7d-eeee-4f4f-9b9b-egonzehnder-gva@egonzehnder.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Romance Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Chère Chiara\,\n\nMerci d'avoir accepté d'échanger. Comme évo
 qué\, notre mandant est Michel Reybier Hospitality (La Réserve Genève\, Pa
 ris\, Ramatuelle\, Zermatt). Le poste : Group Director of Revenue & Distr
 ibution\, basé à Genève. Je vous présenterai le contexte et nous parcour
 rons votre parcours en détail.\n\nBien à vous\,\nAnne-Sophie Morel\nEgon Z
 ehnder\, Genève\n
DTEND;TZID="Romance Standard Time":20261016T090000
DTSTAMP:20261012T064500Z
DTSTART;TZID="Romance Standard Time":20261016T080000
LOCATION:Egon Zehnder\, Rue du Rhône 100\, Genève
ORGANIZER;CN="Morel, Anne-Sophie":mailto:anne-sophie.morel@egonzehnder.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=fr-fr:Chiara Romano / Anne-Sophie Morel – confidentiel
UID:0a9b8c7d-eeee-4f4f-9b9b-egonzehnder-gva@egonzehnder.com
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Michel Reybier Hospitality",
        role="Group Director of Revenue & Distribution",
        stage="recruiter_screen",
        interviewers="anne-sophie.morel@egonzehnder.com",
        trap="headhunter-names-client-only-in-body",
    ),
    ev(
        "emaar-oracle",
        "orc-emaar-iv-300004419927@oraclecloud.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Oracle Recruiting Cloud//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Asia/Dubai%%
BEGIN:VEVENT
UID:orc-emaar-iv-300004419927@oraclecloud.com
DTSTAMP:20261026T070000Z
DTSTART;TZID=Asia/Dubai:20261102T113000
DTEND;TZID=Asia/Dubai:20261102T121500
SUMMARY:Interview Schedule: Cluster Director of Revenue - Address Downtow
 n & Address Sky View
DESCRIPTION:Dear Chiara Romano\,\nYour interview with Emaar Hospitality Gr
 oup has been confirmed.\nInterviewer: Rania Aziz\, Vice President Revenue
  Management\nMode: Microsoft Teams (link to follow)\nTime zone: Gulf Stand
 ard Time (GMT+4)\nEmaar Hospitality Group Talent Acquisition
LOCATION:Virtual
ORGANIZER;CN=Emaar Careers:mailto:no-reply@emaar.oraclecloud.com
ATTENDEE;CN=Rania Aziz:mailto:rania.aziz@emaar.ae
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Emaar Hospitality Group",
        role="Cluster Director of Revenue",
        stage="hiring_manager",
        interviewers="rania.aziz@emaar.ae",
        trap="oracle-recruiting-dubai-interview-schedule",
    ),
    ev(
        "rotana-webex",
        "rotana-webex-5581200913@webex.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rotana-webex-5581200913@webex.com
DTSTAMP:20261030T050000Z
DTSTART:20261105T100000Z
DTEND:20261105T110000Z
SUMMARY:Discussion - Corporate Director of Revenue Optimisation - Ms. Chi
 ara Romano
DESCRIPTION:Dear Ms. Romano\,\nKindly find the Webex link for your discus
 sion with Mr. Hisham Nassar\, Senior Vice President Commercial\, Rotana.\n
 Meeting number: 2741 883 5521\nPassword: Rot2026!\nhttps://rotana.webex.c
 om/rotana/j.php?MTID=m8a1d\nJoin by phone +971 2 698 1111 Access code 274
 1 883 5521
LOCATION:Webex
ORGANIZER;CN=Lina Haddad:mailto:lina.haddad@rotana.com
ATTENDEE;CN=Hisham Nassar:mailto:hisham.nassar@rotana.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Rotana",
        role="Corporate Director of Revenue Optimisation",
        stage="hiring_manager",
        interviewers="hisham.nassar@rotana.com",
        trap="webex-discussion-ea-organizer",
    ),
    ev(
        "kerzner-greenhouse",
        "9982110003-kerzner-gh-onsite@greenhouse.io",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9982110003-kerzner-gh-onsite@greenhouse.io
DTSTAMP:20261201T083000Z
DTSTART;VALUE=DATE:20261209
DTEND;VALUE=DATE:20261210
SUMMARY:Atlantis The Royal – Director of Revenue – Dubai visit day (Chiar
 a Romano)
DESCRIPTION:Day schedule (Dubai time):\n09:00 Pick-up at hotel\n10:00 Mic
 hael Wale\, EVP Commercial\n11:30 Nadia Farouk\, Director of Finance\n13:00
  Lunch with the revenue team\n15:00 Property tour\n\nFlights and accommo
 dation booked by Kerzner International travel desk.
LOCATION:Atlantis The Royal\, Crescent Road\, The Palm\, Dubai
ORGANIZER;CN=Kerzner Talent:mailto:talent@kerzner.com
ATTENDEE;CN=Michael Wale:mailto:michael.wale@kerzner.com
ATTENDEE;CN=Nadia Farouk:mailto:nadia.farouk@kerzner.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Kerzner International",
        role="Director of Revenue",
        stage="onsite",
        interviewers="michael.wale@kerzner.com;nadia.farouk@kerzner.com",
        trap="all-day-visit-day-abroad",
    ),
    ev(
        "teams-gespraech",
        "ameron-9f0e1d2c-teams@ameronhotels.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Grüezi Frau Romano\n\nAnbei der Link für unser Gespräch zur S
 telle Head of Revenue Management Ameron Hotels (Schweiz\, Deutschland)\n\nF
 reundliche Grüsse\nReto Baumann\, COO\n\nMicrosoft Teams-Besprechung\nhttps
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2hp\n
DTEND;TZID="W. Europe Standard Time":20261117T180000
DTSTAMP:20261111T081000Z
DTSTART;TZID="W. Europe Standard Time":20261117T170000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Baumann Reto":mailto:reto.baumann@ameronhotels.com
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=de-ch:Austausch Head of Revenue
UID:ameron-9f0e1d2c-teams@ameronhotels.com
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Ameron Hotels",
        role="Head of Revenue Management",
        stage="",
        interviewers="reto.baumann@ameronhotels.com",
        trap="swiss-austausch-summary-hiring-coo",
    ),
]
