"""holdout104: the user on the hiring side at Studio Nordlumière (interviewing candidates, kits, scorecards,
debriefs, panels, shadowing, Calendly host, agency candidates). Hand-written iCalendar; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("user-as-interviewer-greenhouse-kit-en", None, r"""
BEGIN:VEVENT
UID:gh-2210387-interview-9930142@greenhouse.io
DTSTART;TZID=America/Toronto:20260210T140000
DTEND;TZID=America/Toronto:20260210T144500
SUMMARY:Interview: Kevin Tran for QA Tester (Hiring Manager Interview)
ORGANIZER;CN=Valérie Moreau:mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Interviewer: Julien Bouchard\nCandidate: Kevin Tran\nJob: QA Tester (contract\, 12 months)\n\nInte
 rview kit: https://app.greenhouse.io/guides/9930142/people/44102?application_id=88120\nPlease submit your sco
 recard within 24 hours.\n\nThe candidate will join via Google Meet: https://meet.google.com/nlm-qat-kev
LOCATION:https://meet.google.com/nlm-qat-kev
END:VEVENT
""", tool="greenhouse", tz=("tor",)))

    out.append(ev("user-as-interviewer-scorecard-fr", None, r"""
BEGIN:VEVENT
UID:nlm-rappel-scorecard-lea-morin@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260212T163000
DTEND;TZID=America/Toronto:20260212T164500
SUMMARY:Remplir la scorecard - Léa Morin (testeuse AQ)
DESCRIPTION:Rappel: évaluation de l'entrevue de ce matin à compléter dans Greenhouse avant le débrief de vendredi.
END:VEVENT
""", tool="google", method=None, tz=("tor",)))

    out.append(ev("user-as-interviewer-calendly-host-fr", None, r"""
BEGIN:VEVENT
UID:calendly-5c8d1e2f-66a0-4b7c-9d3e-1f2a4b6c8d0e
DTSTART:20260217T150000Z
DTEND:20260217T153000Z
SUMMARY:Entrevue producteur·rice junior (30 min) entre Julien Bouchard et Mathis Côté
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Mathis Côté;PARTSTAT=ACCEPTED:mailto:mathis.cote98@hotmail.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Événement : Entrevue producteur·rice junior (30 min)\nInvité : Mathis Côté (mathis.cote98@hotmail.
 com)\n\nRéponses :\nLien vers ton portfolio : mathiscote.itch.io\nPourquoi Studio Nordlumière? J'ai joué à Au
 rore pendant le playtest public et j'aimerais apprendre la production auprès de votre équipe.\n\nEmplacement
  : Google Meet https://meet.google.com/nlm-jrp-mat
LOCATION:https://meet.google.com/nlm-jrp-mat
END:VEVENT
""", tool="calendly", method=None))

    out.append(ev("user-as-interviewer-agency-candidate-fr", None, r"""
BEGIN:VEVENT
UID:TL-20260219-8790-nordlumiere@talentsludiques.com
DTSTART;TZID=America/Toronto:20260219T100000
DTEND;TZID=America/Toronto:20260219T110000
SUMMARY:Candidat proposé : Olivier Ngo - Producteur junior - rencontre avec Studio Nordlumière
ORGANIZER;CN=Geneviève Proulx:mailto:genevieve@talentsludiques.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Olivier Ngo:mailto:olivier.ngo@gmail.com
DESCRIPTION:Bonjour Julien\,\n\nComme discuté\, voici la rencontre avec Olivier Ngo\, mon candidat pour votre
  poste de producteur junior. Son CV et mes notes de présélection sont en pièce jointe. Merci de me faire part
  de vos commentaires après l'entrevue.\n\nGeneviève Proulx\nTalents Ludiques inc.
LOCATION:Studio Nordlumière - salle Boréale
END:VEVENT
""", tool="outlook", tz=("tor",)))

    out.append(ev("user-as-interviewer-debrief-fr", None, r"""
