"""holdout65 negatives: the user on the hiring side at his brasserie (part A, French)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, neg

ESSAI_NOTE = r"""BEGIN:VEVENT
CREATED:20261130T214501Z
UID:1D7F0A3C-8B52-4E96-A1C4-5F3E9D2B7A08
DTEND:20261205T150000
TRANSP:OPAQUE
SUMMARY:Essai Kevin B. commis 9h-15h
LAST-MODIFIED:20261130T214533Z
DTSTAMP:20261130T214533Z
DTSTART:20261205T090000
DESCRIPTION:sort de CAP\, 19 ans. Le mettre au garde-manger avec Sarah\, pas sur le poisson. Repas du
 personnel 11h. Lui dire réponse lundi.
SEQUENCE:0
END:VEVENT"""

SECOND = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261201T163010Z
DESCRIPTION:Bonjour Yanis\,\n\nMerci pour votre candidature au poste de second de cuisine. Je vous propose un
 entretien à la brasserie mardi à 17h\, après le service du midi. Prévoyez une heure\, on fera le tour de la cuisine.
 \n\nEntrée par la cour\, sonnette « cuisine ».\n\nMathieu Lambert\nChef de cuisine – Brasserie de la Saône\n
 27 quai Saint-Vincent\, 69001 Lyon
DTEND;TZID=Romance Standard Time:20261208T180000
DTSTAMP:20261201T163010Z
DTSTART;TZID=Romance Standard Time:20261208T170000
LOCATION:Brasserie de la Saône
ORGANIZER;CN="Lambert, Mathieu":mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.haddad94@gmail.com
 :mailto:yanis.haddad94@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien – Second de cuisine – Yanis Haddad
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A4D9E2F1C06BDB0100000000000000001000000093B7C5E1A2F4D806
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

CANDIDATE_INVITE = r"""BEGIN:VEVENT
DTSTART:20261203T160000Z
DTEND:20261203T163000Z
DTSTAMP:20261129T183344Z
ORGANIZER;CN=Nadia Benali:mailto:nadia.benali.cuisine@gmail.com
UID:7p3o9i5u1y7t3r9e5w1q7a3s9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nadia Benali;X-NUM-GUESTS=0
 :mailto:nadia.benali.cuisine@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=m.lambert@brasserie-saone.fr;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Bonjour Chef\,\n\nComme convenu au téléphone\, je viendrai jeudi à 17h pour l'entretien. Je me
 permets de vous envoyer l'invitation pour ne pas oublier. Mon CV est en pièce jointe du mail.\n\n
 Cordialement\,\nNadia Benali\n06 48 22 19 73
LOCATION:Brasserie de la Saône\, 27 quai Saint-Vincent\, 69001 Lyon\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien pour le poste de commis de cuisine – Brasserie de la Saône
TRANSP:OPAQUE
END:VEVENT"""

AGENCY_CANDIDATE = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261202T094411Z
DESCRIPTION:Bonjour Chef\,\n\nSuite à votre demande de chef de partie (CDD 6 mois\, poste chaud)\, je vous
 présente Julien Marchal\, 27 ans\, 5 ans d'expérience dont 2 en brasserie à Villefranche. Il sera à la
 brasserie lundi à 17h pour un entretien avec vous.\nVous trouverez son CV et ses références en pièce
 jointe.\n\nBien cordialement\,\nÉmilie Sanchez\nChargée de recrutement – Cuisine Intérim Lyon
DTEND;TZID=Romance Standard Time:20261214T180000
DTSTAMP:20261202T094411Z
DTSTART;TZID=Romance Standard Time:20261214T170000
LOCATION:Brasserie de la Saône
ORGANIZER;CN="Sanchez, Émilie":mailto:e.sanchez@cuisine-interim-lyon.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Mathieu"
 :mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=julien.marchal@hotmail.fr
 :mailto:julien.marchal@hotmail.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Présentation candidat : Julien Marchal – Chef de partie – Brasserie de la Saône
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F7B2C4A9E36CDB01000000000000000010000000D1A5E8F3B7C2940E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

CALENDLY_HOST = r"""BEGIN:VEVENT
UID:0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b@calendly.com
DTSTAMP:20261126T201522Z
DTSTART:20261201T130000Z
DTEND:20261201T133000Z
SUMMARY:Entretien commis – Brasserie de la Saône entre Mathieu Lambert et Théo Garcia
DESCRIPTION:Type d'événement : Entretien commis – Brasserie de la Saône\n\nNom de l'invité : Théo Garcia\n
 E-mail de l'invité : theo.garcia@laposte.net\n\nRéponses aux questions :\nVotre expérience en cuisine ?\n
 Apprentissage CAP + 1 saison à Méribel\nDisponibilité ?\nImmédiate\n\nAnnuler : https://calendly.com/cancellations/0e9d8c7b
 \nReprogrammer : https://calendly.com/reschedulings/0e9d8c7b\n\nOptimisé par Calendly.com
