"""holdout232 events, part K: the cellar's own calendar and Élodie's personal life."""

EVENTS = [
    dict(
        kind="phone-entry",
        uid="F1B7D3A9-5C20-4E8B-9A61-3D4C0E7F2B95",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="school-parents-meeting",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250303T190244Z
DTEND;TZID=Europe/Paris:20250311T180000
DTSTAMP:20250303T190301Z
DTSTART;TZID=Europe/Paris:20250311T171500
LAST-MODIFIED:20250303T190301Z
LOCATION:École Jean Jaurès\, Pauillac
SEQUENCE:0
SUMMARY:RDV maîtresse Léa (Mme Bernadet) CE1
DESCRIPTION:lecture + comportement cantine
TRANSP:OPAQUE
UID:F1B7D3A9-5C20-4E8B-9A61-3D4C0E7F2B95
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="doctolib-apt-9f2c41e7b8@doctolib.fr",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="doctor-appointment-daughter-doctolib",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:doctolib-apt-9f2c41e7b8@doctolib.fr
DTSTAMP:20250407T070512Z
DTSTART;TZID=Europe/Paris:20250409T174500
DTEND;TZID=Europe/Paris:20250409T180000
SUMMARY:Rendez-vous avec Dr Sophie Lafargue (Médecin généraliste)
LOCATION:Maison de santé\, 4 quai Léon Périé\, 33250 Pauillac
DESCRIPTION:Patient : Léa CASTAING\nMotif : Consultation de suivi (enfant)
 \nPensez à apporter le carnet de santé.\nPour annuler ou déplacer : http
 s://www.doctolib.fr/account/appointments
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="2b6e0a4c8d1f4937@android.local",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="bank-appointment-ca-means-credit-agricole",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:2b6e0a4c8d1f4937@android.local
DTSTAMP:20250310T122000Z
DTSTART:20250321T123000
DTEND:20250321T131500
SUMMARY:RDV CA Pauillac - conseillère (prêt travaux + simulation si démé
 nagement)
DESCRIPTION:apporter 3 derniers bulletins + avis d'impo
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="4ra8c2k6m0t9vq3hs1bn5pl7ej@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="friends-wedding-all-day-two-days",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250621
DTEND;VALUE=DATE:20250623
DTSTAMP:20250112T181511Z
ORGANIZER;CN=Camille Darrigade:mailto:camille.darrigade@gmail.com
UID:4ra8c2k6m0t9vq3hs1bn5pl7ej@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.castai
 ng.oeno@laposte.net
CREATED:20250112T181509Z
DESCRIPTION:Save the date ! Mairie de Lacanau à 15h\, puis domaine de la C
 abane pour la soirée et le brunch du dimanche. On compte sur toi 💛 Camil
 le & Hugo
LAST-MODIFIED:20250112T181511Z
LOCATION:Lacanau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mariage Camille & Hugo
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="93C5E1F7-A2B4-4D68-8E0C-5F1A7B3D9C42",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="running-club-weekly-recurring",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250105T093012Z
DTEND;TZID=Europe/Paris:20250112T103000
DTSTAMP:20250105T093040Z
DTSTART;TZID=Europe/Paris:20250112T090000
LAST-MODIFIED:20250105T093040Z
LOCATION:Parking de l'église\, Saint-Julien
RRULE:FREQ=WEEKLY;BYDAY=SU
SEQUENCE:0
SUMMARY:Sortie longue – Médoc Running
DESCRIPTION:prépa semi du Marathon du Médoc. Léa chez mamie.
TRANSP:OPAQUE
UID:93C5E1F7-A2B4-4D68-8E0C-5F1A7B3D9C42
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="6tn0e4q8k2m7vc1hs5rb9pl3dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="cellar-work-soutirage-barriques",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250317T073000
DTEND;TZID=Europe/Paris:20250317T163000
RRULE:FREQ=DAILY;COUNT=4
DTSTAMP:20250310T170101Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:6tn0e4q8k2m7vc1hs5rb9pl3dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Équipe chai;X-NUM-GUESTS=0:mailto:chai@lestrade-bellevue.fr
CREATED:20250310T170059Z
DESCRIPTION:Soutirage à l'esquive des barriques 2024 (grand vin\, lots 1-
 14)\, méchage\, ouillage derrière. Rang 3 et 4 du chai 1 en premier. Pré
 voir SO2 + bougies + contrôle AV sur 10 barriques au hasard.
LAST-MODIFIED:20250310T170101Z
LOCATION:Chai à barriques n°1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Soutirage barriques 2024
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="8vc2m6q0k4t9hb3sn7rl1pe5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="assemblage-session-with-dg-and-oenologue",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250304T090000
DTEND;TZID=Europe/Paris:20250304T130000
DTSTAMP:20250224T101010Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:8vc2m6q0k4t9hb3sn7rl1pe5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Philippe Larrieu;X-NUM-GUESTS=0:mailto:p.larrieu@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Aurélie Lestrade;X-NUM-GUESTS=0:mailto:a.lestrade@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Villeneuve;X-NUM-GUESTS=0:mailto:m.villeneuve@vineo-medoc.fr
CREATED:20250224T101008Z
DESCRIPTION:Assemblages définitifs 2024 : grand vin / second vin / vrac.\n
 Élodie prépare 4 propositions de GV (60-70 % CS) et 2 de second vin\, ve
 rres noirs pour la 1re série à l'aveugle.
LAST-MODIFIED:20250224T101010Z
LOCATION:Salle de dégustation (chai n°2)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assemblage 2024
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="2pq6t0v4m8k1hc5sb9rn3le7dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="semaine-des-primeurs-all-day-block",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250422
DTEND;VALUE=DATE:20250426
DTSTAMP:20250102T090909Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:2pq6t0v4m8k1hc5sb9rn3le7dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=Tous Lestrade-Bellevue;X-NUM-GUESTS=0:mailto:tous@lestrade-bellevue.fr
CREATED:20250102T090907Z
DESCRIPTION:Semaine des primeurs 2024 : dégustations au château pour négo
 ce\, courtiers\, journalistes et importateurs. Pas de congés. Planning de
 s rendez-vous dans le fichier partagé.
LAST-MODIFIED:20250102T090909Z
LOCATION:Château Lestrade-Bellevue
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PRIMEURS 2024
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B9A8C7D6E5F4DB01000000000000000010000000D1E2F3A4",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="negoce-tasting-samples-with-courtier",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Bastide, Gilles":mailto:g.bastide@courtage-bastide.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaing
 , Élodie":mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Larrieu, Phi
 lippe":mailto:p.larrieu@lestrade-bellevue.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nJe passerai avec deux acheteurs de
  la Place (maisons Dubern et Lescure) pour déguster les échantillons prim
 eurs 2024 et le second vin 2022 en bouteille avant la sortie. Merci de pr
 évoir les fiches d'analyse.\n\nGilles Bastide\nCourtier en vins\n
UID:040000008200E00074C5B7101A82E00800000000B9A8C7D6E5F4DB0100000000000000
 0010000000D1E2F3A4
SUMMARY;LANGUAGE=fr-FR:Dégustation négoce – échantillons 2024 (Bastide)
DTSTART;TZID=W. Europe Standard Time:20250415T100000
DTEND;TZID=W. Europe Standard Time:20250415T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T160033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Château Lestrade-Bellevue
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="rdv-ehs-2025-77120433@engie-homeservices.fr",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="entretien-chaudiere-means-boiler-maintenance",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ENGIE Home Services//Prise de RDV//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-ehs-2025-77120433@engie-homeservices.fr
DTSTAMP:20250114T104502Z
DTSTART:20250123T070000Z
DTEND:20250123T110000Z
SUMMARY:Entretien annuel de votre chaudière – ENGIE Home Services
LOCATION:12 chemin des Graves\, 33250 Pauillac
DESCRIPTION:Votre rendez-vous d'entretien annuel obligatoire (contrat n° C
 -4417-2208) est confirmé entre 8h et 12h. Le technicien vous appellera 3
 0 min avant son arrivée.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="0kh4s8v2m6q1tb5cn9rl3pe7dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="entretien-pressoir-means-press-servicing",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250715T080000
