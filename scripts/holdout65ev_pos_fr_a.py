"""holdout65: the user's own interviews, French employers (part A)."""

from __future__ import annotations

from holdout65ev_ics import UTC1_FR, Ev, cal, pos

GT_SCREEN = r"""BEGIN:VEVENT
UID:tt-interview-8f3c21a9-5d0e-4c61-9a77-3b1e6f0c2d44@teamtailor.com
DTSTAMP:20261120T091532Z
DTSTART;TZID=Europe/Paris:20261203T100000
DTEND;TZID=Europe/Paris:20261203T103000
SUMMARY:Entretien téléphonique – Chef Exécutif (H/F) – Hôtel Le Grand Tilleul
DESCRIPTION:Bonjour Mathieu\,\n\nMerci pour votre candidature au poste de Chef Exécutif (H/F) au sein de
 l'Hôtel Le Grand Tilleul à Annecy.\n\nCamille Roux\, Responsable Ressources Humaines\, vous appellera au numéro
 indiqué dans votre candidature (+33 6 71 24 58 90).\n\nDurée : 30 minutes\n\nBesoin de modifier le créneau ?
 https://grandtilleul.teamtailor.com/candidate/interviews/8f3c21a9\n\nÀ très bientôt\,\nL'équipe recrutement
 – Hôtel Le Grand Tilleul
LOCATION:Appel téléphonique
ORGANIZER;CN=Camille Roux:mailto:camille.roux@grandtilleul.fr
ATTENDEE;CN=Camille Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camille.roux@grandtilleul.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""

GT_PRACTICAL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261205T163012Z
DESCRIPTION:Bonjour Monsieur Lambert\,\n\nComme convenu avec Camille\, nous vous proposons une épreuve
 pratique : un menu en trois temps (entrée\, plat\, dessert) pour 4 couverts\, à réaliser en 2h30 dans la
 cuisine du restaurant\, suivi d'une dégustation et d'un échange avec Hélène Dupraz (Directrice F&B) et
 moi-même.\n\nCamille vous accueillera à la réception à 9h15 ; elle ne participe pas à la dégustation.\n\nLe
 panier (volaille de Bresse\, féra du lac\, légumes de saison) est fourni. Merci de prévoir votre tenue et vos
 couteaux.\n\nBien cordialement\,\n\nOlivier Blanchard\nDirecteur Général\nHôtel Le Grand Tilleul ****\n\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20261215T130000
DTSTAMP:20261205T163012Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20261215T093000
LAST-MODIFIED:20261205T163012Z
LOCATION:Hôtel Le Grand Tilleul - Cuisine du restaurant
ORGANIZER;CN="Blanchard, Olivier";SENT-BY="mailto:assistante.direction@grandtilleul.fr"
 :mailto:o.blanchard@grandtilleul.fr
ATTENDEE;CN="Lambert Mathieu";RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dupraz, Hélène"
 :mailto:h.dupraz@grandtilleul.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roux, Camille"
 :mailto:camille.roux@grandtilleul.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GT - Cuisine restaurant"
 :mailto:cuisine.restaurant@grandtilleul.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Épreuve pratique en cuisine – candidature Chef Exécutif
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0B6A1C57E64DB01000000000000000010000000A2F1E8C4B7D3E54F9C1A60B27D8E4F31
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Monsieur Lambert\,</p><p>Comme convenu avec Camille\, nous
 vous proposons une épreuve pratique : un menu en trois temps pour 4 couverts\, suivi d'une dégustation et d'un
 échange avec Hélène Dupraz (Directrice F&amp\;B) et moi-même.</p><p>Olivier Blanchard<br>Directeur
 Général</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""

VERRIER_MEET = r"""BEGIN:VEVENT
DTSTART:20261204T140000Z
DTEND:20261204T150000Z
DTSTAMP:20261128T201144Z
ORGANIZER;CN=Isabelle Verrier:mailto:isabelle.verrier69@gmail.com
UID:5r1kq0b7m3h2f9d8s6c4a2e1v0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Isabelle Verrier;X-NUM-GUESTS=0
 :mailto:isabelle.verrier69@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1820451377