LOCATION:Brasserie de la Saône\, 27 quai Saint-Vincent\, Lyon
ORGANIZER;CN=Mathieu Lambert:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CN=Théo Garcia;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:theo.garcia@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

INDEED = r"""BEGIN:VEVENT
UID:indeed-interview-b81f4c2e9d7a@indeed.com
DTSTAMP:20261127T091100Z
DTSTART;TZID=Europe/Paris:20261202T090000
DTEND;TZID=Europe/Paris:20261202T091500
SUMMARY:Entretien vidéo Indeed : Plongeur (H/F) avec Amadou Sy
DESCRIPTION:Vous avez un entretien vidéo avec Amadou Sy pour le poste Plongeur (H/F) – Brasserie de la Saône.
 \n\nRejoindre l'entretien : https://www.indeed.com/interview/b81f4c2e9d7a\n\nConseil : testez votre caméra et
 votre micro avant l'entretien. Le candidat sera notifié si vous êtes en retard.\n\nIndeed Interview
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Indeed:mailto:invitations@indeed.com
ATTENDEE;CN=Mathieu Lambert;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CN=Amadou Sy;ROLE=REQ-PARTICIPANT:mailto:amadou.sy.93@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

DEBRIEF = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261223T160000
DTEND;TZID=Europe/Paris:20261223T163000
DTSTAMP:20261209T120304Z
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@brasserie-saone.fr
UID:6y2u8i4o0p7a3s9d5f1g7h3j9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sarah Benhamou;X-NUM-GUESTS=0
 :mailto:s.benhamou@brasserie-saone.fr
DESCRIPTION:On fait le point sur les 3 essais chef de partie (Julien M.\, Inès F.\, Lukas B.) et on décide
 avant vendredi. Apportez vos notes.\nAntoine
LOCATION:Bureau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Débrief essais chef de partie – décision
TRANSP:OPAQUE
END:VEVENT"""

SCORECARD = r"""BEGIN:VEVENT
UID:tt-feedback-reminder-4e1a7c90@teamtailor.com
DTSTAMP:20261208T170000Z
DTSTART;TZID=Europe/Paris:20261209T090000
DTEND;TZID=Europe/Paris:20261209T091500
SUMMARY:Évaluation à compléter : Yanis Haddad – Second de cuisine
DESCRIPTION:Bonjour Mathieu\,\n\nVous avez rencontré Yanis Haddad le 8 décembre pour le poste Second de
 cuisine. Merci de compléter votre grille d'évaluation (technique\, organisation\, management\, motivation)
 avant la réunion de décision.\n\nCompléter l'évaluation : https://brasserie-saone.teamtailor.com/jobs/second/scorecards
 \n\nTeamtailor – Brasserie de la Saône
LOCATION:
ORGANIZER;CN=Teamtailor:mailto:notifications@teamtailor.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT:mailto:m.lambert@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

KIT = r"""BEGIN:VEVENT
UID:tt-interview-a4f8b2c6-1d3e-4f50-9a7b-8c6d2e0f1a39@teamtailor.com
DTSTAMP:20261203T110230Z
DTSTART;TZID=Europe/Paris:20261210T150000
DTEND;TZID=Europe/Paris:20261210T160000
SUMMARY:Entretien : Inès Fabre – Chef de partie garde-manger
DESCRIPTION:Vous êtes intervenant pour cet entretien.\n\nCandidat(e) : Inès Fabre\nPoste : Chef de partie
 garde-manger (CDI)\nIntervenants : Mathieu Lambert\, Sarah Benhamou\n\nKit d'entretien : questions
 techniques (froid\, HACCP\, mise en place)\, mise en situation\, motivation.\nOuvrir le kit :
 https://brasserie-saone.teamtailor.com/candidates/88213/interview-kit\n\nLe profil et le CV du candidat sont
 disponibles dans Teamtailor.
