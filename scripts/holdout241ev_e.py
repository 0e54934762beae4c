"""holdout241: more of the user's own interviews: schedulers, agencies, job boards, abroad (raw iCalendar text)."""
from holdout241ev_tz import PARIS, TORONTO, E

EVENTS = []

# Bufete Olmedo Abogados (Paris office) via Calendly, Spanish.
EVENTS.append(E("calendly-spanish", "cal-evt-BHGJ4KQ2XJ7ZOLMEDO@calendly.com", """BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-evt-BHGJ4KQ2XJ7ZOLMEDO@calendly.com
DTSTAMP:20260226T190312Z
DTSTART:20260303T164500Z
DTEND:20260303T173000Z
SUMMARY:Entrevista 45 min – Coordinadora de paralegales (oficina de París)
  between Lucía Olmedo and Gwenaëlle Le Bihan
DESCRIPTION:Event Name: Entrevista 45 min – Coordinadora de paralegales (ofi
 cina de París)\\n\\nLocation: This is a Zoom web conference.\\nhttps://us02web
 .zoom.us/j/86611290043\\n\\nPlease share anything that will help prepare for
  our meeting.: Greffière depuis 12 ans (TJ Rennes)\\, niveau C1 en español (E
 rasmus Salamanca).\\n\\nNeed to make changes to this event?\\nCancel: https://
 calendly.com/cancellations/BHGJ4KQ2XJ7Z\\nReschedule: https://calendly.com/res
 chedulings/BHGJ4KQ2XJ7Z\\n\\nPowered by Calendly.com
ORGANIZER;CN=Lucía Olmedo:mailto:lolmedo@olmedoabogados.es
ATTENDEE;CN=Lucía Olmedo;PARTSTAT=ACCEPTED:mailto:lolmedo@olmedoabogados.es
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=ACCEPTED:mailto:gwen.lebihan@orange.fr
LOCATION:https://us02web.zoom.us/j/86611290043
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Bufete Olmedo Abogados", "Coordinadora de paralegales (oficina de París)", "hiring_manager",
    "lolmedo@olmedoabogados.es", "calendly-spanish-partner-booking"))

# Tremblay Gagnon (Montréal), Québec French, America/Toronto.
EVENTS.append(E(
    "quebec-entrevue",
    "040000008200E00074C5B7101A82E0080000000066B2D4F0A3A2DC01000000000000000010000000DD77EE88FF99AA00BB11CC22DD33EE44",
    """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TORONTO + """BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000066B2D4F0A3A2DC01000000000000000
 010000000DD77EE88FF99AA00BB11CC22DD33EE44
DTSTAMP:20260316T140200Z
DTSTART;TZID=America/Toronto:20260320T090000
DTEND;TZID=America/Toronto:20260320T094500
SUMMARY;LANGUAGE=fr-CA:Entrevue – Parajuriste principale (Programme mobilité internationale) – G. Le Bihan
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Le Bihan\\,\\n\\nTel que convenu
 \\, voici l'invitation pour notre entrevue virtuelle (15 h\\, heure de Par
 is). Me Geneviève Tremblay\\, associée\\, et moi-même serons présentes.\\n
 \\nMerci et au plaisir\\,\\nJosée Pelletier\\, CRHA\\nConseillère principa
 le\\, ressources humaines\\nTremblay Gagnon s.e.n.c.r.l.\\n\\nRéunion Micr
 osoft Teams\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTM1%
 40thread.v2/0\\nID de réunion : 248 331 907 552\\nSecret code : hQ3sT8
ORGANIZER;CN="Pelletier, Josée":mailto:jpelletier@tremblaygagnon.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Tremblay, Geneviève":mailto:gtremblay@tremblaygagnon.ca
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Tremblay Gagnon", "Parajuriste principale", "hiring_manager",
    "jpelletier@tremblaygagnon.ca;gtremblay@tremblaygagnon.ca", "quebec-entrevue-toronto-zone"))

# Nexalis Energy via iCIMS.
EVENTS.append(E("icims-interview", "icims-int-2026-4415-188302@icims.com", """BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:icims-int-2026-4415-188302@icims.com
DTSTAMP:20260129T110000Z
DTSTART;TZID=Europe/Paris:20260203T150000
DTEND;TZID=Europe/Paris:20260203T154500
SUMMARY:Interview Invitation: Ethics & Compliance Analyst (2026-4415) – Nexalis Energy France
DESCRIPTION:Dear Gwenaëlle\\,\\n\\nYou have been scheduled for an interview f
 or the Ethics & Compliance Analyst position (req. 2026-4415\\, Nantes).\\nInt
 erviewer: Karim Benali\\, Ethics & Compliance Manager France\\nType: Video (Mi
 crosoft Teams – link below)\\nhttps://teams.microsoft.com/l/meetup-join/19%3am
 eeting_NmE4%40thread.v2/0\\n\\nPlease do not reply to this automated message.
ORGANIZER;CN=Nexalis Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Karim Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karim.benali@nexalis-energy.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Nexalis Energy", "Ethics & Compliance Analyst", "hiring_manager", "karim.benali@nexalis-energy.com",
    "icims-english-no-reply-organizer"))

