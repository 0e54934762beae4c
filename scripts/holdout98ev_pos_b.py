"""holdout98: the user's own interviews, part B (Outlook, hand-typed, agencies, schedulers)."""

from __future__ import annotations

from holdout98ev_ics import UTC00, UTC01, M, cal, meet, org, rec, room, teams, tz_olson, tz_windows, vevent, who, zoom

ME = "nuria.puig.events@yahoo.es"
ME_CN = "Núria Puig Ferrer"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"
GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.5//EN"
BUSY = ("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")


def _alt(html: str) -> str:
    return "X-ALT-DESC;FMTTYPE=text/html:" + html.replace(",", "\\,").replace(";", "\\;")


def _outlook() -> list[dict[str, object]]:
    out = []
    rs = "Romance Standard Time"
    uid = "040000008200E00074C5B7101A82E00800000000B0C7F3A1D5A8DB01000000000000000010000000E4F2A67C1B3D8A4F9"
    desc = ("Benvolguda Núria,\n\nGràcies per l'interès en la plaça de Cap de Congressos del Centre de "
            "Convencions Diagonal. Et convoquem a una primera entrevista amb Recursos Humans.\n\nCordialment,\n"
            "Montserrat Bosch\nRecursos Humans · CCD\n\n" + teams("ca", "312 004 558 771", "Kx7Bn3"))
    ev = vevent(uid, "Entrevista Núria Puig – Cap de Congressos (RRHH)", M("20250411T090000", rs),
                M("20250411T094500", rs), stamp="20250404T103512Z", desc=desc, loc="Reunió del Microsoft Teams",
                people=(org("mbosch@ccdiagonal.cat", "Bosch, Montserrat"), who(ME, "nuria.puig.events@yahoo.es")),
                extra=BUSY, seq=0)
    out.append(rec("outlook-ca", "outlook-windows-tz-recruiter-ca", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows(rs)), uid, "Centre de Convencions Diagonal", "Cap de Congressos", "recruiter_screen",
               "mbosch@ccdiagonal.cat"))
    uid = "040000008200E00074C5B7101A82E00800000000D11E0B62A3B0DB01000000000000000010000000A1B7C9D03F5E"
    desc = ("Núria,\n\nsegona fase: cas pràctic. Et farem arribar el dossier d'un congrés mèdic de 1.200 "
            "delegats (3 dies, auditori i 14 sales) i l'hauràs de presentar a:\n- Xavier Roig, director "
            "general\n- Anna Ferrer Solà, directora d'operacions\n\nSala Consell, planta 2.\n\nMontserrat")
    html = ("<html><body><p>Núria,</p><p>segona fase: <b>cas pràctic</b>. Et farem arribar el dossier d'un "
            "congrés mèdic de 1.200 delegats.</p><ul><li>Xavier Roig, director general</li><li>Anna Ferrer Solà, "
            "directora d'operacions</li></ul><p>Sala Consell, planta 2.</p></body></html>")
    ev = vevent(uid, "2a entrevista – cas pràctic Cap de Congressos", M("20250424T100000", UTC01),
                M("20250424T113000", UTC01), stamp="20250416T144000Z", desc=desc,
                loc="CCD – Sala Consell (planta 2), Av. Diagonal 661, Barcelona",
                people=(org("mbosch@ccdiagonal.cat", "Bosch, Montserrat"), who(ME, ME_CN),
                        who("xroig@ccdiagonal.cat", "Roig, Xavier"), who("aferrer@ccdiagonal.cat", "Ferrer Solà, Anna"),
                        room("sala.consell@ccdiagonal.cat", "CCD Sala Consell")),
                extra=(_alt(html), *BUSY), seq=1)
    out.append(rec("outlook-ca", "outlook-utc-zone-case-alt-desc-ca", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows(UTC01)), uid, "Centre de Convencions Diagonal", "Cap de Congressos", "technical",
               "xroig@ccdiagonal.cat;aferrer@ccdiagonal.cat"))
    uid = "040000008200E00074C5B7101A82E008000000005A9C11D2E4C0DB010000000000000000100000007C2D"
    desc = ("Bon dia, Núria,\n\nper encàrrec del Sr. Enric Fortuny et faig arribar la convocatòria de "
            "l'entrevista final per al lloc de Responsable d'Esdeveniments de Fira Costa Daurada.\n\n"
            "Rosa Mestres\nSecretaria de Direcció\n\n" + teams("ca", "355 908 112 640", "Fc4Rt8"))
    ev = vevent(uid, "Entrevista final - Responsable d'Esdeveniments", M("20250530T120000", rs),
                M("20250530T130000", rs), stamp="20250526T080102Z", desc=desc, loc="Reunió del Microsoft Teams",
                people=(org("efortuny@firacostadaurada.cat", "Fortuny, Enric", sent_by="rmestres@firacostadaurada.cat"),
                        who(ME, ME_CN)), extra=BUSY, seq=0)
    out.append(rec("teams-ca", "teams-sent-by-final-ca", cal(OUTLOOK, [ev], method="REQUEST", tz=tz_windows(rs)),
               uid, "Fira Costa Daurada", "Responsable d'Esdeveniments", "final", "efortuny@firacostadaurada.cat"))
    uid = "040000008200E00074C5B7101A82E00800000000F0A4C1E9B2BBDB01000000000000000010000000D0C3"
    desc = ("Dear Núria,\n\nThank you for your application for Head of Congress Operations. Please find below "
            "the invitation for an interview with our Executive Director, Catarina Leal, and the Head of Sales, "
            "Tiago Fonseca.\n\nKind regards,\nMarta Sequeira\nHuman Resources | Centro de Congressos do Tejo\n\n"
            + teams("en", "384 117 550 962", "Tj3Lp9"))
    html = ("<html><body><p>Dear Núria,</p><p>Thank you for your application for <b>Head of Congress Operations"
            "</b>.</p><p>Interviewers: Catarina Leal (Executive Director), Tiago Fonseca (Head of Sales)</p>"
            "</body></html>")
    ev = vevent(uid, "Interview – Head of Congress Operations | CCT", M("20250602T110000", "GMT Standard Time"),
                M("20250602T120000", "GMT Standard Time"), stamp="20250527T090909Z", desc=desc,
                loc="Microsoft Teams Meeting",
                people=(org("marta.sequeira@cctejo.pt", "Sequeira, Marta"), who(ME, ME_CN),
                        who("catarina.leal@cctejo.pt", "Leal, Catarina"), who("tiago.fonseca@cctejo.pt",
                                                                            "Fonseca, Tiago")),
                extra=(_alt(html), *BUSY), seq=0)
    out.append(rec("outlook-en", "outlook-gmt-lisbon-alt-desc-en", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows("GMT Standard Time", "+0000", "+0100")), uid, "Centro de Congressos do Tejo",
               "Head of Congress Operations", "hiring_manager", "catarina.leal@cctejo.pt;tiago.fonseca@cctejo.pt"))
    uid = "040000008200E00074C5B7101A82E0080000000033B1D0F7C5C3DB0100000000000000001000000088AE"
    ev = vevent(uid, "Final interview – CCT Lisboa (in person)", M("20250618T100000", UTC00),
                M("20250618T120000", UTC00), stamp="20250610T150000Z",
                desc=("Dear Núria,\n\nWe would like to invite you to Lisbon for the final stage: a tour of the "
                      "venue with Tiago Fonseca and a conversation with the Board member for operations, Rui "
                      "Antunes.\n\nMarta Sequeira\nHuman Resources"),
                loc="Centro de Congressos do Tejo, Av. da Índia 48, Lisboa – Reception, level 0",
                people=(org("marta.sequeira@cctejo.pt", "Sequeira, Marta"), who(ME, ME_CN),
                        who("rui.antunes@cctejo.pt", "Antunes, Rui"), who("tiago.fonseca@cctejo.pt", "Fonseca, Tiago")),
                extra=BUSY, seq=0)
    out.append(rec("outlook-en", "outlook-utc00-zone-final-en", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows(UTC00, "+0000", "+0100")), uid, "Centro de Congressos do Tejo", "", "final",
               "rui.antunes@cctejo.pt;tiago.fonseca@cctejo.pt"))
    return out