CREATED:20261128T201143Z
DESCRIPTION:Bonjour Mathieu\,\n\nRavie que mon message sur le groupe des chefs lyonnais t'ait intéressé. On se
 voit à l'atelier pour parler du poste de chef de production : volumes (mariages et séminaires\, jusqu'à 400
 couverts)\, équipe de 6\, planning de la saison.\n\nApporte quelques photos de tes assiettes si tu veux.\n\nÀ
 vendredi !\nIsabelle\nMaison Verrier – Traiteur depuis 1987\n\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous
 êtes invité à cet événement.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261128T201144Z
LOCATION:Maison Verrier Traiteur\, 14 Rue Francis de Pressensé\, 69100 Villeurbanne\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Mathieu / Isabelle – chef de production
TRANSP:OPAQUE
END:VEVENT"""

VERRIER_ESSAI = r"""BEGIN:VEVENT
CREATED:20261205T071922Z
UID:9C0E3B7A-41D2-4F6B-A8E5-2D7C1F9B3A60
DTEND:20261211T150000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Essai Verrier (traiteur)
LAST-MODIFIED:20261205T072410Z
DTSTAMP:20261205T072410Z
DTSTART:20261211T070000
DESCRIPTION:7h-15h à l'atelier\, Villeurbanne. Mariage 180 couverts samedi => mise en place vendredi.\nPrendre
 couteaux\, veste\, chaussures de sécu.\nParler salaire + horaires à la fin.
SEQUENCE:0
END:VEVENT"""

COMPTOIR_MEET = r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Paris:20261208T160000
ATTENDEE;CN=Bruno Fayolle;CUTYPE=INDIVIDUAL;EMAIL=bruno.fayolle@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR
 :mailto:bruno.fayolle@icloud.com
ATTENDEE;CN=Mathieu Lambert;CUTYPE=INDIVIDUAL;EMAIL=mathieu.lambert.chef@gmail.com;PARTSTAT=NEEDS-ACTION
 ;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
UID:B41F7A2C-93E0-4D55-8C1B-6E2A9F0D7C38
DTSTAMP:20261201T212503Z
LOCATION:Le Comptoir des Canuts\n12 Rue d'Austerlitz\, 69004 Lyon\, France
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="12 Rue d'Austerlitz, 69004 Lyon, France";X-APPLE-RADIUS=70
 ;X-TITLE="Le Comptoir des Canuts":geo:45.774512,4.831207
DESCRIPTION:On se retrouve au restaurant après le service du midi. Je te présente la brigade et on parle de
 la reprise de la carte au printemps (poste de chef de cuisine\, départ de Yannick fin février).\nBruno
SEQUENCE:0
SUMMARY:Mathieu Lambert – chef de cuisine Comptoir
DTSTART;TZID=Europe/Paris:20261208T150000
CREATED:20261201T212445Z
ORGANIZER;CN=Bruno Fayolle;EMAIL=bruno.fayolle@icloud.com:mailto:bruno.fayolle@icloud.com
END:VEVENT"""

COMPTOIR_ESSAI = r"""BEGIN:VEVENT
CREATED:20261209T223005Z
UID:E7D2C9A1-5B36-4F08-9E4D-81A0C6B2F57E
DTEND;VALUE=DATE:20261230
TRANSP:TRANSPARENT
SUMMARY:Essai Comptoir des Canuts (midi + soir)
DTSTART;VALUE=DATE:20261229
DTSTAMP:20261209T223119Z
DESCRIPTION:Arriver 9h. Carte du jour + 2 plats de ma future carte à proposer.
SEQUENCE:0
END:VEVENT"""

