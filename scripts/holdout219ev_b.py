# ruff: noqa: E501
"""holdout219 events, part b: agencies, courts, committees, Strasbourg, Paris and national administrations."""

from holdout219ev_common import ATH_G, BRU_G, LUX_G, PAR_G, ev

EVENTS = [
    ev("eba-interview", "eba-sel-2025-ta-07-c112@eba.europa.eu", 1, "EBA",
       "Policy Expert - Institutional Relations and Communication (TA AD 7)", "onsite",
       "katrin.moser@eba.europa.eu;olivier.garnier@eba.europa.eu",
       "paris-agency-interview-and-written-test-same-day",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PAR_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251203T100000
DTEND;TZID=Europe/Paris:20251203T130000
DTSTAMP:20251121T094210Z
ORGANIZER;CN=EBA Selection:mailto:selection@eba.europa.eu
UID:eba-sel-2025-ta-07-c112@eba.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elise Vandenbroucke;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Katrin Moser;X-NUM-GUESTS=0:mailto:katrin.moser@eba.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivier Garnier;X-NUM-GUESTS=0:mailto:olivier.garnier@eba.europa.eu
DESCRIPTION:EBA/2025/TA/07 - Policy Expert - Institutional Relations and C
 ommunication (TA AD 7)\n\n10:00-11:00 written test (drafting a speaking n
 ote\, in English\, laptop provided)\n11:30-12:15 interview with the Selec
 tion Board (Katrin Moser\, Head of Unit\; Olivier Garnier\, Senior Polic
 y Expert)\n\nVenue: EBA\, Tour Europlaza\, 20 avenue André Prothin\, 920
 27 Paris La Défense. Please present your ID at the ground floor reception.
 \nTravel by train from Brussels is reimbursed (economy class).
LOCATION:EBA - Tour Europlaza\, La Défense
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EBA selection procedure - written test & interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("eca-entretien", "b8e0d7c4-3f2a-4a9e-9d61-0c5e8f7a2b13", 1, "Cour des comptes européenne",
       "Chargé(e) des relations institutionnelles (AD 6)", "hiring_manager", "sylvie.hoffmann@eca.europa.eu",
       "luxembourg-court-entretien-in-french-europe-luxembourg",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + LUX_G + r"""BEGIN:VEVENT
UID:b8e0d7c4-3f2a-4a9e-9d61-0c5e8f7a2b13
DTSTAMP:20251201T161002Z
DTSTART;TZID=Europe/Luxembourg:20251210T150000
DTEND;TZID=Europe/Luxembourg:20251210T154500
SUMMARY:Entretien - Chargé(e) des relations institutionnelles (AD 6) - Mme Vandenbroucke
ORGANIZER;CN="HOFFMANN Sylvie":mailto:sylvie.hoffmann@eca.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
LOCATION:Cour des comptes européenne\, 12 rue Alcide De Gasperi\, Luxembourg (Kirchberg) - bâtiment K2\, salle 3.07
DESCRIPTION:Madame\,\n\nJe vous remercie de votre intérêt pour le poste de chargé(e) des relations institutionnelles au sein de la Direction de la Présidence. Comme convenu par téléphone\, je vous confirme notre entretien le mercredi 10 décembre à 15h00.\n\nL'entretien se tiendra en français et en anglais. Merci de vous présenter à l'accueil du bâtiment K2 muni(e) d'une pièce d'identité.\n\nBien cordialement\,\nSylvie Hoffmann\nCheffe d'unité Relations institutionnelles\nCour des comptes européenne
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("eesc-interview", "EESC-REC-2025-CA-038-VANDENBROUCKE@eesc.europa.eu", 1, "EESC",
       "Contract Agent FG IV - Communication Officer", "onsite",
       "tomas.novak@eesc.europa.eu;aurelie.dumont@eesc.europa.eu",
       "advisory-committee-contract-agent-interview-skype-style-ids",
       r"""BEGIN:VCALENDAR
PRODID:-//EESC//Recruitment Planning//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:EESC-REC-2025-CA-038-VANDENBROUCKE@eesc.europa.eu
DTSTAMP:20251006T133015Z
DTSTART:20251015T080000Z
DTEND:20251015T084500Z
SUMMARY:EESC - CA/FG IV/038 - Interview Ms E. VANDENBROUCKE
ORGANIZER;CN=EESC Recruitment:mailto:recruitment@eesc.europa.eu
ATTENDEE;CN=VANDENBROUCKE Elise;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=NOVAK Tomas;PARTSTAT=ACCEPTED:mailto:tomas.novak@eesc.europa.eu
ATTENDEE;CN=DUMONT Aurélie;PARTSTAT=ACCEPTED:mailto:aurelie.dumont@eesc.europa.eu
LOCATION:JDE 62 (Jacques Delors building\, rue Belliard 99\, 1040 Brussels)
DESCRIPTION:Interview for the post of Communication Officer (Contract Agent FG IV)\, Directorate for Communication and Interinstitutional Relations.\nSelection panel: Mr Tomas Novak (Head of Unit)\, Ms Aurélie Dumont (Press officer)\nThe interview (English/French) will last 45 minutes and includes a 5-minute oral presentation on a topic given 30 minutes before the interview.\nPlease arrive at 09:15 at the JDE reception (rue Belliard 99).
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("cor-note", "a1a3f9d2-6a7c-4b77-9b0e-1f24c6d8e901", 1, "Comité européen des régions", "", "", "",
       "self-typed-bare-entretien-floating-no-stage",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251113T124406Z
UID:a1a3f9d2-6a7c-4b77-9b0e-1f24c6d8e901
DTEND:20251120T113000
SUMMARY:CdR entretien
LAST-MODIFIED:20251113T124530Z
DTSTAMP:20251113T124530Z
DTSTART:20251120T103000
LOCATION:rue Belliard 101 (VMA)
DESCRIPTION:AST/AD ? -> vérifier l'avis de vacance. Unité Presse. demander
  statut (AT 2f ?) + durée contrat
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("ombudsman-teams", "7c0f3d2e-ombud-2026-011@ombudsman.europa.eu", 1, "European Ombudsman",
       "Inquiries and Institutional Relations Officer", "hiring_manager", "rachel.oconnor@ombudsman.europa.eu",
       "strasbourg-ombudsman-teams-hiring-manager-english",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PAR_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260113T110000
DTEND;TZID=Europe/Paris:20260113T114500
DTSTAMP:20251219T102233Z
ORGANIZER;CN=Rachel O'Connor:mailto:Rachel.OConnor@ombudsman.europa.eu
UID:7c0f3d2e-ombud-2026-011@ombudsman.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Dear Elise\,\n\nThank you for your application for the post o
 f Inquiries and Institutional Relations Officer. As discussed\, I'd like
  to have a first conversation about the role\, your experience with the P
 arliament's PETI committee and your availability.\n\nThe meeting will be
  on Teams (link below). I am based in Strasbourg\; times are in CET.\n\nBe
 st regards\,\nRachel O'Connor\nHead of Unit\, Institutional Relations\n__
 ______________________________________\nMicrosoft Teams meeting\nJoin: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_NjJmODQ1YjgtYjM1Ny0
 0ZmQ0LWE0NDMtYjk1OGQ4ZDk3OTA4%40thread.v2/0\nMeeting ID: 318 442 775 09\nP
 asscode: qW9eB2
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Elise Vandenbroucke / European Ombudsman - conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("coe-written", "TALEO-COE-e-asmt-2025-112-58811@coe.int", 1, "Council of Europe",
       "Administrator - Directorate of Political Affairs (e112/2025)", "technical", "",
       "strasbourg-online-assessment-written-test-taleo",
       r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-COE-e-asmt-2025-112-58811@coe.int
DTSTAMP:20251028T150812Z
DTSTART:20251106T130000Z
DTEND:20251106T160000Z
SUMMARY:Council of Europe - Vacancy e112/2025 - Written tests (online)
ORGANIZER;CN=Council of Europe Recruitment:mailto:recruitment.noreply@coe.int
ATTENDEE;CN=Elise VANDENBROUCKE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Dear Candidate\,\n\nYou have been selected to take part in the written tests for the external recruitment procedure e112/2025 - Administrator\, Directorate of Political Affairs.\n\nThe tests are held online\, remotely invigilated\, and consist of:\n1. a case study in English (120 minutes)\n2. a summary in French of a text in English (60 minutes)\n\nYou will receive your login details 48 hours before the test. Please note that the results of these tests are eliminatory. Candidates who pass will be invited to an assessment centre and a panel interview in Strasbourg.\n\nDirectorate of Human Resources\nCouncil of Europe\, F-67075 Strasbourg Cedex
LOCATION:Online
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("coe-panel", "TALEO-COE-int-2025-112-58811@coe.int", 1, "Council of Europe",
       "Administrator - Directorate of Political Affairs (e112/2025)", "final", "",
       "strasbourg-panel-interview-final-utc-taleo",
       r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-COE-int-2025-112-58811@coe.int
DTSTAMP:20260109T092540Z
DTSTART:20260128T133000Z
DTEND:20260128T143000Z
SUMMARY:Council of Europe - e112/2025 - Panel interview / Entretien avec le jury
ORGANIZER;CN=Council of Europe Recruitment:mailto:recruitment.noreply@coe.int
ATTENDEE;CN=Elise VANDENBROUCKE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Dear Candidate\,\n\nFurther to the assessment centre\, we are pleased to invite you to the final panel interview for vacancy e112/2025\, which will take place in the Agora building\, 1 quai Jacoutot\, Strasbourg.\n\nThe panel is composed of representatives of the Directorate of Political Affairs\, the Directorate of Human Resources and the Staff Committee (observer). The interview will be conducted in English and French\, the two official languages of the Organisation.\n\nPlease bring your passport or ID card and the originals of your diplomas.\n\nChère candidate\, ...\n\nDirectorate of Human Resources
LOCATION:Agora building\, Strasbourg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("oecd-interview", "oecd-int-25-3178-elisev@oecd.org", 1, "OECD",
       "Policy Analyst - Public Governance (EU relations)", "hiring_manager",
       "claire.delacroix@oecd.org;david.kim@oecd.org", "paris-oecd-zoom-interview-europe-paris",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PAR_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260204T160000
DTEND;TZID=Europe/Paris:20260204T164500
DTSTAMP:20260126T171120Z
ORGANIZER;CN=Claire Delacroix:mailto:claire.delacroix@oecd.org
UID:oecd-int-25-3178-elisev@oecd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire
  Delacroix;X-NUM-GUESTS=0:mailto:claire.delacroix@oecd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David
  Kim;X-NUM-GUESTS=0:mailto:david.kim@oecd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elise.vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gm
 ail.com
DESCRIPTION:Interview - Policy Analyst\, Public Governance Directorate (va
 cancy 25-3178)\n\nWith Claire Delacroix (Head of Division) and David Kim
  (Senior Policy Analyst). 45 minutes\, in English\; some questions may be
  asked in French.\n\nJoin Zoom Meeting\nhttps://oecd.zoom.us/j/9381127764
 5?pwd=bXk2Zk1QcEZ4TnR0a2xNRWdWbnRoZz09\nMeeting ID: 938 1127 7645\nPassc
 ode: 514209\nOne tap mobile: +33170372246\,\,93811277645# France
LOCATION:https://oecd.zoom.us/j/93811277645
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OECD 25-3178 interview - E. Vandenbroucke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("esm-interview", "WD-INT-ESM-R0000894-000213@esm.myworkday.com", 1, "European Stability Mechanism",
       "Senior Institutional Relations Officer", "hiring_manager", "p.gonzalez@esm.europa.eu",
       "workday-luxembourg-hiring-manager-utc",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-ESM-R0000894-000213@esm.myworkday.com
DTSTAMP:20251208T101512Z
DTSTART:20251216T090000Z
DTEND:20251216T094500Z
SUMMARY:Interview for R0000894 Senior Institutional Relations Officer
ORGANIZER;CN=ESM Talent Acquisition:mailto:esm@myworkday.com
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Pablo Gonzalez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:P.Gonzalez@esm.europa.eu
LOCATION:Microsoft Teams
DESCRIPTION:Interview Details\n\nCandidate: Elise Vandenbroucke\nJob Requisition: R0000894 Senior Institutional Relations Officer\nInterview Type: Hiring Manager Interview\nInterviewer: Pablo Gonzalez (Head of Institutional Relations)\nDuration: 45 minutes\n\nJoin on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQxNjAwMjUtNTg4OS00OTM5LWE2YzEtOTFkNzk2MzA4NmUy%40thread.v2/0\n\nPlease do not reply to this automated e-mail.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("renew-interview", "5t1rb8r4o0p6sd7cl2m3k9g0ah@google.com", 1, "Renew Europe Group",
       "Policy Adviser - ITRE Committee", "onsite",
       "matthieu.lambert@europarl.europa.eu;sanne.dekker@europarl.europa.eu",
       "parliament-political-group-panel-itre-adviser",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251009T170000
DTEND;TZID=Europe/Brussels:20251009T174500
DTSTAMP:20251002T084101Z
ORGANIZER;CN=Renew Europe Recruitment:mailto:renew-recruitment@europarl.europa.eu
UID:5t1rb8r4o0p6sd7cl2m3k9g0ah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Matthi
 eu Lambert;X-NUM-GUESTS=0:mailto:matthieu.lambert@europarl.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sanne
  Dekker;X-NUM-GUESTS=0:mailto:sanne.dekker@europarl.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elise.vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gm
 ail.com
DESCRIPTION:Dear Ms Vandenbroucke\,\n\nFollowing your application for the
  post of Policy Adviser - ITRE Committee (temporary agent\, AD 5)\, the se
 lection panel would like to meet you.\n\nPanel: Matthieu Lambert (Deputy
  Secretary-General)\, Sanne Dekker (Head of the ITRE working group)\n\nPl
 ease come to the European Parliament\, ASP building\, Rue Wiertz 60\, and
  ask for the Renew Europe secretariat at the visitors' desk (badge to be
  collected with your ID). It's plenary-free week\, so the building will b
 e quiet.\n\nBest\,\nRenew Europe Secretariat
LOCATION:European Parliament\, ASP 10G146
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Policy Adviser ITRE - E. Vandenbroucke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("spf-jury", "BOSA-SEL-AFG25112-JURY-0091@bosa.belgium.be", 1, "SPF Affaires étrangères",
       "Attaché Affaires européennes (m/f/x) - niveau A2", "onsite", "",
       "belgian-federal-bosa-jury-selection-interview-french",
       r"""BEGIN:VCALENDAR
PRODID:-//BOSA//Selection Planning//FR
VERSION:2.0
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
UID:BOSA-SEL-AFG25112-JURY-0091@bosa.belgium.be
DTSTAMP:20251204T070011Z
DTSTART;TZID=Europe/Brussels:20251218T131500
DTEND;TZID=Europe/Brussels:20251218T143000
SUMMARY:AFG25112 - Entretien de sélection (jury)
ORGANIZER;CN=BOSA Sélection:mailto:noreply.selection@bosa.belgium.be
ATTENDEE;CN=Vandenbroucke Elise;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:elise.vdbroucke@gmail.com
LOCATION:BOSA\, WTC III\, Boulevard Simon Bolivar 30\, 1000 Bruxelles - 8e étage
DESCRIPTION:Madame\,\n\nVous avez réussi le screening du CV pour la sélection AFG25112 - Attaché Affaires européennes (m/f/x) pour le SPF Affaires étrangères\, Commerce extérieur et Coopération au Développement.\n\nVous êtes invitée à l'entretien de sélection. L'entretien comporte une préparation écrite (30 minutes) d'une étude de cas suivie d'un entretien avec le jury (45 minutes)\, qui évaluera vos compétences génériques et techniques.\n\nMunissez-vous de votre carte d'identité. En cas d'empêchement\, prévenez-nous au plus vite via votre compte My BOSA.\n\nBonne chance !\nBOSA - Service Sélection et Recrutement
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("tresor-entretien", "Rl9X2qk5aSpQe0t8fVhC@talentsoft-economie.gouv.fr", 1, "Direction générale du Trésor",
       "Chargé(e) de mission Affaires européennes - bureau Europe 1 (détachement)", "hiring_manager",
       "anne-sophie.rigaud@dgtresor.gouv.fr",
       "french-ministry-entretien-detachement-europe-paris",
       r"""BEGIN:VCALENDAR
PRODID:-//Talentsoft//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
""" + PAR_G + r"""BEGIN:VEVENT
UID:Rl9X2qk5aSpQe0t8fVhC@talentsoft-economie.gouv.fr
DTSTAMP:20251105T104400Z
DTSTART;TZID=Europe/Paris:20251114T140000
DTEND;TZID=Europe/Paris:20251114T150000
SUMMARY:Entretien - Chargé(e) de mission Affaires européennes (Trésor - Europe 1)
ORGANIZER;CN=Recrutement DG Trésor:mailto:recrutement@dgtresor.gouv.fr
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Anne-Sophie Rigaud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anne-sophie.rigaud@dgtresor.gouv.fr
LOCATION:Ministère de l'Économie\, 139 rue de Bercy\, 75012 Paris - bâtiment Colbert\, pièce 3071
DESCRIPTION:Madame\,\n\nNous avons bien reçu votre candidature sur le poste de chargé(e) de mission Affaires européennes (bureau Europe 1\, sous-direction des affaires européennes)\, ouvert aux agents contractuels et en détachement.\n\nMme Anne-Sophie Rigaud\, sous-directrice\, vous recevra en entretien le vendredi 14 novembre à 14h00.\n\nMerci de vous munir d'une pièce d'identité pour l'accès au ministère (contrôle à l'entrée Bercy).\n\nCordialement\,\nLe bureau du recrutement - DG Trésor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("tresor-annule", "Vb4Nq8Lm2XcT7pEw1YzK@talentsoft-economie.gouv.fr", 1, "Direction générale du Trésor",
       "Chargé(e) de mission Affaires européennes - bureau Europe 1 (détachement)", "final",
       "bertrand.leclerc@dgtresor.gouv.fr",
       "french-ministry-second-entretien-method-cancel",
       r"""BEGIN:VCALENDAR
PRODID:-//Talentsoft//Recruiting//FR
VERSION:2.0
METHOD:CANCEL
""" + PAR_G + r"""BEGIN:VEVENT
UID:Vb4Nq8Lm2XcT7pEw1YzK@talentsoft-economie.gouv.fr
DTSTAMP:20251201T085933Z
DTSTART;TZID=Europe/Paris:20251205T103000
DTEND;TZID=Europe/Paris:20251205T111500
SUMMARY:ANNULÉ : 2nd entretien - M. Leclerc\, chef de service - Mme Vandenbroucke
ORGANIZER;CN=Recrutement DG Trésor:mailto:recrutement@dgtresor.gouv.fr
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Bertrand Leclerc;ROLE=REQ-PARTICIPANT:mailto:bertrand.leclerc@dgtresor.gouv.fr
LOCATION:Ministère de l'Économie\, 139 rue de Bercy\, 75012 Paris
DESCRIPTION:Madame\,\n\nEn raison d'un déplacement imprévu de M. Leclerc à Bruxelles (Conseil ECOFIN)\, l'entretien prévu le 5 décembre est annulé. Nous reviendrons vers vous rapidement pour vous proposer une nouvelle date.\n\nCordialement\,\nLe bureau du recrutement - DG Trésor
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("bayern-gespraech", "2b9e7c41-0d55-4c1f-8a3e-vertretung-bayern-eu", 1, "Vertretung des Freistaates Bayern bei der EU",
       "Referentin/Referent für EU-Energie- und Industriepolitik", "hiring_manager",
       "stefan.huber@stk.bayern.de;veronika.maier@stk.bayern.de",
       "german-regional-representation-auswahlgespraech-brussels",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
UID:2b9e7c41-0d55-4c1f-8a3e-vertretung-bayern-eu
DTSTAMP:20251013T110500Z
DTSTART;TZID=Europe/Brussels:20251021T100000
DTEND;TZID=Europe/Brussels:20251021T110000
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Referent/in EU-Energie- und Industriepolitik - Frau Vandenbroucke
ORGANIZER;CN="Huber, Stefan (StK)":mailto:Stefan.Huber@stk.bayern.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Maier, Veronika (StK)":mailto:Veronika.Maier@stk.bayern.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Besprechungsraum Wittelsbach (2. OG)":mailto:raum.wittelsbach@stk.bayern.de
LOCATION;LANGUAGE=de-DE:Vertretung des Freistaates Bayern bei der EU\, Rue Wiertz 77\, 1000 Brüssel
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vandenbroucke\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns\, Sie zu einem persönlichen Auswahlgespräch in die Vertretung einladen zu dürfen. Das Gespräch führen Herr Dr. Stefan Huber (Leiter des Referats Wirtschaft\, Energie) und Frau Veronika Maier (Personal).\n\nDas Gespräch wird überwiegend auf Deutsch geführt\; einzelne Fragen stellen wir auf Englisch oder Französisch.\n\nMit freundlichen Grüßen\nStefan Huber
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("enisa-interview", "enisa-2025-ta-19-iv-3320@enisa.europa.eu", 1, "ENISA",
       "Stakeholder and Institutional Relations Officer (Brussels office)", "onsite",
       "georgios.papadakis@enisa.europa.eu;lena.fischer@enisa.europa.eu",
       "agency-interview-europe-athens-zone-webex",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ATH_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Athens:20260210T120000
DTEND;TZID=Europe/Athens:20260210T130000
DTSTAMP:20260202T093015Z
ORGANIZER;CN=ENISA Recruitment:mailto:recruitment@enisa.europa.eu
UID:enisa-2025-ta-19-iv-3320@enisa.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elise Vandenbroucke;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Georgi
 os Papadakis;X-NUM-GUESTS=0:mailto:georgios.papadakis@enisa.europa.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena F
 ischer;X-NUM-GUESTS=0:mailto:lena.fischer@enisa.europa.eu
DESCRIPTION:ENISA-TA-AD6-2025-19 Stakeholder and Institutional Relations O
 fficer (Brussels office)\n\nInterview with the Selection Board followed b
 y a written test (30 min\, online). Times are Athens time (EET) - i.e. 11
 :00 in Brussels.\n\nWebex: https://enisa.webex.com/meet/selection.board\nA
 ccess code 2367 118 4452
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ENISA selection - interview + written test
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-agency", "AAMkAGQ4ZjYxN2E2LWI5ZTItNDc3My1hYTcyLTE2Mzg0ZDBmNmNmNwBGAAAAAACdlUzRr1QdTp7vh1Jp",
       1, "hub.brussels", "Chargée de relations européennes", "recruiter_screen", "Nadia El Khattabi",
       "microsoft-bookings-candidate-slot-regional-agency",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "") + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement hub.brussels:mailto:Recrutementhubbrussels@hubbrussels.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
DESCRIPTION;LANGUAGE=fr-BE:Votre rendez-vous est confirmé.\n\nService : Premier entretien téléphonique - Chargée de relations européennes (CDI)\nMembre du personnel : Nadia El Khattabi\nDurée : 30 minutes\n\nNadia vous appellera au +32 478 21 90 43.\n\nPour modifier ou annuler votre rendez-vous : https://outlook.office365.com/owa/calendar/Recrutementhubbrussels@hubbrussels.onmicrosoft.com/bookings/\n\nMicrosoft Bookings
UID:AAMkAGQ4ZjYxN2E2LWI5ZTItNDc3My1hYTcyLTE2Mzg0ZDBmNmNmNwBGAAAAAACdlUzRr1QdTp7vh1Jp
SUMMARY;LANGUAGE=fr-BE:Premier entretien téléphonique - Chargée de relations européennes (CDI)
DTSTART;TZID=Europe/Brussels:20251030T123000
DTEND;TZID=Europe/Brussels:20251030T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T200417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