def _sap_workable_hand() -> list[dict[str, object]]:
    out = []
    uid = "SF-INTV-20250506-IBH-00031977"
    desc = ("Estimada candidata:\n\nLe invitamos a una entrevista en el marco del proceso de selección "
            "Director/a de Eventos y Convenciones – Iberhost Madrid Castellana.\n\nEntrevistadora: Lourdes "
            "Quintana (lquintana@iberhost.com)\nDirección: Paseo de la Castellana 280, Madrid\n\n"
            "Iberhost Hotels – Recursos Humanos\nEste correo ha sido generado por SAP SuccessFactors.")
    ev = vevent(uid, "Invitación a entrevista: Director/a de Eventos y Convenciones", M("20250506T120000"),
                M("20250506T130000"), stamp="20250429T090000Z", desc=desc,
                loc="Iberhost Madrid Castellana, Paseo de la Castellana 280, Madrid",
                people=(org("noreply@successfactors.eu", "Iberhost Hotels"), who(ME, ME_CN),
                        who("lquintana@iberhost.com", "Lourdes Quintana")))
    out.append(rec("successfactors-es", "successfactors-no-stage-es", cal("-//SAP SuccessFactors//RCM//EN", [ev],
               method="REQUEST", tz=tz_olson()), uid, "Iberhost Hotels", "Director/a de Eventos y Convenciones", "",
               "lquintana@iberhost.com"))
    uid = "SF-INTV-20250520-IBH-00032410"
    ev = vevent(uid, "Cancelada: Entrevista final – Director/a de Eventos y Convenciones", M("20250520T100000"),
                M("20250520T110000"), stamp="20250516T141000Z", status="CANCELLED", seq=1,
                desc=("La entrevista final con D. Andrés Villalba (Director General) ha sido cancelada. Nos "
                      "pondremos en contacto para proponer una nueva fecha.\n\nIberhost Hotels – RR. HH."),
                loc="Iberhost Hotels – Oficinas centrales, Madrid",
                people=(org("noreply@successfactors.eu", "Iberhost Hotels"), who(ME, ME_CN),
                        who("avillalba@iberhost.com", "Andrés Villalba")))
    out.append(rec("successfactors-es", "cancelled-final-es", cal("-//SAP SuccessFactors//RCM//EN", [ev],
               method="CANCEL", tz=tz_olson()), uid, "Iberhost Hotels", "Director/a de Eventos y Convenciones",
               "final", "avillalba@iberhost.com"))
    uid = "workable-int-2c9d4f1b3e@workablemail.com"
    desc = ("Hola Núria,\n\nTe invitamos a una entrevista para el puesto Project Manager Congresos Sénior en "
            "Vértice Congresos. Hablarás con Gonzalo Herrán, Director de Proyectos.\n\n"
            + zoom("es", "813 4470 2291", "VeRt1c3x") + "\n\nEnviado con Workable")
    ev = vevent(uid, "Entrevista con Vértice Congresos", M("20250414T100000"), M("20250414T104500"),
                stamp="20250408T120000Z", desc=desc, loc="Zoom",
                people=(org("gherran@verticecongresos.es", "Gonzalo Herrán"), who(ME, ME_CN)))
    out.append(rec("workable-es", "workable-es", cal("-//Workable//Workable Calendar//EN", [ev], method="REQUEST",
               tz=tz_olson()), uid, "Vértice Congresos", "Project Manager Congresos Sénior", "",
               "gherran@verticecongresos.es"))
    uid = "B3E7A1D2-55C4-4F0E-9A61-7D2C8E1F4B90"
    ev = vevent(uid, "Entrev. Vértice 2ª - Madrid (AVE 7:30)", ":20250428T113000", ":20250428T130000",
                stamp="20250422T203000Z", loc="C/ Orense 34, Madrid", status="",
                desc="Gonzalo + socia (Pilar?). Portar portàtil i dossier congrés SEMI 2024.")
    out.append(rec("handtyped-es", "handtyped-floating-terse-es", cal(APPLE, [ev]), uid, "Vértice Congresos", "", "",
               "Gonzalo"))
    uid = "8F0C2D3E-1A4B-4C5D-8E6F-7A8B9C0D1E2F"
    ev = vevent(uid, "Entrevista Hotel Maricel - amb la Carme (directora)", ":20250507T170000", ":20250507T180000",
                stamp="20250503T181500Z", loc="Hotel Maricel, Passeig Marítim 9, Sitges", status="",
                desc="Lloc: Coordinadora d'esdeveniments i noces. Arribar 10' abans.")
    out.append(rec("handtyped-ca", "handtyped-floating-ca", cal("-//Apple Inc.//iPhone OS 18.4//EN", [ev]), uid,
               "Hotel Maricel", "Coordinadora d'esdeveniments i noces", "", "Carme"))
    return out


