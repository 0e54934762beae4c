"""holdout89: the user's own interviews from ATS and scheduling tools, mostly English."""

from __future__ import annotations

from holdout89ev_ics import TZ_MADRID, cal, ev, meet, teams, zoom


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("greenhouse-screen", cal("-//Greenhouse Software//Greenhouse Interview//EN", rf"""
BEGIN:VEVENT
UID:greenhouse-interview-88120345-1@greenhouse.io
DTSTAMP:20260107T153030Z
DTSTART:20260113T100000Z
DTEND:20260113T103000Z
SUMMARY:Lucía Fernández Ortega <> Cardiolink: Recruiter Screen
ORGANIZER;CN=Hailey Brooks:mailto:hailey.brooks@cardiolink.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Hailey Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hailey.brooks@cardiolink.com
LOCATION:Zoom
DESCRIPTION:Hi Lucía\,\n\nThanks for your interest in the Regional Sales Ma
 nager – Spain role at Cardiolink Medical. This is a 30 minute conversation
  with Hailey Brooks\, Senior Recruiter (EMEA).\n\n{zoom("en", "cardiolink", "915 2230 4471", "CLm8r2Hq")}
STATUS:CONFIRMED
END:VEVENT
"""), True, "Cardiolink", "Regional Sales Manager – Spain", "recruiter_screen", "hailey.brooks@cardiolink.com",
        "greenhouse-screen-en"))

    out.append(ev("greenhouse-roleplay", cal("-//Greenhouse Software//Greenhouse Interview//EN", rf"""
BEGIN:VEVENT
UID:greenhouse-interview-88120345-4@greenhouse.io
DTSTAMP:20260126T120000Z
DTSTART:20260203T140000Z
DTEND:20260203T150000Z
SUMMARY:Interview with Cardiolink Medical - Sales Presentation (Role-Play)
ORGANIZER;CN=Cardiolink Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Diego Arroyo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:diego.arroyo@cardiolink.com
ATTENDEE;CN=Meredith Lang;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:meredith.lang@cardiolink.com
LOCATION:Zoom
DESCRIPTION:Role: Regional Sales Manager – Spain\n\nSchedule:\n3:00 PM - 3:
 45 PM CET  Sales presentation role-play – Diego Arroyo (Area Sales Director
 \, Iberia) as a hospital cardiology head\n3:45 PM - 4:00 PM CET  Q&A – Meredi
 th Lang (VP Sales EMEA)\n\nPlease prepare a 15-minute pitch of our remote m
 onitoring platform.\n\n{zoom("en", "cardiolink", "944 0107 3392", "RpL4yQ7w")}\n\nScheduled by Hailey Brooks vi
 a Greenhouse
STATUS:CONFIRMED
END:VEVENT
"""), True, "Cardiolink", "Regional Sales Manager – Spain", "technical",
        "diego.arroyo@cardiolink.com;meredith.lang@cardiolink.com", "greenhouse-roleplay-en"))

    out.append(ev("ashby-final", cal("-//Ashby//Ashby Scheduling//EN", r"""
BEGIN:VEVENT
UID:ashby-3f7a1c90-22e1-4b6d-9a3c-neurosense-final
DTSTAMP:20260216T101500Z
DTSTART:20260220T090000Z
DTEND:20260220T103000Z
SUMMARY:Final Round: Sales Director Iberia — Lucía Fernández Ortega
ORGANIZER;CN=NeuroSense Recruiting:mailto:recruiting@neurosense.health
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Marta Solà;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marta@neurosense.health
ATTENDEE;CN=Tobias Reinholt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias@neurosense.health
ATTENDEE;CN=Priya Nair;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.nair@neurosense.health
LOCATION:https://neurosense.zoom.us/j/81234509876
DESCRIPTION:Hi Lucía\,\n\nHere is your final round for Sales Director Iberi
 a at NeuroSense.\n\n10:00 – 10:45  Marta Solà (CEO & co-founder)\n10:45 – 11:
 30  Tobias Reinholt (CRO)\n\nPriya Nair (Recruiting Coordinator) will be on
  the link at 9:55 to check audio and will not take part in the interviews.\n
 \nJoin Zoom: https://neurosense.zoom.us/j/81234509876\n\nPowered by Ashby
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "NeuroSense", "Sales Director Iberia", "final",
        "marta@neurosense.health;tobias@neurosense.health", "ashby-final-coordinator-en"))

    out.append(ev("lever-en", cal("-//Lever//Lever Interview//EN", rf"""
BEGIN:VEVENT
UID:lever-interview-a19b7c22-hemotec-2
DTSTAMP:20260121T160000Z
DTSTART:20260129T130000Z
DTEND:20260129T140000Z
SUMMARY:Interview with Hemotec: Lucía Fernández Ortega for Country Sales Manager Spain
ORGANIZER;CN=Lena Fischer:mailto:lena.fischer@hemotec.ch
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Urs Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:urs.brunner@hemotec.ch
LOCATION:Microsoft Teams
DESCRIPTION:Hi Lucía\, you'll meet Urs Brunner\, Head of Sales Southern Eur
 ope and the hiring manager for Country Sales Manager Spain.\n\n{teams("en", "366 210 447 915", "Hm4Tc8")}\n\nLen
 a Fischer · Talent Acquisition\, Hemotec AG (scheduled via Lever)
STATUS:CONFIRMED
END:VEVENT
"""), True, "Hemotec", "Country Sales Manager Spain", "hiring_manager", "urs.brunner@hemotec.ch",
        "lever-hiring-manager-en"))

    out.append(ev("icims-phone", cal("-//iCIMS//iCIMS Talent Platform//EN", r"""
BEGIN:VEVENT
UID:iCIMS-2026-INT-0004471-surgitek
DTSTAMP:20260119T220000Z
DTSTART:20260123T170000Z
DTEND:20260123T173000Z
SUMMARY:Interview Confirmation: Regional Sales Director\, Iberia - Surgitek
ORGANIZER;CN=Surgitek Talent Acquisition:mailto:careers@surgitek.com
ATTENDEE;CN=Lucia Fernandez Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Kevin O'Donnell;ROLE=REQ-PARTICIPANT:mailto:kevin.odonnell@surgitek.com
LOCATION:Phone – recruiter will call candidate
DESCRIPTION:Dear Lucia\,\n\nThis confirms your phone interview for Regional
  Sales Director\, Iberia (Req #2026-0471).\n\nInterviewer: Kevin O'Donnell\,
  Senior Talent Partner\nDuration: 30 minutes\nTime zone: 6:00 PM Central Euro
 pean Time\n\nPlease reply to this email if you need to reschedule.\n\nSurgite
 k Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Surgitek", "Regional Sales Director, Iberia", "recruiter_screen",
        "kevin.odonnell@surgitek.com", "icims-phone-en"))

    out.append(ev("goodtime-onsite", cal("-//GoodTime.io//GoodTime Scheduler//EN", rf"""
{TZ_MADRID}
BEGIN:VEVENT
UID:gt-evt-5c8e0b1f-helix-onsite-mad
DTSTAMP:20260130T180000Z
DTSTART;TZID=Europe/Madrid:20260206T093000
DTEND;TZID=Europe/Madrid:20260206T130000
SUMMARY:Onsite Interview – Helix Surgical – Lucía Fernández Ortega
ORGANIZER;CN=Megan Tully (Helix Surgical):mailto:scheduling@helixsurgical.goodtime.io
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Javier Llorente;ROLE=REQ-PARTICIPANT:mailto:jllorente@helixsurgical.com
ATTENDEE;CN=Samantha Reid;ROLE=REQ-PARTICIPANT:mailto:sreid@helixsurgical.com
ATTENDEE;CN=Pablo Urquijo;ROLE=REQ-PARTICIPANT:mailto:purquijo@helixsurgical.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=MAD-3-Retiro (8):mailto:mad-3-retiro@helixsurgical.com
LOCATION:Helix Surgical Madrid\, Paseo de la Castellana 95\, planta 3 – Retiro
DESCRIPTION:National Sales Manager\, Spain – onsite interview\n\n09:30 Welco
 me (Megan Tully\, Recruiting Coordinator)\n09:45 Javier Llorente – Country M
 anager Spain\n10:30 Samantha Reid – VP Sales EMEA (video)\n11:15 Pablo Urqui
 jo – Clinical Specialist Lead: OR case discussion\n12:00 Sales presentation t
 o the panel\n\nPlease bring ID for building security.\n\nScheduled with GoodT
 ime
STATUS:CONFIRMED
END:VEVENT
"""), True, "Helix Surgical", "National Sales Manager, Spain", "onsite",
        "jllorente@helixsurgical.com;sreid@helixsurgical.com;purquijo@helixsurgical.com",
        "goodtime-onsite-room-en"))

    out.append(ev("modernloop-final", cal("-//ModernLoop//ModernLoop Scheduling//EN", r"""
BEGIN:VEVENT
UID:ml-9e21c4a7-praxis-final-loop@modernloop.io
DTSTAMP:20260225T091500Z
DTSTART:20260304T130000Z
DTEND:20260304T150000Z
SUMMARY:[Final Interview] Praxis Health – Enterprise Sales Director Spain
ORGANIZER;CN=Praxis Health Talent:mailto:talent@praxishealth.io
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT:mailto:daniel.okafor@praxishealth.io
ATTENDEE;CN=Inés Calvo;ROLE=REQ-PARTICIPANT:mailto:ines.calvo@praxishealth.io
LOCATION:Google Meet – https://meet.google.com/prx-fnlp-hvd
DESCRIPTION:Final interview loop – Enterprise Sales Director Spain\n\n14:00
 –15:00 Daniel Okafor\, Chief Revenue Officer – deal review: walk us through
  a complex hospital deal you closed\n15:00–16:00 Inés Calvo\, CEO – vision\,
  culture and values\n\nScheduled via ModernLoop on behalf of Praxis Health
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Praxis Health", "Enterprise Sales Director Spain", "final",
        "daniel.okafor@praxishealth.io;ines.calvo@praxishealth.io", "modernloop-final-en"))

    out.append(ev("calcom-en", cal("-//Cal.com Inc.//Cal.com Event//EN", r"""
BEGIN:VEVENT
UID:calcom-8b7a6c5d4e3f2a1b0c9d@cal.com
DTSTAMP:20260211T090909Z
DTSTART:20260217T113000Z
DTEND:20260217T123000Z
SUMMARY:Sales case interview between Marc Ventura and Lucía Fernández Ortega
ORGANIZER;CN=Marc Ventura:mailto:marc.ventura@endomed-solutions.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:lucia.fernandez.ortega@
 gmail.com
LOCATION:https://app.cal.com/video/EnD0mEdXq
DESCRIPTION:What: Sales case interview\nWhen: Tuesday\, February 17\, 2026 1
 2:30pm - 1:30pm (Europe/Madrid)\nWho:\nMarc Ventura - Organizer\nmarc.ventur
 a@endomed-solutions.com\nLucía Fernández Ortega\nlucia.fernandez.ortega@gmail
 .com\nWhere: Cal Video\n\nAdditional notes: Business Development Manager Ib
 eria at EndoMed Solutions – bring a 3-slide plan for entering two private h
 ospital groups.
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "EndoMed Solutions", "Business Development Manager Iberia", "technical",
        "marc.ventura@endomed-solutions.com", "calcom-case-en"))

    out.append(ev("workable-en", cal("-//Workable//Workable Calendar//EN", rf"""
BEGIN:VEVENT
UID:workable-evt-a7e3d90b41@workablemail.com
DTSTAMP:20260305T101010Z
DTSTART:20260311T160000Z
DTEND:20260311T170000Z
SUMMARY:Interview: Lucía Fernández Ortega – Head of Business Development (Radiantis)
ORGANIZER;CN=Radiantis AI:mailto:noreply@workablemail.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Bruno Tarazona;PARTSTAT=ACCEPTED:mailto:bruno@radiantis.ai
LOCATION:Radiantis AI\, Marina de València\, Edificio Lanzadera
DESCRIPTION:Hi Lucía\,\n\nThis is the last step of the process for Head of B
 usiness Development: a conversation with Bruno Tarazona (CEO) at our office
  in La Marina. If you can't make it in person we'll send a link.\n\n{meet("en", "rdn-lstp-ceo")}\n\nSent via Workable
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Radiantis AI", "Head of Business Development", "final", "bruno@radiantis.ai",
        "workable-final-ceo-en"))

    out.append(ev("teamtailor-en", cal("-//Teamtailor//Teamtailor Meetings//EN", r"""
BEGIN:VEVENT
UID:tt-meeting-3a1d55e0c8b24f17@teamtailor.com
DTSTAMP:20260108T121212Z
DTSTART:20260112T083000Z
DTEND:20260112T090000Z
SUMMARY:Interview with Sonovia: Key Account Manager Ultrasound – Levante
ORGANIZER;CN=Sonovia:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Johanna Lindqvist;PARTSTAT=ACCEPTED:mailto:johanna.lindqvist@sonovia.se
LOCATION:Video meeting
DESCRIPTION:Hi Lucía!\n\nYou have an interview with Sonovia for the positio
 n Key Account Manager Ultrasound – Levante.\n\nParticipants: Johanna Lindqvis
 t (Recruiter)\n\nJoin the video meeting: https://app.teamtailor.com/video/son
 ovia/3a1d55e0\n\nCan't make it? Let us know by replying to this email.
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Sonovia", "Key Account Manager Ultrasound – Levante", "recruiter_screen",
        "johanna.lindqvist@sonovia.se", "teamtailor-en"))

    out.append(ev("calendly-recruiter", cal("-//Calendly//Calendly Scheduling//EN", r"""
BEGIN:VEVENT
UID:0dd1e2f3-a4b5-4c6d-8e7f-dermalia00002@calendly.com
DTSTAMP:20260226T174500Z
DTSTART:20260302T090000Z
DTEND:20260302T093000Z
SUMMARY:30 Minute Meeting between Sara Gil and Lucía Fernández Ortega
ORGANIZER;CN=Sara Gil:mailto:sara.gil@dermalia.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Sara Gil;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:sara.gil@dermalia.com
LOCATION:Sara Gil will call you at +34654218809
DESCRIPTION:Event Name: 30 Minute Meeting\n\nLocation: Sara Gil will call y
 ou at +34654218809\n\nQuestions:\nWhich role are you interested in?\nNational
  Sales Manager – Dermalia Aesthetics (injectables)\n\nNeed to make changes
  to this event?\nCancel: https://calendly.com/cancellations/0dd1e2f3\nResched
 ule: https://calendly.com/reschedulings/0dd1e2f3\n\nPowered by Calendly.com
END:VEVENT
""", method="REQUEST"), True, "Dermalia Aesthetics", "National Sales Manager", "recruiter_screen",
        "sara.gil@dermalia.com", "calendly-generic-name-en"))

    out.append(ev("smartrecruiters-en", cal("-//SmartRecruiters//Interview Scheduler//EN", r"""
BEGIN:VEVENT
UID:sr-int-0b4e7d21-5f8a-4c3b-9d6e-ossea000731
DTSTAMP:20260302T080000Z
DTSTART:20260310T150000Z
DTEND:20260310T160000Z
SUMMARY:Business case review – Sales Manager Spain (Orthobiologics)
ORGANIZER;CN=Ossea Biomaterials Talent Team:mailto:interviews+f1c09@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Giulia Ferraro:mailto:giulia.ferraro@ossea-bio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Meyer:mailto:thomas.meyer@ossea-bio.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Lucía\,\n\nYou are invited to present the business case we
  shared last week (launch plan for our bone graft substitute in Spanish pub
 lic hospitals). Panel: Giulia Ferraro (Commercial Director South Europe) an
 d Thomas Meyer (Head of Marketing).\n\nSent via SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Ossea Biomaterials", "Sales Manager Spain (Orthobiologics)", "technical",
        "giulia.ferraro@ossea-bio.com;thomas.meyer@ossea-bio.com", "smartrecruiters-case-en"))

    out.append(ev("workday-en", cal("-//Workday\\, Inc.//Workday Recruiting//EN", r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-R-0048213-pnv-2
DTSTAMP:20260128T073000Z
DTSTART:20260205T081500Z
DTEND:20260205T094500Z
SUMMARY:Interview Scheduled: National Sales Manager – Oncology (R-0048213)
ORGANIZER;CN=Pharmanova Talent Acquisition:mailto:pharmanova@myworkday.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
LOCATION:Pharmanova Iberia\, Torre Diagonal Litoral\, Barcelona – and Microsoft Teams
DESCRIPTION:Interview Details\n\nCandidate: Lucía Fernández Ortega\nJob Req
 uisition: R-0048213 National Sales Manager – Oncology (Spain)\nInterview T
 ype: Business Case Presentation\n\n09:15 – 10:00 Business case: oncology acc
 ount plan – Alberto Quesada (Business Unit Director Oncology)\n10:00 – 10:45
  Competency interview – Silvia Montaner (HR Business Partner)\n\nContact: Wor
 kday Recruiting – Pharmanova Iberia
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Pharmanova", "National Sales Manager – Oncology", "technical",
        "alberto quesada;silvia montaner", "workday-business-case-en"))

    return out
