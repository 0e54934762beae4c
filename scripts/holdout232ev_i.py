"""holdout232 events, part I: more of the user's hiring-side work (panels, kits, committees, job dating)."""

EVENTS = [
    dict(
        kind="gcal-invite",
        uid="6pe2l8t0c4m9vq1kh5sb3rn7dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-sits-on-oenotourism-hiring-jury",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250521T090000
DTEND;TZID=Europe/Paris:20250521T123000
DTSTAMP:20250514T110932Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:6pe2l8t0c4m9vq1kh5sb3rn7dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Philippe Larrieu;X-NUM-GUESTS=0:mailto:p.larrieu@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nathalie Sarrazin;X-NUM-GUESTS=0:mailto:n.sarrazin@lestrade-bellevue.fr
CREATED:20250514T110930Z
DESCRIPTION:Jury pour le poste de responsable œnotourisme & boutique.\n9h0
 0 Mme Dias\n10h00 M. Hervé\n11h00 Mme Okafor (en anglais pour partie\, cl
 ientèle US)\nÉlodie : tu poses les questions sur la visite technique du c
 hai et la dégustation commentée (mise en situation 10 min avec un verre d
 e second vin).
LAST-MODIFIED:20250514T110932Z
LOCATION:Salon du château
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jury recrutement – Resp. œnotourisme
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="8sb4n0e6q2k7hc3vr9ml1tp5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-shadows-regisseur-chef-de-culture-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250226T140000
DTEND;TZID=Europe/Paris:20250226T160000
DTSTAMP:20250220T074511Z
ORGANIZER;CN=Jean-Marc Dupouy:mailto:jm.dupouy@lestrade-bellevue.fr
UID:8sb4n0e6q2k7hc3vr9ml1tp5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
CREATED:20250220T074510Z
DESCRIPTION:Élodie\, comme demandé par Philippe\, viens en observatrice sur
  les 2 entretiens chef de culture (14h et 15h) pour te former au recrute
 ment avant la saison. Tu ne dis rien la première fois\, on débriefe après
 .\nJM
LAST-MODIFIED:20250220T074511Z
LOCATION:Bureau du régisseur
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretiens chef de culture (Élodie en binôme)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="2kc6q0v8m4h1tb9sl3pe7rn5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-interview-kit-second-de-chai",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250616T080000
DTEND;TZID=Europe/Paris:20250616T083000
DTSTAMP:20250611T151207Z
ORGANIZER;CN=Nathalie Sarrazin:mailto:n.sarrazin@lestrade-bellevue.fr
UID:2kc6q0v8m4h1tb9sl3pe7rn5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
CREATED:20250611T151205Z
DESCRIPTION:Élodie\, voici le kit pour les entretiens « second de chai » d
 e la semaine prochaine (ci-joint) : trame de questions\, mise en situatio
 n (problème de FML bloquée sur la cuve 14)\, grille de notation sur 20 et
  questions interdites (âge\, situation familiale\, etc.). Prends 30 min p
 our le lire avant lundi\, on en parle à la pause.\nNathalie
LAST-MODIFIED:20250611T151207Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:À lire : kit entretien second de chai
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="4hn8e2s6p0q1vk7tc3bm9rl5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-hiring-committee-harvest-staff",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250901T170000
DTEND;TZID=Europe/Paris:20250901T183000
DTSTAMP:20250828T081533Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:4hn8e2s6p0q1vk7tc3bm9rl5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Aurélie Lestrade;X-NUM-GUESTS=0:mailto:a.lestrade@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nathalie Sarrazin;X-NUM-GUESTS=0:mailto:n.sarrazin@lestrade-bellevue.fr
CREATED:20250828T081531Z
DESCRIPTION:Validation des embauches vendanges 2025 : 42 coupeurs\, 8 port
 eurs\, 6 table de tri\, 2 cavistes CDD + second de chai. Chaque respo pr
 ésente ses choix et les grilles. Budget MO saisonnière à valider avec Mad
 ame Lestrade.
LAST-MODIFIED:20250828T081533Z
LOCATION:Bureau DG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comité recrutements saison – validation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="9vd3k7s1q5m0ht8cb2rn6pl4ej@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-hosts-visite-du-chai-for-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250624T100000
DTEND;TZID=Europe/Paris:20250624T113000
DTSTAMP:20250618T162244Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:9vd3k7s1q5m0ht8cb2rn6pl4ej@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Camille Roux;X-NUM-GUESTS=0:mailto:camille.roux.oeno@orange.fr
CREATED:20250618T162242Z
DESCRIPTION:Bonjour Camille\,\nComme convenu après votre entretien avec Phi
 lippe\, je vous fais visiter le domaine : vignes (Pauillac + Saint-Julie
 n)\, cuvier\, chai à barriques\, et on goûtera quelques lots 2024 en éle
 vage. Ce sera aussi l'occasion de me poser toutes vos questions sur le po
 ste de second de chai.\nÉlodie
LAST-MODIFIED:20250618T162244Z
LOCATION:Château Lestrade-Bellevue
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite du domaine – Camille Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="4A9F2E61-C3B7-4D85-A0E9-6B1D8F2C7A35",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-typed-phone-screen-of-applicant",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250630T121105Z
DTEND;TZID=Europe/Paris:20250701T124500
DTSTAMP:20250630T121120Z
DTSTART;TZID=Europe/Paris:20250701T123000
LAST-MODIFIED:20250630T121120Z
SEQUENCE:0
SUMMARY:Appeler Romain Lacombe (cand. caviste) 06 48 17 92 30
DESCRIPTION:pré-qualif 15 min : dispo août-nov ? expérience pompe / filtr
 ation ? logement ? Si ok -> le caler pour test dégust le 16
TRANSP:OPAQUE
UID:4A9F2E61-C3B7-4D85-A0E9-6B1D8F2C7A35
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="1f8d6c2b5e0a4937@android.local",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-rejection-feedback-task",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:1f8d6c2b5e0a4937@android.local
DTSTAMP:20250718T075500Z
DTSTART;VALUE=DATE:20250718
DTEND;VALUE=DATE:20250719
SUMMARY:réponses négatives candidats caviste (Kevin + Romain) - appeler\, p
 as mail
DESCRIPTION:Kevin : bon feeling mais dégust faible\, lui proposer coupeur ?
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E8B2C6A41F0DDC01000000000000000010000000A4B3C2D1",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-hosts-france-travail-job-dating",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=GUILHEM Sandrine:mailto:sandrine.guilhem@francetravail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaing
 , Élodie":mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jean-Marc
  Dupouy:mailto:jm.dupouy@lestrade-bellevue.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nJe vous confirme la session de recr
 utement « Job dating vendanges » organisée au Château Lestrade-Bellevue
  : 25 demandeurs d'emploi positionnés sur vos offres de coupeurs / porteu
 rs / agents de chai. Entretiens individuels de 10 minutes menés par vos s
 oins\, information collective à 9h.\nMerci de prévoir une salle et deux
  bureaux.\n\nSandrine Guilhem\nConseillère entreprises – France Travail
  Pauillac\n
UID:040000008200E00074C5B7101A82E00800000000E8B2C6A41F0DDC0100000000000000
 0010000000A4B3C2D1
SUMMARY;LANGUAGE=fr-FR:Job dating vendanges – Château Lestrade-Bellevue
DTSTART;TZID=W. Europe Standard Time:20250805T090000
DTEND;TZID=W. Europe Standard Time:20250805T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250722T100805Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Château Lestrade-Bellevue – salle de réception
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="7nb1c5q9t3k0vm6hs2rp8le4dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-apprentice-bts-candidate-from-cfa",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250605T170000
DTEND;TZID=Europe/Paris:20250605T174500
DTSTAMP:20250530T120011Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:7nb1c5q9t3k0vm6hs2rp8le4dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=Inès Bordes;X-NUM-GUESTS=0:mailto:ines.bordes2006@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Relations entreprises CFA;X-NUM-GUESTS=0:mailto:entreprises@cfa-v
 iti-blanquefort.fr
CREATED:20250530T120010Z
DESCRIPTION:Rencontre avec Inès\, candidate en alternance BTS Viticulture-Œ
 nologie (rentrée septembre 2025) proposée par le CFA de Blanquefort. Tuté
 lle : Élodie. On lui fait décrire ses vendanges 2024 et on regarde sa mot
 ivation pour le chai plutôt que la vigne.
LAST-MODIFIED:20250530T120011Z
LOCATION:Château Lestrade-Bellevue – bureau chai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre alternante BTS – Inès Bordes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