BEGIN:VEVENT
UID:2kq9x1c8v7b6n5m4a3s2d1f0g9@google.com
DTSTART;TZID=America/Toronto:20260220T110000
DTEND;TZID=America/Toronto:20260220T114500
SUMMARY:Débrief entrevues - Producteur junior (3 candidats)
ORGANIZER;CN=Valérie Moreau:mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Gabrielle Roy-Lessard;PARTSTAT=ACCEPTED:mailto:groylessard@studio-nordlumiere.ca
DESCRIPTION:On fait le tour des scorecards (Mathis C.\, Olivier N.\, Nadia H.) et on décide qui passe en entre
 vue finale.
LOCATION:Salle Boréale
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-panel-outlook-en", None, r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E9D8C7B6A5F4DC01000000000000000010000000998877665544332211AABB
DTSTART;TZID=Eastern Standard Time:20260224T130000
DTEND;TZID=Eastern Standard Time:20260224T140000
SUMMARY:Panel interview - Associate Producer - Candidate: Priya Raman
ORGANIZER;CN="Moreau, Valérie":mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bouchard, Julien":mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lemieux, Antoine":mailto:alemieux@studio-nordlumiere.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Raman, Priya":mailto:priya.raman.games@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="NLM Salle Aurore":mailto:salle.aurore@studio-nordlumiere.ca
DESCRIPTION:Panel: Julien Bouchard (Producer\, hiring manager) and Antoine Lemieux (Lead Designer). Julien cov
 ers planning and stakeholder questions\, Antoine covers design collaboration. Interview guide attached.
