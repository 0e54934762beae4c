"""holdout84: the user's own interviews, part A (calendar clients and direct invites)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, cal, esc, label, meet_fr, teams_fr, zoom_fr

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def vetalpes_screen():
    uid = "5q1k0v9mtd3ah0ce7rj2p8l6bs@google.com"
    d = esc(
        "Bonjour Claire,\n\nComme convenu par téléphone, je vous propose un premier échange en visio autour de "
        "votre candidature au poste de Vétérinaire référent(e) – Clinical Lead pour nos cliniques de "
        "Haute-Savoie. Comptez 30 à 40 minutes : parcours, motivations, attentes, et présentation du groupe.\n\n"
        "À très vite,\nCamille Roux\nChargée de recrutement – VetAlpes\n\n" + meet_fr("vqa-ztkp-hme")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20260302T123000
        DTEND;TZID=Europe/Paris:20260302T131000
        DTSTAMP:20260224T091512Z
        ORGANIZER;CN=Camille Roux:mailto:camille.roux@vetalpes.fr
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Roux;X-NUM-GUESTS=0
        >:mailto:camille.roux@vetalpes.fr
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_FREE};X-NUM-GUESTS=0:mailto:{USER_FREE}
        X-GOOGLE-CONFERENCE:https://meet.google.com/vqa-ztkp-hme
        CREATED:20260224T091510Z
        DESCRIPTION:{d}
        LAST-MODIFIED:20260224T091511Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Échange Claire Dubois / VetAlpes – Vétérinaire référent(e)
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid=GOOGLE, tzs=("Europe/Paris",), head=("CALSCALE:GREGORIAN",))
    return "google-screen-fr", ics, label(
        uid, 1, "VetAlpes", "Vétérinaire référent(e) – Clinical Lead", "recruiter_screen",
        "camille.roux@vetalpes.fr", "google-recruiter-fr")


def vetalpes_final():
    uid = "040000008200E00074C5B7101A82E00800000000B0C2A1E9F5A6DC01000000000000000010000000A7D14C3E2B9F4A4C9E1D"
    tz = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    d = esc(
        "Bonjour Dr Dubois,\n\nSuite à vos échanges avec Camille, nous avons le plaisir de vous convier à un "
        "entretien final à la clinique d'Annecy-le-Vieux, avec le Dr Olivier Perrin (directeur médical) et "
        "Nathalie Giraud (DRH). La matinée se terminera par une visite du plateau technique.\n\n"
        "Je vous accueillerai à l'accueil ; n'hésitez pas à m'appeler au 04 50 27 61 12 en cas de retard.\n\n"
        "Bien cordialement,\nMarion Chevallier\nAssistante de direction"
    )
    alt = esc(
        '<html><body><p>Bonjour Dr Dubois,</p><p>Suite à vos échanges avec Camille, nous avons le plaisir de vous '
        "convier à un <b>entretien final</b> à la clinique d'Annecy-le-Vieux.</p></body></html>"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ATTENDEE;CN="Dubois, Claire";RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN="Perrin, Olivier";RSVP=TRUE:mailto:olivier.perrin@vetalpes.fr
        ATTENDEE;CN="Giraud, Nathalie";RSVP=TRUE:mailto:nathalie.giraud@vetalpes.fr
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="ANN - Salle Aravis (8)";RSVP=TRUE:mailto:salle.aravis@vetalpes.fr
        CLASS:PUBLIC
        CREATED:20260312T140233Z
        DESCRIPTION;LANGUAGE=fr-FR:{d}
        DTEND;TZID="{tz}":20260326T120000
        DTSTAMP:20260312T140233Z
        DTSTART;TZID="{tz}":20260326T093000
        LAST-MODIFIED:20260312T140233Z
        LOCATION;LANGUAGE=fr-FR:Clinique VetAlpes Annecy\\, 14 avenue de Genève\\, 74940 Annecy
        ORGANIZER;CN="Perrin, Olivier";SENT-BY="mailto:marion.chevallier@vetalpes.fr":mailto:olivier.perrin@vetalpes.fr
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=fr-FR:Entretien final – Dr Claire Dubois – Clinical Lead 74
        TRANSP:OPAQUE
        UID:{uid}
        X-ALT-DESC;FMTTYPE=text/html:{alt}
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MS-OLK-CONFTYPE:0
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
    """, prodid=OUTLOOK, tzs=(tz,))
    return "outlook-final-fr", ics, label(
        uid, 1, "VetAlpes", "Clinical Lead", "final",
        "olivier.perrin@vetalpes.fr;nathalie.giraud@vetalpes.fr", "outlook-utc-zone-final-sentby-room-fr")


