"""Holdout17, German: mail from Vienna and elsewhere, each message written on its own."""

from __future__ import annotations

from holdout17_core import Msg

AUTO = {"Auto-Submitted": "auto-replied"}

MSGS: list[Msg] = [
    Msg("rejection", "de", "warm_rejection", "Lernwerk GmbH", "Learning Analyst",
        "Katharina Steiner <k.steiner@lernwerk.at>", "Ihre Bewerbung als Learning Analyst",
        "Sehr geehrter Herr Lindqvist,\n\nvielen Dank für das sehr angenehme Gespräch. Ihre Erfahrung aus dem "
        "Mathematikunterricht hat uns wirklich beeindruckt. Dennoch haben wir uns nach reiflicher Überlegung für "
        "eine andere Kandidatin entschieden, die bereits Erfahrung mit Moodle-Daten mitbringt.\n\nWir wünschen "
        "Ihnen alles Gute.\n\nMit freundlichen Grüßen\nKatharina Steiner\nLernwerk GmbH | Wien"),
    Msg("rejection", "de", "", "Donaubank Versicherung AG", "Datenanalyst (m/w/d)",
        "Personio <noreply@personio.de>", "Ihre Bewerbung: Datenanalyst (m/w/d)",
        "Sehr geehrter Herr Lindqvist,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können.\n\nWir bedanken uns für Ihr Interesse an der Donaubank Versicherung.\n\nIhr "
        "Recruiting-Team", reply_to="karriere@donaubank-vers.at", lay="html"),
    Msg("rejection", "de", "unable_to_offer_interview", "Stadt Wien – MA 23", "Referent Bildungsstatistik",
        "Bewerbungsmanagement <bewerbung@ma23.wien.example>", "GZ 2026-BS-114 – Mitteilung",
        "Sehr geehrter Herr Lindqvist!\n\nBezugnehmend auf Ihre Bewerbung (GZ 2026-BS-114) teilen wir Ihnen mit, "
        "dass wir Sie nicht zu einem Auswahlgespräch einladen können. Die Zahl der Bewerbungen war sehr hoch.\n\n"
        "Mit freundlichen Grüßen\nBewerbungsmanagement"),
    Msg("rejection", "de", "talent_pool", "Zahlenfreunde GmbH", "Junior Data Analyst",
        "Teamtailor <notifications@teamtailor.com>", "Update zu deiner Bewerbung",
        "Hallo Marcus,\n\ndanke, dass du dich bei Zahlenfreunde beworben hast! Wir haben die Stelle inzwischen "
        "besetzt. Dein Profil hat uns aber gefallen – wenn du einverstanden bist, nehmen wir dich in unseren "
        "Talentpool auf und melden uns, sobald etwas Passendes frei wird.\n\nViele Grüße\nDein Zahlenfreunde-Team",
        lay="alt"),
    Msg("rejection", "de", "rescinded_offer", "Edukomp AG", "Data Analyst Bildung",
        "Florian Huber <florian.huber@edukomp.at>", "AW: Vertragsangebot",
        "Lieber Herr Lindqvist,\n\nes tut mir sehr leid: Aufgrund einer kurzfristigen Umstrukturierung müssen wir "
        "unser Angebot von letzter Woche zurückziehen. Die Stelle entfällt ersatzlos. Ich hätte Ihnen gern eine "
        "bessere Nachricht geschrieben.\n\nHerzliche Grüße\nFlorian Huber", lay="reply-outlook",
        quote="Sehr geehrter Herr Huber,\n\nvielen Dank für das Angebot, ich nehme es gern an.\n\nMarcus Lindqvist"),
    Msg("rejection", "de", "", "Universität Wien – Zentrum für Lehrentwicklung", "Projektmitarbeiter Learning "
        "Analytics", "Prof. Dr. Eva Brandl <eva.brandl@univie.example>", "Projektstelle Learning Analytics",
        "Lieber Herr Lindqvist,\n\nherzlichen Dank für Ihre Bewerbung und das Gespräch. Die Kommission hat sich "
        "für einen Bewerber mit Promotion entschieden. Ich bedaure, Ihnen keine positivere Nachricht geben zu "
        "können.\n\nBeste Grüße\nEva Brandl"),
    Msg("rejection", "de", "rejection_short", "Rechenweg GmbH", "BI Analyst",
        "jobs@rechenweg.de", "Absage",
        "Hallo Herr Lindqvist, wir haben uns leider für jemand anderen entschieden. Danke und viel Erfolg! "
        "Jana Roth"),
    Msg("offer", "de", "", "Lernwerk GmbH", "Data Analyst Lernplattform",
        "Katharina Steiner <k.steiner@lernwerk.at>", "Angebot: Data Analyst Lernplattform",
        "Lieber Herr Lindqvist,\n\nich freue mich sehr, Ihnen die Stelle als Data Analyst für unsere "
        "Lernplattform anbieten zu können! Das Bruttojahresgehalt beträgt 52.000 EUR, 38,5 Stunden, Start am 1. "
        "Februar. Den Dienstvertrag schicke ich Ihnen morgen.\n\nHerzliche Grüße\nKatharina Steiner", lay="alt"),
    Msg("offer", "de", "casual_offer", "Zahlenfreunde GmbH", "Data Analyst",
        "Lukas Eder <lukas@zahlenfreunde.at>", "du bist dabei!",
        "Servus Marcus,\n\nkurz und knapp: Wir wollen dich im Team! Alles Weitere (Gehalt, Start, Laptop) "
        "besprechen wir am Montag telefonisch.\n\nLG Lukas"),
    Msg("offer", "de", "conditional_offer", "Donaubank Versicherung AG", "Datenanalyst (m/w/d)",
        "Martina Gruber <m.gruber@donaubank-vers.at>", "Ihre Zusage – vorbehaltlich Strafregisterauszug",
        "Sehr geehrter Herr Lindqvist,\n\nwir freuen uns, Ihnen die Position als Datenanalyst anzubieten. Das "
        "Angebot steht unter dem Vorbehalt eines einwandfreien Strafregisterauszugs und der Referenzen. Bitte "
        "bestätigen Sie uns bis 11. Dezember, ob Sie annehmen.\n\nMit freundlichen Grüßen\nMartina Gruber\n"
        "Personalabteilung\n\nDonaubank Versicherung AG, FN 123456x, Handelsgericht Wien. Diese Nachricht ist "
        "vertraulich und stellt kein verbindliches Angebot dar, sofern nicht ausdrücklich anders angegeben.",
        lay="html"),
    Msg("offer", "de", "offer_with_leider", "Edukomp AG", "Junior Analyst Schulentwicklung",
        "Florian Huber <florian.huber@edukomp.at>", "Gute Nachrichten",
        "Lieber Marcus,\n\nwir möchten Sie sehr gern als Junior Analyst einstellen. Leider können wir Teilzeit erst "
        "ab dem zweiten Jahr anbieten – ansonsten gilt alles wie besprochen. Der Vertrag kommt per Post.\n\n"
        "Herzlich\nFlorian"),
    Msg("next_step", "de", "reschedule_leider", "Donaubank Versicherung AG", "Datenanalyst (m/w/d)",
        "Martina Gruber <m.gruber@donaubank-vers.at>", "Terminverschiebung Zweitgespräch",
        "Sehr geehrter Herr Lindqvist,\n\nleider muss Herr Wallner unseren Termin am Donnerstag absagen. Könnten "
        "wir das Zweitgespräch auf Dienstag, 14 Uhr, verschieben?\n\nMit freundlichen Grüßen\nMartina Gruber"),
    Msg("next_step", "de", "take_home", "Zahlenfreunde GmbH", "Junior Data Analyst",
        "Lukas Eder <lukas@zahlenfreunde.at>", "Nächster Schritt: kleine Aufgabe",
        "Hi Marcus,\n\ndanke fürs Kennenlernen! Als Nächstes würden wir dir gern eine kleine SQL-Aufgabe schicken "
        "(ca. 2 Stunden). Du hast eine Woche Zeit. Passt das?\n\nLG Lukas"),
    Msg("next_step", "de", "panel_interview", "Universität Wien – Zentrum für Lehrentwicklung", "Datenanalyst",
        "Sekretariat ZLE <zle@univie.example>", "Einladung zum Hearing",
        "Sehr geehrter Herr Lindqvist,\n\nwir laden Sie herzlich zum Hearing am 2. Dezember um 10:00 Uhr ein. Bitte "
        "bereiten Sie einen Kurzvortrag (15 Minuten) zum Thema Dropout-Prognose vor. Die Kommission entscheidet "
        "noch am selben Tag.\n\nMit freundlichen Grüßen\nSekretariat", dd=("date", 12, 2)),
    Msg("next_step", "de", "timed_test", "Rechenweg GmbH", "BI Analyst",
        "Workday <rechenweg@myworkday.com>", "Online-Test für BI Analyst",
        "Hallo Herr Lindqvist,\n\nim nächsten Schritt bitten wir Sie, einen 40-minütigen Online-Test zu absolvieren "
        "(Zahlenreihen und Excel). Der Link ist 5 Tage gültig.\n\nIhr Recruiting-Team", lay="html"),
    Msg("next_step", "de", "", "Lernwerk GmbH", "Learning Analyst",
        "Katharina Steiner <k.steiner@lernwerk.at>", "Zweites Gespräch mit Geschäftsführung",
        "Lieber Herr Lindqvist,\n\nwir würden Sie gern zu einem zweiten Gespräch mit unserer Geschäftsführerin "
        "einladen, vor Ort in der Praterstraße. Welche Termine nächste Woche passen Ihnen? "
        "Wir möchten Ihnen bis Ende November Bescheid geben.\n\nBeste Grüße\n"
        "Katharina Steiner", dd=("mon", 11), lay="reply-gmail"),
    Msg("pending", "de", "on_hold_budget", "Stadt Wien – MA 23", "Referent Bildungsstatistik",
        "Bewerbungsmanagement <bewerbung@ma23.wien.example>", "GZ 2026-BS-131 – Verfahren ausgesetzt",
        "Sehr geehrter Herr Lindqvist!\n\nDas Auswahlverfahren ist aufgrund der Budgetplanung für 2027 vorläufig "
        "ausgesetzt. Wir informieren Sie bis Ende Dezember über den weiteren Verlauf.\n\nMit freundlichen Grüßen",
        dd=("mon", 12)),
    Msg("pending", "de", "", "Edukomp AG", "Data Analyst Bildung",
        "Florian Huber <florian.huber@edukomp.at>", "Zwischenstand",
        "Lieber Herr Lindqvist,\n\nwir führen noch zwei Gespräche und melden uns innerhalb von 7 Werktagen mit "
        "einer Entscheidung.\n\nHerzliche Grüße\nFlorian Huber", dd=("bd", 7)),
    Msg("pending", "de", "waitlist", "Universität Wien – Zentrum für Lehrentwicklung", "Projektmitarbeiter",
        "Prof. Dr. Eva Brandl <eva.brandl@univie.example>", "Nachrückliste",
        "Lieber Herr Lindqvist,\n\nSie stehen auf Platz 2 unserer Reihung. Sollte die Erstgereihte absagen, kommen "
        "Sie zum Zug. Ich melde mich, sobald ich mehr weiß.\n\nBeste Grüße\nEva Brandl"),
    Msg("pending", "de", "", "Rechenweg GmbH", "BI Analyst",
        "Jana Roth <jana.roth@rechenweg.de>", "AW: Nachfrage Bewerbung",
        "Hallo Herr Lindqvist,\n\ndanke für die Nachfrage! Die Entscheidung verzögert sich etwas, Sie hören bis "
        "Freitag von uns.\n\nViele Grüße\nJana Roth", dd=("wd", 4), lay="reply-apple"),
    Msg("pending", "de", "delay", "Zahlenfreunde GmbH", "Data Analyst",
        "Lukas Eder <lukas@zahlenfreunde.at>", "sorry für die Funkstille",
        "Hi Marcus, sorry, bei uns ist gerade viel los. Wir haben uns noch nicht entschieden, melden uns aber bis "
        "Ende nächster Woche.\nLG Lukas", dd=("eow", 1)),
    Msg("acknowledgement", "de", "", "Donaubank Versicherung AG", "Datenanalyst (m/w/d)",
        "Personio <noreply@personio.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Lindqvist,\n\nvielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d). Wir haben Ihre "
        "Unterlagen erhalten und melden uns in den nächsten Wochen bei Ihnen.\n\nIhr Recruiting-Team",
        reply_to="karriere@donaubank-vers.at", lay="alt"),
    Msg("acknowledgement", "de", "public_sector_ref", "Stadt Wien – MA 23", "Referent Bildungsstatistik",
        "Bewerbungsmanagement <bewerbung@ma23.wien.example>", "Bewerbung eingelangt – GZ 2026-BS-131",
        "Ihre Bewerbung ist unter der Geschäftszahl 2026-BS-131 eingelangt. Bitte geben Sie diese bei "
        "Rückfragen an. Bewerbungsfrist: 30. November 2026."),
    Msg("acknowledgement", "de", "ack_says_angebot", "Lernwerk GmbH", "Learning Analyst",
        "Lernwerk Karriere <karriere@lernwerk.at>", "Danke für deine Bewerbung!",
        "Hallo Marcus,\n\ndeine Bewerbung ist bei uns angekommen. Schau dir gern schon mal unser Angebot für "
        "Mitarbeitende an (Homeoffice, Weiterbildungsbudget). Wir melden uns innerhalb von 14 Tagen.\n\nDein "
        "Lernwerk-Team", dd=("d", 14), lay="html"),
    Msg("acknowledgement", "de", "task_received", "Zahlenfreunde GmbH", "Junior Data Analyst",
        "Lukas Eder <lukas@zahlenfreunde.at>", "Re: SQL-Aufgabe",
        "Danke Marcus, ist angekommen! Wir schauen es uns an und melden uns bis Mittwoch.\nLukas", dd=("wd", 2),
        lay="reply-gmail"),
    Msg("auto_reply", "de", "out_of_office", "Donaubank Versicherung AG", "",
        "Martina Gruber <m.gruber@donaubank-vers.at>", "Abwesenheitsnotiz: Ihre Zusage",
        "Vielen Dank für Ihre Nachricht. Ich bin bis 1. Dezember nicht im Büro. In dringenden Fällen wenden Sie "
        "sich bitte an personal@donaubank-vers.at.\n\nMartina Gruber", headers=AUTO),
    Msg("auto_reply", "de", "ooo_mentions_angebot", "Edukomp AG", "",
        "Florian Huber <florian.huber@edukomp.at>", "Automatische Antwort: Gute Nachrichten",
        "Ich bin im Urlaub und ab 24.11. wieder erreichbar. Bei Fragen zu Angeboten und Verträgen bitte an "
        "hr@edukomp.at.", headers=AUTO),
    Msg("other", "de", "alert_says_angebot", "karriere.at", "",
        "karriere.at Jobagent <jobagent@karriere.at>", "5 neue Jobs: Data Analyst Wien",
        "Data Analyst (m/w/d) – Lernwerk GmbH, Wien\nBI Developer – Donaubank Versicherung AG, Wien\n\nUnser "
        "Angebot: attraktive Jobs, jeden Tag neu. Leider können wir nicht garantieren, dass alle Stellen noch "
        "verfügbar sind.", lay="html"),
    Msg("other", "de", "newsletter_regret", "GÖD Lehrergewerkschaft", "",
        "GÖD Newsletter <newsletter@goed.example>", "Newsletter: Gehaltsverhandlungen",
        "Liebe Kolleginnen und Kollegen,\n\nwir bedauern, dass das Angebot der Regierung deutlich unter der "
        "Inflation liegt. Die Verhandlungen gehen nächste Woche weiter.\n\nMit gewerkschaftlichen Grüßen"),
    Msg("other", "de", "withdrawal_confirmation", "Rechenweg GmbH", "BI Analyst",
        "Jana Roth <jana.roth@rechenweg.de>", "AW: Rückzug Bewerbung",
        "Hallo Herr Lindqvist,\n\nschade, aber verstanden – wir haben Ihre Bewerbung zurückgezogen. Alles Gute für "
        "die neue Stelle!\n\nJana Roth", lay="reply-outlook",
        quote="Hallo Frau Roth,\n\nich ziehe meine Bewerbung zurück, da ich ein anderes Angebot angenommen habe.\n\n"
        "Marcus Lindqvist"),
]
