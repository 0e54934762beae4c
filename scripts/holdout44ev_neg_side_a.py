"""holdout44: the user on the hiring side at Fiduciaire Lémanique, part A (not her own interviews)."""

from __future__ import annotations

from holdout44ev_ics import Ev

_OUTLOOK_HEAD = r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@tz weu
"""

_OUTLOOK_TAIL = r"""
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""

_KIT_PERSONIO = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
UID:personio-interview-6630418-20117@personio.de
DTSTAMP:20260309T080512Z
DTSTART;TZID=Europe/Zurich:20260318T140000
DTEND;TZID=Europe/Zurich:20260318T150000
SUMMARY:Entretien : Luca Berisha – Comptable junior (H/F)
ORGANIZER;CN=Sophie Jaccard:mailto:s.jaccard@fiduciaire-lemanique.ch
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;CN=Marc Dupuis;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.dupuis@fiduciaire-lemanique.ch
LOCATION:Fiduciaire Lémanique, Salle Salève (2e)
DESCRIPTION:Bonjour Chloé,\n\nTu es inscrite comme intervieweuse pour l'entretien suivant :\n\nCandidat : Luca
  Berisha\nPoste : Comptable junior (H/F)\nÉtape : 1er entretien\n\nCV, lettre et grille d'évaluation :
  https://fiduciaire-lemanique.personio.de/recruiting/applications/6630418\n\nMerci de compléter ton évaluation dans
  Personio dans les 24 heures suivant l'entretien.\n\nSophie – RH\n\nPowered by Personio
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_APPRENTI = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=noah.dasilva@bluewin.ch:mailto:noah.dasilva@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Noah,\n\nNous avons le plaisir de te convier à un entretien pour la place
  d'apprentissage d'employé de commerce CFC (rentrée août 2026) à la Fiduciaire Lémanique. Un de tes parents peut
  t'accompagner s'il le souhaite.\n\nMerci d'apporter tes derniers bulletins scolaires et ton attestation de stage.
  \n\nAdresse : Rue du Petit-Chêne 18, 1003 Lausanne, 2e étage.\n\nChloé Favre\nComptable senior, formatrice en
  entreprise\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000A1B3C5D7E9BADC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=fr-CH:Entretien apprentissage employé de commerce - Noah Da Silva
DTSTART;TZID=W. Europe Standard Time:20260311T163000
DTEND;TZID=W. Europe Standard Time:20260311T171500
DTSTAMP:20260302T092244Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Dent-de-Jaman
""" + _OUTLOOK_TAIL

_SCORECARD_NOTE = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Grille Personio : compétences techniques / TVA / Abacus / savoir-être. Relancer Marc
  pour sa note avant vendredi.\n
UID:040000008200E00074C5B7101A82E0080000000033D5F7A9C1BEDC0100000000000000001000000000FFEEDDCCBBAA99887766554433221A
SUMMARY;LANGUAGE=fr-CH:Compléter grille d'évaluation - M. Jaquier (comptable junior)
DTSTART;TZID=W. Europe Standard Time:20260320T081500
DTEND;TZID=W. Europe Standard Time:20260320T083000
DTSTAMP:20260319T170301Z
SEQUENCE:0
""" + _OUTLOOK_TAIL

_DEBRIEF = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour à tous,\n\nDébriefing des trois entretiens pour le poste de comptable junior
  (L. Berisha, M. Jaquier, A. Oliveira). Merci d'avoir complété vos grilles dans Personio avant la séance. Objectif :
  décider qui nous invitons au 2e entretien.\n\nSophie\n