LOCATION:Brasserie de la Saône – bureau
ORGANIZER;CN=Julie Moreau:mailto:j.moreau@brasserie-saone.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CN=Sarah Benhamou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.benhamou@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

PANEL = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270302T140000
DTEND;TZID=Europe/Paris:20270302T180000
DTSTAMP:20261214T101500Z
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@brasserie-saone.fr
UID:2a6s0d4f8g3h7j1k5l9z4x8c2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julie Moreau;X-NUM-GUESTS=0
 :mailto:j.moreau@brasserie-saone.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Après-midi de recrutement des saisonniers pour la terrasse (avril – septembre) : 8 candidats\,
 20 min chacun. Julie pour la salle\, Mathieu pour les 3 commis et le plongeur. Liste des candidats dans le
 drive « Recrutement été 2027 ».
LOCATION:Brasserie de la Saône – salle du fond
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jury recrutement saisonniers été – terrasse
TRANSP:OPAQUE
END:VEVENT"""

SHADOW = r"""BEGIN:VEVENT
CREATED:20261205T093012Z
UID:8E2B6D4F-0A1C-4B3E-9D5F-7C8A2E0B4D61
DTEND;TZID=Europe/Paris:20261215T153000
TRANSP:OPAQUE
SUMMARY:Entretien commis (Dylan M.) – Sarah en observation
DTSTART;TZID=Europe/Paris:20261215T150000
DTSTAMP:20261205T093455Z
DESCRIPTION:Sarah assiste à mon entretien pour apprendre à recruter (elle prendra les entretiens commis à
 partir de janvier). Lui laisser poser 2-3 questions à la fin.
ORGANIZER;CN=Mathieu Lambert;EMAIL=m.lambert@brasserie-saone.fr:mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CN=Sarah Benhamou;CUTYPE=INDIVIDUAL;EMAIL=s.benhamou@brasserie-saone.fr;PARTSTAT=ACCEPTED
 ;ROLE=REQ-PARTICIPANT:mailto:s.benhamou@brasserie-saone.fr
SEQUENCE:1
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
UAI = "user-as-interviewer"


def events() -> list[Ev]:
    return [
        neg("ios-essai-commis-fr", cal(ESSAI_NOTE, "-//Apple Inc.//iPhone OS 18.1//EN", method=None),
            f"{UAI}-essai-note-floating-fr"),
        neg("outlook-to-candidate-fr", cal(SECOND, OUTLOOK, tz=("Romance Standard Time",)),
            f"{UAI}-outlook-to-freemail-candidate-fr"),
        neg("candidate-invites-chef-fr", cal(CANDIDATE_INVITE, GOOGLE), f"{UAI}-candidate-organizer-fr"),
        neg("agency-sends-candidate-fr", cal(AGENCY_CANDIDATE, OUTLOOK, tz=("Romance Standard Time",)),
            f"{UAI}-agency-sends-candidate-fr"),
        neg("calendly-host-gmail-fr", cal(CALENDLY_HOST, "-//Calendly//Calendly Scheduling//EN"),
            f"{UAI}-calendly-host-freemail-fr"),
        neg("indeed-video-fr", cal(INDEED, "-//Indeed//Indeed Interview//EN", tz=("Europe/Paris",)),
            f"{UAI}-indeed-interview-fr"),
        neg("google-debrief-fr", cal(DEBRIEF, GOOGLE, tz=("Europe/Paris",)), f"{UAI}-debrief-fr"),
        neg("teamtailor-scorecard-fr", cal(SCORECARD, "-//Teamtailor//Interview//EN", tz=("Europe/Paris",)),
            f"{UAI}-scorecard-fr"),
        neg("teamtailor-kit-fr", cal(KIT, "-//Teamtailor//Interview//EN", tz=("Europe/Paris",)),
            f"{UAI}-interview-kit-fr"),
        neg("google-panel-fr", cal(PANEL, GOOGLE, tz=("Europe/Paris",)), f"{UAI}-panel-seasonal-fr"),
        neg("apple-shadowing-fr", cal(SHADOW, "-//Apple Inc.//macOS 15.1//EN", tz=("Europe/Paris",)),
            f"{UAI}-shadowing-fr"),
    ]
