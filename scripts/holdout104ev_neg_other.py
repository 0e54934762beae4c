"""holdout104: interview-like events that are not the user's own job interview (mock, webinar, class, user
research, press, podcast, coffee chats, job fair, reference as referee, anonymous recruiter, prep).
Hand-written iCalendar; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("mock-fr-names-employer", None, r"""
BEGIN:VEVENT
UID:1mk2ck3j4h5g6f7d8s9a0q1w2e@google.com
DTSTART;TZID=America/Toronto:20260301T200000
DTEND;TZID=America/Toronto:20260301T210000
SUMMARY:Entrevue simulée avec Karine (prép. onsite Boréal)
ORGANIZER;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Karine Bouchard-Lévesque;PARTSTAT=ACCEPTED:mailto:karine.bl@hotmail.com
DESCRIPTION:Karine joue la productrice exécutive et me pose les questions difficiles (conflits\, scope cut\, b
 udget). Pratique seulement - la vraie journée est mardi.
LOCATION:Maison
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("mock-en-coach-calendly", None, r"""
BEGIN:VEVENT
UID:calendly-0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b
DTSTART:20260222T150000Z
DTEND:20260222T160000Z
SUMMARY:Mock Interview - Leadership & Behavioural (60 min) between Rachel Stein and Julien Bouchard
ORGANIZER;CN=Rachel Stein:mailto:rachel@steincareercoaching.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Event Name: Mock Interview - Leadership & Behavioural (60 min)\n\nWe'll run a full practice interv
 iew for director-level roles and debrief with written feedback. This is a coaching session\, not an interview
  with an employer.\n\nLocation: Zoom https://us06web.zoom.us/j/81177203344\n\nPowered by Calendly.com
LOCATION:Zoom
END:VEVENT
""", tool="calendly", method=None))

    out.append(ev("webinar-fr-zoom", None, r"""
BEGIN:VEVENT
UID:zoom-webinar-89011223344-20260214@zoom.us
DTSTART;TZID=America/Toronto:20260214T120000
DTEND;TZID=America/Toronto:20260214T130000
SUMMARY:Webinaire : Réussir ses entrevues pour des postes de direction en jeu vidéo
ORGANIZER;CN=La Guilde du jeu vidéo du Québec:mailto:evenements@guildejeuvideo.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Merci de vous être inscrit à ce webinaire.\n\nPanélistes : recruteuses de trois studios montréalai
 s. Thèmes : le portfolio de projets\, les études de cas de production\, la négociation salariale.\n\nRejoindr
 e le webinaire : https://us02web.zoom.us/w/89011223344?tk=abc\nID du webinaire : 890 1122 3344
LOCATION:https://us02web.zoom.us/w/89011223344
END:VEVENT
""", tool="zoom", tz=("tor",)))

    out.append(ev("class-en-interviewing", None, r"""
BEGIN:VEVENT
UID:course-lead-interviewing-m3-3311@learn.mcgill-scs.ca
DTSTART;TZID=America/Toronto:20260218T183000
DTEND;TZID=America/Toronto:20260218T203000
SUMMARY:Workshop: Interviewing for Leadership Roles - Module 3 (Case interviews)
ORGANIZER;CN=Continuing Studies:mailto:noreply@learn.mcgill-scs.ca
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Module 3 of 4. Readings: chapters 5-6. We'll practise case interview answers in pairs.
LOCATION:688 Sherbrooke St W\, room 1041
END:VEVENT
""", tool="outlook", tz=("tor",)))

    out.append(ev("user-research-fr", None, r"""
BEGIN:VEVENT
UID:7ur6es5ea4rc3h2p1l0a9y9t8e@google.com
DTSTART;TZID=America/Toronto:20260211T130000
DTEND;TZID=America/Toronto:20260211T170000
SUMMARY:Entrevues joueurs - playtest build 0.7 (recherche UX)
ORGANIZER;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Laura Chiasson;PARTSTAT=ACCEPTED:mailto:lchiasson@studio-nordlumiere.ca
ATTENDEE;CUTYPE=ROOM;CN=Labo UX:mailto:labo.ux@studio-nordlumiere.ca
DESCRIPTION:4 joueurs recrutés (profil casual)\, 45 min de jeu + 15 min d'entrevue chacun. Laura anime\, je pr
 ends des notes. Compensation : carte-cadeau 50 $.
LOCATION:Labo UX
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("player-interview-en", None, r"""
BEGIN:VEVENT
UID:ur-session-aurore-p04@studio-nordlumiere.ca
DTSTART;TZID=America/Toronto:20260219T160000
DTEND;TZID=America/Toronto:20260219T164500
SUMMARY:Player interview #4 - onboarding flow (UR)
ORGANIZER;CN=Laura Chiasson:mailto:lchiasson@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
ATTENDEE;CN=Participant P04:mailto:p04.playtest@gmail.com
DESCRIPTION:Remote player interview\, recorded with consent. Discussion guide v3. Julien observes muted.
LOCATION:https://meet.google.com/nlm-ur-p04
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("press-interview-fr", None, r"""
BEGIN:VEVENT
UID:4pr3ss2rc1tv0mtl9j8u7l6i5e@google.com
DTSTART;TZID=America/Toronto:20260304T083000
DTEND;TZID=America/Toronto:20260304T090000
SUMMARY:Entrevue Radio-Canada (Isabelle R.) - lancement d'Aurore
ORGANIZER;CN=Communications Nordlumière:mailto:comms@studio-nordlumiere.ca
ATTENDEE;CN=Julien Bouchard:mailto:jbouchard@studio-nordlumiere.ca
DESCRIPTION:Entrevue média (radio\, en direct) sur la sortie d'Aurore. Messages clés en pièce jointe. Ne pas p
 arler de la date console.
LOCATION:Maison de Radio-Canada\, studio 12
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("podcast-interview-fr", None, r"""
BEGIN:VEVENT
UID:2pd1cs0tl9vl8up7mt6l5k4j3h@google.com
DTSTART;TZID=America/Toronto:20260307T140000
DTEND;TZID=America/Toronto:20260307T153000
SUMMARY:Podcast Level Up MTL - enregistrement de l'entrevue (épisode 58)
ORGANIZER;CN=Max Thibodeau:mailto:levelupmtl.podcast@gmail.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:On t'interviewe sur ton parcours de producteur et les playtests. Enregistrement sur Riverside : ht
 tps://riverside.fm/studio/levelupmtl
LOCATION:Riverside.fm
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("podcast-interview-es", None, r"""
BEGIN:VEVENT
UID:podcast-hechoenmtl-ep12@gmail.com
DTSTART;TZID=America/Toronto:20260321T110000
DTEND;TZID=America/Toronto:20260321T120000
SUMMARY:Entrevista para el podcast "Hecho en Montreal" (ep. 12)
ORGANIZER;CN=Diego Salas:mailto:hechoenmontreal@gmail.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hola Julien\, ¡gracias por aceptar! Hablaremos de la industria del videojuego en Montreal y de tu
  trabajo como productor. Grabamos por Zoom\, en inglés o francés.
LOCATION:Zoom
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("coffee-chat-fr-names-company", None, r"""
BEGIN:VEVENT
UID:6cf5ch4at3au2dr1ey0kit9su8@google.com
DTSTART;TZID=America/Toronto:20260208T100000
DTEND;TZID=America/Toronto:20260208T110000
SUMMARY:Café avec Audrey (ex-collègue\, maintenant chez Kitsune Forge)
ORGANIZER;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Audrey Gingras:mailto:audrey.gingras@gmail.com
DESCRIPTION:Juste pour jaser - lui demander comment c'est chez Kitsune côté prod\, la culture\, le remote. Pas
  une entrevue.
LOCATION:Café Olimpico\, rue Saint-Viateur
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("informational-chat-en", None, r"""
BEGIN:VEVENT
UID:9in8fo7rm6at5io4na3lc2ha1t@google.com
DTSTART;TZID=America/Toronto:20260214T150000
DTEND;TZID=America/Toronto:20260214T153000
SUMMARY:Coffee chat - Tom Becker (informational\, Toronto scene)
ORGANIZER;CN=Tom Becker:mailto:tom.becker.dev@gmail.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Happy to share what I know about the Toronto studios - no agenda\, I'm not hiring\, just paying it
  forward. Call me on Signal.
LOCATION:Signal call
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("job-fair-fr", None, r"""
BEGIN:VEVENT
UID:migs-salon-carrieres-2026-jb
DTSTART;TZID=America/Toronto:20260320T100000
DTEND;TZID=America/Toronto:20260320T160000
SUMMARY:Salon de l'emploi - jeu vidéo & VFX (Palais des congrès)
DESCRIPTION:Kiosques : studios de Montréal et Québec. Apporter 15 CV imprimés + cartes. Passer voir Fenrir et Glacis.
LOCATION:Palais des congrès de Montréal\, salle 517
END:VEVENT
""", tool="ios", method=None, tz=("tor",)))

    out.append(ev("reference-as-referee-fr", None, r"""
BEGIN:VEVENT
UID:3rf2re1nc0ec9al8lc7am6il5l@google.com
DTSTART;TZID=America/Toronto:20260225T120000
DTEND;TZID=America/Toronto:20260225T122000
SUMMARY:Appel de référence - Camille Dubé (elle postule chez Meute)
ORGANIZER;CN=Talents Meute:mailto:talents@meute.gg
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\, Camille Dubé vous a indiqué comme référence pour le poste de productrice associée
 . 20 minutes au téléphone suffiront. Merci!
LOCATION:Téléphone
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("recruiter-no-employer-fr", None, r"""
BEGIN:VEVENT
UID:QTP-INTRO-2026-0128-JB@questtalent.ca
DTSTART;TZID=Eastern Standard Time:20260202T120000
DTEND;TZID=Eastern Standard Time:20260202T123000
SUMMARY:Appel découverte - Quest Talent Partners (mandat confidentiel)
ORGANIZER;CN="Fraser, Kyle":mailto:kyle.fraser@questtalent.ca
ATTENDEE;CN="Bouchard, Julien":mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Salut Julien\, merci d'avoir répondu à mon message LinkedIn. J'ai quelques mandats confidentiels (
 producteur senior\, directeur du développement) chez des studios AAA et indés à Montréal et Toronto. Je préfè
 re t'en parler de vive voix avant de nommer les clients.\n\nKyle
LOCATION:Téléphone
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("prep-fr-names-employer", None, r"""
BEGIN:VEVENT
UID:5pr4ep3fe2nr1ir0cas9pra8t7@google.com
DTSTART;TZID=America/Toronto:20260224T190000
DTEND;TZID=America/Toronto:20260224T210000
SUMMARY:Prép entrevue Fenrir - relire cas pratique + questions
ORGANIZER;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Relire le cas\, préparer 3 histoires STAR\, regarder les bandes-annonces de leurs deux derniers je
 ux. Imprimer le portfolio.
TRANSP:TRANSPARENT
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("prep-en-names-employer", None, r"""
BEGIN:VEVENT
UID:B7E6D5C4-B3A2-4190-8F7E-6D5C4B3A2918
DTSTART;TZID=America/Toronto:20260304T200000
DTEND;TZID=America/Toronto:20260304T213000
SUMMARY:Prep: Luminaria final - STAR stories + case deck
DESCRIPTION:Rehearse case deck twice. Questions for Amelia (CEO).
END:VEVENT
""", tool="mac", method=None, tz=("tor",)))

    out.append(ev("cancelled-coaching-fr", None, r"""
BEGIN:VEVENT
UID:coach-session-3-jbouchard@steincareercoaching.com
DTSTART;TZID=America/Toronto:20260308T100000
DTEND;TZID=America/Toronto:20260308T110000
SUMMARY:Annulé : séance de coaching - préparation aux entrevues
ORGANIZER;CN=Rachel Stein:mailto:rachel@steincareercoaching.com
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
""", tool="outlook", method="CANCEL", tz=("tor",)))
    return out