ALIZE_SCREEN = r"""BEGIN:VEVENT
UID:WD-INTERVIEW-7f31c0a2b94e4d1c8e55a7d09b6f2c11@myworkday.com
DTSTAMP:20261118T083011Z
DTSTART:20261126T130000Z
DTEND:20261126T134500Z
SUMMARY:Entretien : Responsable Restauration / F&B Manager - Alizé Hôtel Lyon Part-Dieu (R-0004417)
DESCRIPTION:Bonjour Mathieu Lambert\,\n\nVous êtes invité(e) à un entretien pour le poste Responsable
 Restauration / F&B Manager (R-0004417) - Alizé Hôtel Lyon Part-Dieu.\n\nType d'entretien : entretien RH
 (visioconférence)\nIntervenant(s) : Sophie Martel - Talent Acquisition Partner\, Alizé Hotels\n\n
 ________________________________________________________________________________\nRéunion Microsoft Teams
 \nParticiper à partir de l'ordinateur\, de l'application mobile ou de l'appareil de la salle\nCliquez ici pour
 rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk1>\nID de la réunion : 341
 882 907 615\nCode secret : 7uX9qP\nTélécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de
 réunion\n________________________________________________________________________________\n\nCet e-mail a été
 envoyé par Workday pour le compte d'Alizé Hotels.
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN=Alizé Hotels Recrutement:mailto:alizehotels@myworkday.com
ATTENDEE;CN=Sophie Martel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.martel@alize-hotels.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

ALIZE_FINAL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261207T101544Z
DESCRIPTION:Bonjour Mathieu\,\n\nSuite à vos échanges avec Sophie et avec Nadia Keller\, nous avons le
 plaisir de vous convier à l'entretien final pour le poste de F&B Manager de l'Alizé Hôtel Lyon Part-Dieu.\n\n
 Vous rencontrerez :\n- Pierre-Yves Arnaud\, Directeur des Opérations Région Sud-Est\n- Nadia Keller\,
 Directrice de l'hôtel\n\nSophie Martel (RH) organise votre venue et vous accueillera à l'accueil du siège ;
 elle ne participera pas à l'entretien.\nVos frais de train Lyon-Paris sont pris en charge.\n\nCordialement\,
 \nPierre-Yves Arnaud
DTEND;TZID=Romance Standard Time:20261223T123000
DTSTAMP:20261207T101544Z
DTSTART;TZID=Romance Standard Time:20261223T110000
LAST-MODIFIED:20261207T101601Z
LOCATION:Siège Alizé Hotels – 48 rue de Londres\, 75008 Paris – Salle Mistral
ORGANIZER;CN="Arnaud, Pierre-Yves":mailto:py.arnaud@alize-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.lambert.chef@gmail.com
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Keller, Nadia":mailto:n.keller@alize-hotels.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Martel, Sophie"
 :mailto:sophie.martel@alize-hotels.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PAR-Siège-Salle Mistral (8)"
 :mailto:salle.mistral@alize-hotels.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien final - F&B Manager Lyon Part-Dieu - M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F4A0C2D91E6ADB010000000000000000100000003C5E7A91D2B04E48A6F10B9E2C7D5A13
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
END:VEVENT"""

OLIVIERS = r"""BEGIN:VEVENT
UID:personio-interview-63920417-b7c2@domainedesoliviers.jobs.personio.de
DTSTAMP:20261122T150212Z
DTSTART;TZID=Europe/Paris:20261130T160000
DTEND;TZID=Europe/Paris:20261130T165000
SUMMARY:Entretien vidéo : Chef de cuisine (H/F) – Domaine des Oliviers
DESCRIPTION:Bonjour Mathieu\,\n\nNous vous remercions pour votre candidature et vous confirmons votre
 entretien vidéo pour le poste de Chef de cuisine (H/F) – restaurant gastronomique et bastide (saison avril –
 octobre).\n\nVos interlocuteurs :\n• Laurent Abbad\, Directeur général\n• Émilie Cros\, Responsable RH\n\n
 Participer avec Google Meet : https://meet.google.com/kfd-ruzq-wtn\nOu appeler le : +33 1 87 40 41 02\,
 code : 518 402 733#\n\nDomaine des Oliviers Hôtel & Spa – Route de Maillane\, 13210 Saint-Rémy-de-Provence
LOCATION:https://meet.google.com/kfd-ruzq-wtn
ORGANIZER;CN="Domaine des Oliviers (via Personio)":mailto:noreply@personio.de
ATTENDEE;CN=Laurent Abbad;ROLE=REQ-PARTICIPANT:mailto:l.abbad@domainedesoliviers.fr
ATTENDEE;CN=Émilie Cros;ROLE=REQ-PARTICIPANT:mailto:e.cros@domainedesoliviers.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

BONNARD = r"""BEGIN:VEVENT
UID:f1c9e2d4-7a30-4b8e-95c6-3d2a0b7e8f14@calendly.com
DTSTAMP:20261119T104501Z
DTSTART:20261124T170000Z
DTEND:20261124T173000Z
SUMMARY:Échange 30 min entre Gilles Bonnard et Mathieu Lambert
DESCRIPTION:Type d'événement : Échange 30 min\n\nNom de l'invité : Mathieu Lambert\nE-mail de l'invité :
 mathieu.lambert.chef@gmail.com\n\nRéponses aux questions :\nObjet de l'appel ?\nCandidature chef exécutif
 (annonce Traiteur Bonnard & Fils\, Villefranche-sur-Saône)\nNuméro de téléphone\n+33 6 71 24 58 90\n\n
 Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/f1c9e2d4
 \nReprogrammer : https://calendly.com/reschedulings/f1c9e2d4\n\nOptimisé par Calendly.com
