"""train13 event corpus: Mei Chen's own interviews, written in German, each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams
from train13ev_ics import Att, Ev, coord, me, res, room


def events() -> list[Ev]:
    """Returns the German interview events (labels attached)."""
    out: list[Ev] = []
    add = out.append

    add(
        Ev(
            "ats-personio",
            "de",
            "Vorstellungsgespräch: Produktmanagerin Hardware (m/w/d) – Festral Automation",
            "2026-12-02 14:00",
            True,
            "Festral Automation",
            "Produktmanagerin Hardware",
            "recruiter_screen",
            style="ats",
            prodid="-//Personio GmbH//Personio Recruiting//DE",
            minutes=45,
            organizer=coord("Festral Automation GmbH", "jobs@festral-automation.jobs.personio.de", "CHAIR"),
            attendees=[me(), Att("Sabine Roth", "sabine.roth@festral-automation.de")],
            desc="Liebe Frau Chen,\n\nvielen Dank für Ihre Bewerbung als Produktmanagerin Hardware (m/w/d). Wir "
            "freuen uns auf ein erstes Kennenlernen mit Sabine Roth (HR Business Partner).\n\n"
            + teams("de", "381 004 227 915", "Fh6YtP")
            + "\nViele Grüße\nIhr Festral Recruiting-Team",
        )
    )

    add(
        Ev(
            "kennenlernen-later-round",
            "de",
            "Kennenlernen vor Ort – Cobotik",
            "2026-12-03 10:00",
            True,
            "Cobotik",
            "Program Manager Cobots",
            "onsite",
            style="outlook",
            minutes=180,
            organizer=Att("Vogt, Nadine", "n.vogt@cobotik.de"),
            attendees=[
                me(),
                Att("Vogt, Nadine", "n.vogt@cobotik.de"),
                Att("Demir, Ali", "a.demir@cobotik.de"),
                Att("Hartmann, Uwe", "u.hartmann@cobotik.de"),
                room("Besprechungsraum Neckar", "raum.neckar@cobotik.de"),
            ],
            location="Cobotik GmbH, Heilbronner Str. 150, 70191 Stuttgart",
            desc="Hallo Frau Chen,\n\nnach den beiden Video-Gesprächen möchten wir Sie gerne persönlich kennenlernen – "
            "dritte und letzte Runde für die Stelle Program Manager Cobots. Mit dabei: Ali Demir "
            "(Lead Mechatronik) und Uwe Hartmann (Geschäftsführer). Anschließend kurzer Rundgang durch die "
            "Montage.\n\nBeste Grüße\nNadine Vogt",
        )
    )

    add(
        Ev(
            "terse-typed",
            "de",
            "Tel. Pragma 2. Gespräch",
            "2026-12-04 08:00",
            True,
            "Pragma",
            "",
            "",
            style="ios",
            minutes=30,
            interviewers="",
        )
    )

    add(
        Ev(
            "werksbesichtigung",
            "de",
            "Werksbesichtigung + Gespräch Werkleitung, Nordhalle Ludwigsburg",
            "2026-12-07 13:00",
            True,
            "Nordhalle Fördertechnik",
            "Technischer Projektleiter",
            "onsite",
            style="exchange",
            minutes=150,
            organizer=Att("Krämer, Jutta", "j.kraemer@nordhalle.de"),
            attendees=[
                me(),
                Att("Krämer, Jutta", "j.kraemer@nordhalle.de"),
                Att("Dr. Brenner, Klaus", "k.brenner@nordhalle.de"),
            ],
            location="Werk Ludwigsburg, Tor 2 (Besucherparkplatz)",
            desc="Sehr geehrte Frau Chen,\n\nwie telefonisch besprochen laden wir Sie zum zweiten Gespräch für die "
            "Position Technischer Projektleiter (m/w/d) ein. Nach einer Werksbesichtigung sprechen Sie mit "
            "Herrn Dr. Klaus Brenner (Werkleiter).\n\nMit freundlichen Grüßen\nJutta Krämer, Personal",
        )
    )

    add(
        Ev(
            "founder-freemail",
            "de",
            "Mei x Akkuwerk – Gespräch mit Gründer",
            "2026-12-08 19:00",
            True,
            "Akkuwerk",
            "Head of Product",
            "hiring_manager",
            minutes=60,
            organizer=Att("Florian Wiesner", "florian.wiesner@gmx.de", partstat="ACCEPTED"),
            attendees=[Att("Florian Wiesner", "florian.wiesner@gmx.de", partstat="ACCEPTED"), me()],
            desc="Hi Mei, freut mich sehr, dass es klappt! Wie kurz angerissen: wir suchen bei Akkuwerk jemanden als "
            "Head of Product für unsere Batteriemodule (E-Lastenräder). Ich schicke das bewusst von privat, "
            "unsere Domain zieht gerade um.\n\nFlorian\n\n" + meet("de", "xev-pjnu-rdo") + "\n" + gfooter("de"),
        )
    )

    add(
        Ev(
            "panel",
            "de",
            "Interview Panel – Technische Programmleitung Medizintechnik",
            "2026-12-09 09:00",
            True,
            "Sanovia Medizintechnik",
            "Technische Programmleitung",
            "onsite",
            style="outlook",
            minutes=120,
            organizer=coord("Recruiting Sanovia", "recruiting@sanovia-med.de", "CHAIR"),
            attendees=[
                me(),
                Att("Prof. Dr. Heinz Albrecht", "h.albrecht@sanovia-med.de"),
                Att("Ebert, Miriam", "m.ebert@sanovia-med.de"),
                Att("Yilmaz, Deniz", "d.yilmaz@sanovia-med.de"),
                room("TÜB-EG-Konferenz 1", "konferenz1.tuebingen@sanovia-med.de"),
                res("Catering Tübingen", "catering.tue@sanovia-med.de"),
            ],
            location="Sanovia Medizintechnik, Konferenz 1, Tübingen",
            desc="Ihr Panel: Prof. Dr. Heinz Albrecht (CTO), Miriam Ebert (Leitung Qualität/RA), Deniz Yilmaz "
            "(Leitung Entwicklung). Bitte bereiten Sie eine 15-minütige Präsentation zu einem von Ihnen "
            "geleiteten Entwicklungsprojekt vor.",
        )
    )

    add(
        Ev(
            "internal-transfer",
            "de",
            "Gespräch interne Stellenausschreibung PM Robotik (Hr. Maurer)",
            "2026-12-10 15:30",
            True,
            "Kessler Antriebstechnik",
            "Produktmanagerin Robotik",
            "hiring_manager",
            style="outlook",
            minutes=60,
            organizer=Att("Maurer, Jens", "j.maurer@kessler-antriebe.de"),
            attendees=[
                me(True, "Chen, Mei"),
                Att("Maurer, Jens", "j.maurer@kessler-antriebe.de"),
                Att("Lang, Katrin", "k.lang@kessler-antriebe.de", role="OPT-PARTICIPANT"),
            ],
            desc="Hallo Mei,\n\ndanke für deine interne Bewerbung auf die Stelle Produktmanagerin Robotik im "
            "Geschäftsbereich Robotik-Antriebe. Lass uns über deine Motivation und die Aufgaben sprechen. "
            "Katrin (HR) ist optional dabei.\n\nGruß Jens",
            interviewers="j.maurer@kessler-antriebe.de;k.lang@kessler-antriebe.de",
        )
    )

    add(
        Ev(
            "agency-names-client",
            "de",
            "Vorstellung bei Voltaro Mobility über Brückner Personalberatung",
            "2026-12-11 11:00",
            True,
            "Voltaro Mobility",
            "Technical Program Manager Antriebsstrang",
            "hiring_manager",
            style="utcname",
            minutes=60,
            organizer=coord("Brückner, Tanja", "t.brueckner@brueckner-personal.de", "CHAIR"),
            attendees=[
                me(),
                Att("Seidl, Andreas", "andreas.seidl@voltaro.com"),
                coord("Brückner, Tanja", "t.brueckner@brueckner-personal.de"),
            ],
            location="Voltaro Mobility GmbH, Landsberger Str. 290, 80687 München",
            desc="Liebe Frau Chen,\n\nhiermit bestätige ich Ihren Termin bei unserem Mandanten Voltaro Mobility "
            "für die "
            "Position Technical Program Manager Antriebsstrang. Ihr Gesprächspartner ist Herr Andreas Seidl "
            "(Director Powertrain). Ich begleite Sie nicht vor Ort.\n\nHerzliche Grüße\nTanja Brückner",
        )
    )

    add(
        Ev(
            "name-company",
            "de",
            "Hr. Wendel / Lumatic",
            "2026-12-14 16:00",
            True,
            "Lumatic",
            "",
            "",
            style="floating",
            minutes=60,
            interviewers="Hr. Wendel",
        )
    )

    add(
        Ev(
            "assessment-centre",
            "de",
            "Assessment-Center Traineeprogramm Technisches Produktmanagement",
            "2026-12-15",
            True,
            "Ziegler Mechatronik",
            "Technisches Produktmanagement",
            "onsite",
            style="allday",
            location="Ziegler Mechatronik, Schulungszentrum, Esslingen",
            desc="Ablauf: 8:00 Begrüßung, Gruppendiskussion, Fallstudie, Präsentation, Einzelinterview mit "
            "Fachbereich und HR. Ende ca. 16:30.",
        )
    )

    add(
        Ev(
            "case-interview",
            "de",
            "Fallstudie & Fachgespräch – Produktmanager Industrierobotik",
            "2026-12-16 13:00",
            True,
            "Festral Automation",
            "Produktmanager Industrierobotik",
            "technical",
            style="google",
            minutes=90,
            organizer=Att("Jens Bauer", "jens.bauer@festral-automation.de"),
            attendees=[
                Att("Jens Bauer", "jens.bauer@festral-automation.de", partstat="ACCEPTED"),
                me(),
                Att("Oksana Petrenko", "oksana.petrenko@festral-automation.de"),
            ],
            desc="Hallo Mei,\n\nwie angekündigt bekommst du 30 Minuten vor dem Termin eine kurze Fallstudie (Roadmap "
            "für eine Palettierzelle). Danach sprechen wir gemeinsam mit Oksana (Systemarchitektur) darüber.\n\n"
            + meet("de", "bvc-tqmz-uaw")
            + "\n"
            + gfooter("de"),
        )
    )

    add(
        Ev(
            "title-only",
            "de",
            "Gespräch Sanovia",
            "2026-12-17 11:00",
            True,
            "Sanovia",
            "",
            "",
            style="apple",
            minutes=60,
        )
    )

    add(
        Ev(
            "hm-personal",
            "de",
            "Telefonat Fr. Ebert (privat) – nächste Schritte Programmleitung",
            "2026-12-18 18:30",
            True,
            "Sanovia Medizintechnik",
            "Technische Programmleitung",
            "final",
            organizer=Att("Miriam Ebert", "miriam.ebert@web.de", partstat="ACCEPTED"),
            attendees=[Att("Miriam Ebert", "miriam.ebert@web.de", partstat="ACCEPTED"), me()],
            minutes=45,
            desc="Liebe Frau Chen, ich melde mich ausnahmsweise von meiner privaten Adresse. Nach dem Panel in "
            "Tübingen möchte ich mit Ihnen das abschließende Gespräch zur Technischen Programmleitung führen, "
            "bevor wir Ihnen ein Angebot machen. Ich rufe Sie an.\n\nMiriam Ebert\n\n" + gfooter("de"),
        )
    )

    add(
        Ev(
            "cancelled-interview",
            "de",
            "Abgesagt: Vorstellungsgespräch Produktmanager E-Antriebe",
            "2026-12-21 10:00",
            True,
            "Akkuwerk",
            "Produktmanager E-Antriebe",
            "recruiter_screen",
            style="outlook",
            minutes=45,
            status="CANCELLED",
            sequence=1,
            organizer=Att("Wiesner, Florian", "f.wiesner@akkuwerk.de"),
            attendees=[me(), Att("Wiesner, Florian", "f.wiesner@akkuwerk.de")],
            desc="Leider muss ich den Termin absagen – neuer Vorschlag folgt per Mail.",
        )
    )

    return out
