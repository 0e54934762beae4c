"""holdout169 events, part g: Mathieu on the hiring side at Mouvements Jura SA (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("rh-candidat", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Humbert, Sandrine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.ross
 el@hotmail.com:mailto:kevin.rossel@hotmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MJ-Salle Pouil
 lerel (6p)":mailto:mj-salle-pouillerel@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Rossel\,\n\nNous avons le plais
 ir de vous recevoir pour un entretien concernant le poste de Planificateur·
 trice de production (80-100%). Vous serez reçu par M. Mathieu Girardin\, P
 lanificateur de production senior\, et moi-même.\n\nMerci de vous annoncer
  à la réception (Rue de la Paix 133\, 2300 La Chaux-de-Fonds).\n\nSandrine
  Humbert\nRessources Humaines\nMouvements Jura SA\n
UID:040000008200E00074C5B7101A82E00800000000A1C2E3F4A5B6DC01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=fr-CH:Entretien - Planificateur·trice de production - K.
  Rossel
DTSTART;TZID=W. Europe Standard Time:20250924T140000
DTEND;TZID=W. Europe Standard Time:20250924T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250917T090212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:MJ-Salle Pouillerel (6p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A1C2E3F4A5B6DC0100000000000000001000000"
       "099887766554433221100FFEEDDCCBBAA", trap="user-as-interviewer-hr-invite-to-external-candidate"),

    ev("apprentissage", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN="Maire Carole";RSVP=TRUE:mailto:c.maire@mouvements-jura.ch
ATTENDEE;CN=famille.berset@bluewin.ch;RSVP=TRUE:mailto:famille.berset@blue
 win.ch
CLASS:PUBLIC
DESCRIPTION:Bonjour Noah\, bonjour Madame et Monsieur Berset\,\n\nSuite au s
 tage de Noah chez nous\, nous avons le plaisir de l'inviter à un entretien
  pour la place d'apprentissage de logisticien CFC (rentrée août 2026). Les
  parents sont les bienvenus.\nMerci d'apporter le dernier bulletin scolair
 e et le résultat du Multicheck.\n\nMeilleures salutations\nMathieu Girardi
 n & Carole Maire (formatrice)\n
DTEND;TZID="W. Europe Standard Time":20251105T163000
DTSTAMP:20251027T130044Z
DTSTART;TZID="W. Europe Standard Time":20251105T160000
LOCATION:Mouvements Jura\, salle de formation
ORGANIZER;CN="Girardin Mathieu":mailto:m.girardin@mouvements-jura.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ch:Entretien place d'apprentissage logisticien CFC - No
 ah Berset
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2B3C4D5E6F7DC01000000000000000
 0100000001234ABCD5678EF901234ABCD5678EF90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B2B3C4D5E6F7DC0100000000000000001000000"
       "01234ABCD5678EF901234ABCD5678EF90", trap="user-as-interviewer-apprentice-cfc-user-organizer"),

    ev("stage-observation", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Calendrier
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Elisa Matthey\, 10H (Numa-Droz)\, intéressée par logisticien·ne
  / employée de commerce\nMa: accueil + sécurité + magasin\nMe: planif avec
  moi\nJe: expédition + petit bilan avec la formatrice\nFiche d'évaluation d
 u stage à remplir et renvoyer à l'école
DTEND;VALUE=DATE:20251031
DTSTAMP:20251009T064500Z
DTSTART;VALUE=DATE:20251028
LOCATION:MJ
PRIORITY:5
SEQUENCE:0
SUMMARY:Stage d'observation Elisa M. (3 jours)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000C3C4D5E6F7A8DC01000000000000000
 010000000FEDCBA9876543210FEDCBA9876543210
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C3C4D5E6F7A8DC0100000000000000001000000"
       "0FEDCBA9876543210FEDCBA9876543210", trap="user-as-interviewer-hosts-pupil-observation-internship"),

    ev("umantis-evaluation", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Haufe-umantis AG//umantis Talent Management//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-task-7781204-mouvementsjura
DTSTAMP:20250924T153000Z
DTSTART:20250925T140000Z
DTEND:20250925T143000Z
SUMMARY:Tâche: saisir votre évaluation – Planificateur·trice de production
  (réf. 2025-031) – candidat K. Rossel
DESCRIPTION:Bonjour Mathieu Girardin\,\n\nVous avez participé à l'entretien
  du 24.09.2025. Merci de saisir votre évaluation (grille: compétences SAP P
 P\, organisation\, communication\, motivation) et votre recommandation dans
  le dossier du candidat d'ici le 26.09.2025.\n\nAccéder au dossier: https://
 recruitingapp-4412.umantis.com/Evaluation/7781204\n\nCe message a été génér
 é automatiquement.
ORGANIZER;CN=Mouvements Jura SA - Recrutement:mailto:noreply@umantis.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION:mailto:m.girardin@mouvem
 ents-jura.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "umantis-task-7781204-mouvementsjura", trap="user-as-interviewer-umantis-scorecard-task"),

    ev("debriefing", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Humbert, Sandrine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Monnier, Pier
 re":mailto:p.monnier@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Tour de table sur les 4 candidats vus (Rossel\,
  Dos Santos\, Aebischer\, Stauffer)\, choix pour le 2e tour\, fourchette sala
 riale. Merci de compléter vos grilles avant la séance.\n
UID:040000008200E00074C5B7101A82E00800000000D4D5E6F7A8B9DC01000000000000000
 010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=fr-CH:Débriefing recrutement planificateur·trice
DTSTART;TZID=W. Europe Standard Time:20250930T080000
DTEND;TZID=W. Europe Standard Time:20250930T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T160011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Bureau RH
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D4D5E6F7A8B9DC0100000000000000001000000"
       "0ABABABABCDCDCDCDEFEFEFEF01010101", trap="user-as-interviewer-debrief-with-hr"),

    ev("reponse-candidat", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251008T120000Z
DTEND:20251008T130000Z
DTSTAMP:20251002T185530Z
ORGANIZER;CN="Girardin Mathieu":mailto:m.girardin@mouvements-jura.ch
UID:040000008200E00074C5B7101A82E00800000000E5E6F7A8B9C0DC01000000000000000
 0100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Do
 s Santos;X-NUM-GUESTS=0:mailto:ana.dossantos92@gmail.com
COMMENT:Bonjour Monsieur Girardin\, je serai présente. Merci et à mercredi
 . Ana Dos Santos
CREATED:20251002T090000Z
LAST-MODIFIED:20251002T185530Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: 2e entretien - Agente d'ordonnancement - Mme Dos Santos
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E5E6F7A8B9C0DC010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D"
       "8D8D8D", trap="user-as-interviewer-candidate-accepted-reply-gmail"),

    ev("manpower-candidat", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEUROPE%%
BEGIN:VEVENT
ATTENDEE;CN="Girardin Mathieu";RSVP=TRUE:mailto:m.girardin@mouvements-jura.c
 h
CLASS:PUBLIC
DESCRIPTION:Bonjour Monsieur Girardin\,\n\nComme convenu\, je vous présente
  M. Dylan Robert pour la mission de magasinier-cariste (remplacement 3 mois
 \, dès le 3.11). Permis cariste OK\, expérience SAP MM chez un sous-traitan
 t horloger. Je l'accompagne pour une courte rencontre et la visite du maga
 sin.\n\nBien cordialement\nMélanie Froidevaux\nConsultante – Manpower La Ch
 aux-de-Fonds\n
DTEND;TZID="W. Europe Standard Time":20251028T103000
DTSTAMP:20251023T154012Z
DTSTART;TZID="W. Europe Standard Time":20251028T100000
LOCATION:Mouvements Jura - réception
ORGANIZER;CN="Froidevaux Mélanie":mailto:melanie.froidevaux@manpower.ch
PRIORITY:5
SEQUENCE:0
SUMMARY:Présentation candidat Manpower - mission magasinier
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F6F7A8B9C0D1DC01000000000000000
 01000000013579BDF2468ACE013579BDF2468ACE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F6F7A8B9C0D1DC0100000000000000001000000"
       "013579BDF2468ACE013579BDF2468ACE0", trap="user-as-interviewer-agency-presents-temp-worker"),

    ev("notes-candidat", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250924T151833Z
DTEND:20250926T081500
DTSTAMP:20250924T151833Z
DTSTART:20250926T080000
LAST-MODIFIED:20250924T152210Z
SEQUENCE:0
SUMMARY:Rossel -> 2e entretien?? rappeler Sandrine
DESCRIPTION:bon profil SAP PP\, 6 ans chez sous-traitant boîtes\nprétentio
 ns trop hautes (7'900 x13)\npréavis 3 mois\nà comparer avec Dos Santos
TRANSP:OPAQUE
UID:0F4D6B2A-8E31-4C7A-B9D0-13E5F7A9C2B4
END:VEVENT
END:VCALENDAR
""", "0F4D6B2A-8E31-4C7A-B9D0-13E5F7A9C2B4", trap="user-as-interviewer-hand-typed-candidate-notes", lf=True),

    ev("bookings-hote", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN=Mouvements Jura - Apprentissages:mailto:Apprentissages@mouvemen
 tsjura.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gi
 rardin:mailto:m.girardin@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Nouvelle réservation\n\nService: Rencontre candi
 dat·e apprentissage (45 min)\nClient: Luca Ferreira\nE-mail: luca.ferreira
 2010@gmail.com\nTéléphone: 078 612 34 09\nNote du client: Bonjour\, je sui
 s en 11H à La Chaux-de-Fonds et j'aimerais faire l'apprentissage de logist
 icien. Mon père m'accompagnera.\n\nMembre du personnel: Mathieu Girardin\n
UID:040000008200E00074C5B7101A82E00800000000A7A8B9C0D1E2DC01000000000000000
 0100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=fr-CH:Rencontre candidat·e apprentissage (45 min) - Luca
  Ferreira
DTSTART;TZID=W. Europe Standard Time:20251119T163000
DTEND;TZID=W. Europe Standard Time:20251119T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T182244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Mouvements Jura SA\, Rue de la Paix 133\, La Chaux-
 de-Fonds
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A7A8B9C0D1E2DC0100000000000000001000000"
       "02468ACE013579BDF2468ACE013579BDF", trap="user-as-interviewer-bookings-staff-member-host"),

    ev("journee-essai-candidate", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
%%TZ:WEUROPE%%
BEGIN:VEVENT
ORGANIZER;CN="Humbert, Sandrine":mailto:s.humbert@mouvements-jura.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Girardin,
  Mathieu":mailto:m.girardin@mouvements-jura.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jeanneret
 , Yann":mailto:y.jeanneret@mouvements-jura.ch
DESCRIPTION;LANGUAGE=fr-CH:Mathieu\,\n\nMme Dos Santos vient en journée d'e
 ssai demain (agente d'ordonnancement). Peux-tu la prendre avec toi le mati
 n (lancement OF\, suivi retards)\, Yann l'après-midi en atelier remontage ?
  Badge visiteur à la réception. Merci de me faire un retour écrit vendredi.
 \n\nSandrine\n
UID:040000008200E00074C5B7101A82E00800000000B8B9C0D1E2F3DC01000000000000000
 01000000011223344556677881122334455667788
SUMMARY;LANGUAGE=fr-CH:Journée d'essai A. Dos Santos (ordonnancement)
DTSTART;TZID=W. Europe Standard Time:20251016T073000
DTEND;TZID=W. Europe Standard Time:20251016T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T112008Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Planification / atelier
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B8B9C0D1E2F3DC0100000000000000001000000"
       "011223344556677881122334455667788", trap="user-as-interviewer-supervises-candidate-trial-day"),

    ev("tel-preselection", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Calendrier
%%TZ:WEUROPE%%
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Mme Céline Aebischer 079 555 21 48\nQuestions: dispo\, SAP\, 3x
 8?\, permis\, prétentions\nCV dans le dossier partagé RH > Recrut 2025 > P
 lanif
DTEND;TZID="W. Europe Standard Time":20250919T111500
DTSTAMP:20250918T170101Z
DTSTART;TZID="W. Europe Standard Time":20250919T110000
LOCATION:mon bureau
PRIORITY:5
SEQUENCE:0
SUMMARY:Tél. présélection Mme Aebischer
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C9C0D1E2F3A4DC01000000000000000
 0100000009988776655443322FFEEDDCCBBAA9988
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C9C0D1E2F3A4DC0100000000000000001000000"
       "09988776655443322FFEEDDCCBBAA9988", trap="user-as-interviewer-phone-prescreen-of-candidate"),
]
