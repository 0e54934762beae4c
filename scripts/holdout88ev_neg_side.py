"""holdout88: negatives with the user on the hiring side at his current warehouse (user-as-interviewer)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_IOS,
    BRUSSELS,
    GOOGLE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    cal,
    neg,
)


def _ol(uid: str, summary: str, start: str, end: str, org: str, att: str, desc: str, loc: str = "") -> str:
    """An Outlook/Exchange VEVENT in Romance Standard Time, composed from raw lines."""
    return cal(f"""BEGIN:VEVENT
ORGANIZER;CN={org}
{att}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
SUMMARY;LANGUAGE=fr-FR:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
UID:{uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:{loc}
END:VEVENT
""", OUTLOOK, tz=ROMANCE)


W = '"Lefebvre, Mathieu":mailto:m.lefebvre@entrepot-hautsdefrance.fr'
OL = "040000008200E00074C5B7101A82E00800000000"


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(neg("outlook-candidate-gmail-fr", _ol(
        OL + "11A0B0C0D0E0DC01000000000000000010000000AA00000000000000000000000000001",
        "Entretien cariste CACES 1/3/5 – Kevin Dubois", "20260304T140000", "20260304T143000", W,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.dubois62@gmail.com:"
        "mailto:kevin.dubois62@gmail.com",
        r"Bonjour Kevin\,\n\nSuite à votre candidature pour le poste de cariste (CDI\, équipe d'après-midi)\, je"
        "\n  vous propose un entretien mercredi à 14h. Merci de vous présenter au poste de garde avec vos CACE"
        "\n S et une pièce d'identité.\n\nMathieu Lefebvre\nChef d'équipe logistique – Entrepôt Hauts-de-Fran"
        "\n ce",
        "Entrepôt HDF - poste de garde"), "user-as-interviewer-candidate-freemail-fr"))

    ev.append(neg("agency-sends-candidate-fr", cal(r"""
BEGIN:VEVENT
UID:20260305-actif-interim-9023@actif-interim-nord.fr
DTSTAMP:20260305T090000Z
DTSTART;TZID=Europe/Paris:20260306T103000
DTEND;TZID=Europe/Paris:20260306T110000
SUMMARY:Présentation candidat - préparateur de commandes (Yanis Amrani)
ORGANIZER;CN=Laetitia - Actif Intérim Nord:mailto:laetitia.b@actif-interim-nord.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:m.lefebvre@entrepot-hautsdefrance.fr
LOCATION:Entrepôt Hauts-de-France\, Lauwin-Planque - bureau exploitation
DESCRIPTION:Bonjour Mathieu\,\nComme demandé\, je vous envoie Yanis Amrani p
 our le poste de préparateur de commandes (mission 3 mois\, équipe du matin)
 . Il a déjà travaillé sur commande vocale. Pouvez-vous le recevoir 30 min et
  me faire un retour ?\nLaetitia\, Actif Intérim Nord
STATUS:CONFIRMED
END:VEVENT
""", "-//Actif Interim Nord//Agenda//FR", tz=PARIS), "user-as-interviewer-agency-candidate-fr"))

    ev.append(neg("recurring-slots-override-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260303T140000
DTEND;TZID=Europe/Paris:20260303T160000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6
DTSTAMP:20260227T160000Z
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@entrepot-hautsdefrance.fr
UID:4n6p8r0t2v4x6z8b0d2f4h6j8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Lefebvre;X-NUM-GUESTS=0
 :mailto:m.lefebvre@entrepot-hautsdefrance.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Bouzid;X-NUM-GUESTS=0:mai
 lto:n.bouzid@entrepot-hautsdefrance.fr
DESCRIPTION:Créneaux fixes pour recevoir les intérimaires et candidats carist
 es envoyés par les agences (Actif Intérim\, Proxi Emploi). 4 candidats max p
 ar créneau. Nadia (RH) prépare les dossiers.
LOCATION:Bureau exploitation
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretiens intérimaires / caristes (créneau agences)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260317T093000
DTEND;TZID=Europe/Paris:20260317T113000
RECURRENCE-ID;TZID=Europe/Paris:20260317T140000
DTSTAMP:20260312T100000Z
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@entrepot-hautsdefrance.fr
UID:4n6p8r0t2v4x6z8b0d2f4h6j8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Bouzid;X-NUM-GUESTS=0:mai
 lto:n.bouzid@entrepot-hautsdefrance.fr
DESCRIPTION:Exceptionnellement le matin (audit sécurité l'après-midi).
LOCATION:Bureau exploitation
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretiens intérimaires / caristes (créneau agences) - MATIN
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "user-as-interviewer-recurring-override-fr"))

    ev.append(neg("scorecard-reminder-fr", _ol(
        OL + "22B1C1D1E1F1DC01000000000000000010000000BB00000000000000000000000000002",
        "Grilles d'évaluation à compléter – entretiens chef d'équipe nuit", "20260311T170000", "20260311T173000",
        '"Bouzid, Nadia":mailto:n.bouzid@entrepot-hautsdefrance.fr',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + W,
        r"Mathieu\, merci de saisir tes grilles d'évaluation pour les 3 candidats vu"
        "\n s ce matin (Sébastien R.\\, Amélie T.\\, Driss K.) avant la réunion de décision de jeudi.\\n\\nNadia"
        r" – RH site"), "user-as-interviewer-scorecard-fr"))

    ev.append(neg("debrief-fr", _ol(
        OL + "33C2D2E2F2A2DC01000000000000000010000000CC00000000000000000000000000003",
        "Débrief recrutement adjoint chef d'équipe (candidats Martin / Lopes)", "20260313T083000",
        "20260313T090000", '"Bouzid, Nadia":mailto:n.bouzid@entrepot-hautsdefrance.fr',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=" + W + "\nATTENDEE;ROLE=REQ-PARTICIPANT;"
        'CN="Carlier, Bertrand":mailto:b.carlier@entrepot-hautsdefrance.fr',
        r"Décision sur les 2 finalistes. Chacun apporte ses notes d'entretien.", "Salle Quai 1"),
        "user-as-interviewer-debrief-fr"))

    ev.append(neg("internal-panel-fr", _ol(
        OL + "44D3E3F3A3B3DC01000000000000000010000000DD00000000000000000000000000004",
        "Jury – entretiens mobilité interne responsable de quai", "20260319T130000", "20260319T170000",
        '"Carlier, Bertrand":mailto:b.carlier@entrepot-hautsdefrance.fr',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=" + W + "\nATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICI"
        "\n PANT;CN=Salle Quai 1:mailto:salle.quai1@entrepot-hautsdefrance.fr",
        r"Jury : Bertrand Carlier (directeur de site)\, Mathieu Lefebvre\, Nadia Bouzid (RH).\n4 candidats"
        "\n  internes\\, 45 min chacun. Grille commune jointe.", "Salle Quai 1"),
        "user-as-interviewer-panel-internal-mobility-fr"))

    ev.append(neg("shadowing-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260310T100000
DTEND;TZID=Europe/Paris:20260310T110000
DTSTAMP:20260305T120000Z
ORGANIZER;CN=Nadia Bouzid:mailto:n.bouzid@entrepot-hautsdefrance.fr
UID:6p8r0t2v4x6z8b0d2f4h6j8l0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Lefebvre;X-NUM-GUESTS=0
 :mailto:m.lefebvre@entrepot-hautsdefrance.fr
DESCRIPTION:Mathieu\, tu assistes en observateur à mon entretien avec la can
 didate pour le poste de gestionnaire de stock (Mme Ophélie Caudron). Objectif
  : te former avant de mener seul les entretiens d'embauche.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadowing entretien gestionnaire de stock (Mathieu observe)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "user-as-interviewer-shadowing-fr"))

    ev.append(neg("calendly-host-fr", cal(r"""
BEGIN:VEVENT
UID:c8d7e6f5-a4b3-4c2d-9e1f-0a9b8c7d6e5f@calendly.com
DTSTAMP:20260308T191000Z
DTSTART:20260310T130000Z
DTEND:20260310T133000Z
SUMMARY:Jessica Morel et Mathieu Lefebvre
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@entrepot-hautsdefrance.fr
ATTENDEE;CN=Jessica Morel;RSVP=TRUE:mailto:jess.morel59@hotmail.fr
LOCATION:Entrepôt Hauts-de-France\, accueil
DESCRIPTION:Nom de l'événement : Entretien préparateur(trice) de commandes\n\n
 Invité : Jessica Morel\nQuestions : Avez-vous un CACES ? Non\, mais je suis d
 isponible en 2x8.\n\nAnnuler : https://calendly.com/cancellations/c8d7e6f5\n\n
 Powered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
""", "-//Calendly//Calendly//EN"), "user-as-interviewer-calendly-host-fr"))

    ev.append(neg("teamtailor-kit-fr", cal(r"""
BEGIN:VEVENT
UID:teamtailor-interview-1190331@teamtailor.com
DTSTAMP:20260309T080000Z
DTSTART;TZID=Europe/Paris:20260312T140000
DTEND;TZID=Europe/Paris:20260312T150000
SUMMARY:Entretien : Yasmine Haddad – Chef d'équipe réception
ORGANIZER;CN=Entrepôt Hauts-de-France:mailto:notifications@teamtailor.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:m.lefebvre@entrepot-hautsdefrance.fr
ATTENDEE;CN=Yasmine Haddad:mailto:yasmine.haddad@outlook.fr
LOCATION:Salle Quai 1
DESCRIPTION:Vous avez été ajouté(e) comme intervieweur pour Yasmine Haddad (
 Chef d'équipe réception).\nKit d'entretien : https://app.teamtailor.com/kits/
 55120\nMerci de remplir la fiche d'évaluation dans les 24h.
STATUS:CONFIRMED
END:VEVENT
""", "-//Teamtailor//Teamtailor Calendar//EN", tz=PARIS), "user-as-interviewer-teamtailor-kit-fr"))

    ev.append(neg("handtyped-candidate-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260305T063000Z
DTEND;TZID=Europe/Paris:20260309T143000
DTSTAMP:20260305T063010Z
DTSTART;TZID=Europe/Paris:20260309T140000
SEQUENCE:0
SUMMARY:entretien Jordan (cariste) 14h - ramener son CV imprimé
TRANSP:OPAQUE
UID:5B8C1D4E-7F2A-4B3C-8D9E-0F1A2B3C4D5E
END:VEVENT
""", APPLE_IOS, method=None, tz=PARIS), "user-as-interviewer-handtyped-fr"))

    ev.append(neg("practical-test-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260318T080000
DTEND;TZID=Europe/Paris:20260318T100000
DTSTAMP:20260313T150000Z
ORGANIZER;CN=Mathieu Lefebvre:mailto:m.lefebvre@entrepot-hautsdefrance.fr
UID:8r0t2v4x6z8b0d2f4h6j8l0n2p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Franck (formateur CACES);X-NUM-
 GUESTS=0:mailto:franck.formation@gmail.com
DESCRIPTION:Test de conduite chariot frontal pour les 3 intérimaires propos
 és par Proxi Emploi. J'évalue avec Franck. Fiche test + EPI.
LOCATION:Zone test - quai 12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test pratique caristes (3 candidats intérim)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "user-as-interviewer-practical-test-fr"))

    ev.append(neg("agency-candidate-nl", cal(r"""
BEGIN:VEVENT
UID:20260311T091500Z-5521@werkpunt-interim.be
DTSTAMP:20260311T091500Z
DTSTART;TZID=Europe/Brussels:20260313T090000
DTEND;TZID=Europe/Brussels:20260313T093000
SUMMARY:Kandidaat voorstelling - heftruckchauffeur (Tom Peeters)
ORGANIZER;CN=Werkpunt Interim Kortrijk:mailto:kortrijk@werkpunt-interim.be
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:m.lefebvre@entrepot-hautsdefrance.fr
DESCRIPTION:Dag Mathieu\,\nHierbij bevestigen we het sollicitatiegesprek met
  onze kandidaat Tom Peeters (heftruckchauffeur\, spreekt Frans) bij jullie in
  Lauwin-Planque. Graag feedback na het gesprek.\nWerkpunt Interim
STATUS:CONFIRMED
END:VEVENT
""", "-//Werkpunt//Agenda//NL", tz=BRUSSELS), "user-as-interviewer-agency-candidate-nl"))

    ev.append(neg("workday-interviewer-en", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEWER-ehdf-2c4e6a8b0d1f3a5c7e9b
DTSTAMP:20260316T100000Z
DTSTART:20260319T130000Z
DTEND:20260319T134500Z
SUMMARY:Interview: Warehouse Associate - Priya Raman (Interviewer: Mathieu Lefebvre)
ORGANIZER;CN=EHDF Talent Acquisition:mailto:ehdf@myworkday.com
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT:mailto:m.lefebvre@entrepot-hautsdefrance.fr
DESCRIPTION:You have been scheduled as an interviewer.\nCandidate: Priya Ram
 an\nJob requisition: Warehouse Associate (JR-1120)\nPlease submit your feedb
 ack in Workday within 24 hours of the interview.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "user-as-interviewer-workday-en"))

    ev.append(neg("calibration-fr", _ol(
        OL + "55E4F4A4B4C4DC01000000000000000010000000EE00000000000000000000000000005",
        "Calibration recrutement saisonniers Q4 (volumes\\, profils\\, agences)", "20260325T100000",
        "20260325T110000", '"Bouzid, Nadia":mailto:n.bouzid@entrepot-hautsdefrance.fr',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=" + W,
        r"Aligner les critères d'entretien pour les 60 saisonniers de fin d'année entre chefs d'équipe.",
        "Teams"), "user-as-interviewer-calibration-fr"))

    ev.append(neg("phone-prequal-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260316T070000Z
DTSTART;TZID=Europe/Paris:20260316T133000
DTEND;TZID=Europe/Paris:20260316T150000
DTSTAMP:20260316T070000Z
UID:0t2v4x6z8b0d2f4h6j8l0n2p4r@google.com
DESCRIPTION:Appeler les 12 candidats Indeed (liste dans le drive) - 10 min ch
 acun : dispo\, permis\, CACES\, horaires.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Préqualif téléphonique candidats préparateurs
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=PARIS), "user-as-interviewer-phone-prequal-fr"))

    ev.append(neg("teams-candidate-hotmail-fr", _ol(
        OL + "66F5A5B5C5D5DC01000000000000000010000000FF00000000000000000000000000006",
        "Entretien visio – poste chef d'équipe nuit", "20260320T110000", "20260320T114500", W,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Sébastien Roussel:mailto:seb.roussel@hotmail.com",
        r"Bonjour Sébastien\,\nComme convenu\, voici le lien pour notre entretien en visio.\n\nRéunion Microsof"
        "\n t Teams\\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2\\nID : 341 220 914"
        "\n  578\\n\\nMathieu Lefebvre", "Réunion Microsoft Teams"), "user-as-interviewer-teams-candidate-fr"))

    ev.append(neg("jobdating-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260401T090000
DTEND;TZID=Europe/Paris:20260401T130000
DTSTAMP:20260320T080000Z
ORGANIZER;CN=Nadia Bouzid:mailto:n.bouzid@entrepot-hautsdefrance.fr
UID:2x4z6b8d0f2h4j6l8n0p2r4t6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Lefebvre;X-NUM-GUESTS=0
 :mailto:m.lefebvre@entrepot-hautsdefrance.fr
DESCRIPTION:Job dating France Travail Douai : on tient le stand de l'entrepôt
 \, entretiens flash de 10 min avec les demandeurs d'emploi (préparateurs\, c
 aristes). Prendre les fiches candidat.
LOCATION:Agence France Travail Douai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Job dating logistique - stand EHDF
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "user-as-interviewer-jobdating-fr"))

    ev.append(neg("student-candidate-fr", _ol(
        OL + "77A6B6C6D6E6DC01000000000000000010000000AB00000000000000000000000000007",
        "Entretien alternance BTS GTLA – Inès Moreau", "20260324T160000", "20260324T163000", W,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Inès Moreau:mailto:ines.moreau@etu.univ-lille.fr",
        r"Bonjour Inès\,\nJe vous confirme notre entretien pour l'alternance (BTS Gestion des transports et"
        "\n  logistique associée\\, rentrée de septembre).\\nMathieu Lefebvre", "Entrepôt HDF - bureau exploitation"),
        "user-as-interviewer-student-fr"))

    ev.append(neg("reverse-shadow-en", cal(r"""
BEGIN:VEVENT
UID:goodtime-training-88211@goodtime.io
DTSTAMP:20260320T090000Z
DTSTART:20260326T123000Z
DTEND:20260326T131500Z
SUMMARY:[Reverse shadow] Team Leader interview - candidate: Marek Zielinski
ORGANIZER;CN=EHDF Recruiting Ops:mailto:recruiting@entrepot-hautsdefrance.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:m.lefebvre@entrepot-hautsdefrance.fr
ATTENDEE;CN=Claire Vasseur:mailto:c.vasseur@entrepot-hautsdefrance.fr
DESCRIPTION:Interviewer training - reverse shadow. Mathieu leads the intervi
 ew\, Claire Vasseur (certified interviewer) observes and gives feedback aft
 erwards. Candidate: Marek Zielinski (marek.zielinski@wp.pl).
LOCATION:Salle Quai 1
STATUS:CONFIRMED
END:VEVENT
""", "-//GoodTime//GoodTime Hire//EN"), "user-as-interviewer-reverse-shadow-en"))

    ev.append(neg("reference-check-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260327T120000Z
DTSTART;TZID=Europe/Paris:20260327T170000
DTEND;TZID=Europe/Paris:20260327T171500
DTSTAMP:20260327T120000Z
UID:4z6b8d0f2h4j6l8n0p2r4t6v8x@google.com
DESCRIPTION:Appeler l'ancien chef de Dimitri Leroy (Transports Caudron\, M.
  Baert 06 22 31 40 59) pour références avant embauche.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références candidat D. Leroy
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=PARIS), "user-as-interviewer-reference-check-fr"))

    return ev
