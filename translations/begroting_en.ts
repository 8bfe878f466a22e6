<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Verantwoording van '{title}'</source>
        <translation>Accountability for '{title}'</translation>
    </message>
    <message>
        <source>Werkelijke kosten</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Bonnen ontvangen</source>
        <translation>Receipts received</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <source>Boeking wijzigen</source>
        <translation>Change entry</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Nieuwe aanvraag</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Aanvraag wijzigen</source>
        <translation>Change application</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ingediend op</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Verwachte deelnemers</source>
        <translation>Expected participants</translation>
    </message>
    <message>
        <source>Kosten (omschrijving; bedrag per regel)</source>
        <translation>Costs (description; amount per line)</translation>
    </message>
    <message>
        <source>Gevraagd bedrag (zonder kostenregels)</source>
        <translation>Amount requested (without cost lines)</translation>
    </message>
    <message>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Cofinanciering</source>
        <translation>Co-funding</translation>
    </message>
</context>
<context>
    <name>Begroting</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BegrotingPage</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Begroting inlezen uit een Excel- of CSV-bestand</source>
        <translation>Read a budget from an Excel or CSV file</translation>
    </message>
    <message>
        <source>Begroting, populaire begroting en initiatieven naar Excel</source>
        <translation>Budget, popular budget and initiatives to Excel</translation>
    </message>
    <message>
        <source>Onderdelen van de begroting</source>
        <translation>Parts of the budget</translation>
    </message>
    <message>
        <source>Kopieer naar &amp;volgend jaar…</source>
        <translation>Copy to &amp;next year…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Maandoverzicht regiegroep…</source>
        <translation>Regiegroep &amp;month pack…</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Begroting met &amp;realisatie</source>
        <translation>Budget and ac&amp;tuals</translation>
    </message>
    <message>
        <source>&amp;Populaire begroting</source>
        <translation>&amp;Popular budget</translation>
    </message>
    <message>
        <source>Bewonersi&amp;nitiatieven</source>
        <translation>&amp;Residents' initiatives</translation>
    </message>
    <message>
        <source>&amp;Kleine kas</source>
        <translation>Petty &amp;cash</translation>
    </message>
    <message>
        <source>Totalen en saldo</source>
        <translation>Totals and balance</translation>
    </message>
    <message>
        <source>Tekort</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Baten {income} · Lasten {expense} · Saldo {saldo} · Gerealiseerd saldo {actual}</source>
        <translation>Income {income} · Expenses {expense} · Balance {saldo} · Actual balance {actual}</translation>
    </message>
    <message>
        <source>Tekort: {amount}</source>
        <translation>Shortfall: {amount}</translation>
    </message>
    <message>
        <source>De posten en bedragen van {source} kopiëren als begroting voor {target}?</source>
        <translation>Copy the lines and amounts of {source} as the budget for {target}?</translation>
    </message>
    <message>
        <source>Begroting kopiëren</source>
        <translation>Copy budget</translation>
    </message>
    <message>
        <source>Begroting {source} gekopieerd naar {target}</source>
        <translation>Budget {source} copied to {target}</translation>
    </message>
    <message>
        <source>Begroting exporteren</source>
        <translation>Export budget</translation>
    </message>
    <message>
        <source>Excel-bestand (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Begroting wordt geëxporteerd…</source>
        <translation>Exporting the budget…</translation>
    </message>
    <message>
        <source>Begroting opgeslagen in {file}.</source>
        <translation>Budget saved in {file}.</translation>
    </message>
    <message>
        <source>Begroting importeren</source>
        <translation>Import budget</translation>
    </message>
    <message>
        <source>Excel of CSV (*.xlsx *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Er is al een begroting voor {years}. Vervangen door die uit het bestand?</source>
        <translation>There is already a budget for {years}. Replace it with the one from the file?</translation>
    </message>
    <message>
        <source>Begroting vervangen?</source>
        <translation>Replace budget?</translation>
    </message>
    <message>
        <source>Begroting wordt ingelezen…</source>
        <translation>Importing the budget…</translation>
    </message>
    <message>
        <source>Begroting ingelezen uit {file}.</source>
        <translation>Budget imported from {file}.</translation>
    </message>
    <message>
        <source>Fondsbudget {year}</source>
        <translation>Fund budget {year}</translation>
    </message>
    <message>
        <source>Fondsbudget</source>
        <translation>Fund budget</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Grafiek begroot en gerealiseerd per categorie</source>
        <translation>Chart of budgeted and actual per category</translation>
    </message>
    <message>
        <source>{label}: {actual} van {budget}</source>
        <translation>{label}: {actual} of {budget}</translation>
    </message>
    <message>
        <source>Geen begroting voor dit jaar.</source>
        <translation>No budget for this year.</translation>
    </message>
    <message>
        <source>begroot</source>
        <translation>budgeted</translation>
    </message>
    <message>
        <source>gerealiseerd</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>over budget</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Post</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Realisatie</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>% besteed</source>
        <translation>% spent</translation>
    </message>
    <message>
        <source>Verwacht jaareinde</source>
        <translation>Expected at year end</translation>
    </message>
    <message>
        <source>Baten</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Totaal baten</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Lasten</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Totaal lasten</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Subtotaal {category}</source>
        <translation>Subtotal {category}</translation>
    </message>
    <message>
        <source>Saldo (baten − lasten)</source>
        <translation>Balance (income − expenses)</translation>
    </message>
    <message>
        <source>tekort {amount}</source>
        <translation>shortfall {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Begroting met realisatie</source>
        <translation>Budget and actuals</translation>
    </message>
    <message>
        <source>Post &amp;toevoegen…</source>
        <translation>Add &amp;line…</translation>
    </message>
    <message>
        <source>Post wijzigen…</source>
        <translation>Change line…</translation>
    </message>
    <message>
        <source>Naam, categorie, soort en koppeling van de gekozen post</source>
        <translation>Name, category, kind and link of the chosen line</translation>
    </message>
    <message>
        <source>Post verwijderen</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>Dubbelklik op een begroot bedrag (of kies de post en druk F2) om het te wijzigen.</source>
        <translation>Double-click a budgeted amount (or choose the line and press F2) to change it.</translation>
    </message>
    <message>
        <source>Realisatie</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Boekingen van de post</source>
        <translation>Entries of the line</translation>
    </message>
    <message>
        <source>Boeking toevoegen</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Boeking wijzigen…</source>
        <translation>Change entry…</translation>
    </message>
    <message>
        <source>Boeking verwijderen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Dat&amp;um</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Bedra&amp;g</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Realisatie: kies een post in de tabel</source>
        <translation>Actuals: choose a line in the table</translation>
    </message>
    <message>
        <source>Realisatie van {name}</source>
        <translation>Actuals of {name}</translation>
    </message>
    <message>
        <source> (plus {amount} uit een ander tabblad)</source>
        <translation> (plus {amount} from another tab)</translation>
    </message>
    <message>
        <source>Geboekt: {description}</source>
        <translation>Booked: {description}</translation>
    </message>
    <message>
        <source>De boeking '{description}' van {amount} verwijderen?</source>
        <translation>Delete the entry '{description}' of {amount}?</translation>
    </message>
    <message>
        <source>Verwijderd: {description}</source>
        <translation>Deleted: {description}</translation>
    </message>
    <message>
        <source>De boeking '{description}' van {amount} terugzetten</source>
        <translation>Put back the entry '{description}' of {amount}</translation>
    </message>
    <message>
        <source>Post toegevoegd: {name}</source>
        <translation>Line added: {name}</translation>
    </message>
    <message>
        <source>De post '{name}' en al zijn boekingen verwijderen?</source>
        <translation>Delete the line '{name}' and all its entries?</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Besluit regiegroep over '{title}'</source>
        <translation>Regiegroep decision on '{title}'</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Toegekend bedrag</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reasoning</translation>
    </message>
</context>
<context>
    <name>FundPanel</name>
    <message>
        <source>Fonds bewonersinitiatieven</source>
        <translation>Residents' initiatives fund</translation>
    </message>
    <message>
        <source>&amp;Fondsbudget wijzigen…</source>
        <translation>Change fund &amp;budget…</translation>
    </message>
    <message>
        <source>Fondsbudget wijzigen</source>
        <translation>Change fund budget</translation>
    </message>
    <message>
        <source>Budget {year}: {amount}</source>
        <translation>Budget {year}: {amount}</translation>
    </message>
    <message>
        <source>Toegekend: {amount}</source>
        <translation>Granted: {amount}</translation>
    </message>
    <message>
        <source>Betaald: {amount}</source>
        <translation>Paid: {amount}</translation>
    </message>
    <message>
        <source>Toegekend, nog niet betaald: {amount}</source>
        <translation>Granted, not yet paid: {amount}</translation>
    </message>
    <message>
        <source>Nog beschikbaar: {amount}</source>
        <translation>Still available: {amount}</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Uren vastleggen voor {year}</source>
        <translation>Record hours for {year}</translation>
    </message>
    <message>
        <source>Uren wijzigen ({year})</source>
        <translation>Change hours ({year})</translation>
    </message>
    <message>
        <source>Soort uren</source>
        <translation>Kind of hours</translation>
    </message>
    <message>
        <source>uren in natura</source>
        <translation>hours in kind</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aantal uren</source>
        <translation>Number of hours</translation>
    </message>
    <message>
        <source>Uurtarief (leeg: het tarief van het jaar)</source>
        <translation>Hourly rate (empty: the year's rate)</translation>
    </message>
    <message>
        <source>Uurtarief</source>
        <translation>Hourly rate</translation>
    </message>
</context>
<context>
    <name>InitiativesView</name>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Toegekend</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Bewonersinitiatieven</source>
        <translation>Residents' initiatives</translation>
    </message>
    <message>
        <source>Toon status</source>
        <translation>Show status</translation>
    </message>
    <message>
        <source>alle statussen</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <source>Nieuwe &amp;aanvraag…</source>
        <translation>New &amp;application…</translation>
    </message>
    <message>
        <source>Aanvraag wijzigen…</source>
        <translation>Change application…</translation>
    </message>
    <message>
        <source>In behandeling nemen</source>
        <translation>Take into review</translation>
    </message>
    <message>
        <source>Besluit regiegroep…</source>
        <translation>Regiegroep decision…</translation>
    </message>
    <message>
        <source>Betaling…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <source>Betaling terugdraaien…</source>
        <translation>Take back payment…</translation>
    </message>
    <message>
        <source>Verantwoording…</source>
        <translation>Accountability…</translation>
    </message>
    <message>
        <source>Toon &amp;status</source>
        <translation>Show &amp;status</translation>
    </message>
    <message>
        <source>Kies een aanvraag in de lijst.</source>
        <translation>Choose an application in the list.</translation>
    </message>
    <message>
        <source>{title}: {status}</source>
        <translation>{title}: {status}</translation>
    </message>
    <message>
        <source>motivering: {reason}</source>
        <translation>reasoning: {reason}</translation>
    </message>
    <message>
        <source>begroting: {lines}</source>
        <translation>budget: {lines}</translation>
    </message>
    <message>
        <source>cofinanciering {amount}</source>
        <translation>co-funding {amount}</translation>
    </message>
    <message>
        <source>werkelijke kosten {amount}, {people} deelnemers</source>
        <translation>actual cost {amount}, {people} participants</translation>
    </message>
    <message>
        <source>Het fonds heeft nog {available}. Toekennen van {amount} aan '{title}' gaat {overrun} over het fonds heen.

Toch toekennen?</source>
        <translation>The fund still holds {available}. Granting {amount} to '{title}' exceeds the fund by {overrun}.

Grant anyway?</translation>
    </message>
    <message>
        <source>Fonds overschrijden?</source>
        <translation>Exceed the fund?</translation>
    </message>
    <message>
        <source>Betaling terugdraaien bij '{title}'</source>
        <translation>Take back a payment to '{title}'</translation>
    </message>
    <message>
        <source>Betaling</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>De betaling {payment} aan '{title}' terugdraaien? Het bedrag komt terug in het fonds.</source>
        <translation>Take back the payment {payment} to '{title}'? The amount returns to the fund.</translation>
    </message>
    <message>
        <source>Betaling terugdraaien</source>
        <translation>Take back payment</translation>
    </message>
</context>
<context>
    <name>KasView</name>
    <message>
        <source>Saldo van de kas</source>
        <translation>Petty cash balance</translation>
    </message>
    <message>
        <source>Waarschuwing aanvulling</source>
        <translation>Top-up warning</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>aanvulling</source>
        <translation>top-up</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bon</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Aanvulling</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Uitgave</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Kasboekingen</source>
        <translation>Petty cash entries</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Uitgaven</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Saldo einde maand</source>
        <translation>Balance at month end</translation>
    </message>
    <message>
        <source>Boven maximum</source>
        <translation>Above maximum</translation>
    </message>
    <message>
        <source>Afgetekend door</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>Afgetekend op</source>
        <translation>Signed off on</translation>
    </message>
    <message>
        <source>Kas per maand</source>
        <translation>Petty cash per month</translation>
    </message>
    <message>
        <source>aanvulling (van de bank)</source>
        <translation>top-up (from the bank)</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bonnummer</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Boeking &amp;toevoegen</source>
        <translation>Boo&amp;k entry</translation>
    </message>
    <message>
        <source>Boeking ver&amp;wijderen</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <source>Af te sluiten maand</source>
        <translation>Month to close</translation>
    </message>
    <message>
        <source>Maand afs&amp;luiten</source>
        <translation>C&amp;lose month</translation>
    </message>
    <message>
        <source>Maximum aanvulling per maand</source>
        <translation>Maximum top-up per month</translation>
    </message>
    <message>
        <source>Maximum &amp;opslaan</source>
        <translation>St&amp;ore maximum</translation>
    </message>
    <message>
        <source>Dat&amp;um</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>Om&amp;schrijving</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <source>Bedra&amp;g</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Bonnumm&amp;er</source>
        <translation>Receipt n&amp;umber</translation>
    </message>
    <message>
        <source>Maandafsluiting door de coördinator</source>
        <translation>Month closing by the coordinator</translation>
    </message>
    <message>
        <source>&amp;Afgetekend door</source>
        <translation>&amp;Who signs off</translation>
    </message>
    <message>
        <source>Beginsaldo {opening} · Saldo {balance} · Uitgaven {year} {spent} (realisatie van de post handgeld)</source>
        <translation>Opening balance {opening} · Balance {balance} · Expenses {year} {spent} (actual of the handgeld line)</translation>
    </message>
    <message>
        <source>In {month} is {topup} aangevuld, meer dan het maximum van {limit} per maand.</source>
        <translation>In {month}, {topup} was topped up, more than the maximum of {limit} a month.</translation>
    </message>
    <message>
        <source>In de kas geboekt</source>
        <translation>Entered in the petty cash</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Post toevoegen</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Post wijzigen</source>
        <translation>Change line</translation>
    </message>
    <message>
        <source>baten</source>
        <translation>income</translation>
    </message>
    <message>
        <source>lasten</source>
        <translation>expenses</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Begroot</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>alleen hier getypt</source>
        <translation>typed here only</translation>
    </message>
    <message>
        <source>Realisatie ook uit</source>
        <translation>Actuals also from</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Betaling aan '{title}'</source>
        <translation>Payment to '{title}'</translation>
    </message>
    <message>
        <source>Soort betaling</source>
        <translation>Kind of payment</translation>
    </message>
    <message>
        <source>voorschot</source>
        <translation>advance</translation>
    </message>
    <message>
        <source>eindbetaling</source>
        <translation>final payment</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>PopularView</name>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Uurtarief</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Populaire begroting</source>
        <translation>Popular budget</translation>
    </message>
    <message>
        <source>&amp;Uren vastleggen…</source>
        <translation>Record h&amp;ours…</translation>
    </message>
    <message>
        <source>Uren vastleggen</source>
        <translation>Record hours</translation>
    </message>
    <message>
        <source>Uren wijzigen…</source>
        <translation>Change hours…</translation>
    </message>
    <message>
        <source>Uren wijzigen</source>
        <translation>Change hours</translation>
    </message>
    <message>
        <source>De gekozen uren in natura corrigeren</source>
        <translation>Correct the chosen hours given in kind</translation>
    </message>
    <message>
        <source>Uren verwijderen</source>
        <translation>Delete hours</translation>
    </message>
    <message>
        <source>Uurtarief wijzigen…</source>
        <translation>Change hourly rate…</translation>
    </message>
    <message>
        <source>Uurtarief wijzigen</source>
        <translation>Change hourly rate</translation>
    </message>
    <message>
        <source>Baten in geld (begroot)</source>
        <translation>Income in money (budgeted)</translation>
    </message>
    <message>
        <source>Lasten in geld (begroot)</source>
        <translation>Expenses in money (budgeted)</translation>
    </message>
    <message>
        <source>Vrijwilligersuren</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>In natura: {what}</source>
        <translation>In kind: {what}</translation>
    </message>
    <message>
        <source>Waarde van de gegeven uren</source>
        <translation>Value of the hours given</translation>
    </message>
    <message>
        <source>Wat het centrum werkelijk kost (lasten + uren)</source>
        <translation>What the centre really costs (expenses + hours)</translation>
    </message>
    <message>
        <source>Vrijwilligersuren komen uit het tabblad Vrijwilligers.</source>
        <translation>Volunteer hours come from the Volunteers tab.</translation>
    </message>
    <message>
        <source>De uren in natura '{what}' ({hours} uur, {value}) verwijderen?</source>
        <translation>Delete the hours given in kind '{what}' ({hours} hours, {value})?</translation>
    </message>
    <message>
        <source>Uurtarief vrijwilligers {year}</source>
        <translation>Volunteer hourly rate {year}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>ingediend</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>toegekend</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>aangehouden</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>voorschot</source>
        <translation>advance</translation>
    </message>
    <message>
        <source>eindbetaling</source>
        <translation>final payment</translation>
    </message>
    <message>
        <source>Soort '{value}' bestaat niet: kies baten of lasten.</source>
        <translation>Kind '{value}' does not exist: choose baten (income) or lasten (expenses).</translation>
    </message>
    <message>
        <source>Vul een categorie in.</source>
        <translation>Fill in a category.</translation>
    </message>
    <message>
        <source>Vul de naam van de post in.</source>
        <translation>Fill in the name of the line.</translation>
    </message>
    <message>
        <source>Onbekende bron '{value}' voor de realisatie.</source>
        <translation>Unknown source '{value}' for the actuals.</translation>
    </message>
    <message>
        <source>De datum {day} valt niet in het begrotingsjaar {year} van '{name}'.</source>
        <translation>The date {day} is not in the budget year {year} of '{name}'.</translation>
    </message>
    <message>
        <source>Deze boeking bestaat niet meer.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <source>Er is al een begroting voor {year}. Verwijder die eerst of kies een ander jaar.</source>
        <translation>There is already a budget for {year}. Delete it first or choose another year.</translation>
    </message>
    <message>
        <source>Er is geen begroting voor {year} om te kopiëren.</source>
        <translation>There is no budget for {year} to copy.</translation>
    </message>
    <message>
        <source>Deze begrotingspost bestaat niet meer.</source>
        <translation>This budget line no longer exists.</translation>
    </message>
    <message>
        <source>De post '{name}' staat al onder {kind} / {category} in {year}.</source>
        <translation>The line '{name}' is already under {kind} / {category} in {year}.</translation>
    </message>
    <message>
        <source>{file} heeft onder de kolomnamen geen enkele begrotingspost.</source>
        <translation>{file} has no budget lines below the column names.</translation>
    </message>
    <message>
        <source>de post '{name}' staat al in rij {other}.</source>
        <translation>the line '{name}' is already in row {other}.</translation>
    </message>
    <message>
        <source>Er is al een begroting voor {years}. Gebruik --replace om die te vervangen.</source>
        <translation>There is already a budget for {years}. Use --replace to replace it.</translation>
    </message>
    <message>
        <source>'{value}' is geen jaar (bijvoorbeeld 2026).</source>
        <translation>'{value}' is not a year (for example 2026).</translation>
    </message>
    <message>
        <source>'{value}' is geen soort: vul baten of lasten in.</source>
        <translation>'{value}' is not a kind: fill in baten (income) or lasten (expenses).</translation>
    </message>
    <message>
        <source>dit veld is leeg.</source>
        <translation>this field is empty.</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig bedrag (bijvoorbeeld 1.234,56).</source>
        <translation>'{value}' is not a valid amount (for example 1.234,56).</translation>
    </message>
    <message>
        <source>{value} is geen bedrag in hele centen (meer dan twee decimalen).</source>
        <translation>{value} is not an amount in whole cents (more than two decimals).</translation>
    </message>
    <message>
        <source>In {year} is al {amount} betaald aan bewonersinitiatieven, maar het bestand heeft geen post daarvoor. Voeg een post 'Bewonersinitiatieven' toe (soort lasten); die toont de betalingen als realisatie.</source>
        <translation>In {year}, {amount} has already been paid to residents' initiatives, but the file has no line for it. Add a line 'Bewonersinitiatieven' (kind lasten); it shows the payments as actuals.</translation>
    </message>
    <message>
        <source>'{title}' is {status}: een aanvraag wordt alleen vóór het besluit gewijzigd.</source>
        <translation>'{title}' is {status}: an application can only be changed before the decision.</translation>
    </message>
    <message>
        <source>Kies toegekend, afgewezen of aangehouden.</source>
        <translation>Choose granted, rejected or on hold.</translation>
    </message>
    <message>
        <source>Vul het toegekende bedrag in (meer dan € 0,00).</source>
        <translation>Fill in the amount granted (more than € 0,00).</translation>
    </message>
    <message>
        <source>Toekennen van {amount} aan '{title}' gaat {overrun} over het fonds {year} heen (nog beschikbaar: {available}). Bevestig de overschrijding om toch toe te kennen.</source>
        <translation>Granting {amount} to '{title}' exceeds the {year} fund by {overrun} (still available: {available}). Confirm the overrun to grant anyway.</translation>
    </message>
    <message>
        <source>Kies voorschot of eindbetaling.</source>
        <translation>Choose advance or final payment.</translation>
    </message>
    <message>
        <source>Een betaling is meer dan € 0,00.</source>
        <translation>A payment is more than € 0,00.</translation>
    </message>
    <message>
        <source>'{title}' is {status}: alleen een toegekend initiatief wordt betaald.</source>
        <translation>'{title}' is {status}: only a granted initiative is paid.</translation>
    </message>
    <message>
        <source>Met deze betaling krijgt '{title}' {total}, meer dan de toegekende {granted}.</source>
        <translation>With this payment '{title}' gets {total}, more than the {granted} granted.</translation>
    </message>
    <message>
        <source>Deze betaling bestaat niet meer.</source>
        <translation>This payment no longer exists.</translation>
    </message>
    <message>
        <source>'{title}' is {status}: een betaling wordt alleen teruggedraaid zolang het initiatief toegekend is.</source>
        <translation>'{title}' is {status}: a payment can only be taken back while the initiative is granted.</translation>
    </message>
    <message>
        <source>'{title}' is {status}: alleen een toegekend initiatief wordt verantwoord.</source>
        <translation>'{title}' is {status}: only a granted initiative is accounted for.</translation>
    </message>
    <message>
        <source>Het fondsbudget kan niet negatief zijn.</source>
        <translation>The fund budget cannot be negative.</translation>
    </message>
    <message>
        <source>Vul de naam van de aanvrager in.</source>
        <translation>Fill in the applicant's name.</translation>
    </message>
    <message>
        <source>Vul de titel van het initiatief in.</source>
        <translation>Fill in the initiative's title.</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Bedragen van een aanvraag zijn niet negatief.</source>
        <translation>The amounts of an application are not negative.</translation>
    </message>
    <message>
        <source>Dit bewonersinitiatief bestaat niet meer.</source>
        <translation>This residents' initiative no longer exists.</translation>
    </message>
    <message>
        <source>'{title}' is {current} en kan niet naar {target}.</source>
        <translation>'{title}' is {current} and cannot move to {target}.</translation>
    </message>
    <message>
        <source>Kies vrijwilligersuren of uren in natura.</source>
        <translation>Choose volunteer hours or hours in kind.</translation>
    </message>
    <message>
        <source>Deze uren bestaan niet meer.</source>
        <translation>These hours no longer exist.</translation>
    </message>
    <message>
        <source>Het aantal uren is meer dan 0.</source>
        <translation>The number of hours is more than 0.</translation>
    </message>
    <message>
        <source>Vrijwilligersuren worden in het tabblad Vrijwilligers geschreven, niet hier.</source>
        <translation>Volunteer hours are written in the Volunteers tab, not here.</translation>
    </message>
    <message>
        <source>Het uurtarief is meer dan € 0,00.</source>
        <translation>The hourly rate is more than € 0,00.</translation>
    </message>
    <message>
        <source>Kostenregel {number}: schrijf 'omschrijving; bedrag'.</source>
        <translation>Cost line {number}: write 'description; amount'.</translation>
    </message>
    <message>
        <source>zaalhuur uit het Rooster</source>
        <translation>room rent from the Schedule</translation>
    </message>
    <message>
        <source>handgeld uit de kleine kas</source>
        <translation>handgeld from the petty cash</translation>
    </message>
    <message>
        <source>vrijwilligersvergoeding uit Vrijwilligers</source>
        <translation>volunteer allowance from the Volunteers tab</translation>
    </message>
    <message>
        <source>betalingen aan bewonersinitiatieven</source>
        <translation>payments to residents' initiatives</translation>
    </message>
    <message>
        <source>'{value}' is geen aantal uren (bijvoorbeeld 12,5).</source>
        <translation>'{value}' is not a number of hours (for example 12.5).</translation>
    </message>
    <message>
        <source>koffie, thee e.d.</source>
        <translation>coffee, tea and the like</translation>
    </message>
    <message>
        <source>catering en maaltijden</source>
        <translation>catering and meals</translation>
    </message>
    <message>
        <source>reiskosten en parkeren</source>
        <translation>travel and parking</translation>
    </message>
    <message>
        <source>toiletpapier, afwasmiddel e.d.</source>
        <translation>toilet paper, washing-up liquid and the like</translation>
    </message>
    <message>
        <source>kantoorartikelen</source>
        <translation>office supplies</translation>
    </message>
    <message>
        <source>materialen voor activiteiten en diensten</source>
        <translation>materials for activities and services</translation>
    </message>
    <message>
        <source>'{value}' is geen categorie: vul A t/m F in, of 'aanvulling'.</source>
        <translation>'{value}' is not a category: enter A to F, or 'aanvulling'.</translation>
    </message>
    <message>
        <source>Het maximum per maand moet groter dan nul zijn.</source>
        <translation>The monthly maximum must be more than zero.</translation>
    </message>
    <message>
        <source>Onbekende soort kasboeking '{value}'.</source>
        <translation>Unknown kind of petty cash entry '{value}'.</translation>
    </message>
    <message>
        <source>Vul een bedrag in (niet nul).</source>
        <translation>Enter an amount (not zero).</translation>
    </message>
    <message>
        <source>Vul het nummer van de bon in: elke uitgave heeft een bon.</source>
        <translation>Enter the receipt number: every expense has a receipt.</translation>
    </message>
    <message>
        <source>De omschrijving (200) of de bon (60 tekens) is te lang.</source>
        <translation>The description (200) or the receipt (60 characters) is too long.</translation>
    </message>
    <message>
        <source>Vul de naam in van wie de maand aftekent.</source>
        <translation>Enter the name of who signs the month off.</translation>
    </message>
    <message>
        <source>{month} is nog niet voorbij en kan nog niet worden afgesloten.</source>
        <translation>{month} is not over yet and cannot be closed yet.</translation>
    </message>
    <message>
        <source>De kas is al afgesloten tot en met {month}.</source>
        <translation>The petty cash is already closed up to and including {month}.</translation>
    </message>
    <message>
        <source>Sluit eerst {month} af: de maanden worden op volgorde afgesloten.</source>
        <translation>Close {month} first: months are closed in order.</translation>
    </message>
    <message>
        <source>De kas is afgesloten tot en met {month}: een boeking op {day} kan niet meer. Boek een correctie in een open maand.</source>
        <translation>The petty cash is closed up to and including {month}: an entry on {day} is no longer possible. Book a correction in an open month.</translation>
    </message>
    <message>
        <source>Het kassaldo wordt negatief: {amount} op {day}. Boek eerst een aanvulling.</source>
        <translation>The petty cash balance would go negative: {amount} on {day}. Book a top-up first.</translation>
    </message>
    <message>
        <source>Deze kasboeking bestaat niet meer.</source>
        <translation>This petty cash entry no longer exists.</translation>
    </message>
    <message>
        <source>{file} heeft onder de kolomnamen geen enkele kasboeking.</source>
        <translation>{file} has no petty cash entry below the column names.</translation>
    </message>
    <message>
        <source>de kas is afgesloten tot en met {month}; boek dit in een open maand.</source>
        <translation>the petty cash is closed up to and including {month}; book this in an open month.</translation>
    </message>
    <message>
        <source>het kassaldo wordt negatief: {amount} op {day}.</source>
        <translation>the petty cash balance would go negative: {amount} on {day}.</translation>
    </message>
</context>
</TS>
