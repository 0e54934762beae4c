"""holdout79 negatives in English, Dutch, German and Spanish (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, teams, zoom
from holdout79ev_ics import ME, ROMANCE, WORK, cal, esc, ev, label, outlook_x

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return label(kind, ics, uid, 0, trap=trap)


def _g(uid: str, summary: str, start: str, end: str, desc: str, org: tuple[str, str] | None = None,
       loc: str = "", export: bool = False) -> str:
    lines: list[str | None] = [f"DTSTART:{start}", f"DTEND:{end}", "DTSTAMP:20260301T100000Z"]
    if org:
        lines += [f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}",
                  f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ME};"
                  f"X-NUM-GUESTS=0:mailto:{ME}",
                  f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org[0]};"
                  f"X-NUM-GUESTS=0:mailto:{org[1]}"]
    else:
        lines.append(f"UID:{uid}")
    lines += ["CREATED:20260301T095900Z", f"DESCRIPTION:{esc(desc)}", "LAST-MODIFIED:20260301T100000Z",
              f"LOCATION:{esc(loc)}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    head = ("X-WR-CALNAME:Amélie", "X-WR-TIMEZONE:Europe/Brussels") if export else ()
    return cal(GOOGLE, ev(*lines), method="PUBLISH" if export else "REQUEST", calscale=True, head=head)


def mock_en() -> dict[str, object]:
    uid = "m4o5c6k7e8n9p0r1a2c3t4i5c6@google.com"
    desc = ("Julien (RA Manager at a CRO, old uni friend) plays the hiring manager: regulatory strategy case + "
            "'tell me about a time you disagreed with a physician'. Feedback afterwards.\n\n"
            + meet("en", "pmx-ahtr-zqe"))
    return _neg("google-mock-en", _g(uid, "Mock interview – RA case practice w/ Julien", "20260307T090000Z",
                                     "20260307T100000Z", desc, ("Julien Hardy", "julien.hardy.ra@gmail.com")),
                uid, "mock-interview-en")


def mock_nl() -> dict[str, object]:
    uid = "vdab-loopbaan-7731-20260309@loopbaanbegeleiding.be"
    body = ("Beste Amélie,\n\nZoals afgesproken oefenen we in deze sessie een sollicitatiegesprek in het Nederlands "
            "(rollenspel, feedback op lichaamstaal en je pitch). Dit is sessie 3 van je loopbaancheque-traject.\n\n"
            "Groeten,\nHanne Peeters – loopbaancoach")
    e = ev(f"UID:{uid}", "DTSTAMP:20260302T080000Z", "DTSTART;TZID=Europe/Brussels:20260309T180000",
           "DTEND;TZID=Europe/Brussels:20260309T193000", "SUMMARY:Oefengesprek sollicitatie (loopbaancoaching)",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Loopbaancentrum Brussel\\, Vlaamse Steenweg 15",
           "ORGANIZER;CN=Hanne Peeters:mailto:hanne.peeters@loopbaanbegeleiding.be",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}")
    return _neg("coach-practice-nl", cal("-//Loopbaan//Agenda//NL", e, tz=("Europe/Brussels",)), uid,
                "mock-interview-coach-nl")


def webinar_en() -> dict[str, object]:
    uid = "on24-evt-4419022-amelie@mslsociety.eu"
    body = ("You're registered! Webinar: Nailing the Medical Affairs interview – behavioural questions, the "
            "journal-club presentation and the MSL role play.\nSpeakers: Dr. Karen Holt (Head of Field Medical) and "
            "Samuel Otieno (Recruiter).\nJoin: https://event.on24.com/wcc/r/4419022/\nA recording will be sent to "
            "all registrants.")
    e = ev(f"UID:{uid}", "DTSTAMP:20260220T090000Z", "DTSTART:20260304T160000Z", "DTEND:20260304T170000Z",
           "SUMMARY:Webinar: Nailing the Medical Affairs interview", f"DESCRIPTION:{esc(body)}",
           "LOCATION:https://event.on24.com/wcc/r/4419022/",
           "ORGANIZER;CN=MSL Society Europe:mailto:events@mslsociety.eu")
    return _neg("webinar-en", cal("-//ON24//Webcast//EN", e, method="PUBLISH"), uid, "webinar-en")


def training_nl() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000F6F6F6F6A5A5DC01000000000000000010000000"
           "6666777788889999AAAABBBBCCCCDDDD")
    body = ("Interviewtraining voor juryleden (NL-talige sessie): gestructureerd interviewen, STAR-vragen, "
            "beoordelingsschaal en valkuilen. Trainer: Koen Maes, dienst Vorming.")
    e = ev("ORGANIZER;CN=Dienst Vorming:mailto:vorming@chu-brugmann-pharma.be",
           f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fontaine, Amélie":mailto:{WORK}',
           f"DESCRIPTION;LANGUAGE=nl-BE:{esc(body)}", f"UID:{uid}",
           "SUMMARY;LANGUAGE=nl-BE:Interviewtraining voor juryleden", f"DTSTART;TZID={ROMANCE}:20260318T133000",
           f"DTEND;TZID={ROMANCE}:20260318T163000", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260225T100000Z",
           "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=nl-BE:Vormingscentrum – lokaal 2",
           *outlook_x("BUSY"))
    return _neg("outlook-training-nl", cal("Microsoft Exchange Server 2010", e, tz=(ROMANCE,)), uid,
                "class-interviewer-training-nl")


def coffee_en() -> dict[str, object]:
    uid = "c8o7f6f5e4e3t2o1m0c9e8r7u6@google.com"
    desc = ("Informational chat with Tom Rijkaart (Medical Affairs, Cerulean Biologics) – met at the ESCP congress. "
            "He offered to tell me how MA teams work in biotech. Not related to any application.\n\n"
            + meet("en", "tyw-hznp-cpo"))
    return _neg("google-coffee-en", _g(uid, "Virtual coffee – Tom (Cerulean MA)", "20260227T121500Z",
                                       "20260227T124500Z", desc, ("Tom Rijkaart", "tom.rijkaart@cerulean-bio.com")),
                uid, "informational-chat-names-company-en")


def fair_nl() -> dict[str, object]:
    uid = "lscb-2026-bezoeker-55120@lifescience-carrierebeurs.nl"
    body = ("Je registratie voor de Life Sciences Carrièrebeurs 2026 is bevestigd.\nLocatie: Leiden Bio Science "
            "Park – Pieter de la Court-gebouw\nMeer dan 40 werkgevers, cv-check en workshops.")
    e = ev(f"UID:{uid}", "DTSTAMP:20260210T120000Z", "DTSTART;TZID=Europe/Amsterdam:20260423T100000",
           "DTEND;TZID=Europe/Amsterdam:20260423T160000", "SUMMARY:Life Sciences Carrièrebeurs 2026 – Leiden",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Leiden Bio Science Park",
           "TRANSP:TRANSPARENT")
    return _neg("job-fair-nl", cal("-//Eventbrite//Eventbrite Calendar//NL", e, method="PUBLISH",
                                   tz=("Europe/Amsterdam",)), uid, "job-fair-nl")


def referee_en() -> dict[str, object]:
    uid = "zb-ref-20260402-pvos@zeelandbio.nl"
    body = ("Dear Ms Fontaine,\n\nThank you for agreeing to act as a referee for Pieter Vos, who has applied for a "
            "Regulatory Affairs Associate position with us. The call will take about 20 minutes.\n\nKind regards,\n"
            "Lisa Mulder, Corporate Recruiter, Zeeland Biosciences\n\n" + teams("en", "330918274456", "Rf7Vb2",
                                                                                  dial=False))
    e = ev(f"UID:{uid}", "DTSTAMP:20260330T100000Z", "DTSTART;TZID=Europe/Amsterdam:20260402T160000",
           "DTEND;TZID=Europe/Amsterdam:20260402T162000", "SUMMARY:Reference call – Pieter Vos",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Microsoft Teams Meeting",
           "ORGANIZER;CN=Lisa Mulder:mailto:lisa.mulder@zeelandbio.nl",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}")
    return _neg("referee-en", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", e, tz=("Europe/Amsterdam",)),
                uid, "reference-call-user-as-referee-en")


def recruiter_en() -> dict[str, object]:
    uid = "kv-intro-20260220-0512@kv-lifesciences.com"
    body = ("Hi Amélie,\n\nLovely to connect. Let's have an initial conversation about your move from hospital "
            "pharmacy into regulatory affairs – I'm working on several confidential RA and QA searches across the "
            "Netherlands and Switzerland and would like to understand your priorities (location, salary, "
            "hybrid).\n\nSpeak soon,\nSarah Whitfield\nKendrick & Vale Life Sciences\n\n"
            + zoom("en", "Sarah Whitfield", "97720018844", "kVm2Lq8zPw5n"))
    e = ev(f"UID:{uid}", "DTSTAMP:20260217T140000Z", "DTSTART:20260220T110000Z", "DTEND:20260220T113000Z",
           "SUMMARY:Call with Sarah – Kendrick & Vale (RA/QA opportunities)", f"DESCRIPTION:{esc(body)}",
           "LOCATION:Zoom", "ORGANIZER;CN=Sarah Whitfield:mailto:sarah.whitfield@kv-lifesciences.com",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}")
    return _neg("agency-intro-en", cal("-//Bullhorn//Bullhorn Calendar//EN", e), uid, "recruiter-call-no-employer-en")


def prep_en() -> dict[str, object]:
    uid = "p1r2e3p4z5e6e7l8a9n0d1c2s3@google.com"
    desc = ("Build slides for the biosimilar scientific-advice case (20 min). Rehearse twice out loud. Check "
            "EMA guideline on similar biological medicinal products.")
    return _neg("google-prep-en", _g(uid, "Prep: case study Zeeland", "20260329T080000Z", "20260329T110000Z", desc,
                                     export=True), uid, "prep-block-names-employer-en")


def webinar_de() -> dict[str, object]:
    uid = "webinar-karriere-pharma-ch-20260312@pharmakarriere.ch"
    body = ("Vielen Dank für Ihre Anmeldung zum Webinar «Karriere in der Pharmaindustrie Schweiz – Quereinstieg "
            "aus der Spitalpharmazie».\nInhalte: Rollen in Regulatory Affairs und QA, Bewerbungsgespräche in der "
            "Schweiz, Arbeitsbewilligung für EU-Bürger.\n\n" + webinar_link())
    e = ev(f"UID:{uid}", "DTSTAMP:20260301T070000Z", "DTSTART;TZID=Europe/Zurich:20260312T180000",
           "DTEND;TZID=Europe/Zurich:20260312T190000", "SUMMARY:Webinar: Karriere in der Pharmaindustrie Schweiz",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Online (Teams Live)",
           "ORGANIZER;CN=PharmaKarriere.ch:mailto:webinar@pharmakarriere.ch",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=FALSE:mailto:{ME}")
    return _neg("webinar-de", cal("-//PharmaKarriere//Webinar//DE", e, tz=("Europe/Zurich",)), uid, "webinar-de")


def webinar_link() -> str:
    return teams("de", "774401236690", "Wb5Hs9", dial=False)


def podcast_es() -> dict[str, object]:
    uid = "fhh-podcast-ep58-fontaine@farmaciahospitalariahoy.es"
    body = ("Hola Amélie:\n\nGracias por aceptar la entrevista para el episodio 58 de «Farmacia Hospitalaria Hoy», "
            "sobre la gestión de desabastecimientos en hospitales belgas. La grabación será en inglés o francés "
            "con subtítulos.\n\nEnlace de grabación: https://zencastr.com/z/fhh-ep58\n\nUn saludo,\n"
            "Lucía Navarro – productora")
    e = ev(f"UID:{uid}", "DTSTAMP:20260318T110000Z", "DTSTART;TZID=Europe/Madrid:20260330T170000",
           "DTEND;TZID=Europe/Madrid:20260330T180000", "SUMMARY:Entrevista podcast Farmacia Hospitalaria Hoy",
           f"DESCRIPTION:{esc(body)}", "LOCATION:https://zencastr.com/z/fhh-ep58",
           "ORGANIZER;CN=Lucía Navarro:mailto:lucia@farmaciahospitalariahoy.es",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}")
    return _neg("podcast-es", cal("-//Zencastr//Zencastr//ES", e, tz=("Europe/Madrid",)), uid, "podcast-interview-es")


def events() -> list[dict[str, object]]:
    return [mock_en(), mock_nl(), webinar_en(), training_nl(), coffee_en(), fair_nl(), referee_en(), recruiter_en(),
            prep_en(), webinar_de(), podcast_es()]
