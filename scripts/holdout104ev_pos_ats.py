"""holdout104: the user's own interviews sent by ATS tools (Greenhouse, Lever, Ashby, Workday, GoodTime,
ModernLoop, SmartRecruiters, Personio, Teamtailor). Hand-written iCalendar; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("greenhouse-screen-en", ("Studio Boréal Interactif", "Senior Producer", "recruiter_screen",
                                          "marie-eve.gagnon@borealinteractif.com"), r"""
BEGIN:VEVENT
UID:gh-7731904-interview-4410293@greenhouse.io
DTSTART;TZID=America/Toronto:20260210T100000
DTEND;TZID=America/Toronto:20260210T103000
SUMMARY:Julien Bouchard <> Studio Boréal - Recruiter Screen
ORGANIZER;CN=Marie-Ève Gagnon:mailto:marie-eve.gagnon@borealinteractif.com
ATTENDEE;CN=Marie-Ève Gagnon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marie-eve.gagnon@borealinteractif.com
ATTENDEE;CN=Julien Bouchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@v
 ideotron.ca
DESCRIPTION:Hi Julien\,\n\nThanks for your interest in the Senior Producer role at Studio Boréal Interactif! T
 his 30-minute call is a chance to get to know each other\, talk about your background in live-ops production
  and answer your questions about the team.\n\nJoin Zoom Meeting\nhttps://borealinteractif.zoom.us/j/841209337
 10?pwd=Q2x1\nMeeting ID: 841 2093 3710\nPasscode: 552013\n\nScheduled via Greenhouse