def gvr_handtyped():
    uid = "D3B1F0A2-7C44-4E1B-9A0E-52C8E1A7F0B3"
    ics = cal(f"""
        BEGIN:VEVENT
        CREATED:20260305T211403Z
        UID:{uid}
        DTEND:20260311T113000
        TRANSP:OPAQUE
        SUMMARY:entr. GVR - Dr Fabre (dir. médical)
        DTSTART:20260311T103000
        DTSTAMP:20260305T211445Z
        LOCATION:Clinique de Villeurbanne\\, bd du 11 Novembre
        DESCRIPTION:poste chef de clinique canine. Apporter CV + diplômes. Se garer rue Flachet
        SEQUENCE:0
        BEGIN:VALARM
        X-WR-ALARMUID:8E1F3A0C-55B2-4C2B-8C9D-1A7E3B0D2F61
        TRIGGER:-PT1H
        ACTION:DISPLAY
        DESCRIPTION:Rappel
        END:VALARM
        END:VEVENT
    """, prodid=APPLE, method=None, version_first=True, head=("CALSCALE:GREGORIAN",))
    return "apple-handtyped-fr", ics, label(
        uid, 1, "GVR", "chef de clinique canine", "hiring_manager", "Dr Fabre", "handtyped-floating-abbrev-fr")


def chv_stex():
    uid = "040000008200E00074C5B7101A82E008000000003E6D7A1C0FB0DC010000000000000000100000004C2E19A8"
    d = esc(
        "Madame,\n\nNous avons bien reçu votre candidature pour le poste de Responsable clinique – urgences et "
        "soins intensifs et souhaitons vous rencontrer. Vous échangerez avec le Dr Hugo Bertrand, responsable du "
        "service, pendant environ une heure.\n\nCordialement,\nService RH – CHV Saint-Exupéry\n\n"
        + teams_fr("374 118 602 955", "YTk3ZmE1ZGMtN2Ez")
    )
    alt = esc("<html><body><p>Madame,</p><p>Nous avons bien reçu votre candidature…</p></body></html>")
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN=Recrutement CHV:mailto:recrutement@chv-stex.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Bertrand:mailto:h.bertrand@chv-stex.fr
        DESCRIPTION;LANGUAGE=fr-FR:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable clinique urgences/SI
        DTSTART;TZID=Romance Standard Time:20260317T140000
        DTEND;TZID=Romance Standard Time:20260317T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260309T101201Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        X-ALT-DESC;FMTTYPE=text/html:{alt}
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk3ZmE1ZGMtN2Ez%40thread.v2/0
        END:VEVENT
    """, prodid=EXCHANGE, tzs=("Romance Standard Time",))
    return "exchange-teams-fr", ics, label(
        uid, 1, "CHV Saint-Exupéry", "Responsable clinique – urgences et soins intensifs", "hiring_manager",
        "h.bertrand@chv-stex.fr", "exchange-windows-zone-teams-fr")


def nutrivet_ios():
    uid = "6F0E22C7-91AB-4B8E-AF73-0C9D4E115A28"
    ics = cal(f"""
        BEGIN:VEVENT
        CREATED:20260306T071822Z
        DTEND;TZID=Europe/Paris:20260313T160000
        DTSTAMP:20260306T071849Z
        DTSTART;TZID=Europe/Paris:20260313T143000
        LAST-MODIFIED:20260306T071849Z
        LOCATION:Nutrivet\\n27 rue du Dauphiné\\n69003 Lyon\\nFrance
        X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE="Nutrivet\\n27 rue du Dauphiné":geo:45.751,4.866
        SEQUENCE:0
        SUMMARY:Entretien Nutrivet (vétérinaire nutritionniste)
        DESCRIPTION:Mme Garnier + resp. R&D. Demander pour le télétravail
        TRANSP:OPAQUE
        UID:{uid}
        URL;VALUE=URI:
        END:VEVENT
    """, prodid="-//Apple Inc.//iOS 17.4//EN", method=None, version_first=True, tzs=("Europe/Paris",),
        head=("CALSCALE:GREGORIAN",))
    return "apple-ios-fr", ics, label(
        uid, 1, "Nutrivet", "vétérinaire nutritionniste", "", "Mme Garnier", "ios-user-typed-fr")


def biolynx_tb():
    uid = "a61f3c0e-2b7d-4f9a-8c55-0e7b1d9f2a44"
    d = esc(
        "Bonjour Claire,\n\nPour la deuxième étape, je vous propose un entretien technique d'environ 1h30 avec "
        "Sébastien Lefort (biologiste, responsable du support vétérinaire) et moi-même. Nous partirons de trois "
        "cas réels (bilans hépatiques, cytologie, PCR) que vous commenterez comme si vous répondiez à un "
        "praticien au téléphone.\n\nLieu : Biolynx Diagnostics, 4 allée des Cèdres, Dardilly – bâtiment B.\n\n"
        "Élise Marchand\nResponsable Services Techniques Vétérinaires"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        CREATED:20260318T083911Z
        LAST-MODIFIED:20260318T084102Z
        DTSTAMP:20260318T084102Z
        UID:{uid}
        SUMMARY:Entretien technique – Vétérinaire conseil (support clients)
        ORGANIZER;CN=Élise Marchand:mailto:e.marchand@biolynx-dx.com
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Sébastien Lefort:mailto:s.lefort@biolynx-dx.com
        ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Élise Marchand:mailto:e.marchand@biolynx-dx.com
        DTSTART;TZID=Europe/Paris:20260324T100000
        DTEND;TZID=Europe/Paris:20260324T113000
        LOCATION:Biolynx Diagnostics – Dardilly\\, bât. B
        DESCRIPTION:{d}
        SEQUENCE:0
        X-MOZ-GENERATION:1
        END:VEVENT
    """, prodid=THUNDERBIRD, tzs=("Europe/Paris",))
    return "thunderbird-technical-fr", ics, label(
        uid, 1, "Biolynx Diagnostics", "Vétérinaire conseil (support clients)", "technical",
        "e.marchand@biolynx-dx.com;s.lefort@biolynx-dx.com", "thunderbird-case-fr")


