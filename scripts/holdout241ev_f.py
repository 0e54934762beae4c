"""holdout241: the user on the HIRING side at the tribunal judiciaire (jurys, stagiaires, contractuels).

Raw iCalendar text."""
from holdout241ev_tz import ROMANCE, E

EVENTS = []

_OL_HEAD = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE

EVENTS.append(E(
    "jury-oral",
    "040000008200E00074C5B7101A82E008000000004A1B2C3D4E5FDC01000000000000000010000000E9A1B4C7D2F30526A1B2C3D4E5F6",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="ENG - Bureau des concours":mailto:concours.eng@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PERON Alain":mailto:alain.peron@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DUVAL Mathilde":mailto:mathilde.duval@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\, Monsieur les examinateurs\\,\\n\\nVous
  êtes désignés membres du sous-jury n°4 pour les épreuves orales d'admissi
 on du concours externe et interne de greffier des services judiciaires – s
 ession 2026.\\nCentre d'examen : cour d'appel de Rennes\\, salle des pas p
 erdus – salle d'audience n°3.\\nPassage des candidats : 8h30-12h / 13h30-1
 7h30\\, 20 minutes d'entretien par candidat après 15 minutes de préparatio
 n.\\nLes listes d'émargement et grilles vous seront remises sur place.\\n
 \\nLe bureau des concours – École nationale des greffes\\, Dijon
UID:040000008200E00074C5B7101A82E008000000004A1B2C3D4E5FDC01000000000000000
 010000000E9A1B4C7D2F30526A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-FR:Concours greffier 2026 – oraux d'admission – sous-jury n°4 (Rennes)
DTSTART;VALUE=DATE:20260518
DTEND;VALUE=DATE:20260521
CLASS:PUBLIC
DTSTAMP:20260402T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cour d'appel de Rennes – salle d'audience n°3
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-concours-jury-examiner-all-day"))

EVENTS.append(E(
    "harmonisation",
    "040000008200E00074C5B7101A82E008000000005B2C3D4E5F60DC01000000000000000010000000E9A2B3C40526B2C3D4E5F6A7B8C9D0",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="ENG - Bureau des concours":mailto:concours.eng@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Réunion d'harmonisation des examinateurs des épr
 euves orales (tous sous-jurys). Ordre du jour : rappel du cadre réglementa
 ire\\, grille d'évaluation (connaissances\\, aptitude\\, motivation)\\, qu
 estions de mise en situation\\, égalité de traitement des candidats\\, bar
 ème.\\n\\nVisioconférence Teams : https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_ZW5n%40thread.v2/0
UID:040000008200E00074C5B7101A82E008000000005B2C3D4E5F60DC01000000000000000
 010000000E9A2B3C40526B2C3D4E5F6A7B8C9D0
SUMMARY;LANGUAGE=fr-FR:Réunion d'harmonisation – examinateurs oraux greffier 2026
DTSTART;TZID=Romance Standard Time:20260507T140000
DTEND;TZID=Romance Standard Time:20260507T160000
DTSTAMP:20260402T093100Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-jury-calibration-meeting"))

EVENTS.append(E(
    "deliberation",
    "040000008200E00074C5B7101A82E008000000006C3D4E5F6071DC01000000000000000010000000E9D3E1B20526C3D4E5F6A7B8C9D0E1",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="PERON Alain":mailto:alain.peron@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DUVAL Mathilde":mailto:mathilde.duval@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Délibération du sous-jury 4 : reprise des notes
 \\, cas des ex aequo\\, transmission des bordereaux au jury plénier avant
  18h.
UID:040000008200E00074C5B7101A82E008000000006C3D4E5F6071DC01000000000000000
 010000000E9D3E1B20526C3D4E5F6A7B8C9D0E1
SUMMARY;LANGUAGE=fr-FR:Délibé sous-jury 4
DTSTART;TZID=Romance Standard Time:20260520T173000
DTEND;TZID=Romance Standard Time:20260520T183000
DTSTAMP:20260511T081500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CA Rennes – salle des délibérés 1re chambre
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-jury-deliberation"))

EVENTS.append(E("typed-notes", "B7E1C9A0-5F2D-4C33-8E17-0A9D6B4F2C81", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:B7E1C9A0-5F2D-4C33-8E17-0A9D6B4F2C81
DTSTAMP:20260519T123012Z
DTSTART:20260519T083000
DTEND:20260519T120000
SUMMARY:Oraux matin - notes
DESCRIPTION:cand 27 : très à l'aise\\, bonne mise en sit. accueil justiciable
 \\, faible procédure civile (délais d'appel) -> 14\\ncand 28 : absente\\ncand
  29 : récite\\, stress ++\\, connaît Portalis de stage -> 11\\ncand 30 : ancien
  adjoint admin. TJ Vannes\\, top sur JEX\\, 16\\nrevoir avec Alain note 29
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-typed-candidate-notes", lf=True))

EVENTS.append(E("score-sheets", "20260521T070000Z-8812-gwen@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:20260521T070000Z-8812-gwen@justice.fr
SUMMARY;LANGUAGE=fr-FR:Grilles oraux à scanner + renvoyer ENG (bordereaux signés)
DESCRIPTION;LANGUAGE=fr-FR:Grilles d'évaluation cand. 1 à 34 + fiches appré
 ciation. Envoi par la valise au bureau des concours + copie PDF.
DTSTART;TZID=Romance Standard Time:20260521T080000
DTEND;TZID=Romance Standard Time:20260521T083000
DTSTAMP:20260520T191000Z
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-score-sheets-task"))

EVENTS.append(E(
    "fin-de-stage",
    "040000008200E00074C5B7101A82E008000000007D4E5F607182DC0100000000000000001000000071F2A3B4C5D6E7F8091A2B3C4D5E6F70",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PRIGENT Inès (greffière
  stagiaire)":mailto:ines.prigent@justice.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien de fin de stage juridictionnel (servic
 e JAF) : bilan des objectifs\\, fiche d'évaluation ENG à compléter et sign
 er\\, avis de la maîtresse de stage.
UID:040000008200E00074C5B7101A82E008000000007D4E5F607182DC01000000000000000
 01000000071F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-FR:Entretien fin de stage – Inès Prigent
DTSTART;TZID=Romance Standard Time:20260410T140000
DTEND;TZID=Romance Standard Time:20260410T150000
DTSTAMP:20260403T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau greffe JAF – 2e étage
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-trainee-end-of-placement"))

EVENTS.append(E("mi-parcours", "6e2f0c9b-41d8-4a57-bd03-77e1f5a2c940@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PRIGENT Inès (greffière
  stagiaire)":mailto:ines.prigent@justice.fr
UID:6e2f0c9b-41d8-4a57-bd03-77e1f5a2c940@justice.fr
SUMMARY;LANGUAGE=fr-FR:Point mi-parcours stage – Inès
DESCRIPTION;LANGUAGE=fr-FR:Points à voir : tenue des audiences seule\\, mis
 e en forme des minutes\\, notifications Portalis\\, ponctualité.
DTSTART;TZID=Romance Standard Time:20260213T160000
DTEND;TZID=Romance Standard Time:20260213T163000
DTSTAMP:20260209T090000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-trainee-mid-placement-evaluation"))

EVENTS.append(E(
    "commission-ja",
    "040000008200E00074C5B7101A82E008000000008E5F60718293DC010000000000000000100000008293A4B5C6D7E8F90A1B2C3D4E5F6071",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie";SENT-BY="mailto:secretariat-dg.tj-rennes@justi
 ce.fr":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="KERVELLA Jean-Yves (Pré
 sident TJ)":mailto:jean-yves.kervella@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TJ35 - Salle du conseil":
 mailto:tj35-salleduconseil@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Commission de sélection – 2 postes de juriste as
 sistant (pôle famille / JAF).\\n5 candidats retenus sur dossier\\, 30 min
  chacun : 9h00 M. Gaudin\\, 9h35 Mme Oukaci\\, 10h10 Mme Le Floc'h\\, 10h4
 5 M. Baudry\\, 11h20 Mme Tanguy.\\nDossiers et grilles dans le partage « D
 G/Recrutements/JA-2026 ». Mme Le Bihan représente le service JAF.
UID:040000008200E00074C5B7101A82E008000000008E5F60718293DC01000000000000000
 0100000008293A4B5C6D7E8F90A1B2C3D4E5F6071
SUMMARY;LANGUAGE=fr-FR:Commission juristes assistants – auditions
DTSTART;TZID=Romance Standard Time:20260312T090000
DTEND;TZID=Romance Standard Time:20260312T120000
DTSTAMP:20260302T140500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:TJ35 - Salle du conseil
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-juriste-assistant-commission-auditions"))

EVENTS.append(E("debrief", "7a0d3f15-2c9e-48b1-96a4-e1b07c58d3f2@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="KERVELLA Jean-Yves (Pré
 sident TJ)":mailto:jean-yves.kervella@justice.fr
UID:7a0d3f15-2c9e-48b1-96a4-e1b07c58d3f2@justice.fr
SUMMARY;LANGUAGE=fr-FR:JA 2026 – classement + retour SAR
DESCRIPTION;LANGUAGE=fr-FR:On arrête le classement des 5 candidats (2 reten
 us + 1 liste complémentaire) et la réponse aux non-retenus. Envoi au SAR p
 our contrat.
DTSTART;TZID=Romance Standard Time:20260312T121500
DTEND;TZID=Romance Standard Time:20260312T124500
DTSTAMP:20260311T172200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-debrief-ranking"))

EVENTS.append(E(
    "candidate-reply",
    "040000008200E00074C5B7101A82E008000000009F607182A3B4DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
    """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260325T090000Z
DTEND:20260325T094500Z
DTSTAMP:20260320T184402Z
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:040000008200E00074C5B7101A82E008000000009F607182A3B4DC01000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Killian
  Bothorel;X-NUM-GUESTS=0:mailto:killian.bothorel35@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien – agent contractuel cat. B (renfort greffe JAF) – M. Bothorel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-candidate-accepted-reply-gmail"))

EVENTS.append(E(
    "contractuel-candidate",
    "040000008200E00074C5B7101A82E00800000000A0718293B4C5DC01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F90A1",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maela.guil
 lard@hotmail.fr:mailto:maela.guillard@hotmail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\\,\\n\\nSuite à votre candidature au cont
 rat de renfort (catégorie B\\, 12 mois\\, greffe JAF)\\, nous vous recevro
 ns au tribunal judiciaire de Rennes\\, 7 rue Pierre Abélard. Présentez-vou
 s à l'accueil sécurité avec une pièce d'identité et demandez le greffe JAF
 .\\n\\nGwenaëlle Le Bihan\\nGreffière – service des affaires familiales
UID:040000008200E00074C5B7101A82E00800000000A0718293B4C5DC01000000000000000
 010000000B2C3D4E5F60718293A4B5C6D7E8F90A1
SUMMARY;LANGUAGE=fr-FR:Entretien – contrat de renfort cat. B greffe JAF – Mme Guillard
DTSTART;TZID=Romance Standard Time:20260325T110000
DTEND;TZID=Romance Standard Time:20260325T114500
DTSTAMP:20260320T101000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:TJ Rennes – bureau DG
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-contractuel-candidate-hotmail"))

EVENTS.append(E("agency-candidate", "synergie-35-prez-20260127-1145@synergie.fr", """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + """BEGIN:VEVENT
UID:synergie-35-prez-20260127-1145@synergie.fr
DTSTAMP:20260126T152000Z
DTSTART;TZID=Romance Standard Time:20260127T114500
DTEND;TZID=Romance Standard Time:20260127T120000
SUMMARY;LANGUAGE=fr:Présentation candidate mission accueil/greffe – Synergie Rennes
DESCRIPTION;LANGUAGE=fr:Bonjour Madame Le Bihan\\,\\nJe vous appelle pour v
 ous présenter la candidate que nous proposons pour la mission de 3 mois (a
 ccueil SAUJ / appui greffe) : Mme Élodie Hamelin\\, 8 ans d'expérience en
  étude d'huissier. CV joint au mail.\\nSi elle vous convient\\, je cale un
  rendez-vous avec vous cette semaine.\\nCordialement\\,\\nMickaël Renault
  – Synergie Rennes Tertiaire
ORGANIZER;CN="RENAULT Mickaël":mailto:m.renault@synergie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwenaelle.le-bihan@justice.fr
LOCATION;LANGUAGE=fr:Appel – 02 99 38 71 40
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-agency-presents-candidate"))

EVENTS.append(E("bookings-host", "bookings-tj35-reservistes-6b1a@outlook.office365.com", """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + """BEGIN:VEVENT
UID:bookings-tj35-reservistes-6b1a@outlook.office365.com
DTSTAMP:20260128T084000Z
DTSTART;TZID=Romance Standard Time:20260204T140000
DTEND;TZID=Romance Standard Time:20260204T143000
SUMMARY;LANGUAGE=fr:Réserve judiciaire – entretien candidat (M. Patrick Gourvès)
DESCRIPTION;LANGUAGE=fr:Nouvelle réservation.\\nService : Entretien candida
 ts réserve judiciaire (30 min)\\nClient : Patrick Gourvès – patrick.gourve
 s@laposte.net – 06 12 48 90 33\\nMembre du personnel : Gwenaëlle Le Bihan
 \\nRéponses : « greffier en chef retraité (TI Fougères)\\, disponible 2 j/
 semaine »\\n\\nGéré avec Microsoft Bookings – TJ Rennes Recrutements
ORGANIZER;CN=TJ Rennes Recrutements:mailto:TJRennesRecrutements@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Patrick Gourvès:mailto:patrick.gourves@laposte.net
LOCATION;LANGUAGE=fr:Bureau 2.18
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-bookings-staff-host"))

EVENTS.append(E("immersion", "c1f2e3d4-5b6a-4978-8c9d-0e1f2a3b4c5d@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:c1f2e3d4-5b6a-4978-8c9d-0e1f2a3b4c5d@justice.fr
SUMMARY;LANGUAGE=fr-FR:Journée d'immersion Mme Hamelin (candidate adjointe) – tutorat Gwenaëlle
DESCRIPTION;LANGUAGE=fr-FR:Gwenaëlle\\, peux-tu prendre Mme Hamelin avec to
 i au SAUJ et à l'audience JAF de l'après-midi ? Petit retour écrit pour mo
 i en fin de journée (savoir-être\\, accueil du public\\, aisance informati
 que) avant qu'on confirme à Synergie. Merci ! Sylvie
DTSTART;TZID=Romance Standard Time:20260203T090000
DTEND;TZID=Romance Standard Time:20260203T170000
DTSTAMP:20260129T110000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-supervises-trial-day"))

EVENTS.append(E("observation", "d2e3f4a5-6b7c-4d8e-9f01-a2b3c4d5e6f7@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:d2e3f4a5-6b7c-4d8e-9f01-a2b3c4d5e6f7@justice.fr
SUMMARY;LANGUAGE=fr-FR:Entretiens vacataires été – Gwenaëlle en observation
DESCRIPTION;LANGUAGE=fr-FR:Tu assistes aux 3 entretiens de vacataires (étud
 iants M1) pour te former avant de mener ceux de septembre. Tu peux poser u
 ne question en fin d'entretien.
DTSTART;TZID=Romance Standard Time:20260423T093000
DTEND;TZID=Romance Standard Time:20260423T113000
DTSTAMP:20260415T120000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-shadowing-director-interviews"))

EVENTS.append(E("grille-entretien", "e3f4a5b6-7c8d-4e9f-a012-b3c4d5e6f7a8@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:e3f4a5b6-7c8d-4e9f-a012-b3c4d5e6f7a8@justice.fr
SUMMARY;LANGUAGE=fr-FR:Fiche de poste + grille d'entretien contractuel B (à envoyer à Sylvie)
DESCRIPTION;LANGUAGE=fr-FR:Reprendre la fiche 2025\\, ajouter questions mis
 es en situation (justiciable agressif\\, erreur de convocation)\\, critère
 s notés /5.
DTSTART;TZID=Romance Standard Time:20260316T133000
DTEND;TZID=Romance Standard Time:20260316T150000
DTSTAMP:20260313T170000Z
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-interview-kit-prep"))

EVENTS.append(E("typed-call-candidate", "F19A3C2E-8B4D-4F67-A1C0-3E5D7B9F0A24", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:F19A3C2E-8B4D-4F67-A1C0-3E5D7B9F0A24
DTSTAMP:20260407T071512Z
DTSTART:20260408T123000
DTEND:20260408T125000
SUMMARY:appeler Léa M. (service civique accueil) - dispo sept ?
DESCRIPTION:07 81 22 40 96 - motivée\\, BTS SP3S\\, demander si permis + dispo
  4 j/sem. Si ok -> RDV avec Sylvie
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-phone-screen-service-civique", lf=True))

EVENTS.append(E("ppi-selection", "a4b5c6d7-8e9f-4a01-b234-c5d6e7f8a9b0@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hugo.lemar
 chand@etudiant.univ-rennes.fr:mailto:hugo.lemarchand@etudiant.univ-rennes.
 fr
UID:a4b5c6d7-8e9f-4a01-b234-c5d6e7f8a9b0@justice.fr
SUMMARY;LANGUAGE=fr-FR:RDV élève-avocat PPI (EDAGO) – M. Lemarchand
DESCRIPTION;LANGUAGE=fr-FR:Rencontre avant acceptation du stage PPI au gref
 fe JAF (6 mois). Voir motivation\\, disponibilités\\, confidentialité. Rép
 onse à l'EDAGO sous 8 jours.
DTSTART;TZID=Romance Standard Time:20260227T111500
DTEND;TZID=Romance Standard Time:20260227T114500
DTSTAMP:20260223T083000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-trainee-selection-meeting"))

EVENTS.append(E(
    "teams-panel",
    "040000008200E00074C5B7101A82E00800000000B18293A4C5D6DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2",
    _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="SAR Rennes - Bureau du recrutement":mailto:sar.recrutement.ca-rennes@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GOURLAY Nathalie":mailto:nathalie.gourlay@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Vous siégez dans la commission de recrutement de
 s attachés de justice (ressort de la cour). 4 candidats en visio\\, 25 min
 utes chacun. Merci de compléter la grille partagée à l'issue de chaque aud
 ition.\\n_________________________________________________________________
 _______________\\nRéunion Microsoft Teams\\nhttps://teams.microsoft.com/l/
 meetup-join/19%3ameeting_c2Fy%40thread.v2/0\\nID de la réunion : 377 442 8
 10 996\\n_________________________________________________________________
 _______________
UID:040000008200E00074C5B7101A82E00800000000B18293A4C5D6DC01000000000000000
 010000000C3D4E5F60718293A4B5C6D7E8F90A1B2
SUMMARY;LANGUAGE=fr-FR:Commission de recrutement – attachés de justice (visio)
DTSTART;TZID=Romance Standard Time:20260409T140000
DTEND;TZID=Romance Standard Time:20260409T160000
DTSTAMP:20260401T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-attaches-de-justice-panel-teams"))

EVENTS.append(E("cv-screening", "f5a6b7c8-9d0e-4f12-a345-d6e7f8a9b0c1@justice.fr", _OL_HEAD + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:f5a6b7c8-9d0e-4f12-a345-d6e7f8a9b0c1@justice.fr
SUMMARY;LANGUAGE=fr-FR:Tri CV renfort B + convocations
DESCRIPTION;LANGUAGE=fr-FR:23 candidatures reçues (Choisir le service publi
 c). Présélection 5 max\\, convocations 24-26/03.
DTSTART;TZID=Romance Standard Time:20260318T083000
DTEND;TZID=Romance Standard Time:20260318T100000
DTSTAMP:20260317T180000Z
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-cv-screening-block"))
