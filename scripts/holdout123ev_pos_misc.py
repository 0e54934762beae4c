"""holdout123: the user's own interviews - hand-typed entries, agencies, German/French/Spanish invites, odd times."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)


def events() -> list[Ev]:
    return [
        ev("hand-floating", r"""
            BEGIN:VEVENT
            UID:9C1F5E2A-7B3D-4E80-A6C4-2D8F0B1E9A37
            DTSTAMP:20261125T214000Z
            DTSTART:20261202T073000
            DTEND:20261202T080000
            SUMMARY:Ph int - Exmouth Offshore (Gemma) 7.30am
            DESCRIPTION:Gemma Harlow\, recruiter. HSE Mgr Marine Ops. Be in the car park before prestart finishes!
            CREATED:20261125T214000Z
            LAST-MODIFIED:20261125T214000Z
            SEQUENCE:0
            END:VEVENT
        """, "apple", method=None, yes=1, company="Exmouth Offshore Services", role="HSE Mgr Marine Ops",
           stage="recruiter_screen", who="Gemma Harlow", trap="hand-floating-en"),
        ev("hand-allday", r"""
            BEGIN:VEVENT
            UID:A4D27C90-1E6B-4F3A-95D8-7C0E2B6F1A48
            DTSTAMP:20261205T110000Z
            DTSTART;VALUE=DATE:20261216
            DTEND;VALUE=DATE:20261217
            SUMMARY:Spinifex Gold site visit - Kal (fly 6am)
            DESCRIPTION:Final step for Group HSE Mgr - site tour + interview w Dave Kerslake (GM Kalgoorlie ops). St
             eel caps\, hi-vis\, ID. Back on the 6pm flight.
            LOCATION:Kalgoorlie
            TRANSP:TRANSPARENT
            END:VEVENT
        """, "mac", method=None, yes=1, company="Spinifex Gold", role="Group HSE Mgr", stage="final",
           who="Dave Kerslake", trap="hand-allday-site-visit-en"),
        ev("recurring-override", r"""
            BEGIN:VEVENT
            UID:nullagine-sitevisit-20261215-lfraser@nullagineiron.com
            DTSTAMP:20261208T030000Z
            DTSTART;TZID=Australia/Perth:20261215T060000
            DTEND;TZID=Australia/Perth:20261215T170000
            RRULE:FREQ=DAILY;COUNT=2
            SUMMARY:Nullagine site visit - HSE Manager Operations (candidate: Liam Fraser)
            ORGANIZER;CN=Kerrie Walsh:mailto:kerrie.walsh@nullagineiron.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Graeme Hollis:mailto:graeme.hollis@nullagineiron.com
            LOCATION:Nullagine mine site (charter from Perth Airport T1\, 6:00am)
            DESCRIPTION:Day 1: site tour with the mine HSE team. Day 2: final interview with Graeme Hollis (GM Opera
             tions) before the return charter. Accommodation in the village is booked under your name.
            END:VEVENT
            BEGIN:VEVENT
            UID:nullagine-sitevisit-20261215-lfraser@nullagineiron.com
            RECURRENCE-ID;TZID=Australia/Perth:20261216T060000
            DTSTAMP:20261210T010000Z
            DTSTART;TZID=Australia/Perth:20261216T080000
            DTEND;TZID=Australia/Perth:20261216T093000
            SUMMARY:Nullagine site visit day 2 - final interview with GM Operations
            ORGANIZER;CN=Kerrie Walsh:mailto:kerrie.walsh@nullagineiron.com
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Graeme Hollis:mailto:graeme.hollis@nullagineiron.com
            LOCATION:Nullagine mine site - admin building\, GM's office
            SEQUENCE:1
            END:VEVENT
        """, "outlook", tzs=P, yes=1, company="Nullagine Iron", role="HSE Manager Operations", stage="final",
           who="graeme.hollis@nullagineiron.com", trap="recurring-override-site-visit-en"),
        ev("agency-ochre-hm", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000080F4B2D6845CDB01000000000000000010000000C3E8A4
            DTSTAMP:20261126T050000Z
            DTSTART;TZID=W. Australia Standard Time:20261201T100000
            DTEND;TZID=W. Australia Standard Time:20261201T110000
            SUMMARY:Interview - Norseman Mining Services - HSE Manager (via Ochre Search)
            ORGANIZER;CN="Carvalho, Ben":mailto:ben.carvalho@ochresearch.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kylie Marsh:mailto:kylie.marsh@norsemanms.com.au
            LOCATION:Norseman Mining Services\, 45 Division St\, Welshpool
            DESCRIPTION:Hi Liam\,\n\nConfirming your interview with Kylie Marsh (General Manager - Contracts) at Nor
             seman Mining Services for the HSE Manager role. Kylie is the hiring manager. Give me a call afterward
             s for a debrief.\n\nBen Carvalho\nPrincipal Consultant - Mining & Resources\nOchre Search
            END:VEVENT
        """, "outlook", tzs=("W. Australia Standard Time",), yes=1, company="Norseman Mining Services",
           role="HSE Manager", stage="hiring_manager", who="kylie.marsh@norsemanms.com.au",
           trap="agency-names-employer-en"),
        ev("agency-coalface-bne", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000A01C93E7845CDB0100000000000000001000000012B9FE
            DTSTAMP:20261127T020000Z
            DTSTART;TZID=E. Australia Standard Time:20261203T140000
            DTEND;TZID=E. Australia Standard Time:20261203T150000
            SUMMARY:Client interview: Selwyn Copper-Gold - Site SHE Manager (FIFO ex BNE)
            ORGANIZER;CN="Doherty, Niamh":mailto:niamh.doherty@coalfacepeople.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Danaher, Mick":mailto:mick.danaher@selwyncg.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ho, Leah":mailto:leah.ho@selwyncg.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Hi Liam - as discussed\, Selwyn Copper-Gold would like to meet you for the Site SHE Manage
             r role (FIFO ex Brisbane\, 8/6). You'll meet Mick Danaher (SSE / Site Senior Executive) and Leah Ho (H
             R Superintendent). 2pm Brisbane = 12pm Perth.\n\nNiamh Doherty | Senior Consultant | Coalface People\n_
             _______________________________________________________________________________\nMicrosoft Teams meetin
             g\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 422 9
             01 337 640\nPasscode: Vb8sLm\n_________________________________________________________________________
             _______
            END:VEVENT
        """, "outlook", tzs=("E. Australia Standard Time",), yes=1, company="Selwyn Copper-Gold",
           role="Site SHE Manager", stage="hiring_manager",
           who="mick.danaher@selwyncg.com.au;leah.ho@selwyncg.com.au", trap="agency-client-interview-en"),
        ev("agency-screen", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261126T171500
            DTEND;TZID=Australia/Perth:20261126T174500
            DTSTAMP:20261124T081000Z
            ORGANIZER;CN=Chris Moyle:mailto:chris.moyle@sandgropertalent.com.au
            UID:2p6vh0k8d4n1q9t3m7c5b0rsfw@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Screening call before I put you forward to Eneabba Mineral Sands for their HSE Manager (Mi
             d West\, residential or FIFO). 30 mins - salary expectations\, notice period\, a few competency questio
             ns.\n\nChris Moyle | Sandgroper Talent
            LOCATION:Phone
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Screening call - Sandgroper Talent / Liam Fraser - Eneabba Mineral Sands HSE Manager
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", tzs=P, yes=1, company="Eneabba Mineral Sands", role="HSE Manager", stage="recruiter_screen",
           who="chris.moyle@sandgropertalent.com.au", trap="agency-screen-names-employer-en"),
        ev("jobadder-client", r"""
            BEGIN:VEVENT
            UID:ja-interview-118824-40213@jobadder.com
            DTSTAMP:20261201T034000Z
            DTSTART;TZID=Australia/Perth:20261207T100000
            DTEND;TZID=Australia/Perth:20261207T113000
            SUMMARY:Interview: Liam Fraser - HSE Manager
            ORGANIZER;CN=Chris Moyle:mailto:chris.moyle@sandgropertalent.com.au
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Aaron Fitzgerald:mailto:aaron.fitzgerald@ems-sands.com.au
            ATTENDEE;CN=Yvette Blanchard:mailto:yvette.blanchard@ems-sands.com.au
            LOCATION:EMS Perth office\, Level 1\, 1 Walker Ave\, West Perth
            DESCRIPTION:Client: Eneabba Mineral Sands\nPosition: HSE Manager\nInterviewers: Aaron Fitzgerald (Genera
             l Manager Operations)\, Yvette Blanchard (People & Culture Manager)\nFormat: panel\, in person\, 90 min
             \n\nSent from JobAdder on behalf of Sandgroper Talent
            END:VEVENT
        """, "jobadder", tzs=P, yes=1, company="Eneabba Mineral Sands", role="HSE Manager", stage="onsite",
           who="aaron.fitzgerald@ems-sands.com.au;yvette.blanchard@ems-sands.com.au",
           trap="jobadder-agency-panel-en"),
        ev("personio-de", r"""
            BEGIN:VEVENT
            UID:personio-interview-8ac41e07f3@thalberg.personio.de
            DTSTAMP:20261126T073000Z
            DTSTART;TZID=Europe/Berlin:20261202T093000
            DTEND;TZID=Europe/Berlin:20261202T100000
            SUMMARY:Interview: HSE-Manager Projekt Australien (m/w/d) - Liam Fraser
            ORGANIZER;CN=Thalberg Industrieanlagen GmbH:mailto:no-reply@thalberg.personio.de
            ATTENDEE;CN=Liam Fraser;RSVP=TRUE:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CN=Jana Oberländer:mailto:jana.oberlaender@thalberg-anlagen.de
            LOCATION:Telefoninterview (wir rufen dich an)
            DESCRIPTION:Hallo Liam\,\n\nvielen Dank für deine Bewerbung als HSE-Manager Projekt Australien (m/w/d) f
             ür unsere LNG-Baustelle in Karratha. Gerne möchten wir dich in einem ersten 30-minütigen Telefonintervi
             ew mit Jana Oberländer (Recruiting) kennenlernen. Das Gespräch findet auf Englisch statt.\n\n(Hi Liam\
             , thanks for applying - this is a first 30-minute screening call in English with Jana from our recruiti
             ng team.)\n\nViele Grüße\nDein Thalberg Recruiting-Team
            END:VEVENT
        """, "personio", tzs=("Europe/Berlin",), yes=1, company="Thalberg Industrieanlagen",
           role="HSE-Manager Projekt Australien (m/w/d)", stage="recruiter_screen",
           who="jana.oberlaender@thalberg-anlagen.de", trap="personio-de"),
        ev("outlook-fr-hm", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000F0D2C8A1855CDB0100000000000000001000000088E1C7
            DTSTAMP:20261127T200000Z
            DTSTART;TZID=Pacific/Noumea:20261204T140000
            DTEND;TZID=Pacific/Noumea:20261204T150000
            SUMMARY:Entretien - Responsable HSE Australie - M. Liam Fraser
            ORGANIZER;CN="Wamytan, Élodie":mailto:elodie.wamytan@mdp-nc.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pidjot, Jean-Marc":mailto:jean-marc.pidjot@mdp-nc.com
            LOCATION:Réunion Microsoft Teams
            DESCRIPTION:Bonjour M. Fraser\,\n\nSuite à votre candidature au poste de Responsable HSE Australie (bure
             au de Perth)\, nous vous proposons un entretien avec M. Jean-Marc Pidjot\, Directeur des opérations\, e
             t moi-même. L'entretien se déroulera en anglais.\n\nCordialement\,\nÉlodie Wamytan\nDirectrice des ress
             ources humaines\nMinerais du Pacifique SA\n____________________________________________________________
             ____________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou a
             ppareil de salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 318 554 207 913\nCode secre
             t : kP4w9R\n________________________________________________________________________________
            END:VEVENT
        """, "outlook", tzs=("Pacific/Noumea",), yes=1, company="Minerais du Pacifique",
           role="Responsable HSE Australie", stage="hiring_manager",
           who="elodie.wamytan@mdp-nc.com;jean-marc.pidjot@mdp-nc.com", trap="outlook-teams-fr"),
        ev("outlook-fr-final", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000905E1B44865CDB01000000000000000010000000D1A0B5
            DTSTAMP:20261204T090000Z
            DTSTART;TZID=W. Europe Standard Time:20261214T080000
            DTEND;TZID=W. Europe Standard Time:20261214T090000
            SUMMARY:Entretien final - Head of HSE Australia - Liam Fraser
            ORGANIZER;CN="Lefeuvre, Bertrand":mailto:bertrand.lefeuvre@solaire-austral.fr
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=liam.fraser.hse@bigpond.com:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Garnier, Inès":mailto:ines.garnier@solaire-austral.fr
            LOCATION:Microsoft Teams
            DESCRIPTION:Bonjour Liam\,\n\nComme convenu avec Inès\, voici l'invitation pour l'entretien final avec m
             oi (Directeur général). 8h à Paris\, soit 15h à Perth. L'entretien se fera en anglais.\n\nInès (assista
             nte de direction) est en copie pour la logistique.\n\nBien à vous\,\nBertrand Lefeuvre\nSolaire Austral
            END:VEVENT
        """, "outlook", tzs=("W. Europe Standard Time",), yes=1, company="Solaire Austral",
           role="Head of HSE Australia", stage="final", who="bertrand.lefeuvre@solaire-austral.fr",
           trap="outlook-windows-zone-final-fr"),
        ev("teams-es-tech", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000B0A7D2F1855CDB010000000000000000100000004E7F20
            DTSTAMP:20261128T140000Z
            DTSTART;TZID=America/Santiago:20261209T200000
            DTEND;TZID=America/Santiago:20261209T210000
            SUMMARY:Entrevista técnica - Gerente HSE (Proyecto Pilbara) - Liam Fraser
            ORGANIZER;CN="Valdés, Rodrigo":mailto:rodrigo.valdes@tecnomin.cl
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Soto, Carolina":mailto:carolina.soto@tecnomin.cl
            LOCATION:Reunión de Microsoft Teams
            DESCRIPTION:Estimado Liam:\n\nLe confirmamos la entrevista técnica para el cargo de Gerente HSE del Proy
             ecto Pilbara de Tecnomin Andina (contrato de movimiento de tierra en Australia Occidental). Participa
             n Rodrigo Valdés (Gerente Corporativo SSOMA) y Carolina Soto (Jefa de Prevención de Riesgos). La entrev
             ista será en inglés.\n\n20:00 en Santiago = 07:00 en Perth (jueves).\n\nSaludos cordiales\,\nRodrigo\n_
             _______________________________________________________________________________\nReunión de Microsoft T
             eams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unir
             se a la reunión\nId. de reunión: 284 117 560 392\nCódigo de acceso: Tq2sX8\n___________________________
             _____________________________________________________
            END:VEVENT
        """, "outlook", tzs=("America/Santiago",), yes=1, company="Tecnomin Andina",
           role="Gerente HSE (Proyecto Pilbara)", stage="technical",
           who="rodrigo.valdes@tecnomin.cl;carolina.soto@tecnomin.cl", trap="teams-tech-es"),
        ev("phone-screen-es", r"""
            BEGIN:VEVENT
            DTSTART:20261130T230000Z
            DTEND:20261130T233000Z
            DTSTAMP:20261126T180000Z
            ORGANIZER;CN=Francisca Muñoz:mailto:francisca.munoz@cordilleraminingservices.com
            UID:8s0qc4m2v6h9k1d7t3n5b0pjrx@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Hola Liam\, te llamo para una primera entrevista telefónica (30 min\, en inglés) sobre el pu
             esto de Superintendente HSE para nuestra oficina de Perth.\n\nFrancisca Muñoz\nReclutamiento y Selecció
             n\nCordillera Mining Services
            LOCATION:Llamada telefónica
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Entrevista telefónica - Liam Fraser - Superintendente HSE (Perth)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", yes=1, company="Cordillera Mining Services", role="Superintendente HSE (Perth)",
           stage="recruiter_screen", who="francisca.munoz@cordilleraminingservices.com", trap="phone-screen-es"),
        ev("google-utc-screen", r"""
            BEGIN:VEVENT
            DTSTART:20261127T023000Z
            DTEND:20261127T030000Z
            DTSTAMP:20261124T093000Z
            ORGANIZER;CN=Sophie Laurent:mailto:sophie.laurent@kwinanarefining.com.au
            UID:5m1kc9t3q7v0h2d8r4n6b1sgfy@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie Laurent;X-NUM-GUESTS=0:mailt
             o:sophie.laurent@kwinanarefining.com.au
            DESCRIPTION:Hi Liam\, first-round conversation for the Refinery HSE Manager role - background\, motivati
             ons\, notice period. I'm the recruiter looking after the role.\n\nSophie
            LOCATION:https://meet.google.com/ksr-nwqa-tyb
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Kwinana Refining - Refinery HSE Manager - first round (Liam Fraser)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", yes=1, company="Kwinana Refining", role="Refinery HSE Manager", stage="recruiter_screen",
           who="sophie.laurent@kwinanarefining.com.au", trap="google-utc-en"),
        ev("xwr-export", r"""
            BEGIN:VEVENT
            DTSTART:20261210T103000
            DTEND:20261210T113000
            DTSTAMP:20261206T000000Z
            UID:7d2hq5m9c1v4k0t8n3b6r2sfpa@google.com
            CREATED:20261205T122000Z
            DESCRIPTION:Rachel Boyd + Tim Nakamura. HSE Supt -> Manager role\, Pinjarra refinery. Drive down\, par
             k in visitors.
            LAST-MODIFIED:20261205T122000Z
            LOCATION:Darling Range Bauxite\, Pinjarra
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Interview w/ Darling Range Bauxite
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", method="PUBLISH", head="""
            X-WR-CALNAME:Liam personal
            X-WR-TIMEZONE:Australia/Perth
        """, yes=1, company="Darling Range Bauxite", role="", stage="", who="Rachel Boyd;Tim Nakamura",
           trap="xwr-timezone-hand-en"),
        ev("thunderbird-hand", r"""
            BEGIN:VEVENT
            CREATED:20261124T121500Z
            LAST-MODIFIED:20261124T121800Z
            DTSTAMP:20261124T121800Z
            UID:b41f2d8e-63a0-4c97-9e15-0a7d3c5f2b18
            SUMMARY:Interview - Leeuwin Gas - Offshore HSE Mgr (phone\, Aoife)
            DTSTART;TZID=Australia/Perth:20261127T120000
            DTEND;TZID=Australia/Perth:20261127T123000
            DESCRIPTION:Aoife Byrne (TA) calling my mobile. Have the BOSIET dates handy.
            X-MOZ-GENERATION:2
            END:VEVENT
        """, "thunderbird", tzs=P, method=None, yes=1, company="Leeuwin Gas", role="Offshore HSE Mgr",
           stage="recruiter_screen", who="Aoife Byrne", trap="thunderbird-hand-en"),
        ev("hand-terse-abbrev", r"""
            BEGIN:VEVENT
            UID:E8B0C5D3-2F41-4A7E-B9C6-5D1A3F0E7B92
            DTSTAMP:20261129T093000Z
            DTSTART;TZID=Australia/Perth:20261203T153000
            DTEND;TZID=Australia/Perth:20261203T163000
            SUMMARY:SCN 2nd int - Tegan + Brendan (ops mgr)
            LOCATION:20 Kings Park Rd\, West Perth
            END:VEVENT
        """, "apple", tzs=P, method=None, yes=1, company="Southern Cross Nickel", role="", stage="",
           who="Tegan;Brendan", trap="hand-terse-abbrev-en"),
        ev("agency-body-only", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000E08A1F5C845CDB0100000000000000001000000076D2E3
            DTSTAMP:20261125T010000Z
            DTSTART;TZID=W. Australia Standard Time:20261130T140000
            DTEND;TZID=W. Australia Standard Time:20261130T150000
            SUMMARY:Interview confirmation - Monday 2pm
            ORGANIZER;CN="Carvalho, Ben":mailto:ben.carvalho@ochresearch.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Level 3\, 1 Adelaide Tce\, East Perth
            DESCRIPTION:Hi Liam\,\n\nGreat news - our client Murchison Vanadium would like to meet you for the HSE M
             anager role. You'll be interviewed by Kate Pryor\, their Chief Operating Officer (the role reports to h
             er). Dress is business casual.\n\nBest of luck!\nBen Carvalho\nOchre Search
            END:VEVENT
        """, "outlook", tzs=("W. Australia Standard Time",), yes=1, company="Murchison Vanadium", role="HSE Manager",
           stage="hiring_manager", who="Kate Pryor", trap="agency-employer-in-body-en"),
    ]
