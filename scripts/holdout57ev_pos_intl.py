"""holdout57: the user's own interviews in English, German and Spanish (Germany, Spain, Switzerland)."""

from __future__ import annotations

from holdout57ev_ics import (
    EXCHANGE,
    ME,
    ME_FREE,
    OUTLOOK,
    att,
    cal,
    ev,
    item,
    meet,
    org,
    room,
    teams,
    vtz,
    vtz_ms,
    zoom,
)

B = "Europe/Berlin"
M = "Europe/Madrid"
WEU = "W. Europe Standard Time"


def build() -> list[dict[str, str | int]]:
    out = []
    me = att(ME, ME_FREE)

    u = "personio-interview-2291837@dfs-rheinaue.de"
    out.append(
        item(
            "personio-de",
            cal(
                ev(
                    u,
                    "Vorstellungsgespräch: Schulleitung (m/w/d) – Florian Rochat",
                    "20250324T150000",
                    "20250324T160000",
                    tz=B,
                    orgz=org("Deutsch-Französische Schule Rheinaue", "jobs@dfs-rheinaue.de"),
                    atts=[
                        att("Dr. Katrin Oberländer", "k.oberlaender@dfs-rheinaue.de"),
                        att("Jean-Marc Weiss", "jm.weiss@dfs-rheinaue.de"),
                        me,
                    ],
                    desc="Guten Tag Herr Rochat,\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu "
                         "einem ersten "
                    "Gespräch mit unserer Geschäftsführung (Dr. Katrin Oberländer) und dem Vorstand des Schulvereins "
                    "(Jean-Marc Weiss) ein.\n\n" + zoom("845 1132 9087", "de") + "\n\nGesendet über Personio",
                ),
                prodid="-//Personio//Personio Calendar//DE",
                tzs=(vtz(B),),
            ),
            u,
            1,
            "Deutsch-Französische Schule Rheinaue",
            "Schulleitung",
            "hiring_manager",
            "k.oberlaender@dfs-rheinaue.de;jm.weiss@dfs-rheinaue.de",
            "personio-de",
        )
    )

    u = "sg-7a2b9d1e-issm-interview"
    out.append(
        item(
            "softgarden-en",
            cal(
                ev(
                    u,
                    "Interview Head of Primary – International School am Schlosspark",
                    "20250327T100000",
                    "20250327T103000",
                    tz=WEU,
                    orgz=org("Recruiting ISSM", "recruiting@issm-mannheim.de"),
                    atts=[att("Lena Hofmann", "l.hofmann@issm-mannheim.de"), me],
                    desc="Dear Mr Rochat,\nthank you for applying for the position of Head of Primary. Lena "
                         "Hofmann (HR) "
                    "would like to meet you for a first 30-minute conversation.\n\n"
                    + teams("YzQ1NmE4ZjItNTM5", "en")
                    + "\n\nThis invitation was sent via softgarden.",
                ),
                prodid=EXCHANGE,
                tzs=(vtz_ms(WEU),),
            ),
            u,
            1,
            "International School am Schlosspark",
            "Head of Primary",
            "recruiter_screen",
            "l.hofmann@issm-mannheim.de",
            "softgarden-windows-tz-en",
        )
    )

    u = "greenhouse-7731209-elbufer-loop"
    loop = (
        "Interview schedule for Florian Rochat – Head of School (Elbufer International School, Hamburg)\n"
        "09:30 Welcome & campus tour – Greta Sommer (Recruiting Coordinator)\n"
        "10:15 Leadership & vision – Dr. Oliver Brandt (Regional Director)\n"
        "11:00 Safeguarding & wellbeing – Priya Natarajan (Head of Pastoral Care)\n"
        "11:45 Parents' perspective – Henrik Lund (Chair, Parent Council)\n"
        "Powered by Greenhouse"
    )
    out.append(
        item(
            "greenhouse-onsite-en",
            cal(
                ev(
                    u,
                    "On-site Interview: Florian Rochat – Head of School",
                    "20250506T093000",
                    "20250506T123000",
                    tz=B,
                    orgz=org("Greta Sommer", "greta.sommer@elbufer-school.de"),
                    atts=[
                        att("Greta Sommer", "greta.sommer@elbufer-school.de", role="OPT-PARTICIPANT", ps="ACCEPTED"),
                        att("Oliver Brandt", "oliver.brandt@orbis-education.com"),
                        att("Priya Natarajan", "p.natarajan@elbufer-school.de"),
                        att("Henrik Lund", "henrik.lund@gmx.de"),
                        me,
                        room("Elbufer – Board Room", "boardroom@elbufer-school.de"),
                    ],
                    desc=loop,
                    loc="Elbufer International School, Elbchaussee 310, 22609 Hamburg",
                ),
                tzs=(vtz(B),),
            ),
            u,
            1,
            "Elbufer International School",
            "Head of School",
            "onsite",
            "oliver.brandt@orbis-education.com;p.natarajan@elbufer-school.de;henrik.lund@gmx.de",
            "greenhouse-loop-coordinator-room-en",
        )
    )

    u = "goodtime-88f1c2-harbourside-board"
    out.append(
        item(
            "goodtime-final-en",
            cal(
                ev(
                    u,
                    "Final interview – Board of Governors – Deputy Head (Secondary)",
                    "20250520T160000",
                    "20250520T170000",
                    tz=M,
                    orgz=org("Harbourside Talent", "talent@harbourside.es"),
                    atts=[
                        att("Margaret O'Neill", "m.oneill@harbourside.es"),
                        att("Jordi Puig", "j.puig@harbourside.es"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Harbourside International School Barcelona\nFinal round with the Board of Governors: "
                         "Margaret "
                    "O'Neill (Chair) and Jordi Puig (Governor, Finance).\n"
                    + zoom("912 7734 5510", "en")
                    + "\nScheduled with GoodTime",
                ),
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Harbourside International School",
            "Deputy Head (Secondary)",
            "final",
            "m.oneill@harbourside.es;j.puig@harbourside.es",
            "goodtime-final-en",
        )
    )

    u = "workable-61c0a2-alameda"
    out.append(
        item(
            "workable-en",
            cal(
                ev(
                    u,
                    "Interview: Head of Secondary – Colegio Internacional Alameda",
                    "20250402T170000",
                    "20250402T180000",
                    tz=M,
                    orgz=org("Colegio Internacional Alameda", "alameda@workablemail.com"),
                    atts=[att("Richard Fairbanks", "r.fairbanks@colegioalameda.es"), me],
                    desc="Hi Florian,\nRichard Fairbanks, Head of School (the role reports to him), will "
                         "interview you.\n"
                    + meet("jwt-mskc-fbq", "en")
                    + "\n\nSent via Workable",
                ),
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Colegio Internacional Alameda",
            "Head of Secondary",
            "hiring_manager",
            "r.fairbanks@colegioalameda.es",
            "workable-en",
        )
    )

    u = "3h8s0p2ktq4v1f9c7m5dlrtb0e@google.com"
    out.append(
        item(
            "meet-screen-es",
            cal(
                ev(
                    u,
                    "Entrevista – Director/a Pedagógico/a – Colegio Británico Giralda",
                    "20250319T103000",
                    "20250319T111500",
                    tz=M,
                    orgz=org("Rocío Benjumea", "rrhh@cbgiralda.es"),
                    atts=[att("Rocío Benjumea", "rrhh@cbgiralda.es", ps="ACCEPTED"), me],
                    desc="Estimado Florian:\nLe propongo una primera entrevista con el departamento de Recursos "
                         "Humanos "
                    "para el puesto de Director/a Pedagógico/a (Sevilla).\nUn saludo,\nRocío Benjumea\n\n"
                    + meet("pfa-zqxm-cde", "es"),
                ),
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Colegio Británico Giralda",
            "Director/a Pedagógico/a",
            "recruiter_screen",
            "rrhh@cbgiralda.es",
            "meet-rrhh-es",
        )
    )

    u = "icims-req-4410-meridian-malaga"
    out.append(
        item(
            "icims-en",
            cal(
                ev(
                    u,
                    "Interview Confirmation – Principal, Meridian International School Málaga",
                    "20250416T090000Z",
                    "20250416T100000Z",
                    tz=None,
                    orgz=org("Meridian Schools Group Careers", "careers@meridianschools.icims.com"),
                    atts=[att("Sarah Whitcombe", "s.whitcombe@meridian-malaga.es"), att("Florian Rochat", ME_FREE)],
                    desc="Dear Florian,\nThis confirms your interview for Principal (Req #4410) at Meridian "
                         "International "
                    "School Málaga with Sarah Whitcombe, Regional Education Director.\nFormat: written task (school "
                    "improvement plan case) presented, then Q&A.\n"
                    + teams("OGIzNTFiNzAtYTNi", "en")
                    + "\nThis message was sent by iCIMS on behalf of Meridian Schools Group.",
                )
            ),
            u,
            1,
            "Meridian International School Málaga",
            "Principal",
            "technical",
            "s.whitcombe@meridian-malaga.es",
            "icims-parent-group-en",
        )
    )

    u = "isrm-hospitation-2025@isrm.de"
    series = ev(
        u,
        "ISRM – Hospitationstag und Gespräche (Schulleitung Sekundarstufe)",
        "20250512T083000",
        "20250512T153000",
        tz=B,
        rrule="FREQ=DAILY;COUNT=2",
        orgz=org("Ulrike Brenner", "u.brenner@isrm.de"),
        atts=[
            att("Ulrike Brenner", "u.brenner@isrm.de", ps="ACCEPTED"),
            att("Tobias Kern", "t.kern@isrm.de"),
            att("Florian Rochat", ME_FREE),
        ],
        desc="Tag 1: Hospitation im Unterricht, Gespräch mit der Schulleiterin (U. Brenner).\nTag 2: "
        "Gespräch mit dem Schulträger (T. Kern, Geschäftsführer) und Vorstellung vor dem Kollegium.",
        loc="Internationale Schule Rhein-Main, Am Hainerberg 3, 65189 Wiesbaden",
    )
    override = ev(
        u,
        "ISRM – Gespräch mit dem Schulträger (verschoben auf 10 Uhr)",
        "20250513T100000",
        "20250513T160000",
        tz=B,
        recid="20250513T083000",
        seq=1,
        orgz=org("Ulrike Brenner", "u.brenner@isrm.de"),
        atts=[att("Tobias Kern", "t.kern@isrm.de"), att("Florian Rochat", ME_FREE)],
        loc="Internationale Schule Rhein-Main, Am Hainerberg 3, 65189 Wiesbaden",
    )
    out.append(
        item(
            "recurring-override-de",
            cal(series, override, tzs=(vtz(B),)),
            u,
            1,
            "Internationale Schule Rhein-Main",
            "Schulleitung Sekundarstufe",
            "onsite",
            "u.brenner@isrm.de;t.kern@isrm.de",
            "recurring-override-onsite-de",
        )
    )

    u = "tel-lfduss-20250321@lfd-duesseldorf.de"
    out.append(
        item(
            "phone-de",
            cal(
                ev(
                    u,
                    "Telefoninterview – stellv. Schulleitung – Lycée Français de Düsseldorf",
                    "20250321T113000",
                    "20250321T120000",
                    tz=B,
                    orgz=org("Sekretariat Verwaltung", "verwaltung@lfd-duesseldorf.de"),
                    atts=[att("Andreas Vogt", "a.vogt@lfd-duesseldorf.de"), att("Florian Rochat", ME_FREE)],
                    desc="Herr Vogt (Verwaltungsleiter) ruft Sie unter +33 6 12 48 77 30 an.\nDas Sekretariat "
                         "koordiniert "
                    "nur den Termin.",
                ),
                prodid=OUTLOOK,
                tzs=(vtz(B),),
            ),
            u,
            1,
            "Lycée Français de Düsseldorf",
            "stellv. Schulleitung",
            "recruiter_screen",
            "a.vogt@lfd-duesseldorf.de",
            "phone-screen-coordinator-de",
        )
    )

    u = "lever-9d0b1a8c-scolamundi"
    out.append(
        item(
            "lever-en",
            cal(
                ev(
                    u,
                    "Florian Rochat – Academic Director – Hiring manager interview",
                    "20250411T130000Z",
                    "20250411T134500Z",
                    tz=None,
                    orgz=org("Noah Feldman", "noah.feldman@scolamundi.com"),
                    atts=[
                        att("Noah Feldman", "noah.feldman@scolamundi.com", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="ScolaMundi – online international school (IB curriculum)\nInterview with Noah Feldman, COO.\n"
                    "Scheduled via Lever\n" + zoom("733 0091 4427", "en"),
                )
            ),
            u,
            1,
            "ScolaMundi",
            "Academic Director",
            "hiring_manager",
            "noah.feldman@scolamundi.com",
            "lever-utc-en",
        )
    )

    return out