UID:040000008200E00074C5B7101A82E00800000000B8D0F2A4C6BFDC0100000000000000001000000022334455667788990011223344556677
SUMMARY;LANGUAGE=fr-CH:Debrief candidats comptable junior (Berisha / Jaquier / Oliveira)
DTSTART;TZID=W. Europe Standard Time:20260325T113000
DTEND;TZID=W. Europe Standard Time:20260325T120000
DTSTAMP:20260319T144510Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Salève
""" + _OUTLOOK_TAIL

_PANEL = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jaccard, Sophie":mailto:s.jaccard@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.morard@gmail.com:mailto:ines.morard@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="FL-Salle Salève (8)":
  ~mailto:salle.saleve@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Morard,\n\nNous vous remercions pour votre candidature au stage de 6 mois en
  fiduciaire (Bachelor HEG). Vous serez reçue par un panel composé de Mme Chloé Favre (comptable senior), Mme Sophie
  Jaccard (RH) et moi-même.\n\nMeilleures salutations\nMarc Dupuis\nAssocié\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000C9E1A3B5D7C0DC0100000000000000001000000033445566778899AABBCCDDEEFF001122
SUMMARY;LANGUAGE=fr-CH:Panel - stage fiduciaire (Bachelor HEG) - Inès Morard
DTSTART;TZID=W. Europe Standard Time:20260402T083000
DTEND;TZID=W. Europe Standard Time:20260402T093000
DTSTAMP:20260325T101133Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:FL-Salle Salève (8)
""" + _OUTLOOK_TAIL

_SHADOWING = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Marc":mailto:m.dupuis@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Chloé,\n\nComme convenu dans le cadre de la formation « recruter en fiduciaire », tu
  assistes en observatrice à mon entretien avec Amélie Roth (poste de fiscaliste senior). Pas de questions de ta part
  cette fois ; on débriefe 15 minutes après, notamment sur la structure STAR et la prise de notes.\n\nMarc\n
UID:040000008200E00074C5B7101A82E00800000000D0F2B4C6E8C1DC0100000000000000001000000044556677889900AABBCCDDEEFF112233
SUMMARY;LANGUAGE=fr-CH:Shadowing : entretien fiscaliste senior (A. Roth) - observatrice C. Favre
DTSTART;TZID=W. Europe Standard Time:20260410T140000
DTEND;TZID=W. Europe Standard Time:20260410T151500
DTSTAMP:20260330T164401Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau M. Dupuis
""" + _OUTLOOK_TAIL

_CALENDLY_HOST = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260312T214409Z
DTSTART:20260318T150000Z
DTEND:20260318T153000Z
UID:5e8a2c41-0d7b-4f93-b6e1-9a3c2d4f8e07@calendly.com
SUMMARY:Entretien Comptable junior (30 min) entre Chloé Favre et Sofia Ramos
ORGANIZER;CN=Chloé Favre:mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;CN=Sofia Ramos;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.ramos@outlook.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.favre@fiduciaire-lemanique.ch
LOCATION:Microsoft Teams
DESCRIPTION:Nom de l'événement : Entretien Comptable junior (30 min)\n\nFiduciaire Lémanique SA – premier
  entretien en visio avec une candidate ou un candidat au poste de comptable junior.\n\nInvité(e) : Sofia Ramos
  (sofia.ramos@outlook.com)\n\nVeuillez partager tout ce qui pourra aider à préparer notre réunion : J'ai terminé
  mon brevet fédéral de spécialiste en finance et comptabilité en 2025 et je travaille actuellement chez une petite
  fiduciaire à Morges.\n\nBesoin d'apporter des modifications à cet événement ?\nAnnuler :
  https://calendly.com/cancellations/5e8a2c41-0d7b-4f93-b6e1-9a3c2d4f8e07\n\nOptimisé par Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_AGENCY_CANDIDATE = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260410T093000
DTEND;TZID=Europe/Zurich:20260410T101500
DTSTAMP:20260409T130255Z
ORGANIZER;CN=Lucie Bonvin:mailto:lucie.bonvin@prime-interim.ch
UID:4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre;X-NUM-GUESTS=0:
  ~mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kevin Rapin;X-NUM-GUESTS=0:
  ~mailto:kevin.rapin@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucie Bonvin;X-NUM-GUESTS=0:
  ~mailto:lucie.bonvin@prime-interim.ch
DESCRIPTION:Bonjour Madame Favre,\n\nComme convenu, je vous présente M. Kevin Rapin pour la mission de comptable
  temporaire (remplacement congé maternité, 5 mois, dès le 1er mai). M. Rapin se présentera à vos bureaux ; son
  dossier complet vous a été envoyé par e-mail.\n\nMerci de me faire un retour après l'entretien.\n\nLucie Bonvin
  \nConseillère – Prime Intérim SA, Lausanne
LAST-MODIFIED:20260409T130255Z
LOCATION:Fiduciaire Lémanique\, Rue du Petit-Chêne 18\, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation candidat – Kevin Rapin (comptable temporaire)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_NOTE_OLIVEIRA = r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@tz zurich
BEGIN:VEVENT
CREATED:20260316T071020Z
LAST-MODIFIED:20260316T071055Z
DTSTAMP:20260316T071055Z
UID:b71e5c3a-2d9f-4a08-8e64-0c1f3b5d7e92
SUMMARY:entretien candidate Oliveira 14h salle Salève
DTSTART;TZID=Europe/Zurich:20260319T140000
DTEND;TZID=Europe/Zurich:20260319T150000
DESCRIPTION:préparer questions TVA + cas pratique débiteurs. Imprimer CV. Marc se joint à 14h30.
LOCATION:Salle Salève
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_TEST_PRATIQUE = _OUTLOOK_HEAD + r"""
BEGIN:VEVENT
ORGANIZER;CN="Favre, Chloé":mailto:c.favre@fiduciaire-lemanique.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marine.jaquier@gmail.com:mailto:marine.jaquier@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jaccard, Sophie":
  ~mailto:s.jaccard@fiduciaire-lemanique.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Madame Jaquier,\n\nComme annoncé lors de notre entretien, je vous propose un
  test pratique d'environ 90 minutes sur poste (Excel et Abacus : saisie, rapprochement bancaire, décompte TVA
  simplifié). Je serai présente pour vous accueillir et répondre à vos questions.\n\nMeilleures salutations\nChloé
  Favre\nComptable senior\nFiduciaire Lémanique SA\n
