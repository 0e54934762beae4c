# ruff: noqa: E501
"""holdout219 events, part g: the trade's everyday calendar and personal life (crèche, médecin, commune, tennis)."""

from holdout219ev_common import BRU_APPLE, BRU_G, PAR_G, ev

_GOOGLE = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
_EX = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n"
_BRU_EX = BRU_G.replace("X-LIC-LOCATION:Europe/Brussels\n", "")

EVENTS = [
    ev("creche", "6ab2f8d0-creche-ptits-loups-reunion@konnecto.be", 0, "", "", "", "", "personal-creche-parents-meeting",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Konnecto//Crèche//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:6ab2f8d0-creche-ptits-loups-reunion@konnecto.be
DTSTAMP:20250908T070000Z
DTSTART:20250925T164500Z
DTEND:20250925T180000Z
SUMMARY:Réunion des parents - section des grands (Les P'tits Loups)
LOCATION:Crèche Les P'tits Loups\, Rue de la Tulipe 12\, Ixelles
DESCRIPTION:Présentation de l'équipe\, projet pédagogique\, sieste et repas\, entretien individuel de rentrée possible sur demande avec la puéricultrice référente.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("medecin", "2B7C9E1F-33A0-4D4B-8E55-6F0A1B2C3D4E", 0, "", "", "", "", "personal-doctor-appointment-doctoranytime",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctoranytime//Booking//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:2B7C9E1F-33A0-4D4B-8E55-6F0A1B2C3D4E
DTSTAMP:20251020T203000Z
DTSTART:20251031T071500Z
DTEND:20251031T073000Z
SUMMARY:Consultation - Dr Anne Lambert (médecine générale)
ORGANIZER;CN=Doctoranytime:mailto:noreply@doctoranytime.be
ATTENDEE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
LOCATION:Cabinet médical Flagey\, Rue de la Brasserie 8\, 1050 Ixelles
DESCRIPTION:Rendez-vous confirmé avec Dr Anne Lambert. Motif : consultation. Apportez votre carte d'identité (eID) et votre vignette mutuelle. Pour annuler : lien dans l'e-mail\, au plus tard 24h avant.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("commune-eid", "4kc0mg7rb2q9hs5dn1ve8ap3tl@google.com", 0, "", "", "", "", "personal-commune-identity-card",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:elise.vdbroucke@gmail.com\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART:20251017T073000Z
DTEND:20251017T080000Z
DTSTAMP:20251002T120000Z
UID:4kc0mg7rb2q9hs5dn1ve8ap3tl@google.com
DESCRIPTION:retrait nouvelle carte d'identité - code PIN/PUK reçu par cou
 rrier\, ancienne carte à rendre. Guichet population\, ticket en ligne n°
  A-117
LOCATION:Maison communale d'Ixelles\, Chaussée d'Ixelles 168
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Commune - carte eID
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("tennis", "C8D9E0F1-A2B3-4C5D-8E7F-90A1B2C3D4E5", 0, "", "", "", "",
       "personal-tennis-recurring-with-override",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.5//EN
CALSCALE:GREGORIAN
""" + BRU_APPLE + r"""BEGIN:VEVENT
CREATED:20250901T180000Z
UID:C8D9E0F1-A2B3-4C5D-8E7F-90A1B2C3D4E5
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624T215959Z
DTEND;TZID=Europe/Brussels:20250910T203000
SUMMARY:Tennis (interclubs dames)
LAST-MODIFIED:20251105T090000Z
DTSTAMP:20251105T090000Z
DTSTART;TZID=Europe/Brussels:20250910T190000
LOCATION:Royal Léopold Club\, Av. Dupuich 42
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
CREATED:20250901T180000Z
UID:C8D9E0F1-A2B3-4C5D-8E7F-90A1B2C3D4E5
DTEND;TZID=Europe/Brussels:20251112T220000
SUMMARY:Tennis - match interclubs à Uccle
LAST-MODIFIED:20251105T090000Z
DTSTAMP:20251105T090000Z
DTSTART;TZID=Europe/Brussels:20251112T200000
LOCATION:TC Uccle Sport
RECURRENCE-ID;TZID=Europe/Brussels:20251112T190000
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    ev("client-briefing", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000B2A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3",
       0, "", "", "", "", "client-briefing-before-trilogue",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schmitz, Andreas":mailto:andreas.schmitz@gridwise-energy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lefèvre, Camille":mailto:c.lefevre@ruebelliard.eu
DESCRIPTION;LANGUAGE=en-GB:Briefing for Gridwise ahead of the 4th trilogue on the Grids Package: state of play in Council (COREPER I mandate)\, EP rapporteur's red lines\, likely landing zones on anticipatory investment. Q&A with the client's Head of Regulatory.
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000B2A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3
SUMMARY;LANGUAGE=en-GB:Gridwise - pre-trilogue briefing
DTSTART;TZID=Europe/Brussels:20251120T100000
DTEND;TZID=Europe/Brussels:20251120T110000
DTSTAMP:20251114T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    ev("coreper", "9n4ta0kd6e2vr8bm1hs7cq3pl5@google.com", 0, "", "", "", "", "coreper-agenda-monitoring",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:RBP - veille institutionnelle\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART:20251203T090000Z
DTEND:20251203T093000Z
DTSTAMP:20251128T120000Z
UID:9n4ta0kd6e2vr8bm1hs7cq3pl5@google.com
DESCRIPTION:COREPER I - point I/A sur le paquet réseaux\, vérifier l'ordre
  du jour révisé + contacter RP DE/FR/NL après la réunion. Mail clients 14h.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Veille COREPER I (mercredi)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("webinar-rbp", "zoom-webinar-87110233449@zoom.us", 0, "", "", "", "", "user-organised-client-webinar-panellists",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-87110233449@zoom.us
DTSTAMP:20251016T083000Z
DTSTART:20251105T150000Z
DTEND:20251105T161500Z
SUMMARY:RBP Webinar: The Net-Zero Industry Act one year on - panellist run-through 15:45
ORGANIZER;CN=Elise Vandenbroucke:mailto:e.vandenbroucke@ruebelliard.eu
LOCATION:https://ruebelliard.zoom.us/j/87110233449
DESCRIPTION:Host: Elise Vandenbroucke (Rue Belliard Partners). Panellists: MEP office (ITRE shadow)\, DG GROW head of unit\, Solar industry association. Moderation: Elise. Registration: 214. Q&A moderated by Camille. Recording sent to registrants.\nWebinar ID: 871 1023 3449\nPasscode: NZIA25
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("plenary-strasbourg", "7r3dq9ml0b5tc2ka8vn6ej1hs4@google.com", 0, "", "", "", "", "plenary-week-strasbourg-multi-day",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:RBP - veille institutionnelle\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20251215
DTEND;VALUE=DATE:20251219
DTSTAMP:20251110T100000Z
UID:7r3dq9ml0b5tc2ka8vn6ej1hs4@google.com
DESCRIPTION:Plénière Strasbourg - vote final paquet réseaux (mardi)\, débat
  budget. Elise à Strasbourg lun-mer (hôtel Le Kléber)\, TGV Bruxelles-Midi
  08:13.
LOCATION:Strasbourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Plénière Strasbourg
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("fin-de-stage", "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000C3B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4",
       0, "", "", "", "", "tutor-end-of-traineeship-evaluation-of-current-intern",
       _EX + _BRU_EX + r"""BEGIN:VEVENT
ORGANIZER;CN="Vandenbroucke, Elise":mailto:e.vandenbroucke@ruebelliard.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Haddou, Yasmine (stagiaire)":mailto:y.haddou@ruebelliard.eu
DESCRIPTION;LANGUAGE=fr-BE:Évaluation de fin de stage de Yasmine : formulaire de l'université (UCLouvain) à compléter ensemble\, bilan des missions\, lettre de recommandation.
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000C3B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4
SUMMARY;LANGUAGE=fr-BE:Entretien de fin de stage - Yasmine
DTSTART;TZID=Europe/Brussels:20260130T160000
DTEND;TZID=Europe/Brussels:20260130T170000
DTSTAMP:20260126T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Salle Spinelli
END:VEVENT
END:VCALENDAR
"""),
    ev("jury-memoires", "ulb-jury-mem-ee-2026-01-17@ulb.be", 0, "", "", "", "", "university-thesis-defence-jury-member",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260126T090000
DTEND;TZID=Europe/Brussels:20260126T123000
DTSTAMP:20251220T100000Z
ORGANIZER;CN=Secrétariat IEE-ULB:mailto:iee.secretariat@ulb.be
UID:ulb-jury-mem-ee-2026-01-17@ulb.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Défenses orales des mémoires - Master en études européennes.
  Vous siégez comme lectrice extérieure pour 3 mémoires (lobbying et trans
 parence). 20 min de présentation + 20 min de questions par étudiant.
LOCATION:ULB - Institut d'études européennes\, salle 1.201
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jury mémoires IEE (lectrice externe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("banque", "ing-rdv-2025-11-29-0930-elvdb@ing.be", 0, "", "", "", "", "personal-bank-mortgage-meeting",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ING Belgique//Rendez-vous//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ing-rdv-2025-11-29-0930-elvdb@ing.be
DTSTAMP:20251118T191000Z
DTSTART:20251129T083000Z
DTEND:20251129T093000Z
SUMMARY:Votre rendez-vous ING : crédit hypothécaire
ORGANIZER;CN=ING Belgique:mailto:rendez-vous@ing.be
ATTENDEE;CN=Elise Vandenbroucke:mailto:elise.vdbroucke@gmail.com
LOCATION:ING Ixelles-Flagey\, Place Flagey 19
DESCRIPTION:Vous avez rendez-vous avec votre conseillère\, Mme Nathalie Goossens. Documents : 3 dernières fiches de paie\, avertissement-extrait de rôle\, compromis de vente.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("epso-deadline", "1hd7p0sq4vm9ka2cl6bn3et8ro@google.com", 0, "", "", "", "", "epso-application-deadline-all-day",
       _GOOGLE + "METHOD:PUBLISH\nX-WR-CALNAME:elise.vdbroucke@gmail.com\nX-WR-TIMEZONE:Europe/Brussels\n" + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20251007
DTEND;VALUE=DATE:20251008
DTSTAMP:20250915T090000Z
UID:1hd7p0sq4vm9ka2cl6bn3et8ro@google.com
DESCRIPTION:EPSO/AST/160/25 assistants - valider l'acte de candidature av
 ant 12h00 (midi) heure de Bruxelles !! + même jour: CBT AD5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE EPSO AST candidature 12h
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("strasbourg-train", "sncf-connect-QX4RT2-20251215@sncf-connect.com", 0, "", "", "", "", "train-ticket-to-strasbourg-plenary",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SNCF Connect//Voyages//FR
METHOD:PUBLISH
""" + PAR_G + r"""BEGIN:VEVENT
UID:sncf-connect-QX4RT2-20251215@sncf-connect.com
DTSTAMP:20251120T180000Z
DTSTART;TZID=Europe/Paris:20251215T081300
DTEND;TZID=Europe/Paris:20251215T115400
SUMMARY:Train Bruxelles-Midi -> Strasbourg (TGV INOUI 9869)
LOCATION:Bruxelles-Midi
DESCRIPTION:Référence dossier QX4RT2 - voiture 14\, place 83. Voyageuse : Elise Vandenbroucke.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
