"""holdout13, German mail (Berlin, Vienna): each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import LEGAL_DE, THANKS_DE, Msg


def de(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one German message returns its record."""
    return Msg(label, "de", trap, company, role, sender, subject, body, **kw)


AUTO = {"Auto-Submitted": "auto-replied"}

MESSAGES: list[Msg] = [
    de("rejection", "warm", "Spreewerk Logistik GmbH", "HR Business Partner (m/w/d)",
       "Katrin Seidel <k.seidel@spreewerk-logistik.de>", "Ihre Bewerbung als HR Business Partner (m/w/d)",
       """Liebe Frau Okafor,

vielen Dank für das offene und sehr angenehme Gespräch am Dienstag. Ihre Erfahrung aus der
Filialleitung und Ihre Art, mit schwierigen Mitarbeitergesprächen umzugehen, haben uns beeindruckt.

Nach reiflicher Überlegung haben wir uns dennoch für eine Kandidatin entschieden, die bereits
Betriebsratsverhandlungen in der Logistik begleitet hat. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Katrin Seidel
Leitung Personal
""" + LEGAL_DE, charset="iso-8859-1", cte="quoted-printable"),
    de("rejection", "talent_pool", "Kaufhaus Lindner", "Recruiterin (m/w/d)",
       "Kaufhaus Lindner Karriere <karriere@kaufhaus-lindner.de>", "Rückmeldung zu Ihrer Bewerbung",
       """Hallo Hannah,

danke für Deine Bewerbung als Recruiterin bei Kaufhaus Lindner. Leider können wir Dir diesmal keine
Zusage geben - wir haben uns für Profile mit mehr Erfahrung im Active Sourcing entschieden.

Gerne nehmen wir Dich in unseren Talentpool auf und melden uns, wenn eine passende Stelle frei wird.

Viele Grüße
Dein Lindner Recruiting-Team""", layout="html", ats="Personio"),
    de("rejection", "no_interview", "Donaublick Hotels", "People & Culture Manager (w/m/d)",
       "Donaublick Hotels <jobs@donaublick-hotels.at>", "Ihre Bewerbung - People & Culture Manager, Wien",
       """Sehr geehrte Frau Okafor,

herzlichen Dank für Ihr Interesse an einer Tätigkeit in unserem Haus am Donaukanal.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider können wir Ihnen kein Vorstellungsgespräch
anbieten, da für diese Position Erfahrung im österreichischen Arbeitsrecht und mit dem Kollektivvertrag
für Hotellerie und Gastronomie vorausgesetzt wird.

Mit freundlichen Grüßen
Human Resources
Donaublick Hotels GmbH, Wien""", charset="windows-1252"),
    de("rejection", "rescinded_freeze", "Fahrwerk Mobility", "People Partner (m/w/d)",
       "Jonas Brandt <jonas@fahrwerk.io>", "AW: Vertrag People Partner",
       """Hallo Hannah,

es tut mir wirklich leid, Dir das schreiben zu müssen: Nach der Umstrukturierung, die wir heute intern
angekündigt haben, müssen wir alle noch nicht begonnenen Einstellungen stoppen. Das betrifft leider auch
Dein Angebot - wir ziehen es zurück.

Wenn ich Dir bei der Suche helfen kann (Intros, Referenz), sag Bescheid.

Jonas""", layout="reply", quote_style="outlook",
       quote="Hallo Jonas,\n\nanbei der unterschriebene Vertrag. Ich freue mich sehr auf den Start!\n\nHannah"),
    de("rejection", "typo_lower", "Späti & Söhne Handels GmbH", "Personalreferentin",
       "mehmet <mehmet@spaeti-soehne.de>", "personalreferentin",
       """hallo frau okafor,

danke nochmal fürs gespräch. wir haben uns leider für jemand anderen entschieden, der schon länger im
team mitarbeitet. tut mir leid, hat nix mit ihnen zu tun!

grüße mehmet"""),
    de("rejection", "after_assessment", "Wiener Markthallen AG", "Talent Acquisition Specialist (w/m/d)",
       "Wiener Markthallen AG <recruiting@wiener-markthallen.at>", "Ergebnis Assessment Center",
       """Sehr geehrte Frau Okafor,

vielen Dank für Ihre Teilnahme an unserem Assessment Center am 12. November.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlverfahren nicht
berücksichtigen können. Ihre Ergebnisse in der Fallstudie lagen über dem Durchschnitt, in der
Gruppenübung jedoch unter unseren Anforderungen.

Für ein telefonisches Feedback steht Ihnen Frau Hofer gerne zur Verfügung.

Freundliche Grüße
Recruiting-Team Wiener Markthallen AG""", layout="alt", ats="SuccessFactors"),
    de("rejection", "agency", "Spreewerk Logistik GmbH", "HR Generalist (m/w/d)",
       "Anja Roth <anja.roth@personalwerk-beratung.de>", "Feedback Spreewerk",
       """Hallo Frau Okafor,

ich habe heute Rückmeldung von Spreewerk bekommen. Leider geht es für Sie nicht weiter - der Kunde
hat sich für einen Kandidaten mit deutscher Lohnabrechnungserfahrung entschieden. Persönlich fanden
sie Sie sehr sympathisch.

Ich melde mich, sobald ich etwas Passendes in Berlin habe.

Beste Grüße
Anja Roth
PersonalWerk Beratung GmbH"""),
    de("rejection", "position_cancelled", "Kaufhaus Lindner", "HR Business Partner (m/w/d)",
       "Sabine Krüger <s.krueger@kaufhaus-lindner.de>", "Stelle HR Business Partner",
       """Liebe Hannah,

leider muss ich Dir mitteilen, dass die Stelle als HR Business Partner gestrichen wurde. Die Aufgaben
werden künftig von der Zentrale in Hamburg übernommen. Wir besetzen die Position daher nicht.

Danke für Deine Zeit und alles Gute!
Sabine""", charset="iso-8859-1", cte="base64"),
    de("offer", "casual", "Fahrwerk Mobility", "Talent Acquisition Partner (m/w/d)",
       "Jonas Brandt <jonas@fahrwerk.io>", "Wir wollen Dich!",
       """Hey Hannah,

kurz und knapp: Wir würden Dich sehr gerne an Bord holen! Das Team war nach dem Gespräch einhellig
begeistert. Lena schickt Dir morgen das Angebot mit allen Details.

Freu mich!
Jonas"""),
    de("offer", "conditional_references", "Wiener Markthallen AG", "Talent Acquisition Specialist (w/m/d)",
       "Mag. Eva Hofer <eva.hofer@wiener-markthallen.at>", "Angebot Talent Acquisition Specialist",
       """Sehr geehrte Frau Okafor,

wir freuen uns, Ihnen die Position als Talent Acquisition Specialist anbieten zu können. Das Angebot
steht unter dem Vorbehalt positiver Referenzen sowie eines Strafregisterauszugs.

Bruttojahresgehalt: EUR 52.000 (14 Gehälter), Vollzeit 38,5 Stunden, Dienstort Wien.
Bitte teilen Sie uns Ihre Entscheidung bis 30. November mit.

Mit freundlichen Grüßen
Mag. Eva Hofer
Leitung Recruiting""", layout="alt"),
    de("offer", "offer_leider", "Kaufhaus Lindner", "Personalreferentin (m/w/d)",
       "Sabine Krüger <s.krueger@kaufhaus-lindner.de>", "Zusage Personalreferentin",
       """Liebe Hannah,

wir möchten Dir die Stelle als Personalreferentin anbieten!

Leider können wir beim Gehalt nicht ganz auf Deine Vorstellung von 58.000 Euro gehen - möglich sind
54.000 Euro plus Mitarbeiterrabatt und Jobrad. Wir hoffen, das passt trotzdem für Dich.

Liebe Grüße
Sabine""", charset="iso-8859-1"),
    de("offer", "verbal", "Spreewerk Logistik GmbH", "HR Generalist (m/w/d)",
       "Katrin Seidel <k.seidel@spreewerk-logistik.de>", "Unser Telefonat",
       """Liebe Frau Okafor,

wie eben am Telefon besprochen: Wir möchten Ihnen die Stelle als HR Generalist am Standort
Schönefeld anbieten. Der schriftliche Vertrag folgt, sobald der Betriebsrat der Einstellung
zugestimmt hat.

Herzliche Grüße
Katrin Seidel""", layout="reply", quote_style="gmail", quote=THANKS_DE.format(name="Frau Seidel")),
    de("next_step", "reschedule_leider", "Donaublick Hotels", "HR Generalist (w/m/d)",
       "Lisa Gruber <l.gruber@donaublick-hotels.at>", "Verschiebung Ihres Gesprächstermins",
       """Sehr geehrte Frau Okafor,

leider muss unser Hoteldirektor den Termin am Donnerstag absagen. Können wir das Gespräch auf Montag,
23. November, 14:00 Uhr (per Teams) verschieben?

Vielen Dank für Ihr Verständnis.
Lisa Gruber""", sent="2026-11-17 10:20"),
    de("next_step", "case_presentation", "Kaufhaus Lindner", "HR Business Partner (m/w/d)",
       "Kaufhaus Lindner Karriere <karriere@kaufhaus-lindner.de>", "Einladung zur zweiten Runde",
       """Hallo Hannah,

wir laden Dich herzlich zur zweiten Runde ein! Bitte bereite eine kurze Präsentation (max. 10 Minuten)
zu folgender Frage vor: "Wie würdest Du die Fluktuation bei Aushilfen im Weihnachtsgeschäft senken?"

Anschließend sprichst Du mit unserer Bereichsleitung. Eine Entscheidung treffen wir innerhalb von
10 Werktagen nach dem Termin.

Viele Grüße
Dein Lindner Recruiting-Team""", layout="html", ats="Personio"),
    de("next_step", "psychometric", "Wiener Markthallen AG", "Talent Acquisition Specialist (w/m/d)",
       "Wiener Markthallen AG <recruiting@wiener-markthallen.at>", "Online-Test: nächster Schritt",
       """Sehr geehrte Frau Okafor,

im nächsten Schritt bitten wir Sie, einen Online-Persönlichkeitstest sowie einen kurzen Test zum
logischen Denken zu absolvieren (Dauer ca. 40 Minuten). Bitte schließen Sie beide Tests bis
25. November ab.

Über das Ergebnis informieren wir Sie bis Ende November.

Freundliche Grüße
Recruiting-Team""", when=("eom", ""), sent="2026-11-18 09:00"),
    de("next_step", "slots_agency", "Spreewerk Logistik GmbH", "HR Generalist (m/w/d)",
       "Anja Roth <anja.roth@personalwerk-beratung.de>", "Termin bei Spreewerk",
       """Hallo Frau Okafor,

gute Nachrichten: Spreewerk möchte Sie kennenlernen! Frau Seidel schlägt vor:
- Mittwoch, 10:00 Uhr
- Donnerstag, 15:30 Uhr
jeweils vor Ort in Schönefeld. Welcher Termin passt Ihnen? Über die zweite Runde will der Kunde bis
Ende nächster Woche entscheiden.

Beste Grüße
Anja Roth""", when=("eow", 1), cte="8bit"),
    de("pending", "on_hold", "Donaublick Hotels", "People & Culture Manager (w/m/d)",
       "Lisa Gruber <l.gruber@donaublick-hotels.at>", "Zwischenstand",
       """Sehr geehrte Frau Okafor,

ich möchte Sie kurz informieren: Aufgrund einer Neuorganisation der Personalabteilung ist die
Besetzung der Stelle derzeit pausiert. Wir melden uns, sobald wir mehr wissen.

Mit freundlichen Grüßen
Lisa Gruber""", charset="windows-1252"),
    de("pending", "dated_end_of_month", "Spreewerk Logistik GmbH", "HR Business Partner (m/w/d)",
       "Katrin Seidel <k.seidel@spreewerk-logistik.de>", "AW: Nachfrage",
       """Liebe Frau Okafor,

danke für Ihre Nachfrage. Wir führen noch Gespräche mit zwei weiteren Bewerberinnen und werden Ihnen
bis Ende November eine Rückmeldung geben.

Viele Grüße
Katrin Seidel""", layout="reply", quote_style="outlook",
       quote="Liebe Frau Seidel,\n\ngibt es schon Neuigkeiten zu meiner Bewerbung? Ich bin weiterhin sehr\n"
             "interessiert.\n\nViele Grüße\nHannah Okafor", when=("eom", "")),
    de("pending", "waitlist", "Wiener Markthallen AG", "HR Assistenz (w/m/d)",
       "Mag. Eva Hofer <eva.hofer@wiener-markthallen.at>", "Ihre Bewerbung - Warteliste",
       """Sehr geehrte Frau Okafor,

Sie haben uns im Gespräch überzeugt. Die Stelle haben wir zwar einer anderen Kandidatin angeboten,
diese hat sich jedoch noch nicht entschieden. Sie stehen auf Platz zwei unserer Liste; wir melden uns
spätestens am Freitag bei Ihnen.

Freundliche Grüße
Eva Hofer""", when=("weekday", 4), sent="2026-11-10 16:00"),
    de("pending", "delayed_business_days", "Fahrwerk Mobility", "People Partner (m/w/d)",
       "Lena Vogt <lena.vogt@fahrwerk.io>", "kurzes Update",
       """Hi Hannah,

sorry für die Funkstille! Unser CFO muss das Budget noch freigeben. Wir rechnen damit, Dir innerhalb
von 5 Werktagen Bescheid geben zu können.

LG Lena""", when=("bdays", 5)),
    de("acknowledgement", "ack_personio", "Kaufhaus Lindner", "Recruiterin (m/w/d)",
       "Kaufhaus Lindner Karriere <karriere@kaufhaus-lindner.de>", "Deine Bewerbung ist eingegangen",
       """Hallo Hannah,

vielen Dank für Deine Bewerbung als Recruiterin! Wir haben Deine Unterlagen erhalten und melden uns
innerhalb von zwei Wochen bei Dir.

Dein Lindner Recruiting-Team""", layout="html", ats="Personio", when=("days", 14)),
    de("acknowledgement", "ack_angebot_word", "Donaublick Hotels", "HR Generalist (w/m/d)",
       "Donaublick Hotels <jobs@donaublick-hotels.at>", "Eingangsbestätigung Ihrer Bewerbung",
       """Sehr geehrte Frau Okafor,

wir bestätigen den Eingang Ihrer Bewerbung als HR Generalist. Wir prüfen Ihre Unterlagen und melden
uns zeitnah.

Übrigens: Als Mitarbeiterin profitieren Sie von unserem Angebot an vergünstigten Übernachtungen in
allen Donaublick-Häusern.

Mit freundlichen Grüßen
Human Resources""", layout="alt", charset="iso-8859-1"),
    de("acknowledgement", "ack_leider", "Spreewerk Logistik GmbH", "HR Business Partner (m/w/d)",
       "Spreewerk Logistik Karriere <no-reply@spreewerk-logistik.de>", "Bewerbungseingang",
       """Guten Tag Frau Okafor,

vielen Dank für Ihre Bewerbung. Diese ist bei uns eingegangen.

Leider kann die Bearbeitung aufgrund der hohen Zahl an Bewerbungen etwas dauern. Wir melden uns
spätestens bis zum 4. Dezember bei Ihnen.

Ihr Spreewerk Recruiting""", when=("date", "2026-12-04"), sent="2026-11-19 07:55"),
    de("acknowledgement", "message_received", "Wiener Markthallen AG", "Talent Acquisition Specialist (w/m/d)",
       "Mag. Eva Hofer <eva.hofer@wiener-markthallen.at>", "AW: Unterlagen",
       """Liebe Frau Okafor,

danke, die Unterlagen sind angekommen.

Beste Grüße
Eva Hofer""", layout="reply", quote_style="apple",
       quote="Sehr geehrte Frau Hofer,\n\nanbei wie besprochen meine Zeugnisse.\n\nViele Grüße\nHannah Okafor",
       cte="8bit"),
    de("auto_reply", "out_of_office", "Kaufhaus Lindner", "HR Business Partner (m/w/d)",
       "Sabine Krüger <s.krueger@kaufhaus-lindner.de>", "Abwesenheitsnotiz: Zweite Runde",
       """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@kaufhaus-lindner.de.

Sabine Krüger""", extra=AUTO, charset="iso-8859-1"),
    de("auto_reply", "noreply_bounce", "Spreewerk Logistik GmbH", "",
       "Spreewerk Logistik Karriere <no-reply@spreewerk-logistik.de>", "Automatische Antwort",
       """Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.
Leider können wir Ihre E-Mail nicht bearbeiten. Bitte nutzen Sie unser Bewerberportal.""", extra=AUTO),
    de("other", "job_alert_angebot", "", "",
       "StepStone Jobagent <jobagent@stepstone-mail.example>", "8 neue Jobs für: HR Business Partner Berlin",
       """Hallo Hannah,

hier sind neue Stellen für Deinen Jobagenten:

- HR Business Partner (m/w/d) - Logistik, Berlin - Bewerbungsfrist 30.11.
- Personalreferent (m/w/d) - Einzelhandel, Potsdam
- People Partner - Scale-up, Berlin - attraktives Angebot inkl. VSOP

Leider passen nicht alle Jobs perfekt - passe Deine Suche an!""", layout="html", ats="StepStone"),
    de("other", "withdrawal_confirmation", "Donaublick Hotels", "HR Generalist (w/m/d)",
       "Lisa Gruber <l.gruber@donaublick-hotels.at>", "AW: Rückzug meiner Bewerbung",
       """Sehr geehrte Frau Okafor,

vielen Dank für Ihre Nachricht. Wir bedauern Ihre Entscheidung, respektieren sie aber natürlich und
haben Ihre Bewerbung zurückgezogen. Alles Gute für die neue Stelle!

Lisa Gruber""", layout="reply", quote_style="gmail",
       quote="Sehr geehrte Frau Gruber,\n\nich ziehe meine Bewerbung zurück, da ich ein anderes Angebot\n"
             "angenommen habe.\n\nHannah Okafor"),
    de("other", "newsletter", "", "",
       "Personalwirtschaft Newsletter <newsletter@personal-news.example>", "Absagen richtig formulieren",
       """Die Themen dieser Woche:

* Absage nach dem Vorstellungsgespräch: Was Bewerber wirklich wissen wollen
* Einstellungsstopp im Handel - wie Personaler jetzt kommunizieren
* Angebot abgelehnt? So erhöhen Sie die Annahmequote

Newsletter abbestellen""", layout="alt", charset="iso-8859-1"),
    de("other", "user_interviewer", "Northbridge Retail Group", "Aushilfe",
       "Tobias Meier <tobias.meier94@web.de>", "Bewerbung als Aushilfe in Ihrem Store",
       """Sehr geehrte Frau Okafor,

ich bewerbe mich auf die Aushilfsstelle, die im Schaufenster Ihres Stores ausgeschrieben ist. Ich
studiere in Manchester (Auslandssemester) und kann samstags und sonntags arbeiten.

Über eine Einladung zum Gespräch würde ich mich freuen.

Mit freundlichen Grüßen
Tobias Meier"""),
]
