"""holdout147 events, part i: AeroPrécis, more of Inès on the hiring side."""

from holdout147ev_tz import TZ_PARIS, TZ_ROMANCE


def neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "comite-recrutement",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000B3D5F7091A2CDB01000000000000000010000000"
            "AB12CD34EF56AB78CD90EF12AB34CD56",
            "user-as-interviewer-hiring-committee-shortlist",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="ROUX Marc":mailto:m.roux@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PONS Valéri
 e":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GARRIGUES A
 lain":mailto:a.garrigues@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Comité pour le poste de RQ adjoint : 3 dossier
 s retenus après les entretiens de la semaine dernière. Chacun présente so
 n avis\, Alain tranche. Confidentiel.\n
UID:040000008200E00074C5B7101A82E00800000000B3D5F7091A2CDB0100000000000000
 0010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=fr-FR:Comité recrutement - RQ adjoint
DTSTART;TZID=Romance Standard Time:20250326T160000
DTEND;TZID=Romance Standard Time:20250326T170000
DTSTAMP:20250321T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de direction
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "journee-essai",
        "hiring_side": True,
        "crlf": False,
        "label": neg("E19B3C55-7A2D-4F08-B6E1-93D0C2A4B7F5", "user-as-interviewer-trial-day-supervised"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:E19B3C55-7A2D-4F08-B6E1-93D0C2A4B7F5
DTSTAMP:20250227T170044Z
CREATED:20250227T170001Z
DTSTART;TZID=Europe/Paris:20250304T073000
DTEND;TZID=Europe/Paris:20250304T153000
SUMMARY:Journée d'essai K. Benali - contrôle final
LOCATION:AeroPrécis atelier - poste CF2
DESCRIPTION:accueil 7h30 poste de garde\, EPI prêtés (taille 42)\nbinôme a
 vec Sébastien sur CF2\ntest : contrôle FAI pièce 4521-08 + rapport\nbilan
  15h avec Valérie -> embauche ou pas
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "invite-candidate",
        "hiring_side": True,
        "label": neg("0z2x4c6v8b0n2m4l6k8j0h2g4f@google.com", "user-as-interviewer-candidate-free-mail-sends-invite"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T090000Z
DTEND:20250121T093000Z
DTSTAMP:20250116T204455Z
ORGANIZER;CN=Clara Dupuy:mailto:clara.dupuy2003@gmail.com
UID:0z2x4c6v8b0n2m4l6k8j0h2g4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Clara
  Dupuy;X-NUM-GUESTS=0:mailto:clara.dupuy2003@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=i.carvalho@aeroprecis-toulouse.fr;X-NUM-GUESTS=0:mailto:i.carvalho
 @aeroprecis-toulouse.fr
DESCRIPTION:Bonjour Madame Carvalho\,\nJe vous envoie l'invitation pour not
 re entretien de mardi concernant le stage de fin d'études en qualité four
 nisseurs (INSA Toulouse\, 5e année GM). Je reste joignable au 06 12 77 30
  58.\nBien cordialement\,\nClara Dupuy\n\nRejoindre avec Google Meet : http
 s://meet.google.com/cdp-wyrt-oaz
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage - Clara Dupuy / AeroPrécis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kit-entretien",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E0080000000061F0E2D3C4B5DB01000000000000000010000000"
            "5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D",
            "user-as-interviewer-interview-kit-second-round",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="PONS Valérie":mailto:v.pons@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="CARVALH
 O Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Kit pour le 2e tour (Bastien R.) :\n1. Racontez
  une dérive de cote détectée en série : qu'avez-vous fait ?\n2. Lecture d
 e plan : tolérance de localisation sur alésage\, référence A-B\n3. Dispo é
 quipe 2x8 ?\nNotation 1-4 par critère dans la grille jointe. Merci de me re
 nvoyer la grille le jour même.\n
UID:040000008200E00074C5B7101A82E0080000000061F0E2D3C4B5DB0100000000000000
 00100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=fr-FR:2e tour Bastien R. - technicien métrologie (kit + g
 rille)
DTSTART;TZID=Romance Standard Time:20250221T140000
DTEND;TZID=Romance Standard Time:20250221T150000
DTSTAMP:20250218T093000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Qualité (RDC atelier)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "embauche-alternant",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DB01000000000000000010000000"
            "11223344556677889900AABBCCDDEE01",
            "user-as-interviewer-own-apprentice-cdi-interview",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CARVALHO Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="SICRE M
 athis":mailto:m.sicre@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PONS Valéri
 e":mailto:v.pons@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Mathis\, comme évoqué\, on se pose pour parler
  de la suite après ton alternance (poste de technicien qualité en CDI à p
 artir de septembre). Valérie sera là pour la partie contrat/rémunération.\n
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DB0100000000000000
 001000000011223344556677889900AABBCCDDEE01
SUMMARY;LANGUAGE=fr-FR:Entretien embauche CDI - Mathis
DTSTART;TZID=Romance Standard Time:20250409T150000
DTEND;TZID=Romance Standard Time:20250409T160000
DTSTAMP:20250402T121500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Qualité
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visio-candidat",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000"
            "FEDCBA98765432100123456789ABCDEF",
            "user-as-interviewer-teams-remote-ndt-candidate",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CARVALHO Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.
 amrani.cnd@gmail.com:mailto:youssef.amrani.cnd@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ESCANDE
  Didier":mailto:d.escande@aeroprecis-toulouse.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Amrani\,\n\nSuite à votre candidatu
 re pour le poste de contrôleur CND niveau 2 (ressuage / magnétoscopie)\,
  je vous propose un entretien en visio. Merci de vous munir de vos certifi
 cats COFREND/NAS410.\n\nInès Carvalho\nIngénieure Qualité - AeroPrécis\n\n_
 _______________________________________________________________________________\n
 Réunion Microsoft Teams\nCliquez ici pour rejoindre la réunion<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_cmFi%40thread.v2/0>\nID de la
  réunion : 398 204 115 736\nCode secret : n2Kx7Q\n_______________________
 _________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB0100000000000000
 0010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=fr-FR:Entretien contrôleur CND N2 - Y. Amrani (Rabat)
DTSTART;TZID=Romance Standard Time:20250311T100000
DTEND;TZID=Romance Standard Time:20250311T104500
DTSTAMP:20250306T134500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cv-agence",
        "hiring_side": True,
        "label": neg("a3c5e7f9-1b2d-4e6a-8c0e-pageinterim-tls-7781", "user-as-interviewer-agency-sends-candidate-cv"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a3c5e7f9-1b2d-4e6a-8c0e-pageinterim-tls-7781
DTSTAMP:20250303T152000Z
DTSTART:20250305T110000Z
DTEND:20250305T111500Z
SUMMARY:Page Intérim - retour sur profil technicien qualité fournisseurs
DESCRIPTION:Bonjour Inès\,\n\nJe vous appelle pour recueillir votre retou
 r sur le CV de Mme Pereira que je vous ai transmis lundi (technicienne qu
 alité fournisseurs\, 6 ans chez un rang 1\, dispo immédiatement) et\, si
  elle vous intéresse\, caler un entretien avec vous la semaine prochaine.
 \n\nJérémy Castan\nPage Intérim Toulouse
LOCATION:Appel téléphonique
ORGANIZER;CN="Castan, Jeremy":mailto:jeremy.castan@pageinterim.fr
ATTENDEE;CN="i.carvalho@aeroprecis-toulouse.fr";RSVP=TRUE:mailto:i.carval
 ho@aeroprecis-toulouse.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "correction-tests",
        "hiring_side": True,
        "crlf": False,
        "label": neg("3D8F0A12-C6E4-4B79-A25D-FE41B0C79E38", "user-as-interviewer-grading-drawing-tests"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3D8F0A12-C6E4-4B79-A25D-FE41B0C79E38
DTSTAMP:20250306T162233Z
DTSTART;TZID=Europe/Paris:20250307T133000
DTEND;TZID=Europe/Paris:20250307T150000
SUMMARY:Corriger tests lecture de plan (4 candidats contrôle)
DESCRIPTION:copies dans bannette RH\nbarème GD&T sur le commun / Recrutemen
 t / Tests\nrenvoyer notes à Valérie avant 16h
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-atelier",
        "hiring_side": True,
        "label": neg("g7h9j1k3l5m7n9b1v3c5x7z9q1@google.com", "user-as-interviewer-shop-tour-second-round-candidate"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Inès (pro)
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250123T103000
DTEND;TZID=Europe/Paris:20250123T111500
DTSTAMP:20250120T080000Z
UID:g7h9j1k3l5m7n9b1v3c5x7z9q1@google.com
DESCRIPTION:2e entretien M. Lefèvre : lui montrer îlot 5 axes\, labo métro
 \, zone FAI. Demander avis Didier après.
LOCATION:Atelier AeroPrécis
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite atelier avec candidat Lefèvre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "creneaux-stagiaires",
        "hiring_side": True,
        "label": neg(
            "040000008200E00074C5B7101A82E008-recurring-stages-2025", "user-as-interviewer-recurring-slots-override"
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CARVALHO Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
UID:040000008200E00074C5B7101A82E008-recurring-stages-2025
SUMMARY;LANGUAGE=fr-FR:Créneau entretiens stagiaires
DESCRIPTION;LANGUAGE=fr-FR:Bloqué pour les candidatures de stage (qualité
  / métrologie). Voir tableau de suivi.\n
RRULE:FREQ=WEEKLY;UNTIL=20250424T140000Z;INTERVAL=1;BYDAY=TH;WKST=MO
DTSTART;TZID=Romance Standard Time:20250227T160000
DTEND;TZID=Romance Standard Time:20250227T170000
DTSTAMP:20250224T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Qualité
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="CARVALHO Inès":mailto:i.carvalho@aeroprecis-toulouse.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tiago.me
 ndes.ipp@gmail.com:mailto:tiago.mendes.ipp@gmail.com
UID:040000008200E00074C5B7101A82E008-recurring-stages-2025
RECURRENCE-ID;TZID=Romance Standard Time:20250313T160000
SUMMARY;LANGUAGE=en-GB:Internship interview - Tiago Mendes (Erasmus\, Poly
 technic of Porto)
DESCRIPTION;LANGUAGE=en-GB:Hi Tiago\, as agreed\, a 45-minute interview fo
 r the quality / metrology internship (April-July). We can switch to Portu
 guese if easier.\nZoom: https://zoom.us/j/95120447318\n
DTSTART;TZID=Romance Standard Time:20250313T160000
DTEND;TZID=Romance Standard Time:20250313T164500
DTSTAMP:20250307T110000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
