"""holdout198: Montréal agencies and private employers (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("teamtailor-appel", "teamtailor-interview-5e8c1a2f-7d3b-4b6e-91a0-national@teamtailor.com",
       1, "NATIONAL", "Directrice-conseil, Affaires publiques (bureau de Montréal)", "recruiter_screen",
       "vgirard@national.ca", "teamtailor-talent-partner-first-call", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5e8c1a2f-7d3b-4b6e-91a0-national@teamtailor.com
DTSTAMP:20260914T180012Z
DTSTART:20260917T130000Z
DTEND:20260917T133000Z
SUMMARY:Marie-Ève Gagnon <> NATIONAL | Premier appel
DESCRIPTION:Salut Marie-Ève!\n\nHâte de faire ta connaissance. On prend 30 minutes pour parler de ton parcours et du rôle de directrice-conseil\, Affaires publiques à notre bureau de Montréal.\n\nVéronique Girard\nPartenaire talents\, NATIONAL\n\nRejoindre Google Meet : https://meet.google.com/nfz-ptga-kqe
LOCATION:https://meet.google.com/nfz-ptga-kqe
ORGANIZER;CN=Véronique Girard:mailto:vgirard@national.ca
ATTENDEE;CN=Marie-Ève Gagnon;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("mise-en-situation", "teamtailor-interview-a19f04c2-2c55-4b1e-8d77-national@teamtailor.com",
       1, "NATIONAL", "Directrice-conseil, Affaires publiques (bureau de Montréal)", "technical",
       "pmarchand@national.ca", "timed-press-release-exercise", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-a19f04c2-2c55-4b1e-8d77-national@teamtailor.com
DTSTAMP:20260922T141105Z
DTSTART:20260928T130000Z
DTEND:20260928T150000Z
SUMMARY:NATIONAL | Mise en situation – Marie-Ève Gagnon
DESCRIPTION:Bonjour Marie-Ève\,\n\nVoici le déroulement de la mise en situation :\n- 9 h : Philippe Marchand (vice-président) te présente le cas d'un client fictif en gestion de crise (10 min)\n- 9 h 10 à 10 h 40 : rédaction d'un communiqué de presse et de trois lignes de presse (90 minutes\, ordinateur fourni)\n- 10 h 40 : retour avec Philippe (20 min)\n\nAdresse : 2001\, avenue McGill College\, bureau 800\, Montréal.\n\nVéronique
LOCATION:2001\, av. McGill College\, bureau 800\, Montréal
ORGANIZER;CN=Véronique Girard:mailto:vgirard@national.ca
ATTENDEE;CN=Marie-Ève Gagnon;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Philippe Marchand;RSVP=TRUE:mailto:pmarchand@national.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("rencontre-associee", "teamtailor-interview-cc7e3b90-0f14-4e62-a3d8-national@teamtailor.com",
       1, "NATIONAL", "Directrice-conseil, Affaires publiques (bureau de Montréal)", "final",
       "ltherrien@national.ca", "rencontre-avec-l-associee-final", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-cc7e3b90-0f14-4e62-a3d8-national@teamtailor.com
DTSTAMP:20261006T162000Z
DTSTART:20261014T163000Z
DTEND:20261014T173000Z
SUMMARY:Rencontre avec l'associée – Marie-Ève Gagnon
DESCRIPTION:Marie-Ève\,\n\nLouise Therrien\, associée principale\, aimerait te rencontrer pour la dernière étape. Un dîner léger sera servi.\n\nVéronique
LOCATION:2001\, av. McGill College\, bureau 800\, Montréal – salle Saint-Laurent
ORGANIZER;CN=Véronique Girard:mailto:vgirard@national.ca
ATTENDEE;CN=Marie-Ève Gagnon;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Louise Therrien;RSVP=TRUE:mailto:ltherrien@national.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-entrevue", "workable-tact-3a7d91e5b2@workablemail.com",
       1, "TACT", "Conseillère principale, relations publiques et gestion d'enjeux", "hiring_manager",
       "mnormandeau@tact.ca", "workable-agency-vp-video", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-tact-3a7d91e5b2@workablemail.com
DTSTAMP:20261001T125700Z
DTSTART:20261007T180000Z
DTEND:20261007T184500Z
SUMMARY:Entrevue avec Marie-Ève Gagnon pour Conseillère principale\, relations publiques et gestion d'enjeux
DESCRIPTION:Bonjour Marie-Ève\,\n\nVous êtes invitée à une entrevue vidéo avec Mathieu Normandeau (vice-président\, bureau de Montréal).\n\nLien : https://tact-ca.zoom.us/j/96622014587\n\nBonne chance!\nL'équipe TACT\n\nPowered by Workable
LOCATION:Zoom
ORGANIZER;CN=TACT:mailto:tact@workablemail.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Mathieu Normandeau:mailto:mnormandeau@tact.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("train-entrevue", "8F2C1D3E-5A6B-4C7D-9E0F-A1B2C3D4E5F7",
       1, "TACT", "Conseillère principale, relations publiques et gestion d'enjeux", "onsite",
       "Mathieu;Luc Ouimet", "hand-typed-second-round-with-train-notes", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
<<TOR_GOOGLE>>
BEGIN:VEVENT
UID:8F2C1D3E-5A6B-4C7D-9E0F-A1B2C3D4E5F7
DTSTAMP:20261015T014410Z
CREATED:20261015T014358Z
DTSTART;TZID=America/Toronto:20261021T110000
DTEND;TZID=America/Toronto:20261021T123000
SUMMARY:TACT 2e entrevue - Mtl
LOCATION:1 Place Ville Marie\, bureau 2001
DESCRIPTION:Mathieu + Luc Ouimet (associé)\nVIA 6h05 Ste-Foy -> arrive 9h30 Central\nretour 15h\nprendre congé a/m (SAGIR)\nleur parler du dossier assurance-emploi?? non confidentiel!!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    ev("smartrec-rh", "smartrecruiters-ubisoft-int-743210098@smartrecruiters.com",
       1, "Ubisoft Québec", "Directeur(trice) des communications – Ubisoft Québec", "recruiter_screen",
       "emilie.carrier@ubisoft.com", "smartrecruiters-game-studio-screen", r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:smartrecruiters-ubisoft-int-743210098@smartrecruiters.com
DTSTAMP:20260909T133300Z
DTSTART:20260915T170000Z
DTEND:20260915T174500Z
SUMMARY:Ubisoft - Entrevue RH - Directeur(trice) des communications – Ubisoft Québec
DESCRIPTION:Bonjour Marie-Ève\,\n\nMerci pour ta candidature! Émilie Carrier\, partenaire talents\, t'appellera via Teams.\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_UbiQc7743@thread.v2/0\n\nÀ bientôt\,\nUbisoft Québec Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Ubisoft Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Émilie Carrier:mailto:emilie.carrier@ubisoft.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("studio-visite", "smartrecruiters-ubisoft-int-743298811@smartrecruiters.com",
       1, "Ubisoft Québec", "Directeur(trice) des communications – Ubisoft Québec", "hiring_manager",
       "jean-philippe.rioux@ubisoft.com;emilie.carrier@ubisoft.com", "smartrecruiters-studio-head-onsite-visit", r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:smartrecruiters-ubisoft-int-743298811@smartrecruiters.com
DTSTAMP:20260924T120001Z
DTSTART:20260930T140000Z
DTEND:20260930T160000Z
SUMMARY:Ubisoft - Rencontre au studio - Directeur(trice) des communications – Ubisoft Québec
DESCRIPTION:Bonjour Marie-Ève\,\n\nTu rencontreras Jean-Philippe Rioux (directeur général du studio) puis Émilie Carrier pour une visite du studio.\n\n295\, boulevard Charest Est\, Québec – réception au 5e.\n\nUbisoft Québec Talent Acquisition
LOCATION:295 boul. Charest E\, Québec
ORGANIZER;CN=Ubisoft Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Jean-Philippe Rioux:mailto:jean-philippe.rioux@ubisoft.com
ATTENDEE;CN=Émilie Carrier:mailto:emilie.carrier@ubisoft.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("greenhouse-goodtime", "goodtime-7b3e2a1f9c4d-coveo@goodtime.io",
       1, "Coveo", "Senior Manager, Corporate Communications", "hiring_manager",
       "ncloutier@coveo.com", "goodtime-greenhouse-english-invite", r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7b3e2a1f9c4d-coveo@goodtime.io
DTSTAMP:20261020T200500Z
DTSTART:20261027T150000Z
DTEND:20261027T154500Z
SUMMARY:Interview: Marie-Ève Gagnon <> Nicolas Cloutier (Senior Manager\, Corporate Communications)
DESCRIPTION:Hi Marie-Ève\,\n\nYou are confirmed for your interview with Coveo.\n\nInterviewer: Nicolas Cloutier\, VP Communications & Brand\nDuration: 45 minutes\nFormat: Zoom — https://coveo.zoom.us/j/92001442218\n\nThis interview was scheduled by GoodTime on behalf of the Coveo Talent team. Interview kit details are managed in Greenhouse.\n\nNeed to reschedule? Reply to recruiting@coveo.com.
LOCATION:https://coveo.zoom.us/j/92001442218
ORGANIZER;CN=Coveo Recruiting:mailto:recruiting@coveo.com
ATTENDEE;CN=Marie-Ève Gagnon;ROLE=REQ-PARTICIPANT:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Nicolas Cloutier;ROLE=REQ-PARTICIPANT:mailto:ncloutier@coveo.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-screen", "lever-3f8e1d2c-4b5a-6978-8a9b-lightspeed@hire.lever.co",
       1, "Lightspeed", "Corporate Communications Lead (Bilingual)", "recruiter_screen",
       "sarah.oconnor@lightspeedhq.com", "lever-bilingual-recruiter-screen-english", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-3f8e1d2c-4b5a-6978-8a9b-lightspeed@hire.lever.co
DTSTAMP:20261103T171200Z
DTSTART:20261106T193000Z
DTEND:20261106T200000Z
SUMMARY:Lightspeed: Marie-Ève Gagnon - Phone Screen
DESCRIPTION:Hi Marie-Ève\,\n\nLooking forward to our chat about the Corporate Communications Lead (Bilingual) role. I'll call you at +1 418-571-0392.\n\nSarah O'Connor\nTalent Acquisition Partner\, Lightspeed Commerce\n\n--\nScheduled with Lever
LOCATION:Phone: +1 418-571-0392
ORGANIZER;CN=Sarah O'Connor:mailto:sarah.oconnor@lightspeedhq.com
ATTENDEE;CN=Marie-Ève Gagnon;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ashby-entrevue", "ashby-mila-0d5c7b9e-1f2a-4e3d-8c6b@ashbyhq.com",
       1, "Mila", "Directrice ou directeur des communications", "onsite",
       "hbrisson@mila.quebec;kevin.lam@mila.quebec;amelie.proulx@mila.quebec",
       "ashby-panel-ai-institute", r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:ashby-mila-0d5c7b9e-1f2a-4e3d-8c6b@ashbyhq.com
DTSTAMP:20261112T154900Z
DTSTART;TZID=America/Toronto:20261120T100000
DTEND;TZID=America/Toronto:20261120T120000
SUMMARY:Entrevue en personne – Directrice ou directeur des communications (Mila)
DESCRIPTION:Bonjour Marie-Ève\,\n\nVoici l'horaire de votre demi-journée :\n10 h 00 – Hélène Brisson\, cheffe de l'exploitation\n10 h 45 – Kevin Lam\, directeur\, partenariats\n11 h 20 – Amélie Proulx\, conseillère principale\, communications scientifiques\n\n6666\, rue Saint-Urbain\, Montréal.\n\nPlanifié avec Ashby
LOCATION:6666 rue Saint-Urbain\, Montréal
ORGANIZER;CN=Mila Talent:mailto:talent@mila.quebec
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Hélène Brisson:mailto:hbrisson@mila.quebec
ATTENDEE;CN=Kevin Lam:mailto:kevin.lam@mila.quebec
ATTENDEE;CN=Amélie Proulx:mailto:amelie.proulx@mila.quebec
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
