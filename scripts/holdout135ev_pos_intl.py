"""holdout135: the user's own interviews with animal-health and pet-food companies (NZ, DE, FR, ES) and more."""

from __future__ import annotations

import holdout135ev_ics as x
from holdout135ev_ics import att, cal, ev, item, me, meet, org, room, teams, tz, utc, zoom

NZ = "Pacific/Auckland"
BER_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
PAR_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def _teams_fr(mid: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "Y2FmZTEy%40thread.v2/0>\n" f"ID de la réunion : {mid}\nCode secret : {code}\n"
            "________________________________________________________________________________")


def _teams_de(mid: str, code: str) -> str:
    return ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie auf dem Computer, über die mobile App oder im Raumgerät teil\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_ZGU0%40thread.v2/0>\n" f"Besprechungs-ID: {mid}\nPasscode: {code}\n"
            "________________________________________________________________________________")


def events() -> list[dict]:
    out: list[dict] = []
    uid = "ashby-7c2e9a10-kpn-screen@ashbyhq.com"
    body = ("Hemi Walker <> Kiwi Pet Nutrition | Recruiter Screen\n\nRole: Veterinary Technical Adviser\n"
            "Interviewer: Maia Tane (Talent Lead)\n\n" + meet("kpn-vta-screen", "771 204 339") +
            "\n\nNeed to reschedule? Reply to this email.\nScheduled with Ashby")
    text = cal([ev(uid, "Hemi Walker <> Kiwi Pet Nutrition | Recruiter Screen", tz(NZ, "20250910T150000"),
                   tz(NZ, "20250910T153000"), organizer=org("maia.tane@kpn.co.nz", "Maia Tane"),
                   attendees=[att("maia.tane@kpn.co.nz", "Maia Tane", ps="ACCEPTED"), me()], desc=body,
                   loc="https://meet.google.com/kpn-vta-screen", stamp="20250905T003000Z")], tzs=(x.AKL,))
    out.append(item("ashby-screen", text, uid, 1, "Kiwi Pet Nutrition", "Veterinary Technical Adviser",
                    "recruiter_screen", ("maia.tane@kpn.co.nz",), "ashby-recruiter-screen-en"))

    uid = "ashby-1b44d0e3-kpn-tech@ashbyhq.com"
    body = ("Technical Interview – Nutrition Case\nRole: Veterinary Technical Adviser\nInterviewers: Dr Erin Walsh "
            "(Head of Nutrition), Dr Ravi Menon (Technical Vet)\n\nYou'll get a case 10 min before: an overweight "
            "diabetic cat whose owner wants a raw diet. Talk us through the conversation with the vet clinic.\n\n"
            + meet("kpn-tech-case") + "\n\nScheduled with Ashby")
    text = cal([ev(uid, "Hemi Walker <> Kiwi Pet Nutrition | Technical Interview", tz(NZ, "20250919T100000"),
                   tz(NZ, "20250919T110000"), organizer=org("maia.tane@kpn.co.nz", "Maia Tane"),
                   attendees=[me(), att("erin.walsh@kpn.co.nz", "Erin Walsh"), att("ravi.menon@kpn.co.nz",
                              "Ravi Menon")], desc=body, loc="Google Meet", stamp="20250912T021500Z")], tzs=(x.AKL,))
    out.append(item("ashby-technical", text, uid, 1, "Kiwi Pet Nutrition", "Veterinary Technical Adviser",
                    "technical", ("erin.walsh@kpn.co.nz", "ravi.menon@kpn.co.nz"), "ashby-technical-en"))

    uid = "6fq0v2m1k8n3c5b7x9z4p1r0tg@google.com"
    text = cal([ev(uid, "KPN final interview – Penrose", tz(NZ, "20251003T093000"), tz(NZ, "20251003T113000"),
                   organizer=org("maia.tane@kpn.co.nz", "Maia Tane"),
                   attendees=[me(), att("sarah.bell@kpn.co.nz", "Sarah Bell"), att("erin.walsh@kpn.co.nz",
                              "Erin Walsh"), room("c_penrose.lvl1.kauri@resource.calendar.google.com",
                                                  "Penrose-1-Kauri (8)")],
                   desc="Final round onsite: 60 min with Sarah Bell (CEO) and Erin Walsh, then a tour of the "
                        "palatability centre with the team. I'll meet you at reception.\nMaia",
                   loc="Kiwi Pet Nutrition, 40 Great South Rd, Penrose, Auckland", stamp="20250926T040000Z")],
               tzs=(x.AKL,))
    out.append(item("google-final-acronym", text, uid, 1, "Kiwi Pet Nutrition", "", "final",
                    ("sarah.bell@kpn.co.nz", "erin.walsh@kpn.co.nz"), "acronym-summary-final-room-en"))

    uid = "iCIMS-INT-2025-1188-39907@icims.com"
    body = ("Interview Confirmation\n\nCandidate: Hemi Walker\nPosition: Veterinary Adviser – Companion Animal "
            "(2025-1188)\nInterviewer: Mark Devlin, Head of Veterinary Services\nFormat: Video (Teams)\n\n"
            + teams("MGJmYzkxNTEtYTQ0", "251 906 337 118", "Ty6Wn3") + "\n\nTotara Animal Health Ltd")
    text = cal([ev(uid, "Interview Confirmation: Veterinary Adviser – Companion Animal (2025-1188)",
                   tz("New Zealand Standard Time", "20250922T140000"), tz("New Zealand Standard Time",
                   "20250922T150000"), organizer=org("totara-ah@icims.com", "Totara Animal Health Recruiting"),
                   attendees=[me(), att("mark.devlin@totara-ah.com", "Mark Devlin")], desc=body,
                   loc="Microsoft Teams", stamp="20250915T220000Z")], prodid="-//iCIMS//Interview Scheduling//EN",
               tzs=(x.WIN_NZ,))
    out.append(item("icims-hm", text, uid, 1, "Totara Animal Health", "Veterinary Adviser – Companion Animal",
                    "hiring_manager", ("mark.devlin@totara-ah.com",), "icims-windows-zone-en"))

    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000AA01"
    text = cal([ev(uid, "Final interview – Vet Adviser Companion Animal", tz("New Zealand Standard Time",
                   "20251009T100000"), tz("New Zealand Standard Time", "20251009T120000"),
                   organizer=org("mark.devlin@totara-ah.com", "Devlin, Mark", sent_by="ella.pohatu@totara-ah.com"),
                   attendees=[me(cn="Hemi Walker"), att("mark.devlin@totara-ah.com", "Devlin, Mark", ps="ACCEPTED"),
                              att("judith.cole@totara-ah.com", "Cole, Judith"),
                              room("akl-level3-manuka@totara-ah.com", "AKL L3 Mānuka")],
                   desc="Hi Hemi, final interview with Judith Cole (Managing Director) and me, then lunch with "
                        "the technical team. Ella (my EA) has sent parking details.\nMark",
                   loc="Totara Animal Health, Level 3, 21 Vestey Dr, Mt Wellington", stamp="20251001T200000Z")],
               prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(item("outlook-sent-by-final", text, uid, 1, "Totara Animal Health", "Vet Adviser Companion Animal",
                    "final", ("mark.devlin@totara-ah.com", "judith.cole@totara-ah.com"), "outlook-sent-by-ea-final-en"))

    uid = "b8e41f2a-9d0c-4a7e-8f35-61c0de2b7a94"
    body = ("Event Name: Claims Vet Adviser – screening call\n\nLocation: Jordan will call you on +64 27 555 8821\n\n"
            "Hi! This is a 20 min screening call for the Claims Vet Adviser role at Kea Pet Insurance. "
            "We'll cover your clinical background and interest in insurance.\n\nPowered by Calendly.com")
    text = cal([ev(uid, "Claims Vet Adviser – screening call (Jordan Hale and Hemi Walker)", utc("20251006T020000"),
                   utc("20251006T022000"), organizer=org("jordan.hale@keapet.co.nz", "Jordan Hale"),
                   attendees=[me(ps="ACCEPTED")], desc=body, loc="+64 27 555 8821", stamp="20251001T090000Z")],
               prodid="-//Calendly//EN")
    out.append(item("calendly-insurer", text, uid, 1, "Kea Pet Insurance", "Claims Vet Adviser", "recruiter_screen",
                    ("jordan.hale@keapet.co.nz",), "calendly-screen-en"))

    uid = "0m2p4r6t8v1x3z5b7d9f2h4j6k@google.com"
    text = cal([ev(uid, "PawPal x Hemi", tz(NZ, "20250917T200000"), tz(NZ, "20250917T204500"),
                   organizer=org("sam.okafor.pawpal@gmail.com", "Sam Okafor"),
                   attendees=[att("sam.okafor.pawpal@gmail.com", "Sam Okafor", ps="ACCEPTED"), me()],
                   desc="Hey Hemi, thanks for replying to the LinkedIn post! Would love to tell you about PawPal "
                        "(video vet consults, launching in NZ + AU) and see if our Lead Vet role fits you.\n" +
                        meet("ztc-hbrn-wqe"), loc="https://meet.google.com/ztc-hbrn-wqe", stamp="20250914T081500Z")],
               tzs=(x.AKL,))
    out.append(item("founder-freemail", text, uid, 1, "PawPal", "Lead Vet", "", ("sam.okafor.pawpal@gmail.com",),
                    "founder-gmail-no-stage-en"))

    uid = "personio-interview-88123-4471@vetranova.de"
    body = ("Hallo Herr Walker,\n\nvielen Dank für Ihre Bewerbung als Technical Adviser Companion Animals APAC "
            "(m/w/d). Gerne möchten wir Sie zu einem ersten Kennenlerngespräch einladen.\n\nGesprächspartner: "
            "Lukas Brandt (Talent Acquisition)\nDauer: 30 Minuten\nOrt: Microsoft Teams (Link folgt)\n\n"
            "Das Gespräch kann auf Englisch stattfinden.\n\nViele Grüße\nIhr Recruiting-Team der Vetranova GmbH\n"
            "Versendet mit Personio")
    text = cal([ev(uid, "Kennenlerngespräch – Technical Adviser Companion Animals APAC (m/w/d)",
                   tz("Europe/Berlin", "20250916T090000"), tz("Europe/Berlin", "20250916T093000"),
                   organizer=org("lukas.brandt@vetranova.de", "Lukas Brandt"),
                   attendees=[me(), att("lukas.brandt@vetranova.de", "Lukas Brandt", ps="ACCEPTED")], desc=body,
                   loc="Microsoft Teams", stamp="20250909T120000Z")], prodid="-//Personio GmbH//Personio//DE",
               tzs=(x.BER,))
    out.append(item("personio-screen-de", text, uid, 1, "Vetranova GmbH",
                    "Technical Adviser Companion Animals APAC", "recruiter_screen", ("lukas.brandt@vetranova.de",),
                    "personio-screen-de"))

    uid = "040000008200E00074C5B7101A82E00800000000C0FFEE0A1B2CDC01000000000000000010000000DE02"
    text = cal([ev(uid, "Fachgespräch mit Fallstudie – Technical Adviser APAC (Hemi Walker)",
                   tz(BER_DE, "20251007T083000"), tz(BER_DE, "20251007T100000"),
                   organizer=org("katrin.vogt@vetranova.de", "Vogt, Katrin"),
                   attendees=[me(cn="Hemi Walker"), att("katrin.vogt@vetranova.de", "Vogt, Katrin", ps="ACCEPTED"),
                              att("jan.albers@vetranova.de", "Albers, Jan"),
                              att("lukas.brandt@vetranova.de", "Brandt, Lukas", role="OPT-PARTICIPANT")],
                   desc="Hallo Hemi,\nwie besprochen das Fachgespräch (auf Englisch): 20 Min. Präsentation Ihrer "
                        "Fallstudie zur Markteinführung unseres Otitis-Präparats in Australien/Neuseeland, danach "
                        "Fragen von Dr. Jan Albers (Medical Affairs) und mir. Lukas ist nur zur Organisation dabei."
                        "\n\nBeste Grüße\nDr. Katrin Vogt\nHead of Technical Services\n\n" +
                        _teams_de("372 118 504 229", "aB7xK2"),
                   loc="Microsoft Teams-Besprechung", stamp="20250929T070000Z",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])],
               prodid=x.OUTLOOK, tzs=(x._vtz(BER_DE, x._EU_STD, x._EU_DST),))
    out.append(item("outlook-technical-de", text, uid, 1, "Vetranova GmbH", "Technical Adviser APAC", "technical",
                    ("katrin.vogt@vetranova.de", "jan.albers@vetranova.de"), "outlook-case-study-de"))

    uid = "teamtailor-fr-40312-c7@teamtailor.com"
    body = ("Bonjour Hemi,\n\nMerci pour votre candidature au poste de Vétérinaire conseil Océanie (H/F) chez "
            "Félina Nutrition. Je vous propose un premier entretien téléphonique de 30 minutes.\n\nAvec : Camille "
            "Roux, Chargée de recrutement\n\nÀ très vite,\nL'équipe Félina Nutrition\nEnvoyé avec Teamtailor")
    text = cal([ev(uid, "Entretien téléphonique – Vétérinaire conseil Océanie (H/F)", tz("Europe/Paris",
                   "20251008T083000"), tz("Europe/Paris", "20251008T090000"),
                   organizer=org("camille.roux@felina-nutrition.fr", "Camille Roux"),
                   attendees=[me(), att("camille.roux@felina-nutrition.fr", "Camille Roux", ps="ACCEPTED")],
                   desc=body, loc="Téléphone : +64 21 555 0192", stamp="20251001T130000Z")],
               prodid="-//Teamtailor//Teamtailor Calendar//FR", tzs=(x.PAR,))
    out.append(item("teamtailor-phone-fr", text, uid, 1, "Félina Nutrition", "Vétérinaire conseil Océanie",
                    "recruiter_screen", ("camille.roux@felina-nutrition.fr",), "teamtailor-phone-screen-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000F3E1A2B3C4D5DC01000000000000000010000000FA03"
    text = cal([ev(uid, "Entretien final – Vétérinaire conseil Océanie – H. Walker", tz(PAR_FR, "20251104T080000"),
                   tz(PAR_FR, "20251104T090000"), organizer=org("camille.roux@felina-nutrition.fr", "Roux, Camille"),
                   attendees=[me(cn="Hemi Walker"), att("helene.marchand@felina-nutrition.fr", "Marchand, Hélène"),
                              att("antoine.lefevre@felina-nutrition.fr", "Lefèvre, Antoine")],
                   desc="Bonjour Hemi,\nVoici l'invitation pour votre entretien final avec Dr Hélène Marchand "
                        "(Directrice scientifique) et Antoine Lefèvre (Directeur général). L'entretien se fera en "
                        "anglais. Je reste disponible pour toute question.\nCamille\n\n" +
                        _teams_fr("318 552 047 961", "Fx9Ts4"), loc="Réunion Microsoft Teams",
                   stamp="20251027T100000Z", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])],
               prodid=x.OUTLOOK, tzs=(x._vtz(PAR_FR, x._EU_STD, x._EU_DST),))
    out.append(item("outlook-final-fr", text, uid, 1, "Félina Nutrition", "Vétérinaire conseil Océanie", "final",
                    ("helene.marchand@felina-nutrition.fr", "antoine.lefevre@felina-nutrition.fr"),
                    "outlook-final-utc-label-zone-fr"))

    uid = "4hs9d2k0m7q1w3e5r8t6y0u2ip@google.com"
    body = ("Hola Hemi:\n\nGracias por tu interés en el puesto de Veterinario/a de Servicios Técnicos APAC. Te "
            "propongo una primera entrevista con Recursos Humanos (30 min, en inglés si prefieres).\n\nUn saludo,\n"
            "Lucía Moreno\nTalento y Selección | Laboratorios Verdia, S.A.\n\nUnirse con Google Meet\n"
            "https://meet.google.com/vrd-apac-hwk\nMás información sobre Meet: https://support.google.com/a/users/"
            "answer/9282720")
    text = cal([ev(uid, "Entrevista – Veterinario/a de Servicios Técnicos APAC", tz("Europe/Madrid",
                   "20251015T090000"), tz("Europe/Madrid", "20251015T093000"),
                   organizer=org("lucia.moreno@verdia.es", "Lucía Moreno"),
                   attendees=[att("lucia.moreno@verdia.es", "Lucía Moreno", ps="ACCEPTED"), me()], desc=body,
                   loc="https://meet.google.com/vrd-apac-hwk", stamp="20251009T084500Z")], tzs=(x.MAD,))
    out.append(item("google-screen-es", text, uid, 1, "Laboratorios Verdia", "Veterinario/a de Servicios Técnicos APAC",
                    "recruiter_screen", ("lucia.moreno@verdia.es",), "google-rrhh-screen-es"))

    uid = "040000008200E00074C5B7101A82E00800000000E5D4C3B2A190DC01000000000000000010000000ES04"
    text = cal([ev(uid, "Entrevista técnica – Servicios Técnicos APAC (Hemi Walker)", tz("Romance Standard Time",
                   "20251028T083000"), tz("Romance Standard Time", "20251028T093000"),
                   organizer=org("javier.ortega@verdia.es", "Ortega Ruiz, Javier"),
                   attendees=[me(cn="Hemi Walker"), att("javier.ortega@verdia.es", "Ortega Ruiz, Javier",
                              ps="ACCEPTED"), att("lucia.moreno@verdia.es", "Moreno, Lucía", role="OPT-PARTICIPANT")],
                   desc="Hola Hemi:\nSegunda fase: entrevista técnica conmigo (Director Técnico Animales de "
                        "Compañía). Prepara un caso de farmacovigilancia, 15 minutos. Lucía asiste solo como "
                        "coordinadora.\nJavier\n\n" + teams("ZXNwYW5vbC0x", "441 200 663 185", "Vr3Dx8"),
                   loc="Reunión de Microsoft Teams", stamp="20251021T070000Z")],
               prodid=x.OUTLOOK, tzs=(x._vtz("Romance Standard Time", x._EU_STD, x._EU_DST),))
    out.append(item("outlook-technical-es", text, uid, 1, "Laboratorios Verdia", "Servicios Técnicos APAC",
                    "technical", ("javier.ortega@verdia.es",), "outlook-technical-coordinator-es"))

    uid = "softgarden-iv-5531902@softgarden.io"
    body = ("Guten Tag Herr Walker,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Position "
            "Veterinary Consultant (m/w/d) Australia/New Zealand einzuladen.\n\nIhre Gesprächspartnerin: Dr. Sabine "
            "Krüger, Bereichsleitung Internationale Kunden\nDauer: ca. 45 Minuten, per Zoom\n\n" +
            zoom("612 8830 4471", "Pm4dXsQ2kTj8", "us02web") + "\nMit freundlichen Grüßen\nPetMed Diagnostics GmbH"
            "\nPersonalabteilung\n\nDiese Einladung wurde über softgarden versendet.")
    text = cal([ev(uid, "Vorstellungsgespräch: Veterinary Consultant (m/w/d) Australia/New Zealand",
                   tz("Europe/Berlin", "20251022T090000"), tz("Europe/Berlin", "20251022T094500"),
                   organizer=org("jobs@petmed-dx.de", "PetMed Diagnostics GmbH"),
                   attendees=[me(), att("sabine.krueger@petmed-dx.de", "Dr. Sabine Krüger")], desc=body,
                   loc="Zoom", stamp="20251014T080000Z")], prodid="-//softgarden//softgarden e-recruiting//DE",
               tzs=(x.BER,))
    out.append(item("softgarden-hm-de", text, uid, 1, "PetMed Diagnostics GmbH",
                    "Veterinary Consultant (m/w/d) Australia/New Zealand", "hiring_manager",
                    ("sabine.krueger@petmed-dx.de",), "softgarden-department-head-de"))

    uid = "040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC01000000000000000010000000TV05"
    text = cal([ev(uid, "Interview - Clinical Pathology Liaison Veterinarian", tz("New Zealand Standard Time",
                   "20251023T140000"), tz("New Zealand Standard Time", "20251023T150000"),
                   organizer=org("hugh.bennett@tvl.co.nz", "Bennett, Hugh", sent_by="priya.das@tvl.co.nz"),
                   attendees=[me(cn="hemi.walker.vet@xtra.co.nz"), att("priya.das@tvl.co.nz", "Das, Priya",
                              role="OPT-PARTICIPANT")],
                   desc="Dear Hemi,\nDr Hugh Bennett (Laboratory Director) would like to meet you on Teams for the "
                        "Clinical Pathology Liaison Veterinarian role at Tasman Veterinary Laboratories.\nKind "
                        "regards,\nPriya Das, EA to the Laboratory Director\n\n" + teams("VFZMLTEyMzQ1",
                        "287 600 913 554", "Lb2Hq7"), loc="Microsoft Teams Meeting", stamp="20251016T213000Z")],
               prodid=x.OUTLOOK, tzs=(x.WIN_NZ,))
    out.append(item("outlook-sent-by-hm", text, uid, 1, "Tasman Veterinary Laboratories",
                    "Clinical Pathology Liaison Veterinarian", "hiring_manager", ("hugh.bennett@tvl.co.nz",),
                    "outlook-sent-by-ea-en"))

    uid = "personio-interview-90551-0213@animalhospitalgroup.co.nz"
    body = ("Hi Hemi,\n\nWe'd like to invite you to a clinical interview for Senior Veterinarian – Mt Albert with "
            "The Animal Hospital Group. It's a case-based discussion with our Chief Veterinary Officer, Dr Rhys "
            "Pomare: medicine and surgery cases from our own caseload.\n\n" + zoom("894 2201 7730", "ahG5wQ1rTz8k")
            + "\nKind regards,\nPeople Team | The Animal Hospital Group\nSent via Personio")
    text = cal([ev(uid, "Clinical interview – Senior Veterinarian – Mt Albert", tz(NZ, "20251028T123000"),
                   tz(NZ, "20251028T133000"), organizer=org("people@animalhospitalgroup.co.nz", "People Team"),
                   attendees=[me(), att("rhys.pomare@animalhospitalgroup.co.nz", "Rhys Pomare")], desc=body,
                   loc="Zoom", stamp="20251021T000000Z")], prodid="-//Personio GmbH//Personio//EN", tzs=(x.AKL,))
    out.append(item("personio-clinical-en", text, uid, 1, "The Animal Hospital Group",
                    "Senior Veterinarian – Mt Albert", "technical", ("rhys.pomare@animalhospitalgroup.co.nz",),
                    "personio-clinical-case-en"))

    uid = "AQMkADAwATM0MDAAMS1iNTcwLWQ3YjQtMDACLTAwCgBGAAAD2Kf5"
    text = cal([ev(uid, "Greenlane Vets – interview Tues w/ Amy + Lou", tz(NZ, "20251118T123000"),
                   tz(NZ, "20251118T131500"), organizer=org("amy.cho.vet@outlook.co.nz", "Amy Cho"),
                   attendees=[me(), att("lou@greenlanevets.co.nz", "Louise Tait")],
                   desc="Hi Hemi! Sending from my personal – work calendar's a mess. Lou (our practice manager) and "
                        "I will do the interview over lunch at the clinic. Bring questions!\nAmy (Clinical Director)",
                   loc="Greenlane Vets, 180 Great South Rd", stamp="20251112T081500Z")],
               prodid="-//Microsoft Corporation//Outlook.com//EN", tzs=(x.AKL,))
    out.append(item("freemail-employee", text, uid, 1, "Greenlane Vets", "", "",
                    ("amy.cho.vet@outlook.co.nz", "lou@greenlanevets.co.nz"), "employee-personal-address-en"))

    uid = "D7A2C9E4-5B3F-4A81-9E60-2F1C0B8A7D35"
    text = cal([ev(uid, "PetCare NZ – final interview (Support Office)", tz(NZ, "20251013T100000"),
                   tz(NZ, "20251013T113000"), organizer=org("hannah.brooke@petcare.co.nz", "Hannah Brooke"),
                   attendees=[att("hannah.brooke@petcare.co.nz", "Hannah Brooke", ps="ACCEPTED"), me(),
                              att("craig.munro@petcare.co.nz", "Craig Munro")],
                   desc="Final stage for Area Clinical Lead: Craig Munro (CEO) and me. 90 mins incl. a short "
                        "presentation on how you'd lift dental compliance across 6 clinics.\nHannah",
                   loc="PetCare NZ Support Office, 9 Nugent St, Grafton", stamp="20251003T020000Z")],
               prodid=x.MACCAL, tzs=(x.AKL,))
    out.append(item("apple-final", text, uid, 1, "PetCare NZ", "Area Clinical Lead", "final",
                    ("hannah.brooke@petcare.co.nz", "craig.munro@petcare.co.nz"), "apple-final-en"))
    return out



