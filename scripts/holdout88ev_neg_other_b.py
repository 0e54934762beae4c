"""holdout88: other negatives, part B (work meetings, appraisal, coffee chats, fairs, references, prep blocks)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_IOS,
    BRUSSELS,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    UTC1_FR,
    WEUROPE,
    cal,
    neg,
)

OL = "040000008200E00074C5B7101A82E00800000000"


def _ex(uid: str, summary: str, start: str, end: str, org: str, att: str, desc: str, loc: str, lang: str = "fr-FR",
        tzid: str = "Romance Standard Time", tz: str = ROMANCE, prodid: str = EXCHANGE) -> str:
    """An Exchange VEVENT composed from raw lines."""
    return cal(f"""BEGIN:VEVENT
ORGANIZER;CN={org}
{att}
DESCRIPTION;LANGUAGE={lang}:{desc}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
UID:{OL}{uid}
CLASS:PUBLIC
DTSTAMP:20260303T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{loc}
END:VEVENT
""", prodid, tz=tz)


W = '"Lefebvre, Mathieu":mailto:m.lefebvre@entrepot-hautsdefrance.fr'
ATT_W = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + W
N1 = '"Carlier, Bertrand":mailto:b.carlier@entrepot-hautsdefrance.fr'


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(neg("briefing-fr", _ex("A1A1DC0100000000000000001000000001010101010101010101010101010101",
        "Briefing équipe matin - pic S12 (volumes +30 %)", "20260316T055000", "20260316T060500", W,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Equipe Matin:mailto:equipe.matin@entrepot-hautsdefrance.fr",
        r"Points : sécurité (quai 7)\, volumes\, renforts intérim\, objectifs productivité.", "Zone briefing quai 4"),
        "internal-briefing-fr"))

    ev.append(neg("safety-audit-fr", _ex("B2B2DC0100000000000000001000000002020202020202020202020202020202",
        "Audit sécurité quais et racks - QHSE", "20260317T140000", "20260317T163000",
        '"Leroy, Sandrine (QHSE)":mailto:s.leroy@entrepot-hautsdefrance.fr', ATT_W,
        r"Tour des quais 1 à 12\, contrôle racks\, plan de circulation piétons/chariots. Check-list jointe.",
        "Entrepôt - RDV quai 1"), "internal-safety-audit-fr"))

    ev.append(neg("audit-de", _ex("C3C3DC0100000000000000001000000003030303030303030303030303030303",
        "Arbeitssicherheits-Audit Standort Lauwin-Planque (Konzern-HSE)", "20260414T090000", "20260414T150000",
        '"Schulte, Markus":mailto:markus.schulte@hdf-logistik-holding.de', ATT_W,
        r"Guten Tag\,\nwie angekündigt besuchen wir den Standort für das jährliche HSE-Audit. Ansprechpartner v"
        "\n or Ort: Herr Lefebvre (Schichtleitung). Sprache: Englisch/Französisch.\\nMarkus Schulte",
        "Lauwin-Planque", "de-DE", "W. Europe Standard Time", WEUROPE, OUTLOOK), "internal-audit-de"))

    ev.append(neg("appraisal-fr", _ex("D4D4DC0100000000000000001000000004040404040404040404040404040404",
        "Entretien annuel d'évaluation - Mathieu Lefebvre", "20260312T100000", "20260312T113000", N1, ATT_W,
        r"Bonjour Mathieu\,\nMerci de compléter ton auto-évaluation dans l'outil RH avant notre entretien an"
        "\n nuel (bilan 2025\\, objectifs 2026\\, souhaits de formation).\\nBertrand",
        "Bureau direction"), "own-appraisal-fr"))

    ev.append(neg("entretien-pro-fr", _ex("E5E5DC0100000000000000001000000005050505050505050505050505050505",
        "Entretien professionnel (bilan à 6 ans) - M. Lefebvre", "20260330T140000", "20260330T150000",
        '"Bouzid, Nadia":mailto:n.bouzid@entrepot-hautsdefrance.fr', ATT_W,
        r"Entretien professionnel obligatoire : parcours\, formations suivies\, perspectives d'évolution dans l'entrep"
        "\n rise.", "Bureau RH", tzid="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", tz=UTC1_FR,
        prodid=OUTLOOK), "own-entretien-professionnel-fr"))

    ev.append(neg("exit-team-member-fr", _ex("F6F6DC0100000000000000001000000006060606060606060606060606060606",
        "Entretien de départ - Kevin L. (fin de CDD)", "20260331T160000", "20260331T163000", W,
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bouzid, Nadia":mailto:n.bouzid@entrepot-hautsdefrance.fr',
        r"Retour d'expérience de Kevin avant son départ\, restitution du badge et des EPI.", "Bureau exploitation"),
        "exit-interview-user-conducts-fr"))

    ev.append(neg("coffee-network-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260306T201000Z
DTSTAMP:20260306T201000Z
UID:C6D7E8F9-A0B1-4C2D-3E4F-A5B6C7D8E9F0
DTSTART;TZID=Europe/Paris:20260311T123000
DTEND;TZID=Europe/Paris:20260311T133000
SUMMARY:Déj Julie (ex-collègue\, maintenant chez Parcelia)
LOCATION:Brasserie André\, Lille
DESCRIPTION:Lui demander comment ça se passe chez eux\, ambiance\, horaires.
  Pas un entretien\, juste réseau.
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", APPLE_IOS, method=None, tz=PARIS), "informational-coffee-names-company-fr"))

    ev.append(neg("coffee-chat-en", cal(r"""
