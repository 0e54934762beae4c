# ruff: noqa: E501
"""holdout116 negatives: the user on the hiring side at her Sparkasse branch (Azubis, trainees, advisers)."""

from __future__ import annotations

from holdout116ev_ics import ME_WORK, cal, item

OUTLOOK = "Microsoft Exchange Server 2010"
OUT16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
SKD = "sparkasse-leipzig-muldental.de"


def _ol(uid: str, summary: str, start: str, end: str, org: str, atts: list[str], desc: str = "", loc: str = "") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={org}",
        *[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}" for a in atts],
        f"DESCRIPTION;LANGUAGE=de-DE:{desc}" if desc else "",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=de-DE:{summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        "CLASS:PUBLIC",
        "DTSTAMP:20260302T080000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=de-DE:{loc}" if loc else "",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ]
    return "\n".join(ln for ln in lines if ln)


def events() -> list[dict[str, str]]:
    out = []
    me = f'"Vogel, Katrin":mailto:{ME_WORK}'
    fl = f'"Seidel, Martin":mailto:martin.seidel@{SKD}'

    def add(kind: str, text: str, uid: str, trap: str) -> None:
        out.append(item(kind, text, uid, 0, trap=trap))

    # 1 Azubi interview with the Filialleiter, organised by him
    uid = "040000008200E00074C5B7101A82E00800000000AA01B7C3D1A9DC01000000000000000010000000A1A1A1A1B2B2B2B2C3C3"
    add("azubi-interview-de", cal(_ol(
        uid, "Bewerbungsgespräch Ausbildung Bankkaufmann/-frau – Lena Hoffmann", "20260305T100000",
        "20260305T110000", fl, [me, f'"Personal Ausbildung":mailto:ausbildung@{SKD}'],
        "Hallo Katrin\\,\\nwie besprochen führen wir das Gespräch mit Frau Hoffmann gemeinsam. Unterlagen liegen im Ordner Azubi 2026. Du übernimmst bitte den Teil Kundenorientierung/Rollenspiel.\\nGruß Martin",
        "Filiale Wurzen\\, Besprechungsraum"), OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-azubi-fl-de")

    # 2 softgarden: the user is scheduled as interviewer
    uid = "softgarden-interviewer-91c0a6e2f3d84b57@softgarden.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260306T120000Z
    DTSTART;TZID=Europe/Berlin:20260312T140000
    DTEND;TZID=Europe/Berlin:20260312T144500
    SUMMARY:Interviewtermin: Jonas Petzold – Ausbildung Bankkaufmann (m/w/d) 2026
    DESCRIPTION:Sie wurden als Interviewer:in für folgenden Termin eingeplant.\\n\\nKandidat:in: Jonas Petzold\\nStelle: Ausbildung Bankkaufmann (m/w/d) 2026 – Filialen Muldental\\nInterviewer:innen: Martin Seidel\\, Katrin Vogel\\n\\nBewerbungsunterlagen und Bewertungsbogen finden Sie im softgarden-Kandidatenprofil.
    LOCATION:Filiale Wurzen
    ORGANIZER;CN=Ausbildung Sparkasse Leipzig-Muldental:mailto:bewerbung@softgarden.io
    ATTENDEE;CN=Katrin Vogel:mailto:{ME_WORK}
    ATTENDEE;CN=Martin Seidel:mailto:martin.seidel@{SKD}
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("softgarden-interviewer-de", cal(body, "-//softgarden e-recruiting GmbH//softgarden//DE", "REQUEST", "berlin"),
        uid, "user-as-interviewer-softgarden-de")

    # 3 debrief of Azubi interviews
    uid = "040000008200E00074C5B7101A82E00800000000AA02B7C3D1A9DC01000000000000000010000000D4D4D4D4E5E5E5E5F6F6"
    add("debrief-de", cal(_ol(
        uid, "Auswertung Bewerbergespräche Azubi 2026 (Hoffmann\\, Petzold\\, Demir)", "20260313T080000",
        "20260313T083000", fl, [me], "Kurz abstimmen\\, wem wir zusagen. Bitte Bewertungsbögen mitbringen."),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-debrief-de")

    # 4 hand-typed scorecard reminder
    uid = "040000008200E00074C5B7101A82E00800000000AA03B7C3D1A9DC010000000000000000100000001234ABCD5678EF90AB12"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    SUMMARY:Bewertungsbogen Kandidatin Nowak ausfüllen + an Personal
    DTSTART;TZID=W. Europe Standard Time:20260319T163000
    DTEND;TZID=W. Europe Standard Time:20260319T170000
    DTSTAMP:20260318T150000Z
    CLASS:PRIVATE
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """
    add("scorecard-hand-de", cal(body, OUT16, "", "win"), uid, "user-as-interviewer-scorecard-de")

    # 5 the user invites a candidate on a free-mail address from her work address
    uid = "040000008200E00074C5B7101A82E00800000000AA04B7C3D1A9DC01000000000000000010000000ABABABABCDCDCDCDEFEF"
    add("candidate-freemail-de", cal(_ol(
        uid, "Vorstellungsgespräch Serviceberater/in (Teilzeit) – Sparkasse Leipzig-Muldental", "20260317T090000",
        "20260317T100000", me, ['"Michelle Krause":mailto:michelle.krause98@gmx.de', fl],
        "Sehr geehrte Frau Krause\\,\\n\\nvielen Dank für Ihre Bewerbung. Gern laden wir Sie zu einem Vorstellungsgespräch in unsere Filiale Wurzen ein. Gesprächspartner: Martin Seidel (Filialleiter) und ich.\\n\\nMit freundlichen Grüßen\\nKatrin Vogel\\nKundenberaterin\\nSparkasse Leipzig-Muldental",
        "Filiale Wurzen\\, Markt 4"), OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-organiser-freemail-candidate-de")

    # 6 Calendly with the user as host: students book a Praktikum chat
    uid = "D3A0B1C2E4F54A6B8C7D9E0F1A2B3C4D@calendly.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260323T201500Z
    DTSTART:20260326T140000Z
    DTEND:20260326T142000Z
    SUMMARY:Paul Lehmann und Katrin Vogel: Kennenlernen Schülerpraktikum Filiale Wurzen
    DESCRIPTION:Veranstaltungsname: Kennenlernen Schülerpraktikum Filiale Wurzen\\n\\nEingeladener: Paul Lehmann\\nE-Mail: paul.lehmann2009@gmail.com\\n\\nFragen: Warum möchtest du ein Praktikum bei der Sparkasse machen?\\nAntwort: Ich interessiere mich für Wirtschaft und will später vielleicht Bankkaufmann werden.\\n\\nPowered by Calendly.com
    LOCATION:Filiale Wurzen
    ORGANIZER;CN=Katrin Vogel:mailto:{ME_WORK}
    ATTENDEE;CN=Paul Lehmann;PARTSTAT=ACCEPTED:mailto:paul.lehmann2009@gmail.com
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("calendly-host-de", cal(body, "-//Calendly//Calendly//EN", "REQUEST"), uid, "user-as-interviewer-calendly-host-de")

    # 7 an agency sends its candidate to the user (branch needs an adviser)
    uid = "pwm-kv-20260409-1000@personalwerk-mitte.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260402T103000Z
    DTSTART;TZID=Europe/Berlin:20260409T100000
    DTEND;TZID=Europe/Berlin:20260409T110000
    SUMMARY:Kandidatenvorstellung: Herr Emre Yılmaz – Kundenberater Privatkunden (Ihre Vakanz Filiale Wurzen)
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nwie vereinbart stellt sich Ihnen unser Kandidat Herr Yılmaz (derzeit Kundenberater bei einer Direktbank) in Ihrer Filiale vor. Das Profil haben Sie am Montag erhalten.\\n\\nMit besten Grüßen\\nDaniela Fuchs\\nPersonalwerk Mitte GmbH
    LOCATION:Sparkasse Filiale Wurzen
    ORGANIZER;CN=Daniela Fuchs:mailto:d.fuchs@personalwerk-mitte.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_WORK}
    ATTENDEE;CN=Emre Yılmaz:mailto:emre.yilmaz@outlook.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("agency-candidate-to-user-de", cal(body, OUT16, "REQUEST", "berlin"), uid, "user-as-interviewer-agency-candidate-de")

    # 8 assessment day for Azubis, user observes
    uid = "040000008200E00074C5B7101A82E00800000000AA05B7C3D1A9DC010000000000000000100000005555666677778888AAAA"
    add("azubi-ac-observer-de", cal(_ol(
        uid, "Azubi-Auswahltag 2026 – Beobachterin Gruppenübung", "20260327T083000", "20260327T140000",
        f'"Ausbildung":mailto:ausbildung@{SKD}', [me],
        "Liebe Beobachterinnen und Beobachter\\,\\nanbei der Ablauf des Auswahltags. 12 Bewerber:innen\\, 3 Gruppen. Beobachtungsbögen liegen im Raum aus. Bitte bis 15 Uhr in die Bewertungsmatrix eintragen.",
        "Hauptstelle Leipzig\\, Schulungsraum 1"), OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-ac-observer-de")

    # 9 shadowing: the user sits in on an adviser interview led by her FL
    uid = "040000008200E00074C5B7101A82E00800000000AA06B7C3D1A9DC0100000000000000001000000099998888777766665555"
    add("shadow-de", cal(_ol(
        uid, "Hospitation Interview Kundenberater-Stelle (Katrin hört zu)", "20260402T130000", "20260402T140000",
        fl, [me], "Katrin\\, als Vorbereitung auf deine Rolle als stellv. FL setzt du dich bei dem Gespräch mit Herrn Becker dazu. Nur zuhören\\, Notizen machen\\, danach 15 Min. Nachbesprechung."),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-shadowing-de")

    # 10 interview guide prep, hand-typed
    uid = "040000008200E00074C5B7101A82E00800000000AA07B7C3D1A9DC01000000000000000010000000CAFE0000BEEF0000F00D"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    SUMMARY:Interviewleitfaden Serviceberater überarbeiten (Fragen Kundensituation)
    DTSTART;TZID=W. Europe Standard Time:20260310T153000
    DTEND;TZID=W. Europe Standard Time:20260310T163000
    DTSTAMP:20260309T170000Z
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    END:VEVENT
    """
    add("interview-kit-de", cal(body, OUT16, "", "win"), uid, "user-as-interviewer-kit-de")

    # 11 terse note: candidate's folder
    uid = "040000008200E00074C5B7101A82E00800000000AA08B7C3D1A9DC010000000000000000100000000F0E0D0C0B0A09080706"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    SUMMARY:BG Azubi 10:30 – Mappe Fr. Demir ausdrucken
    DTSTART;TZID=W. Europe Standard Time:20260311T100000
    DTEND;TZID=W. Europe Standard Time:20260311T103000
    DTSTAMP:20260310T180000Z
    END:VEVENT
    """
    add("hand-bg-azubi-de", cal(body, OUT16, "", "win"), uid, "user-as-interviewer-hand-abbrev-de")

    # 12 SuccessFactors sends the interviewer request (EN template at a German Sparkasse)
    uid = "SFSF-INT-0000440192-1@successfactors.eu"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260407T090000Z
    DTSTART;TZID=Europe/Berlin:20260414T090000
    DTEND;TZID=Europe/Berlin:20260414T100000
    SUMMARY:Interview Request: Werkstudent Vertrieb (m/w/d) – Candidate: Tim Krause
    DESCRIPTION:You have been added as an interviewer.\\n\\nJob Requisition: 2026-0031 Werkstudent Vertrieb (m/w/d)\\nCandidate: Tim Krause\\nInterviewers: Katrin Vogel\\, Martin Seidel\\n\\nPlease submit your interview assessment in SuccessFactors within 24 hours.
    ORGANIZER;CN=Recruiting:mailto:recruiting@{SKD}
    ATTENDEE;CN=Katrin Vogel:mailto:{ME_WORK}
    ATTENDEE;CN=Martin Seidel:mailto:martin.seidel@{SKD}
    ATTENDEE;CN=Tim Krause:mailto:tim.krause@studserv.uni-leipzig.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("successfactors-interviewer-en", cal(body, "-//SAP SuccessFactors//Recruiting//EN", "REQUEST", "berlin"), uid,
        "user-as-interviewer-sf-request-en")

    # 13 English panel: trainee candidate from Romania
    uid = "040000008200E00074C5B7101A82E00800000000AA09B7C3D1A9DC01000000000000000010000000ABCDEF0123456789ABCD"
    body = f"""
    BEGIN:VEVENT
    ORGANIZER;CN="Ausbildung":mailto:ausbildung@{SKD}
    ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={me}
    ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Mihai Popescu":mailto:mihai.popescu.ro@yahoo.com
    DESCRIPTION;LANGUAGE=en-GB:Dear Mr Popescu\\,\\nthank you for applying for our international trainee programme. Your interview panel: Katrin Vogel (Customer Adviser) and Anett Winkler (Training). The interview will be held in English and German.\\nKind regards\\, Anett Winkler
    UID:{uid}
    SUMMARY;LANGUAGE=en-GB:Interview – International Trainee Programme – Mihai Popescu
    DTSTART;TZID=W. Europe Standard Time:20260416T110000
    DTEND;TZID=W. Europe Standard Time:20260416T120000
    DTSTAMP:20260408T120000Z
    STATUS:CONFIRMED
    LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
    END:VEVENT
    """
    add("panel-trainee-en", cal(body, OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-panel-en")

    # 14 feedback round
    uid = "040000008200E00074C5B7101A82E00800000000AA10B7C3D1A9DC01000000000000000010000000FEEDBACC0123FEEDBACC"
    add("feedback-round-de", cal(_ol(
        uid, "Feedbackrunde Kandidaten Serviceberater – Krause / Becker / Yılmaz", "20260410T150000",
        "20260410T153000", fl, [me, f'"Winkler, Anett":mailto:anett.winkler@{SKD}']), OUTLOOK, "REQUEST", "win"),
        uid, "user-as-interviewer-feedback-de")

    # 15 user phones an applicant for the internship
    uid = "040000008200E00074C5B7101A82E00800000000AA11B7C3D1A9DC010000000000000000100000003141592653589793AAAA"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    SUMMARY:Telefoninterview mit Bewerberin Sophie Wagner (Praktikum Sommer) – ich rufe an: 0157 33812290
    DTSTART;TZID=W. Europe Standard Time:20260421T121500
    DTEND;TZID=W. Europe Standard Time:20260421T124500
    DTSTAMP:20260415T091500Z
    DESCRIPTION:Fragen: Motivation\\, Verfügbarkeit Juli/August\\, Kassenerfahrung
    END:VEVENT
    """
    add("user-calls-applicant-de", cal(body, OUT16, "", "win"), uid, "user-as-interviewer-phone-applicant-de")

    # 16 second interview of an Azubi with the board member, user sits in
    uid = "040000008200E00074C5B7101A82E00800000000AA12B7C3D1A9DC0100000000000000001000000027182818284590452353"
    add("azubi-board-de", cal(_ol(
        uid, "Zweitgespräch Azubi-Bewerber Demir mit Vorstand (Hr. Kolbe)", "20260324T080000", "20260324T084500",
        f'"Kolbe, Gerd":mailto:gerd.kolbe@{SKD}', [me, fl],
        "Frau Vogel begleitet als Ausbildungsbeauftragte der Filiale.", "Vorstandsetage\\, Raum 5.01"),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-board-sits-in-de")

    # 17 trial day of a candidate at the branch
    uid = "040000008200E00074C5B7101A82E00800000000AA13B7C3D1A9DC010000000000000000100000001618033988749894AAAA"
    add("trial-day-candidate-de", cal(_ol(
        uid, "Probearbeitstag Kandidat Fischer – Einweisung durch K. Vogel", "20260428T080000", "20260428T160000",
        fl, [me], "Herr Fischer (Bewerber Kundenberater) begleitet Katrin bei Beratungen. Bitte abends kurze Einschätzung an mich."),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-trial-day-de")

    # 18 Google-based hand note, French candidate (cross-border exchange programme)
    uid = "0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com"
    body = f"""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Berlin:20260506T090000
    DTEND;TZID=Europe/Berlin:20260506T093000
    DTSTAMP:20260430T200000Z
    UID:{uid}
    ORGANIZER;CN=Katrin Vogel:mailto:{ME_WORK}
    ATTENDEE;CN=Camille Durand;RSVP=TRUE:mailto:camille.durand@laposte.net
    DESCRIPTION:Bonjour Camille\\,\\nje vous propose un court entretien en visio pour votre candidature au stage Erasmus dans notre agence de Wurzen. Nous parlerons de vos disponibilités et de votre niveau d'allemand.\\nCordialement\\,\\nKatrin Vogel\\, Sparkasse Leipzig-Muldental
    LOCATION:https://meet.google.com/ubr-nqxe-hyg
    SUMMARY:Entretien stage Erasmus – Camille Durand
    STATUS:CONFIRMED
    END:VEVENT
    """
    add("user-interviews-fr", cal(body, "-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", "berlin"), uid,
        "user-as-interviewer-erasmus-fr")

    # 19 reference check for an ex-Azubi where the new employer asks the user? no: hiring committee
    uid = "040000008200E00074C5B7101A82E00800000000AA14B7C3D1A9DC0100000000000000001000000057721566490153286061"
    add("hiring-committee-de", cal(_ol(
        uid, "Stellenbesetzung Kundenberater Wurzen – Entscheidung (Personalausschuss)", "20260430T140000",
        "20260430T150000", f'"Personal":mailto:personal@{SKD}', [me, fl],
        "TOP 1: Vorstellung der beiden Finalisten\\nTOP 2: Votum Filiale (Seidel/Vogel)\\nTOP 3: Gehaltsrahmen"),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-committee-de")

    # 20 interviewer training (user being trained to interview)
    uid = "040000008200E00074C5B7101A82E00800000000AA15B7C3D1A9DC010000000000000000100000009999000011112222FFFF"
    add("interviewer-training-de", cal(_ol(
        uid, "Schulung: Strukturierte Auswahlgespräche führen (für Ausbildungsbeauftragte)", "20260303T090000",
        "20260303T160000", f'"Personalentwicklung":mailto:pe@{SKD}', [me],
        "Inhalte: AGG\\, Fragetechniken\\, Beurteilungsfehler\\, Bewertungsbogen Azubi-Auswahl.", "Bildungszentrum\\, Raum 3"),
        OUTLOOK, "REQUEST", "win"), uid, "user-as-interviewer-training-de")
    return out