LOCATION:Gilles Bonnard appellera l'invité au +33 6 71 24 58 90
ORGANIZER;CN=Gilles Bonnard:mailto:gilles.bonnard@orange.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

TERRASSES_SCREEN = r"""BEGIN:VEVENT
DTSTART:20261125T084500Z
DTEND:20261125T091500Z
DTSTAMP:20261120T140322Z
ORGANIZER;CN=Caroline Morel:mailto:caroline.morel@hotellerie-talents.fr
UID:3u8d0qk6t2n4p1c7g9b5e3a0m8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Caroline Morel;X-NUM-GUESTS=0
 :mailto:caroline.morel@hotellerie-talents.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Bonjour Mathieu\,\n\nComme annoncé par message\, je vous appelle mercredi pour faire le point sur
 votre parcours avant de présenter votre candidature à notre client\, l'Hôtel Les Terrasses du Lac à Évian
 (4*\, 62 chambres\, restaurant gastronomique et brasserie)\, qui recrute son Chef de cuisine.\n\nNous
 parlerons de vos expériences\, de votre disponibilité et de vos prétentions.\n\nBien à vous\,\nCaroline Morel
 \nConsultante Senior – Hôtellerie Talents\n06 22 41 87 09
LOCATION:Téléphone (Caroline appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique – poste Chef de cuisine (Évian)
TRANSP:OPAQUE
END:VEVENT"""

TERRASSES_CLIENT = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261201T091207Z
DESCRIPTION:Bonjour Mathieu\,\n\nJ'ai le plaisir de vous confirmer votre entretien avec M. Thierry Garnier\,
 Directeur de l'Hôtel Les Terrasses du Lac.\nL'entretien se déroulera sur place et sera suivi d'une visite
 des cuisines.\n\nAdresse : 3 quai Baron de Blonay\, 74500 Évian-les-Bains\nParking clients à l'arrière de
 l'hôtel.\n\nJe ne serai pas présente mais reste joignable au 06 22 41 87 09 avant et après l'entretien.\n\n
 Belle journée\,\nCaroline Morel\nConsultante Senior – Hôtellerie Talents
DTEND;TZID=Romance Standard Time:20261222T160000
DTSTAMP:20261201T091207Z
DTSTART;TZID=Romance Standard Time:20261222T143000
LOCATION:Hôtel Les Terrasses du Lac\, Évian-les-Bains
ORGANIZER;CN="Morel, Caroline":mailto:caroline.morel@hotellerie-talents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thierry Garnier
 :mailto:t.garnier@terrassesdulac-evian.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien client : Hôtel Les Terrasses du Lac – Chef de cuisine – M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000006E2B9D0A4F6ADB01000000000000000010000000B7E3C1D8A29F4A41955E4C0D8F7A2B66
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""

ROCHECHOUART = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261126T175830Z
DESCRIPTION:Mathieu\,\n\nDésolée pour le changement : nous devons décaler notre rendez-vous de mardi à lundi
 21 décembre\, 15h30\, après le service du midi. Même lieu\, entrée par la rue de Clignancourt.\n\nVous
 rencontrerez Jean Vasseur\, notre directeur d'exploitation\, et moi-même pour parler du poste de chef de
 cuisine (brigade de 11\, 280 couverts/jour).\n\nHélène Maillard\nCo-gérante – Brasserie Rochechouart
