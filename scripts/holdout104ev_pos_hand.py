"""holdout104: more of the user's own interviews: hand-typed entries, a floating X-WR-TIMEZONE export, a
recurring interview series with a moved occurrence, Spanish and agency invites. Hand-written; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev

XWR = "X-WR-CALNAME:julien.bouchard.prod@videotron.ca\nX-WR-TIMEZONE:America/Toronto"


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("handtyped-floating-phone-fr", ("Saison Froide Studio", "", "recruiter_screen", "Amélie Fortin"), r"""
BEGIN:VEVENT
UID:2b91d04c-77e3-4f0a-8c5d-6e1f93a2b7c0
DTSTART:20260213T091500
DTEND:20260213T094500
SUMMARY:Entrevue Saison Froide (tél.)
DESCRIPTION:Amélie Fortin (RH) appelle sur le cell. Poste prod senior. Relire leur post LinkedIn sur Rimeland avant.
END:VEVENT
""", tool="tbird", method=None))

    out.append(ev("direct-google-takehome-debrief-en", ("Corbeau Studio", "Senior Producer", "technical",
                                                       "ncharbonneau@corbeau.studio"), r"""
BEGIN:VEVENT
UID:7hs2k9d3m1q0w8e4r6t5y2u1i7@google.com
DTSTART;TZID=America/Toronto:20260225T160000
DTEND;TZID=America/Toronto:20260225T170000
SUMMARY:Corbeau // Julien - take-home debrief
ORGANIZER;CN=Noémie Charbonneau:mailto:ncharbonneau@corbeau.studio
ATTENDEE;CN=Noémie Charbonneau;PARTSTAT=ACCEPTED:mailto:ncharbonneau@corbeau.studio
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hey Julien - let's go through your take-home (the roadmap + risk register for the console port). I
 'm the hiring manager for the Senior Producer role\, but this one is mostly about the exercise itself. 1 hour
 \, Google Meet.\n\nJoin with Google Meet\nmeet.google.com/crb-wxqz-tkh
