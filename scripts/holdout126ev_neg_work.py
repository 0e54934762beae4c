"""holdout126 negatives: Karim's day job (maintenance 'entretien', site visits, tests, appraisal, training,
trade fair, press and user-research 'interviews', supplier calls)."""

from __future__ import annotations

from holdout126ev_ics import (
    APPLE,
    EXCHANGE,
    ME_NAME,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    Ev,
    att,
    gatt,
    oatt,
    org,
    simple,
)

BOSS = "stephane.gaudin@provence-multiservices.fr"
RH = "nathalie.ruiz@provence-multiservices.fr"


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(simple(
        "astreinte", "astreinte-kb-2026-s03@provence-multiservices.fr", "astreinte-recurring-fr",
        "astreinte", "20260116", "20260117", extra=("RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6", "TRANSP:TRANSPARENT"),
        tz="none", prodid=APPLE, method=None))
    out.append(simple(
        "interv-clim", "1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com", "work-terse-fr",
        "interv. clim bât B", "20260114T080000", "20260114T113000",
        desc="fuite R32 cassette 3e étage, prendre détecteur + bouteille", loc="Euroméditerranée bât B",
        method="PUBLISH"))
    out.append(simple(
        "pv-reception", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0",
        "pv-reception-fr",
        "PV réception CTA – Résidence Les Calanques", "20260121T100000", "20260121T120000",
        desc="Réception des travaux de remplacement CTA (lot CVC) avec le maître d'œuvre et le syndic. Réserves à "
             "lever avant signature.",
        loc="Résidence Les Calanques, 13009 Marseille", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("moe@bet-azur-fluides.fr", "BET Azur Fluides")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "caces", "5n6m7b8v9c0x1z2a3s4d5f6g7h@google.com", "training-caces-fr",
        "CACES recyclage (R486 nacelle)", "20260126", "20260128",
        desc="Centre de formation Vitrolles, 8h–17h, convocation envoyée par RH", method="PUBLISH", tz="none"))
    out.append(simple(
        "entretien-chaudiere", "9q8w7e6r5t4y3u2i1o0p9a8s7d@google.com", "entretien-maintenance-boiler-fr",
        "Entretien chaudière – Mme Roux (contrat annuel)", "20260129T140000", "20260129T153000",
        desc="Entretien annuel chaudière gaz + attestation. Code portail 4512B.",
        loc="12 rue Saint-Pierre, 13005 Marseille", method="PUBLISH"))
    out.append(simple(
        "entretien-cta-clinique", "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1",
        "entretien-maintenance-clinic-fr",
        "Entretien semestriel CTA blocs opératoires – Clinique Saint-Christophe", "20260207T060000",
        "20260207T120000",
        desc="Intervention le samedi (blocs fermés). Changement filtres F7/F9, contrôle débits, relevé "
             "différentiels. Rapport à transmettre au responsable technique de la clinique.",
        loc="Clinique Saint-Christophe, local CTA toiture", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("jerome.pastor@provence-multiservices.fr",
                                                            "Pastor, Jérôme")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "entretien-annuel", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2",
        "own-appraisal-fr",
        "Entretien annuel d'évaluation – Karim Benhaddou", "20260130T100000", "20260130T113000",
        desc="Bonjour Karim,\nComme chaque année : bilan 2025, objectifs 2026, souhaits de formation et "
             "d'évolution. Merci de remplir ton support d'auto-évaluation avant l'entretien.\nStéphane",
        loc="Bureau Stéphane", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"),), tzid=ROMANCE, tz="romance", prodid=EXCHANGE))
    out.append(simple(
        "briefing-apprentis", "3v4b5n6m7q8w9e0r1t2y3u4i5o@google.com", "briefing-apprentices-fr",
        "Briefing apprentis – sécurité chantier + consignation", "20260202T073000", "20260202T080000",
        desc="Yanis, Lucas, Enzo. Rappel EPI, consignation électrique, travail en hauteur.",
        loc="Atelier", organizer=org(ME_WORK, ME_NAME),
        attendees=(gatt("yanis.apprenti@provence-multiservices.fr", "Yanis Kaci"),
                   gatt("enzo.m@provence-multiservices.fr", "Enzo Martin"))))
    out.append(simple(
        "visite-site-client", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3",
        "site-visit-work-fr",
        "Visite de site – audit CTA et production froid – Tour Méditerranée", "20260205T140000",
        "20260205T163000",
        desc="Visite de site avec le client avant renouvellement du contrat multitechnique : état des CTA, "
             "groupes froids, GTB. Karim prépare le relevé.",
        loc="Tour Méditerranée, 65 av. Jules Cantini, Marseille", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("s.roche@tour-mediterranee.fr", "Roche, Sylvie")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "test-groupe-froid", "7p8o9i0u1y2t3r4e5w6q7a8s9d@google.com", "test-technique-equipment-fr",
        "test technique groupe froid n°2 après réparation compresseur", "20260212T090000", "20260212T110000",
        desc="essais en charge avec le SAV constructeur, relever HP/BP, surchauffe, sous-refroidissement",
        loc="Hôpital Nord – local GEG", method="PUBLISH"))
    out.append(simple(
        "salon", "E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9", "trade-fair-fr",
        "Salon CVC Méditerranée – Parc Chanot", "20260318", "20260319",
        desc="Badge visiteur pris. Voir stands PAC haute température + GTB.", loc="Parc Chanot, Marseille",
        tz="none", prodid=APPLE, method=None))
    out.append(simple(
        "schulung-de", "klimaflux-webinar-2026-03-04-fr-de@klimaflux.de", "training-de",
        "Online-Produktschulung: Wärmepumpen-Inbetriebnahme (FR/DE)", "20260304T140000", "20260304T160000",
        desc="Sehr geehrter Herr Benhaddou,\nvielen Dank für Ihre Anmeldung zur Klimaflux Akademie. Link zur "
             "Schulung: https://akademie.klimaflux.de/live/4471\nMit freundlichen Grüßen\nKlimaflux GmbH",
        loc="Online", organizer=org("akademie@klimaflux.de", "Klimaflux Akademie"),
        attendees=(att(ME_WORK, ME_NAME),), tzid="Europe/Berlin", tz="none",
        prodid="-//Klimaflux GmbH//Akademie//DE"))
    out.append(simple(
        "user-research", "ux-study-fixlane-0311-kb@fixlane.io", "user-research-en",
        "User interview: Fixlane mobile CMMS – field technicians (45 min)", "20260311T150000Z",
        "20260311T154500Z",
        desc="Hi Karim,\nThanks for volunteering for our research study! We'd like to learn how you log work "
             "orders on site. This is not a test – there are no right answers. You'll receive a €40 voucher.\n"
             "Zoom: https://fixlane.zoom.us/j/93310442817\nMaya Chen, UX Researcher, Fixlane",
        loc="Zoom", organizer=org("maya.chen@fixlane.io", "Maya Chen"),
        attendees=(att(ME_WORK, ME_NAME),), tzid=None, tz="none", prodid="-//Fixlane//Research Ops//EN"))
    out.append(simple(
        "press", "0o9i8u7y6t5r4e3w2q1a2s3d4f@google.com", "press-interview-fr",
        "Interview La Provence – métiers en tension (technicien CVC)", "20260219T123000", "20260219T131500",
        desc="Journaliste : Clara Vidal. Sujet sur la pénurie de techniciens clim avant l'été. Validé par la com "
             "de Provence Multiservices, pas de chiffres clients.",
        loc="Téléphone", organizer=org("cvidal@laprovence-redac.fr", "Clara Vidal"),
        attendees=(gatt(ME_WORK, "Karim Benhaddou"),)))
    out.append(simple(
        "webinar-hiring-en", "webinar-afcvc-0226-structured-interviews@zoom.us", "webinar-interviewing-en",
        "Webinar: How to interview HVAC technicians – structured questions & practical tests",
        "20260226T120000Z", "20260226T130000Z",
        desc="Hosted by the European HVAC Service Contractors Network. Speakers: two FM hiring managers. "
             "Zoom webinar ID: 811 2233 4455.",
        loc="Zoom webinar", organizer=org("events@hvac-service-network.eu", "HVAC Service Network"),
        attendees=(att(ME_WORK, ME_NAME),), tzid=None, tz="none", prodid="-//Zoom Video Communications//EN"))
    out.append(simple(
        "class-tuteurs", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4",
        "class-interviewing-fr",
        "Formation tuteurs : conduire un entretien de recrutement d'alternant", "20260209T090000",
        "20260209T123000",
        desc="Module interne (3h30) pour les tuteurs : préparer la grille, questions ouvertes, biais, cadre "
             "légal. Animé par Nathalie Ruiz.",
        loc="Salle Frioul", organizer=org(RH, "Ruiz, Nathalie"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("jerome.pastor@provence-multiservices.fr",
                                                            "Pastor, Jérôme")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "proveedor-es", "4d5f6g7h8j9k0l1z2x3c4v5b6n@google.com", "supplier-call-es",
        "Videollamada – Valvulería Turia: catálogo 2026 y plazos", "20260310T110000", "20260310T113000",
        desc="Hola Karim, te paso el enlace para revisar juntos el catálogo de válvulas de equilibrado y los "
             "plazos de entrega a Marsella.\nhttps://meet.google.com/vlv-tria-cat\nRocío Sanz",
        organizer=org("rsanz@valvuleriaturia.es", "Rocío Sanz"),
        attendees=(gatt(ME_WORK, "Karim Benhaddou"),), tzid="Europe/Madrid", tz="none",
        cal_extra=["X-WR-TIMEZONE:Europe/Madrid"]))
    return out