DTEND;TZID=Romance Standard Time:20261221T163000
DTSTAMP:20261204T081342Z
DTSTART;TZID=Romance Standard Time:20261221T153000
LAST-MODIFIED:20261204T081342Z
LOCATION:Brasserie Rochechouart\, 61 boulevard de Rochechouart\, 75009 Paris
ORGANIZER;CN="Maillard, Hélène":mailto:h.maillard@brasserie-rochechouart.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vasseur, Jean"
 :mailto:j.vasseur@brasserie-rochechouart.fr
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=fr-FR:Entretien Chef de cuisine – Brasserie Rochechouart (nouvel horaire)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A19C3E5B2D65DB0100000000000000001000000071D4A0E9C3B85F4C82A76E1F0D9B3C45
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Mathieu\,</p><p>Désolée pour le changement : nous devons décaler
 notre rendez-vous de mardi à <b>lundi 21 décembre\, 15h30</b>\, après le service du midi.</p><p>Hélène
 Maillard<br>Co-gérante – Brasserie Rochechouart</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[Ev]:
    gt = "camille.roux@grandtilleul.fr"
    return [
        pos("teamtailor-phone-fr", cal(GT_SCREEN, "-//Teamtailor//Interview//EN", tz=("Europe/Paris",)),
            "Hôtel Le Grand Tilleul", "Chef Exécutif", "recruiter_screen", gt, "teamtailor-phone-screen-fr"),
        pos("outlook-sentby-practical-fr", cal(GT_PRACTICAL, OUTLOOK, tz=(UTC1_FR,)),
            "Hôtel Le Grand Tilleul", "Chef Exécutif", "technical",
            "o.blanchard@grandtilleul.fr;h.dupraz@grandtilleul.fr", "outlook-utc-zone-sent-by-practical-fr"),
        pos("google-founder-fr", cal(VERRIER_MEET, GOOGLE), "Maison Verrier", "chef de production",
            "hiring_manager", "isabelle.verrier69@gmail.com", "google-freemail-founder-fr"),
        pos("ios-note-essai-fr", cal(VERRIER_ESSAI, "-//Apple Inc.//iPhone OS 18.1//EN", method=None),
            "Maison Verrier", "", "technical", "", "hand-typed-essai-floating-fr"),
        pos("apple-owner-fr", cal(COMPTOIR_MEET, "-//Apple Inc.//macOS 15.1//EN", tz=("Europe/Paris",)),
            "Le Comptoir des Canuts", "chef de cuisine", "hiring_manager", "bruno.fayolle@icloud.com",
            "apple-icloud-owner-fr"),
        pos("ios-allday-essai-fr", cal(COMPTOIR_ESSAI, "-//Apple Inc.//iPhone OS 18.1//EN", method=None),
            "Le Comptoir des Canuts", "", "technical", "", "hand-typed-essai-allday-fr"),
        pos("workday-teams-fr", cal(ALIZE_SCREEN, "-//Workday Inc//Workday Recruiting//EN"),
            "Alizé Hotels", "Responsable Restauration / F&B Manager", "recruiter_screen",
            "sophie.martel@alize-hotels.com", "workday-teams-fr"),
        pos("outlook-final-room-fr", cal(ALIZE_FINAL, OUTLOOK, tz=("Romance Standard Time",)),
            "Alizé Hotels", "F&B Manager", "final", "py.arnaud@alize-hotels.com;n.keller@alize-hotels.com",
            "outlook-final-coordinator-room-fr"),
        pos("personio-meet-fr", cal(OLIVIERS, "-//Personio GmbH//Personio Recruiting//DE", tz=("Europe/Paris",)),
            "Domaine des Oliviers", "Chef de cuisine", "hiring_manager",
            "l.abbad@domainedesoliviers.fr;e.cros@domainedesoliviers.fr", "personio-meet-fr"),
        pos("calendly-owner-fr", cal(BONNARD, "-//Calendly//Calendly Scheduling//EN"),
            "Traiteur Bonnard & Fils", "chef exécutif", "", "gilles.bonnard@orange.fr",
            "calendly-freemail-owner-no-stage-fr"),
        pos("agency-screen-fr", cal(TERRASSES_SCREEN, GOOGLE), "Hôtel Les Terrasses du Lac", "Chef de cuisine",
            "recruiter_screen", "caroline.morel@hotellerie-talents.fr", "agency-screen-employer-in-body-fr"),
        pos("agency-client-fr", cal(TERRASSES_CLIENT, OUTLOOK, tz=("Romance Standard Time",)),
            "Hôtel Les Terrasses du Lac", "Chef de cuisine", "hiring_manager",
            "t.garnier@terrassesdulac-evian.com", "agency-client-interview-fr"),
        pos("outlook-rescheduled-fr", cal(ROCHECHOUART, OUTLOOK, tz=("Romance Standard Time",)),
            "Brasserie Rochechouart", "Chef de cuisine", "hiring_manager",
            "h.maillard@brasserie-rochechouart.fr;j.vasseur@brasserie-rochechouart.fr",
            "outlook-rescheduled-fr"),
    ]