LOCATION:https://borealinteractif.zoom.us/j/84120933710?pwd=Q2x1
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", tool="greenhouse", tz=("tor",)))

    out.append(ev("greenhouse-panel-fr-room-coordinator", ("Studio Boréal Interactif", "Producteur·rice senior",
                  "onsite",
                  "sebastien.lacroix@borealinteractif.com;nathalie.huot@borealinteractif.com;"
                  "k.oyelaran@borealinteractif.com"), r"""
BEGIN:VEVENT
UID:gh-7731904-interview-4410871@greenhouse.io
DTSTART;TZID=America/Toronto:20260303T090000
DTEND;TZID=America/Toronto:20260303T123000
SUMMARY:Entrevue sur place - Producteur·rice senior - Julien Bouchard
ORGANIZER;CN=Coordination talents Boréal:mailto:talents@borealinteractif.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Sébastien Lacroix;PARTSTAT=ACCEPTED:mailto:sebastien.lacroix@borealinteractif.com
ATTENDEE;CN=Nathalie Huot;PARTSTAT=ACCEPTED:mailto:nathalie.huot@borealinteractif.com
ATTENDEE;CN=Kemi Oyelaran;PARTSTAT=TENTATIVE:mailto:k.oyelaran@borealinteractif.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=MTL-3-Salle Aurore (12):mailto:mtl-3-aurore@resource.borealinteractif.com
ATTENDEE;CN=Coordination talents Boréal;ROLE=NON-PARTICIPANT:mailto:talents@borealinteractif.com
DESCRIPTION:Bonjour Julien\,\n\nVoici l'horaire de ta journée chez nous :\n09h00 - Accueil et visite du studio
  (Coordination talents)\n09h30 - Sébastien Lacroix\, directeur de production\n10h30 - Nathalie Huot\, product
 rice exécutive - présentation de ton portfolio de projets\n11h30 - Kemi Oyelaran\, lead design - collaboratio
 n avec les équipes créatives\n\nAdresse : 5445\, avenue de Gaspé\, bureau 300\, Montréal (QC) H2T 3B2. Présen
 te-toi à la réception du 3e étage.\n\nÀ bientôt !\nL'équipe Talents - Studio Boréal
LOCATION:5445\, avenue de Gaspé\, bureau 300\, Montréal - Salle Aurore
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
""", tool="greenhouse", tz=("tor",)))

    out.append(ev("greenhouse-hm-en", ("Studio Boréal Interactif", "Senior Producer", "hiring_manager",
                                      "vincent.ares@borealinteractif.com"), r"""
BEGIN:VEVENT
UID:gh-7731904-interview-4411502@greenhouse.io
DTSTART:20260219T193000Z
DTEND:20260219T201500Z
SUMMARY:Interview with Vincent Arès (Head of Production) - Julien Bouchard
ORGANIZER;CN=Marie-Ève Gagnon:mailto:marie-eve.gagnon@borealinteractif.com
ATTENDEE;CN=Vincent Arès;PARTSTAT=ACCEPTED:mailto:vincent.ares@borealinteractif.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Julien - you'll be meeting Vincent\, our Head of Production and the hiring manager for the Senior
  Producer opening. Expect to talk through how you run a milestone\, handle scope cuts and work with external
  partners.\n\nGoogle Meet: https://meet.google.com/vbq-xkta-pro\nOr dial: (CA) +1 438-600-2231 PIN: 771 340 9
 92#
LOCATION:Google Meet
END:VEVENT
""", tool="greenhouse"))

    out.append(ev("lever-hm-en", ("Ironbark Studios", "Development Director", "hiring_manager",
                                 "dana.whitfield@ironbarkstudios.com"), r"""
BEGIN:VEVENT
UID:lever-iv-0f3b2a61-9d4e-4c2a-8a7e-51c2a90d7e11
DTSTART;TZID=America/Toronto:20260212T140000
DTEND;TZID=America/Toronto:20260212T144500
SUMMARY:Interview: Julien Bouchard for Development Director (Hiring Manager)
ORGANIZER;CN=Ironbark Studios Recruiting:mailto:recruiting@ironbarkstudios.com
ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED:mailto:dana.whitfield@ironbarkstudios.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hi Julien\,\n\nYou're confirmed to speak with Dana Whitfield\, Studio Head\, about the Development
  Director position on our Toronto team (remote-friendly).\n\nVideo call: https://meet.google.com/iro-nbrk-dd1
 \n\nIf you need to reschedule please reply to this email.\n\n--\nSent by Lever on behalf of Ironbark Studios
LOCATION:https://meet.google.com/iro-nbrk-dd1
END:VEVENT
""", tool="lever", tz=("tor",)))

    out.append(ev("lever-cancelled-en", ("Ironbark Studios", "Development Director", "technical",
                                        "dana.whitfield@ironbarkstudios.com;raj.bhatt@ironbarkstudios.com"), r"""
BEGIN:VEVENT
UID:lever-iv-7c1d02b9-55aa-4f2e-9b1d-3e6a0c4f8b22
DTSTART;TZID=America/Toronto:20260224T110000
DTEND;TZID=America/Toronto:20260224T123000
SUMMARY:Canceled: Production Case Review - Julien Bouchard (Development Director)
ORGANIZER;CN=Ironbark Studios Recruiting:mailto:recruiting@ironbarkstudios.com
ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@ironbarkstudios.com
ATTENDEE;CN=Raj Bhatt:mailto:raj.bhatt@ironbarkstudios.com
ATTENDEE;CN=Julien Bouchard:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:This interview has been canceled. Your recruiter will follow up with a new time for the production
  case walkthrough with Dana Whitfield and Raj Bhatt.
SEQUENCE:3
STATUS:CANCELLED
END:VEVENT
""", tool="lever", method="CANCEL", tz=("tor",)))

    out.append(ev("ashby-screen-en", ("Luminaria Learning", "Senior Producer, Learning Games", "recruiter_screen",
                                     "priya.s@luminaria.io"), r"""
BEGIN:VEVENT
UID:ashby-interview-event-2f8e6b40-13c1-4d53-9a6e-8d0c4a1e5f90
DTSTART:20260205T160000Z
DTEND:20260205T163000Z
SUMMARY:Julien Bouchard / Luminaria - Intro call
ORGANIZER;CN=Priya Sundaram:mailto:priya.s@luminaria.io
ATTENDEE;CN=Priya Sundaram;PARTSTAT=ACCEPTED:mailto:priya.s@luminaria.io
ATTENDEE;CN=julien.bouchard.prod@videotron.ca;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Senior Producer\, Learning Games - Intro call with Priya (Talent Partner)\n\nWe'll cover your back
 ground\, what you're looking for\, compensation expectations and the interview process.\n\nZoom: https://lumi
 naria.zoom.us/j/93310482211\n\nPowered by Ashby
LOCATION:Zoom
END:VEVENT
""", tool="ashby"))

    out.append(ev("ashby-hm-en", ("Luminaria Learning", "Senior Producer, Learning Games", "hiring_manager",
                                 "ben.okafor@luminaria.io"), r"""
BEGIN:VEVENT
UID:ashby-interview-event-91a7d2c3-0b6e-42f1-b8e5-7aa3c1f06d24
DTSTART:20260217T150000Z
DTEND:20260217T155000Z
SUMMARY:Luminaria Learning: Hiring Manager Interview w/ Ben Okafor
ORGANIZER;CN=Luminaria Recruiting;SENT-BY="mailto:no-reply@ashbyhq.com":mailto:recruiting@luminaria.io
ATTENDEE;CN=Ben Okafor;PARTSTAT=ACCEPTED:mailto:ben.okafor@luminaria.io
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Role: Senior Producer\, Learning Games\nInterviewer: Ben Okafor (Director of Content Production)\n
 \nBen will dig into how you've shipped games with small cross-functional teams and how you'd partner with our
  curriculum designers.\n\nJoin: https://luminaria.zoom.us/j/95528104473
LOCATION:https://luminaria.zoom.us/j/95528104473
END:VEVENT
""", tool="ashby"))

    out.append(ev("ashby-final-en", ("Luminaria Learning", "Senior Producer, Learning Games", "final",
                                    "ben.okafor@luminaria.io;amelia.hart@luminaria.io;t.nguyen@luminaria.io"), r"""
BEGIN:VEVENT
UID:ashby-interview-event-c40e8f11-7d2a-4a9b-9f63-0e2b5d81aa07
DTSTART:20260305T143000Z
DTEND:20260305T170000Z
SUMMARY:Final Round - Julien Bouchard (Senior Producer\, Learning Games)
ORGANIZER;CN=Luminaria Recruiting;SENT-BY="mailto:no-reply@ashbyhq.com":mailto:recruiting@luminaria.io
ATTENDEE;CN=Julien Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Ben Okafor:mailto:ben.okafor@luminaria.io
ATTENDEE;CN=Amelia Hart:mailto:amelia.hart@luminaria.io
ATTENDEE;CN=Tuan Nguyen:mailto:t.nguyen@luminaria.io
ATTENDEE;CN=Priya Sundaram;ROLE=OPT-PARTICIPANT:mailto:priya.s@luminaria.io
DESCRIPTION:Agenda (all times Eastern):\n9:30 Case presentation to Ben Okafor & Amelia Hart (CEO)\n10:30 Cross
 -functional with Tuan Nguyen (Engineering Lead)\n11:15 Wrap-up with Priya (recruiting - optional\, not an int
 erview)\n\nZoom: https://luminaria.zoom.us/j/97013226680
LOCATION:Zoom
END:VEVENT
""", tool="ashby"))

    out.append(ev("workday-case-en-utc", ("Maplewood Learning", "Director, Game Development", "technical",
                                         "s.kowalczyk@maplewoodlearning.com;emma.roy@maplewoodlearning.com"), r"""
BEGIN:VEVENT
UID:WD-INT-20260226-000188341@myworkday.com
DTSTART:20260226T180000Z
DTEND:20260226T190000Z
SUMMARY:Interview Scheduled: Director\, Game Development (R-04412) - Case Presentation
ORGANIZER;CN=Maplewood Learning Talent Acquisition:mailto:maplewood@myworkday.com
ATTENDEE;CN=Stefan Kowalczyk;PARTSTAT=ACCEPTED:mailto:s.kowalczyk@maplewoodlearning.com
ATTENDEE;CN=Emma Roy;PARTSTAT=ACCEPTED:mailto:emma.roy@maplewoodlearning.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Candidate: Julien Bouchard\nJob Requisition: R-04412 Director\, Game Development\nInterview Type:
  Case Presentation (60 min)\nInterviewers: Stefan Kowalczyk\, VP Product; Emma Roy\, Sr. Manager Learning Des
 ign\n\nPlease prepare a 20-minute presentation of the take-home production case. Microsoft Teams link below.\
 n\n________________________________________________________________________________\nMicrosoft Teams meeting\
 nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 262 118 449 2
 03\nPasscode: 7dRk2x\n________________________________________________________________________________
LOCATION:Microsoft Teams Meeting
END:VEVENT
""", tool="workday"))

    out.append(ev("workday-phone-screen-en", ("Maplewood Learning", "Director, Game Development", "recruiter_screen",
                                             "k.barnes@maplewoodlearning.com"), r"""
BEGIN:VEVENT
UID:WD-INT-20260209-000186002@myworkday.com
DTSTART:20260209T203000Z
DTEND:20260209T210000Z
SUMMARY:Phone Screen - Director\, Game Development (R-04412)
ORGANIZER;CN=Maplewood Learning Talent Acquisition:mailto:maplewood@myworkday.com
ATTENDEE;CN=Kayla Barnes;PARTSTAT=ACCEPTED:mailto:k.barnes@maplewoodlearning.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Kayla Barnes (Talent Acquisition Partner) will call you at the number on your application: +1 514
  555 0142.
LOCATION:Phone
END:VEVENT
""", tool="workday"))

    out.append(ev("goodtime-virtual-onsite-en", ("Kitsune Forge", "Senior Producer", "onsite",
                  "hana.mori@kitsuneforge.ca;d.lapointe@kitsuneforge.ca;owen.mcrae@kitsuneforge.ca;"
                  "farah.aziz@kitsuneforge.ca"), r"""
BEGIN:VEVENT
UID:goodtime-5e07c1f4a8b94a1d8f2c@goodtime.io
DTSTART;TZID=America/Toronto:20260311T130000
DTEND;TZID=America/Toronto:20260311T170000
SUMMARY:Kitsune Forge Virtual Onsite - Julien Bouchard - Senior Producer
ORGANIZER;CN=Kitsune Forge Recruiting Coordination:mailto:scheduling@kitsuneforge.ca
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Hana Mori:mailto:hana.mori@kitsuneforge.ca
ATTENDEE;CN=Denis Lapointe:mailto:d.lapointe@kitsuneforge.ca
ATTENDEE;CN=Owen McRae:mailto:owen.mcrae@kitsuneforge.ca
ATTENDEE;CN=Farah Aziz:mailto:farah.aziz@kitsuneforge.ca
DESCRIPTION:Your virtual onsite schedule\n\n1:00 PM - 1:45 PM  Hana Mori\, Executive Producer - Production lea
 dership\n1:50 PM - 2:35 PM  Denis Lapointe\, Technical Director - Working with engineering\n2:45 PM - 3:30 PM
   Owen McRae\, Art Director - Creative partnership\n3:35 PM - 4:20 PM  Farah Aziz\, QA Manager - Quality & re
 lease\n\nAll sessions use the same Google Meet link: https://meet.google.com/kfg-onst-715\n\nCoordinated by G
 oodTime on behalf of Kitsune Forge. Your coordinator (Lou) will not be joining the interviews.
LOCATION:https://meet.google.com/kfg-onst-715
END:VEVENT
""", tool="goodtime", tz=("tor",)))

    out.append(ev("modernloop-hm-en", ("Cinder & Steel Interactive", "Sr. Producer", "hiring_manager",
                                      "marcus.lee@cinderandsteel.com"), r"""
BEGIN:VEVENT
UID:ml-evt-8842-31c9b7e0@modernloop.io
DTSTART;TZID=America/Toronto:20260218T113000
DTEND;TZID=America/Toronto:20260218T121500
SUMMARY:Interview: Julien Bouchard - Sr. Producer - Hiring Manager Round
ORGANIZER;CN=Tessa Lin (Recruiting Coordinator):mailto:tessa.lin@cinderandsteel.com
ATTENDEE;CN=Marcus Lee;PARTSTAT=ACCEPTED:mailto:marcus.lee@cinderandsteel.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Cinder & Steel Interactive\nPosition: Sr. Producer (Toronto / Remote Canada)\nInterviewer: Marcus
  Lee\, Game Director\n\nJoin Zoom: https://cinderandsteel.zoom.us/j/81004562278\n\nScheduled with ModernLoop
LOCATION:https://cinderandsteel.zoom.us/j/81004562278
END:VEVENT
""", tool="modernloop", tz=("tor",)))

    out.append(ev("modernloop-panel-en", ("Cinder & Steel Interactive", "Sr. Producer", "onsite",
                                         "marcus.lee@cinderandsteel.com;j.wu@cinderandsteel.com"), r"""
BEGIN:VEVENT
UID:ml-evt-9017-5d2a11fe@modernloop.io
DTSTART;TZID=America/Toronto:20260304T100000
DTEND;TZID=America/Toronto:20260304T120000
SUMMARY:C&S Panel - Julien B. (Sr. Producer)
ORGANIZER;CN=Tessa Lin (Recruiting Coordinator):mailto:tessa.lin@cinderandsteel.com
ATTENDEE;CN=Marcus Lee:mailto:marcus.lee@cinderandsteel.com
ATTENDEE;CN=Jenny Wu:mailto:j.wu@cinderandsteel.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=TO-Studio-Boardroom:mailto:to-boardroom@cinderandsteel.com
DESCRIPTION:Panel interview (2 hrs) at our Toronto studio - 214 King St W\, 4th floor. Marcus Lee and Jenny Wu
  (Live Ops Lead). Tessa will meet you in the lobby.
LOCATION:214 King St W\, Toronto\, ON - Boardroom
END:VEVENT
""", tool="modernloop", tz=("tor",)))

    out.append(ev("smartrecruiters-onsite-fr-qc", ("Fenrir Entertainment", "Producteur senior", "onsite",
                                                  "pascale.drouin@fenrir-ent.com;m.begin@fenrir-ent.com"), r"""
BEGIN:VEVENT
UID:sr-interview-64f1c2e9a0b3d7000123abcd
DTSTART;TZID=America/Montreal:20260225T093000
DTEND;TZID=America/Montreal:20260225T120000
SUMMARY:Entrevue / Interview - Producteur senior (Québec) - Julien Bouchard
ORGANIZER;CN=Fenrir Entertainment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Pascale Drouin:mailto:pascale.drouin@fenrir-ent.com
ATTENDEE;CN=Mathieu Bégin:mailto:m.begin@fenrir-ent.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\,\n\nNous avons le plaisir de vous recevoir à notre studio de Québec pour une entre
 vue en personne avec Pascale Drouin (directrice de production) et Mathieu Bégin (directeur créatif)\, suivie
  d'une visite du studio.\n\nAdresse : 355\, rue du Marais\, Québec (Québec) G1M 3N8\nStationnement gratuit à
  l'arrière.\n\n---\nHello Julien\, we look forward to meeting you in person at our Québec City studio.
LOCATION:355\, rue du Marais\, Québec (QC)
END:VEVENT
""", tool="smartr", tz=("mtl",)))

    out.append(ev("smartrecruiters-rescheduled-final-fr", ("Fenrir Entertainment", "Producteur senior", "final",
                                                          "l.carrier@fenrir-ent.com"), r"""
BEGIN:VEVENT
UID:sr-interview-64f1c2e9a0b3d7000129ef01
DTSTART;TZID=America/Montreal:20260310T150000
DTEND;TZID=America/Montreal:20260310T154500
SUMMARY:Mis à jour : Entrevue finale avec Louis Carrier (VP Studio) - Producteur senior
ORGANIZER;CN=Fenrir Entertainment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Louis Carrier:mailto:l.carrier@fenrir-ent.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Votre entrevue a été déplacée au mardi 10 mars à 15 h (au lieu du lundi 9 mars). Rencontre virtuel
 le Teams avec Louis Carrier\, vice-président studio.\n\nRéunion Microsoft Teams\nRejoindre sur votre ordinate
 ur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 281 3
 39 017 552\nCode secret : Hx7pQ2
SEQUENCE:2
LOCATION:Réunion Microsoft Teams
END:VEVENT
""", tool="smartr", tz=("mtl",)))

    out.append(ev("personio-hm-de", ("Wunderkammer Spiele", "Senior Producer (m/w/d)", "hiring_manager",
                                    "katrin.vogel@wunderkammer-spiele.de"), r"""
BEGIN:VEVENT
UID:personio-appointment-3318842-wunderkammer
DTSTART;TZID=Europe/Berlin:20260216T160000
DTEND;TZID=Europe/Berlin:20260216T170000
SUMMARY:Zweitgespräch: Senior Producer (m/w/d) - Studio Montréal - Julien Bouchard
ORGANIZER;CN=Wunderkammer Spiele GmbH:mailto:jobs@wunderkammer-spiele.de
ATTENDEE;CN=Katrin Vogel;PARTSTAT=ACCEPTED:mailto:katrin.vogel@wunderkammer-spiele.de
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hallo Julien\,\n\nvielen Dank für das angenehme erste Gespräch. Im zweiten Gespräch lernst du Katr
 in Vogel kennen\, unsere Studioleiterin und künftige Vorgesetzte für das neue Studio in Montréal. Das Gespräc
 h findet auf Englisch statt.\n\nZugangsdaten Microsoft Teams:\nJetzt an der Besprechung teilnehmen\nBesprechu
 ngs-ID: 318 550 912 404\nPasscode: aZ3k9w\n\nViele Grüße\nDein Wunderkammer People Team\n\nDiese Einladung wu
 rde über Personio versendet.
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
""", tool="personio", tz=("ber",)))

    out.append(ev("personio-screen-de-utc", ("Wunderkammer Spiele", "Senior Producer (m/w/d)", "recruiter_screen",
                                            "lena.hofmann@wunderkammer-spiele.de"), r"""
BEGIN:VEVENT
UID:personio-appointment-3301170-wunderkammer
DTSTART:20260204T150000Z
DTEND:20260204T153000Z
SUMMARY:Kennenlerngespräch | Wunderkammer Spiele x Julien Bouchard
ORGANIZER;CN=Lena Hofmann:mailto:lena.hofmann@wunderkammer-spiele.de
ATTENDEE;CN=Lena Hofmann;PARTSTAT=ACCEPTED:mailto:lena.hofmann@wunderkammer-spiele.de
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Telefonisches Kennenlernen (30 Min.) mit Lena Hofmann\, Talent Acquisition. Wir rufen dich unter +
 1 514 555 0142 an.\n\nStelle: Senior Producer (m/w/d)\, Standort Montréal
LOCATION:Telefon
END:VEVENT
""", tool="personio"))

    out.append(ev("teamtailor-screen-fr-paris", ("Nuit Blanche Games", "Senior Producer", "recruiter_screen",
                                                "ines.bertrand@nuitblanche.games"), r"""
BEGIN:VEVENT
UID:teamtailor-meeting-99127345@teamtailor.com
DTSTART:20260211T140000Z
DTEND:20260211T143000Z
SUMMARY:Premier échange - Senior Producer (Full remote) - Nuit Blanche
ORGANIZER;CN=Inès Bertrand:mailto:ines.bertrand@nuitblanche.games
ATTENDEE;CN=Inès Bertrand;PARTSTAT=ACCEPTED:mailto:ines.bertrand@nuitblanche.games
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\,\n\nMerci pour votre candidature ! Je vous propose un premier échange de 30 minute
 s pour faire connaissance et vous présenter le studio et le poste.\n\nRejoindre avec Google Meet : https://me
 et.google.com/nbg-prem-ech\n\nÀ très vite\,\nInès - Talent Acquisition\, Nuit Blanche Games (Paris)
LOCATION:Google Meet
END:VEVENT
""", tool="teamtailor"))

    out.append(ev("teamtailor-case-fr-paris", ("Nuit Blanche Games", "Senior Producer", "technical",
                                              "arnaud.feral@nuitblanche.games;ines.bertrand@nuitblanche.games"), r"""
BEGIN:VEVENT
UID:teamtailor-meeting-99201877@teamtailor.com
DTSTART;TZID=Europe/Paris:20260226T170000
DTEND;TZID=Europe/Paris:20260226T181500
SUMMARY:Cas pratique - restitution | Julien Bouchard
ORGANIZER;CN=Nuit Blanche Games;SENT-BY="mailto:noreply@teamtailor.com":mailto:jobs@nuitblanche.games
ATTENDEE;CN=Arnaud Féral:mailto:arnaud.feral@nuitblanche.games
ATTENDEE;CN=Inès Bertrand:mailto:ines.bertrand@nuitblanche.games
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Restitution de votre cas pratique (planning de production d'une mise à jour saisonnière) devant Ar
 naud Féral\, directeur de production\, et Inès Bertrand. 20 min de présentation puis questions.\n\nLien visio
  : https://meet.google.com/nbg-cas-prat
LOCATION:Visio
END:VEVENT
""", tool="teamtailor", tz=("par",)))
    return out