def dermavet_direct():
    uid = "040000008200E00074C5B7101A82E0080000000070F4E2C91DB1DC01000000000000000010000000C3A9E6"
    d = esc(
        "Bonjour Madame Dubois,\n\nJe vous remercie pour votre intérêt pour le poste de Medical Advisor "
        "Dermatologie chez Dermavet. Je vous propose de nous voir en visio jeudi pour un premier entretien avec "
        "moi-même, je serai votre futur manager. Prévoyez nonante minutes environ, nous parlerons aussi de "
        "l'équipe à Wavre.\n\nBien à vous,\nPieter Claes\nHead of Medical Affairs – Dermavet Pharma SRL\n\n"
        + teams_fr("312 640 771 208", "NzQ1YjgxZDMtNjJk")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Claes, Pieter":mailto:pieter.claes@dermavet.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=claire.dubois.veto@laposte.net:mailto:{USER_FREE}
        DESCRIPTION;LANGUAGE=fr-BE:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-BE:Dermavet – entretien Medical Advisor
        DTSTART;TZID=Romance Standard Time:20260319T100000
        DTEND;TZID=Romance Standard Time:20260319T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260313T162045Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-BE:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
    """, prodid=OUTLOOK, tzs=("Romance Standard Time",))
    return "outlook-direct-be", ics, label(
        uid, 1, "Dermavet Pharma", "Medical Advisor Dermatologie", "hiring_manager",
        "pieter.claes@dermavet.be", "outlook-direct-manager-fr-be")


def pawline_founder():
    uid = "0ak7h3m1r4pq8t2n6c5d9e0f1g@google.com"
    d = esc(
        "Hello Claire,\n\nRavi d'avoir ton retour ! On se cale 45 min pour que je te présente Pawline (on lance la "
        "téléconsultation vétérinaire 24/7 en France et en Belgique) et que tu me racontes ton parcours. Le poste "
        "qu'on imagine : vétérinaire référente – qualité médicale & protocoles, à 80 %.\n\nMaxime\n\n"
        + meet_fr("rfd-xqwe-uuk")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        DTSTART:20260304T170000Z
        DTEND:20260304T174500Z
        DTSTAMP:20260227T220412Z
        ORGANIZER;CN=Maxime Leroy:mailto:maxime.leroy.pro@gmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maxime Leroy;X-NUM-GUESTS=0
        >:mailto:maxime.leroy.pro@gmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=claire.dubois.veto@laposte.net;X-NUM-GUESTS=0:mailto:{USER_FREE}
        CREATED:20260227T220409Z
        DESCRIPTION:{d}
        LAST-MODIFIED:20260227T220410Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Claire <> Maxime (Pawline)
        TRANSP:OPAQUE
        END:VEVENT
    """, prodid=GOOGLE, tzs=(), head=("CALSCALE:GREGORIAN",))
    return "founder-gmail-fr", ics, label(
        uid, 1, "Pawline", "vétérinaire référente – qualité médicale & protocoles", "",
        "maxime.leroy.pro@gmail.com", "founder-freemail-utc-fr")


