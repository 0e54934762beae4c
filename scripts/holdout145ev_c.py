# ruff: noqa: E501
"""holdout145 events, part c: Amsterdam, Paris and Barcelona processes (own interviews)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "exercise-debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-5c2d8e10-77a1-4f3e-b0c4-1d9e2f3a4b5c@ashbyhq.com
DTSTAMP:20250319T112200Z
DTSTART:20250326T100000Z
DTEND:20250326T110000Z
SUMMARY:Framer – Lea Vogt: Design exercise debrief
ORGANIZER;CN=Framer Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Daan Visser;PARTSTAT=ACCEPTED:mailto:daan@framer.com
LOCATION:https://framer.zoom.us/j/7719204415
DESCRIPTION:Daan will go through the design exercise you submitted and ask
  about your decisions. Role: Design Lead\, Website Builder.\n\n—\nScheduled
  with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ashby-iv-5c2d8e10-77a1-4f3e-b0c4-1d9e2f3a4b5c@ashbyhq.com",
        yes=1, company="Framer", role="Design Lead, Website Builder", stage="technical",
        who="daan@framer.com", trap="candidate-debrief-word-in-own-interview",
    ),
    ev(
        "icims-confirmation",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ_AMSTERDAM@@
BEGIN:VEVENT
UID:icims-backbase-iv-112093-2
DTSTAMP:20250221T101010Z
DTSTART;TZID=Europe/Amsterdam:20250228T113000
DTEND;TZID=Europe/Amsterdam:20250228T123000
SUMMARY:Backbase Interview Confirmation - UX Lead (Req 2025-0412)
DESCRIPTION:Candidate: Lea Vogt\nJob: UX Lead (Req 2025-0412)\nInterviewer
 (s): Pieter Smit (Manager Design)\nFormat: Video (Microsoft Teams)\n\nJoin:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2MTg@thread.v2/0
 \n\nPlease do not reply to this automated message.
LOCATION:Microsoft Teams
ORGANIZER;CN=Backbase Careers:mailto:careers-noreply@icims.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "icims-backbase-iv-112093-2",
        yes=1, company="Backbase", role="UX Lead", stage="hiring_manager",
        who="Pieter Smit", trap="icims-publish-interviewer-only-in-description",
    ),
    ev(
        "entretien-rh",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:wk-interview-8d7c6b5a-4321-4f0e-9a8b-doctolib
DTSTAMP:20250206T162000Z
DTSTART;TZID=Europe/Paris:20250212T150000
DTEND;TZID=Europe/Paris:20250212T153000
SUMMARY:Entretien RH – Lead Product Designer – Doctolib
ORGANIZER;CN=Camille Garnier:mailto:camille.garnier@doctolib.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Camille Garnier:mailto:camille.garnier@doctolib.com
LOCATION:Google Meet : https://meet.google.com/hfd-qwne-uxa
DESCRIPTION:Bonjour Lea\,\n\nMerci pour ta candidature ! Je te propose un p
 remier échange de 30 minutes pour faire connaissance et te présenter le pr
 ocessus (l'entretien peut se faire en anglais si tu préfères).\n\nÀ très v
 ite\,\nCamille – Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "wk-interview-8d7c6b5a-4321-4f0e-9a8b-doctolib",
        yes=1, company="Doctolib", role="Lead Product Designer", stage="recruiter_screen",
        who="camille.garnier@doctolib.com", trap="welcome-kit-entretien-rh-fr",
    ),
    ev(
        "etude-de-cas",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:wk-interview-1a2b3c4d-5e6f-4a7b-8c9d-doctolib
DTSTAMP:20250224T090000Z
DTSTART;TZID=Europe/Paris:20250305T140000
DTEND;TZID=Europe/Paris:20250305T153000
SUMMARY:Restitution étude de cas – Lea Vogt
ORGANIZER;CN=Camille Garnier:mailto:camille.garnier@doctolib.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Hugo Lefèvre:mailto:hugo.lefevre@doctolib.com
ATTENDEE;CN=Sophie Martin-Duval:mailto:sophie.martinduval@doctolib.com
LOCATION:Doctolib\, 54 quai Charles Pasqua\, 92300 Levallois-Perret
DESCRIPTION:Bonjour Lea\,\n\nTu présenteras ton étude de cas (parcours de p
 rise de rendez-vous pour les praticiens) à Hugo (Head of Design) et Sophie
  (Product Manager). 30 min de présentation\, puis questions.\n\nCamille
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "wk-interview-1a2b3c4d-5e6f-4a7b-8c9d-doctolib",
        yes=1, company="Doctolib", role="", stage="technical",
        who="hugo.lefevre@doctolib.com;sophie.martinduval@doctolib.com", trap="restitution-etude-de-cas-fr-onsite-paris",
    ),
    ev(
        "entretien-final",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250314T090000Z
DTEND:20250314T094500Z
DTSTAMP:20250310T174501Z
ORGANIZER;CN=Camille Garnier:mailto:camille.garnier@doctolib.com
UID:1b7rq0t5v2c9n8m4k3j6h0g5fd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lea Vogt;X-NUM-GUESTS=0:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Moreau;X-NUM-GUESTS=0:mailto:julien.moreau@doctolib.com
DESCRIPTION:Dernière étape : échange avec Julien\, VP Product. \n\nRejoindr
 e avec Google Meet : https://meet.google.com/wza-ptqc-nve\nOu appeler le :
  (FR) +33 1 87 40 37 06 Code : 551 908 234#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final Doctolib – Lea / Julien
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "1b7rq0t5v2c9n8m4k3j6h0g5fd@google.com",
        yes=1, company="Doctolib", role="", stage="final",
        who="julien.moreau@doctolib.com", trap="google-meet-entretien-final-fr",
    ),
    ev(
        "entretien-manager",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f
DTSTAMP:20250226T100000Z
DTSTART:20250303T100000Z
DTEND:20250303T104500Z
SUMMARY:Qonto x Lea Vogt – Entretien Product Design Manager
ORGANIZER;CN=Qonto Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Mathilde Roux;PARTSTAT=ACCEPTED:mailto:mathilde.roux@qonto.com
LOCATION:https://qonto.zoom.us/j/85501293377
DESCRIPTION:Bonjour Lea\,\n\nEntretien avec Mathilde Roux\, Head of Product
  Design (future manager du poste). Durée : 45 minutes.\n\nCette invitation a
  été envoyée via Lever.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lever-interview-c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
        yes=1, company="Qonto", role="Product Design Manager", stage="hiring_manager",
        who="mathilde.roux@qonto.com", trap="lever-no-reply-organizer-fr",
    ),
    ev(
        "tour-2",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250310T204411Z
UID:A9E3C1F0-6B2D-4E8A-9F17-3C5D7E9A1B20
DTEND;TZID=Europe/Paris:20250317T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Entretien Qonto – tour 2 (visio)
DTSTART;TZID=Europe/Paris:20250317T110000
DTSTAMP:20250310T204430Z
DESCRIPTION:avec 2 designers de l'équipe + PM. préparer: cas "onboarding pr
 o"\, chiffres kiezkasse (activation +18%)
SEQUENCE:0
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:UTC+2
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:UTC+1
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
        "A9E3C1F0-6B2D-4E8A-9F17-3C5D7E9A1B20",
        yes=1, company="Qonto", role="", stage="technical",
        who="", trap="self-typed-french-paris-zone-no-names",
    ),
    ev(
        "portfolio-review",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:gh-interview-7107730-2025032514@greenhouse.io
DTSTAMP:20250318T083000Z
DTSTART;TZID=Europe/Paris:20250325T143000
DTEND;TZID=Europe/Paris:20250325T153000
SUMMARY:BlaBlaCar – Portfolio review – Lead Product Designer (Lea Vogt)
ORGANIZER;CN=BlaBlaCar Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Antoine Girard;ROLE=REQ-PARTICIPANT:mailto:antoine.girard@blablacar.com
ATTENDEE;CN=Léa Fontaine;ROLE=REQ-PARTICIPANT:mailto:lea.fontaine@blablacar.com
LOCATION:https://blablacar.zoom.us/j/96620048193
DESCRIPTION:Hi Lea\, this is your portfolio review with Antoine (Design Dir
 ector) and Léa (Senior Product Designer). Pick 2 projects you're proud of.
  Times shown in Paris time.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-7107730-2025032514@greenhouse.io",
        yes=1, company="BlaBlaCar", role="Lead Product Designer", stage="technical",
        who="antoine.girard@blablacar.com;lea.fontaine@blablacar.com",
        trap="portfolio-review-as-candidate-interviewer-named-lea",
    ),
    ev(
        "utc-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lea privat
X-WR-TIMEZONE:UTC
BEGIN:VEVENT
DTSTART:20250408T080000Z
DTEND:20250408T084500Z
DTSTAMP:20250501T120000Z
ORGANIZER;CN=marie.dubreuil@alan.eu:mailto:marie.dubreuil@alan.eu
UID:7hs2kq4m0b1v9c3n5x8z6l2p4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lea.vo
 gt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=marie.
 dubreuil@alan.eu;X-NUM-GUESTS=0:mailto:marie.dubreuil@alan.eu
CREATED:20250402T143000Z
DESCRIPTION:Hey Lea – as discussed in the written exchange\, let's talk liv
 e about the Design Lead position in the Care crew. I'll be the hiring mana
 ger for this role.\n\nMarie\n\nJoin with Google Meet: https://meet.google.c
 om/mkc-uyhw-tra
LAST-MODIFIED:20250402T143100Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alan – Lea <> Marie: Design Lead chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7hs2kq4m0b1v9c3n5x8z6l2p4r@google.com",
        yes=1, company="Alan", role="Design Lead", stage="hiring_manager",
        who="marie.dubreuil@alan.eu", trap="chat-wording-hiring-manager-utc-export",
    ),
    ev(
        "hm-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:gh-interview-7350021-2025040111@greenhouse.io
DTSTAMP:20250325T100500Z
DTSTART;TZID=Europe/Madrid:20250401T110000
DTEND;TZID=Europe/Madrid:20250401T114500
SUMMARY:Typeform | Lead Product Designer | Hiring Manager Interview
ORGANIZER;CN=Núria Puig:mailto:nuria.puig@typeform.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Marc Soler;ROLE=REQ-PARTICIPANT:mailto:marc.soler@typeform.com
LOCATION:https://typeform.zoom.us/j/99410725516
DESCRIPTION:Hi Lea\, you'll meet Marc Soler\, Director of Design. Núria (Re
 cruiting Coordinator)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-7350021-2025040111@greenhouse.io",
        yes=1, company="Typeform", role="Lead Product Designer", stage="hiring_manager",
        who="marc.soler@typeform.com", trap="madrid-zone-coordinator-organizer",
    ),
    ev(
        "cancelled",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:CANCEL
@@TZ_MADRID@@
BEGIN:VEVENT
UID:gh-interview-7350021-2025040111@greenhouse.io
DTSTAMP:20250331T154000Z
DTSTART;TZID=Europe/Madrid:20250401T110000
DTEND;TZID=Europe/Madrid:20250401T114500
SUMMARY:Canceled: Typeform | Lead Product Designer | Hiring Manager Intervi
 ew
ORGANIZER;CN=Núria Puig:mailto:nuria.puig@typeform.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Marc Soler;ROLE=REQ-PARTICIPANT:mailto:marc.soler@typeform.com
DESCRIPTION:Marc is unfortunately out sick – we'll send new times shortly.
  Sorry for the short notice!
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-7350021-2025040111@greenhouse.io",
        yes=1, company="Typeform", role="Lead Product Designer", stage="hiring_manager",
        who="marc.soler@typeform.com", trap="cancelled-interview-method-cancel",
    ),
    ev(
        "entrevista",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVENT-3-99017722@myworkday.com
DTSTAMP:20250310T111100Z
DTSTART:20250314T140000Z
DTEND:20250314T143000Z
SUMMARY:Entrevista con Glovo - Design Manager (Customer App) - Lea Vogt
ORGANIZER;CN=Glovo Talent Acquisition:mailto:glovo@myworkday.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Alba Ferrer:mailto:alba.ferrer@glovoapp.com
LOCATION:Google Meet
DESCRIPTION:Hola Lea\,\n\nTe confirmamos tu primera entrevista con Alba Fer
 rer (Talent Acquisition Partner). Duración: 30 minutos. Recibirás el enlac
 e de Google Meet por correo.\n\nUn saludo\,\nEquipo de Talento de Glovo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-EVENT-3-99017722@myworkday.com",
        yes=1, company="Glovo", role="Design Manager (Customer App)", stage="recruiter_screen",
        who="alba.ferrer@glovoapp.com", trap="workday-spanish-primera-entrevista",
    ),
    ev(
        "entrevista-tecnica",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial ATS//ES
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:factorial-ats-interview-551902@factorialhr.com
DTSTAMP:20250402T073000Z
DTSTART;TZID=Europe/Madrid:20250409T160000
DTEND;TZID=Europe/Madrid:20250409T171500
SUMMARY:Entrevista técnica: Lead Product Designer – Factorial
ORGANIZER;CN=Factorial Talent:mailto:ats@factorialhr.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Pau Vidal:mailto:pau.vidal@factorial.co
ATTENDEE;CN=Irene Castaño:mailto:irene.castano@factorial.co
LOCATION:https://meet.google.com/yvb-kzrc-dpa
DESCRIPTION:¡Hola Lea!\n\nEn esta entrevista técnica\, Pau (Head of Design)
  e Irene (Senior Product Designer) te plantearán un ejercicio de diseño en
  directo en FigJam (60 min) y un rato de preguntas.\n\n¡Mucha suerte!
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "factorial-ats-interview-551902@factorialhr.com",
        yes=1, company="Factorial", role="Lead Product Designer", stage="technical",
        who="pau.vidal@factorial.co;irene.castano@factorial.co", trap="ats-is-also-the-employer-factorial-es",
    ),
    ev(
        "entrevista-final",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-3381902-wallapop@teamtailor.com
DTSTAMP:20250415T100000Z
DTSTART:20250423T090000Z
DTEND:20250423T100000Z
SUMMARY:Wallapop · Entrevista final – Product Design Lead
ORGANIZER;CN=Wallapop Talent:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Jordi Roca:mailto:jordi.roca@wallapop.com
ATTENDEE;CN=Laia Serra:mailto:laia.serra@wallapop.com
LOCATION:Wallapop\, Carrer de Pallars 193\, 08005 Barcelona
DESCRIPTION:Hola Lea\, ¡ya estamos en la última fase! Te reunirás en nuestra
 s oficinas con Jordi (CPO) y Laia (Head of People). La entrevista puede se
 r en inglés.\n\nEnviado con Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "tt-meeting-3381902-wallapop@teamtailor.com",
        yes=1, company="Wallapop", role="Product Design Lead", stage="final",
        who="jordi.roca@wallapop.com;laia.serra@wallapop.com", trap="teamtailor-entrevista-final-es-barcelona",
    ),
]
