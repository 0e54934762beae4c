"""holdout104: the user's own interviews sent directly by employees, founders and agencies (Google, Outlook /
Exchange, Apple, Thunderbird). Hand-written iCalendar; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("direct-google-hm-fr-qc", ("Carcajou Games", "Producteur senior", "hiring_manager",
                                            "etienne.roy@carcajou.qc.ca"), r"""
BEGIN:VEVENT
UID:1pq7e0c9r3m2n5b8v4x6z1a0s9@google.com
DTSTART;TZID=America/Toronto:20260209T130000
DTEND;TZID=America/Toronto:20260209T134500
SUMMARY:Julien / Carcajou - jasette avec Étienne
ORGANIZER;CN=Étienne Roy:mailto:etienne.roy@carcajou.qc.ca
ATTENDEE;CN=Étienne Roy;PARTSTAT=ACCEPTED:mailto:etienne.roy@carcajou.qc.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Salut Julien!\n\nMerci pour ton CV. Comme je te disais par courriel\, je suis le directeur du stud
 io et c'est moi qui embauche pour le poste de producteur senior sur notre prochain projet. On jase 45 minutes
  de ton parcours et de comment tu vois le rôle?\n\nRejoindre avec Google Meet\nmeet.google.com/cjq-ptxw-hre\n
 Rejoindre par téléphone\n(CA) +1 647-555-0187 NIP : 284 117 903#\n\nÉtienne
