"""holdout16, German messages: each written on its own."""

from __future__ import annotations

from holdout16_core import M, q

MESSAGES: list[M] = [
    M("rejection", "de", "warm_rejection", "Isarwerk Pharma GmbH", "Referentin Regulatory Affairs",
      "Isarwerk Pharma GmbH <jobs@isarwerk-pharma.de>", "Ihre Bewerbung als Referentin Regulatory Affairs",
      """Sehr geehrte Frau Romano,

herzlichen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben. Ihre Erfahrung aus
der öffentlichen Apotheke und Ihr Verständnis für Arzneimittelsicherheit haben uns wirklich beeindruckt.

Dennoch haben wir uns nach sorgfältiger Abwägung für eine Kandidatin entschieden, die bereits Erfahrung mit
Zulassungsverfahren beim BfArM mitbringt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Sabine Krüger
Personalabteilung
Isarwerk Pharma GmbH · Sitz: München · Amtsgericht München HRB 201133 · Geschäftsführer: Dr. Peter Lang
""", cs="iso-8859-1", cte="qp"),
    M("rejection", "de", "no_interview", "Medivolt Medizintechnik AG", "Spezialist Vigilanz",
      "Medivolt Karriere <noreply@medivolt.softgarden.io>", "Ihre Bewerbung bei der Medivolt Medizintechnik AG",
      """Hallo Frau Romano,

vielen Dank für Ihr Interesse an der Position Spezialist Vigilanz (m/w/d). Nach Sichtung Ihrer Unterlagen müssen
wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Erfolg.

Ihr Recruiting-Team der Medivolt Medizintechnik AG
""", layout="ats", ats="softgarden"),
    M("rejection", "de", "rescinded", "Lechtal Biotech GmbH", "Arzneimittelsicherheit Associate",
      "Florian Reiter <florian.reiter@lechtal-biotech.de>", "Ihre Einstellung zum 1. Januar",
      """Liebe Frau Romano,

es tut mir sehr leid, Ihnen heute schreiben zu müssen: Aufgrund der kurzfristig beschlossenen Umstrukturierung
unserer Pharmakovigilanz-Abteilung können wir die Stelle nicht wie geplant besetzen. Wir müssen unsere Zusage
vom 3. November daher leider zurückziehen.

Ich weiß, dass das für Sie sehr ärgerlich ist, und stehe für ein Telefonat jederzeit zur Verfügung.

Herzliche Grüße
Florian Reiter
Leiter Drug Safety
""", layout="alt", cte="qp", when="2026-11-20 09:30"),
    M("rejection", "de", "talent_pool", "Kronberg Clinical Services", "Clinical Regulatory Specialist",
      "Kronberg Clinical Services <karriere@kronberg-cs.de>", "Absage - Aufnahme in unseren Talentpool",
      """Guten Tag Frau Romano,

vielen Dank für Ihre Bewerbung. Für die ausgeschriebene Stelle haben wir uns für eine andere Person entschieden.
Ihr Profil hat uns jedoch gut gefallen, daher würden wir Sie gern in unseren Talentpool aufnehmen und bei
passenden Vakanzen direkt auf Sie zukommen.

Freundliche Grüße
Kronberg Clinical Services
"""),
    M("rejection", "de", "casual_rejection", "Apotheken-Startup medlink", "Regulatory & Quality Manager",
      "Jonas <jonas@medlink-app.de>", "kurz & ehrlich",
      """Hi Chiara,

kurz & ehrlich: wir haben uns für jemanden mit mehr Erfahrung im Medizinprodukterecht entschieden. Fand das
Gespräch mit dir aber echt gut, melde dich gern wenn wir wieder was ausschreiben!

Jonas
"""),
    M("rejection", "de", "after_assessment", "Isarwerk Pharma GmbH", "Medical Information Manager",
      "Sabine Krüger <sabine.krueger@isarwerk-pharma.de>", "AW: Fallstudie Medical Information",
      """Liebe Frau Romano,

vielen Dank für die Bearbeitung der Fallstudie. Leider hat das Gremium entschieden, Sie im weiteren Verfahren
nicht zu berücksichtigen. Die Entscheidung ist uns bei der Qualität der Bewerbungen nicht leichtgefallen.

Beste Grüße
Sabine Krüger
""", quote="outlook", quoted="Sehr geehrte Frau Krüger,\n\n"
      "anbei meine Ausarbeitung der Fallstudie.\n\n"
      "Mit freundlichen Grüßen\nChiara Romano",
      cs="windows-1252", cte="8bit"),
    M("rejection", "de", "workday_rejection", "Vellmar Pharma AG", "Regulatory Affairs Associate",
      "Vellmar Pharma AG <vellmar@myworkday.com>", "Statusänderung Ihrer Bewerbung",
      """Guten Tag Chiara Romano,

wir bedanken uns für Ihre Bewerbung auf die Position Regulatory Affairs Associate (R-4471) am Standort Basel.
Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.

Ihr Talent Acquisition Team
""", layout="ats_alt", ats="Workday", cte="b64"),
    M("rejection", "de", "warm_rejection", "Medivolt Medizintechnik AG", "Referent Medical Affairs",
      "Dr. Anna Hofbauer <anna.hofbauer@medivolt.de>", "Rückmeldung zu unserem Gespräch",
      """Liebe Frau Romano,

das Gespräch mit Ihnen hat uns allen viel Freude gemacht, und Ihre Fallbeispiele aus der Apotheke waren
hervorragend. Umso schwerer fällt es mir, Ihnen mitzuteilen, dass wir uns am Ende für eine interne Bewerberin
entschieden haben.

Ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße aus München
Anna Hofbauer
"""),
    # offers
    M("offer", "de", "formal_offer", "Lechtal Biotech GmbH", "Arzneimittelsicherheit Associate",
      "Florian Reiter <florian.reiter@lechtal-biotech.de>", "Vertragsangebot",
      """Liebe Frau Romano,

ich freue mich sehr, Ihnen im Namen der Lechtal Biotech GmbH die Position als Drug Safety Associate in München
anbieten zu dürfen. Das Jahresbruttogehalt beträgt 62.000 EUR, dazu 30 Urlaubstage und zwei Tage mobiles
Arbeiten pro Woche. Eintritt wäre der 1. Januar 2027.

Den Vertrag erhalten Sie per Post. Bitte geben Sie uns bis zum 13. November Bescheid.

Herzliche Grüße
Florian Reiter
""", when="2026-11-03 15:10", cs="iso-8859-1", cte="8bit"),
    M("offer", "de", "works_council_offer", "Vellmar Pharma AG", "Spezialistin Pharmakovigilanz",
      "Miriam Scholz <miriam.scholz@vellmar.de>", "Zusage - vorbehaltlich Betriebsrat",
      """Liebe Frau Romano,

gute Nachrichten: Wir möchten Sie sehr gern als Spezialistin Pharmakovigilanz einstellen! Formal steht die
Zusage noch unter dem Vorbehalt der Zustimmung des Betriebsrats, das ist bei uns aber reine Formsache.

Den Arbeitsvertrag schicken wir Ihnen, sobald die Zustimmung vorliegt.

Viele Grüße
Miriam Scholz, HR
"""),
    M("offer", "de", "casual_offer", "Apotheken-Startup medlink", "Regulatory & Quality Manager",
      "Jonas <jonas@medlink-app.de>", "Du bist dabei?",
      """Hey Chiara,

wir würden dich super gern im Team haben! Die Eckdaten wie besprochen - Vertrag schick ich dir morgen. Sag
einfach Bescheid, ob du Lust hast :)

Jonas
"""),
    M("offer", "de", "relocation_offer", "Kronberg Clinical Services", "Regulatory Start-Up Manager",
      "Kronberg Clinical Services <karriere@kronberg-cs.de>", "Ihr Angebot inkl. Relocation-Paket",
      """Guten Tag Frau Romano,

wir freuen uns, Ihnen die Stelle als Regulatory Start-Up Manager anzubieten. Neben dem Gehalt von 68.000 EUR
übernehmen wir Umzugskosten bis 6.000 EUR sowie drei Monate möblierte Wohnung in Frankfurt.

Alle Details finden Sie im angehängten Angebotsschreiben.

Freundliche Grüße
Personalabteilung
""", layout="alt", cte="qp"),
    # next steps
    M("next_step", "de", "reschedule", "Isarwerk Pharma GmbH", "Referentin Regulatory Affairs",
      "Sabine Krüger <sabine.krueger@isarwerk-pharma.de>", "Terminverschiebung",
      """Liebe Frau Romano,

leider muss unser Gespräch am Donnerstag verschoben werden, da Herr Dr. Lang kurzfristig verhindert ist. Passt
Ihnen Montag, 14 Uhr? Ich schicke dann eine neue Einladung.

Beste Grüße
Sabine Krüger
"""),
    M("next_step", "de", "assessment", "Medivolt Medizintechnik AG", "Referent Medical Affairs",
      "Dr. Anna Hofbauer <anna.hofbauer@medivolt.de>", "Nächster Schritt: Arbeitsprobe",
      """Liebe Frau Romano,

wir möchten Sie gern im Auswahlverfahren weiterführen. Als nächsten Schritt bitten wir Sie, eine kurze
Arbeitsprobe zu erstellen: Formulieren Sie eine Antwort auf eine Fachanfrage eines
Arztes zur Wechselwirkung unseres Produkts mit Antikoagulanzien (max. eine Seite).

Bitte senden Sie die Arbeitsprobe bis Freitag, 23. Oktober, an mich. Eine Rückmeldung, ob wir Sie zur zweiten
Runde einladen, erhalten Sie bis Ende Oktober.

Herzliche Grüße
Anna Hofbauer
""", when="2026-10-16 08:45", promise=("eom", 10)),
    M("next_step", "de", "panel_interview", "Vellmar Pharma AG", "Regulatory Affairs Manager",
      "Vellmar Pharma AG <vellmar@myworkday.com>", "Einladung zum Panel-Interview",
      """Guten Tag Chiara Romano,

wir freuen uns, Sie zu einem Panel-Interview am Standort Basel einzuladen. Bitte wählen Sie über den Link einen
Termin aus. Dauer: ca. 90 Minuten, inkl. Präsentation zu einem Zulassungsszenario.

Ihr Talent Acquisition Team
""", layout="ats", ats="Workday"),
    M("next_step", "de", "agency_interview", "Pharmapersonal Süd", "Medical Information Specialist",
      "Tobias Brandl <t.brandl@pharmapersonal-sued.de>", "Vorstellungsgespräch beim Kunden",
      """Hallo Frau Romano,

der Kunde (ein CRO in Martinsried) möchte Sie kennenlernen! Termin: Mittwoch, 10 Uhr, vor Ort. Gesprächspartner
sind die Teamleitung Medical Information und jemand aus der Personalabteilung.

Ich rufe Sie vorher noch kurz zur Vorbereitung an. Der Kunde will sich bis Ende nächster Woche entscheiden.

Viele Grüße
Tobias Brandl
Personalberater | Pharmapersonal Süd GmbH
""", promise=("eow", 1)),
    # pending
    M("pending", "de", "works_council", "Lechtal Biotech GmbH", "Referentin Arzneimittelzulassung",
      "Florian Reiter <florian.reiter@lechtal-biotech.de>", "Zwischenstand",
      """Liebe Frau Romano,

kurzer Zwischenstand: Die Fachabteilung hat sich für Sie ausgesprochen, die Einstellung muss aber noch vom
Betriebsrat genehmigt werden. Die nächste Sitzung ist am 19. November, eine endgültige Antwort bekommen Sie bis
Ende November.

Herzliche Grüße
Florian Reiter
""", when="2026-11-10 16:20", promise=("eom", 11)),
    M("pending", "de", "still_reviewing", "Kronberg Clinical Services", "Clinical Regulatory Specialist",
      "Kronberg Clinical Services <karriere@kronberg-cs.de>", "AW: Nachfrage zu meiner Bewerbung",
      """Guten Tag Frau Romano,

vielen Dank für Ihre Nachfrage. Ihre Bewerbung befindet sich noch in Prüfung. Wir melden uns innerhalb der
nächsten zehn Arbeitstage bei Ihnen.

Freundliche Grüße
Kronberg Clinical Services
""", quote="gmail", quoted=q("de", "follow", "Frau Berger"), promise=("bdays", 10)),
    M("pending", "de", "on_hold", "Medivolt Medizintechnik AG", "Spezialist Vigilanz",
      "Dr. Anna Hofbauer <anna.hofbauer@medivolt.de>", "Stelle vorerst auf Eis",
      """Liebe Frau Romano,

ich muss Ihnen leider mitteilen, dass die Stelle aufgrund einer internen Reorganisation vorerst auf Eis liegt.
Ihre Bewerbung bleibt aber im Verfahren und ich melde mich, sobald es weitergeht.

Viele Grüße
Anna Hofbauer
"""),
    M("pending", "de", "delay", "Vellmar Pharma AG", "Spezialistin Pharmakovigilanz",
      "Miriam Scholz <miriam.scholz@vellmar.de>", "Verzögerung im Auswahlprozess",
      """Liebe Frau Romano,

leider verzögert sich unsere Entscheidung noch etwas, da zwei Kolleginnen aus dem Auswahlgremium krank sind. Wir
melden uns spätestens Ende nächster Woche bei Ihnen. Danke für Ihre Geduld!

Viele Grüße
Miriam Scholz
""", promise=("eow", 1), cte="b64"),
    M("pending", "de", "waitlist", "Pharmapersonal Süd", "Medical Information Specialist",
      "Tobias Brandl <t.brandl@pharmapersonal-sued.de>", "Rückmeldung vom Kunden",
      """Hallo Frau Romano,

der Kunde hat sich zunächst für einen anderen Kandidaten entschieden, der aber noch nicht unterschrieben hat. Sie
sind auf Platz zwei, und der Kunde möchte Sie ausdrücklich in der Hinterhand behalten. Ich halte Sie auf dem
Laufenden.

Viele Grüße
Tobias Brandl
"""),
    # acknowledgements
    M("acknowledgement", "de", "received", "Isarwerk Pharma GmbH", "Medical Information Manager",
      "Isarwerk Pharma GmbH <jobs@isarwerk-pharma.de>", "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Romano,

vielen Dank für Ihre Bewerbung als Medical Information Manager. Ihre Unterlagen sind bei uns eingegangen. Wir
prüfen diese sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung Isarwerk Pharma GmbH
""", promise=("weeks", 3), cs="iso-8859-1", cte="qp"),
    M("acknowledgement", "de", "ack_offer_word", "Medivolt Medizintechnik AG", "Regulatory Affairs Manager",
      "Medivolt Karriere <noreply@medivolt.softgarden.io>", "Danke für Ihre Bewerbung!",
      """Hallo Frau Romano,

schön, dass Sie sich für die Stelle als Regulatory Affairs Manager interessieren! Wir haben Ihre Bewerbung
erhalten.

Was wir bieten: flexible Arbeitszeiten, Jobrad, betriebliche Altersvorsorge und ein Team, das Medizintechnik
lebt. Innerhalb von 2 Wochen erhalten Sie eine Rückmeldung von uns.

Ihr Recruiting-Team
""", layout="ats_alt", ats="softgarden", promise=("weeks", 2)),
    M("acknowledgement", "de", "received_docs", "Vellmar Pharma AG", "Spezialistin Pharmakovigilanz",
      "Miriam Scholz <miriam.scholz@vellmar.de>", "AW: Unterlagen",
      """Liebe Frau Romano,

danke, die Approbationsurkunde und das Arbeitszeugnis sind angekommen.

Viele Grüße
Miriam Scholz
""", quote="outlook", quoted="Liebe Frau Scholz,\n\n"
      "anbei wie besprochen meine Approbationsurkunde und mein Arbeitszeugnis.\n\n"
      "Viele Grüße\nChiara Romano"),
    M("acknowledgement", "de", "personio_received", "Lechtal Biotech GmbH", "Referentin Arzneimittelzulassung",
      "Personio <no-reply@personio.de>", "Deine Bewerbung bei Lechtal Biotech",
      """Hallo Chiara,

vielen Dank für deine Bewerbung als Referentin Arzneimittelzulassung! Wir schauen uns deine Unterlagen in Ruhe an
und melden uns bis Freitag bei dir.

Dein People Team von Lechtal Biotech
""", layout="ats_alt", ats="Personio", promise=("weekday", 4)),
    # auto replies
    M("auto_reply", "de", "out_of_office", "Isarwerk Pharma GmbH", "Referentin Regulatory Affairs",
      "Sabine Krüger <sabine.krueger@isarwerk-pharma.de>", "Automatische Antwort: Vielen Dank",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. Oktober nicht im Büro. In dringenden Fällen
wenden Sie sich bitte an personal@isarwerk-pharma.de. Ihre E-Mail wird nicht weitergeleitet.
""", when="2026-10-24 10:14", cs="windows-1252", cte="qp"),
    M("auto_reply", "de", "auto_noreply", "Kronberg Clinical Services", "",
      "Kronberg Clinical Services <noreply@kronberg-cs.de>", "Ihre Nachricht konnte nicht zugestellt werden",
      """Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen. Bitte
nutzen Sie für Rückfragen zu Ihrer Bewerbung unser Kandidatenportal.
"""),
    # other
    M("other", "de", "job_alert", "StepStone", "",
      "StepStone Jobagent <jobagent@stepstone.de>", "Neue Jobs für Sie: Regulatory Affairs München",
      """Ihr Jobagent hat 8 neue Stellen gefunden:

- Regulatory Affairs Manager (m/w/d) - München - Top-Angebot
- Pharmakovigilanz Referent (m/w/d) - Martinsried
- Medical Information Specialist - Remote

Leider können wir nicht alle Treffer anzeigen. Jobagent bearbeiten | Abmelden
""", layout="html"),
    M("other", "de", "newsletter_regret", "Bundesapothekerkammer", "",
      "Apotheker-Newsletter <newsletter@apotheker-news.de>", "Newsletter: Lieferengpässe, Fortbildung, Korrektur",
      """Liebe Kolleginnen und Kollegen,

in dieser Ausgabe: aktuelle Lieferengpässe, neue Fortbildungsangebote und eine Korrektur - wir bedauern, dass in der
letzten Ausgabe ein falsches Datum für den Pharmakovigilanz-Workshop genannt wurde.
"""),
    M("other", "de", "withdrawal", "Kronberg Clinical Services", "Regulatory Start-Up Manager",
      "Kronberg Clinical Services <karriere@kronberg-cs.de>", "AW: Rückzug meiner Bewerbung",
      """Guten Tag Frau Romano,

wir bestätigen den Rückzug Ihrer Bewerbung und wünschen Ihnen für Ihre neue Stelle viel Erfolg.

Freundliche Grüße
Kronberg Clinical Services
""", quote="gmail", quoted=q("de", "withdraw", "Frau Berger")),
]
