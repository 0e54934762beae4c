"""holdout104: the user's own interviews from schedulers and smaller ATS (Calendly, Cal.com, Microsoft Bookings,
Workable, iCIMS, SuccessFactors, Webex, Zoom, Welcome to the Jungle, BambooHR). Hand-written; CC0 1.0."""

from __future__ import annotations

from holdout104ev_ics import ev


def events() -> list[dict[str, object]]:
    out = []
    out.append(ev("calendly-screen-fr-company-in-body", ("Tablée Apprentissage", "Directeur de production",
                                                        "recruiter_screen", "sophie.lavoie@tablee.ca"), r"""
BEGIN:VEVENT
UID:calendly-3f2b8e71-24d1-4c5b-a0c2-7b1d9e6f0a44
DTSTART:20260206T143000Z
DTEND:20260206T150000Z
SUMMARY:Appel découverte (30 min) entre Sophie Lavoie et Julien Bouchard
ORGANIZER;CN=Sophie Lavoie:mailto:sophie.lavoie@tablee.ca
ATTENDEE;CN=Sophie Lavoie;PARTSTAT=ACCEPTED:mailto:sophie.lavoie@tablee.ca
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Événement : Appel découverte (30 min)\n\nPremier appel avec l'équipe d'acquisition de talents de T
 ablée Apprentissage pour le poste de Directeur de production (jeux éducatifs).\n\nEmplacement : Cet événement
  est une réunion Google Meet. https://meet.google.com/tab-lee-appel\n\nRéponses :\nNuméro de téléphone : +1 5
 14 555 0142\nLien LinkedIn : linkedin.com/in/julienbouchardprod\n\nPropulsé par Calendly.com
LOCATION:https://meet.google.com/tab-lee-appel
END:VEVENT
""", tool="calendly", method=None))

    out.append(ev("google-final-fr-edtech", ("Tablée Apprentissage", "Directeur de production", "final",
                                            "f.belanger@tablee.ca;sophie.lavoie@tablee.ca"), r"""
BEGIN:VEVENT
UID:6m3k1v2q8j0s7g4t5h9b3c1d0e@google.com
DTSTART;TZID=America/Toronto:20260313T100000
DTEND;TZID=America/Toronto:20260313T113000
SUMMARY:Tablée - dernière rencontre (Julien B.)
ORGANIZER;CN=François Bélanger:mailto:f.belanger@tablee.ca
ATTENDEE;CN=François Bélanger;PARTSTAT=ACCEPTED:mailto:f.belanger@tablee.ca
ATTENDEE;CN=Sophie Lavoie;PARTSTAT=ACCEPTED:mailto:sophie.lavoie@tablee.ca
ATTENDEE;CN=julien.bouchard.prod@videotron.ca;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Salut Julien\, dernière étape du processus pour le poste de directeur de production : rencontre av
 ec moi (cofondateur) et Sophie au bureau du Mile-Ex. On veut surtout parler de ta vision pour l'équipe\, et t
 u pourras poser toutes tes questions. Café fourni ☕\n\nFrançois
LOCATION:Tablée Apprentissage\, 7250 rue Marconi\, Montréal
END:VEVENT
""", tool="google", tz=("tor",)))

    out.append(ev("calcom-technical-fr", ("Écluse Games", "Producteur senior", "technical",
                                         "xavier.pelletier@eclusegames.com"), r"""
BEGIN:VEVENT
UID:calcom-booking-kq81RtWzP2x7nV3bHs@cal.com
DTSTART:20260220T150000Z
DTEND:20260220T160000Z
SUMMARY:Entrevue technique - cas de production between Xavier Pelletier and Julien Bouchard
ORGANIZER;CN=Xavier Pelletier:mailto:xavier.pelletier@eclusegames.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:What: Entrevue technique - cas de production between Xavier Pelletier and Julien Bouchard\nInvitee
  Time Zone: America/Toronto\nWho:\nXavier Pelletier - Organizer\nxavier.pelletier@eclusegames.com\nJulien Bou
 chard\njulien.bouchard.prod@videotron.ca\nWhere: Cal Video https://app.cal.com/video/kq81RtWzP2x7nV3bHs\nAddi
 tional notes: J'apporterai le Gantt et le budget du cas envoyé la semaine dernière.\n\nNeed to make a change?
  Cancel or reschedule
LOCATION:Cal Video
END:VEVENT
""", tool="calcom"))

    out.append(ev("calcom-onsite-en-fr-mixed", ("Écluse Games", "Producteur senior", "onsite",
                                               "xavier.pelletier@eclusegames.com;g.simard@eclusegames.com"), r"""
BEGIN:VEVENT
UID:calcom-booking-Zt5mQa92LcVh0PfYe1@cal.com
DTSTART:20260306T140000Z
DTEND:20260306T170000Z
SUMMARY:Onsite @ Écluse (studio tour + playtest + team lunch) between Xavier Pelletier and Julien Bouchard
ORGANIZER;CN=Xavier Pelletier:mailto:xavier.pelletier@eclusegames.com
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CN=Geneviève Simard;PARTSTAT=ACCEPTED:mailto:g.simard@eclusegames.com
DESCRIPTION:What: Onsite @ Écluse (studio tour + playtest + team lunch)\nWho:\nXavier Pelletier - Organizer\nG
 eneviève Simard (CEO)\nJulien Bouchard\nWhere: 1100 rue Wellington\, suite 210\, Montréal\nDescription: On te
  fait visiter\, tu joues au build courant et tu nous fais ton retour de prod\, ensuite entrevue avec Genevièv
 e.
LOCATION:1100 rue Wellington\, suite 210\, Montréal
END:VEVENT
""", tool="calcom"))

    out.append(ev("ms-bookings-screen-fr", ("Parcours Savoir", "Chargé(e) de projets - jeux éducatifs",
                                           "recruiter_screen", "recrutement@parcourssavoir.qc.ca"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0F1B23C7A96DC01000000000000000010000000E4F2B1C0D3A94B4E8C2F
DTSTART;TZID=Eastern Standard Time:20260212T090000
DTEND;TZID=Eastern Standard Time:20260212T093000
SUMMARY:Entrevue de présélection - Chargé(e) de projets - jeux éducatifs
ORGANIZER;CN=Parcours Savoir - Recrutement:mailto:recrutement@parcourssavoir.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Bouchard:mailto:julien.bouchard.prod@v
 ideotron.ca
DESCRIPTION:Votre rendez-vous est confirmé.\n\nService : Entrevue de présélection (30 minutes)\nMembre du pers
 onnel : Équipe recrutement\n\nRejoindre la réunion Microsoft Teams\n\nPour modifier ou annuler votre rendez-v
 ous\, utilisez le lien dans votre courriel de confirmation.\n\nMicrosoft Bookings
LOCATION:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", tool="bookings", tz=("est",)))

    out.append(ev("workable-hm-en-paris", ("Studio Pâquerette", "Development Director", "hiring_manager",
                                          "claire.dumas@paquerette.studio"), r"""
BEGIN:VEVENT
UID:workable-event-b81f0c22d7e5@workable.com
DTSTART;TZID=Europe/Paris:20260218T163000
DTEND;TZID=Europe/Paris:20260218T173000
SUMMARY:Interview with Studio Pâquerette: Development Director
ORGANIZER;CN=Studio Pâquerette (via Workable):mailto:paquerette@workablemail.com
ATTENDEE;CN=Claire Dumas;PARTSTAT=ACCEPTED:mailto:claire.dumas@paquerette.studio
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hi Julien\,\n\nClaire Dumas (Studio Director\, hiring manager) has invited you to a video intervie
 w for the Development Director (remote from Montréal\, frequent trips to Paris) position.\n\nJoin with Google
  Meet: https://meet.google.com/paq-dev-dir\n\nGood luck!\nThe Studio Pâquerette hiring team
LOCATION:Google Meet
END:VEVENT
""", tool="workable", tz=("par",)))

    out.append(ev("icims-hm-en-abbrev-domain", ("Sillage VFX", "VFX Producer", "hiring_manager",
                                               "r.ouellet@slgvfx.com"), r"""
BEGIN:VEVENT
UID:icims-sched-2291-000457@icims.com
DTSTART;TZID=America/Toronto:20260223T133000
DTEND;TZID=America/Toronto:20260223T141500
SUMMARY:Interview Invitation: VFX Producer - Req 2291
ORGANIZER;CN=SLG Talent:mailto:talent@slgvfx.com
ATTENDEE;CN=Roxanne Ouellet;PARTSTAT=ACCEPTED:mailto:r.ouellet@slgvfx.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Dear Julien\,\n\nThank you for applying to Sillage VFX. You are invited to interview with Roxanne
  Ouellet\, Head of Production (Episodic)\, for the VFX Producer role (Req 2291).\n\nLocation: 400 Saint-Jacqu
 es W\, 2nd floor\, Montréal\n\nPlease confirm your attendance in the iCIMS candidate portal.
LOCATION:400 Saint-Jacques W\, Montréal
END:VEVENT
""", tool="icims", tz=("tor",)))

    out.append(ev("icims-phone-screen-en", ("Sillage VFX", "VFX Producer", "recruiter_screen",
                                           "m.tremblay@slgvfx.com"), r"""
BEGIN:VEVENT
UID:icims-sched-2291-000431@icims.com
DTSTART;TZID=America/Toronto:20260213T120000
DTEND;TZID=America/Toronto:20260213T121500
SUMMARY:SLG | Phone Screen | Julien Bouchard
ORGANIZER;CN=Mélanie Tremblay:mailto:m.tremblay@slgvfx.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:15-min phone screen for Req 2291 (VFX Producer). Mélanie will call you.
LOCATION:+1 514 555 0142
END:VEVENT
""", tool="icims", tz=("tor",)))

    out.append(ev("successfactors-onsite-en", ("Polaris Motion Pictures", "Senior Production Manager", "onsite",
                  "g.hartmann@pmp-fx.com;isabelle.nadeau@pmp-fx.com;c.obrien@pmp-fx.com"), r"""
BEGIN:VEVENT
UID:SF-INTV-6128843-20260309@successfactors.com
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260309T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260309T120000
SUMMARY:Interview Confirmation - Senior Production Manager - Montréal
ORGANIZER;CN="Recruiting, PMP":mailto:recruiting@pmp-fx.com
ATTENDEE;CN="Hartmann, Gregor";ROLE=REQ-PARTICIPANT:mailto:g.hartmann@pmp-fx.com
ATTENDEE;CN="Nadeau, Isabelle";ROLE=REQ-PARTICIPANT:mailto:isabelle.nadeau@pmp-fx.com
ATTENDEE;CN="O'Brien, Ciaran";ROLE=REQ-PARTICIPANT:mailto:c.obrien@pmp-fx.com
ATTENDEE;CN="Bouchard, Julien";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
ATTENDEE;CUTYPE=ROOM;CN=MTL-Bernard-5F-Cinema:mailto:mtl-cinema5@pmp-fx.com
DESCRIPTION:Dear Julien Bouchard\,\n\nThis is to confirm your in-person interview with Polaris Motion Pictures
  for Senior Production Manager (Job Req 118204).\n\nInterview panel: Gregor Hartmann (VFX Supervisor)\, Isabe
 lle Nadeau (Head of Production)\, Ciaran O'Brien (CG Supervisor)\nAddress: 87 Bernard Ave W\, 5th floor scree
 ning room\, Montréal\nBring photo ID for reception.\n\nSAP SuccessFactors Recruiting
LOCATION:87 Bernard Ave W\, 5th floor
END:VEVENT
""", tool="sf", tz=("utc5",)))

    out.append(ev("webex-screen-fr", ("Glacis VFX", "Production Manager, Episodic", "recruiter_screen",
                                     "aurelie.st-pierre@glacisvfx.com"), r"""
BEGIN:VEVENT
UID:webex-m3f9c1b2a0d84e6f9b27c5e1@webex.com
DTSTART;TZID=America/Montreal:20260211T110000
DTEND;TZID=America/Montreal:20260211T113000
SUMMARY:Glacis VFX | Entrevue - Production Manager\, Episodic
ORGANIZER;CN=Aurélie St-Pierre:mailto:aurelie.st-pierre@glacisvfx.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\, merci d'avoir postulé ! Voici l'invitation pour notre premier appel.\n\n-- Ne sup
 primez pas ou ne modifiez pas le texte suivant. --\n\nRéunion Webex\nRejoindre la réunion\nhttps://glacisvfx.
 webex.com/glacisvfx/j.php?MTID=m3f9c1b2a0d84\nNuméro de la réunion : 2633 418 9920\nMot de passe de la réunio
 n : Glacis26\n\nRejoindre par téléphone\n+1-438-797-4100 Canada (Montréal)\n\nAurélie St-Pierre\, Conseillère
  en acquisition de talents
LOCATION:https://glacisvfx.webex.com/glacisvfx/j.php?MTID=m3f9c1b2a0d84
END:VEVENT
""", tool="webex", tz=("mtl",)))

    out.append(ev("webex-onsite-fr-no-stage-word", ("Glacis VFX", "Production Manager, Episodic", "onsite",
                                                   "p.gosselin@glacisvfx.com;w.chen@glacisvfx.com"), r"""
BEGIN:VEVENT
UID:webex-r81a0e4c3d2b1f7a9c6e5d4@webex.com
DTSTART;TZID=America/Montreal:20260302T133000
DTEND;TZID=America/Montreal:20260302T160000
SUMMARY:Julien Bouchard - rencontres au studio Glacis (Production Manager)
ORGANIZER;CN=Aurélie St-Pierre:mailto:aurelie.st-pierre@glacisvfx.com
ATTENDEE;CN=Philippe Gosselin:mailto:p.gosselin@glacisvfx.com
ATTENDEE;CN=Wendy Chen:mailto:w.chen@glacisvfx.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Rencontres en personne à nos bureaux (1 h avec Philippe Gosselin\, producteur exécutif\, puis 1 h
  avec Wendy Chen\, superviseure VFX) et visite du plancher. Aurélie t'accueillera à l'entrée mais ne particip
 era pas aux entrevues.\n\n1751 rue Richardson\, local 4.200\, Montréal
LOCATION:1751 rue Richardson\, local 4.200\, Montréal
END:VEVENT
""", tool="webex", tz=("mtl",)))

    out.append(ev("zoom-committee-fr", ("Quatre Vents Éducation", "Directeur·rice du développement", "final",
                  "c.lemay@4vents.ca;jp.morissette@4vents.ca;a.diallo@4vents.ca"), r"""
BEGIN:VEVENT
UID:zoom-86233104578-20260319@zoom.us
DTSTART;TZID=America/Toronto:20260319T133000
DTEND;TZID=America/Toronto:20260319T143000
SUMMARY:Deuxième entrevue - comité - Direction du développement (Quatre Vents)
ORGANIZER;CN=Chantal Lemay:mailto:c.lemay@4vents.ca
ATTENDEE;CN=Chantal Lemay:mailto:c.lemay@4vents.ca
ATTENDEE;CN=Jean-Philippe Morissette:mailto:jp.morissette@4vents.ca
ATTENDEE;CN=Aïssatou Diallo:mailto:a.diallo@4vents.ca
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Chantal Lemay vous invite à une réunion Zoom planifiée.\n\nSujet : Deuxième entrevue - comité de s
 élection - Directeur·rice du développement\n\nParticiper à la réunion Zoom\nhttps://us02web.zoom.us/j/8623310
 4578?pwd=cVdKbm\n\nID de réunion : 862 3310 4578\nCode secret : 401177\n\nUne seule touche sur l'appareil mob
 ile\n+14388097799\,\,86233104578#\,\,\,\,*401177# Canada
LOCATION:https://us02web.zoom.us/j/86233104578?pwd=cVdKbm
END:VEVENT
""", tool="zoom", tz=("tor",)))

    out.append(ev("wttj-technical-fr-paris", ("Gobelin Interactive", "Producteur·rice senior", "technical",
                                             "thomas.rigal@gobelin-interactive.fr"), r"""
BEGIN:VEVENT
UID:wttj-interview-5d1c7a9e02b4f@welcometothejungle.com
DTSTART;TZID=Europe/Paris:20260224T153000
DTEND;TZID=Europe/Paris:20260224T163000
SUMMARY:Entretien technique - Producteur·rice senior - Gobelin Interactive
ORGANIZER;CN=Gobelin Interactive:mailto:recrutement@gobelin-interactive.fr
ATTENDEE;CN=Thomas Rigal;PARTSTAT=ACCEPTED:mailto:thomas.rigal@gobelin-interactive.fr
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Bonjour Julien\,\n\nSuite à notre premier échange\, nous vous proposons un entretien technique ave
 c Thomas Rigal (Head of Production). Au programme : étude de cas sur la priorisation d'un backlog de post-lan
 cement et gestion d'un prestataire externe.\n\nLien de l'entretien : https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_GobelinRH\n\nL'équipe Gobelin\, via Welcome to the Jungle
LOCATION:Microsoft Teams
END:VEVENT
""", tool="wttj", tz=("par",)))

    out.append(ev("bamboohr-panel-en-coordinator", ("Atelier Mirage", "Senior Producer, Animation", "",
                  "louise.caron@mirage-fx.com;t.haddad@mirage-fx.com"), r"""
BEGIN:VEVENT
UID:bamboohr-mirage-interview-17734
DTSTART;TZID=America/Toronto:20260227T140000
DTEND;TZID=America/Toronto:20260227T150000
SUMMARY:Julien Bouchard // Atelier Mirage - Senior Producer\, Animation
ORGANIZER;CN=Nora Blais (HR Coordinator):mailto:nora.blais@mirage-fx.com
ATTENDEE;CN=Louise Caron:mailto:louise.caron@mirage-fx.com
ATTENDEE;CN=Tarek Haddad:mailto:t.haddad@mirage-fx.com
ATTENDEE;CN=Julien Bouchard;RSVP=TRUE:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Hi Julien\, I'm the HR coordinator and set this up for you: a one-hour conversation with Louise Ca
 ron (Executive Producer) and Tarek Haddad (Pipeline Supervisor). Teams link inside.\n\nMicrosoft Teams meetin
 g\nJoin: https://teams.microsoft.com/l/meetup-join/19%3amirage\nMeeting ID: 219 004 117 35\n\nNora
LOCATION:Microsoft Teams Meeting
END:VEVENT
""", tool="bamboo", tz=("tor",)))

    out.append(ev("calendly-hm-en-paris-utc", ("Fauve Studio", "Development Director", "hiring_manager",
                                              "maxime@fauve.studio"), r"""
BEGIN:VEVENT
UID:calendly-a0d73e55-8f19-4b2e-9c41-2e6b0d7f3c18
DTSTART:20260303T160000Z
DTEND:20260303T164500Z
SUMMARY:Hiring Manager Interview - Development Director between Maxime Garnier and Julien Bouchard
ORGANIZER;CN=Maxime Garnier:mailto:maxime@fauve.studio
ATTENDEE;CN=Julien Bouchard;PARTSTAT=ACCEPTED:mailto:julien.bouchard.prod@videotron.ca
DESCRIPTION:Event Name: Hiring Manager Interview - Development Director\n\nFauve is hiring a Development Direc
 tor for our Paris studio (remote possible from Canada). I'm the co-founder and will be your manager.\n\nLocat
 ion: This is a Google Meet web conference. https://meet.google.com/fav-hmi-dd\n\nNeed to make changes to this
  event?\nCancel: https://calendly.com/cancellations/a0d73e55\nReschedule: https://calendly.com/reschedulings/
 a0d73e55\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/fav-hmi-dd
END:VEVENT
""", tool="calendly", method=None))
    return out
