"""holdout155 events, part A: multi-round processes (Verhaeghe, Caldera, Norelis, Van Houten, Alcántara)."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("workday-screen", "WD-INTV-7f3a91c2e0b44d51a8c6@myworkday.com", 1,
       "Verhaeghe Foods", "HR Director", "recruiter_screen", "an.declercq@verhaeghefoods.be",
       "workday-teams-recruiter-screen-english",
       r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:WD-INTV-7f3a91c2e0b44d51a8c6@myworkday.com
DTSTAMP:20250304T091512Z
SEQUENCE:0
DTSTART;TZID=Europe/Brussels:20250311T100000
DTEND;TZID=Europe/Brussels:20250311T104500
SUMMARY:Interview: HR Director (R-04471) - Emilie Dubois
LOCATION:Microsoft Teams
DESCRIPTION:Dear Emilie\,\n\nThank you for your interest in Verhaeghe Foods
 . We are pleased to invite you to a first conversation for the position H
 R Director (R-04471).\n\nInterviewer: An Declercq\, Talent Acquisition Lea
 d\nDuration: 45 minutes\n\n______________________________\nMicrosoft Team
 s meeting\nJoin on your computer\, mobile app or room device\nClick here t
 o join the meeting\nMeeting ID: 372 118 904 551\nPasscode: 7Hq2Zk\n_______
 _______________________\n\nPlease do not reply to this message. Should you
  need to reschedule\, contact your recruiter.\n\nVerhaeghe Foods - Talent
  Acquisition
ORGANIZER;CN=Verhaeghe Foods Recruiting:mailto:verhaeghefoods@myworkday.com
ATTENDEE;CN=Emilie Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=An Declercq;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:an.declercq@verhaeghefoods.be
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("gesprek-ceo", "040000008200E00074C5B7101A82E00800000000B0D6C4A2F18DDB01000000000000000010000000A1E4C0F3B2D1894A9E7F6A5C3B2D1E0F", 1,
       "Verhaeghe Foods", "HR Director", "hiring_manager", "koen.verhaeghe@verhaeghefoods.be",
       "outlook-dutch-second-gesprek-ceo-sent-by-assistant",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Verhaeghe, Koen";SENT-BY="mailto:els.maes@verhaeghefoods.be":mailto:koen.verhaeghe@verhaeghefoods.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WON - Vergaderzaal Leie (8p)":mailto:won.leie@verhaeghefoods.be
DESCRIPTION;LANGUAGE=nl-BE:Beste mevrouw Dubois\,\n\nIn opvolging van uw gesprek met An Declercq nodigt Koen Verhaeghe u graag uit voor een tweede gesprek over de functie van HR Director.\n\nAdres: Industrieweg 112\, 9032 Wondelgem. Gelieve zich aan te melden aan het onthaal\; parking voor bezoekers aan de linkerkant.\n\nMet vriendelijke groeten\,\nEls Maes\nDirectieassistente\n
UID:040000008200E00074C5B7101A82E00800000000B0D6C4A2F18DDB01000000000000000010000000A1E4C0F3B2D1894A9E7F6A5C3B2D1E0F
SUMMARY;LANGUAGE=nl-BE:Gesprek HR Director - mevr. Emilie Dubois
DTSTART;TZID=Romance Standard Time:20250325T140000
DTEND;TZID=Romance Standard Time:20250325T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T103344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:WON - Vergaderzaal Leie (8p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("finaal-rvb", "040000008200E00074C5B7101A82E00800000000D81A77E3A2A8DB010000000000000000100000003C9F1E2D4B5A6C7D8E9F0A1B2C3D4E5F", 1,
       "Verhaeghe Foods", "HR Director", "final",
       "koen.verhaeghe@verhaeghefoods.be;marc.lambrecht@lambrecht-invest.be",
       "outlook-bilingual-final-board-chair-external-address",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Declercq, An":mailto:an.declercq@verhaeghefoods.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Verhaeghe, Koen":mailto:koen.verhaeghe@verhaeghefoods.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Lambrecht:mailto:marc.lambrecht@lambrecht-invest.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BXL - Meeting room Sablon":mailto:bxl.sablon@verhaeghefoods.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Emilie\,\n\nZoals telefonisch besproken: finaal gesprek met Koen en met Marc Lambrecht\, voorzitter van de Raad van Bestuur. Het gesprek gaat door op ons kantoor in Brussel.\n\nChère Emilie\, comme convenu par téléphone\, voici l'invitation pour l'entretien final avec Koen Verhaeghe et Marc Lambrecht (président du CA)\, dans nos bureaux de Bruxelles\, rue des Minimes 45 (3e étage).\n\nMvg\,\nAn\n
UID:040000008200E00074C5B7101A82E00800000000D81A77E3A2A8DB010000000000000000100000003C9F1E2D4B5A6C7D8E9F0A1B2C3D4E5F
SUMMARY;LANGUAGE=nl-BE:Finaal gesprek / entretien final HR Director - E. Dubois
DTSTART;TZID=Romance Standard Time:20250415T163000
DTEND;TZID=Romance Standard Time:20250415T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T150102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:BXL - Meeting room Sablon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-call", "040000008200E00074C5B7101A82E0080000000070A5F0B9DE8BDB01000000000000000010000000E2F3A4B5C6D7E8F90A1B2C3D4E5F6071", 1,
       "Caldera Assurances", "Head of Talent Management", "recruiter_screen",
       "olivier.rasquin@lancaster-partners.com",
       "headhunter-names-client-only-in-body",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Olivier Rasquin:mailto:olivier.rasquin@lancaster-partners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-FR:Chère Emilie\,\n\nMerci pour votre retour rapide. Comme convenu\, je vous appelle jeudi sur votre GSM (+32 475 62 18 90) pour faire le point sur le mandat que nous menons pour notre client Caldera Assurances à Luxembourg (Head of Talent Management\, rattaché au Chief People Officer).\n\nL'échange durera une quarantaine de minutes : votre parcours\, vos motivations pour Luxembourg\, package et disponibilité.\n\nBien cordialement\,\n\nOlivier Rasquin\nPartner\nLancaster Partners - Executive Search\nBoulevard Royal 26\, L-2449 Luxembourg\n
UID:040000008200E00074C5B7101A82E0080000000070A5F0B9DE8BDB01000000000000000010000000E2F3A4B5C6D7E8F90A1B2C3D4E5F6071
SUMMARY;LANGUAGE=fr-FR:Emilie Dubois / Lancaster Partners - échange confidentiel
DTSTART;TZID=W. Europe Standard Time:20250306T123000
DTEND;TZID=W. Europe Standard Time:20250306T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T170415Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone - Olivier appelle Emilie
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("etude-de-cas", "sf-rcm-interview-5502317-cand-88120@successfactors.eu", 1,
       "Caldera Assurances", "Head of Talent Management", "technical",
       "sophie.weber@caldera.lu;luc.reiter@caldera.lu",
       "successfactors-case-study-jury-luxembourg",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Luxembourg@@
BEGIN:VEVENT
UID:sf-rcm-interview-5502317-cand-88120@successfactors.eu
DTSTAMP:20250319T080211Z
DTSTART;TZID=Europe/Luxembourg:20250327T090000
DTEND;TZID=Europe/Luxembourg:20250327T120000
SUMMARY:Étude de cas - Head of Talent Management (H/F) - Caldera Assurances
LOCATION:Caldera Assurances\, 12 avenue J.F. Kennedy\, L-1855 Luxembourg-Kirchberg
DESCRIPTION:Madame Dubois\,\n\nNous avons le plaisir de vous confirmer la
  prochaine étape de notre processus de sélection pour le poste de Head of
  Talent Management (réf. 5502317).\n\n09h00 : accueil et remise de l'étude
  de cas (préparation 1h30\, ordinateur fourni)\n10h30 : présentation de vo
 s recommandations devant Sophie Weber (Chief People Officer) et Luc Reiter
  (Head of Learning)\, suivie d'un échange de 45 minutes\n\nMerci de vous p
 résenter à l'accueil muni(e) d'une pièce d'identité.\n\nCaldera Assurance
 s - Recrutement
ORGANIZER;CN=Caldera Assurances - Recrutement:mailto:recrutement@caldera.lu
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Sophie Weber;PARTSTAT=ACCEPTED:mailto:sophie.weber@caldera.lu
ATTENDEE;CN=Luc Reiter;PARTSTAT=ACCEPTED:mailto:luc.reiter@caldera.lu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("annule-final", "040000008200E00074C5B7101A82E00800000000F0C2B5D4E6ADDB01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F70819A2B3C4", 1,
       "Caldera Assurances", "Head of Talent Management", "final",
       "jean-marc.hoffmann@caldera.lu",
       "cancelled-final-method-cancel-luxembourg",
       r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Weber, Sophie":mailto:sophie.weber@caldera.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Hoffmann, Jean-Marc":mailto:jean-marc.hoffmann@caldera.lu
DESCRIPTION;LANGUAGE=fr-FR:Chère Emilie\,\n\nJe suis au regret de devoir annuler notre rendez-vous avec Jean-Marc Hoffmann (CEO). Comme évoqué au téléphone\, le poste est suspendu suite à la réorganisation annoncée en interne. Je reviens vers vous dès que nous y voyons plus clair.\n\nBien à vous\,\nSophie\n
UID:040000008200E00074C5B7101A82E00800000000F0C2B5D4E6ADDB01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F70819A2B3C4
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien final - Head of Talent Management - E. Dubois
DTSTART;TZID=W. Europe Standard Time:20250409T150000
DTEND;TZID=W. Europe Standard Time:20250409T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250404T094530Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:KIR - 7e étage - Salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-screen", "teamtailor-interview-3f0b2c9a-61d4-4e0b-9a7e-2c8d5b1f4e60", 1,
       "Norelis", "DRH Adjoint·e", "recruiter_screen", "camille.roussel@norelis.fr",
       "teamtailor-meet-screen-paris",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-3f0b2c9a-61d4-4e0b-9a7e-2c8d5b1f4e60
DTSTAMP:20250307T142200Z
DTSTART:20250313T100000Z
DTEND:20250313T104500Z
SUMMARY:Entretien avec Norelis - DRH Adjoint·e (H/F)
DESCRIPTION:Bonjour Emilie\,\n\nMerci pour votre candidature au poste de D
 RH Adjoint·e (H/F) chez Norelis. Camille Roussel\, Talent Acquisition Mana
 ger\, sera ravie d'échanger avec vous.\n\nRejoindre avec Google Meet : htt
 ps://meet.google.com/kqx-ruvp-tne\n\nÀ très vite\,\nL'équipe Norelis
LOCATION:https://meet.google.com/kqx-ruvp-tne
ORGANIZER;CN=Camille Roussel:mailto:camille.roussel@norelis.fr
ATTENDEE;CN=Emilie Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.roussel@norelis.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("onsite-paris", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3", 1,
       "Norelis", "DRH Adjoint·e", "onsite",
       "helene.marchal@norelis.fr;bruno.lefort@norelis.fr;julien.perrot@norelis.fr",
       "outlook-onsite-panel-paris-original-before-reschedule",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Roussel, Camille":mailto:camille.roussel@norelis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marchal, Hélène":mailto:helene.marchal@norelis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Lefort, Bruno":mailto:bruno.lefort@norelis.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Perrot, Julien":mailto:julien.perrot@norelis.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAR-LaDéfense-12-Salle Seine":mailto:par.seine@norelis.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Emilie\,\n\nVoici le déroulé de votre après-midi chez nous :\n14h00 - Hélène Marchal\, DRH Groupe\n15h00 - Bruno Lefort\, Directeur Général\n16h00 - Julien Perrot\, HRBP Supply Chain (échange avec l'équipe)\n\nTour Égée\, 9-11 allée de l'Arche\, 92400 Courbevoie. Badge visiteur à l'accueil (RDC).\n\nBon voyage\,\nCamille\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=fr-FR:Entretiens sur site - DRH Adjoint·e - Emilie Dubois
DTSTART;TZID=Romance Standard Time:20250403T140000
DTEND;TZID=Romance Standard Time:20250403T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T111908Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:PAR-LaDéfense-12-Salle Seine
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("onsite-deplace", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3", 1,
       "Norelis", "DRH Adjoint·e", "onsite",
       "helene.marchal@norelis.fr;bruno.lefort@norelis.fr;julien.perrot@norelis.fr",
       "outlook-onsite-rescheduled-same-uid-higher-sequence",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Roussel, Camille":mailto:camille.roussel@norelis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marchal, Hélène":mailto:helene.marchal@norelis.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefort, Bruno":mailto:bruno.lefort@norelis.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Perrot, Julien":mailto:julien.perrot@norelis.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAR-LaDéfense-12-Salle Seine":mailto:par.seine@norelis.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Emilie\,\n\nBruno Lefort ayant un comité exceptionnel le 3 avril\, nous décalons vos entretiens au mardi 8 avril au matin\, même ordre de passage :\n9h30 - Hélène Marchal\n10h30 - Bruno Lefort\n11h30 - Julien Perrot\n\nDésolée pour ce changement et merci pour votre souplesse.\nCamille\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=fr-FR:Entretiens sur site - DRH Adjoint·e - Emilie Dubois
DTSTART;TZID=Romance Standard Time:20250408T093000
DTEND;TZID=Romance Standard Time:20250408T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:PAR-LaDéfense-12-Salle Seine
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("recruitee-phone", "recruitee-event-9812245@recruitee.com", 1,
       "Van Houten Logistics", "HR Manager Benelux", "recruiter_screen",
       "maartje.bos@vanhoutenlogistics.nl",
       "recruitee-utc-phone-screen-amsterdam",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-9812245@recruitee.com
DTSTAMP:20250312T153010Z
DTSTART:20250318T083000Z
DTEND:20250318T090000Z
SUMMARY:Phone screen: HR Manager Benelux - Van Houten Logistics
DESCRIPTION:Hi Emilie\,\n\nThanks for applying for HR Manager Benelux at V
 an Houten Logistics! Maartje Bos (Recruiter) will call you on +32 475 62 1
 8 90 at the scheduled time.\n\nKind regards\,\nVan Houten Logistics Talent
  Team\n\nPowered by Recruitee
LOCATION:Phone call
ORGANIZER;CN=Maartje Bos:mailto:maartje.bos@vanhoutenlogistics.nl
ATTENDEE;CN=Emilie Dubois;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:emilie.dubois.rh@skynet.be
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("kennismaking-directeur", "3k7pq0v2nh8s9e1l6m4t2c5r0b@google.com", 1,
       "Van Houten Logistics", "HR Manager Benelux", "hiring_manager",
       "ruud.vanhouten@vanhoutenlogistics.nl",
       "google-kennismakingsgesprek-dutch-hiring-manager",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Amsterdam@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250401T150000
DTEND;TZID=Europe/Amsterdam:20250401T160000
DTSTAMP:20250324T091145Z
ORGANIZER;CN=Ruud van Houten:mailto:ruud.vanhouten@vanhoutenlogistics.nl
UID:3k7pq0v2nh8s9e1l6m4t2c5r0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@
 skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ruud van Houten;X-NUM-GUESTS=0:mailto:ruud.vanhouten@vanhoutenlogistic
 s.nl
X-MICROSOFT-CDO-OWNERAPPTID:-1588215563
CREATED:20250324T091144Z
DESCRIPTION:Hoi Emilie\,\n\nMaartje was erg positief over jullie telefoong
 esprek. Graag maak ik kennis om de rol van HR Manager Benelux verder toe t
 e lichten en om jouw ervaring met cao's in transport en met de OR te bespr
 eken. Ik ontvang je op ons kantoor in Westpoort\, Kabelweg 57.\n\nGroet\,
 \nRuud van Houten\nOperationeel Directeur
LAST-MODIFIED:20250324T091144Z
LOCATION:Van Houten Logistics\, Kabelweg 57\, 1014 BA Amsterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennismaking Emilie Dubois / Ruud van Houten (HR Manager Benelux)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevista-screen", "smartrecruiters-int-6a41e2b7c9d0@smartrecruiters.com", 1,
       "Grupo Alcántara", "HR Director Benelux", "recruiter_screen",
       "lucia.ortega@grupoalcantara.es",
       "smartrecruiters-spanish-screen-madrid-zone",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
METHOD:REQUEST
@@VTZ Europe/Madrid@@
BEGIN:VEVENT
UID:smartrecruiters-int-6a41e2b7c9d0@smartrecruiters.com
DTSTAMP:20250314T124501Z
DTSTART;TZID=Europe/Madrid:20250320T170000
DTEND;TZID=Europe/Madrid:20250320T174500
SUMMARY:Entrevista - HR Director Benelux - Grupo Alcántara
DESCRIPTION:Hola Emilie\,\n\nTe confirmamos la entrevista para la posición
  de HR Director Benelux (Bruselas). Será con Lucía Ortega\, Talent Acquisi
 tion Partner\, por Microsoft Teams. Podemos hacerla en español\, francés o
  inglés\, como prefieras.\n\nUnirse a la reunión: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_YTg2MjQ4\n\nUn saludo\,\nGrupo Alcántara -
  Talento
LOCATION:Microsoft Teams
ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@grupoalcantara.es
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Lucía Ortega;PARTSTAT=ACCEPTED:mailto:lucia.ortega@grupoalcantara.es
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevista-personas", "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5A9DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D", 1,
       "Grupo Alcántara", "HR Director Benelux", "hiring_manager",
       "javier.montero@grupoalcantara.es",
       "outlook-madrid-romance-zone-director-de-personas",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ortega Ruiz, Lucía":mailto:lucia.ortega@grupoalcantara.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Montero Gil, Javier":mailto:javier.montero@grupoalcantara.es
DESCRIPTION;LANGUAGE=es-ES:Hola Emilie\,\n\nComo te comenté\, el siguiente paso es una conversación con Javier Montero\, Director Corporativo de Personas. La entrevista será en inglés.\n\nDear Emilie\, as discussed\, your next conversation is with Javier Montero\, Chief People Officer. The interview will be held in English.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 351 902 447 118\nCódigo de acceso: Ub9hQ3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5A9DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=es-ES:Entrevista Emilie Dubois - Dirección de Personas
DTSTART;TZID=Romance Standard Time:20250410T100000
DTEND;TZID=Romance Standard Time:20250410T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T162233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("madrid-allday", "A91C4E27-5D0B-4B8E-9F3A-61D7C2E8B405", 1,
       "Grupo Alcántara", "", "final", "J. Montero",
       "user-typed-all-day-final-trip-madrid",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250424T194412Z
DTEND;VALUE=DATE:20250507
DTSTAMP:20250424T194731Z
DTSTART;VALUE=DATE:20250506
LAST-MODIFIED:20250424T194731Z
LOCATION:Madrid
DESCRIPTION:Vol SN3731 7h05 Zaventem -> MAD\n11h comité de dirección - Pas
 eo de la Castellana 95\, planta 14\nDéj avec J. Montero\nretour SN3738 19
 h40\n\nprévoir: présentation 10 min plan 100 jours + questions CAO/Benel
 ux\nnote de frais -> Lucía
SEQUENCE:0
SUMMARY:Madrid - entretiens finaux Alcántara
TRANSP:TRANSPARENT
UID:A91C4E27-5D0B-4B8E-9F3A-61D7C2E8B405
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""", crlf=False),
]