LOCATION:NLM Salle Aurore
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("user-as-interviewer-shadowing-fr", None, r"""
BEGIN:VEVENT
UID:6tr4e2w0q8p7o5i3u1y9t7r5e3@google.com
DTSTART;TZID=America/Toronto:20260226T100000
DTEND;TZID=America/Toronto:20260226T104500
SUMMARY:Shadowing - Gabrielle observe Julien en entrevue (testeur AQ)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Gabrielle Roy-Lessard;PARTSTAT=ACCEPTED:mailto:groylessard@studio-nordlumiere.ca
DESCRIPTION:Gabrielle (nouvelle productrice) fait son shadowing sur mon entrevue avec le candidat Samuel Bérub
 é. Elle ne pose pas de questions\, prend des notes sur la grille.
LOCATION:Salle Boréale
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-handtyped-fr", None, r"""
BEGIN:VEVENT
UID:F3B2A1C0-9D8E-4F7A-B6C5-D4E3F2A1B0C9
DTSTART:20260226T140000
DTEND:20260226T143000
SUMMARY:entrevue candidat AQ - Samuel B. (tél)
DESCRIPTION:l'appeler au 581-555-0119. questions: expérience cert console\, dispo soirs de crunch?
END:VEVENT
""", tool="ios", method=None))

    out.append(ev("user-as-interviewer-freemail-candidate-fr", None, r"""
BEGIN:VEVENT
UID:0ab9c8d7e6f5g4h3i2j1k0l9m8@google.com
DTSTART;TZID=America/Toronto:20260303T100000
DTEND;TZID=America/Toronto:20260303T110000
SUMMARY:Entrevue - Producteur·rice junior - Nadia Haddad
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=nadia.haddad93@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nadia.haddad93@gmail.com
DESCRIPTION:Bonjour Nadia\,\n\nMerci de ton intérêt pour le poste de producteur·rice junior chez Studio Nordlu
 mière. Je te propose une entrevue d'une heure au studio (5 à 7 minutes de marche du métro Laurier). Demande J
 ulien à la réception.\n\nJulien Bouchard\nProducteur\, Studio Nordlumière
LOCATION:Studio Nordlumière\, 5000 rue Saint-Denis\, Montréal
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-recurring-override-fr", None, r"""
BEGIN:VEVENT
UID:nlm-entrevues-aq-bloc-hebdo@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260204T150000
DTEND;TZID=America/Toronto:20260204T170000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6
SUMMARY:Entrevues AQ - bloc candidats
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Farid Benali;PARTSTAT=ACCEPTED:mailto:fbenali@studio-nordlumiere.ca
DESCRIPTION:Bloc réservé pour les entrevues de testeurs AQ (contrats été). Valérie place les candidats dans le
  bloc. Farid (lead AQ) et moi.
LOCATION:Salle Boréale
END:VEVENT
BEGIN:VEVENT
UID:nlm-entrevues-aq-bloc-hebdo@studio-nordlumiere.ca
RECURRENCE-ID;TZID=America/Toronto:20260218T150000
DTSTART;TZID=America/Toronto:20260219T090000
DTEND;TZID=America/Toronto:20260219T110000
SUMMARY:Entrevues AQ - bloc candidats (déplacé jeudi - rétro mercredi)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Farid Benali;PARTSTAT=ACCEPTED:mailto:fbenali@studio-nordlumiere.ca
LOCATION:Salle Boréale
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-lever-portfolio-en", None, r"""
BEGIN:VEVENT
UID:lever-iv-a4b3c2d1-e0f9-4a8b-9c7d-6e5f4a3b2c1d
DTSTART;TZID=America/Toronto:20260305T150000
DTEND;TZID=America/Toronto:20260305T160000
SUMMARY:Interview: Ethan Clarke for Junior Producer (Portfolio Review)
ORGANIZER;CN=Studio Nordlumière Recruiting:mailto:recrutement@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Interviewer: Julien Bouchard\nCandidate: Ethan Clarke (ethan.clarke@outlook.com)\nResume and feedb
 ack form: https://hire.lever.co/candidates/7b1e2c?stage=portfolio\n\nThe candidate has received a separate in
 vitation.
LOCATION:https://meet.google.com/nlm-port-eth
END:VEVENT
""", tool="lever", tz=("tor",)))

    out.append(ev("user-as-interviewer-takehome-review-fr", None, r"""
BEGIN:VEVENT
UID:9zx8c7v6b5n4m3l2k1j0h9g8f7@google.com
DTSTART;TZID=America/Toronto:20260302T133000
DTEND;TZID=America/Toronto:20260302T143000
SUMMARY:Corriger test pratique - candidat producteur junior (Mathis Côté)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Lire le plan de sprint et l'estimation qu'il a rendus. Noter selon la grille avant l'entrevue fina
 le de jeudi.
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-calibration-fr", None, r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000001A2B3C4D5E6F7A8B9C0D
DTSTART;TZID=Eastern Standard Time:20260209T150000
DTEND;TZID=Eastern Standard Time:20260209T160000
SUMMARY:Calibration grille d'entrevue - postes AQ et prod junior
ORGANIZER;CN="Moreau, Valérie":mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN="Bouchard, Julien":mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN="Benali, Farid":mailto:fbenali@studio-nordlumiere.ca
DESCRIPTION:Harmoniser les questions et la notation avant la vague d'entrevues de février. Apportez vos questi
 ons comportementales.
LOCATION:Salle Aurore
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("user-as-interviewer-phone-screens-en", None, r"""
BEGIN:VEVENT
UID:5qw4er3ty2ui1op0as9df8gh7j@google.com
DTSTART;TZID=America/Toronto:20260213T130000
DTEND;TZID=America/Toronto:20260213T150000
SUMMARY:Phone screens - QA tester applicants (x4)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:13:00 Léa Morin\n13:30 Samuel Bérubé\n14:00 D. Kowalski\n14:30 Jessica Pham\nNumbers in the Greenh
 ouse profiles. 20 min each + notes.
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-kit-prep-fr", None, r"""
BEGIN:VEVENT
UID:3ed2cx1zaq0wsx9edc8rfv7tgb@google.com
DTSTART;TZID=America/Toronto:20260205T090000
DTEND;TZID=America/Toronto:20260205T100000
SUMMARY:Préparer kit d'entrevue - Producteur·rice associé·e
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Questions techniques (Jira\, estimation\, gestion de risques)\, mise en situation\, grille de nota
 tion pour Greenhouse. Envoyer à Valérie avant midi.
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-final-panel-teams-fr", None, r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDC01000000000000000010000000CC77BB66AA5599884433
DTSTART;TZID=Eastern Standard Time:20260310T100000
DTEND;TZID=Eastern Standard Time:20260310T113000
SUMMARY:Entrevue finale - Directrice artistique - Candidate : Sarah Lemieux
ORGANIZER;CN="Moreau, Valérie":mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN="Bouchard, Julien";ROLE=REQ-PARTICIPANT:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN="Gauthier, Marc-André";ROLE=REQ-PARTICIPANT:mailto:magauthier@studio-nordlumiere.ca
ATTENDEE;CN="Lemieux, Sarah";ROLE=REQ-PARTICIPANT:mailto:sarah.lemieux.art@gmail.com
DESCRIPTION:Comité final pour le poste de directrice artistique : Marc-André (directeur de studio)\, Julien (p
 roducteur) et moi. La candidate se joint par Teams depuis Québec.\n\nRéunion Microsoft Teams\nRejoindre sur v
 otre ordinateur\, application mobile ou appareil de salle\nID de la réunion : 255 618 330 914\nCode secret :
  Ls9kP2
LOCATION:Réunion Microsoft Teams
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("user-as-interviewer-reference-check-fr", None, r"""
BEGIN:VEVENT
UID:8ik7uj6yh5tg4rf3ed2ws1qa0z@google.com
DTSTART;TZID=America/Toronto:20260311T120000
DTEND;TZID=America/Toronto:20260311T122000
SUMMARY:Appel référence - pour candidat Ethan Clarke (ancien gestionnaire chez Ludia?)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Vérification de références pour Ethan Clarke avant l'offre. Parler à son ancien gestionnaire\, Tom
  Richer: 438-555-0176.
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-campus-interns-fr", None, r"""
BEGIN:VEVENT
UID:nlm-stages-nad-2026@studio-nordlumiere.ca
DTSTART;VALUE=DATE:20260312
DTEND;VALUE=DATE:20260313
SUMMARY:Entrevues stagiaires - École NAD-UQAC (Nordlumière recrute)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Valérie Moreau:mailto:vmoreau@studio-nordlumiere.ca
DESCRIPTION:Journée d'entrevues de stage au campus de Montréal de l'École NAD. 8 étudiants en production\, 20
  min chacun. Valérie et moi représentons le studio.
LOCATION:École NAD-UQAC\, 1350 rue Sherbrooke E\, Montréal
TRANSP:TRANSPARENT
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("user-as-interviewer-calcom-host-en", None, r"""
BEGIN:VEVENT
UID:calcom-booking-Hn4pW8sQ1eRt6yU0iO@cal.com
DTSTART:20260304T200000Z
DTEND:20260304T204500Z
SUMMARY:Technical interview between Julien Bouchard and Ana Souza
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Ana Souza;PARTSTAT=ACCEPTED:mailto:ana.souza@outlook.com.br
DESCRIPTION:What: Technical interview between Julien Bouchard and Ana Souza\nWho:\nJulien Bouchard - Organizer
 \njbouchard@studio-nordlumiere.ca\nAna Souza\nana.souza@outlook.com.br\nWhere: Cal Video\nAdditional notes: A
 pplying for Associate Producer at Studio Nordlumière - portfolio at anasouza.dev
LOCATION:Cal Video
END:VEVENT
""", tool="calcom"))

    out.append(ev("user-as-interviewer-teams-en-onsite", None, r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000002468ACE13579DC01000000000000000010000000BDF024681357ACE0FFEE
DTSTART;TZID=Eastern Standard Time:20260318T130000
DTEND;TZID=Eastern Standard Time:20260318T150000
SUMMARY:Onsite: Junior Producer final round - Olivier Ngo
ORGANIZER;CN="Moreau, Valérie":mailto:vmoreau@studio-nordlumiere.ca
ATTENDEE;CN="Bouchard, Julien":mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN="Roy-Lessard, Gabrielle":mailto:groylessard@studio-nordlumiere.ca
ATTENDEE;CN=Olivier Ngo:mailto:olivier.ngo@gmail.com
DESCRIPTION:Olivier comes in for the final round. 13:00 studio tour with Gabrielle\, 13:30 case exercise with
  Julien (hiring manager)\, 14:30 team Q&A.
LOCATION:Studio Nordlumière - Salle Boréale
END:VEVENT
""", tool="outlook", tz=("est",)))
    return out
