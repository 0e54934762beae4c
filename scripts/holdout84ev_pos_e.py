"""holdout84: the user's own interviews, part E (more rounds and odd formats)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, cal, esc, label


def gvr_noreply_stage_less():
    uid = "gvr-rdv-20260402-claire@gvr-veto.fr"
    d = esc(
        "Bonjour,\n\nLe Groupe Vétérinaire Rhodanien vous remercie pour votre venue. Comme convenu, nous vous "
        "proposons un nouveau rendez-vous avec Dr Fabre et Mme Lina Haddou (gérante) pour poursuivre nos "
        "échanges sur le poste de chef de clinique canine.\n\nSecrétariat de direction GVR"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260320T080000Z
        DTSTART;TZID=Europe/Paris:20260402T180000
        DTEND;TZID=Europe/Paris:20260402T190000
        SUMMARY:RDV GVR – suite de nos échanges
        ORGANIZER;CN=Direction GVR:mailto:direction@gvr-veto.fr
        ATTENDEE;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;CN=Bertrand Fabre:mailto:b.fabre@gvr-veto.fr
        ATTENDEE;CN=Lina Haddou:mailto:l.haddou@gvr-veto.fr
        LOCATION:Clinique de Villeurbanne
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Microsoft Corporation//Outlook for Mac 16.83//EN", tzs=("Europe/Paris",))
    return "direct-followup-fr", ics, label(
        uid, 1, "GVR", "chef de clinique canine", "", "b.fabre@gvr-veto.fr;l.haddou@gvr-veto.fr",
        "direct-no-interview-word-fr")


def dermavet_technical():
    uid = "040000008200E00074C5B7101A82E00800000000DERMA02DC01000000000000000010000000B1"
    tz = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    d = esc(
        "Bonjour Claire,\n\nSuite à notre premier entretien, je vous invite à Wavre pour la seconde étape : "
        "présentation de 20 minutes d'un cas de dermatite atopique canine (prise en charge, place de nos "
        "produits, communication aux praticiens), suivie de questions du Dr Sarah Dewulf (Medical Affairs) "
        "et de Benoît Lambotte (Marketing Manager).\n\nPieter"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        ORGANIZER;CN="Claes, Pieter":mailto:pieter.claes@dermavet.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dubois, Claire":mailto:{USER_FREE}
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dewulf, Sarah":mailto:sarah.dewulf@dermavet.be
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lambotte, Benoît":mailto:benoit.lambotte@dermavet.be
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Beamer WAV-2":mailto:beamer.wav2@dermavet.be
        DESCRIPTION;LANGUAGE=fr-BE:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-BE:Présentation cas clinique – Claire Dubois (2e entretien)
        DTSTART;TZID="{tz}":20260402T133000
        DTEND;TZID="{tz}":20260402T150000
        DTSTAMP:20260324T100000Z
        LOCATION;LANGUAGE=fr-BE:Dermavet Pharma\\, Avenue Lavoisier 5\\, 1300 Wavre
        SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
    """, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzs=(tz,))
    return "outlook-presentation-be", ics, label(
        uid, 1, "Dermavet Pharma", "", "technical",
        "pieter.claes@dermavet.be;sarah.dewulf@dermavet.be;benoit.lambotte@dermavet.be",
        "case-presentation-resource-fr-be")


def kynos_screen():
    uid = "kynos-hr-screen-20260320@kynos-nutrition.com"
    d = esc(
        "Dag Claire, bonjour !\n\nMerci pour votre candidature spontanée. Je vous propose un court appel vidéo "
        "pour faire connaissance et parler du poste de vétérinaire conseil en nutrition clinique (marché "
        "francophone).\n\nLaura Peeters – HR Business Partner, Kynos Nutrition NV\n"
        "https://meet.google.com/kyn-osnu-trx"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260316T080000Z
        DTSTART;TZID=Europe/Brussels:20260320T113000
        DTEND;TZID=Europe/Brussels:20260320T120000
        SUMMARY:Kennismaking / premier contact – Claire Dubois
        ORGANIZER;CN=Laura Peeters:mailto:laura.peeters@kynos-nutrition.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:https://meet.google.com/kyn-osnu-trx
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tzs=("Europe/Brussels",))
    return "screen-nl-fr-be", ics, label(
        uid, 1, "Kynos Nutrition", "vétérinaire conseil en nutrition clinique", "recruiter_screen",
        "laura.peeters@kynos-nutrition.com", "screen-bilingual-title-fr-be")