def _bookings_agencies() -> list[dict[str, object]]:
    out = []
    uid = "bookings-4b1a9e72-3d0c-4f8a-a215-douroconvention"
    desc = ("Your booking is confirmed.\n\nService: Interview – Events & Partnerships Manager\nStaff: Joana "
            "Pinto (HR)\n\n" + teams("en", "329 660 114 805", "Dr8Wq1")
            + "\n\nDouro Convention Bureau\nBooked via Microsoft Bookings")
    ev = vevent(uid, "Interview – Events & Partnerships Manager", M("20250609T150000", "GMT Standard Time"),
                M("20250609T153000", "GMT Standard Time"), stamp="20250603T100000Z", desc=desc,
                loc="Microsoft Teams",
                people=(org("DouroConventionBureau@douroconvention.pt", "Douro Convention Bureau"),
                        who(ME, ME_CN), who("joana.pinto@douroconvention.pt", "Joana Pinto")))
    out.append(rec("bookings-en", "ms-bookings-recruiter-en", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows("GMT Standard Time", "+0000", "+0100")), uid, "Douro Convention Bureau",
               "Events & Partnerships Manager", "recruiter_screen", "joana.pinto@douroconvention.pt"))
    uid = "icims-int-001948-7731@sandemar.icims.com"
    desc = ("Estimada Núria:\n\nConfirmamos su entrevista con la responsable de la vacante, Yaiza Betancor "
            "(Directora Comercial Canarias), para el puesto Directora de Eventos MICE – Gran Canaria.\n\n"
            + meet("es", "sdm-qwvb-tyu", "604 882 117") + "\n\nGrupo Sandemar · Talento\nPowered by iCIMS")
    ev = vevent(uid, "Entrevista: Directora de Eventos MICE – Gran Canaria", M("20250616T100000", "Atlantic/Canary"),
                M("20250616T110000", "Atlantic/Canary"), stamp="20250610T083000Z", desc=desc,
                people=(org("talento@sandemar.com", "Grupo Sandemar Talento"), who(ME, ME_CN),
                        who("ybetancor@sandemar.com", "Yaiza Betancor"),
                        who("talento@sandemar.com", "Grupo Sandemar Talento", role="NON-PARTICIPANT", rsvp=False)))
    canary = [x.replace("Europe/Lisbon", "Atlantic/Canary") for x in tz_olson("Europe/Lisbon")]
    out.append(rec("icims-es", "icims-canary-tz-hiring-manager-es", cal("-//iCIMS//Interview Scheduling//EN", [ev],
               method="REQUEST", tz=canary), uid, "Grupo Sandemar", "Directora de Eventos MICE", "hiring_manager",
               "ybetancor@sandemar.com"))
    uid = "040000008200E00074C5B7101A82E00800000000A7F1E2D3C4B5DB0100000000000000001000000011FF"
    ev = vevent(uid, "Entrevista telefónica – Sandemar (RR. HH.)", M("20250604T090000", "Romance Standard Time"),
                M("20250604T093000", "Romance Standard Time"), stamp="20250602T074500Z",
                desc=("Hola Núria, te llamo yo al móvil. Unos 20-30 min para repasar tu trayectoria y la "
                      "posición en Gran Canaria.\nSaludos,\nAitor Medina\nTalento · Grupo Sandemar"),
                loc="Teléfono", people=(org("amedina@sandemar.com", "Medina, Aitor"), who(ME, ME_CN)), extra=BUSY)
    out.append(rec("outlook-es", "phone-screen-es", cal(OUTLOOK, [ev], method="REQUEST",
               tz=tz_windows("Romance Standard Time")), uid, "Grupo Sandemar", "", "recruiter_screen",
               "amedina@sandemar.com"))
    uid = "cal-7ZkP2wQx9aB3LmN0rT5v@cal.com"
    desc = ("What: Interview – Head of Customer Events between Tomás Aguiar and Núria Puig Ferrer\n"
            "Invitee time zone: Europe/Madrid\nWho:\n- Tomás Aguiar - Organizer\n- Núria Puig Ferrer\n"
            "Where: https://app.cal.com/video/7ZkP2wQx9aB3LmN0rT5v\nNeed to make a change? Cancel or reschedule")
    ev = vevent(uid, "Interview – Head of Customer Events between Tomás Aguiar and Núria Puig Ferrer",
                ":20250617T140000Z", ":20250617T144500Z", stamp="20250612T162000Z", desc=desc,
                loc="https://app.cal.com/video/7ZkP2wQx9aB3LmN0rT5v",
                people=(org("tomas@eventoria.io", "Tomás Aguiar"), who(ME, ME_CN, ps="ACCEPTED")))
    out.append(rec("calcom-en", "calcom-founder-en", cal("-//Cal.com Inc.//Cal.com Event//EN", [ev], method="REQUEST"),
               uid, "Eventoria", "Head of Customer Events", "", "tomas@eventoria.io"))
    uid = "hostelia-cli-4471-bellver@hosteliatalent.es"
    desc = ("Hola Núria,\n\nTal como hablamos, te confirmo la entrevista con nuestro cliente GRUPO BELLVER HOTELS "
            "para la posición de Directora MICE (Palma). Te entrevistará Toni Mascaró, Director de Operaciones. "
            "Yo no estaré en la llamada; llámame después para el feedback.\n\n" + zoom("es", "856 3310 9902",
                                                                                     "BeLL1vErq") +
            "\nMireia Sala\nSenior Consultant · Hostelia Talent Hospitality Search")
    ev = vevent(uid, "Entrevista cliente: Grupo Bellver Hotels – Directora MICE", M("20250513T180000"),
                M("20250513T184500"), stamp="20250508T113000Z", desc=desc, loc="Zoom",
                people=(org("mireia.sala@hosteliatalent.es", "Mireia Sala"), who(ME, ME_CN),
                        who("tmascaro@bellverhotels.com", "Toni Mascaró")))
    out.append(rec("agency-es", "agency-names-employer-es", cal(GCAL, [ev], method="REQUEST", tz=tz_olson()), uid,
               "Grupo Bellver Hotels", "Directora MICE", "hiring_manager", "tmascaro@bellverhotels.com"))
    uid = "0F4E1C2B-9A7D-4E3F-B1C0-5D6E7F8A9B0C"
    ev = vevent(uid, "Jornada entrevistes Bellver (Palma) – assessment", ";VALUE=DATE:20250527",
                ";VALUE=DATE:20250528", stamp="20250520T210000Z", status="", transp="TRANSPARENT",
                loc="Bellver Hotels, Passeig Marítim 11, Palma",
                desc=("Tot el dia a Palma: visita hotel, dinàmica amb l'equip de vendes, entrevista amb en Toni "
                      "Mascaró i la CEO (Margalida Crespí). Vol 7:00, tornada 21:10."))
    out.append(rec("allday-ca", "allday-onsite-handtyped-ca", cal(APPLE, [ev]), uid, "Grupo Bellver Hotels",
               "", "onsite", "tmascaro@bellverhotels.com;Margalida Crespí"))
    uid = "meridian-ES-2025-0612-NPF@meridiansearch.com"
    desc = ("Dear Núria,\n\nAs discussed, our client – Grupo Areias Hotels, the Algarve resort group – would like "
            "to meet you for the Regional MICE Director role. You will speak with Filipa Carvalho (Chief "
            "Commercial Officer). I will join for the first five minutes to make introductions only.\n\n"
            + meet("en", "mrd-ares-fxq", "773 120 448") + "\n\nBest,\nOliver Grant\nMeridian Executive Search")
    ev = vevent(uid, "Client interview – Regional MICE Director", M("20250612T100000", "Europe/Lisbon"),
                M("20250612T110000", "Europe/Lisbon"), stamp="20250606T094500Z", desc=desc,
                people=(org("oliver.grant@meridiansearch.com", "Oliver Grant"), who(ME, ME_CN),
                        who("filipa.carvalho@areiashotels.pt", "Filipa Carvalho"),
                        who("oliver.grant@meridiansearch.com", "Oliver Grant", ps="ACCEPTED", rsvp=False)))
    out.append(rec("agency-en", "agency-employer-in-body-en", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson("Europe/Lisbon")), uid, "Grupo Areias Hotels", "Regional MICE Director", "",
               "filipa.carvalho@areiashotels.pt"))
    return out


def events() -> list[dict[str, object]]:
    return _outlook() + _sap_workable_hand() + _bookings_agencies()