# Medilink via ModernLoop: virtual loop.
EVENTS.append(E("modernloop-loop", "ml-7c3a1e55-90d2-4b6f-medilink@modernloop.io", """BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:ml-7c3a1e55-90d2-4b6f-medilink@modernloop.io
DTSTAMP:20260408T150000Z
DTSTART;TZID=Europe/Paris:20260416T093000
DTEND;TZID=Europe/Paris:20260416T120000
SUMMARY:Medilink – Entretiens Legal Ops Manager – Gwenaëlle Le Bihan
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nVoici le programme de votre matinée d'ent
 retiens (Google Meet\\, même lien pour toutes les sessions) :\\n09:30 Claire N
 guyen – DPO & Head of Legal\\n10:15 Arnaud Pétillon – Legal Counsel (contrats
  santé)\\n11:00 Sarah Coulibaly – VP Operations\\n\\nhttps://meet.google.com/fq
 h-xwdm-pun\\n\\nOrganisé par Romain (Talent team) via ModernLoop
ORGANIZER;CN=Romain Lefort:mailto:romain.lefort@medilink.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Claire Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.nguyen@medilink.fr
ATTENDEE;CN=Arnaud Pétillon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:arnaud.petillon@medilink.fr
ATTENDEE;CN=Sarah Coulibaly;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.coulibaly@medilink.fr
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Medilink", "Legal Ops Manager", "onsite",
    "claire.nguyen@medilink.fr;arnaud.petillon@medilink.fr;sarah.coulibaly@medilink.fr",
    "modernloop-virtual-loop-coordinator-organizer"))

# Clauze via Cal.com.
EVENTS.append(E("calcom-screen", "calcom-8xQp3vN2aKclauze@cal.com", """BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8xQp3vN2aKclauze@cal.com
DTSTAMP:20260119T201500Z
DTSTART:20260122T124500Z
DTEND:20260122T131500Z
SUMMARY:Premier échange recrutement – Clauze x Gwenaëlle Le Bihan
DESCRIPTION:Qui : Salomé Aubert (Talent Partner\\, Clauze) – Organisatrice\\, G
 wenaëlle Le Bihan\\nQuoi : Premier échange recrutement (30 min)\\nPoste : Lega
 l Ops – Customer Success (legaltech)\\nOù : Cal Video https://app.cal.com/vide
 o/8xQp3vN2aK\\nNotes supplémentaires : candidature via LinkedIn
ORGANIZER;CN=Salomé Aubert:mailto:salome@clauze.io
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:https://app.cal.com/video/8xQp3vN2aK
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Clauze",
    "Legal Ops – Customer Success",
    "recruiter_screen",
    "salome@clauze.io",
    "calcom-talent-partner-first-call"))

