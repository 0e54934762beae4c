"""holdout88: the user's own interviews, part E (French ATS, Webex, Zoom, Spanish, the work address, self-made)."""

from __future__ import annotations

from holdout88ev_common import (
    BRUSSELS,
    GOOGLE,
    MADRID,
    OUTLOOK,
    PARIS,
    ROMANCE,
    cal,
    pos,
)

FORMS_E = {
    "Nordis Retail": "Nordis",
    "Flandre Market": "",
    "Cyclo'Liv": "Cyclo Livraison|CycloLiv",
    "Euroterminal Mouscron": "Euroterminal",
    "Channel Freight": "Channel Freight Ltd",
    "Transportes Ibarra": "Ibarra",
    "Sofralog": "",
    "Maison Vandame": "Vandame",
}


def events() -> list[dict[str, str]]:
    ev: list[dict[str, str]] = []

    ev.append(pos("digitalrecruiters-screen-fr", cal(r"""
BEGIN:VEVENT
UID:dr-entretien-774120-1@digitalrecruiters.com
DTSTAMP:20260302T140000Z
DTSTART;TZID=Europe/Paris:20260309T090000
DTEND;TZID=Europe/Paris:20260309T094500
SUMMARY:Convocation entretien – Responsable de plateforme (F/H) – Nordis
ORGANIZER;CN=Nordis Recrutement:mailto:nordis-recrutement@digitalrecruiters.com
ATTENDEE;CN=LEFEBVRE Mathieu;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=DELEPINE Karine:mailto:karine.delepine@nordis-retail.fr
LOCATION:Visio (lien Teams envoyé la veille)
DESCRIPTION:Madame\, Monsieur\,\n\nSuite à votre candidature au poste de Res
 ponsable de plateforme (F/H) – Entrepôt non-alimentaire de Bondues\, nous av
 ons le plaisir de vous convier à un premier entretien avec Karine Delépine\,
  Chargée de recrutement.\n\nNordis Retail - Direction des Ressources Humain
 es
STATUS:CONFIRMED
END:VEVENT
""", "-//DigitalRecruiters//Agenda//FR", tz=PARIS), "Nordis Retail", "Responsable de plateforme",
        "recruiter_screen", "karine.delepine@nordis-retail.fr", "digitalrecruiters-fr"))

    ev.append(pos("outlook-nostage-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="DELEPINE Karine":mailto:karine.delepine@nordis-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mat.lefebvre59@orange.fr:mailto:mat
 .lefebvre59@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GUILBERT Frédéric":mailto:frederic
 .guilbert@nordis-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="SAIDI Mehdi":mailto:mehdi.saidi@nordis-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Rencontre avec Frédéric Guilbert et Mehdi Saïdi s
 ur la plateforme de Bondues. Échange sur le poste\, l'organisation en 3x8 e
 t les projets d'automatisation.\n
SUMMARY;LANGUAGE=fr-FR:Nordis - Rencontre M. Lefebvre
DTSTART;TZID=Romance Standard Time:20260323T140000
DTEND;TZID=Romance Standard Time:20260323T153000
UID:040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DC01000000000000000010000000CAFEBABE00112233445566778899AABB
CLASS:PUBLIC
DTSTAMP:20260317T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Plateforme Nordis Bondues - Accueil chauffeurs
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Nordis Retail", "", "",
        "frederic.guilbert@nordis-retail.fr;mehdi.saidi@nordis-retail.fr", "outlook-no-stage-fr"))

    ev.append(pos("flatchr-fr", cal(r"""
BEGIN:VEVENT
UID:flatchr-interview-3f9a2c@flatchr.io
DTSTAMP:20260227T100000Z
DTSTART:20260304T090000Z
DTEND:20260304T100000Z
SUMMARY:Entretien avec Flandre Market
ORGANIZER;CN=Flandre Market:mailto:noreply@flatchr.io
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Olivier Duhamel:mailto:o.duhamel@flandremarket.fr
LOCATION:Flandre Market - Entrepôt central\, Hazebrouck
DESCRIPTION:Bonjour Mathieu\,\nOlivier Duhamel souhaite vous rencontrer dans
  le cadre de votre candidature pour le poste : Adjoint responsable logistiqu
 e.\nMerci de confirmer votre venue.\n\nEnvoyé par Flatchr pour Flandre Market
STATUS:CONFIRMED
END:VEVENT
""", "-//Flatchr//Flatchr Agenda//FR"), "Flandre Market", "Adjoint responsable logistique", "",
        "o.duhamel@flandremarket.fr", "flatchr-fr"))

    ev.append(pos("wttj-screen-fr", cal(r"""
BEGIN:VEVENT
UID:wk-event-88120-cycloliv@welcomekit.co
DTSTAMP:20260302T081000Z
DTSTART;TZID=Europe/Paris:20260305T123000
DTEND;TZID=Europe/Paris:20260305T130000
SUMMARY:Cyclo'Liv - Premier échange (Head of Ops Hub Lille)
ORGANIZER;CN=Cyclo'Liv:mailto:jobs@cycloliv.fr
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
ATTENDEE;CN=Manon Petit:mailto:manon@cycloliv.fr
LOCATION:Zoom - https://zoom.us/j/96644120387
DESCRIPTION:Salut Mathieu\,\nManon (People) te propose un premier call pour f
 aire connaissance et te présenter le poste de Head of Ops du hub de Lille (l
 ivraison du dernier kilomètre en vélo cargo).\n\nRejoindre la réunion Zoom\n
 https://zoom.us/j/96644120387\nID de réunion : 966 4412 0387\n\nGéré avec Wel
 come to the Jungle
STATUS:CONFIRMED
END:VEVENT
""", "-//Welcome to the Jungle//Welcome Kit//FR", tz=PARIS), "Cyclo'Liv", "Head of Ops Hub Lille",
        "recruiter_screen", "manon@cycloliv.fr", "wttj-zoom-fr"))

    ev.append(pos("calcom-final-fr", cal(r"""
BEGIN:VEVENT
UID:calcom-Qw3rTy8uIo2pAs5d@cal.com
DTSTAMP:20260316T193000Z
DTSTART:20260320T160000Z
DTEND:20260320T170000Z
SUMMARY:Final round between Yanis Benhamou and Mathieu Lefebvre
ORGANIZER;CN=Yanis Benhamou:mailto:yanis@cycloliv.fr
ATTENDEE;CN=Mathieu Lefebvre;PARTSTAT=ACCEPTED:mailto:mat.lefebvre59@orange.fr
LOCATION:Hub Cyclo'Liv\, 18 rue de Wazemmes\, Lille
DESCRIPTION:What: Final round\nWho: Yanis Benhamou (Organizer) - yanis@cyclol
 iv.fr\, Mathieu Lefebvre - mat.lefebvre59@orange.fr\nWhere: Hub Cyclo'Liv\, 1
 8 rue de Wazemmes\, Lille\nAdditional notes: Dernier entretien avec moi (cofo
 ndateur) avant proposition. On fera un tour de tournée ensemble si la météo
  le permet !
STATUS:CONFIRMED
END:VEVENT
""", "-//Cal.com Inc.//Cal.com Event//EN"), "Cyclo'Liv", "", "final", "yanis@cycloliv.fr",
        "calcom-en-template-fr-notes"))

    ev.append(pos("webex-hm-fr", cal(r"""
BEGIN:VEVENT
UID:webex-8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d
DTSTAMP:20260304T150000Z
DTSTART;TZID=Europe/Brussels:20260310T140000
DTEND;TZID=Europe/Brussels:20260310T150000
SUMMARY:Entretien Responsable d'exploitation - Euroterminal Mouscron
ORGANIZER;CN=Dominique Vanderhaegen:mailto:d.vanderhaegen@euroterminal.be
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:https://euroterminal.webex.com/meet/d.vanderhaegen
DESCRIPTION:Bonjour Monsieur Lefebvre\,\nJe vous propose un entretien en vis
 io pour le poste de Responsable d'exploitation (entrepôt sous douane\, 35 00
 0 m²). Je serai votre futur responsable.\n\nRejoindre la réunion Webex\nhtt
 ps://euroterminal.webex.com/meet/d.vanderhaegen\nNuméro de réunion (code d'
 accès) : 2741 118 5063\nMot de passe de la réunion : Exp2026!\n\nRejoindre p
 ar téléphone\n+32-2-894-8304 Belgique Numéro d'appel payant
STATUS:CONFIRMED
END:VEVENT
""", "-//Cisco//Webex//EN", tz=BRUSSELS), "Euroterminal Mouscron", "Responsable d'exploitation",
        "hiring_manager", "d.vanderhaegen@euroterminal.be", "webex-fr-be"))

    ev.append(pos("zoom-screen-en", cal(r"""
BEGIN:VEVENT
UID:zoom-89910223344-20260311@zoom.us
DTSTAMP:20260306T120000Z
DTSTART:20260311T100000Z
DTEND:20260311T103000Z
SUMMARY:Zoom: Intro call - Site Supervisor Calais (Channel Freight)
ORGANIZER;CN=Gemma Whitfield:mailto:gemma.whitfield@channelfreight.co.uk
ATTENDEE;CN=Mathieu Lefebvre;RSVP=TRUE:mailto:mat.lefebvre59@orange.fr
LOCATION:https://channelfreight.zoom.us/j/89910223344
DESCRIPTION:Gemma Whitfield is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Intro call - Site Supervisor Calais (Channel Freight)\nTime: Mar 11\, 2
 026 10:00 AM London\n\nJoin Zoom Meeting\nhttps://channelfreight.zoom.us/j/8
 9910223344\n\nMeeting ID: 899 1022 3344\n\nHi Mathieu - 30 min initial recru
 iter call about our cross-dock in Calais. Speak soon\, Gemma (Talent Partner)
STATUS:CONFIRMED
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN"), "Channel Freight", "Site Supervisor Calais", "recruiter_screen",
        "gemma.whitfield@channelfreight.co.uk", "zoom-boilerplate-utc-en"))

    ev.append(pos("teams-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000ESIBARRA2026031800000000000000001000000011223344556677889900AABBCCDDEEFF
DTSTAMP:20260312T093000Z
DTSTART;TZID=Europe/Madrid:20260318T110000
DTEND;TZID=Europe/Madrid:20260318T114500
SUMMARY:Entrevista - Jefe de Almacén plataforma Lille-Lesquin (M. Lefebvre)
ORGANIZER;CN="Ruiz Navarro, Lucía":mailto:lucia.ruiz@transportesibarra.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Mathieu Lefebvre:mailto:mat.lefebvre59@orange.fr
DESCRIPTION;LANGUAGE=es-ES:Hola Mathieu\,\n\nTe confirmo la entrevista para e
 l puesto de Jefe de Almacén en nuestra nueva plataforma de Lille-Lesquin. La
  entrevista será en francés (Lucía habla francés).\n\nUn saludo\,\nLucía Ru
 iz Navarro\nSelección de Personal - Transportes Ibarra S.L.\, Zaragoza\n\n___
 _____________________________________\nReunión de Microsoft Teams\nUnirse a l
 a reunión ahora\nId. de reunión: 312 884 660 173\nCódigo de acceso: b8Lm3q\n
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=MADRID), "Transportes Ibarra", "Jefe de Almacén", "recruiter_screen",
        "lucia.ruiz@transportesibarra.es",
        "teams-es-screen"))

    ev.append(pos("work-address-screen-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Lamotte, Guillaume":mailto:guillaume.lamotte@sofralog.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefebvre, Mathieu":mailto:m.lefebv
 re@entrepot-hautsdefrance.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Mathieu\,\n\nSuite à notre échange sur Lin
 kedIn\, je vous propose un premier entretien confidentiel (30 min) pour le po
 ste de Directeur de site que nous ouvrons à Arras. J'ai utilisé l'adresse de
  votre profil\, n'hésitez pas à me donner une adresse personnelle.\n\nGuilla
 ume Lamotte\nTalent Acquisition Manager - Sofralog\n
SUMMARY;LANGUAGE=fr-FR:Échange confidentiel - poste Directeur de site (Sofralog)
DTSTART;TZID=Romance Standard Time:20260306T121500
DTEND;TZID=Romance Standard Time:20260306T124500
UID:040000008200E00074C5B7101A82E00800000000AB01CD23EF45DC0100000000000000001000000076543210FEDCBA9876543210ABCDEF00
CLASS:PRIVATE
DTSTAMP:20260303T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
""", OUTLOOK, tz=ROMANCE), "Sofralog", "Directeur de site", "recruiter_screen", "guillaume.lamotte@sofralog.fr",
        "work-address-own-interview-fr"))

    ev.append(pos("self-made-google-fr", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260402T140000
DTEND;TZID=Europe/Paris:20260402T144500
DTSTAMP:20260328T101500Z
UID:8b0d2f4h6j8l0n2p4r6t8v0x2z@google.com
CREATED:20260328T101500Z
DESCRIPTION:Entretien visio avec la RH de Maison Vandame (Mme Lesage) pour l
 e poste responsable entrepôt de Wasquehal. Lien dans le mail du 27/03.
LAST-MODIFIED:20260328T101500Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio Maison Vandame (RH) 14h
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=PARIS), "Maison Vandame", "responsable entrepôt", "recruiter_screen",
        "Mme Lesage", "self-made-google-fr"))

    return ev