def animacare_agency():
    uid = "vtl-2026-0412-claire-dubois@vettalents.fr"
    d = esc(
        "Bonjour Claire,\n\nComme évoqué, notre client AnimaCare France souhaite vous rencontrer pour le poste "
        "de Directrice médicale régionale Auvergne-Rhône-Alpes (12 cliniques). Vous serez reçue par "
        "Mme Sandrine Weber, Directrice des opérations France, et le Dr Paul Lemaire, directeur médical national.\n"
        "Je ne participerai pas à l'entretien mais je vous appelle juste après pour un débrief.\n\n"
        "Adresse : AnimaCare France, 8 quai Perrache, 69002 Lyon – 3e étage.\n\n"
        "Bien à vous,\nAurélie Lambert – VetTalents, cabinet de recrutement vétérinaire"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260403T120501Z
        DTSTART;TZID=Europe/Paris:20260414T090000
        DTEND;TZID=Europe/Paris:20260414T103000
        SUMMARY:Entretien AnimaCare France – Directrice médicale régionale AURA
        LOCATION:8 quai Perrache\\, 69002 Lyon
        ORGANIZER;CN=Aurélie Lambert (VetTalents):mailto:a.lambert@vettalents.fr
        ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Sandrine Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandrine.weber@animacare.fr
        ATTENDEE;CN=Paul Lemaire;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paul.lemaire@animacare.fr
        DESCRIPTION:{d}
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
    """, prodid="-//VetTalents//Agenda consultants 2.3//FR", tzs=("Europe/Paris",))
    return "agency-names-employer-fr", ics, label(
        uid, 1, "AnimaCare France", "Directrice médicale régionale Auvergne-Rhône-Alpes", "",
        "sandrine.weber@animacare.fr;paul.lemaire@animacare.fr", "agency-client-named-fr")


def vetapolis_recurring():
    uid = "ee1b5c47-3a0f-4d2e-9b61-vetapolis-immersion"
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260320T094410Z
        DTSTART;TZID=Europe/Brussels:20260407T083000
        DTEND;TZID=Europe/Brussels:20260407T170000
        RRULE:FREQ=DAILY;COUNT=2
        SUMMARY:Vetapolis – journées d'immersion (recrutement chef de clinique)
        LOCATION:Clinique Vetapolis Namur\\, chaussée de Louvain 412\\, 5004 Bouge
        ORGANIZER;CN=Dr Marie Janssens:mailto:marie.janssens@vetapolis.be
        ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:{USER_FREE}
        ATTENDEE;CN=Dr Thomas Dupont;PARTSTAT=ACCEPTED:mailto:thomas.dupont@vetapolis.be
        DESCRIPTION:{esc("Deux journées d'immersion dans le cadre de votre candidature au poste de chef de clinique")}
        >{esc(" : consultations en binôme avec le Dr Dupont, puis entretien de fin de journée avec moi-même.")}
        SEQUENCE:0
        END:VEVENT
        BEGIN:VEVENT
        UID:{uid}
        RECURRENCE-ID;TZID=Europe/Brussels:20260408T083000
        DTSTAMP:20260401T151200Z
        DTSTART;TZID=Europe/Brussels:20260408T100000
        DTEND;TZID=Europe/Brussels:20260408T180000
        SUMMARY:Vetapolis – journée d'immersion J2 (démarrage 10h)
        LOCATION:Clinique Vetapolis Namur\\, chaussée de Louvain 412\\, 5004 Bouge
        ORGANIZER;CN=Dr Marie Janssens:mailto:marie.janssens@vetapolis.be
        ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:{USER_FREE}
        ATTENDEE;CN=Dr Thomas Dupont;PARTSTAT=ACCEPTED:mailto:thomas.dupont@vetapolis.be
        DESCRIPTION:{esc("J2 décalé à 10h (chirurgie programmée le matin). Entretien final avec Dr Janssens à 17h.")}
        SEQUENCE:1
        END:VEVENT
    """, prodid="-//Nextcloud calendar v4.6.2//EN", tzs=("Europe/Brussels",))
    return "recurring-override-be", ics, label(
        uid, 1, "Vetapolis", "chef de clinique", "onsite",
        "marie.janssens@vetapolis.be;thomas.dupont@vetapolis.be", "recurring-override-immersion-fr-be")