# Aubrac Conseil via Microsoft Bookings.
EVENTS.append(E("bookings-interview", "bookings-3f21aa90-8c77-aubrac@outlook.office365.com", """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:bookings-3f21aa90-8c77-aubrac@outlook.office365.com
DTSTAMP:20260224T081900Z
DTSTART;TZID=Europe/Paris:20260302T110000
DTEND;TZID=Europe/Paris:20260302T120000
SUMMARY:Entretien de recrutement – Juriste droit des sociétés (secrétariat juridique)
DESCRIPTION:Votre rendez-vous est confirmé.\\n\\nService : Entretien de recrute
 ment – Juriste droit des sociétés (secrétariat juridique)\\nMembre du personn
 el : Damien Cadiou\\, associé responsable du pôle juridique\\nEntreprise : Aub
 rac Conseil – Expertise comptable & juridique\\nAdresse : 11 rue de la Monnai
 e\\, 35000 Rennes\\n\\nPour modifier ou annuler\\, utilisez le lien de votre e-ma
 il de confirmation.
ORGANIZER;CN=Aubrac Conseil – Recrutement:mailto:RecrutementAubrac@aubrac-conseil.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Damien Cadiou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:damien.cadiou@aubrac-conseil.fr
LOCATION:11 rue de la Monnaie\\, 35000 Rennes
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Aubrac Conseil", "Juriste droit des sociétés (secrétariat juridique)", "hiring_manager",
    "damien.cadiou@aubrac-conseil.fr", "microsoft-bookings-candidate-side"))

# Groupe Kerlann via Recruitee.
EVENTS.append(E("recruitee-screen", "recruitee-interview-9911203@recruitee.com", """BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:recruitee-interview-9911203@recruitee.com
DTSTAMP:20260331T074000Z
DTSTART;TZID=Europe/Paris:20260402T173000
DTEND;TZID=Europe/Paris:20260402T180000
SUMMARY:Visio RH – Paralegal / Responsable secrétariat juridique – Groupe Kerlann
DESCRIPTION:Bonjour Gwenaëlle\\,\\nmerci pour votre candidature. Je vous propos
 e une visio de 30 minutes pour faire connaissance.\\nLien Meet : https://meet.
 google.com/hkp-yrwe-qas\\nAnaïs Thomas – RH Groupe Kerlann (restauration\\, 40
  sites)
ORGANIZER;CN=Anaïs Thomas:mailto:anais.thomas@kerlann.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Groupe Kerlann",
    "Paralegal / Responsable secrétariat juridique",
    "recruiter_screen",
    "anais.thomas@kerlann.fr",
    "recruitee-visio-rh"))

