"""holdout88: other negatives, part A (mock interviews, webinars, press, podcast, research, personal life)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_IOS,
    GOOGLE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    THUNDERBIRD,
    cal,
    neg,
)


def _me(uid: str, summary: str, start: str, end: str, extra: str = "", prodid: str = APPLE_IOS) -> str:
    """A hand-typed entry in the user's own calendar (no organizer)."""
    return cal(f"""BEGIN:VEVENT
CREATED:20260301T080000Z
DTSTAMP:20260301T080000Z
UID:{uid}
DTSTART;TZID=Europe/Paris:{start}
DTEND;TZID=Europe/Paris:{end}
SUMMARY:{summary}
{extra}SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", prodid, method=None, tz=PARIS)


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(neg("mock-francetravail-fr", cal(r"""
BEGIN:VEVENT
UID:ft-rdv-2026-0311-88412@francetravail.fr
DTSTAMP:20260302T100000Z
DTSTART;TZID=Europe/Paris:20260311T093000
DTEND;TZID=Europe/Paris:20260311T110000
SUMMARY:Simulation d'entretien d'embauche - atelier France Travail
ORGANIZER;CN=France Travail Douai:mailto:ne-pas-repondre@francetravail.fr
ATTENDEE;CN=LEFEBVRE MATHIEU;RSVP=FALSE:mailto:mat.lefebvre59@orange.fr
LOCATION:France Travail Douai\, 1 rue de la Comédie\, 59500 Douai
DESCRIPTION:Bonjour\,\nVous êtes inscrit à l'atelier « Simulation d'entretien
  d'embauche ». Un conseiller jouera le rôle du recruteur et vous fera un ret
 our filmé. Pensez à apporter une offre d'emploi qui vous intéresse.\nVotre c
 onseillère : Mme Florence Debruyne
STATUS:CONFIRMED
END:VEVENT
""", "-//France Travail//Agenda//FR", tz=PARIS), "mock-interview-francetravail-fr"))

    ev.append(neg("mock-friend-fr", _me("A7B8C9D0-1E2F-4A3B-8C4D-5E6F7A8B9C0D",
        "Entraînement entretien avec Karim (questions type Parcelia\\, en anglais)", "20260314T180000",
        "20260314T190000", "LOCATION:Chez Karim\\, Douai\nDESCRIPTION:Il joue le recruteur. Préparer pitch 2 min +"
        "\n  3 exemples STAR (sécurité\\, pic\\, conflit équipe).\n"), "mock-interview-friend-names-company-fr"))

    ev.append(neg("webinar-apec-fr", cal(r"""
BEGIN:VEVENT
UID:apec-webinaire-55120-mat@apec.fr
DTSTAMP:20260303T110000Z
DTSTART:20260317T113000Z
DTEND:20260317T123000Z
SUMMARY:Webinaire Apec : réussir son entretien de recrutement en visio
ORGANIZER;CN=Apec:mailto:webinaires@apec.fr
ATTENDEE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
LOCATION:En ligne - https://apec.webex.com/apec/j.php?MTID=m5c1e0a
DESCRIPTION:Merci pour votre inscription ! Au programme : préparer son envir
 onnement\, les questions pièges du recruteur\, se démarquer en 30 minutes.
  Animé par une consultante Apec. Session collective\, caméra facultative.
STATUS:CONFIRMED
END:VEVENT
""", "-//Apec//Evenements//FR"), "webinar-interview-tips-fr"))

    ev.append(neg("webinar-hiring-en", cal(r"""
BEGIN:VEVENT
UID:on24-event-4412987-reg-77102@on24.com
DTSTAMP:20260305T150000Z
DTSTART:20260324T140000Z
DTEND:20260324T150000Z
SUMMARY:Webinar: Hiring seasonal warehouse staff at scale - interview fast\, onboard faster
ORGANIZER;CN=Warehouse Leaders Network:mailto:events@warehouseleaders.net
ATTENDEE;CN=Mathieu Lefebvre:mailto:m.lefebvre@entrepot-hautsdefrance.fr
LOCATION:https://event.on24.com/wcc/r/4412987
DESCRIPTION:Thanks for registering. Speakers: Lisa Grant (VP People\, Fulfil
 Co) and Marc Dubois (Ops Director). Topics: structured interviews for tempo
 rary staff\, no-show rates\, agency partnerships.
STATUS:CONFIRMED
END:VEVENT
""", "-//ON24//Webcast//EN"), "webinar-hiring-side-en"))

    ev.append(neg("training-recruiting-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Formation EHDF":mailto:formation@entrepot-hautsdefrance.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lefebvre, Mathieu":mailto:m.lefebvre@entrepot-hautsdefrance.fr
DESCRIPTION;LANGUAGE=fr-FR:Formation managers (1 journée) : conduire un entre
 tien de recrutement sans discriminer\, grilles structurées\, cadre légal. Fo
 rmateur externe (Cabinet Equilibre RH).\n
SUMMARY;LANGUAGE=fr-FR:Formation « Recruter sans discriminer » - managers
DTSTART;TZID=Romance Standard Time:20260407T090000
DTEND;TZID=Romance Standard Time:20260407T170000
UID:040000008200E00074C5B7101A82E0080000000088A7B6C5D4E3DC01000000000000000010000000F0F0F0F0E1E1E1E1D2D2D2D2C3C3C3C3
CLASS:PUBLIC
DTSTAMP:20260310T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle formation - bâtiment administratif
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "class-recruiting-training-fr"))

    ev.append(neg("user-research-fr", cal(r"""
BEGIN:VEVENT
UID:cal-ux-2026-03-12-lefebvre@stocklane.io
DTSTAMP:20260305T170000Z
DTSTART;TZID=Europe/Paris:20260312T123000
DTEND;TZID=Europe/Paris:20260312T131500
SUMMARY:Interview utilisateur Stocklane (45 min) - retour sur votre WMS
ORGANIZER;CN=Léa Martin (UX Research):mailto:lea.martin@stocklane.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:https://meet.google.com/ucx-rtfy-bnd
DESCRIPTION:Merci d'avoir accepté de participer à notre recherche utilisateur
  ! Nous aimerions comprendre comment les chefs d'équipe utilisent leur WMS au
  quotidien. Ce n'est pas un entretien d'embauche. Bon d'achat de 50 € offert.
STATUS:CONFIRMED
END:VEVENT
""", "-//Stocklane//Research//FR", tz=PARIS), "user-research-interview-fr"))

    ev.append(neg("press-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260326T100000
DTEND;TZID=Europe/Paris:20260326T110000
DTSTAMP:20260319T090000Z
ORGANIZER;CN=Service communication EHDF:mailto:communication@entrepot-hautsdefrance.fr
UID:6b8d0f2h4j6l8n0p2r4t6v8x0z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mathieu Lefebvre;X-NUM-GUESTS=0
 :mailto:m.lefebvre@entrepot-hautsdefrance.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie Hamez;X-NUM-GUESTS=0:mail
 to:j.hamez@lavoixdunord-redac.fr
DESCRIPTION:Interview de Mathieu par la journaliste de La Voix du Nord pour
  un reportage sur les métiers de l'entrepôt (photos sur les quais\, prévoir
  gilets visiteurs).
LOCATION:Entrepôt HDF - quais
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview presse - La Voix du Nord (métiers de la logistique)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "press-interview-fr"))

    ev.append(neg("podcast-fr", cal(r"""
BEGIN:VEVENT
UID:riverside-rec-9a8b7c6d@riverside.fm
DTSTAMP:20260310T200000Z
DTSTART:20260402T170000Z
DTEND:20260402T180000Z
SUMMARY:Enregistrement podcast « Les Gens de la Supply » - invité : Mathieu Lefebvre
ORGANIZER;CN=Thibault (Les Gens de la Supply):mailto:thibault.gensdelasupply@gmail.com
ATTENDEE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
LOCATION:https://riverside.fm/studio/les-gens-de-la-supply
DESCRIPTION:Salut Mathieu\, on enregistre l'épisode sur le métier de chef d'
 équipe en entrepôt e-commerce (45 min d'interview + 10 min de réglages). Cas
 que conseillé !
STATUS:CONFIRMED
END:VEVENT
""", "-//Riverside//Studio//EN"), "podcast-interview-fr"))

    ev.append(neg("occupational-doctor-fr", cal(r"""
BEGIN:VEVENT
UID:pst-convocation-2026-7741@pole-sante-travail.fr
DTSTAMP:20260220T080000Z
DTSTART;TZID=Europe/Paris:20260305T083000
DTEND;TZID=Europe/Paris:20260305T090000
SUMMARY:Visite d'information et de prévention - médecine du travail
ORGANIZER;CN=Pôle Santé Travail Douai:mailto:convocations@pole-sante-travail.fr
ATTENDEE;CN=Lefebvre Mathieu:mailto:m.lefebvre@entrepot-hautsdefrance.fr
LOCATION:Pôle Santé Travail\, 12 rue Saint-Jacques\, Douai
DESCRIPTION:Convocation à la visite périodique (salarié Entrepôt Hauts-de-Fra
 nce). Entretien avec l'infirmière de santé au travail puis le Dr Hochart. Ap
 porter vos lunettes et la liste de vos traitements.
STATUS:CONFIRMED
END:VEVENT
""", "-//Pole Sante Travail//Convocations//FR", tz=PARIS), "occupational-health-fr"))

    ev.append(neg("doctor-fr", _me("D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", "Dr Lambert (généraliste) - Léo otite",
        "20260309T173000", "20260309T180000", "LOCATION:Cabinet médical\\, Lauwin-Planque\n"), "personal-doctor-fr"))

    ev.append(neg("bank-fr", cal(r"""
BEGIN:VEVENT
UID:cm-rdv-0318-lefebvre-4471@creditmutuel.fr
DTSTAMP:20260309T140000Z
DTSTART;TZID=Europe/Paris:20260318T180000
DTEND;TZID=Europe/Paris:20260318T190000
SUMMARY:Rendez-vous avec votre conseiller - projet immobilier
ORGANIZER;CN=Caisse de Crédit Mutuel Douai:mailto:rdv@creditmutuel.fr
ATTENDEE;CN=M. LEFEBVRE MATHIEU:mailto:mat.lefebvre59@orange.fr
LOCATION:Crédit Mutuel Douai Centre\, 45 rue de Bellain
DESCRIPTION:Votre conseiller\, M. Grégoire Wattez\, vous recevra pour un entr
 etien sur votre projet de financement. Pièces : 3 derniers bulletins de sala
 ire\, avis d'imposition.
STATUS:CONFIRMED
END:VEVENT
""", "-//Credit Mutuel//Agenda//FR", tz=PARIS), "personal-bank-entretien-fr"))

    ev.append(neg("school-fr", _me("E2F3A4B5-C6D7-4E8F-9A0B-C1D2E3F4A5B6",
        "Rencontre parents-enseignante - école Jean Jaurès (Léo\\, CE2)", "20260316T165000", "20260316T171000",
        "DESCRIPTION:Mme Fontaine. Bulletin du 2e trimestre.\n"), "personal-school-fr"))

    ev.append(neg("kids-football-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260304T140000
DTEND;TZID=Europe/Paris:20260304T153000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624T120000Z
DTSTAMP:20250902T190000Z
UID:8d0f2h4j6l8n0p2r4t6v8x0z2b@google.com
CREATED:20250902T190000Z
DESCRIPTION:U9 - Léo. Sac + gourde + protège-tibias. Covoit avec les Dupont
  1 semaine sur 2.
LOCATION:Stade municipal\, Lauwin-Planque
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entraînement foot Léo (US Lauwin)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=PARIS), "personal-kids-football-recurring-fr"))

    ev.append(neg("francetravail-suivi-fr", cal(r"""
BEGIN:VEVENT
UID:ft-rdv-2026-0320-91244@francetravail.fr
DTSTAMP:20260306T100000Z
DTSTART;TZID=Europe/Paris:20260320T091500
DTEND;TZID=Europe/Paris:20260320T094500
SUMMARY:Entretien avec votre conseiller France Travail (téléphone)
ORGANIZER;CN=France Travail:mailto:ne-pas-repondre@francetravail.fr
ATTENDEE;CN=LEFEBVRE MATHIEU:mailto:mat.lefebvre59@orange.fr
LOCATION:Entretien téléphonique
DESCRIPTION:Votre conseillère Mme Debruyne vous appellera pour faire le point
  sur votre projet de mobilité professionnelle et vos candidatures en cours.
STATUS:CONFIRMED
END:VEVENT
""", "-//France Travail//Agenda//FR", tz=PARIS), "francetravail-advisor-entretien-fr"))

    ev.append(neg("car-service-fr", _me("F3A4B5C6-D7E8-4F9A-0B1C-D2E3F4A5B6C7",
        "Entretien voiture (révision 60 000 km)",
        "20260321T083000", "20260321T100000", "LOCATION:Norauto Douai\n"), "car-service-entretien-fr"))

    ev.append(neg("boiler-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260302T090000Z
DTSTAMP:20260302T090000Z
UID:b9c8d7e6-f5a4-4b3c-2d1e-0f9a8b7c6d5e
SUMMARY:Entretien annuel chaudière - technicien Engie Home Services
DTSTART;VALUE=DATE:20260410
DTEND;VALUE=DATE:20260411
DESCRIPTION:Passage entre 8h et 12h. Laisser la clé à la voisine si besoin.
TRANSP:TRANSPARENT
X-MOZ-GENERATION:1
END:VEVENT
""", THUNDERBIRD, method=None), "boiler-service-entretien-allday-fr"))

    ev.append(neg("passport-fr", _me("A4B5C6D7-E8F9-4A0B-1C2D-E3F4A5B6C7D8",
        "Mairie - dépôt dossier passeport (Léo + moi)",
        "20260327T083000", "20260327T090000", "LOCATION:Mairie de Douai - service état civil\n"),
        "personal-passport-fr"))

    return ev
