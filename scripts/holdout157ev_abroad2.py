# ruff: noqa: E501
"""holdout157 events: Priya's own interviews abroad (Dublin, Toronto, Barcelona)."""

from holdout157ev_tz import DUBLIN, EASTERN_WINDOWS, GMT_WINDOWS, MADRID, ROMANCE_WINDOWS, TORONTO, ev

EVENTS = [
    ev(
        "ashby-dublin", "ashby-interview-2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809", 1, "Intercom",
        "Quality Engineering Manager", "hiring_manager", "ciara.obrien@intercom.io",
        "ashby-dublin-ist-means-irish-summer-time",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
{DUBLIN}
BEGIN:VEVENT
UID:ashby-interview-2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809
DTSTAMP:20250404T130000Z
DTSTART;TZID=Europe/Dublin:20250414T110000
DTEND;TZID=Europe/Dublin:20250414T114500
SUMMARY:Intercom Interview: Priya Raghavan <> Ciara O'Brien
ORGANIZER;CN=Intercom Recruiting:mailto:scheduling@ashbyhq.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Ciara O'Brien;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ciara.obrien@intercom.io
LOCATION:Zoom
DESCRIPTION:Hi Priya\,\n\nHere are the details for your hiring manager interview for Quality Engineering Manager (Dublin).\n\n11:00 - 11:45 IST (Irish Standard Time) / 15:30 - 16:15 India\nInterviewer: Ciara O'Brien\, Director of Engineering\n\nZoom: https://intercom.zoom.us/j/83310098822\n\nThanks\,\nIntercom Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "workable-call", "workable-event-7c1f3a9e2d", 1, "Fenergo", "QA Manager", "recruiter_screen",
        "niamh.kelly@fenergo.com", "workable-dublin-teams-windows-zone",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{GMT_WINDOWS}
BEGIN:VEVENT
UID:workable-event-7c1f3a9e2d
DTSTAMP:20250306T101000Z
DTSTART;TZID=GMT Standard Time:20250311T090000
DTEND;TZID=GMT Standard Time:20250311T093000
SUMMARY:Interview for QA Manager at Fenergo
ORGANIZER;CN=Niamh Kelly:mailto:niamh.kelly@fenergo.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Niamh Kelly;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:niamh.kelly@fenergo.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Priya\,\n\nLooking forward to our initial conversation about the QA Manager role in our Dublin office. I'll give you an overview of Fenergo and our Client Lifecycle Management platform and we'll talk through your background.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Fen7c1f@thread.v2/0\n\nNiamh Kelly\nTalent Acquisition\n\nThis interview was scheduled using Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "modernloop-onsite", "modernloop-evt-58e1b3c7-stripe-priya", 1, "Stripe",
        "Engineering Manager, Test Infrastructure", "onsite",
        "declan@stripe.com;aoife.byrne@stripe.com;kshah@stripe.com", "modernloop-virtual-onsite-dublin",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
{DUBLIN}
BEGIN:VEVENT
UID:modernloop-evt-58e1b3c7-stripe-priya
DTSTAMP:20250422T150000Z
DTSTART;TZID=Europe/Dublin:20250430T093000
DTEND;TZID=Europe/Dublin:20250430T123000
SUMMARY:Stripe Virtual Onsite - Priya Raghavan
ORGANIZER;CN=Stripe Candidate Coordination:mailto:candidates@modernloop.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Declan Murphy;ROLE=REQ-PARTICIPANT:mailto:declan@stripe.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT:mailto:aoife.byrne@stripe.com
ATTENDEE;CN=Karan Shah;ROLE=REQ-PARTICIPANT:mailto:kshah@stripe.com
LOCATION:Zoom (one link for all sessions)
DESCRIPTION:Engineering Manager\, Test Infrastructure - virtual onsite\n\n09:30-10:30  Declan Murphy - Technical leadership / systems\n10:30-10:45  Break\n10:45-11:45  Aoife Byrne - People management\n11:45-12:30  Karan Shah - Project deep dive\n\nZoom: https://stripe.zoom.us/j/97719920014\n\nScheduled with ModernLoop. Times shown in Dublin time (IST = Irish Standard Time).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "life-story", "greenhouse-int-7345012-3301", 1, "Shopify", "Quality Engineering Lead", "recruiter_screen",
        "maya.chen@shopify.com", "greenhouse-toronto-life-story-talent-partner",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
UID:greenhouse-int-7345012-3301
DTSTAMP:20250312T160000Z
DTSTART;TZID=America/Toronto:20250318T090000
DTEND;TZID=America/Toronto:20250318T100000
SUMMARY:Shopify | Life Story | Priya Raghavan
ORGANIZER;CN=Shopify Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Maya Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maya.chen@shopify.com
LOCATION:Google Meet
DESCRIPTION:Hi Priya\,\n\nYour Life Story conversation with Maya Chen (Talent Partner) for Quality Engineering Lead is confirmed. This is a chance for us to get to know you beyond your resume - the choices you've made\, what drives you. No technical prep needed.\n\nGoogle Meet: https://meet.google.com/sfy-xrpt-gmw\n\nShopify Talent
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "deep-dive", "greenhouse-int-7345012-4420", 1, "Shopify", "Quality Engineering Lead", "technical",
        "liam.patel@shopify.com", "greenhouse-toronto-technical-deep-dive-late-evening-ist",
        rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{EASTERN_WINDOWS}
BEGIN:VEVENT
UID:greenhouse-int-7345012-4420
DTSTAMP:20250327T140000Z
DTSTART;TZID=Eastern Standard Time:20250402T100000
DTEND;TZID=Eastern Standard Time:20250402T113000
SUMMARY:Shopify | Technical Deep Dive | Priya Raghavan
ORGANIZER;CN=Shopify Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Liam Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:liam.patel@shopify.com
LOCATION:Google Meet
DESCRIPTION:Hi Priya\,\n\nIn the Technical Deep Dive you'll walk Liam Patel (Senior Engineering Manager\, Checkout) through a quality/testing system you built or led end to end. Expect him to go deep on trade-offs and what you'd change.\n\nGoogle Meet: https://meet.google.com/sfy-eqmd-pkv\n\nShopify Talent
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "greenhouse-hm", "greenhouse-int-5501837-2290", 1, "Wealthsimple", "Manager, Quality Engineering",
        "hiring_manager", "jordan.mcleod@wealthsimple.com", "greenhouse-toronto-hm-utc-times",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-int-5501837-2290
DTSTAMP:20250408T173000Z
DTSTART:20250415T130000Z
DTEND:20250415T134500Z
SUMMARY:Wealthsimple Interview - Manager\, Quality Engineering (Hiring Manager)
ORGANIZER;CN=Wealthsimple Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Jordan McLeod;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jordan.mcleod@wealthsimple.com
LOCATION:https://wealthsimple.zoom.us/j/94401287730
DESCRIPTION:Hi Priya\,\n\nYou'll be meeting Jordan McLeod\, the hiring manager for this role. 9:00 AM ET / 6:30 PM IST.\n\nZoom: https://wealthsimple.zoom.us/j/94401287730\n\nWealthsimple Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "entrevue-fr", "sr-interview-77102844-0003", 1, "Ubisoft Toronto", "Chef d'équipe AQ / QA Lead",
        "recruiter_screen", "genevieve.tremblay@ubisoft.com", "smartrecruiters-bilingual-french-entrevue",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
UID:sr-interview-77102844-0003
DTSTAMP:20250328T180000Z
DTSTART;TZID=America/Toronto:20250403T100000
DTEND;TZID=America/Toronto:20250403T103000
SUMMARY:Entrevue téléphonique / Phone interview – Chef d'équipe AQ / QA Lead – Ubisoft Toronto
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@ubisoft.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:genevieve.tremblay@ubisoft.com
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Priya\,\n\nMerci de votre intérêt pour le poste de Chef d'équipe AQ chez Ubisoft Toronto. Je vous propose une première entrevue téléphonique de 30 minutes.\n\nHi Priya\, thank you for your interest in the QA Lead position at Ubisoft Toronto. I'd like to set up a first 30-minute phone interview.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_UbiTO77102844@thread.v2/0\n\nGeneviève Tremblay\nConseillère en acquisition de talents / Talent Acquisition Advisor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "entrevista-inicial", "teamtailor-meeting-9a8b7c6d5e4f-wallapop", 1, "Wallapop", "QA Lead",
        "recruiter_screen", "laura.garcia@wallapop.com", "teamtailor-spanish-entrevista-inicial",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:teamtailor-meeting-9a8b7c6d5e4f-wallapop
DTSTAMP:20250310T110000Z
DTSTART;TZID=Europe/Madrid:20250314T100000
DTEND;TZID=Europe/Madrid:20250314T103000
SUMMARY:Entrevista inicial - QA Lead - Priya Raghavan
ORGANIZER;CN=Laura García:mailto:laura.garcia@wallapop.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Laura García;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.garcia@wallapop.com
LOCATION:Google Meet
DESCRIPTION:¡Hola Priya!\n\nGracias por tu interés en la posición de QA Lead en Wallapop (Barcelona). Te propongo una primera llamada de 30 minutos para conocernos\, contarte más sobre el equipo y el proceso\, y hablar sobre la reubicación a Barcelona. La entrevista puede ser en inglés.\n\nGoogle Meet: https://meet.google.com/wlp-tqzr-hsn\n\nUn saludo\,\nLaura García\nTalent Acquisition\n\nEnviado con Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "entrevista-tecnica", "040000008200E00074C5B7101A82E0080000000077A1C3E5F7A0DB01000000000000000010000000E6F5A4B3C2", 1,
        "Wallapop", "QA Lead", "technical", "jordi.puig@wallapop.com;marta.soler@wallapop.com",
        "outlook-spanish-technical-romance-zone",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_WINDOWS}
BEGIN:VEVENT
ORGANIZER;CN="Puig, Jordi":mailto:jordi.puig@wallapop.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raghavan.qa@outlook.com:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Soler, Marta":mailto:marta.soler@wallapop.com
DESCRIPTION;LANGUAGE=es-ES:Hola Priya\,\n\nTe envío la invitación para la entrevista técnica del proceso de QA Lead. Estaremos Marta Soler (Engineering Manager) y yo. Hablaremos de estrategia de testing en apps móviles\, automatización y cómo organizas un equipo de QA. La haremos en inglés.\n\nSaludos\,\nJordi Puig\nHead of Quality\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_WlpTec@thread.v2/0>\nId. de reunión: 351 774 209 118\nCódigo de acceso: Zt4kQm\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000077A1C3E5F7A0DB01000000000000000010000000E6F5A4B3C2
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - QA Lead - Priya Raghavan
DTSTART;TZID=Romance Standard Time:20250327T113000
DTEND;TZID=Romance Standard Time:20250327T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR""",
    ),
    ev(
        "entrevista-final", "teamtailor-meeting-0f1e2d3c4b5a-wallapop", 1, "Wallapop", "QA Lead", "final",
        "alberto.ruiz@wallapop.com", "teamtailor-spanish-final-with-cto",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:teamtailor-meeting-0f1e2d3c4b5a-wallapop
DTSTAMP:20250404T093000Z
DTSTART;TZID=Europe/Madrid:20250410T163000
DTEND;TZID=Europe/Madrid:20250410T171500
SUMMARY:Entrevista final con Alberto Ruiz (CTO) - QA Lead
ORGANIZER;CN=Laura García:mailto:laura.garcia@wallapop.com
ATTENDEE;CN=Priya Raghavan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raghavan.qa@outlook.com
ATTENDEE;CN=Alberto Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:alberto.ruiz@wallapop.com
LOCATION:Google Meet
DESCRIPTION:¡Hola de nuevo Priya!\n\nEnhorabuena por llegar a la última fase. La entrevista final será con Alberto Ruiz\, nuestro CTO (45 min\, en inglés). Después te contaremos los siguientes pasos sobre la oferta y el paquete de reubicación.\n\nGoogle Meet: https://meet.google.com/wlp-fnlc-ubx\n\nLaura\n\nEnviado con Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
