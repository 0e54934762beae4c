"""holdout198: the user on the hiring side at MTESS (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev


def h(kind, uid, trap, ics, eol="\r\n"):
    return ev(kind, uid, 0, "", "", "", "", trap, ics, eol=eol, hiring=True)


EVENTS = [
    h("jury-entrevues", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E45ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
      "user-as-interviewer-selection-committee-day", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MTESS-425StAmable-Salle 3.20 (10):mailto:salle320.425stamable@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour\,\n\nVoici le bloc réservé pour les entrevues de sélection du processus 2026-DOT-0412 (agente ou agent d'information\, emploi régulier\, DCOM).\n\n8 h 30 Candidat 1\n9 h 45 Candidate 2\n11 h Candidat 3\n13 h 30 Candidate 4\n14 h 45 Candidat 5\n\nLes CV\, la grille d'évaluation et le guide d'entrevue sont dans le dossier Teams « Dotation DCOM > 2026-DOT-0412 ». Merci de ne pas imprimer les CV.\n\nKarine Giroux\nConseillère en gestion des ressources humaines\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E45ADC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=fr-CA:Entrevues de sélection – 2026-DOT-0412 – Agent(e) d'information (jour 1)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261119T081500
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261119T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T154211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:425\, rue Jacques-Parizeau – salle 3.20
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    h("consensus-comite", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F55ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
      "user-as-interviewer-committee-consensus-deliberation", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Rencontre du comité d'évaluation pour établir le consensus sur les cotes et la liste des personnes qualifiées (2026-DOT-0412). Apportez vos grilles individuelles complétées et signées.\n\nRéunion Microsoft Teams\nID de la réunion : 288 451 002 117\nCode secret : xT2nR8\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F55ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=fr-CA:Consensus – comité d'évaluation 2026-DOT-0412
DTSTART:20261124T183000Z
DTEND:20261124T200000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T155012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    h("correction-copies", "0C7E2A91-2B44-4F10-8D3A-5F0E6B1C9D22",
      "user-as-interviewer-grading-written-tests", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
<<TOR_ATS>>
BEGIN:VEVENT
UID:0C7E2A91-2B44-4F10-8D3A-5F0E6B1C9D22
DTSTAMP:20261105T121000Z
DTSTART;TZID=America/Toronto:20261110T083000
DTEND;TZID=America/Toronto:20261110T120000
SUMMARY:Correction examens écrits (agents d'info) – NE PAS DÉRANGER
DESCRIPTION:14 copies anonymisées – corriger avec le corrigé type v2 (SharePoint DCOM > Dotation)\nremettre cotes à Karine avant vendredi
CLASS:PRIVATE
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    h("reponse-candidate", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A75BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
      "user-as-interviewer-candidate-accepted-reply", r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20261202T150000Z
DTEND:20261202T160000Z
DTSTAMP:20261126T013355Z
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A75BDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Léa F
 ortin;X-NUM-GUESTS=0:mailto:lea.fortin92@gmail.com
COMMENT;X-COMMENTER=mailto:lea.fortin92@gmail.com:Merci beaucoup\, j'y ser
 ai! Au plaisir de vous rencontrer.
CREATED:20261125T212000Z
DESCRIPTION:Bonjour Madame Fortin\,\n\nNous vous convions à une entrevue d
 e sélection pour l'emploi d'agente d'information (remplacement de congé de
  maternité) à la Direction des communications.\n\nMarie-Ève Gagnon\nConseil
 lère en communication
LAST-MODIFIED:20261126T013355Z
LOCATION:425\, rue Jacques-Parizeau\, 3e étage
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entrevue – agente d'information (remplacement) – L. Fortin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    h("notes-candidat", "6D2F8A11-9C3B-4E7D-A5F0-0B1C2D3E4F52",
      "user-as-interviewer-hand-typed-candidate-notes", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:6D2F8A11-9C3B-4E7D-A5F0-0B1C2D3E4F52
DTSTAMP:20261203T002211Z
DTSTART:20261203T100000
DTEND:20261203T110000
SUMMARY:Entrevue Poirier 2e ronde (moi + Sylvie)
DESCRIPTION:moi: questions 3 à 7 (relations médias\, gestion d'enjeux)\nSylvie: 1-2 + mise en sit.\n1re ronde: très bon à l'oral\, faible en rédaction?? vérifier texte\nsalle 3.14
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    h("bookings-stage", "AAMkAGM3NjdmYjQ5LWJvb2tpbmdzLW10ZXNzLXN0YWdlLTIwMjcwMTE0",
      "user-as-interviewer-bookings-host-intern-calls", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Stages DCOM - MTESS:mailto:StagesDCOM@mtessgouvqc.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zoé Bergeron-Nadeau:mailto:zoe.bergeron-nadeau.1@ulaval.ca
DESCRIPTION;LANGUAGE=fr-CA:Nouvelle réservation\n\nService : Entretien téléphonique – stage en communication (hiver 2027)\nClient : Zoé Bergeron-Nadeau\nCourriel : zoe.bergeron-nadeau.1@ulaval.ca\nTéléphone : 581 996-2047\nMembre du personnel : Marie-Ève Gagnon\n\nRéponses :\nProgramme d'études : Baccalauréat en communication publique\, 3e année\nDisponibilités : lundi au jeudi\n\nMicrosoft Bookings\n
UID:AAMkAGM3NjdmYjQ5LWJvb2tpbmdzLW10ZXNzLXN0YWdlLTIwMjcwMTE0
SUMMARY;LANGUAGE=fr-CA:Zoé Bergeron-Nadeau – Entretien téléphonique – stage en communication
DTSTART:20261125T153000Z
DTEND:20261125T155000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T192241Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Appel téléphonique
END:VEVENT
END:VCALENDAR
"""),
    h("agence-candidate", "drakkar-presentation-cand-4471@groupedrakkar.com",
      "user-as-interviewer-agency-sends-candidate", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:drakkar-presentation-cand-4471@groupedrakkar.com
DTSTAMP:20261112T173000Z
DTSTART;TZID=America/Toronto:20261117T100000
DTEND;TZID=America/Toronto:20261117T104500
SUMMARY:Présentation de candidate – technicienne en communication (affectation 6 mois)
DESCRIPTION:Bonjour Madame Gagnon\,\n\nTel que discuté\, je vous présente Mme Annie-Claude Dubé pour l'affectation temporaire de technicienne en communication (mise à jour Québec.ca\, infolettres). Son CV est joint. Elle est disponible immédiatement.\n\nElle se présentera à vos bureaux à 10 h. Je demeure disponible pour toute question sur les conditions de l'affectation.\n\nMylène Caron\nConseillère en placement – Groupe Drakkar\n418 650-2233
LOCATION:425\, rue Jacques-Parizeau\, accueil
ORGANIZER;CN="Mylène Caron":mailto:mcaron@groupedrakkar.com
ATTENDEE;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    h("references-candidate", "9B3E7C20-1D4F-4A8E-B6C2-7E9F0A1B2C3D",
      "user-as-interviewer-checking-candidate-references", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
<<TOR_ATS>>
BEGIN:VEVENT
UID:9B3E7C20-1D4F-4A8E-B6C2-7E9F0A1B2C3D
DTSTAMP:20261126T133000Z
DTSTART;TZID=America/Toronto:20261127T133000
DTEND;TZID=America/Toronto:20261127T143000
SUMMARY:Références – candidate retenue 0412 (2 appels)
DESCRIPTION:1) ancienne gestionnaire à la Ville de Lévis – 418 835-xxxx (voir courriel)\n2) collègue Cégep Garneau\nUtiliser le formulaire de prise de références DRH. Consentement signé reçu.
LOCATION:Mon bureau
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
"""),
    h("surveillance-examen", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B85BDC010000000000000000100000001A2B3C4D5E6F70819203A4B5C6D7E8F9",
      "user-as-interviewer-proctoring-practical-exercise", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=MTESS-425StAmable-Salle 3.14 (laboratoire):mailto:salle314.425stamable@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Marie-Ève\, merci de surveiller la mise en situation écrite (rédaction d'un communiqué\, 60 min) des 6 personnes convoquées. Les postes sont configurés sans accès Internet. Les enveloppes sont dans mon bureau.\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B85BDC010000000000000000100000001A2B3C4D5E6F70819203A4B5C6D7E8F9
SUMMARY;LANGUAGE=fr-CA:Surveillance – mise en situation écrite – 2026-DOT-0412
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261105T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261105T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T174500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle 3.14 (laboratoire)
END:VEVENT
END:VCALENDAR
"""),
    h("retour-stagiaires", "2f71a9c3e8d04b5a@mtess.gouv.qc.ca",
      "user-as-interviewer-debrief-intern-interviews", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:2f71a9c3e8d04b5a@mtess.gouv.qc.ca
DTSTAMP:20261127T140500Z
DTSTART:20261130T203000Z
DTEND:20261130T210000Z
SUMMARY:Retour sur les appels – stagiaires hiver
DESCRIPTION:On compare nos notes des 7 appels et on choisit les 2 qu'on invite en rencontre. Tableau dans OneNote DCOM.
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Pépin, Olivier (DCOM)":mailto:olivier.pepin@mtess.gouv.qc.ca
LOCATION:Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    h("panel-cabinet", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C95BDC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A",
      "user-as-interviewer-sits-on-press-attache-panel", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Roberge, Mathieu (Cabinet)";SENT-BY="mailto:adjointe.cabinet@mtess.gouv.qc.ca":mailto:mathieu.roberge@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Justine Ayotte:mailto:justine.ayotte@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:Rencontre avec Mme Justine Ayotte\, candidate au poste d'attachée de presse du cabinet. Marie-Ève\, j'aimerais que tu sois là pour la partie relations médias (questions 4 à 6) et pour évaluer l'exercice de lignes de presse.\n\nMathieu Roberge\nDirecteur de cabinet adjoint\n
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C95BDC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A
SUMMARY;LANGUAGE=fr-CA:Entrevue – attachée de presse – J. Ayotte
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261208T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261208T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T162200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Cabinet de la ministre – 425\, rue Jacques-Parizeau\, 4e
END:VEVENT
END:VCALENDAR
"""),
    h("depouillement-cv", "c4a5e6f7-0812-4d3b-9a1e-2f3b4c5d6e7f",
      "user-as-interviewer-cv-shortlisting", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:c4a5e6f7-0812-4d3b-9a1e-2f3b4c5d6e7f
DTSTAMP:20261014T120000Z
DTSTART;TZID=America/Toronto:20261021T130000
DTEND;TZID=America/Toronto:20261021T160000
SUMMARY:Appel de candidatures 0412 – vérification de l'admissibilité et présélection
DESCRIPTION:47 candidatures reçues via Emplois en ligne. On applique les critères de présélection (expérience en relations médias\, rédaction) et on dresse la liste des personnes convoquées à l'examen.
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
LOCATION:Salle 3.20
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    h("salon-employeur", "salon-ulaval-employeurs-2027-mtess-kiosque",
      "user-as-interviewer-employer-booth-career-fair", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:salon-ulaval-employeurs-2027-mtess-kiosque
DTSTAMP:20261120T150000Z
DTSTART;VALUE=DATE:20270203
DTEND;VALUE=DATE:20270204
SUMMARY:Kiosque MTESS – Journée carrière ULaval (recrutement stagiaires comm.)
DESCRIPTION:Je tiens le kiosque avec Olivier de 9 h à 15 h. Apporter dépliants « Stages à la fonction publique »\, formulaire de mise en candidature et tablette pour les courriels des étudiants intéressés. Petites entrevues éclair possibles sur place.
LOCATION:Pavillon Alphonse-Desjardins\, Université Laval
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    h("retroaction-candidats", "e7d8c9b0-a1f2-4e3d-8c5b-6a7f8e9d0c1b",
      "user-as-interviewer-feedback-calls-to-unsuccessful", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:e7d8c9b0-a1f2-4e3d-8c5b-6a7f8e9d0c1b
DTSTAMP:20261209T140000Z
DTSTART:20261214T143000Z
DTEND:20261214T160000Z
SUMMARY:Rétroaction aux personnes non retenues (0412) – 4 appels
DESCRIPTION:Suite à leur demande. Max 15 min chacun. S'en tenir aux résultats par critère\, ne pas comparer avec les autres. Karine en copie pour les demandes de révision.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    h("observation-comite", "obs-comite-dgcom-20261013@mtess.gouv.qc.ca",
      "user-as-interviewer-shadowing-committee-training", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:obs-comite-dgcom-20261013@mtess.gouv.qc.ca
DTSTAMP:20261006T130000Z
DTSTART;TZID=America/Toronto:20261013T090000
DTEND;TZID=America/Toronto:20261013T120000
SUMMARY:Observation – comité d'évaluation (formation des évaluateurs)
DESCRIPTION:Dans le cadre de ta formation de membre de comité d'évaluation\, tu assistes en observatrice à deux entrevues du processus de conseillers en affaires publiques. Tu ne poses pas de questions\, mais tu remplis une grille en parallèle pour qu'on compare après.\n\nKarine
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
LOCATION:Salle 2.05
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    h("candidate-cafe", "3m9n8b7v6c5x4z3l2k1j0h9g8f@google.com",
      "user-as-interviewer-candidate-on-free-mail-invites", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261029T123000Z
DTEND:20261029T131500Z
DTSTAMP:20261022T230105Z
ORGANIZER;CN=Raphaël Vézina:mailto:raphael.vezina.comm@gmail.com
UID:3m9n8b7v6c5x4z3l2k1j0h9g8f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marie-eve.gagnon@mtess.gouv.qc.ca;X-NUM-GUESTS=0:mailto:marie-eve.
 gagnon@mtess.gouv.qc.ca
DESCRIPTION:Bonjour Madame Gagnon\, merci d'accepter de me rencontrer au su
 jet de l'affichage d'agent d'information à votre direction. Je vous envoie
  mon portfolio d'ici là. Au plaisir\, Raphaël Vézina
LOCATION:Café Saint-Henri\, 1 rue Saint-Amable
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre – Raphaël Vézina (candidature agent d'information)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    h("entrevue-etudiante", "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7",
      "user-as-interviewer-phone-typed-summer-student", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20270112T184500Z
DTSTART:20270119T140000
DTEND:20270119T143000
SUMMARY:Entr. étudiante été - Mathilde B.
DESCRIPTION:emploi d'été DCOM (médias sociaux)\nelle vient au 3e\, l'attendre à l'accueil\ngrille étudiants dans mon sac
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    h("grille-cotation", "040000008200E00074C5B7101A82E00800000000F6A7B8C9D05BDC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
      "user-as-interviewer-building-scoring-grid", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Giroux, Karine (DRH)":mailto:karine.giroux@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lafrance, Sylvie (DCOM)":mailto:sylvie.lafrance@mtess.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Validation du questionnaire d'entrevue\, des réponses attendues et de la grille de cotation avant les entrevues du 19 novembre. Merci de lire le projet avant la rencontre.\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D05BDC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=fr-CA:0412 – validation guide d'entrevue et grille de cotation
DTSTART:20261112T190000Z
DTEND:20261112T200000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261106T145511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    h("rencontre-finaliste", "b8c9d0e1-f2a3-4b5c-6d7e-8f9a0b1c2d3e",
      "user-as-interviewer-second-meeting-finalist-teams", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:b8c9d0e1-f2a3-4b5c-6d7e-8f9a0b1c2d3e
DTSTAMP:20261203T200000Z
DTSTART;TZID=America/Toronto:20261207T110000
DTEND;TZID=America/Toronto:20261207T114500
SUMMARY:Rencontre – stage en communication hiver 2027 – Zoé Bergeron-Nadeau
DESCRIPTION:Bonjour Zoé\,\n\nSuite à notre appel\, Olivier Pépin et moi aimerions vous rencontrer (45 min) pour parler du mandat de stage et faire un court exercice de rédaction de publication pour les médias sociaux.\n\nMarie-Ève Gagnon\nConseillère en communication\, Direction des communications\nMinistère de l'Emploi et de la Solidarité sociale\n\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_DCOMstage27@thread.v2/0
ORGANIZER;CN="Gagnon, Marie-Ève (DCOM)":mailto:marie-eve.gagnon@mtess.gouv.qc.ca
ATTENDEE;RSVP=TRUE;CN=Zoé Bergeron-Nadeau:mailto:zoe.bergeron-nadeau.1@ulaval.ca
ATTENDEE;RSVP=TRUE;CN="Pépin, Olivier (DCOM)":mailto:olivier.pepin@mtess.gouv.qc.ca
LOCATION:Réunion Microsoft Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    h("periode-essai", "5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8E",
      "user-as-interviewer-supervising-trial-day", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8E
DTSTAMP:20261128T031200Z
DTSTART:20261201T083000
DTEND:20261201T163000
SUMMARY:Journée d'essai A.-C. Dubé (Drakkar) – je l'encadre
DESCRIPTION:accueil 8h30\, poste 3.09\, accès temporaire TI demandé\nlui donner infolettre déc. à monter + 2 pages Québec.ca\nbilan avec Mylène (Drakkar) en fin de journée -> on garde ou pas
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    h("formation-evaluateurs", "formation-comites-evaluation-sct-2026-10@tresor.gouv.qc.ca",
      "user-as-interviewer-evaluator-training-course", r"""
BEGIN:VCALENDAR
PRODID:-//Secretariat du Conseil du trésor//Formation//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:formation-comites-evaluation-sct-2026-10@tresor.gouv.qc.ca
DTSTAMP:20260925T130000Z
DTSTART:20261006T123000Z
DTEND:20261006T200000Z
SUMMARY:Formation – Membre de comité d'évaluation (processus de qualification)
DESCRIPTION:Formation obligatoire pour siéger à un comité d'évaluation : principes d'évaluation\, entrevue structurée\, prise de notes\, biais\, consensus\, obligations de confidentialité.\n\nInscription confirmée : Marie-Ève Gagnon (MTESS)
LOCATION:En ligne – Teams
ORGANIZER;CN=Formation SCT:mailto:formation@tresor.gouv.qc.ca
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marie-eve.gagnon@mtess.gouv.qc.ca
END:VEVENT
END:VCALENDAR
"""),
]
