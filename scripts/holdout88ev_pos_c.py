"""holdout88: the user's own interviews, part C (Workday EN, GoodTime, ModernLoop, Calendly, Cal.com, Bookings ...)."""

from __future__ import annotations

from holdout88ev_common import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    PARIS,
    ROMANCE,
    THUNDERBIRD,
    UTC1_EN,
    cal,
    pos,
)

FORMS_C = {
    "Vectra Logistics": "Vectra|Vectra Logistics France",
    "Bluehaven Logistics": "Bluehaven",
    "Shipflow": "",
    "Lys Intermodal": "Terminal Lys Intermodal",
    "Mobilia Express": "Mobilia",
    "Boulangeries Ravel": "Ravel",
    "Pharmadis Nord": "Pharmadis",
    "Croq'Nature": "Croq Nature",
    "Hexa Colis": "HexaColis",
}


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(pos("workday-teams-en", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-vectra-0c5e7a19b2d84f63a1e9d0b27c4f8e11
DTSTAMP:20260224T170400Z
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260302T150000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260302T160000
SUMMARY:Interview – Warehouse Operations Manager (JR-48213) – Mathieu Lefebvre
ORGANIZER;CN=Vectra Careers:mailto:vectra@myworkday.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN="Mertens, Luc";ROLE=REQ-PARTICIPANT:mailto:luc.mertens@vectra-logistics.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hello Mathieu\,\n\nYour interview for Warehouse Operations Manager
  - Libercourt (France) has been scheduled.\nInterviewer: Luc Mertens\, Senior
  Operations Manager (Hiring Manager)\n\n______________________________________
 __________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or ro
 om device\nClick here to join the meeting\nMeeting ID: 291 556 840 213\nPassc
 ode: 5rTq9a\n________________________________________________\n\nVectra Logis
 tics | Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Recruiting//EN", tz=UTC1_EN), "Vectra Logistics", "Warehouse Operations Manager",
        "hiring_manager", "luc.mertens@vectra-logistics.com", "workday-utc-label-teams-en"))

    ev.append(pos("utc-final-en", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-vectra-8e2b61d4c0a947f5b3d2e1f09a7c6b55
DTSTAMP:20260313T081000Z
DTSTART:20260319T080000Z
DTEND:20260319T103000Z
SUMMARY:Final Interview – Site Director panel (JR-48213)
ORGANIZER;CN=Vectra Careers:mailto:vectra@myworkday.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN="Garnier, Isabelle":mailto:isabelle.garnier@vectra-logistics.com
ATTENDEE;CN="Mertens, Luc":mailto:luc.mertens@vectra-logistics.com
ATTENDEE;CN="O'Neill, Ciara";ROLE=OPT-PARTICIPANT:mailto:ciara.oneill@vectra-logistics.com
LOCATION:Vectra Libercourt DC - 2 rue de l'Europe\, 62820 Libercourt
DESCRIPTION:Final round for Warehouse Operations Manager.\nPanel: Isabelle Ga
 rnier (Site Director)\, Luc Mertens (Senior Ops Manager).\nCiara O'Neill (Ta
 lent Acquisition) is your coordinator for the day and will not be part of th
 e panel.\nAgenda: 45 min presentation of your 90-day plan\, 45 min Q&A\, si
 te walk.\n
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "Vectra Logistics", "Warehouse Operations Manager", "final",
        "isabelle.garnier@vectra-logistics.com;luc.mertens@vectra-logistics.com", "utc-final-coordinator-opt-en"))

    ev.append(pos("goodtime-onsite-en", cal(r"""
BEGIN:VEVENT
UID:goodtime-7731245-mathieu-lefebvre@goodtime.io
DTSTAMP:20260320T120000Z
DTSTART:20260331T073000Z
DTEND:20260331T103000Z
SUMMARY:Bluehaven Logistics Interview: Mathieu Lefebvre - Site Manager Lens
ORGANIZER;CN=Bluehaven Recruiting Ops:mailto:scheduling@bluehaven-logistics.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Bluehaven Lens Campus\, Zone Artois Flandres\, Bâtiment C
DESCRIPTION:Hi Mathieu\,\nHere is your interview itinerary (times in CEST):\n
 09:30-10:15 Marco Bellini\, Regional Director North (marco.bellini@bluehaven-
 logistics.com)\n10:15-11:00 Fatou Diallo\, HR Director France (fatou.diallo@
 bluehaven-logistics.com)\n11:00-11:45 Pieter Jansen\, Continuous Improvement
  Lead - practical exercise on a pick-path layout (pieter.jansen@bluehaven-log
 istics.com)\n11:45-12:30 Site tour with a shift lead\n\nYour host on the day
  is Chloé from our Recruiting Ops team.\n\nScheduled with GoodTime
STATUS:CONFIRMED
END:VEVENT
""", "-//GoodTime//GoodTime Hire//EN"), "Bluehaven Logistics", "Site Manager Lens", "onsite",
        "marco.bellini@bluehaven-logistics.com;fatou.diallo@bluehaven-logistics.com;"
        "pieter.jansen@bluehaven-logistics.com", "goodtime-itinerary-utc-en"))

    ev.append(pos("modernloop-tech-en", cal(r"""
BEGIN:VEVENT
UID:ml-b47c0e92-15aa-4c6f-9f3e-7d2a8b6e0c41@modernloop.io
DTSTAMP:20260309T160000Z
DTSTART;TZID=Europe/Paris:20260312T160000
DTEND;TZID=Europe/Paris:20260312T170000
SUMMARY:Interview: Mathieu Lefebvre for Head of Warehouse Operations (Shipflow)
ORGANIZER;CN=Shipflow Recruiting:mailto:recruiting@shipflow.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Hugo Ferreira:mailto:hugo.ferreira@shipflow.io
ATTENDEE;CN=Nina Kowalczyk;ROLE=NON-PARTICIPANT:mailto:nina.k@shipflow.io
LOCATION:https://us06web.zoom.us/j/81234567890
DESCRIPTION:Operations deep-dive (technical)\nInterviewer: Hugo Ferreira\, VP
  Operations\nWe'll walk through a real anonymised dataset from one of our par
 tner warehouses (WMS exports\, labour hours\, SLA misses). No preparation ne
 eded.\n\nRecruiting coordinator: Nina Kowalczyk\n\nJoin Zoom Meeting\nhttps:/
 /us06web.zoom.us/j/81234567890\n\nThis event was scheduled with ModernLoop.
STATUS:CONFIRMED
END:VEVENT
""", "-//ModernLoop//ModernLoop//EN", tz=PARIS), "Shipflow", "Head of Warehouse Operations", "technical",
        "hugo.ferreira@shipflow.io", "modernloop-coordinator-en"))

    ev.append(pos("calendly-founder-gmail-fr", cal(r"""
BEGIN:VEVENT
UID:b3c9d2e1-0f44-4a5b-8e6c-77d1a9f2c350@calendly.com
DTSTAMP:20260225T201133Z
DTSTART:20260227T170000Z
DTEND:20260227T173000Z
SUMMARY:Mathieu Lefebvre et Bruno Vermeersch
ORGANIZER;CN=Bruno Vermeersch:mailto:bruno.vermeersch@gmail.com
ATTENDEE;CN=Mathieu Lefebvre;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:Bruno vous appellera au numéro indiqué.
DESCRIPTION:Nom de l'événement : Échange 30 min - poste responsable de platef
 orme\n\nBonjour\, je suis le fondateur de Lys Intermodal (terminal rail-rout
 e à Halluin). On cherche la personne qui prendra la responsabilité de la pla
 teforme. Premier échange informel mais sérieux :)\n\nBesoin d'apporter des m
 odifications à cet événement ?\nAnnuler : https://calendly.com/cancellations
 /b3c9d2e1\nReprogrammer : https://calendly.com/reschedulings/b3c9d2e1\n\nPowe
 red by Calendly.com
STATUS:CONFIRMED
END:VEVENT
""", "-//Calendly//Calendly//EN"), "Lys Intermodal", "Responsable de plateforme", "hiring_manager",
        "bruno.vermeersch@gmail.com", "calendly-founder-freemail-body-only-fr"))

    ev.append(pos("apple-invite-onsite-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260303T184502Z
DTEND;TZID=Europe/Paris:20260310T110000
DTSTAMP:20260303T184510Z
DTSTART;TZID=Europe/Paris:20260310T093000
LAST-MODIFIED:20260303T184510Z
LOCATION:Terminal Lys Intermodal\nRue du Port Fluvial\, 59250 Halluin
ORGANIZER;CN=Bruno Vermeersch:mailto:bruno.vermeersch@gmail.com
ATTENDEE;CN=Bruno Vermeersch;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:bruno.vermeersch@gmail.com
ATTENDEE;CN=Mathieu Lefebvre;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:
 mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Sabine Vermeersch;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:sabine@lys-intermodal.fr
DESCRIPTION:Visite du terminal et entretien avec Sabine (associée\, finance
  & RH) et moi. Prévoir 1h30.
SEQUENCE:0
SUMMARY:Visite + entretien Lys Intermodal
TRANSP:OPAQUE
UID:A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF
END:VEVENT
""", APPLE_IOS, tz=PARIS), "Lys Intermodal", "", "onsite", "bruno.vermeersch@gmail.com;sabine@lys-intermodal.fr",
        "apple-ios-invite-onsite-fr"))

    ev.append(pos("calcom-screen-fr", cal(r"""
BEGIN:VEVENT
UID:calcom-8kq2Zx7pLmN4vB1c@cal.com
DTSTAMP:20260304T113000Z
DTSTART:20260306T100000Z
DTEND:20260306T103000Z
SUMMARY:Entretien Responsable Dépôt entre Sarah Benali et Mathieu Lefebvre
ORGANIZER;CN=Sarah Benali:mailto:sarah.benali@mobilia-express.fr
ATTENDEE;CN=Mathieu Lefebvre;PARTSTAT=ACCEPTED:mailto:mat.lefebvre59@orange.fr
LOCATION:Cal Video: https://app.cal.com/video/8kq2Zx7pLmN4vB1c
DESCRIPTION:Quoi : Entretien Responsable Dépôt\nQui : Sarah Benali (Organisat
 rice) - sarah.benali@mobilia-express.fr\, Mathieu Lefebvre - mat.lefebvre59@
 orange.fr\nOù : Cal Video\nNotes complémentaires : Premier échange RH pour le
  dépôt de livraison de Villeneuve-d'Ascq (meubles et électroménager\, 2 hommes
  par camion).\n\nAnnuler ou reprogrammer : https://app.cal.com/booking/8kq2Zx
 7pLmN4vB1c
STATUS:CONFIRMED
END:VEVENT
""", "-//Cal.com Inc.//Cal.com Event//EN"), "Mobilia Express", "Responsable Dépôt", "recruiter_screen",
        "sarah.benali@mobilia-express.fr", "calcom-fr"))

    ev.append(pos("bookings-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Boulangeries Ravel:mailto:RecrutementRavel@boulangeries-ravel.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patrice Vasseur:mailto:p.vasseur@boulangeries-ravel.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entre
 tien de recrutement - Responsable logistique centrale (Saint-Omer)\nMembre d
 u personnel : Patrice Vasseur\n\nAdresse : Boulangeries Ravel - Plateforme\,
  ZI de la Porte du Marais\, 62500 Saint-Omer\n\nPour modifier ou annuler\, u
 tilisez le lien de votre e-mail de confirmation.\n\nMicrosoft Bookings
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Responsable logistique centrale
DTSTART;TZID=Romance Standard Time:20260408T140000
DTEND;TZID=Romance Standard Time:20260408T150000
UID:040000008200E00074C5B7101A82E00800000000BBAA66779900DC010000000000000000100000005E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B
CLASS:PUBLIC
DTSTAMP:20260401T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Boulangeries Ravel - Plateforme\, Saint-Omer
END:VEVENT
""", EXCHANGE, tz=ROMANCE), "Boulangeries Ravel", "Responsable logistique centrale", "",
        "p.vasseur@boulangeries-ravel.fr", "ms-bookings-fr"))

    ev.append(pos("taleez-hm-fr", cal(r"""
BEGIN:VEVENT
UID:taleez-rdv-40917-2026@taleez.com
DTSTAMP:20260305T090000Z
DTSTART;TZID=Europe/Paris:20260311T140000
DTEND;TZID=Europe/Paris:20260311T150000
SUMMARY:Entretien - Responsable préparation de commandes - Pharmadis Nord
ORGANIZER;CN=Pharmadis Nord:mailto:recrutement@pharmadis-nord.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Stéphane Lagache:mailto:s.lagache@pharmadis-nord.fr
LOCATION:Pharmadis Nord\, 7 avenue de la Créativité\, 59650 Villeneuve-d'Ascq
DESCRIPTION:Bonjour Mathieu\,\nVous avez rendez-vous avec Stéphane Lagache\, R
 esponsable de l'établissement pharmaceutique (votre futur N+1)\, pour le pos
 te de Responsable préparation de commandes (équipe de 40 personnes\, BPD).\n\n
 Recrutement Pharmadis Nord - envoyé avec Taleez
STATUS:CONFIRMED
END:VEVENT
""", "-//Taleez//Taleez Agenda//FR", tz=PARIS), "Pharmadis Nord", "Responsable préparation de commandes",
        "hiring_manager", "s.lagache@pharmadis-nord.fr", "taleez-fr"))

    ev.append(pos("thunderbird-final-fr", cal(r"""
BEGIN:VEVENT
CREATED:20260320T101010Z
LAST-MODIFIED:20260320T101204Z
DTSTAMP:20260320T101204Z
UID:7c1f0e9a-2b3d-4e5f-a6b7-c8d9e0f1a2b3
SUMMARY:Entretien final - M. Lefebvre
ORGANIZER;RSVP=FALSE;CN=Anne-Sophie Delattre;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:as.delattre@pharmadis-nord.fr
ATTENDEE;RSVP=TRUE;CN=Mathieu Lefebvre;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:mat.lefebvre59@orange.fr
ATTENDEE;RSVP=FALSE;CN=Stéphane Lagache;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:s.lagache@pharmadis-nord.fr
DTSTART;TZID=Europe/Paris:20260327T090000
DTEND;TZID=Europe/Paris:20260327T100000
DESCRIPTION:Dernier entretien avec la direction générale (A.-S. Delattre\, D
 G) et S. Lagache pour le poste de responsable préparation de commandes. Pré
 voir vos prétentions salariales.
LOCATION:Pharmadis - bureau de la direction\, 1er étage
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
""", THUNDERBIRD, tz=PARIS), "Pharmadis Nord", "Responsable préparation de commandes", "final",
        "as.delattre@pharmadis-nord.fr;s.lagache@pharmadis-nord.fr", "thunderbird-final-fr"))

    ev.append(pos("teamtailor-meet-fr", cal(r"""
BEGIN:VEVENT
UID:teamtailor-interview-1192087@teamtailor.com
DTSTAMP:20260309T101500Z
DTSTART;TZID=Europe/Paris:20260313T113000
DTEND;TZID=Europe/Paris:20260313T120000
SUMMARY:Entretien vidéo avec Croq'Nature
ORGANIZER;CN=Croq'Nature:mailto:notifications@teamtailor.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Lucie Hennebert:mailto:lucie@croqnature.com
LOCATION:https://meet.google.com/ozt-mcvd-pka
DESCRIPTION:Hello Mathieu !\n\nMerci pour ta candidature au poste de Respons
 able entrepôt & expéditions. Lucie (Talent & Culture) t'attend pour un premi
 er call de 30 min.\n\nRejoindre avec Google Meet : meet.google.com/ozt-mcvd-p
 ka\nOu appeler le : (FR) +33 1 87 40 41 42 PIN : 118 442 903#\n\nÀ très vite
  !\nLa team Croq'Nature
STATUS:CONFIRMED
END:VEVENT
""", "-//Teamtailor//Teamtailor Calendar//EN", tz=PARIS), "Croq'Nature", "Responsable entrepôt & expéditions",
        "recruiter_screen", "lucie@croqnature.com", "teamtailor-meet-tutoiement-fr"))

    ev.append(pos("workable-phone-fr", cal(r"""
BEGIN:VEVENT
UID:workable-event-5f0c1e3a7b@workable.com
DTSTAMP:20260226T150000Z
DTSTART:20260302T070000Z
DTEND:20260302T071500Z
SUMMARY:Phone interview: Chef d'équipe senior (nuit) - Hexa Colis
ORGANIZER;CN=Hexa Colis:mailto:hexa-colis@jobs.workablemail.com
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Romain Bertin:mailto:romain.bertin@hexacolis.fr
LOCATION:Téléphone / Phone
DESCRIPTION:Hi Mathieu\,\n\nRomain Bertin invited you to a Phone interview f
 or the Chef d'équipe senior (nuit) job at Hexa Colis.\nRomain will call you
  on +33 6 12 48 77 30.\n\nPowered by Workable
STATUS:CONFIRMED
END:VEVENT
""", "-//Workable//Workable Calendar//EN"), "Hexa Colis", "Chef d'équipe senior (nuit)", "recruiter_screen",
        "romain.bertin@hexacolis.fr", "workable-phone-7am-fr"))

    ev.append(pos("google-xwr-onsite-fr", cal(r"""
BEGIN:VEVENT
DTSTART:20260316T210000Z
DTEND:20260316T220000Z
DTSTAMP:20260310T133000Z
ORGANIZER;CN=Romain Bertin:mailto:romain.bertin@hexacolis.fr
UID:3k8s0d2f4h6j8l0n2p4r6t8v0x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Romain Bertin;X-NUM-GUESTS=0:ma
 ilto:romain.bertin@hexacolis.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kader Mansouri;X-NUM-GUESTS=0:m
 ailto:k.mansouri@hexacolis.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@or
 ange.fr;X-NUM-GUESTS=0:mailto:mat.lefebvre59@orange.fr
DESCRIPTION:Comme le poste est de nuit\, Kader Mansouri (directeur de site) v
 ous propose de venir pendant la prise de poste de 22h pour l'entretien et vo
 ir le tri en conditions réelles.\nSite Hexa Colis de Wattrelos\, entrée tra
 nsporteurs.
LOCATION:Hexa Colis Wattrelos
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien sur site (nuit) - Mathieu Lefebvre / Hexa Colis
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, head="X-WR-CALNAME:Romain Bertin\nX-WR-TIMEZONE:Europe/Paris\n"), "Hexa Colis",
        "Chef d'équipe senior (nuit)", "onsite", "k.mansouri@hexacolis.fr;romain.bertin@hexacolis.fr",
        "x-wr-timezone-night-onsite-fr"))

    return ev