BEGIN:VEVENT
UID:0f2h4j6l8n0p2r4t6v8x0z2b4d@google.com
DTSTAMP:20260304T140000Z
DTSTART;TZID=Europe/Paris:20260306T083000
DTEND;TZID=Europe/Paris:20260306T090000
ORGANIZER;CN=Ciara O'Neill:mailto:ciara.oneill@vectra-logistics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Hi Mathieu\, as promised at the fair: an informal virtual coffee
  about supply chain careers in the region. This is not part of a recruitme
 nt process - just a chat\, no preparation needed!\nhttps://meet.google.com/
 cof-fee-chat
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Virtual coffee - Ciara / Mathieu
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "informational-coffee-chat-en"))

    ev.append(neg("job-fair-fr", cal(r"""
BEGIN:VEVENT
UID:salon-logistique-lille-2026-visiteur-55812@eventbrite.com
DTSTAMP:20260301T100000Z
DTSTART;VALUE=DATE:20260402
DTEND;VALUE=DATE:20260403
SUMMARY:Salon de l'emploi Supply Chain & Logistique - Lille Grand Palais
ORGANIZER;CN=Eventbrite:mailto:noreply@eventbrite.com
ATTENDEE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
LOCATION:Lille Grand Palais\, 1 boulevard des Cités Unies\, Lille
DESCRIPTION:Votre billet visiteur gratuit. Plus de 60 recruteurs (transport
 \, entreposage\, e-commerce). Pensez à imprimer vos CV.
STATUS:CONFIRMED
END:VEVENT
""", "-//Eventbrite//Eventbrite//EN"), "job-fair-allday-fr"))

    ev.append(neg("referee-agency-fr", cal(r"""
BEGIN:VEVENT
UID:20260319-ref-sgarnier@walters-nord-recrutement.fr
DTSTAMP:20260319T090000Z
DTSTART;TZID=Europe/Paris:20260320T123000
DTEND;TZID=Europe/Paris:20260320T124500
SUMMARY:Prise de références - Sophie Garnier
ORGANIZER;CN=Elodie Caron - Nord Recrutement:mailto:e.caron@nord-recrutement.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Téléphone
DESCRIPTION:Bonjour M. Lefebvre\,\nSophie Garnier vous a cité comme référence
  (ancienne adjointe dans votre équipe). Je vous appelle 15 min pour quelques
  questions sur son travail.\nElodie Caron\, consultante
STATUS:CONFIRMED
END:VEVENT
""", "-//Nord Recrutement//Agenda//FR", tz=PARIS), "referee-call-fr"))

    ev.append(neg("referee-en", cal(r"""
BEGIN:VEVENT
UID:lever-ref-2a9f6e1c-0b7d-4c3e-8a5f-1d2e3f4a5b6c
DTSTAMP:20260324T110000Z
DTSTART:20260326T090000Z
DTEND:20260326T091500Z
SUMMARY:Reference call: Antoine Dupuis (Operations Supervisor)
ORGANIZER;CN=Rachel Okafor:mailto:rachel.okafor@stockwell-fulfilment.co.uk
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Phone
DESCRIPTION:Hi Mathieu\, thank you for agreeing to give a reference for Anto
 ine Dupuis\, who worked under you at Entrepôt Hauts-de-France. 15 minutes\,
  I'll call you.\nRachel
STATUS:CONFIRMED
END:VEVENT
""", "-//Lever//Lever Hire//EN"), "referee-call-known-employer-en"))

    ev.append(neg("recruiter-anonymous-fr", cal(r"""
BEGIN:VEVENT
UID:5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
DTSTAMP:20260302T170000Z
DTSTART;TZID=Europe/Paris:20260304T124500
DTEND;TZID=Europe/Paris:20260304T131500
ORGANIZER;CN=Hugues Delmotte:mailto:hugues.delmotte@delmotte-conseil.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Bonjour Mathieu\,\nComme évoqué sur LinkedIn\, un court échange p
 our faire connaissance et parler de vos souhaits. J'accompagne plusieurs cli
 ents (distribution et transport) sur des postes de responsable de site dans
  les Hauts-de-France\, que je ne peux pas nommer à ce stade.\nHugues Delmot
 te\, Delmotte Conseil (chasse de têtes)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Hugues Delmotte / Mathieu Lefebvre
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=PARIS), "recruiter-call-no-employer-fr"))

    ev.append(neg("recruiter-anonymous-nl", cal(r"""
BEGIN:VEVENT
UID:20260309T083000Z-7781@logitalent.be
DTSTAMP:20260309T083000Z
DTSTART;TZID=Europe/Brussels:20260311T171500
DTEND;TZID=Europe/Brussels:20260311T174500
SUMMARY:Kennismaking Logitalent - logistieke opportuniteiten
ORGANIZER;CN=Sofie Wouters:mailto:sofie.wouters@logitalent.be
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Telefonisch
DESCRIPTION:Dag Mathieu\, leuk dat je openstaat voor een verkennend gesprek.
  We bekijken samen je profiel en welke vacatures (warehouse/site management
 \, regio Kortrijk-Gent) bij onze klanten passen.\nSofie - Logitalent recrui
 tment
STATUS:CONFIRMED
END:VEVENT
""", "-//Logitalent//Agenda//NL", tz=BRUSSELS), "recruiter-call-no-employer-nl"))

    ev.append(neg("prep-block-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260401T190000Z
DTSTAMP:20260401T190000Z
UID:1h3j5l7n9p1r3t5v7x9z1b3d5f@google.com
DTSTART;TZID=Europe/Paris:20260401T200000
DTEND;TZID=Europe/Paris:20260401T213000
DESCRIPTION:Relire l'annonce chef de dépôt\, chiffres clés (taux de service\,
  AT\, turnover intérim)\, préparer 3 questions pour la DRH.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Préparer entretien Bricomax (DRH demain 11h)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=PARIS), "prep-block-names-company-fr"))

    ev.append(neg("prep-block-en", cal(r"""
BEGIN:VEVENT
CREATED:20260317T203000Z
DTSTAMP:20260317T203000Z
UID:B7C8D9E0-F1A2-4B3C-4D5E-F6A7B8C9D0E1
DTSTART;TZID=Europe/Paris:20260318T203000
DTEND;TZID=Europe/Paris:20260318T220000
SUMMARY:Prep - 90-day plan slides + STAR answers in English (Vectra final)
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", APPLE_IOS, method=None, tz=PARIS), "prep-block-en"))

    ev.append(neg("carrier-review-es", _ex("A7A7DC0100000000000000001000000007070707070707070707070707070707",
        "Reunión de seguimiento - transporte Lauwin-Planque / Zaragoza", "20260325T150000", "20260325T153000",
        '"Gil, Andrés":mailto:andres.gil@trans-ebro.es', ATT_W,
        r"Hola Mathieu\,\nrevisamos los retrasos de recogida en muelle y el plan de marzo.\nSaludos\, Andrés",
        "Microsoft Teams", "es-ES"), "carrier-meeting-es"))

    return ev
