"""holdout18, German: every label, each message written on its own."""

from __future__ import annotations

from holdout18_core import M

MESSAGES: list[M] = [
    M("rejection", "de", "warm_rejection", "Klinikum Frankfurt-Nordwest", "Koordinatorin Patientenmanagement",
      "Personalabteilung Klinikum Nordwest <bewerbung@klinikum-fnw.de>",
      "Ihre Bewerbung als Koordinatorin Patientenmanagement (Kennziffer 2026-118)",
      """Sehr geehrte Frau Benali,

vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Haus. Ihre Erfahrung in der
Stationsorganisation hat uns beeindruckt.

Nach sorgfältiger Abwägung haben wir uns jedoch für eine andere Bewerberin entschieden, deren Profil unseren
Anforderungen noch etwas näher kommt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Sabine Kröger
Personalabteilung""", charset="iso-8859-1", cte="qp"),
    M("rejection", "de", "", "Vitalis Health GmbH", "Operations Manager Patient Services",
      "Vitalis Health GmbH <noreply@personio.de>", "Absage: Operations Manager Patient Services",
      """Hallo Fatima Zahra,

danke für Deine Bewerbung bei Vitalis Health. Leider müssen wir Dir mitteilen, dass wir uns für andere
Kandidat:innen entschieden haben.

Wir wünschen Dir viel Erfolg bei der weiteren Suche!

Dein Vitalis People Team""", layout="html", reply_to="jobs@vitalis-health.de"),
    M("rejection", "de", "unable_to_offer_interview", "Rhein-Main Versicherung AG",
      "Sachbearbeiterin Leistungsmanagement", "Rhein-Main Versicherung Recruiting <karriere@rmv-ag.de>",
      "Ihre Bewerbung bei der Rhein-Main Versicherung",
      """Sehr geehrte Frau Benali,

wir bedanken uns für Ihre Bewerbung als Sachbearbeiterin Leistungsmanagement. Aufgrund der hohen Zahl an
Bewerbungen können wir Sie leider nicht zu einem Vorstellungsgespräch einladen.

Ihre Unterlagen löschen wir nach Ablauf von sechs Monaten gemäß DSGVO.

Mit freundlichen Grüßen
Ihr Recruiting-Team""", layout="alt", charset="windows-1252"),
    M("rejection", "de", "talent_pool", "MedLogix", "Projektkoordinatorin Krankenhauslogistik",
      "Jana Albrecht <j.albrecht@medlogix.de>", "AW: Projektkoordinatorin",
      """Liebe Frau Benali,

danke für Ihre Geduld. Die Stelle ist inzwischen besetzt, daher können wir Ihre Bewerbung nicht weiter
berücksichtigen.

Gern würden wir Sie aber in unseren Talentpool aufnehmen - im Frühjahr starten zwei Klinikprojekte, bei denen
wir an Sie denken würden. Sind Sie einverstanden?

Viele Grüße
Jana Albrecht""", quote="Sehr geehrte Frau Albrecht,\nich wollte mich nach dem Stand meiner Bewerbung erkundigen.\n"
      "Viele Grüße\nFatima Zahra Benali"),
    M("rejection", "de", "rescinded_offer", "Sankt-Marien-Krankenhaus", "Belegungsmanagerin (befristet)",
      "Dr. Thomas Weiland <t.weiland@st-marien-kh.de>", "Zusage Belegungsmanagement - leider Rücknahme",
      """Sehr geehrte Frau Benali,

es fällt mir schwer, Ihnen das zu schreiben: Durch die vom Träger beschlossene Umstrukturierung der
Verwaltung wird die Stelle Belegungsmanagement nicht mehr besetzt. Wir müssen unsere Zusage vom letzten Monat
daher zurückziehen.

Das hat nichts mit Ihrer Eignung zu tun. Es tut mir sehr leid.

Mit freundlichen Grüßen
Dr. Thomas Weiland
Kaufmännischer Direktor""", charset="iso-8859-1"),
    M("rejection", "de", "", "Pflegedienst Sonnenhof", "Einsatzplanerin",
      "Sonnenhof Pflege <info@sonnenhof-pflege.de>", "Bewerbung Einsatzplanung",
      """Hallo Frau Benali,

danke fürs Vorbeikommen. wir haben uns für jemanden entschieden der schon mit unserer Software gearbeitet hat.
Alles Gute!

Gruß
M. Yilmaz"""),
    M("rejection", "de", "warm_rejection", "HealthOps Consulting", "Junior Consultant Krankenhausprozesse",
      "Lena Hartmann <lena.hartmann@healthops-consulting.de>", "Rückmeldung zu Ihrem Case Interview",
      """Liebe Frau Benali,

ganz herzlichen Dank für Ihre Zeit und die sehr praxisnahe Lösung des Cases zur Notaufnahme. Wir waren
wirklich angetan von Ihrer Art, Probleme zu strukturieren.

Dennoch haben wir uns nach langer Diskussion entschieden, Ihnen kein Angebot zu machen: Für diese Rolle
brauchen wir mehr Erfahrung in der Datenanalyse. Ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Lena Hartmann""", layout="alt", cte="b64"),
    M("offer", "de", "", "Klinikum Frankfurt-Nordwest", "Referentin Patientensteuerung",
      "Sabine Kröger <s.kroeger@klinikum-fnw.de>", "Ihre Einstellung als Referentin Patientensteuerung",
      """Sehr geehrte Frau Benali,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gern als Referentin Patientensteuerung (TVöD E9b,
Vollzeit) einstellen möchten. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.

Bitte teilen Sie uns bis zum {X} mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Sabine Kröger""", charset="iso-8859-1", cte="qp"),
    M("offer", "de", "offer_with_leider", "Vitalis Health GmbH", "Patient Success Managerin",
      "Moritz Brandt <moritz@vitalis-health.de>", "Wir wollen Dich!",
      """Hi Fatima,

wir würden Dich sehr gern als Patient Success Managerin ins Team holen! Leider können wir beim Gehalt nicht
ganz auf Deinen Wunsch gehen, dafür bieten wir 4 Tage Remote pro Woche. Das Angebot kommt gleich über Personio.

Ich freu mich auf Deine Antwort,
Moritz"""),
    M("offer", "de", "part_time_offer", "Sankt-Marien-Krankenhaus", "Projektassistentin (Teilzeit 50 %)",
      "Personalabteilung St. Marien <personal@st-marien-kh.de>", "Zusage Projektassistentin Teilzeit",
      """Sehr geehrte Frau Benali,

gern bieten wir Ihnen die Stelle als Projektassistentin in Teilzeit (19,25 Std./Woche), befristet auf zwei
Jahre, an. Voraussetzung ist der Nachweis über den Masernschutz sowie ein erweitertes Führungszeugnis.

Mit freundlichen Grüßen
Personalabteilung""", layout="alt", charset="windows-1252"),
    M("offer", "de", "verbal_offer", "MedLogix", "Projektkoordinatorin Klinikprojekte",
      "Jana Albrecht <j.albrecht@medlogix.de>", "Wie besprochen",
      """Liebe Frau Benali,

wie eben am Telefon besprochen: Wir möchten Sie sehr gern als Projektkoordinatorin einstellen. Der Vertrag
folgt schriftlich, sobald die Geschäftsführung unterschrieben hat.

Viele Grüße
Jana"""),
    M("next_step", "de", "reschedule_leider", "Rhein-Main Versicherung AG", "Teamkoordinatorin Gesundheitsservice",
      "Nina Scholz <nina.scholz@rmv-ag.de>", "Verschiebung Ihres Gesprächstermins",
      """Sehr geehrte Frau Benali,

leider muss Herr Keller unseren Termin am Mittwoch krankheitsbedingt absagen. Könnten wir das Gespräch auf
Montag, 10 Uhr, oder Dienstag, 15 Uhr, verlegen? An
unserer Entscheidung bis Ende des Monats ändert das nichts.

Mit freundlichen Grüßen
Nina Scholz""", promise=("eom", 0)),
    M("next_step", "de", "assessment", "Klinikum Frankfurt-Nordwest", "Koordinatorin Entlassmanagement",
      "Personalabteilung Klinikum Nordwest <bewerbung@klinikum-fnw.de>", "Einladung zum Auswahlverfahren",
      """Sehr geehrte Frau Benali,

wir laden Sie herzlich zu unserem Auswahlverfahren am {X} ein. Es besteht aus einer Excel-Aufgabe zur
Bettenbelegung (30 Minuten) und einem Gespräch mit der Pflegedirektion.

Eine Entscheidung teilen wir Ihnen zeitnah mit.

Mit freundlichen Grüßen
Personalabteilung""", charset="iso-8859-1"),
    M("next_step", "de", "", "Vitalis Health GmbH", "Operations Managerin",
      "Vitalis Health GmbH <noreply@personio.de>", "Einladung zum Zweitgespräch",
      """Hallo Fatima Zahra,

super, dass es im ersten Gespräch gepasst hat! Wir möchten Dich gern zu einem zweiten Gespräch mit unserer
Gründerin einladen. Bitte wähle hier einen Termin aus.

Bis bald,
Vitalis People Team""", layout="html", reply_to="jobs@vitalis-health.de"),
    M("next_step", "de", "next_step_with_decision_date", "HealthOps Consulting", "Consultant Patientenfluss",
      "Lena Hartmann <lena.hartmann@healthops-consulting.de>", "Nächste Runde",
      """Liebe Frau Benali,

wir würden Sie gern zu einer letzten Runde mit zwei Partnern einladen, am liebsten Anfang nächster Woche.
Eine Entscheidung treffen wir dann bis Ende nächster Woche.

Herzliche Grüße
Lena Hartmann""", promise=("eow", 1)),
    M("next_step", "de", "vaccination_check", "Sankt-Marien-Krankenhaus", "Projektassistentin (Teilzeit 50 %)",
      "Betriebsärztlicher Dienst St. Marien <betriebsarzt@st-marien-kh.de>", "Einstellungsuntersuchung",
      """Guten Tag Frau Benali,

für Ihre Einstellung benötigen wir eine betriebsärztliche Untersuchung. Bitte bringen Sie Ihren Impfpass
(Masern, Hepatitis B) mit. Termine: Dienstag oder Donnerstag, 8-11 Uhr.

Betriebsärztlicher Dienst"""),
    M("pending", "de", "delay", "Rhein-Main Versicherung AG", "Teamkoordinatorin Gesundheitsservice",
      "Nina Scholz <nina.scholz@rmv-ag.de>", "AW: Stand meiner Bewerbung",
      """Sehr geehrte Frau Benali,

vielen Dank für Ihre Nachfrage. Wir führen noch Gespräche und benötigen etwas mehr Zeit. Eine Rückmeldung
erhalten Sie bis Ende {M}.

Mit freundlichen Grüßen
Nina Scholz""", promise=("eom", 0), quote="Sehr geehrte Frau Scholz,\ngibt es schon Neuigkeiten?\nFreundliche Grüße\n"
      "Fatima Zahra Benali"),
    M("pending", "de", "on_hold_restructuring", "Klinikum Frankfurt-Nordwest", "Koordinatorin Patientenmanagement II",
      "Sabine Kröger <s.kroeger@klinikum-fnw.de>", "Besetzungsverfahren ausgesetzt",
      """Sehr geehrte Frau Benali,

aufgrund der laufenden Fusion mit dem Klinikum Höchst ist das Besetzungsverfahren für die Stelle vorerst
ausgesetzt. Eine Entscheidung über Ihre Bewerbung ist damit noch nicht gefallen. Wir melden uns, sobald es
weitergeht.

Mit freundlichen Grüßen
Sabine Kröger""", charset="iso-8859-1", cte="qp"),
    M("pending", "de", "waitlist", "MedLogix", "Projektassistenz", "Jana Albrecht <j.albrecht@medlogix.de>",
      "Projektassistenz - Nachrückerliste",
      """Liebe Frau Benali,

wir haben die Stelle einer anderen Kandidatin angeboten, sie hat sich aber noch nicht entschieden. Sie stehen
auf Platz zwei; wir melden uns innerhalb von 10 Werktagen bei Ihnen.

Viele Grüße
Jana Albrecht""", promise=("bdays", 10)),
    M("pending", "de", "", "Vitalis Health GmbH", "Operations Managerin",
      "Moritz Brandt <moritz@vitalis-health.de>", "kurzes Update",
      """Hi Fatima, kurzes Update: wir sind noch nicht durch mit allen Gesprächen, melden uns bis Freitag. LG Moritz""",
      promise=("weekday", 4)),
    M("pending", "de", "on_hold_budget", "HealthOps Consulting", "Consultant Patientenfluss",
      "Lena Hartmann <lena.hartmann@healthops-consulting.de>", "Stelle vorübergehend auf Eis",
      """Liebe Frau Benali,

ein Kundenprojekt wurde verschoben, daher ist die Stelle vorübergehend auf Eis gelegt. Sobald das Budget
freigegeben ist, kommen wir auf Sie zu - Ihre Bewerbung bleibt aktiv.

Herzliche Grüße
Lena Hartmann""", layout="alt"),
    M("acknowledgement", "de", "", "Klinikum Frankfurt-Nordwest", "Koordinatorin Entlassmanagement",
      "Bewerbermanagement <noreply@klinikum-fnw.de>", "Eingangsbestätigung Ihrer Bewerbung (Kennziffer 2026-131)",
      """Sehr geehrte Frau Benali,

hiermit bestätigen wir den Eingang Ihrer Bewerbung. Die Auswahl erfolgt nach Ende der Bewerbungsfrist; Sie
hören innerhalb von drei Wochen von uns.

Dies ist eine automatisch erstellte Nachricht.""", promise=("days", 21), charset="iso-8859-1"),
    M("acknowledgement", "de", "ack_says_angebot", "Rhein-Main Versicherung AG", "Teamkoordinatorin Gesundheitsservice",
      "Rhein-Main Versicherung Recruiting <karriere@rmv-ag.de>", "Vielen Dank für Ihre Bewerbung",
      """Sehr geehrte Frau Benali,

vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen sorgfältig und melden uns bis Ende
nächster Woche bei Ihnen. Informationen zu unserem Angebot für
Mitarbeitende (Gleitzeit, Betriebsrente, Jobrad) finden Sie auf unserer Karriereseite.

Ihr Recruiting-Team""", promise=("eow", 1), layout="html", charset="windows-1252"),
    M("acknowledgement", "de", "message_received", "MedLogix", "", "Jana Albrecht <j.albrecht@medlogix.de>",
      "AW: Zeugnisse",
      """Danke, Frau Benali, die Zeugnisse sind angekommen.
Gruß J. Albrecht""", quote="Sehr geehrte Frau Albrecht,\nanbei wie besprochen meine Arbeitszeugnisse.\nBeste Grüße\n"
      "Fatima Zahra Benali"),
    M("acknowledgement", "de", "", "Vitalis Health GmbH", "Patient Success Managerin",
      "Vitalis Health GmbH <noreply@personio.de>", "Deine Bewerbung ist da!",
      """Hallo Fatima Zahra,

wir haben Deine Bewerbung als Patient Success Managerin erhalten. Wir melden uns innerhalb von 5 Werktagen.

Dein Vitalis People Team""", promise=("bdays", 5), layout="alt", reply_to="jobs@vitalis-health.de"),
    M("auto_reply", "de", "out_of_office", "Klinikum Frankfurt-Nordwest", "",
      "Sabine Kröger <s.kroeger@klinikum-fnw.de>", "Abwesenheitsnotiz: AW: Ihre Einstellung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {X} nicht im Haus. In dringenden Fällen wenden
Sie sich bitte an personal@klinikum-fnw.de. Ihre E-Mail wird nicht weitergeleitet.""", charset="iso-8859-1",
      extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "de", "ooo_mentions_angebot", "Vitalis Health GmbH", "", "Moritz Brandt <moritz@vitalis-health.de>",
      "Automatische Antwort: Angebot",
      """Hi, ich bin im Urlaub und ab dem {X} wieder da. Bei Fragen zu Vertrag oder Angebot bitte an
people@vitalis-health.de. Danke!""", extra={"Auto-Submitted": "auto-replied"}),
    M("other", "de", "withdrawal_confirmation", "Rhein-Main Versicherung AG", "Sachbearbeiterin Leistungsmanagement",
      "Nina Scholz <nina.scholz@rmv-ag.de>", "AW: Rückzug meiner Bewerbung",
      """Sehr geehrte Frau Benali,

wir haben Ihren Rückzug zur Kenntnis genommen und Ihre Bewerbung aus dem Verfahren genommen. Alles Gute für
die neue Stelle!

Mit freundlichen Grüßen
Nina Scholz""", quote="Sehr geehrte Frau Scholz,\nhiermit ziehe ich meine Bewerbung zurück, da ich ein anderes\n"
      "Angebot angenommen habe.\nMit freundlichen Grüßen\nFatima Zahra Benali"),
    M("other", "de", "alert_says_angebot", "StepStone", "", "StepStone Jobagent <jobagent@stepstone.de>",
      "8 neue Jobs für \"Patientenmanagement\" in Frankfurt",
      """Ihr Jobagent hat neue Angebote gefunden:

- Patientenmanager (m/w/d) - Uniklinik - Bewerbungsschluss {X}
- Koordinator Belegungsmanagement (m/w/d) - Frankfurt
- Projektmanager Digital Health (m/w/d) - remote

Leider sind einige gespeicherte Jobs nicht mehr verfügbar.""", layout="html"),
    M("other", "de", "newsletter_regret", "Akademie für Gesundheitsmanagement", "",
      "Akademie Gesundheitsmanagement <newsletter@akademie-gm.de>", "Newsletter: Modul Prozessmanagement",
      """Liebe Teilnehmende,

das Modul Prozessmanagement startet nächste Woche. Wir bedauern, dass der Präsenztag in Mainz ausfallen muss;
er findet online statt. Die Hausarbeit ist bis {X} einzureichen.

Ihre Akademie""", charset="windows-1252", cte="qp"),
]
