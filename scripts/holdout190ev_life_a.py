# ruff: noqa: E501, W291
"""holdout190: everyday work and personal life, look-alikes – part A."""

from holdout190ev_tz import ev

EVENTS = [
    ev("site-meeting-weekly", "0r2e4w6q8a0s2d4f6g8h0j2k4l@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250114T090000
DTEND;TZID=Europe/Paris:20250114T110000
RRULE:FREQ=WEEKLY;UNTIL=20250624T070000Z;BYDAY=TU
DTSTAMP:20250108T163012Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:0r2e4w6q8a0s2d4f6g8h0j2k4l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=conducteur.travaux@bati-sud-ouest.fr;X-NUM-GUESTS=0:mailto:conducteur.t
 ravaux@bati-sud-ouest.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=j.larrieu@betstructure33.fr;X-NUM-GUESTS=0:mailto:j.larrieu@betstr
 ucture33.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=opc@coordination-gironde.fr;X-NUM-GUESTS=0:mailto:opc@coordination-giro
 nde.fr
DESCRIPTION:Réunion de chantier hebdomadaire – Résidence Les Jardins de Bèg
 les (24 logements\, lot 01 à 14).\nOrdre du jour : avancement\, planning OP
 C\, points bloquants\, visa des plans d'exé. CR diffusé sous 48h.\nRDV bung
 alow de chantier\, EPI obligatoires.
LOCATION:Chantier Jardins de Bègles\, 47 rue Calixte Camelle\, 33130 Bègles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Réunion de chantier – Jardins de Bègles
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250306T140000
DTEND;TZID=Europe/Paris:20250306T160000
DTSTAMP:20250303T081544Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:0r2e4w6q8a0s2d4f6g8h0j2k4l@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250304T090000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=conducteur.travaux@bati-sud-ouest.fr;X-NUM-GUESTS=0:mailto:conducteur.t
 ravaux@bati-sud-ouest.fr
DESCRIPTION:Décalée au jeudi après-midi cette semaine (coulage plancher R+2
  mardi matin). Même ordre du jour.
LOCATION:Chantier Jardins de Bègles\, 47 rue Calixte Camelle\, 33130 Bègles
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Réunion de chantier – Jardins de Bègles (décalée jeudi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="recurring-site-meeting-with-override"),

    ev("yoga-weekly", "yoga-jeudi-1736500000@orange.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Orange//Calendrier Mail Orange 3.2//FR
@@TZ_PARIS@@
BEGIN:VEVENT
UID:yoga-jeudi-1736500000@orange.fr
DTSTAMP:20250110T092000Z
DTSTART;TZID=Europe/Paris:20250109T191500
DTEND;TZID=Europe/Paris:20250109T203000
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20250626T171500Z
EXDATE;TZID=Europe/Paris:20250227T191500
SUMMARY:Yoga (Vinyasa) – Studio Prana
LOCATION:Studio Prana\, 9 rue Saint-James\, Bordeaux
DESCRIPTION:carte 10 cours. tapis perso
END:VEVENT
BEGIN:VEVENT
UID:yoga-jeudi-1736500000@orange.fr
DTSTAMP:20250409T070000Z
RECURRENCE-ID;TZID=Europe/Paris:20250410T191500
DTSTART;TZID=Europe/Paris:20250412T100000
DTEND;TZID=Europe/Paris:20250412T113000
SUMMARY:Yoga (Vinyasa) – Studio Prana – rattrapage samedi
LOCATION:Studio Prana\, 9 rue Saint-James\, Bordeaux
DESCRIPTION:jeudi = Zürich (annulé finalement mais déjà déplacé)
END:VEVENT
END:VCALENDAR
""", 0, trap="recurring-yoga-exdate-and-override"),

    ev("competition-audition", "040000008200E00074C5B7101A82E00800000000B8E3F1D0A7C2DB01000000000000000010000000A4D9C1E7F0B25E43B8A6D2C0E9F17B35", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Commande publique - Ville de Cenon":mailto:marches.publics@ville-cenon.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=p.dubourg@ateliergaronne.fr:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=a.fontaine@ateliergaronne.fr:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\, Monsieur\,\n\nDans le cadre du concours restreint de maîtrise d'œuvre pour la construction du groupe scolaire Jean-Zay (procédure n° 2025-CONC-03)\, votre équipe (mandataire : Atelier Garonne) est convoquée à l'audition devant le jury de concours.\n\nDéroulé : 20 minutes de présentation de votre projet par l'équipe (3 personnes maximum)\, puis 20 minutes de questions du jury. Les prestations restent anonymes jusqu'à l'avis du jury.\n\nLieu : Hôtel de Ville de Cenon\, salle du Conseil.\n\nLe service de la commande publique\n
UID:040000008200E00074C5B7101A82E00800000000B8E3F1D0A7C2DB01000000000000000010000000A4D9C1E7F0B25E43B8A6D2C0E9F17B35
SUMMARY;LANGUAGE=fr-FR:Concours GS Jean-Zay - audition équipe Atelier Garonne
DTSTART:20250424T123000Z
DTEND:20250424T131500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T094218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel de Ville de Cenon - salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 0, trap="competition-jury-audition-practice-presents"),

    ev("diploma-jury", "pfe-jury-s10-2025-fontaine@ensapbx.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ENSAP Bordeaux//Scolarité//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:pfe-jury-s10-2025-fontaine@ensapbx.fr
DTSTAMP:20250520T101000Z
DTSTART;VALUE=DATE:20250618
DTEND;VALUE=DATE:20250620
SUMMARY:Jury PFE – soutenances de diplôme (domaine d'études « Habiter »)
ORGANIZER;CN=Scolarité ENSAP Bordeaux:mailto:scolarite@bordeaux.archi.fr
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:a.fontaine@ateliergaronne.fr
LOCATION:ENSAP Bordeaux\, 740 cours de la Libération\, Talence – amphi 2
DESCRIPTION:Madame\,\n\nNous vous remercions d'avoir accepté de siéger en qualité de personnalité extérieure au jury de soutenance du PFE (diplôme d'État d'architecte). 14 étudiant·es passeront sur les deux jours\, 45 minutes chacun (20 min présentation\, 25 min échange avec le jury). Les grilles d'évaluation et les mémoires vous seront transmis une semaine avant.\nIndemnité de jury : formulaire à retourner à la scolarité.\n\nLa scolarité
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="diploma-jury-external-member-all-day"),

    ev("client-meeting", "F91A2B3C-4D5E-4F60-8172-93A4B5C6D7E8", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@TZ_PARIS@@
BEGIN:VEVENT
CREATED:20250221T081005Z
DTEND;TZID=Europe/Paris:20250225T190000
DTSTAMP:20250221T081005Z
DTSTART;TZID=Europe/Paris:20250225T180000
LAST-MODIFIED:20250221T081005Z
LOCATION:agence
SEQUENCE:0
SUMMARY:RDV M. et Mme Castel – APS maison Pessac
DESCRIPTION:présenter variante toiture terrasse + estimation (ok Pierre). prévoir maquette 1/100
UID:F91A2B3C-4D5E-4F60-8172-93A4B5C6D7E8
END:VEVENT
END:VCALENDAR
""", 0, trap="client-meeting-rdv-typed", crlf=False),

    ev("press-interview", "a2c4e6g8i0k2m4o6q8s0u2w4y6@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250409T113000
DTEND;TZID=Europe/Paris:20250409T121500
DTSTAMP:20250404T133322Z
ORGANIZER;CN=Romain Lacoste:mailto:r.lacoste@sudouest.fr
UID:a2c4e6g8i0k2m4o6q8s0u2w4y6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Romain Lacoste;X-NUM-GUESTS=0:mailto:r.lacoste@sudouest.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=a.fontaine@ateliergaronne.fr;X-NUM-GUESTS=0:mailto:a.fontaine@ateli
 ergaronne.fr
DESCRIPTION:Bonjour\,\nComme convenu\, interview pour notre dossier habitat
  du week-end : la résidence des Jardins de Bègles (logements sociaux en b
 ois\, chantier en cours). 30-40 min\, puis un photographe passera sur le c
 hantier la semaine suivante si le bailleur est d'accord.\nRomain Lacoste\
 nJournaliste – Sud Ouest\, rédaction Bordeaux\n05 35 31 27 40
LOCATION:Par téléphone (je vous appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Sud Ouest – Jardins de Bègles
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="press-interview-regional-paper"),

    ev("grandmother-doctor", "doctolib-appt-5102287734@doctolib.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-5102287734@doctolib.fr
DTSTAMP:20250303T181200Z
DTSTART:20250317T133000Z
DTEND:20250317T140000Z
SUMMARY:Consultation de suivi cardiologie – Dr Hélène Lemaire
LOCATION:Cabinet de cardiologie\, 52 cours Gambetta\, 33400 Talence
DESCRIPTION:Patient : Jeanne FONTAINE\nMotif : Consultation de suivi\nPensez à apporter votre carte Vitale\, votre ordonnance en cours et vos derniers examens (ECG\, bilan sanguin).\nPour annuler ou déplacer : https://www.doctolib.fr/account/appointments
END:VEVENT
END:VCALENDAR
""", 0, trap="grandmother-doctolib-appointment"),

    ev("move-out-inspection", "edl-2025-0611-st-michel@immo-saintmichel.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Immo Saint-Michel//Agenda Gestion//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:edl-2025-0611-st-michel@immo-saintmichel.fr
DTSTAMP:20250526T090400Z
DTSTART;TZID=Europe/Paris:20250611T083000
DTEND;TZID=Europe/Paris:20250611T093000
SUMMARY:État des lieux de sortie – 8 rue Camille Sauvageau\, apt 3
ORGANIZER;CN=Immo Saint-Michel - Gestion locative:mailto:gestion@immo-saintmichel.fr
ATTENDEE;CN=Mme Amélie FONTAINE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
LOCATION:8 rue Camille Sauvageau\, 33800 Bordeaux
DESCRIPTION:Madame\,\nSuite à votre congé reçu le 10/05\, nous vous confirmons le rendez-vous d'état des lieux de sortie. Le logement doit être vide et nettoyé\; merci de vous munir de l'ensemble des clés et badges (3 clés\, 1 bip parking) et de relever les compteurs.\nVotre interlocuteur : M. Serge Dufau.\nCordialement\, le service gestion
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="move-out-inspection-appointment"),

    ev("mock-interview", "apec-rdv-88412093@apec.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apec//Rendez-vous Conseil//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:apec-rdv-88412093@apec.fr
DTSTAMP:20250210T153000Z
DTSTART:20250220T110000Z
DTEND:20250220T120000Z
SUMMARY:Apec – Simulation d'entretien de recrutement avec Nadia Benhamou
ORGANIZER;CN=Apec:mailto:ne-pas-repondre@apec.fr
ATTENDEE;CN=Amélie FONTAINE;PARTSTAT=ACCEPTED:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Nadia Benhamou;PARTSTAT=ACCEPTED:mailto:nadia.benhamou@apec.fr
LOCATION:Entretien à distance (Teams) – lien dans votre espace
DESCRIPTION:Bonjour Amélie\,\n\nVotre rendez-vous avec votre consultante Apec est confirmé.\nPrestation : « Préparer ses entretiens de recrutement » – séance 2/2 : simulation d'entretien filmée sur l'offre de votre choix (pensez à envoyer l'annonce de chef de projet visée)\, puis débrief.\n\nConsultante : Nadia Benhamou\, centre Apec Bordeaux\n\nAccédez à votre rendez-vous depuis votre espace sur apec.fr.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="mock-interview-career-coach-apec"),

    ev("interview-webinar", "apec-atelier-web-7731@apec.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apec//Ateliers//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:apec-atelier-web-7731@apec.fr
DTSTAMP:20250127T120000Z
DTSTART:20250206T113000Z
DTEND:20250206T130000Z
SUMMARY:Webatelier Apec : Convaincre en entretien de recrutement
DESCRIPTION:Vous êtes inscrit(e) à l'atelier en ligne « Convaincre en entretien de recrutement ».\nObjectifs : préparer son pitch\, anticiper les questions difficiles\, parler de sa rémunération\, assurer le suivi après l'entretien.\nFormat : classe virtuelle de 1h30 (15 participants max)\, caméra et micro conseillés.\nLien de connexion envoyé la veille par e-mail.
LOCATION:Classe virtuelle
ORGANIZER;CN=Apec:mailto:ne-pas-repondre@apec.fr
END:VEVENT
END:VCALENDAR
""", 0, trap="webinar-about-interviewing-french"),

    ev("podcast-recording", "b3d5f7h9j1l3n5p7r9t1v3x5z7@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250514T183000
DTEND;TZID=Europe/Paris:20250514T200000
DTSTAMP:20250430T201544Z
ORGANIZER;CN=Plans Libres – le podcast:mailto:planslibres.podcast@gmail.com
UID:b3d5f7h9j1l3n5p7r9t1v3x5z7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Plans Libres – le podcast;X-NUM-GUESTS=0:mailto:planslibres.podcast@g
 mail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
DESCRIPTION:Salut Amélie !\nMerci d'avoir accepté d'être notre invitée pour
  l'épisode « Jeunes archis : HMONP\, premier chantier\, et après ? ». On en
 registre à distance sur Riverside (lien ci-dessous)\, casque + micro filai
 re idéalement. Compte 1h d'interview + 15 min de réglages.\nhttps://rivers
 ide.fm/studio/plans-libres?t=7c1d2e\nLéo & Manon
LOCATION:https://riverside.fm/studio/plans-libres
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement podcast Plans Libres (interview Amélie)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="podcast-guest-interview"),

    ev("research-interview", "c4e6g8i0k2m4o6q8s0u2w4y6a8@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250321T173000
DTEND;TZID=Europe/Paris:20250321T183000
DTSTAMP:20250314T111233Z
ORGANIZER;CN=Clara Mendès:mailto:clara.mendes@u-bordeaux-montaigne.fr
UID:c4e6g8i0k2m4o6q8s0u2w4y6a8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clara Mendès;X-NUM-GUESTS=0:mailto:clara.mendes@u-bordeaux-montaigne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
DESCRIPTION:Bonjour Amélie\,\n\nMerci encore d'avoir accepté de participer 
 à mon enquête de thèse (sociologie\, laboratoire Passages) sur les trajec
 toires professionnelles des architectes de moins de 35 ans. L'entretien s
 emi-directif dure environ une heure\; il est enregistré puis anonymisé. J
 e vous enverrai le formulaire de consentement d'ici là.\n\nClara Mendès\nD
 octorante – Université Bordeaux Montaigne
LOCATION:Café de la Fabrique Pola\, quai de Brazza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien thèse – trajectoires jeunes architectes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="research-interview-sociology-phd"),
]
