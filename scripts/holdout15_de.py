"""holdout15 German mail, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

DANKE = ("Sehr geehrte Frau Albers,\n\nvielen Dank für das angenehme Gespräch heute. Die Fragen zur "
         "Bestandsplanung im Weihnachtsgeschäft haben mir besonders gefallen.\n\nMit freundlichen Grüßen\n"
         "Tomasz Nowak")
NACHFRAGE = "Hallo Herr Brandt,\n\ngibt es schon Neuigkeiten zur Stelle als Disponent?\n\nViele Grüße\nTomasz Nowak"
RECHT = ("Elbkontor Logistik GmbH · Sitz: Hamburg · Amtsgericht Hamburg HRB 154321 · Geschäftsführer: Dirk "
         "Sommer. Diese E-Mail enthält vertrauliche Informationen. Ein Angebot oder eine Annahme ist nur in "
         "Schriftform verbindlich.")

MESSAGES: list[Msg] = [
    Msg("rejection", "de", "warm_rejection", "Elbkontor Logistik", "Bedarfsplaner (m/w/d)",
        "Katrin Albers <k.albers@elbkontor-logistik.de>", "AW: Ihr Gespräch als Bedarfsplaner",
        "Sehr geehrter Herr Nowak,\n\nherzlichen Dank für Ihre freundlichen Zeilen. Auch uns hat das Gespräch "
        "gefallen, und Ihre Erfahrung aus dem Schichtbetrieb hat das Team beeindruckt.\n\nDennoch haben wir uns "
        "nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits mit SAP APO gearbeitet hat.\n\n"
        "Wir wünschen Ihnen für Ihre weitere Suche alles Gute.\n\nMit freundlichen Grüßen\nKatrin Albers\n\n"
        + RECHT, quote="outlook|" + DANKE, charset="iso-8859-1", cte="quoted-printable"),
    Msg("rejection", "de", "no_interview", "Nordlicht Handel", "Supply Chain Analyst",
        "Nordlicht Handel <nordlicht@personio.de>", "Ihre Bewerbung als Supply Chain Analyst",
        "Hallo Tomasz,\n\nvielen Dank für deine Bewerbung. Leider können wir dich nicht zu einem Gespräch "
        "einladen, da wir für diese Position fließende Deutschkenntnisse auf C1-Niveau voraussetzen.\n\n"
        "Viele Grüße\nDein Nordlicht People Team", layout="html", reply_to="jobs@nordlicht-handel.de"),
    Msg("rejection", "de", "talent_pool", "Hanse Kühllogistik", "Logistikanalyst",
        "Hanse Kühllogistik Recruiting <karriere@hanse-kuehllogistik.de>", "Absage – mit Perspektive",
        "Sehr geehrter Herr Nowak,\n\nwir haben uns für einen anderen Bewerber entschieden. Ihr Profil hat uns "
        "jedoch so gut gefallen, dass wir Sie gern in unseren Talentpool aufnehmen möchten. Sobald eine passende "
        "Stelle frei wird, melden wir uns bei Ihnen.\n\nFreundliche Grüße\nIhr Recruiting-Team", layout="alt"),
    Msg("rejection", "de", "rescinded", "Fördertechnik Brandt", "Materialdisponent",
        "Uwe Brandt <u.brandt@foerdertechnik-brandt.de>", "Ihre Einstellung zum 1. Januar",
        "Sehr geehrter Herr Nowak,\n\nes tut mir außerordentlich leid, Ihnen mitteilen zu müssen, dass wir unser "
        "Angebot für die Stelle als Materialdisponent zurückziehen müssen. Der Großauftrag, für den die Stelle "
        "geschaffen wurde, ist gestern storniert worden, und die Geschäftsführung hat einen Einstellungsstopp "
        "verhängt.\n\nIch bedaure das sehr.\n\nMit freundlichen Grüßen\nUwe Brandt\nLeiter Materialwirtschaft",
        charset="windows-1252"),
    Msg("rejection", "de", "stage_rejection", "Kaufwelt Online", "Demand Planner",
        "Kaufwelt Online <kaufwelt@softgarden.io>", "Rückmeldung zu Ihrem Excel-Test",
        "Guten Tag Herr Nowak,\n\nvielen Dank, dass Sie sich die Zeit für die Excel-Aufgabe genommen haben. Nach "
        "Prüfung Ihrer Lösung müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht "
        "berücksichtigen können.\n\nMit freundlichen Grüßen\nKaufwelt Online Recruiting", layout="html"),
    Msg("rejection", "de", "warm_rejection", "Alster Retail", "Bestandsanalyst",
        "Lena Vogt <lena.vogt@alster-retail.de>", "kurze Rückmeldung",
        "Hi Tomasz,\n\nich mach's kurz: Du warst richtig nah dran, ehrlich. Am Ende ist es jemand aus dem eigenen "
        "Haus geworden. Tut mir leid!\n\nLiebe Grüße\nLena"),
    Msg("rejection", "de", "agency_rejection", "Spedition Krüger", "Disponent Nahverkehr",
        "Marco Pohl <m.pohl@logistik-personal-nord.de>", "Feedback Spedition Krüger",
        "Hallo Herr Nowak,\n\nich habe heute Feedback von der Spedition Krüger bekommen. Leider hat sich der "
        "Kunde für einen Kandidaten mit mehr Erfahrung in der Tourenplanung entschieden.\n\nIch habe aber schon "
        "zwei weitere Disponentenstellen in Hamburg auf dem Tisch – darf ich Sie morgen anrufen?\n\nBeste Grüße\n"
        "Marco Pohl\nPersonalberater, Logistik Personal Nord GmbH"),
    Msg("rejection", "de", "rescinded_checks", "Kaufwelt Online", "Logistikanalyst",
        "Sabine Hoffmann <s.hoffmann@kaufwelt-online.de>", "Widerruf unseres Vertragsangebots",
        "Sehr geehrter Herr Nowak,\n\nleider konnte das erweiterte Führungszeugnis nicht fristgerecht vorgelegt "
        "werden. Wir ziehen unser Vertragsangebot vom 3. November daher zurück.\n\nMit freundlichen Grüßen\n"
        "Sabine Hoffmann\nPersonalabteilung", layout="alt", cte="base64"),
    Msg("rejection", "de", "forwarded_decision", "Alster Retail", "Junior Disponent",
        "Lena Vogt <lena.vogt@alster-retail.de>", "WG: Junior Disponent – Entscheidung",
        "Hallo Tomasz,\n\nich leite dir die Nachricht von Frank weiter, damit du es aus erster Hand hast. Tut "
        "mir wirklich leid.\n\nLena\n\n---------- Weitergeleitete Nachricht ---------\nVon: Frank Ziegler "
        "<f.ziegler@alster-retail.de>\nBetreff: Junior Disponent – Entscheidung\nAn: Lena Vogt "
        "<lena.vogt@alster-retail.de>\n\nLena, für die Junior-Disponentenstelle nehmen wir Herrn Nowak nicht; "
        "uns fehlt bei ihm die Erfahrung mit Zollabwicklung. Bitte sag ihm freundlich ab.\nFrank", layout="alt"),
    Msg("offer", "de", "formal_offer", "Elbkontor Logistik", "Logistikanalyst",
        "Katrin Albers <k.albers@elbkontor-logistik.de>", "Vertragsangebot Logistikanalyst",
        "Sehr geehrter Herr Nowak,\n\nwir freuen uns, Ihnen die Stelle als Logistikanalyst in Hamburg anbieten zu "
        "können. Eckdaten:\n\n- Jahresgehalt: 54.000 EUR brutto\n- 38,5-Stunden-Woche, Gleitzeit\n- Start: "
        "1. Februar 2027\n- 30 Tage Urlaub\n\nDen Vertrag finden Sie im Anhang. Bitte geben Sie uns bis zum "
        "4. Dezember Bescheid.\n\nMit freundlichen Grüßen\nKatrin Albers\n\n" + RECHT, layout="alt",
        cte="quoted-printable"),
    Msg("offer", "de", "casual_offer", "Alster Retail", "Bestandsanalyst",
        "Lena Vogt <lena.vogt@alster-retail.de>", "!!!",
        "Tomasz, die interne Kandidatin hat doch abgesagt. Wir hätten dich super gern im Team – hast du noch "
        "Lust? Dann schick ich dir morgen den Vertrag.\n\nLena"),
    Msg("offer", "de", "verbal_offer", "Hanse Kühllogistik", "Schichtplaner",
        "Jens Martens <j.martens@hanse-kuehllogistik.de>", "Wie telefonisch besprochen",
        "Hallo Herr Nowak,\n\nwie eben am Telefon besprochen möchten wir Ihnen die Stelle als Schichtplaner "
        "anbieten. Das schriftliche Angebot schickt Ihnen die Personalabteilung in den nächsten Tagen.\n\n"
        "Gruß\nJens Martens\nNiederlassungsleiter", charset="iso-8859-1"),
    Msg("offer", "de", "conditional_offer", "Nordlicht Handel", "Junior Demand Planner",
        "Nordlicht Handel <nordlicht@personio.de>", "Dein Angebot bei Nordlicht",
        "Hallo Tomasz,\n\nherzlichen Glückwunsch! Wir möchten dir die Position als Junior Demand Planner "
        "anbieten – vorbehaltlich positiver Referenzen und der Vorlage deines Führerscheins. Alle Details "
        "findest du im Angebot im Anhang.\n\nDein Nordlicht People Team", layout="html",
        reply_to="jobs@nordlicht-handel.de"),
    Msg("next_step", "de", "assessment_centre", "Fördertechnik Brandt", "Materialdisponent",
        "Uwe Brandt <u.brandt@foerdertechnik-brandt.de>", "Einladung zum Assessment Center",
        "Sehr geehrter Herr Nowak,\n\nwir laden Sie herzlich zu unserem Assessment Center am Dienstag, 8. "
        "Dezember, in Hamburg-Billbrook ein. Geplant sind eine Fallstudie zur Lagerbestandsoptimierung, ein "
        "Rollenspiel und ein Interview mit der Geschäftsleitung. Unsere Entscheidung teilen wir Ihnen spätestens "
        "am {D} mit.\n\nBitte bestätigen Sie uns Ihre Teilnahme.\n\n"
        "Mit freundlichen Grüßen\nUwe Brandt", charset="windows-1252", cte="quoted-printable",
        promise=("explicit", 40)),
    Msg("next_step", "de", "reschedule_leider", "Kaufwelt Online", "Demand Planner",
        "Sabine Hoffmann <s.hoffmann@kaufwelt-online.de>", "Terminverschiebung",
        "Hallo Herr Nowak,\n\nleider muss unser Teamleiter den Termin am Donnerstag absagen. Können wir das "
        "Gespräch auf Montag, 10 Uhr, verschieben?\n\nViele Grüße\nSabine Hoffmann"),
    Msg("next_step", "de", "sql_test", "Alster Retail", "Bestandsanalyst",
        "Alster Retail Karriere <alsterretail@recruitee.com>", "Nächster Schritt: SQL-Aufgabe",
        "Hallo Tomasz,\n\ndanke für das Erstgespräch! Im nächsten Schritt schicken wir dir eine SQL-Aufgabe mit "
        "Abverkaufsdaten. Du hast dafür eine Woche Zeit. Anschließend besprechen wir deine Lösung mit dem "
        "Team.\n\nDein Alster Retail Team", layout="html", reply_to="karriere@alster-retail.de"),
    Msg("next_step", "de", "stage_passed", "Hanse Kühllogistik", "Logistikanalyst",
        "Jens Martens <j.martens@hanse-kuehllogistik.de>", "AW: Gespräch",
        "Hallo Herr Nowak,\n\nvielen Dank – Sie sind eine Runde weiter. Nächste Woche würden wir Sie gern im "
        "Lager in Hamburg-Altenwerder sehen; wir möchten bis Ende nächster Woche entscheiden.\n\nGruß\nJens "
        "Martens", promise=("eow", 1), quote="gmail|" + DANKE.replace("Frau Albers", "Herr Martens")),
    Msg("next_step", "de", "driving_licence", "Spedition Krüger", "Disponent Fernverkehr",
        "Spedition Krüger Personal <personal@spedition-krueger.de>", "Unterlagen für die zweite Runde",
        "Sehr geehrter Herr Nowak,\n\nfür das zweite Gespräch benötigen wir vorab eine Kopie Ihres Führerscheins "
        "(Klasse B, gern auch C/CE) und Ihre Arbeitszeugnisse. Terminvorschläge folgen.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung"),
    Msg("pending", "de", "still_reviewing", "Elbkontor Logistik", "Bedarfsplaner (m/w/d)",
        "Katrin Albers <k.albers@elbkontor-logistik.de>", "AW: Stand Ihrer Bewerbung",
        "Sehr geehrter Herr Nowak,\n\nwir befinden uns noch im Auswahlprozess und melden uns bis Ende November "
        "bei Ihnen.\n\nMit freundlichen Grüßen\nKatrin Albers", promise=("eom", 0),
        quote="outlook|" + NACHFRAGE.replace("Herr Brandt", "Frau Albers"), layout="html"),
    Msg("pending", "de", "hiring_freeze", "Kaufwelt Online", "Supply Planner",
        "Kaufwelt Online <kaufwelt@softgarden.io>", "Information zu Ihrer Bewerbung",
        "Guten Tag Herr Nowak,\n\nwegen des Weihnachtsgeschäfts haben wir die Besetzung der Stelle Supply "
        "Planner vorübergehend ausgesetzt. Ihre Bewerbung bleibt aktiv; wir melden uns im Januar.\n\nIhr "
        "Kaufwelt Online Recruiting", layout="html"),
    Msg("pending", "de", "delay", "Fördertechnik Brandt", "Disponent",
        "Uwe Brandt <u.brandt@foerdertechnik-brandt.de>", "AW: Neuigkeiten?",
        "Hallo Herr Nowak,\n\nsorry, es dauert leider noch etwas. Ich bin bis Mittwoch auf Dienstreise und melde "
        "mich spätestens am Freitag mit einer Entscheidung.\n\nGruß\nUwe Brandt", promise=("weekday", 4),
        quote="gmail|" + NACHFRAGE),
    Msg("pending", "de", "waitlist", "Hanse Kühllogistik", "Schichtplaner Nacht",
        "Hanse Kühllogistik Recruiting <karriere@hanse-kuehllogistik.de>", "Ihre Bewerbung – Nachrückerliste",
        "Sehr geehrter Herr Nowak,\n\nSie stehen auf Platz zwei unserer Liste. Die Stelle ist dem Erstplatzierten "
        "angeboten worden; sollte er absagen, kommen wir auf Sie zu. Eine endgültige Rückmeldung erhalten Sie "
        "innerhalb von 10 Arbeitstagen.\n\nFreundliche Grüße\nRecruiting", promise=("bdays", 10),
        charset="iso-8859-1"),
    Msg("pending", "de", "pending_leider", "Nordlicht Handel", "Junior Demand Planner",
        "Nordlicht Handel <nordlicht@personio.de>", "Kurzes Update",
        "Hallo Tomasz,\n\nleider dauert unsere Entscheidung etwas länger als geplant, weil noch Gespräche "
        "ausstehen. Wir melden uns bis zum {D} bei dir.\n\nDein Nordlicht People Team", promise=("explicit", 8),
        layout="html", reply_to="jobs@nordlicht-handel.de"),
    Msg("acknowledgement", "de", "received", "Alster Retail", "Bestandsanalyst",
        "Alster Retail Karriere <alsterretail@recruitee.com>", "Danke für deine Bewerbung!",
        "Hallo Tomasz,\n\nvielen Dank für deine Bewerbung als Bestandsanalyst. Wir schauen sie uns in Ruhe an "
        "und melden uns innerhalb von zwei Wochen.\n\nDein Alster Retail Team", layout="html",
        promise=("days", 14), reply_to="karriere@alster-retail.de"),
    Msg("acknowledgement", "de", "ack_offer_word", "Spedition Krüger", "Disponent Fernverkehr",
        "Spedition Krüger Personal <personal@spedition-krueger.de>", "Eingangsbestätigung",
        "Sehr geehrter Herr Nowak,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Was wir Ihnen bieten: ein "
        "unbefristetes Arbeitsverhältnis, Jobrad und betriebliche Altersvorsorge. Wir prüfen Ihre Unterlagen "
        "und geben Ihnen bis Ende nächster Woche Rückmeldung.\n\nPersonalabteilung", charset="windows-1252",
        promise=("eow", 1)),
    Msg("acknowledgement", "de", "received_docs", "Kaufwelt Online", "Logistikanalyst",
        "Sabine Hoffmann <s.hoffmann@kaufwelt-online.de>", "AW: Zeugnisse",
        "Danke, Herr Nowak, die Zeugnisse sind angekommen.\n\nS. Hoffmann",
        quote="apple|Hallo Frau Hoffmann, anbei meine Zeugnisse. Gruß, Tomasz Nowak"),
    Msg("acknowledgement", "de", "ack_leider", "Elbkontor Logistik", "Werkstudent Logistik",
        "Elbkontor Karriere <karriere@elbkontor-logistik.de>", "Ihre Bewerbung ist eingegangen",
        "Sehr geehrter Herr Nowak,\n\nIhre Bewerbung ist bei uns eingegangen. Leider können wir aufgrund der "
        "hohen Zahl an Bewerbungen keine Zwischenbescheide versenden.\n\nMit freundlichen Grüßen\nIhr "
        "Elbkontor Recruiting", layout="alt"),
    Msg("auto_reply", "de", "out_of_office", "Elbkontor Logistik", "Bedarfsplaner (m/w/d)",
        "Katrin Albers <k.albers@elbkontor-logistik.de>", "Abwesenheitsnotiz: Stand Ihrer Bewerbung",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail wird "
        "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@elbkontor-logistik.de.",
        extra_headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1"),
    Msg("auto_reply", "de", "auto_noreply", "Kaufwelt Online", "",
        "Kaufwelt Online <noreply@kaufwelt-online.de>", "Automatische Antwort",
        "Dies ist eine automatisch generierte Nachricht. Antworten auf diese E-Mail können nicht bearbeitet "
        "werden. Leider ist dieses Postfach nicht besetzt.", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("other", "de", "job_alert_offer", "StepStone", "",
        "StepStone Jobagent <jobagent@stepstone.de>", "5 neue Jobs: Disponent Hamburg",
        "Ihre neuen Jobangebote:\n\n- Disponent (m/w/d), Spedition Krüger, Hamburg – Bewerbungsfrist 15.12.\n"
        "- Supply Chain Analyst, Nordlicht Handel – attraktives Angebot\n\nLeider sind einige Stellen bereits "
        "vergeben.\n\nJobagent abbestellen", layout="html"),
    Msg("other", "de", "union_notice", "ver.di", "",
        "ver.di Landesbezirk Hamburg <info@verdi-hamburg.example.de>", "Tarifrunde Handel: Angebot abgelehnt",
        "Liebe Kolleginnen und Kollegen,\n\ndas Angebot der Arbeitgeber in der Tarifrunde Groß- und Außenhandel "
        "haben wir abgelehnt. Wir bedauern, dass keine Einigung erzielt wurde. Infos zur Streikversammlung "
        "folgen.\n\nver.di Hamburg", layout="alt"),
    Msg("other", "de", "withdrawal", "Hanse Kühllogistik", "Logistikanalyst",
        "Jens Martens <j.martens@hanse-kuehllogistik.de>", "AW: Rückzug meiner Bewerbung",
        "Hallo Herr Nowak,\n\nschade, aber verständlich. Ich habe Ihre Bewerbung zurückgezogen und wünsche Ihnen "
        "viel Erfolg bei der neuen Stelle!\n\nGruß\nJens Martens",
        quote="gmail|Hallo Herr Martens,\n\nich habe ein anderes Angebot angenommen und ziehe meine Bewerbung "
        "zurück.\n\nViele Grüße\nTomasz Nowak"),
    Msg("other", "de", "interviewer", "", "Staplerfahrer",
        "Mehmet Yilmaz <mehmet.yilmaz77@web.de>", "Bewerbung Staplerfahrer",
        "Sehr geehrter Herr Nowak,\n\nhiermit bewerbe ich mich als Staplerfahrer in Ihrer Nachtschicht. Ich habe "
        "einen Staplerschein und 5 Jahre Erfahrung. Lebenslauf im Anhang.\n\nMit freundlichen Grüßen\n"
        "Mehmet Yilmaz"),
]
