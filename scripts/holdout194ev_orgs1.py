"""holdout194: NGOs, publishers, edtech and school groups via ATS tools (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("lever-tfb", "lever-7e1f0c3a-2b9d-4d11-a6e5-88c0f4b2d911",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-7e1f0c3a-2b9d-4d11-a6e5-88c0f4b2d911
DTSTAMP:20250114T144400Z
DTSTART:20250121T161500Z
DTEND:20250121T170000Z
SUMMARY:Teach for Belgium – Entretien Responsable Formation & Accompagnement
ORGANIZER;CN=Teach for Belgium:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Julie Verhaegen;ROLE=REQ-PARTICIPANT:mailto:julie.verhaegen@teachforbelgium.org
DESCRIPTION:Bonjour Margaux\,\n\nVoici la confirmation de votre entretien a
 vec Julie Verhaegen (Directrice du programme) pour le poste Responsable For
 mation & Accompagnement (FR).\n\nLien Google Meet : https://meet.google.com
 /ntv-qqre-bmk\n\nÀ bientôt\,\nL'équipe Talent de Teach for Belgium
LOCATION:https://meet.google.com/ntv-qqre-bmk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Teach for Belgium", role="Responsable Formation & Accompagnement (FR)",
      stage="hiring_manager", interviewers=["julie.verhaegen@teachforbelgium.org"], trap="lever-noreply-ngo"),

    E("ashby-wooclap", "ashby-interview-5c0a7e21-93d4-4f6b-b218-0e7d2a9c4f55",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-5c0a7e21-93d4-4f6b-b218-0e7d2a9c4f55
DTSTAMP:20250130T101733Z
DTSTART:20250204T090000Z
DTEND:20250204T093000Z
SUMMARY:Wooclap | Intro call | Margaux Lambert
ORGANIZER;CN=Wooclap Recruiting:mailto:recruiting@wooclap.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Elise Mertens;ROLE=REQ-PARTICIPANT:mailto:elise.mertens@wooclap.com
DESCRIPTION:Hi Margaux\, looking forward to our chat about the Pedagogical
  Lead – Secondary Schools (FR/BE) role!\n\nYou'll meet Elise (Talent Acquisi
 tion Partner).\n\nJoin Zoom: https://wooclap.zoom.us/j/81237746620?pwd=Q3R
 ydUxW\n\nScheduled with Ashby
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Wooclap", role="Pedagogical Lead – Secondary Schools (FR/BE)",
      stage="recruiter_screen", interviewers=["elise.mertens@wooclap.com"], trap="ashby-intro-call-talent-partner"),

    E("modernloop-wooclap", "modernloop-evt-20250212-ml-33f8a1",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-evt-20250212-ml-33f8a1
DTSTAMP:20250207T083000Z
DTSTART:20250212T130000Z
DTEND:20250212T143000Z
SUMMARY:[Wooclap] Case study presentation - Pedagogical Lead
ORGANIZER;CN=Elise Mertens:mailto:elise.mertens@wooclap.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Sébastien Moreau;ROLE=REQ-PARTICIPANT:mailto:sebastien.moreau@wooclap.com
ATTENDEE;CN=Anouk Janssens;ROLE=REQ-PARTICIPANT:mailto:anouk.janssens@wooclap.com
DESCRIPTION:Agenda\n- 20 min: your case presentation (how would you roll o
 ut Wooclap in 15 secondary schools of one network?)\n- 40 min: Q&A with Sé
 bastien (Head of Education) and Anouk (Customer Success Lead)\n- 10 min: yo
 ur questions\n\nWooclap HQ\, Boulevard Anspach 1\, 1000 Brussels (or Zoom i
 f you prefer: https://wooclap.zoom.us/j/85521190334)\n\nScheduled via Moder
 nLoop on behalf of Elise Mertens
LOCATION:Wooclap HQ – Boulevard Anspach 1\, Brussels
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Wooclap", role="Pedagogical Lead", stage="technical",
      interviewers=["sebastien.moreau@wooclap.com", "anouk.janssens@wooclap.com"],
      trap="modernloop-case-presentation-coordinator-organizer"),

    E("workday-cupa", "WD-INTERVIEW-0042-8817-CUPA",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-0042-8817-CUPA
DTSTAMP:20250225T110000Z
DTSTART:20250305T100000Z
DTEND:20250305T104500Z
SUMMARY:Interview: Education Adviser - Belgium & Luxembourg (JR-018842)
ORGANIZER;CN=Cambridge University Press & Assessment:mailto:cambridge@myworkday.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Candidate: Margaux Lambert\nJob Requisition: JR-018842 Educatio
 n Adviser - Belgium & Luxembourg\nInterview Type: Hiring Manager Interview
 \nInterviewer(s): Oliver Pratt\nLocation: Microsoft Teams (link to follow f
 rom interviewer)\n\nTo view or change this interview\, visit your candidate
  home: https://cambridge.wd3.myworkdayjobs.com/
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Cambridge University Press & Assessment",
      role="Education Adviser - Belgium & Luxembourg", stage="hiring_manager", interviewers=["Oliver Pratt"],
      trap="workday-requisition-interviewer-in-body"),

    E("smartrecruiters-vanin", "sr-ev-6f2e9b1d-vanin",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:sr-ev-6f2e9b1d-vanin
DTSTAMP:20250312T090000Z
DTSTART;TZID=Europe/Brussels:20250320T103000
DTEND;TZID=Europe/Brussels:20250320T113000
SUMMARY:Entretien - Conseiller·ère pédagogique Secondaire (FWB) - Van In
ORGANIZER;CN=Van In Recrutement:mailto:vanin@smartrecruiters.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Nicolas Fontaine;ROLE=REQ-PARTICIPANT:mailto:nicolas.fontaine@vanin.be
DESCRIPTION:Bonjour Margaux\,\nNicolas Fontaine\, Responsable éditorial Sec
 ondaire\, vous rencontrera dans nos bureaux de Wommelgem ou en visio selon v
 otre préférence.\nPour toute modification\, utilisez le lien de votre espac
 e candidat.\n--\nPowered by SmartRecruiters
LOCATION:Van In\, Nijverheidsstraat 92/5\, 2160 Wommelgem / Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Éditions Van In", role="Conseiller·ère pédagogique Secondaire (FWB)",
      stage="hiring_manager", interviewers=["nicolas.fontaine@vanin.be"], trap="smartrecruiters-publisher-adviser"),

    E("workable-plantyn", "workable-ev-2f6a93c1b0e8@workable.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-2f6a93c1b0e8@workable.com
DTSTAMP:20250402T143001Z
DTSTART:20250408T080000Z
DTEND:20250408T084500Z
SUMMARY:Plantyn: Video call with Margaux Lambert (Chef de projet pédagogique – Sciences)
ORGANIZER;CN=Amélie Giot:mailto:amelie.giot@plantyn.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Amélie Giot;ROLE=REQ-PARTICIPANT:mailto:amelie.giot@plantyn.com
DESCRIPTION:Video call via Google Meet\nhttps://meet.google.com/kpj-wbdo-f
 ux\n\nThis event was created from Workable.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Plantyn", role="Chef de projet pédagogique – Sciences",
      interviewers=["amelie.giot@plantyn.com"], trap="workable-terse-video-call"),

    E("successfactors-perspective", "SF-INT-20250409-0000193374",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:SF-INT-20250409-0000193374
DTSTAMP:20250401T121500Z
DTSTART;TZID=Europe/Brussels:20250409T140000
DTEND;TZID=Europe/Brussels:20250409T150000
SUMMARY:Entretien de sélection : Chargé·e de mission Service École (H/F/X) – Req 2417
ORGANIZER;CN=talent.brussels:mailto:noreply@successfactors.eu
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Yasmina Haddad;ROLE=REQ-PARTICIPANT:mailto:yhaddad@perspective.brussels
ATTENDEE;CN=Frédéric Hanssens;ROLE=REQ-PARTICIPANT:mailto:fhanssens@talent.brussels
DESCRIPTION:Organisme : perspective.brussels – Service École\nFonction : Cha
 rgé·e de mission Service École (H/F/X) – niveau A1\nJury : Yasmina Haddad (r
 esponsable du Service École) et Frédéric Hanssens (sélectionneur talent.br
 ussels)\nLieu : talent.brussels\, Rue Royale 2-4\, 1000 Bruxelles\n\nMerci d
 e confirmer votre présence via votre compte candidat.
LOCATION:talent.brussels\, Rue Royale 2-4\, 1000 Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="perspective.brussels", role="Chargé·e de mission Service École (H/F/X)",
      stage="onsite", interviewers=["yhaddad@perspective.brussels", "fhanssens@talent.brussels"],
      trap="regional-agency-selects-for-named-body"),

    E("teamtailor-fpe", "teamtailor-interview-8811200@teamtailor.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-8811200@teamtailor.com
DTSTAMP:20250423T083000Z
DTSTART:20250430T123000Z
DTEND:20250430T131500Z
SUMMARY:Rencontre – Fondation pour l'Enseignement x Margaux Lambert
ORGANIZER;CN=Fondation pour l'Enseignement:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Gaëlle Dethier;ROLE=REQ-PARTICIPANT:mailto:gaelle.dethier@fondation-enseignement.be
ATTENDEE;CN=Olivier Lemmens;ROLE=REQ-PARTICIPANT:mailto:olivier.lemmens@fondation-enseignement.be
DESCRIPTION:Poste : Coordinateur·rice du programme « Directions d'écoles »\n
 Lien de la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _MzQ1%40thread.v2/0\n\nVous recevez cette invitation via Teamtailor.
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Fondation pour l'Enseignement",
      role="Coordinateur·rice du programme « Directions d'écoles »",
      interviewers=["gaelle.dethier@fondation-enseignement.be", "olivier.lemmens@fondation-enseignement.be"],
      trap="teamtailor-rencontre-wording"),

    E("icims-nordanglia", "icims-int-3390221-nae",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Scheduling//EN
METHOD:REQUEST
%TZ_LONDON%
BEGIN:VEVENT
UID:icims-int-3390221-nae
DTSTAMP:20250114T120000Z
DTSTART;TZID=Europe/London:20250123T150000
DTEND;TZID=Europe/London:20250123T154500
SUMMARY:Nord Anglia Education - Interview - Head of Secondary (Req 2025-4471)
ORGANIZER;CN=Nord Anglia Education Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Dear Margaux\,\n\nThank you for your interest in the Head of Sec
 ondary position (Req 2025-4471). This first interview will be held with Ha
 nnah Lowe\, Regional Talent Partner (Europe)\, via Microsoft Teams.\n\nPleas
 e note times are shown in UK time.\n\nKind regards\,\nNord Anglia Education
  Talent Acquisition
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Nord Anglia Education", role="Head of Secondary", stage="recruiter_screen",
      interviewers=["Hannah Lowe"], trap="icims-regional-talent-partner-uk-time"),
]