def urgenvet_oneway():
    uid = "ow-interview-5521-urgenvet@interview-platform.eu"
    d = esc(
        "Bonjour Claire,\n\nUrgenVet vous invite à un entretien vidéo différé : 6 questions, 2 minutes de "
        "réponse chacune, à enregistrer quand vous le souhaitez avant le 20 mars 23h59. Le créneau ci-dessous "
        "est un rappel, aucun recruteur ne sera connecté.\n\nPoste : Vétérinaire urgentiste – responsable "
        "de site (Lyon Est)\n\nLien personnel : https://app.interview-platform.eu/c/5521-8YH3"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260314T120000Z
        DTSTART;TZID=Europe/Paris:20260318T210000
        DTEND;TZID=Europe/Paris:20260318T213000
        SUMMARY:Entretien vidéo différé – UrgenVet
        ORGANIZER;CN=UrgenVet Recrutement:mailto:noreply@interview-platform.eu
        ATTENDEE;CN=Claire Dubois:mailto:{USER_FREE}
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Interview Platform//One-way video//FR", tzs=("Europe/Paris",))
    return "oneway-video-fr", ics, label(
        uid, 1, "UrgenVet", "Vétérinaire urgentiste – responsable de site (Lyon Est)", "recruiter_screen", "",
        "one-way-video-no-interviewer-fr")


def urgenvet_handtyped():
    uid = "urgenvet-claire-0412@laposte.net"
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260405T190000Z
        DTSTART;TZID=Europe/Paris:20260413T083000
        DTEND;TZID=Europe/Paris:20260413T100000
        SUMMARY:UrgenVet Bron - rencontre Dr Lacroix + visite (resp. site)
        LOCATION:UrgenVet Lyon Est\\, Bron
        DESCRIPTION:entretien en présentiel, après garde de nuit -> poser RTT
        END:VEVENT
    """, prodid="-//Thunderbird//Lightning 115//FR", method=None, tzs=("Europe/Paris",))
    return "handtyped-onsite-fr", ics, label(
        uid, 1, "UrgenVet", "", "onsite", "Dr Lacroix", "handtyped-visit-after-garde-fr")


def pawline_cofounder():
    uid = "calcom-pawline-Wq7Zr2NcF5"
    d = esc(
        "What: Pawline – rencontre Dr Inès Garnier (CMO) between Inès Garnier and Claire Dubois\n"
        "Invitee time zone: Europe/Paris\n\nWhere: Google Meet\n\n"
        "Additional notes: 2e échange suite à l'appel avec Maxime – cas de téléconsultation à discuter"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        SUMMARY:Pawline – rencontre Dr Inès Garnier (CMO) between Inès Garnier and Claire Dubois
        DTSTART:20260312T180000Z
        DTEND:20260312T184500Z
        DTSTAMP:20260306T200000Z
        ORGANIZER;CN=Inès Garnier:mailto:ines@pawline.vet
        ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:{USER_FREE}
        LOCATION:https://meet.google.com/paw-line-cmo
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Cal.com Inc.//Cal.com Event//EN", version_first=True)
    return "calcom-second-fr", ics, label(
        uid, 1, "Pawline", "", "", "ines@pawline.vet", "calcom-cofounder-fr")


EVENTS = [gvr_noreply_stage_less, dermavet_technical, kynos_screen, urgenvet_oneway, urgenvet_handtyped,
          pawline_cofounder]
