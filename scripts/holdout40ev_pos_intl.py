"""holdout40: the user's own interviews in Spanish, French and German, plus a few more English ones (blind)."""

# ruff: noqa: E501  (raw iCalendar content lines are data; the writer folds them)

from __future__ import annotations

from holdout40ev_ics import ME_HOME, MEET_EN, STAMP, TEAMS_EN, ZOOM_EN, Ev, att, boiler, cal, org

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
A = "-//Apple Inc.//iOS 17.5//EN"

TEAMS_ES = r"\n________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 318 447 502 961\nCódigo de acceso: {p}\n________________"
TEAMS_DE = r"\n________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, der mobilen App oder im Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 342 118 905 77\nKennung: {p}\n________________"
TEAMS_FR = r"\n________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 355 902 118 46\nCode secret : {p}\n________________"
MEET_ES = r"\n\nUnirse con Google Meet: https://meet.google.com/{k}\nO marca el: (ES) +34 910 48 {p} PIN: 771 204#\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/"
MEET_FR = r"\n\nParticiper avec Google Meet : https://meet.google.com/{k}\nOu appeler le : (FR) +33 1 87 40 {p} Code : 550 913 270#\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/"
ZOOM_DE = r"\n\nZoom-Meeting beitreten\nhttps://zoom.us/j/9{k}?pwd={p}\n\nMeeting-ID: 9{k}\nKenncode: {p}\n"


