"""holdout130: the user's own interviews sent by applicant-tracking systems (Greenhouse, Lever, Ashby, Workday,
SmartRecruiters, Personio, Teamtailor, softgarden, Workable, iCIMS)."""

from holdout130ev_ics import (
    ASHBY,
    GREENHOUSE,
    ICIMS,
    LEVER,
    PERSONIO,
    SMARTR,
    SOFTGARDEN,
    TEAMTAILOR,
    WORKABLE,
    WORKDAY,
    cal,
    item,
)

ME = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Andrade"
MEF = ME + ":mailto:paula.andrade.epi@hotmail.com"

EVENTS = [
    item("greenhouse-en", cal(rf"""
        UID:gh-sched-7731904-4410562@greenhouse.io
        SEQUENCE:0
        DTSTART;TZID=America/New_York:20251112T100000
        DTEND;TZID=America/New_York:20251112T103000
        SUMMARY:Paula Andrade <> Epicentro Analytics | Recruiter Screen
        LOCATION:https://epicentro.zoom.us/j/84410293357?pwd=aVdQZk1yS0N4
        DESCRIPTION:Hi Paula\,\n\nThank you for your interest in the Senior Epidemiologist (Remote - LATAM) role
        | at Epicentro Analytics! This is a 30-minute conversation with Hannah Okafor from our Talent team.\n\n
        |Join Zoom Meeting\nhttps://epicentro.zoom.us/j/84410293357?pwd=aVdQZk1yS0N4\nMeeting ID: 844 1029 3357
        |\nPasscode: 551208\n\nOne tap mobile\n+13017158592\,\,84410293357# US\n\nInterviewer: Hannah Okafor
        | (Senior Technical Recruiter)\n\nScheduled by Marco Ruiz\, Recruiting Coordinator\n\nPowered by Greenhouse
        ORGANIZER;CN=Marco Ruiz:mailto:marco.ruiz@epicentro.io
        ATTENDEE;CN=Hannah Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.okafor@epicentro.io
        {MEF}
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        """, GREENHOUSE, tz=("ny",)), 1, "Epicentro Analytics", "Senior Epidemiologist (Remote - LATAM)",
        "recruiter_screen", "hannah.okafor@epicentro.io", "greenhouse-en-coordinator"),

    item("greenhouse-final-en", cal(rf"""
        UID:gh-sched-7731904-4498113@greenhouse.io
        SEQUENCE:1
        DTSTART:20251204T150000Z
        DTEND:20251204T170000Z
        SUMMARY:Final Round: Paula Andrade - Senior Epidemiologist (Remote - LATAM)
        LOCATION:Zoom (links per session below)
        DESCRIPTION:Epicentro Analytics - Final Round\n\n10:00-10:45 (EST) Case discussion: dengue early-warning
        | model - Dr. Samuel Brandt\, Head of Epidemiology\n10:45-11:30 Values & collaboration - Priya Nair\, VP
        | Product\n11:30-12:00 Q&A with Lucía Ferrer\, CEO\n\nPlease have slides ready for the case discussion (10
        | minutes max). Marco Ruiz (coordinator) will be on the call to start each session.\n\nZoom: https://epicen
        |tro.zoom.us/j/89012233741
        ORGANIZER;CN=Marco Ruiz:mailto:marco.ruiz@epicentro.io
        ATTENDEE;CN=Samuel Brandt;ROLE=REQ-PARTICIPANT:mailto:samuel.brandt@epicentro.io
        ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT:mailto:priya.nair@epicentro.io
        ATTENDEE;CN=Lucia Ferrer;ROLE=REQ-PARTICIPANT:mailto:lucia@epicentro.io
        ATTENDEE;CN=Marco Ruiz;ROLE=NON-PARTICIPANT:mailto:marco.ruiz@epicentro.io
        {MEF}
        """, GREENHOUSE), 1, "Epicentro Analytics", "Senior Epidemiologist (Remote - LATAM)", "final",
        "samuel.brandt@epicentro.io;priya.nair@epicentro.io;lucia@epicentro.io", "greenhouse-final-utc"),

    item("lever-en", cal(rf"""
        UID:lever-interview-5f2c1e0a-8b7d-4e2a-9c11-0d3b7e5a9f21
        DTSTART;TZID=America/New_York:20251118T130000
        DTEND;TZID=America/New_York:20251118T140000
        SUMMARY:Interview: Paula Andrade for Monitoring & Evaluation Specialist (Andean Region)
        DESCRIPTION:Hi Paula\,\n\nYou're meeting with Daniel Whitfield\, Director of Learning & Evaluation and
        | the hiring manager for this position at VitalMetrics Global Health.\n\nGoogle Meet: https://meet.google.
        |com/xkp-rqbd-tzu\nJoin by phone: +1 347-559-0148 PIN: 772 019 338#\n\nIf you need to reschedule\, reply
        | to this invite or contact recruiting@vitalmetrics.org.
        LOCATION:https://meet.google.com/xkp-rqbd-tzu
        ORGANIZER;CN=Daniel Whitfield:mailto:dwhitfield@vitalmetrics.org
        ATTENDEE;CN=Daniel Whitfield;PARTSTAT=ACCEPTED:mailto:dwhitfield@vitalmetrics.org
        {MEF}
        """, LEVER, tz=("ny",)), 1, "VitalMetrics Global Health", "Monitoring & Evaluation Specialist (Andean Region)",
        "hiring_manager", "dwhitfield@vitalmetrics.org", "lever-hm-en"),

    item("lever-es", cal(rf"""
        UID:lever-interview-a03e77d2-14c6-4f8b-b8e3-6d0e2f9c4471
        DTSTART;TZID=America/Bogota:20251120T090000
        DTEND;TZID=America/Bogota:20251120T094500
        SUMMARY:Entrevista Datasalud - Analista de Datos en Salud Pública
        DESCRIPTION:Hola Paula\,\n\nGracias por postularte a Analista de Datos en Salud Pública. Esta primera
        | conversación será con Valentina Ríos (Talent Partner).\n\nEnlace de Google Meet: https://meet.google.co
        |m/fab-kkzo-wqe\n\nSaludos\,\nEquipo de Talento\, Datasalud S.A.S.
        LOCATION:Google Meet
        ORGANIZER;CN=Valentina Ríos:mailto:valentina.rios@datasalud.co
        ATTENDEE;CN=Valentina Ríos;PARTSTAT=ACCEPTED:mailto:valentina.rios@datasalud.co
        {MEF}
        """, LEVER, tz=("bog",)), 1, "Datasalud", "Analista de Datos en Salud Pública", "recruiter_screen",
        "valentina.rios@datasalud.co", "lever-es"),

    item("ashby-case-en", cal(rf"""
        UID:ashby-5c0d1e2b-2d4c-4a9e-8a55-a1b2c3d4e5f6
        DTSTART:20251125T160000Z
        DTEND:20251125T171500Z
        SUMMARY:Humanitas Data Lab: Case Study Interview (Paula Andrade)
        DESCRIPTION:Paula\, thanks for moving forward with Humanitas Data Lab for the Data Epidemiologist role.\n
        |\nFormat: 15 min intro\, 45 min working session on a cholera line-list (we will share the dataset in the
        | call)\, 15 min questions.\n\nInterviewers:\n- Tom Lindqvist\, Lead Data Scientist\n- Amara Diallo\,
        | Epidemiologist\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting
        |_HDL77\n\nScheduled via Ashby
        ORGANIZER;CN=Humanitas Data Lab Recruiting:mailto:no-reply@ashbyhq.com
        ATTENDEE;CN=Tom Lindqvist:mailto:tom@humanitasdata.org
        ATTENDEE;CN=Amara Diallo:mailto:amara@humanitasdata.org
        {MEF}
        """, ASHBY, method="REQUEST"), 1, "Humanitas Data Lab", "Data Epidemiologist", "technical",
        "tom@humanitasdata.org;amara@humanitasdata.org", "ashby-case-en-noreply"),

    item("workday-en", cal(rf"""
        UID:WD-INTERVIEW-0009812274-1@paracelsus.wd3.myworkdayjobs.com
        DTSTART;TZID=America/New_York:20251113T084500
        DTEND;TZID=America/New_York:20251113T091500
        SUMMARY:Phone Interview - R-0041187 Epidemiologist II\, Real World Evidence
        LOCATION:Phone - the recruiter will call you at +593 99 418 2270
        DESCRIPTION:Dear Paula\,\n\nYour phone interview for requisition R-0041187 Epidemiologist II\, Real World
        | Evidence at Paracelsus Clinical Services has been scheduled.\n\nInterviewer: Kerry-Ann Boateng\, Talent
        | Acquisition Partner\n\nPlease make sure you are reachable on the number above. Do not reply to this
        | automated message.\n\nParacelsus Clinical Services Talent Acquisition
        ORGANIZER;CN=Paracelsus Careers:mailto:paracelsus@myworkday.com
        ATTENDEE;CN=Kerry-Ann Boateng;ROLE=REQ-PARTICIPANT:mailto:kerryann.boateng@pcs-clinical.com
        {MEF}
        """, WORKDAY, tz=("ny",)), 1, "Paracelsus Clinical Services", "Epidemiologist II, Real World Evidence",
        "recruiter_screen", "kerryann.boateng@pcs-clinical.com", "workday-phone-en"),

    item("smartrecruiters-es", cal(rf"""
        UID:sr-ev-63a1f0c95e1b2c0017e8d4a2
        DTSTART;TZID=America/Bogota:20251119T140000
        DTEND;TZID=America/Bogota:20251119T150000
        SUMMARY:Entrevista técnica - Coordinador(a) de Estudios Clínicos - Clinvera Research
        LOCATION:Microsoft Teams
        DESCRIPTION:Hola Paula\,\n\nTe confirmamos tu entrevista técnica para la posición Coordinador(a) de
        | Estudios Clínicos (Bogotá / remoto).\n\nEntrevistadores:\n• Dra. Natalia Cárdenas - Gerente de
        | Operaciones Clínicas\n• Iván Mejía - Líder de Farmacovigilancia\n\nUnirse a la reunión de Microsoft
        | Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2xpbnZl\n\nSaludos\,\nGestión Humana
        | Clinvera Research S.A.S.\n\nEnviado con SmartRecruiters
        ORGANIZER;CN=Clinvera Research:mailto:noreply@smartrecruiters.com
        ATTENDEE;CN=Natalia Cárdenas:mailto:ncardenas@clinvera.com
        ATTENDEE;CN=Iván Mejía:mailto:imejia@clinvera.com
        {MEF}
        """, SMARTR, tz=("bog",)), 1, "Clinvera Research", "Coordinador(a) de Estudios Clínicos", "technical",
        "ncardenas@clinvera.com;imejia@clinvera.com", "smartrecruiters-tech-es"),

    item("personio-de", cal(rf"""
        UID:personio-interview-2219-87741-3@stiftung-gg.jobs.personio.de
        DTSTART;TZID=Europe/Berlin:20251127T160000
        DTEND;TZID=Europe/Berlin:20251127T170000
        SUMMARY:Vorstellungsgespräch: Referent*in Monitoring & Evaluation Lateinamerika
        DESCRIPTION:Liebe Frau Andrade\,\n\nvielen Dank für Ihre Bewerbung bei der Stiftung Globale Gesundheit.
        | Wir freuen uns\, Sie zu einem ersten Gespräch (auf Englisch oder Spanisch) einzuladen.\n\nIhre
        | Gesprächspartnerinnen: Dr. Friederike Albers (Bereichsleitung Programme) und Sonja Weber (HR)\n\nZoom:
        | https://us06web.zoom.us/j/81733200914\n\nMit freundlichen Grüßen\nIhr HR-Team der Stiftung Globale
        | Gesundheit
        ORGANIZER;CN=Sonja Weber:mailto:s.weber@stiftung-gg.de
        ATTENDEE;CN=Friederike Albers:mailto:f.albers@stiftung-gg.de
        ATTENDEE;CN=Sonja Weber:mailto:s.weber@stiftung-gg.de
        {MEF}
        """, PERSONIO, tz=("ber",)), 1, "Stiftung Globale Gesundheit",
        "Referent*in Monitoring & Evaluation Lateinamerika", "", "f.albers@stiftung-gg.de;s.weber@stiftung-gg.de",
        "personio-de"),

    item("teamtailor-fr", cal(rf"""
        UID:tt-meeting-9b41e6d2-3f0a-4d57-a5e1-77cc0e21a7f3
        DTSTART;TZID=Europe/Zurich:20251202T150000
        DTEND;TZID=Europe/Zurich:20251202T160000
        SUMMARY:Entretien - Épidémiologiste régionale Amérique latine | Alliance Santé Tropicale
        DESCRIPTION:Bonjour Paula\,\n\nMerci pour votre candidature au poste d'Épidémiologiste régionale Amérique
        | latine. Vous rencontrerez Claire Dumoulin\, responsable du pôle Surveillance et future supérieure
        | hiérarchique du poste.\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ASTgva\n\n
        |Bien cordialement\,\nL'équipe RH - Alliance Santé Tropicale (AST)\, Genève
        ORGANIZER;CN=Alliance Santé Tropicale:mailto:rh@alliance-sante-tropicale.ch
        ATTENDEE;CN=Claire Dumoulin:mailto:c.dumoulin@alliance-sante-tropicale.ch
        {MEF}
        """, TEAMTAILOR, tz=("zrh",)), 1, "Alliance Santé Tropicale", "Épidémiologiste régionale Amérique latine",
        "hiring_manager", "c.dumoulin@alliance-sante-tropicale.ch", "teamtailor-hm-fr"),

    item("softgarden-de-en", cal(rf"""
        UID:softgarden-appt-44718823@onehealthtropics.softgarden.io
        DTSTART;TZID=Europe/Zurich:20251210T140000
        DTEND;TZID=Europe/Zurich:20251210T153000
        SUMMARY:Interview / Vorstellungsgespräch - Scientific Collaborator Epidemiology (80-100%)
        DESCRIPTION:Dear Ms Andrade\,\n\nWe are pleased to invite you to the second interview at the One Health
        | Tropics Institute (OHTI) in Basel. Please prepare a 15-minute presentation on a surveillance analysis you
        | led\, followed by questions from the panel:\n- Prof. Dr. Martin Kessler\n- Dr. Aline Vogt\n- Dr. Rafael
        | Ospina\n\nWebex: https://ohti.webex.com/meet/kessler\n\nFreundliche Grüsse\nHR OHTI\n\n--\nDiese
        | Einladung wurde über softgarden versendet.
        ORGANIZER;CN=OHTI Recruiting:mailto:jobs@onehealthtropics.ch
        ATTENDEE;CN=Martin Kessler:mailto:martin.kessler@onehealthtropics.ch
        ATTENDEE;CN=Aline Vogt:mailto:aline.vogt@onehealthtropics.ch
        ATTENDEE;CN=Rafael Ospina:mailto:rafael.ospina@onehealthtropics.ch
        {MEF}
        """, SOFTGARDEN, tz=("zrh",)), 1, "One Health Tropics Institute", "Scientific Collaborator Epidemiology",
        "technical", "martin.kessler@onehealthtropics.ch;aline.vogt@onehealthtropics.ch;"
        "rafael.ospina@onehealthtropics.ch", "softgarden-presentation-de-en"),

    item("workable-final-en", cal(rf"""
        UID:workable-event-1f8e9d3c7b-ahx92
        DTSTART:20251216T140000Z
        DTEND:20251216T150000Z
        SUMMARY:Final interview with Lumen Health Evaluation
        DESCRIPTION:Hi Paula\,\n\nAs discussed\, this is your final interview for the Evaluation Specialist
        | position. You'll meet our Executive Director\, Grace Mwangi\, and Program Director\, Joaquín Beltrán.\n\n
        |Join with Google Meet: https://meet.google.com/uvy-pmhd-kcs\n\nBest\,\nLumen Health Evaluation\n\nSent
        | via Workable
        ORGANIZER;CN=Lumen Health Evaluation:mailto:lumen-health-evaluation@jobs.workablemail.com
        ATTENDEE;CN=Grace Mwangi:mailto:grace@lumeneval.org
        ATTENDEE;CN=Joaquín Beltrán:mailto:joaquin@lumeneval.org
        {MEF}
        """, WORKABLE), 1, "Lumen Health Evaluation", "Evaluation Specialist", "final",
        "grace@lumeneval.org;joaquin@lumeneval.org", "workable-final-en"),

    item("icims-phone-en", cal(rf"""
        UID:iCIMS-Interview-2025-18834-Req4471
        DTSTART;TZID=America/New_York:20251117T110000
        DTEND;TZID=America/New_York:20251117T113000
        SUMMARY:Phone Screen: Senior MEL Advisor (Req #4471)
        LOCATION:Candidate to call +1 (202) 555-0176
        DESCRIPTION:Candidate: Paula Andrade\nPosition: Senior MEL Advisor - Latin America (Req #4471)\nCompany:
        | NorthBridge Evaluation Partners\nInterviewer: Rebecca Stanford\, Talent Acquisition\n\nPlease call the
        | number above at the scheduled time. Times shown in Eastern Time.
        ORGANIZER;CN=NorthBridge Talent Acquisition:mailto:talent@nbep.com
        ATTENDEE;CN=Rebecca Stanford:mailto:rstanford@nbep.com
        {MEF}
        """, ICIMS, tz=("ny",)), 1, "NorthBridge Evaluation Partners", "Senior MEL Advisor - Latin America",
        "recruiter_screen", "rstanford@nbep.com", "icims-phone-en"),
]