LOCATION:
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("handtyped-allday-onsite-fr", ("Carcajou Games", "", "onsite", "Étienne Roy;Nadia Tremblay"), r"""
BEGIN:VEVENT
UID:8C4F21D7-3E6A-4B91-A2F0-5D8E7C1B9A36
DTSTART;VALUE=DATE:20260305
DTEND;VALUE=DATE:20260306
SUMMARY:Carcajou - journée sur place à Québec 🚗
DESCRIPTION:Départ 6h30. Rencontres avec Étienne Roy (dir. studio) + Nadia Tremblay (prod exec)\, playtest du vert
 ical slice\, dîner avec l'équipe. Apporter portfolio imprimé. Stationnement rue Saint-Vallier.
LOCATION:Carcajou Games\, 620 boul. Charest E\, Québec
TRANSP:TRANSPARENT
CREATED:20260224T021155Z
END:VEVENT
""", tool="ios", method=None))

    out.append(ev("founder-gmail-hm-fr", ("Velvet Kraken", "Producteur exécutif", "hiring_manager",
                                         "gab.ostiguy@gmail.com"), r"""
BEGIN:VEVENT
UID:3bm9t6l1k0f2h8d7c5j4g1s2a3@google.com
DTSTART;TZID=America/Toronto:20260216T190000
DTEND;TZID=America/Toronto:20260216T200000
SUMMARY:Entrevue - Producteur exécutif (Velvet Kraken)
ORGANIZER;CN=Gabriel Ostiguy:mailto:gab.ostiguy@gmail.com
ATTENDEE;CN=Gabriel Ostiguy;PARTSTAT=ACCEPTED:mailto:gab.ostiguy@gmail.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Yo Julien\, comme on est juste 9 au studio je fais les entrevues moi-même (désolé pour l'adresse g
 mail!). On parle du poste de producteur exécutif\, du financement FMC/SODEC et de la sortie Early Access.\n\n
 https://meet.google.com/vkr-exec-prd
LOCATION:https://meet.google.com/vkr-exec-prd
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("agency-names-employer-en", ("Northstar Immersive", "Senior Producer (XR)", "",
                                              "olivia.grant@nsimmersive.com"), r"""
BEGIN:VEVENT
UID:QTP-INT-2026-0211-JB@questtalent.ca
DTSTART;TZID=Eastern Standard Time:20260217T160000
DTEND;TZID=Eastern Standard Time:20260217T164500
SUMMARY:Interview: Northstar Immersive - Senior Producer (XR) - Julien Bouchard
ORGANIZER;CN="Fraser, Kyle":mailto:kyle.fraser@questtalent.ca
ATTENDEE;CN="Bouchard, Julien";RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN="Grant, Olivia";RSVP=TRUE:mailto:olivia.grant@nsimmersive.com
ATTENDEE;CN="Fraser, Kyle";ROLE=OPT-PARTICIPANT:mailto:kyle.fraser@questtalent.ca
DESCRIPTION:Hi Julien\,\n\nAs discussed\, my client Northstar Immersive would like to meet you for the Senior
  Producer (XR) role. You'll speak with Olivia Grant\, their Director of Production. I'll hop on for the first
  two minutes to make introductions and then drop off.\n\nTeams details below.\n\nKyle Fraser | Senior Talent
  Partner\, Games & Interactive\nQuest Talent Partners
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("agency-final-en-onsite-toronto", ("Northstar Immersive", "Senior Producer (XR)", "final",
                  "olivia.grant@nsimmersive.com;r.mendes@nsimmersive.com"), r"""
BEGIN:VEVENT
UID:QTP-INT-2026-0304-JB@questtalent.ca
DTSTART;TZID=Eastern Standard Time:20260312T100000
DTEND;TZID=Eastern Standard Time:20260312T130000
SUMMARY:FINAL - Northstar - Julien Bouchard (in person\, Toronto)
ORGANIZER;CN="Fraser, Kyle":mailto:kyle.fraser@questtalent.ca
ATTENDEE;CN="Bouchard, Julien";RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN="Grant, Olivia":mailto:olivia.grant@nsimmersive.com
ATTENDEE;CN="Mendes, Rafael":mailto:r.mendes@nsimmersive.com
DESCRIPTION:Final round at Northstar's Liberty Village office: Olivia Grant + Rafael Mendes (CEO). Northstar c
 overs the VIA Rail ticket from Montréal - keep your receipts for me. Good luck!\n\nKyle
LOCATION:Northstar Immersive\, 60 Atlantic Ave\, Toronto
END:VEVENT
""", tool="outlook", tz=("est",)))

    out.append(ev("outlook-exchange-hm-fr-altdesc", ("Hexacorde Divertissement", "Directeur(trice) du développement",
                                                    "hiring_manager", "chantal.bergeron@hexacorde.ca"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000030A8D9F11B96DC01000000000000000010000000B7C1E9F3A2D64A1B9E0C
DTSTART;TZID=Eastern Standard Time:20260219T100000
DTEND;TZID=Eastern Standard Time:20260219T110000
SUMMARY;LANGUAGE=fr-CA:Entrevue - Directeur(trice) du développement
ORGANIZER;CN="Bergeron, Chantal";SENT-BY="mailto:rh@hexacorde.ca":mailto:chantal.bergeron@hexacorde.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Bouchard:mailto:julien.bouchard.prod@v
 ideotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bergeron, Chantal":mailto:chantal.bergeron@h
 exacorde.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Julien\,\n\nTel que discuté avec notre équipe RH\, voici l'invitation pour
  l'entrevue avec moi pour le poste de directeur(trice) du développement chez HXD.\n\nAu plaisir\,\nChantal Be
 rgeron\nVice-présidente\, Développement\nHexacorde Divertissement\n\n________________________________________
 ________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, applicati
 on mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 247 905 118 630\nCo
 de secret : 8hT2mC\n________________________________________________________________________________
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Julien\,</p><p>Tel que discuté avec notre équipe RH\, voic
 i l'invitation pour l'entrevue avec moi pour le poste de directeur(trice) du développement chez HXD.</p><p>Ch
 antal Bergeron<br>Vice-présidente\, Développement</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
PRIORITY:5
CLASS:PUBLIC
END:VEVENT
""", tool="exchange", tz=("est",)))

    out.append(ev("outlook-rescheduled-final-fr-abbrev", ("Hexacorde Divertissement", "", "final",
                  "chantal.bergeron@hexacorde.ca;m.nakamura@hexacorde.ca"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F2C4A7E85A9ADC01000000000000000010000000D1A6C3B08E7F4C29A511
DTSTART;TZID=Eastern Standard Time:20260317T140000
DTEND;TZID=Eastern Standard Time:20260317T153000
SUMMARY;LANGUAGE=fr-CA:Entrevue finale (reportée) - HXD - J. Bouchard
ORGANIZER;CN="Bergeron, Chantal":mailto:chantal.bergeron@hexacorde.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bouchard, Julien":mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Nakamura, Mika":mailto:m.nakamura@hexacorde.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="HXD-MTL Salle Polyphonie":mailto:salle.polyphonie@hexacorde.ca
DESCRIPTION;LANGUAGE=fr-CA:Nouvelle date - désolée pour le changement de dernière minute! Dernière rencontre a
 u bureau avec Mika Nakamura (président) et moi. Salle Polyphonie\, 8e étage\, 1470 rue Peel.\n\nChantal
LOCATION;LANGUAGE=fr-CA:HXD-MTL Salle Polyphonie
SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", tool="exchange", tz=("est",)))

    out.append(ev("apple-ios-portfolio-fr", ("Rivière Noire Studios", "Producteur senior", "technical",
                                            "simon.paradis@icloud.com"), r"""
BEGIN:VEVENT
UID:A1F7C2D9-6B3E-4E80-9D15-0C7B2A84E6F3
DTSTART;TZID=America/Toronto:20260220T110000
DTEND;TZID=America/Toronto:20260220T120000
SUMMARY:Julien Bouchard - revue de portfolio
ORGANIZER;CN=Simon Paradis:mailto:simon.paradis@icloud.com
ATTENDEE;CN=Simon Paradis;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:simon.paradis@icloud.com
ATTENDEE;CN=julien.bouchard.prod@videotron.ca;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Revue de ton portfolio de projets pour le poste de producteur senior chez Rivière Noire. Prévois 3
 0 min pour nous présenter 2 projets livrés (budget\, équipe\, leçons). FaceTime ou on se voit au studio\, à t
 a guise.
LOCATION:Rivière Noire Studios\, 4200 boul. Saint-Laurent\, Montréal
URL;VALUE=URI:
SEQUENCE:0
END:VEVENT
""", tool="ios", tz=("tor",)))

    out.append(ev("apple-mac-hm-fr", ("Rivière Noire Studios", "Producteur senior", "hiring_manager",
                                     "simon.paradis@icloud.com;melanie@riviere-noire.com"), r"""
BEGIN:VEVENT
UID:5E02B8A4-91C7-4F3D-8A62-E7D4F1C03B95
DTSTART;TZID=America/Toronto:20260302T090000
DTEND;TZID=America/Toronto:20260302T100000
SUMMARY:RN - 2e rencontre Julien (avec Mélanie)
ORGANIZER;CN=Simon Paradis:mailto:simon.paradis@icloud.com
ATTENDEE;CN=Mélanie Girard;PARTSTAT=ACCEPTED:mailto:melanie@riviere-noire.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Deuxième rencontre pour le poste de producteur senior: Mélanie (cofondatrice\, ta future gestionna
 ire) et moi. Au studio.
LOCATION:4200 boul. Saint-Laurent\, Montréal
END:VEVENT
""", tool="mac", tz=("tor",)))

    out.append(ev("thunderbird-portfolio-en", ("Tundra Pixel Works", "Senior Producer", "technical",
                                              "aaron.belliveau@tundrapixel.com"), r"""
BEGIN:VEVENT
CREATED:20260205T201133Z
LAST-MODIFIED:20260205T201502Z
DTSTAMP:20260205T201502Z
UID:3b6f2c8e-0a14-4d7b-95e1-c7a2f4d90b18
SUMMARY:Portfolio review - Julien Bouchard (Senior Producer)
ORGANIZER;CN=Aaron Belliveau:mailto:aaron.belliveau@tundrapixel.com
ATTENDEE;RSVP=TRUE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:julien.bouchard.prod@v
 ideotron.ca
ATTENDEE;RSVP=FALSE;CN=Aaron Belliveau;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:aaron.belliveau@tundrapixel.com
DTSTART;TZID=America/Toronto:20260214T100000
DTEND;TZID=America/Toronto:20260214T110000
DESCRIPTION:Hi Julien\, as discussed - portfolio review for the Senior Producer opening at our Québec City stu
 dio. Please walk me through two shipped projects (scope\, team size\, what went wrong). Jitsi: https://meet.j
 it.si/TundraPixelPortfolioJB
LOCATION:https://meet.jit.si/TundraPixelPortfolioJB
X-MOZ-SEND-INVITATIONS:TRUE
END:VEVENT
""", tool="tbird", tz=("tor",)))

    out.append(ev("google-phone-screen-fr", ("Mosaïk Éducation", "Producteur principal, contenus", "recruiter_screen",
                                            "karine.dufour@mosaik-edu.ca"), r"""
BEGIN:VEVENT
UID:0vt4q8s2p6m1k9j3h7g5f2d8c4@google.com
DTSTART;TZID=America/Toronto:20260210T153000
DTEND;TZID=America/Toronto:20260210T160000
SUMMARY:Appel téléphonique - Julien Bouchard (poste Producteur principal\, contenus)
ORGANIZER;CN=Karine Dufour:mailto:karine.dufour@mosaik-edu.ca
ATTENDEE;CN=Karine Dufour;PARTSTAT=ACCEPTED:mailto:karine.dufour@mosaik-edu.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Premier appel de 30 minutes avec Karine (conseillère RH) pour faire connaissance. Je vous appelle
  au 514 555-0142.
LOCATION:Téléphone : 514 555-0142
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("outlook-final-fr-floating-mosaik", ("Mosaïk Éducation", "Producteur principal, contenus", "final",
                  "p.leclerc@mosaik-edu.ca;karine.dufour@mosaik-edu.ca"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F40B9BDC01000000000000000010000000AA12BC34DE56F7809ABC
DTSTART:20260318T100000
DTEND:20260318T110000
SUMMARY:Mosaïk - Entrevue finale - Julien Bouchard
ORGANIZER;CN="Leclerc, Patrick":mailto:p.leclerc@mosaik-edu.ca
ATTENDEE;CN="Bouchard, Julien";RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN="Dufour, Karine":mailto:karine.dufour@mosaik-edu.ca
DESCRIPTION:Entrevue finale avec Patrick Leclerc (directeur général) et Karine Dufour. Bureaux de Mosaïk\, 3e
  étage\, 1 Place Ville Marie.
LOCATION:1 Place Ville Marie\, bureau 3010
END:VEVENT
""", tool="outlook"))
    return out