def kynos_cancel():
    uid = "040000008200E00074C5B7101A82E00800000000D06E1B42A2B2DC0100000000000000001000000092F7"
    d = esc(
        "Bonjour Madame Dubois,\n\nNous sommes au regret de devoir annuler l'entretien prévu pour le poste de "
        "Vétérinaire conseil – nutrition clinique. Le recrutement est suspendu pour le moment ; nous reviendrons "
        "vers vous dès sa réouverture.\n\nCordialement,\nLaura Peeters\nHR Business Partner – Kynos Nutrition"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Peeters, Laura":mailto:laura.peeters@kynos-nutrition.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dubois, Claire":mailto:{USER_FREE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="De Smet, Koen":mailto:koen.desmet@kynos-nutrition.com
        DESCRIPTION;LANGUAGE=fr-BE:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-BE:Annulé : Entretien – Vétérinaire conseil nutrition clinique
        DTSTART;TZID=Romance Standard Time:20260409T140000
        DTEND;TZID=Romance Standard Time:20260409T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260402T081530Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=fr-BE:Kynos Nutrition\\, Gent – salle Leie
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
    """, prodid=OUTLOOK, method="CANCEL", tzs=("Romance Standard Time",))
    return "outlook-cancel-be", ics, label(
        uid, 1, "Kynos Nutrition", "Vétérinaire conseil – nutrition clinique", "",
        "koen.desmet@kynos-nutrition.com", "cancelled-method-cancel-fr")


def vetoptima_resched():
    uid = "1c2f7e9a-0d44-4b7c-9a8e-f3c0b5d61e27@vetoptima.fr"
    d = esc(
        "Bonjour Claire,\n\nComme convenu au téléphone, nous décalons notre entretien au mardi 24 mars à 18h15 "
        "(au lieu du jeudi 19). Même lien Zoom. Vous rencontrerez Dr Isabelle Moreau, directrice médicale, "
        "et moi-même.\n\nBonne journée,\nJulien Faure – Talent Acquisition Vétoptima\n\n"
        + zoom_fr("Julien Faure", "845 2219 0731", "b0ZkVmtQYkRvQXA")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        SEQUENCE:3
        DTSTAMP:20260317T104400Z
        DTSTART;TZID=Europe/Paris:20260324T181500
        DTEND;TZID=Europe/Paris:20260324T190000
        SUMMARY:[Reprogrammé] Entretien Vétoptima – Vétérinaire coordinateur·rice médical·e
        ORGANIZER;CN=Julien Faure:mailto:julien.faure@vetoptima.fr
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Isabelle Moreau;RSVP=TRUE:mailto:isabelle.moreau@vetoptima.fr
        LOCATION:https://us02web.zoom.us/j/84522190731
        DESCRIPTION:{d}
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Zoom Video Communications//Zoom Calendar//EN", tzs=("Europe/Paris",))
    return "rescheduled-zoom-fr", ics, label(
        uid, 1, "Vétoptima", "Vétérinaire coordinateur·rice médical·e", "",
        "isabelle.moreau@vetoptima.fr;julien.faure@vetoptima.fr", "rescheduled-sequence-zoom-fr")


def helvepharm_allday():
    uid = "B9C0D1E2-3F45-4A6B-8C7D-9E0F1A2B3C4D"
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260402T193012Z
        CREATED:20260402T193001Z
        DTSTART;VALUE=DATE:20260421
        DTEND;VALUE=DATE:20260422
        SUMMARY:Assessment day Helvepharm – Bâle
        LOCATION:Helvepharm Animal Health AG\\, Klybeckstrasse 141\\, 4057 Basel
        DESCRIPTION:Train 6h34 Lyon Part-Dieu. Présentation 20 min (EN) + panel + rencontre avec Dr. Keller. Passeport !
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
    """, prodid="-//Apple Inc.//macOS 14.4//EN", method=None, version_first=True, head=("CALSCALE:GREGORIAN",))
    return "allday-user-typed-ch", ics, label(
        uid, 1, "Helvepharm Animal Health", "", "onsite", "Dr. Keller", "allday-assessment-fr")


EVENTS = [
    vetalpes_screen, vetalpes_final, gvr_handtyped, chv_stex, nutrivet_ios, biolynx_tb, dermavet_direct,
    pawline_founder, animacare_agency, vetapolis_recurring, kynos_cancel, vetoptima_resched, helvepharm_allday,
]
