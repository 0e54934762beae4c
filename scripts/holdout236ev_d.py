# ruff: noqa: E501, W291
"""holdout236 events, part d: Swiss and French industry, ATS variety (written blind)."""

from holdout236ev_tz import BERLIN_G, PARIS, ROMANCE, ZURICH

EVENTS = [
    dict(
        kind="cancelled-interview",
        uid="SF-IS-7f8e9d0c1b2a-LONZA-000092207",
        iv=1,
        company="Lonza",
        role="Head of Microbial Expression Platforms",
        stage="",
        who="andrea.zurbriggen@lonza.com",
        trap="successfactors-method-cancel-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:SF-IS-7f8e9d0c1b2a-LONZA-000092207
DTSTAMP:20260213T121744Z
DTSTART:20260219T093000Z
DTEND:20260219T103000Z
SUMMARY:Cancelled: Interview - Head of Microbial Expression Platforms - Vi
 sp
DESCRIPTION:Dear Anja Roth\,\n\nUnfortunately your interview with Andrea Z
 urbriggen has been cancelled. The recruiter will contact you to find a ne
 w date.\n\nLonza Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Lonza Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Andrea Zurbriggen:mailto:andrea.zurbriggen
 @lonza.com
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-loop",
        uid="gt-evt-20260310-qgn-5512a8f0c3",
        iv=1,
        company="Qiagen",
        role="Director R&D, Microbial Diagnostics",
        stage="technical",
        who="ralf.hensen@qiagen.com;ines.dufour@qiagen.com;paul.ostermann@qiagen.com",
        trap="goodtime-virtual-loop-technical-deep-dive",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-20260310-qgn-5512a8f0c3
DTSTAMP:20260303T071200Z
DTSTART:20260310T123000Z
DTEND:20260310T150000Z
SUMMARY:QIAGEN Virtual Interview – Anja Roth – Director R&D\, Microbial Di
 agnostics
DESCRIPTION:Your itinerary (CET):\n13:30-14:15 Technical deep dive: assay 
 development for AMR panels – Dr. Ralf Hensen\, VP Sample to Insight R&D\n1
 4:20-15:05 Ines Dufour\, Head of Microbiology Applications\n15:10-16:00 Pa
 ul Ostermann\, Senior Director Product Development\n\nAll sessions use the
  same Teams link:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_
 cWlhZ2Vu%40thread.v2/0\n\nScheduled by GoodTime on behalf of QIAGEN Talent
  Acquisition. Need to reschedule? Reply to your coordinator\, Jana Fischer
 .
LOCATION:Microsoft Teams
ORGANIZER;CN=QIAGEN Interview Scheduling:mailto:scheduling@goodtime.io
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anja.roth.mik
 ro@posteo.de
ATTENDEE;CN=Ralf Hensen;ROLE=REQ-PARTICIPANT:mailto:ralf.hensen@qiagen.com
ATTENDEE;CN=Ines Dufour;ROLE=REQ-PARTICIPANT:mailto:ines.dufour@qiagen.com
ATTENDEE;CN=Paul Ostermann;ROLE=REQ-PARTICIPANT:mailto:paul.ostermann@qiag
 en.com
ATTENDEE;CN=Jana Fischer;ROLE=NON-PARTICIPANT:mailto:jana.fischer@qiagen.c
 om
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters",
        uid="sr-interview-3c9a7e15-0b64-4f1e-92d8-d1a5b3e7f046",
        iv=1,
        company="CureVac",
        role="Senior Director Bacterial Vaccines",
        stage="",
        who="nadine.koehler@curevac.com;dr.r.stahl@curevac.com",
        trap="smartrecruiters-interview-tuebingen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3c9a7e15-0b64-4f1e-92d8-d1a5b3e7f046
DTSTAMP:20260330T080808Z
DTSTART:20260409T110000Z
DTEND:20260409T120000Z
SUMMARY:Interview: Senior Director Bacterial Vaccines (m/f/d) at CureVac
DESCRIPTION:Dear Anja\,\nyou are invited to an interview for the position 
 Senior Director Bacterial Vaccines (m/f/d).\n\nInterviewers: Nadine Köhle
 r (Talent Acquisition)\, Dr. Ralf Stahl (SVP Research)\nType: Video call\n
 Link: https://curevac.webex.com/meet/r.stahl\n\nThis invitation was sent 
 via SmartRecruiters.
LOCATION:Webex
ORGANIZER;CN=CureVac Recruiting:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Nadine Köhler:mailto:nadine.koehler@curevac.com
ATTENDEE;CN=Ralf Stahl:mailto:dr.r.stahl@curevac.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="refline-interview",
        uid="refline-basilea-4471-20260414-1",
        iv=1,
        company="Basilea",
        role="Head Antibacterial Discovery",
        stage="hiring_manager",
        who="marc.schaerer@basilea.com",
        trap="swiss-refline-gespraech-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Refline AG//Refline Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:refline-basilea-4471-20260414-1
DTSTAMP:20260402T090210Z
DTSTART;TZID=Europe/Zurich:20260414T100000
DTEND;TZID=Europe/Zurich:20260414T113000
SUMMARY:Gespräch Head Antibacterial Discovery – Frau Dr. Anja Roth
DESCRIPTION:Guten Tag Frau Dr. Roth\n\nWir freuen uns\, Sie zu einem Gespr
 äch bei Basilea Pharmaceutica International AG\, Hegenheimermattweg 167b\
 , 4123 Allschwil\, einzuladen.\n\nGesprächspartner: Dr. Marc Schärer\, Hea
 d of Research\; Corinne Wyss\, HR\n\nFreundliche Grüsse\nCorinne Wyss\nHR
  Business Partner
LOCATION:Basilea\, Hegenheimermattweg 167b\, 4123 Allschwil
ORGANIZER;CN=Corinne Wyss:mailto:jobs@basilea.com
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Marc Schärer:mailto:marc.schaerer@basilea.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-teamtailor",
        uid="teamtailor-interview-1188342-debio",
        iv=1,
        company="Debiopharm",
        role="Head of Microbiology (Antibacterials)",
        stage="hiring_manager",
        who="laurent.chappuis@debiopharm.com",
        trap="teamtailor-french-entretien-lausanne",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//FR
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:teamtailor-interview-1188342-debio
DTSTAMP:20260417T134500Z
DTSTART;TZID=Europe/Zurich:20260428T140000
DTEND;TZID=Europe/Zurich:20260428T150000
SUMMARY:Entretien – Head of Microbiology (Antibacterials) – Anja Roth
DESCRIPTION:Bonjour Anja\,\n\nNous avons le plaisir de vous confirmer votr
 e entretien avec Laurent Chappuis\, Head of Drug Discovery\, pour le poste
  de Head of Microbiology (Antibacterials).\n\nL'entretien aura lieu en vis
 ioconférence (Teams). L'échange peut se tenir en anglais ou en français\, 
 selon votre préférence.\n\nLien : https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_ZGViaW8%40thread.v2/0\n\nBien cordialement\,\nL'équipe Tale
 nt Acquisition Debiopharm
LOCATION:Microsoft Teams
ORGANIZER;CN=Debiopharm Talent Acquisition:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Laurent Chappuis:mailto:laurent.chappuis@debiopharm.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-rh",
        uid="040000008200E00074C5B7101A82E00800000000BB77CC88DD99DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        iv=1,
        company="bioMérieux",
        role="Directeur/Directrice R&D Microbiologie",
        stage="recruiter_screen",
        who="sophie.garnier@biomerieux.com",
        trap="french-outlook-entretien-rh-romance-tz",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="GARNIER Sophie":mailto:sophie.garnier@biomerieux.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Roth\,\n\nSuite à votre candidature au poste de Directeur/Directrice R&D Microbiologie\, je vous propose un premier entretien téléphonique d'environ 45 minutes. Je vous appellerai au +49 160 9482117.\n\nBien cordialement\,\nSophie Garnier\nTalent Acquisition Partner – R&D\nbioMérieux SA\, 376 chemin de l'Orme\, 69280 Marcy-l'Étoile\n
UID:040000008200E00074C5B7101A82E00800000000BB77CC88DD99DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – A. Roth / S. Garnier
DTSTART;TZID=Romance Standard Time:20260206T100000
DTEND;TZID=Romance Standard Time:20260206T104500
DTSTAMP:20260202T093012Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="journee-sur-site",
        uid="A7E0C3D1-8B2F-4E69-9F05-13C6B8A2D4E7",
        iv=1,
        company="bioMérieux",
        role="",
        stage="onsite",
        who="P.-Y. Marchand;Dr. Hélène Vasseur",
        trap="self-typed-french-site-day-paris-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PARIS + r"""BEGIN:VEVENT
CREATED:20260226T071215Z
UID:A7E0C3D1-8B2F-4E69-9F05-13C6B8A2D4E7
DTSTART;TZID=Europe/Paris:20260317T090000
DTEND;TZID=Europe/Paris:20260317T160000
DTSTAMP:20260226T071302Z
SEQUENCE:0
SUMMARY:bioMérieux Marcy – journée entretiens
LOCATION:bioMérieux\, 376 Chemin de l'Orme\, 69280 Marcy-l'Étoile\, France
DESCRIPTION:Vortrag 9:30 (EN ok). Dann P.-Y. Marchand (CSO) + Dr. Hélène V
 asseur (Head Microbiology R&D)\, Labortour\, Déjeuner. TGV Lyon Part-Dieu 
 17:34 zurück -> Übernachtung Frankfurt. Taxi Quittungen aufheben!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-entretien",
        uid="WD-INT-0f5b2a7d-3c19-44e8-8d6a-b7c21e90f3a8",
        iv=1,
        company="Sanofi",
        role="Responsable Bactériologie – Vaccins R&D",
        stage="",
        who="claire.morel@sanofi.com;thibault.renard@sanofi.com",
        trap="workday-french-entretien-visio",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Calendar 2026.18//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0f5b2a7d-3c19-44e8-8d6a-b7c21e90f3a8
DTSTAMP:20260504T074455Z
DTSTART:20260512T120000Z
DTEND:20260512T131500Z
SUMMARY:Entretien : Responsable Bactériologie – Vaccins R&D (R2841907)
DESCRIPTION:Bonjour Anja\,\n\nVotre entretien en visioconférence est confi
 rmé.\n\nParticipants : Claire Morel (Head of Bacterial Vaccines Research)\
 , Thibault Renard (HR Business Partner R&D France)\nLieu : Microsoft Teams
  – le lien vous sera envoyé par Claire.\n\nCordialement\,\nSanofi Talent A
 cquisition\n\nCeci est un message automatique envoyé par Workday.
LOCATION:Visioconférence
ORGANIZER;CN=Sanofi Recrutement:mailto:sanofi@myworkday.com
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Claire Morel:mailto:claire.morel@sanofi.com
ATTENDEE;CN=Thibault Renard:mailto:thibault.renard@sanofi.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop",
        uid="ml-7d1f3e9a-b0c4-4a57-8e26-9f4d0b1c2a83@modernloop.io",
        iv=1,
        company="Evotec",
        role="Head of Anti-Infectives Biology",
        stage="hiring_manager",
        who="claire.fontaine@evotec.com",
        trap="modernloop-hiring-manager-toulouse-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-7d1f3e9a-b0c4-4a57-8e26-9f4d0b1c2a83@modernloop.io
DTSTAMP:20260316T152233Z
DTSTART:20260324T130000Z
DTEND:20260324T140000Z
SUMMARY:Evotec | Anja Roth x Claire Fontaine (Hiring Manager)
DESCRIPTION:Role: Head of Anti-Infectives Biology (Toulouse\, France)\nInt
 erviewer: Dr. Claire Fontaine\, SVP In Vitro Biology\nFormat: 60 min video
  call\nJoin: https://evotec.zoom.us/j/94410226813\n\nIf you need to make ch
 anges\, please contact talent@evotec.com.\nScheduled with ModernLoop
LOCATION:https://evotec.zoom.us/j/94410226813
ORGANIZER;CN=Evotec Talent:mailto:talent@evotec.com
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Claire Fontaine:mailto:claire.fontaine@evotec.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-einladung",
        uid="personio-appt-771902-kairos",
        iv=1,
        company="Kairos Biome",
        role="VP Research (m/w/d)",
        stage="",
        who="lea.hartmann@kairosbiome.de;dr.amir.sadeghi@kairosbiome.de",
        trap="personio-german-gespraech-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:personio-appt-771902-kairos
DTSTAMP:20260518T091000Z
DTSTART;TZID=Europe/Berlin:20260526T110000
DTEND;TZID=Europe/Berlin:20260526T120000
SUMMARY:Kairos Biome: Gespräch zur Position VP Research (m/w/d)
DESCRIPTION:Hallo Anja\,\n\nwir freuen uns auf das Gespräch mit dir! Dabei
  sind Lea Hartmann (People & Culture) und Dr. Amir Sadeghi (CEO & Co-Foun
 der).\n\nGoogle Meet: https://meet.google.com/kbm-qpzx-twn\n\nBis bald\nDe
 in Kairos Biome Team\n\n--\nDiese Einladung wurde über Personio versendet.
LOCATION:https://meet.google.com/kbm-qpzx-twn
ORGANIZER;CN=Lea Hartmann:mailto:lea.hartmann@kairosbiome.de
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Amir Sadeghi:mailto:dr.amir.sadeghi@kairosbiome.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
