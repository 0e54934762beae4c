"""holdout134 negatives: career-adjacent events that are not the user's own job interview."""

from __future__ import annotations

from holdout134ev_ics import TZ_LONDON, TZ_PARIS, TZ_ROMANCE, Ev, cal


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(_neg("mock-coach-fr", cal(r"""
BEGIN:VEVENT
UID:apec-coaching-simulation-33871@apec.fr
DTSTAMP:20250401T100000Z
DTSTART;TZID=Europe/Paris:20250404T123000
DTEND;TZID=Europe/Paris:20250404T133000
SUMMARY:Simulation d'entretien (poste Directrice de Boutique Vendôme) - coaching Apec
ORGANIZER;CN=Nathalie Brun - Apec:mailto:nathalie.brun@apec.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
LOCATION:Visio Apec
DESCRIPTION:Entraînement à l'entretien avec votre consultante Apec : je jouerai le rôle de la
  recruteuse de la maison visée\, puis nous débrieferons. Aucun lien avec l'entreprise.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "apec-coaching-simulation-33871@apec.fr", "mock-coach-fr"))

    out.append(_neg("webinar-fr", cal(r"""
BEGIN:VEVENT
UID:livestorm-webinar-9f31-reussir-entretien-visio
DTSTAMP:20250320T080000Z
DTSTART:20250327T110000Z
DTEND:20250327T120000Z
SUMMARY:Webinar : Réussir son entretien d'embauche en visio - métiers du luxe
ORGANIZER;CN=Luxe Carrières:mailto:events@luxe-carrieres.fr
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:https://app.livestorm.co/luxe-carrieres/reussir-son-entretien
DESCRIPTION:Merci pour votre inscription ! Au programme : les questions pièges des maisons\, le
  pitch en 2 minutes\, la mise en situation vente. Avec deux DRH retail.
END:VEVENT
""", prodid="-//Livestorm//Livestorm//EN"),
        "livestorm-webinar-9f31-reussir-entretien-visio", "webinar-fr"))

    out.append(_neg("class-interviewing-en", cal(r"""
BEGIN:VEVENT
UID:course-competency-interviewing-session2@retail-academy.co.uk
DTSTAMP:20250301T090000Z
DTSTART;TZID=Europe/London:20250312T170000
DTEND;TZID=Europe/London:20250312T183000
SUMMARY:Module 2: Competency-based interviewing for retail managers (live class)
ORGANIZER;CN=The Luxury Retail Academy:mailto:learning@retail-academy.co.uk
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Zoom
DESCRIPTION:Session 2 of 4: structuring interviews with STAR questions\, scoring and avoiding bias
  when you hire sales associates.
END:VEVENT
""", tz=(TZ_LONDON,)),
        "course-competency-interviewing-session2@retail-academy.co.uk", "class-about-interviewing-en"))

    out.append(_neg("press-interview-fr", cal(r"""
BEGIN:VEVENT
UID:journal-du-luxe-portrait-0403@journaldulux.fr
DTSTAMP:20250328T100000Z
DTSTART;TZID=Europe/Paris:20250403T083000
DTEND;TZID=Europe/Paris:20250403T093000
SUMMARY:Interview Journal du Luxe - portrait « une matinée avec une responsable de boutique »
ORGANIZER;CN=Agathe Noiret:mailto:a.noiret@journaldulux.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
ATTENDEE;CN=Service presse Valois:mailto:presse@maison-valois-paris.fr
LOCATION:Boutique Saint-Honoré avant ouverture
DESCRIPTION:Interview de 45 min + photos. Validé par le service presse de la maison.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "journal-du-luxe-portrait-0403@journaldulux.fr", "press-interview-fr"))

    out.append(_neg("podcast-fr", cal(r"""
BEGIN:VEVENT
UID:podcast-coulisses-luxe-ep42@ausha.co
DTSTAMP:20250405T100000Z
DTSTART;TZID=Europe/Paris:20250414T193000
DTEND;TZID=Europe/Paris:20250414T203000
SUMMARY:Enregistrement podcast « Les Coulisses du Luxe » - interview Chloé
ORGANIZER;CN=Maxime Terral:mailto:maxime@coulissesduluxe.fr
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Studio Lalala\, 8 rue Oberkampf
DESCRIPTION:Épisode 42 : le métier de responsable de boutique. Questions envoyées à l'avance.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "podcast-coulisses-luxe-ep42@ausha.co", "podcast-interview-fr"))

    out.append(_neg("user-research-en", cal(r"""
BEGIN:VEVENT
UID:userinterviews-session-77129-clientelingapp
DTSTAMP:20250407T140000Z
DTSTART:20250410T150000Z
DTEND:20250410T154500Z
SUMMARY:User interview: clienteling app for luxury store managers (45 min\, €60 gift card)
ORGANIZER;CN=Noah Fischer (Product Research):mailto:research@tellr.app
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:https://us02web.zoom.us/j/81712299301
DESCRIPTION:Thanks for signing up! We'd like to hear how you and your team follow up with clients.
  This is research\, not a sales call\, and not a job interview.
END:VEVENT
"""),
        "userinterviews-session-77129-clientelingapp", "user-research-en"))

    out.append(_neg("coffee-chat-company-fr", cal(r"""
BEGIN:VEVENT
UID:9B8A7C6D-5E4F-4321-A0B1-COFFEE-AMELIE
DTSTAMP:20250308T120000Z
DTSTART;TZID=Europe/Paris:20250312T083000
DTEND;TZID=Europe/Paris:20250312T091500
SUMMARY:Café avec Amélie (ex-Valois\, maintenant chez Vautrin) - conseils Genève
LOCATION:Café Verlet\, rue Saint-Honoré
DESCRIPTION:Lui demander comment ça se passe à Genève\, salaires\, ambiance. Pas un entretien\,
  juste infos.
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "9B8A7C6D-5E4F-4321-A0B1-COFFEE-AMELIE", "informational-coffee-names-company-fr"))

    out.append(_neg("job-fair-fr", cal(r"""
BEGIN:VEVENT
UID:forum-emploi-luxe-2025@forumluxe.fr
DTSTAMP:20250301T100000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Forum Emploi Luxe & Retail - Carrousel du Louvre
LOCATION:Carrousel du Louvre\, Paris 1er
DESCRIPTION:Badge visiteur n° 22817. 60 maisons exposantes\, job dating sur place\, conférences.
TRANSP:TRANSPARENT
END:VEVENT
"""),
        "forum-emploi-luxe-2025@forumluxe.fr", "job-fair-fr"))

    out.append(_neg("reference-call-referee-fr", cal(r"""
BEGIN:VEVENT
UID:reference-perrin-0423@ombelline.fr
DTSTAMP:20250418T100000Z
DTSTART;TZID=Europe/Paris:20250423T123000
DTEND;TZID=Europe/Paris:20250423T124500
SUMMARY:Prise de références - Julie Perrin (candidate Responsable adjointe)
ORGANIZER;CN=Romane Lestrade:mailto:romane@ombelline.fr
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Téléphone
DESCRIPTION:Bonjour Madame Marchand\, Julie Perrin nous a donné votre nom comme référence (son
  ancienne responsable chez Maison Valois). 15 minutes suffiront. Merci !
END:VEVENT
""", tz=(TZ_PARIS,)),
        "reference-perrin-0423@ombelline.fr", "reference-call-user-is-referee-fr"))

    out.append(_neg("recruiter-no-employer-fr", cal(r"""
BEGIN:VEVENT
UID:vendome-search-intro-cm-1120@vendomesearch.com
DTSTAMP:20250225T100000Z
DTSTART;TZID=Europe/Paris:20250303T123000
DTEND;TZID=Europe/Paris:20250303T131500
SUMMARY:Échange Vendôme Search / Chloé Marchand - point carrière
ORGANIZER;CN=Camille Aubrac:mailto:camille.aubrac@vendomesearch.com
ATTENDEE;CN=Chloé Marchand;RSVP=TRUE:mailto:chloe.marchand.retail@orange.fr
LOCATION:Téléphone
DESCRIPTION:Chloé\, ravie de faire connaissance. On fait le point sur votre parcours\, vos attentes
  (Paris / Londres / Genève ?) et je vous parle des missions que je gère en ce moment
  (confidentielles).
END:VEVENT
""", tz=(TZ_PARIS,)),
        "vendome-search-intro-cm-1120@vendomesearch.com", "recruiter-call-no-employer-fr"))

    out.append(_neg("recruiter-intro-no-employer-en", cal(r"""
BEGIN:VEVENT
UID:ltp-intro-2025-03-06-cmarchand@luxetalentpartners.co.uk
DTSTAMP:20250303T100000Z
DTSTART;TZID=Europe/London:20250306T120000
DTEND;TZID=Europe/London:20250306T123000
SUMMARY:Intro call - Mara Quinn (Luxe Talent Partners) / Chloé Marchand
ORGANIZER;CN=Mara Quinn:mailto:mara.quinn@luxetalentpartners.co.uk
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand.retail@orange.fr
LOCATION:Teams
DESCRIPTION:Hi Chloé - quick intro call to understand what you're looking for in London. I have a
  few store director briefs with heritage brands I can share once we've spoken. Mara
END:VEVENT
""", tz=(TZ_LONDON,)),
        "ltp-intro-2025-03-06-cmarchand@luxetalentpartners.co.uk", "recruiter-call-no-employer-en"))

    out.append(_neg("prep-block-fr", cal(r"""
BEGIN:VEVENT
UID:0A1B2C3D-4E5F-4607-8899-PREP-DELAUNAY
DTSTAMP:20250420T200000Z
DTSTART:20250423T200000
DTEND:20250423T220000
SUMMARY:Prépa entretien Delaunay-Orsini - histoire maison\, collections\, chiffres
DESCRIPTION:Relire rapport annuel\, visiter boutique en cliente samedi\, préparer 3 exemples
  clienteling.
END:VEVENT
""", prodid="ios", method=None),
        "0A1B2C3D-4E5F-4607-8899-PREP-DELAUNAY", "prep-block-names-company-fr"))

    out.append(_neg("own-appraisal-fr", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000VALOISEA2025DB01000000000000000010000000E01
DTSTAMP:20250305T100000Z
DTSTART;TZID=Romance Standard Time:20250311T100000
DTEND;TZID=Romance Standard Time:20250311T113000
ORGANIZER;CN="Lefèvre, Sylvie":mailto:s.lefevre@maison-valois-paris.fr
ATTENDEE;CN="Marchand, Chloé";RSVP=TRUE:mailto:c.marchand@maison-valois-paris.fr
SUMMARY;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2024 - Chloé Marchand
LOCATION;LANGUAGE=fr-FR:Siège Valois - bureau DR
DESCRIPTION;LANGUAGE=fr-FR:Merci de compléter ton auto-évaluation dans l'outil RH avant
  l'entretien. Objectifs 2025 et souhaits d'évolution.
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid="outlook", tz=(TZ_ROMANCE,)),
        "040000008200E00074C5B7101A82E00800000000VALOISEA2025DB01000000000000000010000000E01",
        "own-appraisal-fr"))

    out.append(_neg("entretien-professionnel-fr", cal(r"""
BEGIN:VEVENT
UID:valois-entretien-pro-cmarchand-2025@maison-valois-paris.fr
DTSTAMP:20250402T100000Z
DTSTART;TZID=Europe/Paris:20250409T150000
DTEND;TZID=Europe/Paris:20250409T160000
SUMMARY:Entretien professionnel (bilan 2 ans) - C. Marchand
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Siège Valois - RH
DESCRIPTION:Entretien professionnel obligatoire : formations suivies\, projet professionnel\,
  mobilité interne.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-entretien-pro-cmarchand-2025@maison-valois-paris.fr", "own-entretien-professionnel-fr"))

    out.append(_neg("exit-interview-fr", cal(r"""
BEGIN:VEVENT
UID:valois-exit-cmarchand-0613@maison-valois-paris.fr
DTSTAMP:20250602T100000Z
DTSTART;TZID=Europe/Paris:20250613T110000
DTEND;TZID=Europe/Paris:20250613T114500
SUMMARY:Entretien de sortie - Chloé Marchand
ORGANIZER;CN=Karine Dufour:mailto:k.dufour@maison-valois-paris.fr
ATTENDEE;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Siège Valois - RH
DESCRIPTION:Suite à ta démission\, échange confidentiel sur ton expérience chez Valois\,
  restitution du matériel et solde de tout compte.
END:VEVENT
""", tz=(TZ_PARIS,)),
        "valois-exit-cmarchand-0613@maison-valois-paris.fr", "own-exit-interview-fr"))

    out.append(_neg("mock-friend-user-asks-fr", cal(r"""
BEGIN:VEVENT
UID:8C7B6A5D-4E3F-4210-9F8E-MOCK-SARAH
DTSTAMP:20250315T180000Z
DTSTART;TZID=Europe/Paris:20250316T170000
DTEND;TZID=Europe/Paris:20250316T180000
SUMMARY:Entraînement entretien avec Sarah (elle passe chez Sérac lundi)
LOCATION:chez moi
DESCRIPTION:Je joue la recruteuse\, on inverse après pour mon Vautrin.
END:VEVENT
""", prodid="ios", method=None, tz=(TZ_PARIS,)),
        "8C7B6A5D-4E3F-4210-9F8E-MOCK-SARAH", "mock-with-friend-names-company-fr"))

    out.append(_neg("salon-fr", cal(r"""
BEGIN:VEVENT
UID:salon-retail-luxe-2025-visite@maison-valois-paris.fr
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Paris:20250318T090000
DTEND;TZID=Europe/Paris:20250318T130000
SUMMARY:Salon Retail & Luxe Experience - Paris Expo Porte de Versailles
ORGANIZER;CN=Chloé Marchand:mailto:c.marchand@maison-valois-paris.fr
LOCATION:Paris Expo\, hall 5
DESCRIPTION:Voir solutions clienteling et nouveaux mobiliers VM. Conférence 11h « Le vendeur
  augmenté ».
END:VEVENT
""", tz=(TZ_PARIS,)),
        "salon-retail-luxe-2025-visite@maison-valois-paris.fr", "trade-salon-fr"))
    return out