LOCATION:
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("google-export-xwr-floating-screen-fr", ("Lanterne Rouge Jeux", "Producteur·rice senior",
                                                          "recruiter_screen", "rh@lanternerouge.games"), r"""
BEGIN:VEVENT
UID:4c2n8v6b0m3x1z7a5s9d2f4g6h@google.com
DTSTART:20260206T100000
DTEND:20260206T103000
SUMMARY:Lanterne Rouge - entrevue RH
ORGANIZER;CN=RH Lanterne Rouge:mailto:rh@lanternerouge.games
ATTENDEE;CN=RH Lanterne Rouge;PARTSTAT=ACCEPTED:mailto:rh@lanternerouge.games
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Entrevue téléphonique avec l'équipe RH pour le poste de producteur·rice senior.
LOCATION:Téléphone
END:VEVENT
""", tool="google", method="PUBLISH", head=XWR))

    out.append(ev("recurring-panel-override-fr", ("Lanterne Rouge Jeux", "Producteur·rice senior", "onsite",
                  "olivier.masse@lanternerouge.games;julie.cote@lanternerouge.games"), r"""
BEGIN:VEVENT
UID:9f1e2d3c4b5a6978lrj-blocs@google.com
DTSTART;TZID=America/Toronto:20260223T130000
DTEND;TZID=America/Toronto:20260223T143000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Lanterne Rouge - bloc d'entrevues (panel) - Julien Bouchard
ORGANIZER;CN=Olivier Massé:mailto:olivier.masse@lanternerouge.games
ATTENDEE;CN=Olivier Massé;PARTSTAT=ACCEPTED:mailto:olivier.masse@lanternerouge.games
ATTENDEE;CN=Julie Côté;PARTSTAT=ACCEPTED:mailto:julie.cote@lanternerouge.games
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Deux blocs de rencontres au studio (1re journée : production\, 2e journée : direction créative). A
 vec Olivier Massé (directeur de production) et Julie Côté (directrice créative).
LOCATION:Lanterne Rouge Jeux\, 3575 boul. Saint-Laurent\, Montréal
SEQUENCE:1
END:VEVENT
BEGIN:VEVENT
UID:9f1e2d3c4b5a6978lrj-blocs@google.com
RECURRENCE-ID;TZID=America/Toronto:20260224T130000
DTSTART;TZID=America/Toronto:20260224T150000
DTEND;TZID=America/Toronto:20260224T163000
SUMMARY:Lanterne Rouge - bloc d'entrevues (panel) - Julien Bouchard [déplacé 15h]
ORGANIZER;CN=Olivier Massé:mailto:olivier.masse@lanternerouge.games
ATTENDEE;CN=Olivier Massé;PARTSTAT=ACCEPTED:mailto:olivier.masse@lanternerouge.games
ATTENDEE;CN=Julie Côté;PARTSTAT=ACCEPTED:mailto:julie.cote@lanternerouge.games
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bloc 2 déplacé à 15h (Julie en playtest le matin).
LOCATION:Lanterne Rouge Jeux\, 3575 boul. Saint-Laurent\, Montréal
SEQUENCE:2
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("direct-google-ceo-final-en", ("Meute Games", "Development Director", "final",
                                                "seb@meute.gg"), r"""
BEGIN:VEVENT
UID:2ls8d1k5j9h3g7f0q4w6e2r8t1@google.com
DTSTART;TZID=America/Toronto:20260316T120000
DTEND;TZID=America/Toronto:20260316T130000
SUMMARY:Meute x Julien - Dev Director chat w/ Seb
ORGANIZER;CN=Sébastien Dion:mailto:seb@meute.gg
ATTENDEE;CN=Sébastien Dion;PARTSTAT=ACCEPTED:mailto:seb@meute.gg
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Last step before an offer for the Development Director job - lunch with me (CEO) at Le Virunga? If
  it works I'll book for 2. No prep needed\, just want to see how we'd work together.
LOCATION:Restaurant Le Virunga\, 851 Rachel E\, Montréal
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("direct-google-screen-fr-brand", ("Meute Games", "Development Director", "recruiter_screen",
                                                   "talents@meute.gg"), r"""
BEGIN:VEVENT
UID:5kw2j8h1g4f7d0s3a6z9x2c5v8@google.com
DTSTART;TZID=America/Toronto:20260203T143000
DTEND;TZID=America/Toronto:20260203T150000
SUMMARY:Meute - premier appel (Dev Director)
ORGANIZER;CN=Talents Meute:mailto:talents@meute.gg
ATTENDEE;CN=Talents Meute;PARTSTAT=ACCEPTED:mailto:talents@meute.gg
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\, merci pour ta candidature au poste de Development Director chez Meute! Premier ap
 pel de 30 min avec notre équipe talents.\n\nRejoindre avec Google Meet\nmeet.google.com/mte-prem-apl
LOCATION:
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("google-meet-screen-es", ("Estudio Tramontana", "Productor Sénior", "recruiter_screen",
                                           "lucia.ferrer@tramontana.games"), r"""
BEGIN:VEVENT
UID:8ab3c5d7e9f1g2h4j6k8m0n2p4@google.com
DTSTART;TZID=Europe/Paris:20260218T180000
DTEND;TZID=Europe/Paris:20260218T183000
SUMMARY:Entrevista - Productor Sénior (Montreal) - Julien Bouchard
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@tramontana.games
ATTENDEE;CN=Lucía Ferrer;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@tramontana.games
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hola Julien\,\n\nGracias por tu interés en el puesto de Productor Sénior para nuestro nuevo estudi
 o en Montreal. Te propongo una primera llamada de 30 minutos para conocernos (podemos hablar en inglés o fran
 cés si lo prefieres).\n\nUnirse con Google Meet\nmeet.google.com/trm-entr-mtl\n\nUn saludo\,\nLucía Ferrer -
  Talent Acquisition\, Estudio Tramontana (Barcelona)
LOCATION:
END:VEVENT
""", tool="google", tz=("par",)))

    out.append(ev("outlook-utc-offset-zone-hm-en", ("Pixelfjord Games", "Senior Producer", "hiring_manager",
                                                   "ingrid.solberg@pixelfjord.com"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000005B7E1A9C2E94DC01000000000000000010000000F0E1D2C3B4A5968778695A4B
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260211T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260211T134500
SUMMARY:Interview - Senior Producer - Pixelfjord
ORGANIZER;CN="Solberg, Ingrid":mailto:ingrid.solberg@pixelfjord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.bouchard.prod@videotron.ca:mailto:juli
 en.bouchard.prod@videotron.ca
DESCRIPTION:Hi Julien\,\n\nI lead production at our Québec City studio and I'm hiring for the Senior Producer
  position. Let's talk for 45 minutes about your experience.\n\n______________________________________________
 __________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devic
 e\nClick here to join the meeting\nMeeting ID: 233 870 441 092\nPasscode: pF9x3Q\nDownload Teams | Join on th
 e web\n________________________________________________________________________________
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", tool="outlook", tz=("utc5",)))

    out.append(ev("outlook-takehome-presentation-en", ("Pixelfjord Games", "Senior Producer", "technical",
                  "ingrid.solberg@pixelfjord.com;yannick.fortier@pixelfjord.com"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000007C2D4F6A8B96DC0100000000000000001000000011AA22BB33CC44DD55EE66FF
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260303T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260303T151500
SUMMARY:Pixelfjord - Production case presentation (J. Bouchard)
ORGANIZER;CN="Solberg, Ingrid":mailto:ingrid.solberg@pixelfjord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Bouchard, Julien":mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fortier, Yannick":mailto:yannick.fortier@pixelfjord.com
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Talent, Pixelfjord":mailto:talent@pixelfjord.com
DESCRIPTION:Please present your take-home case (milestone plan for a 40-person team\, 18 months) to Ingrid Sol
 berg and Yannick Fortier (Technical Director). 30 min presentation + 45 min Q&A. The talent team is copied fo
 r logistics only.\n\nMicrosoft Teams meeting\nMeeting ID: 294 551 807 336\nPasscode: Wq4r8N
LOCATION:Microsoft Teams Meeting
END:VEVENT
""", tool="outlook", tz=("utc5",)))

    out.append(ev("agency-company-body-only-fr", ("Brume Numérique", "Producteur senior", "",
                                                 "v.lefebvre@brume.ca"), r"""
BEGIN:VEVENT
UID:TL-20260220-8841-jbouchard@talentsludiques.com
DTSTART;TZID=America/Toronto:20260220T133000
DTEND;TZID=America/Toronto:20260220T143000
SUMMARY:Rencontre client - Producteur senior (mandat TL-8841)
ORGANIZER;CN=Geneviève Proulx:mailto:genevieve@talentsludiques.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Vincent Lefebvre:mailto:v.lefebvre@brume.ca
ATTENDEE;CN=Geneviève Proulx;ROLE=NON-PARTICIPANT:mailto:genevieve@talentsludiques.com
DESCRIPTION:Bonjour Julien\,\n\nTel que convenu\, voici l'invitation pour ta rencontre avec notre client Brume
  Numérique. Tu rencontreras Vincent Lefebvre\, directeur de studio\, dans leurs bureaux de Griffintown. Je ne
  serai pas présente - appelle-moi après pour me donner tes impressions!\n\nGeneviève Proulx\nConseillère prin
 cipale\, Talents Ludiques inc. - recrutement jeu vidéo & VFX
LOCATION:1010 rue Ottawa\, Montréal
END:VEVENT
""", tool="outlook", tz=("tor",)))

    out.append(ev("outlook-utc1-paris-final-fr", ("Gobelin Interactive", "Producteur·rice senior", "final",
                                                 "h.marchal@gobelin-interactive.fr;thomas.rigal@gobelin-interactive.fr"),
                  r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010000000GOBELINFINALJB0311
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260311T160000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260311T170000
SUMMARY;LANGUAGE=fr-FR:Entretien final avec Hélène Marchal - Gobelin
ORGANIZER;CN="Rigal, Thomas":mailto:thomas.rigal@gobelin-interactive.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Bouchard:mailto:julien.bouchard.prod@
 videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Marchal, Hélène":mailto:h.marchal@gobelin-interactive.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nDernière étape pour le poste de producteur·rice senior : un
  entretien avec Hélène Marchal\, notre directrice générale\, et moi-même. Nous tiendrons compte du décalage
  horaire (10h à Montréal).\n\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile
  ou appareil de salle\nID de la réunion : 371 220 948 115\nCode secret : gB5tR8\n\nThomas Rigal\nHead of P
 roduction - Gobelin Interactive
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", tool="outlook", tz=("utc1",)))
    return out
