"""holdout14, German: every label, each message written on its own."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["de"]


def specs() -> list[Spec]:
    """Given nothing returns the German messages."""
    auto = {"Auto-Submitted": "auto-replied"}
    return [
        Spec("rejection", "warm_rejection", "Stiftung Offene Gesellschaft",
             "Referentin Presse- und Öffentlichkeitsarbeit",
             "Katrin Albers <k.albers@stiftung-offene-gesellschaft.de>", "Ihre Bewerbung als Pressereferentin",
             "Liebe Frau Petrova,\n\nvielen Dank für das offene und sehr angenehme Gespräch am Dienstag. Ihre "
             "Pressemitteilung aus der Arbeitsprobe hat uns wirklich überzeugt.\n\nNach langer Abwägung haben wir "
             "uns dennoch für eine Kandidatin entschieden, die bereits mehrere Jahre in einer Stiftung gearbeitet "
             "hat. Diese Entscheidung ist uns nicht leichtgefallen.\n\nWir wünschen Ihnen für Ihren Weg in die "
             "Kommunikation alles Gute.\n\nHerzliche Grüße\nKatrin Albers\nLeiterin Kommunikation\n\n" + L[0],
             cs="iso-8859-1", quote="gmail:ty", extra={"who": "Frau Albers"}),
        Spec("rejection", "ats_sender", "Nordwerk Energie AG", "Senior Manager Unternehmenskommunikation",
             "Nordwerk Energie AG <noreply@successfactors.eu>", "Ihre Bewerbung bei der Nordwerk Energie AG",
             "Sehr geehrte Frau Petrova,\n\nwir bedanken uns für Ihr Interesse an der Position Senior Manager "
             "Unternehmenskommunikation (Job-ID 48811).\n\nLeider müssen wir Ihnen mitteilen, dass wir Ihre "
             "Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nWir wünschen Ihnen für Ihre "
             "berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Nordwerk "
             "Energie AG", layout="html", extra={"foot": "Diese E-Mail wurde automatisch erzeugt."}),
        Spec("rejection", "talent_pool", "Humboldt Forum für Wissenschaft", "Social-Media-Redakteurin",
             "Personalabteilung HFW <bewerbung@hfw-berlin.de>", "Absage – Social-Media-Redaktion (Kennziffer 22/26)",
             "Sehr geehrte Frau Petrova,\n\nhaben Sie vielen Dank für Ihre Bewerbung. Wir haben uns für eine "
             "andere Bewerberin entschieden.\n\nGern würden wir Ihre Unterlagen in unseren Talentpool aufnehmen, "
             "um bei künftigen Vakanzen auf Sie zukommen zu können. Wenn Sie damit nicht einverstanden sind, "
             "genügt eine kurze Nachricht.\n\nMit freundlichen Grüßen\nPersonalabteilung", cte="quoted-printable"),
        Spec("rejection", "no_interview_offer", "Deutsche Gesellschaft für Entwicklungsdialog",
             "Kommunikationsreferentin",
             "Recruiting DGED <recruiting@dged.org>", "Kommunikationsreferentin (m/w/d)",
             "Guten Tag Frau Petrova,\n\nes tut uns leid, Ihnen mitteilen zu müssen, dass wir Ihnen nach "
             "Sichtung aller Unterlagen keine Einladung zu einem Vorstellungsgespräch anbieten können.\n\nWir "
             "danken Ihnen für die Mühe Ihrer Bewerbung.\n\nBeste Grüße\nIhr DGED-Recruiting",
             layout="alt", reply_to="personal@dged.org"),
        Spec("rejection", "rescinded_offer", "Lindqvist & Brandt Kommunikation", "Beraterin Public Affairs",
             "Jonas Brandt <jb@lindqvist-brandt.de>", "AW: Vertrag",
             "Hallo Elena,\n\nes fällt mir schwer, dir das zu schreiben: Unser größter Kunde hat gestern "
             "gekündigt, und wir müssen die Stelle streichen. Das Angebot vom letzten Donnerstag können wir "
             "deshalb leider nicht aufrechterhalten. Es tut mir wirklich leid – mit dir hat das nichts zu tun.\n\n"
             "Ich rufe dich heute Nachmittag an.\n\nJonas", quote="outlook:ty", extra={"who": "Jonas Brandt"}),
        Spec("rejection", "panel_scoring", "Senatsverwaltung für Kultur (Pressestelle)", "Pressesprecherin (E13)",
             "Senatsverwaltung Personalstelle <personal@senkult.berlin.example>",
             "Stellenbesetzungsverfahren Pressesprecherin (E13) – Mitteilung",
             "Sehr geehrte Frau Petrova,\n\nim oben genannten Auswahlverfahren hat die Auswahlkommission auf "
             "Grundlage der strukturierten Interviews und der schriftlichen Arbeitsprobe eine Rangfolge "
             "gebildet. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden "
             "konnte.\n\nIhre Unterlagen werden nach Ablauf der Fristen datenschutzgerecht vernichtet.\n\n"
             "Im Auftrag\nPersonalstelle", cs="iso-8859-1"),
        Spec("rejection", "lowercase", "Kiez & Co. Agentur", "Texterin",
             "mo <mo@kiezundco.de>", "texterin",
             "hi elena, danke für deinen probetext! wir haben uns jetzt doch für jemanden aus dem team "
             "entschieden, der intern gewechselt ist. sorry und viel erfolg!\nmo"),
        Spec("rejection", "personio_warm", "Grüne Brücke gGmbH", "Content Managerin",
             "Grüne Brücke gGmbH <noreply@personio.de>", "Deine Bewerbung als Content Managerin",
             "Hallo Elena,\n\nvielen Dank für deine Zeit und die tolle Arbeitsprobe. Wir waren wirklich "
             "beeindruckt von deinem Blick für Geschichten. Trotzdem haben wir uns am Ende für eine andere "
             "Person entschieden, deren Erfahrung im Fundraising besser zu unseren aktuellen Aufgaben "
             "passt.\n\nWir würden uns freuen, wenn du dich bei einer passenden Stelle wieder bewirbst.\n\n"
             "Viele Grüße\nDein Team der Grünen Brücke", layout="html", reply_to="jobs@gruene-bruecke.org",
             extra={"foot": "Powered by Personio"}),
        Spec("offer", "casual_offer", "Kiez & Co. Agentur", "Senior Texterin",
             "mo <mo@kiezundco.de>", "na?",
             "hey elena,\n\nwir würden dich total gern als senior texterin an bord holen! alle waren nach dem "
             "gespräch begeistert. vertrag kommt von lena, können wir morgen kurz telefonieren?\n\nmo"),
        Spec("offer", "formal_offer", "Nordwerk Energie AG", "Referentin Interne Kommunikation",
             "Dr. Sabine Kerner <sabine.kerner@nordwerk-energie.de>", "Vertragsangebot",
             "Sehr geehrte Frau Petrova,\n\nwir freuen uns, Ihnen die Position der Referentin Interne "
             "Kommunikation anbieten zu können. Das Jahresbruttogehalt beträgt 68.000 Euro, der Arbeitsvertrag "
             "liegt dieser E-Mail bei. Bitte senden Sie uns den unterschriebenen Vertrag bis zum {date} "
             "zurück.\n\nMit freundlichen Grüßen\nDr. Sabine Kerner\nPersonalleiterin\n\n" + L[0], at=12,
             layout="alt"),
        Spec("offer", "offer_references", "Stiftung Offene Gesellschaft", "Referentin Digitale Kommunikation",
             "Katrin Albers <k.albers@stiftung-offene-gesellschaft.de>", "Gute Nachrichten",
             "Liebe Frau Petrova,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle "
             "anbieten möchten – vorbehaltlich der Referenzen, die wir noch einholen. Könnten Sie mir zwei "
             "Ansprechpartner nennen?\n\nDer befristete Vertrag (zwei Jahre) folgt danach.\n\nHerzliche Grüße\n"
             "Katrin Albers", cte="base64"),
        Spec("offer", "freelance_offer", "Berliner Zukunftsinstitut", "Freie Redakteurin",
             "Thomas Weiland <weiland@zukunftsinstitut-berlin.de>", "Freie Mitarbeit ab Januar",
             "Hallo Frau Petrova,\n\nwir möchten Sie gerne als freie Redakteurin für unseren Newsletter und die "
             "Jahrespublikation gewinnen: 8 Tage pro Monat, Tagessatz 480 Euro. Wenn Sie einverstanden sind, "
             "schicke ich Ihnen den Rahmenvertrag.\n\nBeste Grüße\nThomas Weiland"),
        Spec("next_step", "reschedule_unfortunately", "Grüne Brücke gGmbH", "Content Managerin",
             "Anna Rieger <anna.rieger@gruene-bruecke.org>", "Verschiebung unseres Termins",
             "Liebe Elena,\n\nleider muss ich unser Gespräch am Donnerstag verschieben, weil unser Vorstand "
             "kurzfristig eine Sitzung einberufen hat. Hättest du stattdessen Montag um 11 Uhr Zeit?\n\n"
             "Liebe Grüße\nAnna"),
        Spec("next_step", "writing_test", "Deutsche Gesellschaft für Entwicklungsdialog", "Pressereferentin",
             "Recruiting DGED <recruiting@dged.org>", "Nächster Schritt: Arbeitsprobe",
             "Sehr geehrte Frau Petrova,\n\nwir freuen uns, Sie zur nächsten Runde einzuladen. Als Arbeitsprobe "
             "bitten wir Sie, eine Pressemitteilung (max. 3.000 Zeichen) zu unserem beigefügten Jahresbericht zu "
             "verfassen. Abgabe bis {date}.\n\nAnschließend laden wir die besten Kandidatinnen zu einem "
             "Gespräch ein.\n\nMit freundlichen Grüßen\nRecruiting DGED", at=6, layout="html"),
        Spec("next_step", "panel_interview", "Senatsverwaltung für Kultur (Pressestelle)", "Pressesprecherin (E13)",
             "Senatsverwaltung Personalstelle <personal@senkult.berlin.example>", "Einladung zum Auswahlgespräch",
             "Sehr geehrte Frau Petrova,\n\nwir laden Sie zu einem Auswahlgespräch am {date} um 10:00 Uhr ein. "
             "Der Auswahlkommission gehören die Pressesprecherin, ein Mitglied des Personalrats und die "
             "Frauenvertreterin an. Bitte bringen Sie Ihren Personalausweis mit.\n\nIm Auftrag\nPersonalstelle",
             at=9, cs="iso-8859-1", layout="alt"),
        Spec("next_step", "dated_next", "Nordwerk Energie AG", "Senior Manager Unternehmenskommunikation",
             "Jana Holt <jana.holt@nordwerk-energie.de>", "AW: Gespräch",
             "Hallo Frau Petrova,\n\nvielen Dank für das erste Gespräch. Wir würden Sie gern zu einem zweiten "
             "Gespräch mit dem Vorstand einladen. Die Termine stimmen wir gerade ab; Sie hören spätestens "
             "Mittwoch von uns.\n\nViele Grüße\nJana Holt", promise=("wd", 2), quote="gmail:ty",
             extra={"who": "Frau Holt"}),
        Spec("pending", "still_reviewing", "Humboldt Forum für Wissenschaft", "Pressereferentin",
             "Personalabteilung HFW <bewerbung@hfw-berlin.de>", "Zwischenbescheid",
             "Sehr geehrte Frau Petrova,\n\ndas Auswahlverfahren dauert leider länger als geplant. Wir werden Sie "
             "bis Ende {mon1} über das Ergebnis informieren.\n\nMit freundlichen Grüßen\nPersonalabteilung",
             promise=("eom", 1)),
        Spec("pending", "on_hold", "Lindqvist & Brandt Kommunikation", "Junior Beraterin",
             "Jonas Brandt <jb@lindqvist-brandt.de>", "kurzer Stand",
             "Hi Elena, wir haben die Stelle gerade auf Eis gelegt, bis klar ist, ob wir den Etat der "
             "Landesregierung gewinnen. Du bist aber weiter im Rennen. Melde mich, sobald ich mehr weiß.\n"
             "Jonas"),
        Spec("pending", "business_days", "Berliner Zukunftsinstitut", "Referentin Kommunikation",
             "Thomas Weiland <weiland@zukunftsinstitut-berlin.de>", "Rückmeldung",
             "Hallo Frau Petrova,\n\nvielen Dank für Ihre Geduld. Wir führen diese Woche noch zwei Gespräche und "
             "melden uns innerhalb von 7 Werktagen mit einer Entscheidung.\n\nBeste Grüße\nThomas Weiland",
             promise=("bd", 7), quote="outlook:fu", extra={"who": "Thomas Weiland"}),
        Spec("pending", "waitlist", "Stiftung Offene Gesellschaft", "Referentin Presse- und Öffentlichkeitsarbeit",
             "Katrin Albers <k.albers@stiftung-offene-gesellschaft.de>", "Stand des Verfahrens",
             "Liebe Frau Petrova,\n\nwir haben uns zunächst für eine andere Kandidatin entschieden, die aber noch "
             "nicht zugesagt hat. Sie sind unsere Nachrückerin. Bis zum {dotted} wissen wir Bescheid und melden "
             "uns dann bei Ihnen.\n\nHerzliche Grüße\nKatrin Albers", promise=("abs", 0), at=8, layout="alt"),
        Spec("pending", "delay_vague", "Grüne Brücke gGmbH", "Content Managerin",
             "Anna Rieger <anna.rieger@gruene-bruecke.org>", "Noch etwas Geduld",
             "Liebe Elena,\n\nsorry, dass du so lange nichts gehört hast! Unsere Geschäftsführerin ist krank, und "
             "ohne sie können wir nicht entscheiden. Ich melde mich, so bald es geht.\n\nAnna"),
        Spec("acknowledgement", "ats_ack", "Nordwerk Energie AG", "Senior Manager Unternehmenskommunikation",
             "Nordwerk Energie AG <noreply@successfactors.eu>", "Eingangsbestätigung Ihrer Bewerbung",
             "Sehr geehrte Frau Petrova,\n\nvielen Dank für Ihre Bewerbung als Senior Manager "
             "Unternehmenskommunikation. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre "
             "Bewerbung sorgfältig und melden uns bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
             layout="html"),
        Spec("acknowledgement", "ack_dated", "Deutsche Gesellschaft für Entwicklungsdialog", "Kommunikationsreferentin",
             "Recruiting DGED <recruiting@dged.org>", "Ihre Bewerbung ist eingegangen",
             "Guten Tag Frau Petrova,\n\nIhre Bewerbung ist bei uns eingegangen, vielen Dank. Nach Ende der "
             "Bewerbungsfrist sichten wir alle Unterlagen und geben Ihnen bis Ende nächster Woche Bescheid, ob "
             "wir Sie zu einem Gespräch einladen.\n\nBeste Grüße\nIhr DGED-Recruiting", promise=("eow", 1),
             cs="windows-1252"),
        Spec("acknowledgement", "ack_offer_word", "Grüne Brücke gGmbH", "Content Managerin",
             "Grüne Brücke gGmbH <noreply@personio.de>", "Danke für deine Bewerbung!",
             "Hallo Elena,\n\nwir haben deine Bewerbung erhalten – danke! Was wir dir bieten: ein sinnstiftendes "
             "Umfeld, flexible Arbeitszeiten und ein BVG-Ticket. Wir melden uns bald.\n\nDein Team der Grünen "
             "Brücke", layout="html", extra={"foot": "Powered by Personio"}),
        Spec("acknowledgement", "ack_human", "Berliner Zukunftsinstitut", "Referentin Kommunikation",
             "Thomas Weiland <weiland@zukunftsinstitut-berlin.de>", "AW: Bewerbung",
             "Hallo Frau Petrova, danke, Ihre Unterlagen sind angekommen. Ich gebe sie an das Team weiter.\n\n"
             "Gruß, T. Weiland", quote="gmail:app"),
        Spec("auto_reply", "out_of_office", "Stiftung Offene Gesellschaft",
             "Referentin Presse- und Öffentlichkeitsarbeit",
             "Katrin Albers <k.albers@stiftung-offene-gesellschaft.de>", "Abwesenheitsnotiz: Vielen Dank",
             "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe keinen "
             "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden "
             "Sie sich bitte an presse@stiftung-offene-gesellschaft.de.", at=7, extra=auto, cs="iso-8859-1"),
        Spec("auto_reply", "ooo_offer_word", "Nordwerk Energie AG", "Referentin Interne Kommunikation",
             "Dr. Sabine Kerner <sabine.kerner@nordwerk-energie.de>", "Automatische Antwort: Vertragsangebot",
             "Ich bin derzeit im Urlaub. Bei Fragen zu Vertragsangeboten wenden Sie sich bitte an "
             "personal@nordwerk-energie.de. Leider kann ich Ihre E-Mail erst nach meiner Rückkehr beantworten.",
             extra=auto),
        Spec("other", "job_alert_offer", "StepStone", "",
             "StepStone Jobagent <jobagent@stepstone-mail.example.de>", "8 neue Jobs: Pressesprecher*in Berlin",
             "Hallo Elena,\n\ndein Jobagent hat neue Angebote gefunden:\n\n- Pressesprecher*in – Bezirksamt "
             "Mitte – Bewerbungsschluss {dotted}\n- Referent*in Kommunikation – Verbraucherzentrale – attraktives "
             "Angebot\n- Redakteur*in Corporate Publishing – Agentur Blau\n\nJetzt ansehen\n\nLeider passen "
             "nicht alle Angebote? Passe deinen Jobagenten an.", at=13, layout="html"),
        Spec("other", "withdrawal_confirmation", "Humboldt Forum für Wissenschaft", "Social-Media-Redakteurin",
             "Personalabteilung HFW <bewerbung@hfw-berlin.de>", "AW: Rücknahme meiner Bewerbung",
             "Sehr geehrte Frau Petrova,\n\nwir bestätigen die Rücknahme Ihrer Bewerbung und bedauern, dass Sie "
             "nicht mehr zur Verfügung stehen. Ihre Daten werden gelöscht. Alles Gute für die neue Stelle!\n\n"
             "Personalabteilung", quote="outlook:wd", extra={"who": "bewerbung@hfw-berlin.de"}),
        Spec("other", "user_is_interviewer", "Berliner Morgenpost-Redaktion (her newsroom)", "Praktikum Redaktion",
             "Felix Schramm <f.schramm@morgenredaktion.example.de>", "Praktikumsauswahl",
             "Hallo Elena,\n\ndanke, dass du in der Auswahlrunde für die Praktikumsplätze dabei warst. Nach "
             "unseren Punkten bekommen Lea und Murat das Angebot, den anderen sagen wir leider ab. Kannst du "
             "bis Freitag deine Bewertungsbögen schicken?\n\nFelix"),
        Spec("acknowledgement", "ack_weeks", "Verband Deutscher Stiftungskommunikation", "Referentin Medienarbeit",
             "Bewerbungsmanagement VDSK <bewerbung@vdsk.example.de>", "Eingangsbestätigung – Referentin Medienarbeit",
             "Sehr geehrte Frau Petrova,\n\nherzlichen Dank für Ihre Bewerbung, die wir vollständig erhalten "
             "haben. Wir prüfen alle Unterlagen sorgfältig und geben Ihnen innerhalb von drei Wochen eine "
             "Rückmeldung.\n\nFreundliche Grüße\nBewerbungsmanagement", promise=("days", 21), layout="html",
             extra={"foot": "softgarden e-recruiting GmbH im Auftrag des VDSK"}),
        Spec("next_step", "second_round_dated", "Berliner Zukunftsinstitut", "Referentin Kommunikation",
             "Thomas Weiland <weiland@zukunftsinstitut-berlin.de>", "Zweite Runde",
             "Hallo Frau Petrova,\n\ndas Team möchte Sie gern in einer zweiten Runde näher kennenlernen – diesmal "
             "mit einer kleinen Präsentation zu unserer Jahreskampagne. Einen Termin schlage ich Ihnen bis Ende "
             "der Woche vor.\n\nBeste Grüße\nThomas Weiland", promise=("eow", 0), cte="quoted-printable"),
        Spec("pending", "pending_html_reply", "Humboldt Forum für Wissenschaft", "Pressereferentin",
             "Dr. Ulrike Sommer <u.sommer@hfw-berlin.de>", "AW: Nachfrage zum Stand",
             "Liebe Frau Petrova,\n\ndanke für Ihre Nachfrage. Die Auswahlkommission tagt am {date}; danach "
             "erhalten Sie von mir sofort Bescheid.\n\nMit herzlichen Grüßen\nUlrike Sommer",
             promise=("abs", 0), at=5, layout="alt", quote="gmail:fu", extra={"who": "Frau Dr. Sommer"}),
    ]