UID:040000008200E00074C5B7101A82E00800000000E1A3C5D7F9C2DC01000000000000000010000000556677889900AABBCCDDEEFF00112233
SUMMARY;LANGUAGE=fr-CH:Test pratique Excel / Abacus - Marine Jaquier
DTSTART;TZID=W. Europe Standard Time:20260327T140000
DTEND;TZID=W. Europe Standard Time:20260327T153000
DTSTAMP:20260323T154012Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Poste de formation\, 2e étage
""" + _OUTLOOK_TAIL

EVENTS = [
    Ev("personio-kit-fr", "fr", "personio-interview-6630418-20117@personio.de", _KIT_PERSONIO, 0,
       trap="user-as-interviewer-personio-kit-fr"),
    Ev("apprentice-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000A1B3C5D7E9BADC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
       _APPRENTI, 0, trap="user-as-interviewer-apprentice-freemail-fr"),
    Ev("scorecard-note-fr", "fr",
       "040000008200E00074C5B7101A82E0080000000033D5F7A9C1BEDC0100000000000000001000000000FFEEDDCCBBAA99887766554433221A",
       _SCORECARD_NOTE, 0, trap="user-as-interviewer-scorecard-fr"),
    Ev("debrief-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000B8D0F2A4C6BFDC0100000000000000001000000022334455667788990011223344556677",
       _DEBRIEF, 0, trap="user-as-interviewer-debrief-fr"),
    Ev("panel-intern-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000C9E1A3B5D7C0DC0100000000000000001000000033445566778899AABBCCDDEEFF001122",
       _PANEL, 0, trap="user-as-interviewer-panel-room-fr"),
    Ev("shadowing-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000D0F2B4C6E8C1DC0100000000000000001000000044556677889900AABBCCDDEEFF112233",
       _SHADOWING, 0, trap="user-as-interviewer-shadowing-fr"),
    Ev("calendly-host-fr", "fr", "5e8a2c41-0d7b-4f93-b6e1-9a3c2d4f8e07@calendly.com", _CALENDLY_HOST, 0,
       trap="user-as-interviewer-calendly-host-fr"),
    Ev("agency-candidate-fr", "fr", "4d8h2l6p0t4x8b2f6j0n4r8v2z@google.com", _AGENCY_CANDIDATE, 0,
       trap="user-as-interviewer-agency-sends-candidate-fr"),
    Ev("note-candidate-fr", "fr", "b71e5c3a-2d9f-4a08-8e64-0c1f3b5d7e92", _NOTE_OLIVEIRA, 0,
       trap="user-as-interviewer-hand-typed-note-fr"),
    Ev("practical-test-fr", "fr",
       "040000008200E00074C5B7101A82E00800000000E1A3C5D7F9C2DC01000000000000000010000000556677889900AABBCCDDEEFF00112233",
       _TEST_PRATIQUE, 0, trap="user-as-interviewer-practical-test-fr"),
]