# SELARL Le Floch (commissaires de justice) via Indeed.
EVENTS.append(E("indeed-video", "indeed-interview-8c1f2a7e44b0@indeed.com", """BEGIN:VCALENDAR
PRODID:-//Indeed//Indeed Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-8c1f2a7e44b0@indeed.com
DTSTAMP:20260112T093000Z
DTSTART:20260114T163000Z
DTEND:20260114T170000Z
SUMMARY:Entretien vidéo Indeed : Clerc significateur / assistante juridique – SELARL Le Floch
DESCRIPTION:SELARL Le Floch Commissaires de justice vous a invité(e) à un ent
 retien vidéo sur Indeed.\\nRejoindre l'entretien : https://interviews.indeed.c
 om/r/8c1f2a7e44b0\\nAucun téléchargement nécessaire. Testez votre caméra à l'a
 vance.
ORGANIZER;CN=Indeed:mailto:interviews-noreply@indeed.com
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:Indeed Interview
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "SELARL Le Floch", "Clerc significateur / assistante juridique", "", "",
    "indeed-video-no-interviewer-named"))

# Mutuelle des Genêts via DigitalRecruiters.
EVENTS.append(E("digitalrecruiters", "dr-rdv-77c0e1-mutgenets@digitalrecruiters.com", """BEGIN:VCALENDAR
PRODID:-//DigitalRecruiters//Agenda//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:dr-rdv-77c0e1-mutgenets@digitalrecruiters.com
DTSTAMP:20260413T120000Z
DTSTART;TZID=Europe/Paris:20260421T090000
DTEND;TZID=Europe/Paris:20260421T100000
SUMMARY:Rendez-vous – Gestionnaire contentieux & recouvrement (CDI) – Mutuelle des Genêts
DESCRIPTION:Madame Le Bihan\\,\\nNous avons le plaisir de vous recevoir pour un
  entretien avec Mme Katell Rivoal\\, manager de l'équipe contentieux\\, et M.
  Jean-Marc Fleury\\, RRH.\\nLieu : 5 rue de Châtillon\\, Rennes – accueil RDC.\\nL
 'équipe Recrutement
ORGANIZER;CN=Mutuelle des Genêts – Recrutement:mailto:no-reply@digitalrecruiters.com
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:5 rue de Châtillon\\, Rennes
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Mutuelle des Genêts", "Gestionnaire contentieux & recouvrement (CDI)", "hiring_manager",
    "Katell Rivoal;Jean-Marc Fleury", "digitalrecruiters-rendez-vous-names-in-body"))

# Groupe Rozen (BTP) via Beetween.
EVENTS.append(E("beetween-rdv", "beetween-entretien-441209@beetween.com", """BEGIN:VCALENDAR
PRODID:-//Beetween//Beetween ATS//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:beetween-entretien-441209@beetween.com
DTSTAMP:20260105T171500Z
DTSTART;TZID=Europe/Paris:20260109T140000
DTEND;TZID=Europe/Paris:20260109T150000
SUMMARY:Entretien – Juriste contrats & marchés (H/F) – Groupe Rozen
DESCRIPTION:Bonjour\\,\\nVotre entretien avec Fabrice Rozen (directeur adminis
 tratif et financier) est confirmé au siège\\, 2 rue du Bignon\\, Chantepie.\\n
 Groupe Rozen – Bâtiment & travaux publics
ORGANIZER;CN=Groupe Rozen:mailto:recrutement@groupe-rozen.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Fabrice Rozen;PARTSTAT=ACCEPTED:mailto:f.rozen@groupe-rozen.fr
LOCATION:2 rue du Bignon\\, Chantepie
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    1,
    "Groupe Rozen",
    "Juriste contrats & marchés (H/F)",
    "hiring_manager",
    "f.rozen@groupe-rozen.fr",
    "beetween-cfo-interview"))

# Headhunter names the employer only in the body.
EVENTS.append(E("headhunter-body", "2d7f9b1c0a4e6h8j@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260224T124500
DTEND;TZID=Europe/Paris:20260224T133000
DTSTAMP:20260220T110311Z
ORGANIZER;CN=Frédérique Jaouen:mailto:f.jaouen@talenz-search.fr
UID:2d7f9b1c0a4e6h8j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
DESCRIPTION:Bonjour Gwenaëlle\\,\\nComme évoqué sur LinkedIn\\, je vous propose
  un échange en visio sur la mission que nous a confiée notre client\\, la SPL
  Eau du Pays de Rance (responsable juridique & conformité\\, rattachée au DG).
  Je souhaite valider votre parcours avant de présenter votre candidature.\\nF
 rédérique Jaouen – Talenz Search\\nhttps://meet.google.com/wxe-pqat-kzm
LOCATION:https://meet.google.com/wxe-pqat-kzm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Gwenaëlle Le Bihan / F. Jaouen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    1,
    "SPL Eau du Pays de Rance",
    "responsable juridique & conformité",
    "recruiter_screen",
    "f.jaouen@talenz-search.fr",
    "headhunter-names-client-only-in-body"))