def events() -> list[Ev]:
    me = att("Tom Gallagher", ME_HOME)
    e: list[Ev] = []
    # ---- Spanish
    e.append(Ev("pos-es-direct-hm", "es", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6010000000000000000100000004455667788990011
{STAMP}
DTSTART;TZID="Romance Standard Time":20261111T100000
DTEND;TZID="Romance Standard Time":20261111T110000
SUMMARY;LANGUAGE=es-es:Entrevista - Responsable de Prevención de Blanqueo de Capitales - Tom Gallagher
{org("Marta Ibáñez Soler", "marta.ibanez@bbva.com")}
{me}
DESCRIPTION:Hola Tom\\,\\n\\nTal y como hablamos\\, te envío la convocatoria para la entrevista con la responsable del área de Cumplimiento Normativo de BBVA (yo misma). Duración aproximada: 1 hora.\\n\\nUn saludo\\,\\nMarta Ibáñez{boiler(TEAMS_ES, "", "Bv7Qa1")}
LOCATION:Reunión de Microsoft Teams
END:VEVENT""", tz=("Romance Standard Time",)), True, "BBVA", "Responsable de Prevención de Blanqueo de Capitales", "hiring_manager", ("marta.ibanez@bbva.com",)))
    e.append(Ev("pos-es-workday-screen", "es", cal("-//Workday//Recruiting//EN", f"""BEGIN:VEVENT
UID:WD-ES-55012-SCR@myworkday.com
{STAMP}
DTSTART;TZID=Europe/Madrid:20261104T120000
DTEND;TZID=Europe/Madrid:20261104T123000
SUMMARY:Entrevista telefónica: Analista Senior de Riesgo Operacional
{org("Santander Talento", "santander@myworkday.com")}
{me}
{att("Lucía Ferrer", "lucia.ferrer@gruposantander.com")}
DESCRIPTION:Banco Santander\\, S.A.\\nCandidato: Tom Gallagher\\nPuesto: Analista Senior de Riesgo Operacional (Madrid)\\nTipo: primera entrevista telefónica con Lucía Ferrer (Talent Acquisition)
END:VEVENT""", tz=("Europe/Madrid",)), True, "Santander", "Analista Senior de Riesgo Operacional", "recruiter_screen", ("lucia.ferrer@gruposantander.com",)))
    e.append(Ev("pos-es-google-tech", "es", cal(G, f"""BEGIN:VEVENT
DTSTART:20261118T153000Z
DTEND:20261118T163000Z
{STAMP}
{org("Javier Montes", "javier.montes@bitpanda.com")}
UID:0qf5y2w8h1j4k7l0z3x6c9v2b@google.com
{att("Javier Montes", "javier.montes@bitpanda.com", stat="ACCEPTED")}
{att("Elena Ruiz", "elena.ruiz@bitpanda.com")}
{att("tomgallagher@hotmail.co.uk", ME_HOME)}
SUMMARY:Bitpanda - Entrevista técnica (caso práctico AML) - Tom
DESCRIPTION:Tom\\, en esta segunda fase resolveremos juntos un caso práctico de monitorización de transacciones para la posición de Compliance Officer (MiCA).{boiler(MEET_ES, "ebt-rqzc-wmo", "1180")}
END:VEVENT"""), True, "Bitpanda", "Compliance Officer (MiCA)", "technical", ("javier.montes@bitpanda.com", "elena.ruiz@bitpanda.com")))
    e.append(Ev("pos-es-agency", "es", cal(OL, f"""BEGIN:VEVENT
UID:{{D1E2F3A4-B5C6-4789-90AB-CDEF01234567}}
{STAMP}
DTSTART;TZID="Romance Standard Time":20261125T093000
DTEND;TZID="Romance Standard Time":20261125T103000
SUMMARY:Entrevista con MAPFRE (a través de Michael Page)
{org("Pablo Navarro - Michael Page", "pablonavarro@michaelpage.es")}
{me}
{att("Rocío Castillo", "rcastil@mapfre.com")}
LOCATION:MAPFRE\\, Carretera de Pozuelo 52\\, Majadahonda
DESCRIPTION:Hola Tom\\, te confirmo la entrevista presencial con Rocío Castillo\\, Directora de Riesgos Financieros de MAPFRE\\, para el puesto de Gerente de Control de Riesgos. Lleva DNI o pasaporte. Suerte\\, Pablo.
END:VEVENT""", tz=("Romance Standard Time",)), True, "MAPFRE", "Gerente de Control de Riesgos", "onsite", ("rcastil@mapfre.com",)))
    e.append(Ev("pos-es-handtyped", "es", cal(A, """BEGIN:VEVENT
UID:3B9D2C71-0E4F-4A6B-8C5D-7E1F0A2B3C4D
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/Madrid:20261109T170000
DTEND;TZID=Europe/Madrid:20261109T174500
SUMMARY:Entrevista final Openbank (videollamada)
DESCRIPTION:con el director de cumplimiento. repasar MiFID
END:VEVENT""", tz=("Europe/Madrid",), method=""), True, "Openbank", "", "final", ()))
    e.append(Ev("pos-es-greenhouse", "es", cal(G, f"""BEGIN:VEVENT
DTSTART:20261201T110000Z
DTEND:20261201T114500Z
{STAMP}
{org("Greenhouse", "no-reply@greenhouse.io")}
UID:gh-es-44b0a1c2d3e4@greenhouse.io
{att("Carlos Gil", "carlos.gil@n26.com")}
{me}
SUMMARY:Tom Gallagher / N26 - Entrevista con el Hiring Manager
DESCRIPTION:Hola Tom\\, tu entrevista con Carlos Gil (Head of Compliance Spain) para el puesto de Compliance Manager - Spain está confirmada.{boiler(ZOOM_EN, "3301928844", "n26es")}
END:VEVENT"""), True, "N26", "Compliance Manager - Spain", "hiring_manager", ("carlos.gil@n26.com",)))
    e.append(Ev("pos-es-cancelled", "es", cal(G, f"""BEGIN:VEVENT
DTSTART:20261105T090000Z
DTEND:20261105T100000Z
{STAMP}
{org("Ana Beltrán", "ana.beltran@caixabank.com")}
UID:7h3j9k1l5z2x8c4v0b6n3m1q7@google.com
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Cancelado: Entrevista CaixaBank - Técnico de Cumplimiento Normativo
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT""", method="CANCEL"), True, "CaixaBank", "Técnico de Cumplimiento Normativo", "", ("ana.beltran@caixabank.com",), "cancelled"))
    e.append(Ev("pos-es-calendly-founder", "es", cal("-//Calendly//Calendly//EN", f"""BEGIN:VEVENT
UID:calendly-es-1f2e3d4c5b6a@calendly.com
{STAMP}
DTSTART:20261116T160000Z
DTEND:20261116T163000Z
SUMMARY:Primera entrevista - Kuanto Pagos (Tom Gallagher)
{org("Iñigo Arrieta", "inigo.arrieta.kp@gmail.com")}
{att("Iñigo Arrieta", "inigo.arrieta.kp@gmail.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME, stat="ACCEPTED")}
DESCRIPTION:Nombre del evento: Primera entrevista - Kuanto Pagos\\nSoy cofundador de Kuanto Pagos\\, buscamos un/a Responsable de Cumplimiento.\\n\\nUbicación: Google Meet\\n\\nPowered by Calendly.com
END:VEVENT"""), True, "Kuanto Pagos", "Responsable de Cumplimiento", "recruiter_screen", ("inigo.arrieta.kp@gmail.com",)))
    e.append(Ev("pos-es-bigfour", "es", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000022AA33BB44CC55010000000000000000100000006677889900AABBCC
{STAMP}
DTSTART;TZID="Romance Standard Time":20261202T160000
DTEND;TZID="Romance Standard Time":20261202T170000
SUMMARY:KPMG - Entrevista Senior Manager Forensic (Madrid) / Tom Gallagher
{org("Selección KPMG España", "seleccion@kpmg.es")}
{me}
{att("Beatriz Lozano", "blozano@kpmg.es")}
{att("Sala Castellana 4.07", "sala.castellana407@kpmg.es", "NON-PARTICIPANT", cutype="ROOM")}
LOCATION:Torre de Cristal\\, Paseo de la Castellana 259C\\, Madrid
DESCRIPTION:Entrevista con Beatriz Lozano\\, socia de Forensic. Preséntese en recepción planta 4.
END:VEVENT""", tz=("Romance Standard Time",)), True, "KPMG", "Senior Manager Forensic", "", ("blozano@kpmg.es",)))
    # ---- French
    e.append(Ev("pos-fr-direct", "fr", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A596010000000000000000100000001A2B3C4D5E6F7081
{STAMP}
DTSTART;TZID="Romance Standard Time":20261112T103000
DTEND;TZID="Romance Standard Time":20261112T113000
SUMMARY;LANGUAGE=fr-fr:Entretien - Responsable Conformité LCB-FT - M. Gallagher
{org("Claire Dubois", "claire.dubois@bnpparibas.com")}
{me}
DESCRIPTION:Bonjour Tom\\,\\n\\nJe vous confirme notre entretien pour le poste de Responsable Conformité LCB-FT chez BNP Paribas (Paris ou Dublin). Je suis la manager du poste.\\n\\nBien cordialement\\,\\nClaire Dubois{boiler(TEAMS_FR, "", "Bp4Lm0")}
END:VEVENT""", tz=("Romance Standard Time",)), True, "BNP Paribas", "Responsable Conformité LCB-FT", "hiring_manager", ("claire.dubois@bnpparibas.com",)))
    e.append(Ev("pos-fr-google-screen", "fr", cal(G, f"""BEGIN:VEVENT
DTSTART:20261106T090000Z
DTEND:20261106T093000Z
{STAMP}
{org("Julie Martin", "julie.martin@qonto.com")}
UID:2ws8e4r6t0y1u3i5o7p9a2s4d@google.com
{att("Julie Martin", "julie.martin@qonto.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Qonto x Tom Gallagher - Premier échange RH
DESCRIPTION:Premier entretien de 30 min avec Julie (Talent Acquisition) pour le poste de Financial Crime Officer.{boiler(MEET_FR, "zpn-yxuv-afg", "3309")}
END:VEVENT"""), True, "Qonto", "Financial Crime Officer", "recruiter_screen", ("julie.martin@qonto.com",)))
    e.append(Ev("pos-fr-lever-onsite", "fr", cal("-//Lever//Lever Scheduling//EN", f"""BEGIN:VEVENT
UID:lever-fr-8c7b6a5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d
{STAMP}
DTSTART;TZID=Europe/Paris:20261203T093000
DTEND;TZID=Europe/Paris:20261203T123000
SUMMARY:Entretiens sur site - Tom Gallagher - Lydia
{org("Lydia Recrutement", "jobs@lydia-app.com")}
{me}
{att("Hugo Lefèvre", "hugo.lefevre@lydia-app.com")}
{att("Camille Roux", "camille.roux@lydia-app.com")}
{att("Salle Montmartre", "salle.montmartre@lydia-app.com", "NON-PARTICIPANT", cutype="ROOM")}
LOCATION:14 avenue de l'Opéra\\, 75001 Paris
DESCRIPTION:Demi-journée dans nos locaux pour le poste de Head of Compliance :\\n- 09h30 Hugo Lefèvre\\, CFO\\n- 10h30 Camille Roux\\, Risk Manager\\n- 11h30 visite et déjeuner
END:VEVENT""", tz=("Europe/Paris",)), True, "Lydia", "Head of Compliance", "onsite", ("hugo.lefevre@lydia-app.com", "camille.roux@lydia-app.com")))
    e.append(Ev("pos-fr-regulator", "fr", cal(OL, f"""BEGIN:VEVENT
UID:ACPR-JURY-2026-1119-GALLAGHER
{STAMP}
DTSTART;TZID="Romance Standard Time":20261119T140000
DTEND;TZID="Romance Standard Time":20261119T150000
SUMMARY:Entretien avec le jury - Contrôleur LCB-FT
{org("Banque de France - Recrutement", "recrutement@banque-france.fr")}
{me}
{att("Isabelle Garnier", "isabelle.garnier@acpr.banque-france.fr")}
{att("Thomas Mercier", "thomas.mercier@acpr.banque-france.fr")}
DESCRIPTION:Autorité de contrôle prudentiel et de résolution (ACPR)\\nJury : Isabelle Garnier\\, Thomas Mercier\\nLieu : 4 place de Budapest\\, Paris 9e
END:VEVENT""", tz=("Romance Standard Time",)), True, "ACPR", "Contrôleur LCB-FT", "", ("isabelle.garnier@acpr.banque-france.fr", "thomas.mercier@acpr.banque-france.fr")))
    e.append(Ev("pos-fr-handtyped", "fr", cal(A, """BEGIN:VEVENT
UID:5C1A7E3B-9D2F-4B8A-A6C0-E4D3F2B1A098
DTSTAMP:20261102T091500Z
DTSTART:20261123T083000Z
DTEND:20261123T093000Z
SUMMARY:Entretien technique AXA - poste risques conformité
LOCATION:Teams
END:VEVENT""", method=""), True, "AXA", "risques conformité", "technical", ()))
    e.append(Ev("pos-fr-agency-lux", "fr", cal(G, f"""BEGIN:VEVENT
DTSTART:20261127T130000Z
DTEND:20261127T140000Z
{STAMP}
{org("Sarah Lambert (Robert Walters)", "sarah.lambert@robertwalters.com")}
UID:6ty2u8i4o0p1a7s3d9f5g2h8j@google.com
{att("Tom Gallagher", ME_HOME)}
{att("Nicolas Weber", "nicolas.weber@societegenerale.com")}
SUMMARY:Entretien Société Générale (Luxembourg) - Manager AML/KYC
DESCRIPTION:Bonjour Tom\\, voici l'invitation pour votre entretien avec Nicolas Weber\\, Head of Financial Security\\, Société Générale Luxembourg. Bonne chance ! Sarah - Robert Walters{boiler(MEET_EN, "gqa-hrxw-kci", "7731")}
END:VEVENT"""), True, "Société Générale", "Manager AML/KYC", "", ("nicolas.weber@societegenerale.com",)))
    # ---- German
    e.append(Ev("pos-de-direct", "de", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123456701000000000000000010000000FEDCBA9876543210
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261110T140000
DTEND;TZID="W. Europe Standard Time":20261110T150000
SUMMARY;LANGUAGE=de-de:Vorstellungsgespräch Tom Gallagher - Senior Compliance Manager Geldwäscheprävention
{org("Katrin Vogel", "katrin.vogel@commerzbank.com")}
{me}
{att("Stefan Braun", "stefan.braun@commerzbank.com")}
DESCRIPTION:Sehr geehrter Herr Gallagher\\,\\n\\nwie besprochen lade ich Sie zu einem Gespräch mit Herrn Braun (Bereichsleiter Compliance) und mir ein.\\n\\nMit freundlichen Grüßen\\nKatrin Vogel\\nHR Business Partner\\, Commerzbank AG{boiler(TEAMS_DE, "", "Cb8Zq3")}
END:VEVENT""", tz=("W. Europe Standard Time",)), True, "Commerzbank", "Senior Compliance Manager Geldwäscheprävention", "", ("katrin.vogel@commerzbank.com", "stefan.braun@commerzbank.com")))
    e.append(Ev("pos-de-personio-screen", "de", cal("-//Personio GmbH//Personio Recruiting//DE", f"""BEGIN:VEVENT
UID:personio-interview-88213-1@personio.de
{STAMP}
DTSTART;TZID=Europe/Berlin:20261105T110000
DTEND;TZID=Europe/Berlin:20261105T113000
SUMMARY:Kennenlerngespräch: Tom Gallagher (Financial Crime Specialist)
{org("Trade Republic Recruiting", "recruiting@traderepublic.com")}
{me}
{att("Jana Schulz", "jana.schulz@traderepublic.com")}
DESCRIPTION:Hallo Tom\\,\\nwir freuen uns auf das erste Telefoninterview mit Jana Schulz aus dem Talent-Team der Trade Republic Bank GmbH.
END:VEVENT""", tz=("Europe/Berlin",)), True, "Trade Republic", "Financial Crime Specialist", "recruiter_screen", ("jana.schulz@traderepublic.com",)))
    e.append(Ev("pos-de-zoom-tech", "de", cal(G, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261117T100000
DTEND;TZID=Europe/Berlin:20261117T113000
{STAMP}
{org("Felix Hoffmann", "felix.hoffmann@solarisgroup.com")}
UID:8uj4k0l2z6x1c5v9b3n7m0q2w@google.com
{att("Felix Hoffmann", "felix.hoffmann@solarisgroup.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
{att("Miriam Keller", "miriam.keller@solarisgroup.com")}
SUMMARY:Fachinterview / Fallstudie - AML Lead (Solaris SE)
DESCRIPTION:Zweite Runde: Fallstudie zu Transaktionsmonitoring\\, Präsentation 20 Min.\\, danach Fragen.{boiler(ZOOM_DE, "4410239982", "sol26")}
END:VEVENT""", tz=("Europe/Berlin",)), True, "Solaris", "AML Lead", "technical", ("felix.hoffmann@solarisgroup.com", "miriam.keller@solarisgroup.com")))
    e.append(Ev("pos-de-final-onsite", "de", cal(OL, f"""BEGIN:VEVENT
UID:{{11AA22BB-33CC-44DD-55EE-66FF77008899}}
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261208T090000
DTEND;TZID="W. Europe Standard Time":20261208T123000
SUMMARY:Finale Interviewrunde vor Ort - Allianz SE - Risk & Compliance
{org("Allianz Talent Acquisition", "talent.acquisition@allianz.com")}
{me}
{att("Dr. Andreas Wolf", "andreas.wolf@allianz.com")}
{att("Sabine Krüger", "sabine.krueger@allianz.com")}
{att("Raum K.3.12", "raum.k312@allianz.com", "NON-PARTICIPANT", cutype="ROOM")}
LOCATION:Königinstraße 28\\, 80802 München
DESCRIPTION:Position: Head of Financial Crime Compliance (m/w/d)\\nGesprächspartner: Dr. Andreas Wolf (Chief Compliance Officer)\\, Sabine Krüger (HR)
END:VEVENT""", tz=("W. Europe Standard Time",)), True, "Allianz", "Head of Financial Crime Compliance", "final", ("andreas.wolf@allianz.com", "sabine.krueger@allianz.com")))
    e.append(Ev("pos-de-handtyped", "de", cal(A, """BEGIN:VEVENT
UID:9E8D7C6B-5A49-4382-B1A0-F9E8D7C6B5A4
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/Berlin:20261120T160000
DTEND;TZID=Europe/Berlin:20261120T170000
SUMMARY:Interview Deutsche Bank Dublin - AFC Officer (2. Runde)
END:VEVENT""", tz=("Europe/Berlin",), method=""), True, "Deutsche Bank", "AFC Officer", "", ()))
    e.append(Ev("pos-de-amsterdam-abbrev", "de", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000099887766554433010000000000000000100000000F1E2D3C4B5A6978
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261126T100000
DTEND;TZID="W. Europe Standard Time":20261126T110000
SUMMARY:Gespräch mit dem Fachbereich - Compliance Officer Sanktionen
{org("Jan de Groot", "jan.degroot@nl.abnamro.com")}
{me}
DESCRIPTION:Hallo Tom\\,\\nich bin der einstellende Manager bei der ABN AMRO Bank N.V. (Team Sanctions\\, Amsterdam). Freue mich auf unser Gespräch.\\nGruß\\, Jan{boiler(TEAMS_EN, "YWJuYW1y", "Ab2Nn7")}
END:VEVENT""", tz=("W. Europe Standard Time",)), True, "ABN AMRO", "Compliance Officer Sanktionen", "hiring_manager", ("jan.degroot@nl.abnamro.com",)))
    # ---- a few more English
    e.append(Ev("pos-regulator-cbi", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261209T100000Z
DTEND:20261209T110000Z
{STAMP}
{org("Central Bank of Ireland - Recruitment", "recruitment@centralbank.ie")}
UID:cbi-rec-2026-339@centralbank.ie
{att("Tom Gallagher", ME_HOME)}
{att("Eoin Gallagher", "eoin.gallagher@centralbank.ie")}
{att("Sinéad Murphy", "sinead.murphy@centralbank.ie")}
SUMMARY:Competency interview - Senior Inspector\\, AML Division
DESCRIPTION:Board: Eoin Gallagher (Head of Function)\\, Sinéad Murphy (Senior Inspector).
END:VEVENT"""), True, "Central Bank of Ireland", "Senior Inspector, AML Division", "", ("eoin.gallagher@centralbank.ie", "sinead.murphy@centralbank.ie")))
    e.append(Ev("pos-title-only-chat", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261113T150000Z
DTEND:20261113T153000Z
{STAMP}
{org("Ruth Kerr", "ruth.kerr@clearscore.com")}
UID:4gf6h8j0k2l4z6x8c0v2b4n6m@google.com
{att("Ruth Kerr", "ruth.kerr@clearscore.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
SUMMARY:ClearScore: intro call re Compliance Manager vacancy
DESCRIPTION:Ruth - Talent Partner at ClearScore. Quick 30 min screening call before the hiring manager stage.{boiler(MEET_EN, "aav-bgxw-ytr", "1402")}
END:VEVENT"""), True, "ClearScore", "Compliance Manager", "recruiter_screen", ("ruth.kerr@clearscore.com",)))
    e.append(Ev("pos-zurich-insurer-hm", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000777666555444330100000000000000001000000012341234ABCDABCD
{STAMP}
DTSTART;TZID="GMT Standard Time":20261204T113000
DTEND;TZID="GMT Standard Time":20261204T123000
SUMMARY:Zurich - interview with Hiring Manager - Fraud Risk Lead
{org("Emily Walsh", "emily.walsh@zurich.com")}
{me}
{att("Patrick Moran", "patrick.moran@zurich.com")}
{att("Emily Walsh", "emily.walsh@zurich.com", stat="ACCEPTED")}
DESCRIPTION:Hi Tom\\, I've set up your conversation with Patrick Moran (Head of Fraud\\, Zurich Insurance Europe). I'm just the scheduler and won't join. Best\\, Emily (Recruitment Coordinator){boiler(TEAMS_EN, "enVyaWNo", "Zu5Rc1")}
END:VEVENT""", tz=("GMT Standard Time",)), True, "Zurich", "Fraud Risk Lead", "hiring_manager", ("patrick.moran@zurich.com",)))
    e.append(Ev("pos-starling-unfolded", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261211T140000Z
DTEND:20261211T150000Z
{STAMP}
{org("Starling Bank Talent", "talent@starlingbank.com")}
UID:starling-int-20261211-tg-0009@starlingbank.com
{att("Tom Gallagher", ME_HOME)}
{att("Amelia Grant", "amelia.grant@starlingbank.com")}
SUMMARY:Starling Bank | Stage 2 - Competency interview | Financial Crime Operations Manager | Tom Gallagher
DESCRIPTION:You'll meet Amelia Grant (Head of Financial Crime Operations). This stage focuses on competencies and scenario questions.
END:VEVENT""", nofold=True), True, "Starling Bank", "Financial Crime Operations Manager", "", ("amelia.grant@starlingbank.com",)))
    return e