DTEND;TZID=Europe/Paris:20250715T120000
DTSTAMP:20250701T094400Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:0kh4s8v2m6q1tb5cn9rl3pe7dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=SAV Bucher Vaslin Sud-Ouest;X-NUM-GUESTS=0:mailto:sav.sudouest@buche
 rvaslin.example
CREATED:20250701T094358Z
DESCRIPTION:Entretien avant vendanges du pressoir pneumatique XPro 8 : mem
 brane\, joints de porte\, automate. Faire aussi contrôle de la pompe à ve
 ndange et des thermo-régulations cuves 1-12.
LAST-MODIFIED:20250701T094400Z
LOCATION:Cuvier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien pressoir + pompe (technicien Bucher)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="5cm9q3t7k1v0hs4bn8rl2pe6dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="vinexpo-rendez-vous-importer-on-own-stand",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250210T110000
DTEND;TZID=Europe/Paris:20250210T114500
DTSTAMP:20250128T150000Z
ORGANIZER;CN=Philippe Larrieu:mailto:p.larrieu@lestrade-bellevue.fr
UID:5cm9q3t7k1v0hs4bn8rl2pe6dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kenji Watanabe;X-NUM-GUESTS=0:mailto:k.watanabe@sakura-wines.example
CREATED:20250128T145958Z
DESCRIPTION:RDV importateur Japon (Sakura Wines) sur notre stand : dégust
 ation 2021/2022\, allocation 2024. Élodie présente la partie technique.
LAST-MODIFIED:20250128T150000Z
LOCATION:Wine Paris – Hall 1\, stand Lestrade-Bellevue (F 112)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vinexpo – RDV Sakura Wines (JP)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
